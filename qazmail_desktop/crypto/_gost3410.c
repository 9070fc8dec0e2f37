/* GOST 34.10 point arithmetic (the 512-bit TC26 curves of GOST 34.10-2015 and the 256-bit
 * CryptoPro curves of GOST 34.310-2004) as a CPython extension type: Curve(...).
 *
 * The curve's constants come from gost3410.py (one copy of them), with the Montgomery
 * constants Python computes. Field and scalar arithmetic is Montgomery multiplication over
 * 64-bit limbs (4 or 8 of them); points are homogeneous projective and use the complete
 * addition and doubling formulas of Renes, Costello and Batina (2015, a = -3), so no input
 * needs a special case.
 *
 * sign() is constant time: the nonce times the generator is a sum of one entry from each of
 * 103 (or 52) precomputed windows of signed base-32 digits, every entry of a window read and
 * masked; the inversion is Fermat's (a fixed exponent); s = r*d + k*e is computed modulo q in
 * Montgomery form; nothing branches on or indexes by a secret. shamir() (verification: public
 * inputs only) is not.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#define GOST_ALLOC PyMem_Malloc
#define GOST_FREE PyMem_Free
#include "_gost3410_curve.h"

typedef struct {
    PyObject_HEAD
    Curve curve;
} CurveObject;

/* ---- conversions -------------------------------------------------------------------------- */

static int limbs_from_bytes(limb *out, PyObject *bytes, int n, const char *what) {
    if (!PyBytes_Check(bytes) || PyBytes_GET_SIZE(bytes) != 8 * n) {
        PyErr_Format(PyExc_ValueError, "%s: %d little-endian bytes expected", what, 8 * n);
        return -1;
    }
    const unsigned char *p = (const unsigned char *)PyBytes_AS_STRING(bytes);
    for (int i = 0; i < n; i++) {
        limb v = 0;
        for (int b = 7; b >= 0; b--) v = (v << 8) | p[8 * i + b];
        out[i] = v;
    }
    return 0;
}

static PyObject *bytes_from_limbs(const limb *a, int n) {
    unsigned char buf[8 * MAXN] = {0};
    for (int i = 0; i < n; i++)
        for (int b = 0; b < 8; b++) buf[8 * i + b] = (unsigned char)(a[i] >> (8 * b));
    return PyBytes_FromStringAndSize((const char *)buf, 8 * n);
}

/* (X, Y, Z) of a point as little-endian bytes */
static PyObject *point_tuple(const Point *P, int n) {
    PyObject *bx = bytes_from_limbs(P->x, n), *by = bytes_from_limbs(P->y, n), *bz = bytes_from_limbs(P->z, n);
    PyObject *out = (bx && by && bz) ? PyTuple_Pack(3, bx, by, bz) : NULL;
    Py_XDECREF(bx);
    Py_XDECREF(by);
    Py_XDECREF(bz);
    return out;
}

/* ---- the type ----------------------------------------------------------------------------- */

static int Curve_init(CurveObject *self, PyObject *args, PyObject *Py_UNUSED(kwds)) {
    int n;
    PyObject *p, *q, *q_r2, *q_one, *b, *gx, *gy;
    unsigned long long c, q_inv;
    if (!PyArg_ParseTuple(args, "iSKSSSKSSS", &n, &p, &c, &q, &q_r2, &q_one, &q_inv, &b, &gx, &gy)) return -1;
    if (n != 4 && n != 8) {
        PyErr_SetString(PyExc_ValueError, "256- and 512-bit curves only");
        return -1;
    }
    if (c == 0 || c >= (1ULL << 32)) {
        PyErr_SetString(PyExc_ValueError, "p must be 2^(64n) - c with 0 < c < 2^32");
        return -1;
    }
    Curve *curve = &self->curve;
    curve->p.mod.n = curve->q.mod.n = n;
    curve->p.c = (limb)c;
    curve->q.minv = (limb)q_inv;
    if (limbs_from_bytes(curve->p.mod.m, p, n, "p") < 0 || limbs_from_bytes(curve->q.mod.m, q, n, "q") < 0 ||
        limbs_from_bytes(curve->q.r2, q_r2, n, "q_r2") < 0 || limbs_from_bytes(curve->q.one, q_one, n, "q_one") < 0 ||
        limbs_from_bytes(curve->b, b, n, "b") < 0 || limbs_from_bytes(curve->g.x, gx, n, "gx") < 0 ||
        limbs_from_bytes(curve->g.y, gy, n, "gy") < 0)
        return -1;
    memset(curve->g.z, 0, sizeof(curve->g.z));
    curve->g.z[0] = 1;
    if (curve_build(curve) < 0) {
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

static void Curve_dealloc(CurveObject *self) {
    curve_free(&self->curve);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* base_mult(k) -> (X, Y, Z), projective: x = X/Z, y = Y/Z */
static PyObject *Curve_base_mult(CurveObject *self, PyObject *arg) {
    limb k[MAXN];
    if (limbs_from_bytes(k, arg, self->curve.p.mod.n, "scalar") < 0) return NULL;
    Point R;
    if (self->curve.p.mod.n == 8) {
        base_mult_8(&R, k, &self->curve);
        point_canon_8(&R, &self->curve.p);
    } else {
        base_mult_4(&R, k, &self->curve);
        point_canon_4(&R, &self->curve.p);
    }
    return point_tuple(&R, self->curve.p.mod.n);
}

/* sign(d, e, k) -> (r, s): r = x(kG) mod q, s = r*d + k*e mod q; all inputs secret but e */
static PyObject *Curve_sign(CurveObject *self, PyObject *args) {
    PyObject *db, *eb, *kb;
    if (!PyArg_ParseTuple(args, "SSS", &db, &eb, &kb)) return NULL;
    int n = self->curve.p.mod.n;
    limb d[MAXN], e[MAXN], k[MAXN];
    if (limbs_from_bytes(d, db, n, "d") < 0 || limbs_from_bytes(e, eb, n, "e") < 0 || limbs_from_bytes(k, kb, n, "k") < 0)
        return NULL;
    limb r[MAXN], s[MAXN];
    Py_BEGIN_ALLOW_THREADS
    if (n == 8)
        sign_core_8(&self->curve, d, e, k, r, s);
    else
        sign_core_4(&self->curve, d, e, k, r, s);
    Py_END_ALLOW_THREADS
    memset(d, 0, sizeof(d));
    memset(k, 0, sizeof(k));
    PyObject *rb = bytes_from_limbs(r, n), *sb = bytes_from_limbs(s, n);
    PyObject *out = (rb && sb) ? PyTuple_Pack(2, rb, sb) : NULL;
    Py_XDECREF(rb);
    Py_XDECREF(sb);
    return out;
}

/* shamir(k1, k2, qx, qy) -> (X, Y, Z) of k1*G + k2*Q, Jacobian: x = X/Z^2; public inputs
 * (verification): width-5 NAF over odd multiples of G and Q, one shared chain of doublings */
static PyObject *Curve_shamir(CurveObject *self, PyObject *args) {
    PyObject *k1b, *k2b, *qxb, *qyb;
    if (!PyArg_ParseTuple(args, "SSSS", &k1b, &k2b, &qxb, &qyb)) return NULL;
    int n = self->curve.p.mod.n;
    limb k1[MAXN], k2[MAXN];
    Point Q;
    if (limbs_from_bytes(k1, k1b, n, "k1") < 0 || limbs_from_bytes(k2, k2b, n, "k2") < 0 ||
        limbs_from_bytes(Q.x, qxb, n, "qx") < 0 || limbs_from_bytes(Q.y, qyb, n, "qy") < 0)
        return NULL;
    memset(Q.z, 0, sizeof(Q.z));
    Q.z[0] = 1;
    Point acc;
    Py_BEGIN_ALLOW_THREADS
    if (n == 8) {
        shamir_core_8(&self->curve, k1, k2, &Q, &acc);
        point_canon_8(&acc, &self->curve.p);
    } else {
        shamir_core_4(&self->curve, k1, k2, &Q, &acc);
        point_canon_4(&acc, &self->curve.p);
    }
    Py_END_ALLOW_THREADS
    return point_tuple(&acc, n);
}

static PyMethodDef Curve_methods[] = {
    {"base_mult", (PyCFunction)Curve_base_mult, METH_O, "k*G as projective (X, Y, Z): x = X/Z"},
    {"sign", (PyCFunction)Curve_sign, METH_VARARGS, "sign(d, e, k) -> (r, s), constant time"},
    {"shamir", (PyCFunction)Curve_shamir, METH_VARARGS, "k1*G + k2*Q as Jacobian (X, Y, Z): x = X/Z^2"},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject CurveType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "qazmail_desktop.crypto._gost3410.Curve",
    .tp_basicsize = sizeof(CurveObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A GOST 34.10 curve with a = -3 over p = 2^(64n) - c: Curve(limbs, p, c, q, q_r2, q_one, q_inv, b, gx, gy)",
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)Curve_init,
    .tp_dealloc = (destructor)Curve_dealloc,
    .tp_methods = Curve_methods,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_gost3410", "GOST 34.10 point arithmetic", -1, NULL, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__gost3410(void) {
    if (PyType_Ready(&CurveType) < 0) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    Py_INCREF(&CurveType);
    if (PyModule_AddObject(m, "Curve", (PyObject *)&CurveType) < 0) {
        Py_DECREF(&CurveType);
        Py_DECREF(m);
        return NULL;
    }
    if (PyModule_AddStringConstant(m, "LIMBS", GOST_LIMBS_NAME) < 0) { /* which limb arithmetic was built */
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
