/* Streebog (GOST R 34.11-2012) as a CPython extension type: Streebog(digest_size=64).
 *
 * The LPS tables and iteration constants come from streebog_tables.py through the header
 * that setup.py generates, so this file holds only the algorithm. update() releases the GIL
 * on large inputs so the UI and other threads keep running while a big document is hashed.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#include "_streebog_tables.h" /* STREEBOG_T[8][256], STREEBOG_C[12][8] */

#define BLOCK 64
#define GIL_RELEASE_THRESHOLD 8192

typedef struct { uint64_t w[8]; } block512;

typedef struct {
    PyObject_HEAD
    block512 h, n, sigma;
    unsigned char buf[BLOCK];
    Py_ssize_t buflen;
    int digest_size;
} StreebogObject;

static inline uint64_t load64(const unsigned char *p) {
    return (uint64_t)p[0] | ((uint64_t)p[1] << 8) | ((uint64_t)p[2] << 16) | ((uint64_t)p[3] << 24) |
           ((uint64_t)p[4] << 32) | ((uint64_t)p[5] << 40) | ((uint64_t)p[6] << 48) | ((uint64_t)p[7] << 56);
}

static inline void store64(unsigned char *p, uint64_t v) {
    for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i));
}

/* out = LPS(a ^ b) */
static inline void lpsx(block512 *out, const block512 *a, const block512 *b) {
    uint64_t x[8];
    for (int i = 0; i < 8; i++) x[i] = a->w[i] ^ b->w[i];
    for (int i = 0; i < 8; i++) {
        int s = 8 * i;
        out->w[i] = STREEBOG_T[0][(x[0] >> s) & 0xff] ^ STREEBOG_T[1][(x[1] >> s) & 0xff] ^
                    STREEBOG_T[2][(x[2] >> s) & 0xff] ^ STREEBOG_T[3][(x[3] >> s) & 0xff] ^
                    STREEBOG_T[4][(x[4] >> s) & 0xff] ^ STREEBOG_T[5][(x[5] >> s) & 0xff] ^
                    STREEBOG_T[6][(x[6] >> s) & 0xff] ^ STREEBOG_T[7][(x[7] >> s) & 0xff];
    }
}

/* h = E(LPS(h ^ N), m) ^ h ^ m */
static void compress(block512 *h, const block512 *n, const block512 *m) {
    block512 key, state, tmp;
    lpsx(&key, h, n);
    lpsx(&state, &key, m);
    for (int i = 0; i < 11; i++) {
        lpsx(&key, &key, (const block512 *)STREEBOG_C[i]);
        lpsx(&state, &key, &state);
    }
    lpsx(&key, &key, (const block512 *)STREEBOG_C[11]);
    for (int i = 0; i < 8; i++) tmp.w[i] = state.w[i] ^ key.w[i] ^ h->w[i] ^ m->w[i];
    *h = tmp;
}

static void add512(block512 *acc, const block512 *v) {
    uint64_t carry = 0;
    for (int i = 0; i < 8; i++) {
        uint64_t a = acc->w[i], sum = a + v->w[i];
        uint64_t c1 = sum < a;
        uint64_t total = sum + carry;
        carry = c1 | (total < sum);
        acc->w[i] = total;
    }
}

static void add_bits(block512 *acc, uint64_t bits) {
    block512 v = {{bits, 0, 0, 0, 0, 0, 0, 0}};
    add512(acc, &v);
}

static void process_block(StreebogObject *self, const unsigned char *p) {
    block512 m;
    for (int i = 0; i < 8; i++) m.w[i] = load64(p + 8 * i);
    compress(&self->h, &self->n, &m);
    add_bits(&self->n, 512);
    add512(&self->sigma, &m);
}

static void absorb(StreebogObject *self, const unsigned char *data, Py_ssize_t len) {
    if (self->buflen) {
        Py_ssize_t take = BLOCK - self->buflen;
        if (take > len) take = len;
        memcpy(self->buf + self->buflen, data, take);
        self->buflen += take;
        data += take;
        len -= take;
        if (self->buflen < BLOCK) return;
        process_block(self, self->buf);
        self->buflen = 0;
    }
    while (len >= BLOCK) {
        process_block(self, data);
        data += BLOCK;
        len -= BLOCK;
    }
    memcpy(self->buf, data, len);
    self->buflen = len;
}

static int Streebog_init(StreebogObject *self, PyObject *args, PyObject *kwds) {
    static char *kwlist[] = {"digest_size", NULL};
    int digest_size = 64;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|i", kwlist, &digest_size)) return -1;
    if (digest_size != 32 && digest_size != 64) {
        PyErr_SetString(PyExc_ValueError, "Streebog digest size is 32 or 64 bytes");
        return -1;
    }
    self->digest_size = digest_size;
    memset(&self->h, digest_size == 32 ? 0x01 : 0x00, sizeof(self->h));
    memset(&self->n, 0, sizeof(self->n));
    memset(&self->sigma, 0, sizeof(self->sigma));
    self->buflen = 0;
    return 0;
}

static PyObject *Streebog_update(StreebogObject *self, PyObject *arg) {
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0) return NULL;
    if (view.len >= GIL_RELEASE_THRESHOLD) {
        Py_BEGIN_ALLOW_THREADS
        absorb(self, view.buf, view.len);
        Py_END_ALLOW_THREADS
    } else {
        absorb(self, view.buf, view.len);
    }
    PyBuffer_Release(&view);
    Py_RETURN_NONE;
}

static PyObject *Streebog_digest(StreebogObject *self, PyObject *Py_UNUSED(ignored)) {
    block512 h = self->h, n = self->n, sigma = self->sigma, m, zero;
    unsigned char pad[BLOCK] = {0}, out[BLOCK];
    memcpy(pad, self->buf, self->buflen);
    pad[self->buflen] = 0x01;
    for (int i = 0; i < 8; i++) m.w[i] = load64(pad + 8 * i);
    memset(&zero, 0, sizeof(zero));
    compress(&h, &n, &m);
    add_bits(&n, (uint64_t)self->buflen * 8);
    add512(&sigma, &m);
    compress(&h, &zero, &n);
    compress(&h, &zero, &sigma);
    for (int i = 0; i < 8; i++) store64(out + 8 * i, h.w[i]);
    if (self->digest_size == 64) return PyBytes_FromStringAndSize((const char *)out, 64);
    return PyBytes_FromStringAndSize((const char *)out + 32, 32);
}

static PyObject *Streebog_copy(StreebogObject *self, PyObject *Py_UNUSED(ignored)) {
    StreebogObject *clone = PyObject_New(StreebogObject, Py_TYPE(self));
    if (!clone) return NULL;
    clone->h = self->h;
    clone->n = self->n;
    clone->sigma = self->sigma;
    memcpy(clone->buf, self->buf, BLOCK);
    clone->buflen = self->buflen;
    clone->digest_size = self->digest_size;
    return (PyObject *)clone;
}

static PyObject *Streebog_get_digest_size(StreebogObject *self, void *Py_UNUSED(closure)) {
    return PyLong_FromLong(self->digest_size);
}

static PyMethodDef Streebog_methods[] = {
    {"update", (PyCFunction)Streebog_update, METH_O, "Feed bytes to the hash."},
    {"digest", (PyCFunction)Streebog_digest, METH_NOARGS, "Digest of the bytes fed so far."},
    {"copy", (PyCFunction)Streebog_copy, METH_NOARGS, "Independent copy of the hash state."},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef Streebog_getset[] = {
    {"digest_size", (getter)Streebog_get_digest_size, NULL, "Digest length in bytes.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject StreebogType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "qazmail_desktop.crypto._streebog.Streebog",
    .tp_basicsize = sizeof(StreebogObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Streebog (GOST R 34.11-2012) hash, 256 or 512 bits.",
    .tp_methods = Streebog_methods,
    .tp_getset = Streebog_getset,
    .tp_init = (initproc)Streebog_init,
    .tp_new = PyType_GenericNew,
};

static struct PyModuleDef streebog_module = {
    PyModuleDef_HEAD_INIT, "_streebog", "Compiled Streebog hash.", -1, NULL, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__streebog(void) {
    if (PyType_Ready(&StreebogType) < 0) return NULL;
    PyObject *m = PyModule_Create(&streebog_module);
    if (!m) return NULL;
    Py_INCREF(&StreebogType);
    if (PyModule_AddObject(m, "Streebog", (PyObject *)&StreebogType) < 0) {
        Py_DECREF(&StreebogType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
