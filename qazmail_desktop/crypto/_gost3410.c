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
 * 128 (or 64) precomputed windows, every entry of a window read and masked; the inversion is
 * Fermat's (a fixed exponent); s = r*d + k*e is computed modulo q in Montgomery form; nothing
 * branches on or indexes by a secret. shamir() (verification: public inputs only) is not.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define MAXN 8        /* 64-bit limbs of the largest field (512 bits) */
#define WINDOW 4      /* bits per window of the generator's table */
#define ENTRIES 16    /* 1 << WINDOW */

typedef unsigned __int128 u128;
typedef uint64_t limb;

typedef struct { int n; limb m[MAXN]; } Modulus;
typedef struct { Modulus mod; limb c; } Field;                             /* p = 2^(64n) - c */
typedef struct { Modulus mod; limb r2[MAXN], one[MAXN], minv; } Mont;       /* for q */
typedef struct { limb x[MAXN], y[MAXN], z[MAXN]; } Point;                  /* projective or Jacobian */

typedef struct {
    PyObject_HEAD
    Field p;
    Mont q;
    limb b[MAXN];
    Point g;          /* the generator (z = 1) */
    int windows;      /* scalar bits / WINDOW */
    Point *table;     /* table[i * ENTRIES + d] = d * 2^(WINDOW*i) * G, projective */
} CurveObject;

/* ---- multi-precision, constant time ------------------------------------------------------ */

static void mod_add(limb *r, const limb *a, const limb *b, const Modulus *M) {
    int n = M->n;
    limb s[MAXN], d[MAXN];
    u128 c = 0;
    for (int j = 0; j < n; j++) {
        c += (u128)a[j] + b[j];
        s[j] = (limb)c;
        c >>= 64;
    }
    u128 borrow = 0;
    for (int j = 0; j < n; j++) {
        u128 v = (u128)s[j] - M->m[j] - borrow;
        d[j] = (limb)v;
        borrow = (v >> 64) & 1;
    }
    limb keep_s = (limb)0 - (limb)(borrow & ((limb)c ^ 1)); /* s < m */
    for (int j = 0; j < n; j++) r[j] = (s[j] & keep_s) | (d[j] & ~keep_s);
}

static void mod_sub(limb *r, const limb *a, const limb *b, const Modulus *M) {
    int n = M->n;
    limb d[MAXN];
    u128 borrow = 0;
    for (int j = 0; j < n; j++) {
        u128 v = (u128)a[j] - b[j] - borrow;
        d[j] = (limb)v;
        borrow = (v >> 64) & 1;
    }
    limb add_m = (limb)0 - (limb)borrow;
    u128 c = 0;
    for (int j = 0; j < n; j++) {
        c += (u128)d[j] + (M->m[j] & add_m);
        r[j] = (limb)c;
        c >>= 64;
    }
}

/* Montgomery multiplication (CIOS), for the scalars modulo q */
static void mont_mul(limb *r, const limb *a, const limb *b, const Mont *M) {
    int n = M->mod.n;
    const limb *m = M->mod.m;
    limb t[MAXN + 2] = {0};
    for (int i = 0; i < n; i++) {
        u128 c = 0;
        for (int j = 0; j < n; j++) {
            c += (u128)a[j] * b[i] + t[j];
            t[j] = (limb)c;
            c >>= 64;
        }
        c += t[n];
        t[n] = (limb)c;
        t[n + 1] = (limb)(c >> 64);
        limb k = t[0] * M->minv;
        c = (u128)k * m[0] + t[0];
        c >>= 64;
        for (int j = 1; j < n; j++) {
            c += (u128)k * m[j] + t[j];
            t[j - 1] = (limb)c;
            c >>= 64;
        }
        c += t[n];
        t[n - 1] = (limb)c;
        t[n] = t[n + 1] + (limb)(c >> 64);
    }
    limb d[MAXN];
    u128 borrow = 0;
    for (int j = 0; j < n; j++) {
        u128 v = (u128)t[j] - m[j] - borrow;
        d[j] = (limb)v;
        borrow = (v >> 64) & 1;
    }
    limb keep_t = (limb)0 - (limb)(borrow & (t[n] ^ 1)); /* t < m */
    for (int j = 0; j < n; j++) r[j] = (t[j] & keep_t) | (d[j] & ~keep_t);
}

static void to_mont(limb *r, const limb *a, const Mont *M) { mont_mul(r, a, M->r2, M); }

static void from_mont(limb *r, const limb *a, const Mont *M) {
    limb one[MAXN] = {1};
    mont_mul(r, a, one, M);
}

/* ---- the field: p = 2^(64n) - c, c < 2^32 (true of every GOST curve the NCA uses) --------- */

/* r = t mod p for a 2n-limb t, by folding the high half in: 2^(64n) = c (mod p) */
static void fe_reduce(limb *r, const limb *t, const Field *F) {
    int n = F->mod.n;
    limb c = F->c, lo[MAXN], s[MAXN];
    u128 acc = 0;
    for (int i = 0; i < n; i++) {
        acc += (u128)t[n + i] * c + t[i];
        lo[i] = (limb)acc;
        acc >>= 64;
    }
    for (int fold = 0; fold < 2; fold++) { /* the spill (< 2^33), then a last carry (0 or 1) */
        acc = (u128)((limb)acc * c) + lo[0];
        lo[0] = (limb)acc;
        acc >>= 64;
        for (int i = 1; i < n; i++) {
            acc += lo[i];
            lo[i] = (limb)acc;
            acc >>= 64;
        }
    }
    acc = (u128)lo[0] + c; /* lo >= p exactly when lo + c carries out of n limbs */
    s[0] = (limb)acc;
    acc >>= 64;
    for (int i = 1; i < n; i++) {
        acc += lo[i];
        s[i] = (limb)acc;
        acc >>= 64;
    }
    limb take_s = (limb)0 - (limb)acc;
    for (int i = 0; i < n; i++) r[i] = (s[i] & take_s) | (lo[i] & ~take_s);
}

static void fe_mul(limb *r, const limb *a, const limb *b, const Field *F) {
    int n = F->mod.n;
    limb t[2 * MAXN];
    for (int i = 0; i < n; i++) {
        u128 acc = 0;
        for (int j = 0; j < n; j++) {
            acc += (u128)a[j] * b[i] + (i ? t[i + j] : 0);
            t[i + j] = (limb)acc;
            acc >>= 64;
        }
        t[i + n] = (limb)acc;
    }
    fe_reduce(r, t, F);
}

static void fe_sqr(limb *r, const limb *a, const Field *F) {
    int n = F->mod.n;
    limb t[2 * MAXN] = {0};
    for (int i = 0; i < n; i++) { /* the cross products once */
        u128 acc = 0;
        for (int j = i + 1; j < n; j++) {
            acc += (u128)a[j] * a[i] + t[i + j];
            t[i + j] = (limb)acc;
            acc >>= 64;
        }
        t[i + n] = (limb)acc;
    }
    limb top = 0; /* doubled */
    for (int i = 0; i < 2 * n; i++) {
        limb v = t[i];
        t[i] = (v << 1) | top;
        top = v >> 63;
    }
    u128 acc = 0; /* plus the squares */
    for (int i = 0; i < n; i++) {
        u128 sq = (u128)a[i] * a[i];
        acc += (u128)t[2 * i] + (limb)sq;
        t[2 * i] = (limb)acc;
        acc >>= 64;
        acc += (u128)t[2 * i + 1] + (limb)(sq >> 64);
        t[2 * i + 1] = (limb)acc;
        acc >>= 64;
    }
    fe_reduce(r, t, F);
}

#define fe_add(r, a, b, F) mod_add(r, a, b, &(F)->mod)
#define fe_sub(r, a, b, F) mod_sub(r, a, b, &(F)->mod)

/* a^(p-2) = 1/a: a fixed chain for the (public) exponent, the same work for every a */
static void fe_inverse(limb *r, const limb *a, const Field *F) {
    int n = F->mod.n;
    limb e[MAXN], acc[MAXN] = {1};
    memcpy(e, F->mod.m, sizeof(limb) * n);
    e[0] -= 2;
    for (int i = 64 * n - 1; i >= 0; i--) {
        fe_sqr(acc, acc, F);
        if ((e[i / 64] >> (i % 64)) & 1) fe_mul(acc, acc, a, F);
    }
    memcpy(r, acc, sizeof(limb) * n);
}

/* ---- complete projective formulas for a = -3 (Renes-Costello-Batina 2015, algorithms 4, 6) --
 * constant time and correct for every input, the point at infinity (0:1:0) included */

static void point_add(Point *R, const Point *P, const Point *Q, const CurveObject *c) {
    const Field *F = &c->p;
    limb t0[MAXN], t1[MAXN], t2[MAXN], t3[MAXN], t4[MAXN], X3[MAXN], Y3[MAXN], Z3[MAXN];
    fe_mul(t0, P->x, Q->x, F);
    fe_mul(t1, P->y, Q->y, F);
    fe_mul(t2, P->z, Q->z, F);
    fe_add(t3, P->x, P->y, F);
    fe_add(t4, Q->x, Q->y, F);
    fe_mul(t3, t3, t4, F);
    fe_add(t4, t0, t1, F);
    fe_sub(t3, t3, t4, F);
    fe_add(t4, P->y, P->z, F);
    fe_add(X3, Q->y, Q->z, F);
    fe_mul(t4, t4, X3, F);
    fe_add(X3, t1, t2, F);
    fe_sub(t4, t4, X3, F);
    fe_add(X3, P->x, P->z, F);
    fe_add(Y3, Q->x, Q->z, F);
    fe_mul(X3, X3, Y3, F);
    fe_add(Y3, t0, t2, F);
    fe_sub(Y3, X3, Y3, F);
    fe_mul(Z3, c->b, t2, F);
    fe_sub(X3, Y3, Z3, F);
    fe_add(Z3, X3, X3, F);
    fe_add(X3, X3, Z3, F);
    fe_sub(Z3, t1, X3, F);
    fe_add(X3, t1, X3, F);
    fe_mul(Y3, c->b, Y3, F);
    fe_add(t1, t2, t2, F);
    fe_add(t2, t1, t2, F);
    fe_sub(Y3, Y3, t2, F);
    fe_sub(Y3, Y3, t0, F);
    fe_add(t1, Y3, Y3, F);
    fe_add(Y3, t1, Y3, F);
    fe_add(t1, t0, t0, F);
    fe_add(t0, t1, t0, F);
    fe_sub(t0, t0, t2, F);
    fe_mul(t1, t4, Y3, F);
    fe_mul(t2, t0, Y3, F);
    fe_mul(Y3, X3, Z3, F);
    fe_add(Y3, Y3, t2, F);
    fe_mul(X3, t3, X3, F);
    fe_sub(X3, X3, t1, F);
    fe_mul(Z3, t4, Z3, F);
    fe_mul(t1, t3, t0, F);
    fe_add(Z3, Z3, t1, F);
    int n = F->mod.n;
    memcpy(R->x, X3, sizeof(limb) * n);
    memcpy(R->y, Y3, sizeof(limb) * n);
    memcpy(R->z, Z3, sizeof(limb) * n);
}

static void point_double(Point *R, const Point *P, const CurveObject *c) {
    const Field *F = &c->p;
    limb t0[MAXN], t1[MAXN], t2[MAXN], t3[MAXN], X3[MAXN], Y3[MAXN], Z3[MAXN];
    fe_sqr(t0, P->x, F);
    fe_sqr(t1, P->y, F);
    fe_sqr(t2, P->z, F);
    fe_mul(t3, P->x, P->y, F);
    fe_add(t3, t3, t3, F);
    fe_mul(Z3, P->x, P->z, F);
    fe_add(Z3, Z3, Z3, F);
    fe_mul(Y3, c->b, t2, F);
    fe_sub(Y3, Y3, Z3, F);
    fe_add(X3, Y3, Y3, F);
    fe_add(Y3, X3, Y3, F);
    fe_sub(X3, t1, Y3, F);
    fe_add(Y3, t1, Y3, F);
    fe_mul(Y3, X3, Y3, F);
    fe_mul(X3, X3, t3, F);
    fe_add(t3, t2, t2, F);
    fe_add(t2, t2, t3, F);
    fe_mul(Z3, c->b, Z3, F);
    fe_sub(Z3, Z3, t2, F);
    fe_sub(Z3, Z3, t0, F);
    fe_add(t3, Z3, Z3, F);
    fe_add(Z3, Z3, t3, F);
    fe_add(t3, t0, t0, F);
    fe_add(t0, t3, t0, F);
    fe_sub(t0, t0, t2, F);
    fe_mul(t0, t0, Z3, F);
    fe_add(Y3, Y3, t0, F);
    fe_mul(t0, P->y, P->z, F);
    fe_add(t0, t0, t0, F);
    fe_mul(Z3, t0, Z3, F);
    fe_sub(X3, X3, Z3, F);
    fe_mul(Z3, t0, t1, F);
    fe_add(Z3, Z3, Z3, F);
    fe_add(Z3, Z3, Z3, F);
    int n = F->mod.n;
    memcpy(R->x, X3, sizeof(limb) * n);
    memcpy(R->y, Y3, sizeof(limb) * n);
    memcpy(R->z, Z3, sizeof(limb) * n);
}

static void point_infinity(Point *R) {
    memset(R, 0, sizeof(Point));
    R->y[0] = 1;
}

/* k*G for a secret k (little-endian limbs): one masked read of every entry of each window */
static void base_mult(Point *R, const limb *k, const CurveObject *c) {
    Point acc, pick;
    int n = c->p.mod.n;
    point_infinity(&acc);
    for (int i = 0; i < c->windows; i++) {
        limb digit = (k[(i * WINDOW) / 64] >> ((i * WINDOW) % 64)) & (ENTRIES - 1);
        memset(&pick, 0, sizeof(Point));
        const Point *row = c->table + (size_t)i * ENTRIES;
        for (limb d = 0; d < ENTRIES; d++) {
            limb mask = (limb)0 - (limb)(((d ^ digit) - 1) >> 63); /* all ones when d == digit */
            for (int j = 0; j < n; j++) {
                pick.x[j] |= row[d].x[j] & mask;
                pick.y[j] |= row[d].y[j] & mask;
                pick.z[j] |= row[d].z[j] & mask;
            }
        }
        point_add(&acc, &acc, &pick, c);
    }
    *R = acc;
}

/* ---- Jacobian arithmetic for verification: public inputs, so special cases may branch ------ */

static int fe_is_zero(const limb *a, int n) {
    limb v = 0;
    for (int i = 0; i < n; i++) v |= a[i];
    return v == 0;
}

/* a = -3: 3M + 5S (dbl-2001-b) */
static void jac_double(Point *R, const Point *P, const Field *F) {
    int n = F->mod.n;
    if (fe_is_zero(P->z, n)) {
        *R = *P;
        return;
    }
    limb delta[MAXN], gamma[MAXN], beta[MAXN], alpha[MAXN], t0[MAXN], t1[MAXN], x3[MAXN], y3[MAXN], z3[MAXN];
    fe_sqr(delta, P->z, F);
    fe_sqr(gamma, P->y, F);
    fe_mul(beta, P->x, gamma, F);
    fe_sub(t0, P->x, delta, F);
    fe_add(t1, P->x, delta, F);
    fe_mul(alpha, t0, t1, F);
    fe_add(t0, alpha, alpha, F);
    fe_add(alpha, t0, alpha, F);          /* alpha = 3(x - delta)(x + delta) */
    fe_sqr(x3, alpha, F);
    fe_add(t0, beta, beta, F);
    fe_add(t0, t0, t0, F);                /* 4 beta */
    fe_add(t1, t0, t0, F);                /* 8 beta */
    fe_sub(x3, x3, t1, F);
    fe_add(t1, P->y, P->z, F);
    fe_sqr(z3, t1, F);
    fe_sub(z3, z3, gamma, F);
    fe_sub(z3, z3, delta, F);
    fe_sub(t0, t0, x3, F);
    fe_mul(y3, alpha, t0, F);
    fe_sqr(t1, gamma, F);
    fe_add(t1, t1, t1, F);
    fe_add(t1, t1, t1, F);
    fe_add(t1, t1, t1, F);                /* 8 gamma^2 */
    fe_sub(y3, y3, t1, F);
    memcpy(R->x, x3, sizeof(limb) * n);
    memcpy(R->y, y3, sizeof(limb) * n);
    memcpy(R->z, z3, sizeof(limb) * n);
}

/* general addition (add-2007-bl), with the cases P = Q, P = -Q and infinity */
static void jac_add(Point *R, const Point *P, const Point *Q, const Field *F) {
    int n = F->mod.n;
    if (fe_is_zero(P->z, n)) {
        *R = *Q;
        return;
    }
    if (fe_is_zero(Q->z, n)) {
        *R = *P;
        return;
    }
    limb z1z1[MAXN], z2z2[MAXN], u1[MAXN], u2[MAXN], s1[MAXN], s2[MAXN], h[MAXN], i[MAXN], j[MAXN], r[MAXN], v[MAXN];
    limb x3[MAXN], y3[MAXN], z3[MAXN], t[MAXN];
    fe_sqr(z1z1, P->z, F);
    fe_sqr(z2z2, Q->z, F);
    fe_mul(u1, P->x, z2z2, F);
    fe_mul(u2, Q->x, z1z1, F);
    fe_mul(t, Q->z, z2z2, F);
    fe_mul(s1, P->y, t, F);
    fe_mul(t, P->z, z1z1, F);
    fe_mul(s2, Q->y, t, F);
    fe_sub(h, u2, u1, F);
    fe_sub(r, s2, s1, F);
    if (fe_is_zero(h, n)) {
        if (fe_is_zero(r, n)) {
            jac_double(R, P, F);
        } else {
            memset(R, 0, sizeof(Point));
            R->x[0] = R->y[0] = 1;
        }
        return;
    }
    fe_add(i, h, h, F);
    fe_sqr(i, i, F);
    fe_mul(j, h, i, F);
    fe_add(r, r, r, F);
    fe_mul(v, u1, i, F);
    fe_sqr(x3, r, F);
    fe_sub(x3, x3, j, F);
    fe_sub(x3, x3, v, F);
    fe_sub(x3, x3, v, F);
    fe_sub(t, v, x3, F);
    fe_mul(y3, r, t, F);
    fe_mul(t, s1, j, F);
    fe_add(t, t, t, F);
    fe_sub(y3, y3, t, F);
    fe_add(t, P->z, Q->z, F);
    fe_sqr(t, t, F);
    fe_sub(t, t, z1z1, F);
    fe_sub(t, t, z2z2, F);
    fe_mul(z3, t, h, F);
    memcpy(R->x, x3, sizeof(limb) * n);
    memcpy(R->y, y3, sizeof(limb) * n);
    memcpy(R->z, z3, sizeof(limb) * n);
}

static void jac_table(Point *table, const Point *P, const Field *F) {
    table[0] = *P;
    Point twice;
    jac_double(&twice, P, F);
    for (int d = 1; d < ENTRIES / 2; d++) jac_add(&table[d], &table[d - 1], &twice, F); /* odd multiples */
}

/* width-5 NAF digits of k (public): odd digits in [-15, 15], returns the length */
static int wnaf(int *digits, const limb *k, int n) {
    limb v[MAXN + 1] = {0};
    memcpy(v, k, sizeof(limb) * n);
    int len = 0;
    while (!fe_is_zero(v, n + 1)) {
        int d = 0;
        if (v[0] & 1) {
            d = (int)(v[0] & 31);
            if (d > 16) d -= 32;
            if (d > 0) { /* v -= d */
                u128 borrow = (u128)d;
                for (int j = 0; j <= n && borrow; j++) {
                    u128 t = (u128)v[j] - borrow;
                    v[j] = (limb)t;
                    borrow = (t >> 64) & 1;
                }
            } else { /* v += -d */
                u128 carry = (u128)(-d);
                for (int j = 0; j <= n && carry; j++) {
                    carry += v[j];
                    v[j] = (limb)carry;
                    carry >>= 64;
                }
            }
        }
        digits[len++] = d;
        for (int j = 0; j < n; j++) v[j] = (v[j] >> 1) | (v[j + 1] << 63);
        v[n] >>= 1;
    }
    return len;
}

static void jac_negate(Point *R, const Point *P, const Field *F) {
    limb zero[MAXN] = {0};
    *R = *P;
    fe_sub(R->y, zero, P->y, F);
}

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
    unsigned char buf[8 * MAXN];
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
    self->p.mod.n = self->q.mod.n = n;
    self->p.c = (limb)c;
    self->q.minv = (limb)q_inv;
    if (limbs_from_bytes(self->p.mod.m, p, n, "p") < 0 || limbs_from_bytes(self->q.mod.m, q, n, "q") < 0 ||
        limbs_from_bytes(self->q.r2, q_r2, n, "q_r2") < 0 || limbs_from_bytes(self->q.one, q_one, n, "q_one") < 0 ||
        limbs_from_bytes(self->b, b, n, "b") < 0 || limbs_from_bytes(self->g.x, gx, n, "gx") < 0 ||
        limbs_from_bytes(self->g.y, gy, n, "gy") < 0)
        return -1;
    memset(self->g.z, 0, sizeof(self->g.z));
    self->g.z[0] = 1;
    self->windows = 64 * n / WINDOW;
    PyMem_Free(self->table);
    self->table = PyMem_Malloc(sizeof(Point) * (size_t)self->windows * ENTRIES);
    if (self->table == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    Point base = self->g;
    for (int i = 0; i < self->windows; i++) {
        Point *row = self->table + (size_t)i * ENTRIES;
        point_infinity(&row[0]);
        row[1] = base;
        for (int d = 2; d < ENTRIES; d++) point_add(&row[d], &row[d - 1], &base, self);
        for (int s = 0; s < WINDOW; s++) point_double(&base, &base, self);
    }
    return 0;
}

static void Curve_dealloc(CurveObject *self) {
    PyMem_Free(self->table);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* base_mult(k) -> (X, Y, Z), projective: x = X/Z, y = Y/Z */
static PyObject *Curve_base_mult(CurveObject *self, PyObject *arg) {
    limb k[MAXN];
    if (limbs_from_bytes(k, arg, self->p.mod.n, "scalar") < 0) return NULL;
    Point R;
    base_mult(&R, k, self);
    return point_tuple(&R, self->p.mod.n);
}

/* sign(d, e, k) -> (r, s): r = x(kG) mod q, s = r*d + k*e mod q; all inputs secret but e */
static PyObject *Curve_sign(CurveObject *self, PyObject *args) {
    PyObject *db, *eb, *kb;
    if (!PyArg_ParseTuple(args, "SSS", &db, &eb, &kb)) return NULL;
    int n = self->p.mod.n;
    limb d[MAXN], e[MAXN], k[MAXN];
    if (limbs_from_bytes(d, db, n, "d") < 0 || limbs_from_bytes(e, eb, n, "e") < 0 || limbs_from_bytes(k, kb, n, "k") < 0)
        return NULL;
    limb r[MAXN], s[MAXN];
    Py_BEGIN_ALLOW_THREADS
    Point R;
    base_mult(&R, k, self);
    limb zinv[MAXN], x[MAXN];
    fe_inverse(zinv, R.z, &self->p);
    fe_mul(x, R.x, zinv, &self->p);
    /* r = x mod q: x < p < 2q, so at most one subtraction, chosen by mask */
    u128 borrow = 0;
    for (int j = 0; j < n; j++) {
        u128 v = (u128)x[j] - self->q.mod.m[j] - borrow;
        r[j] = (limb)v;
        borrow = (v >> 64) & 1;
    }
    limb keep_x = (limb)0 - (limb)borrow;
    for (int j = 0; j < n; j++) r[j] = (x[j] & keep_x) | (r[j] & ~keep_x);
    /* s = r*d + k*e (mod q), in Montgomery form */
    limb rm[MAXN], dm[MAXN], km[MAXN], em[MAXN], s1[MAXN], s2[MAXN];
    to_mont(rm, r, &self->q);
    to_mont(dm, d, &self->q);
    to_mont(km, k, &self->q);
    to_mont(em, e, &self->q);
    mont_mul(s1, rm, dm, &self->q);
    mont_mul(s2, km, em, &self->q);
    mod_add(s, s1, s2, &self->q.mod);
    from_mont(s, s, &self->q);
    memset(dm, 0, sizeof(dm));
    memset(km, 0, sizeof(km));
    memset(&R, 0, sizeof(R));
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
    int n = self->p.mod.n;
    limb k1[MAXN], k2[MAXN];
    Point Q;
    if (limbs_from_bytes(k1, k1b, n, "k1") < 0 || limbs_from_bytes(k2, k2b, n, "k2") < 0 ||
        limbs_from_bytes(Q.x, qxb, n, "qx") < 0 || limbs_from_bytes(Q.y, qyb, n, "qy") < 0)
        return NULL;
    memset(Q.z, 0, sizeof(Q.z));
    Q.z[0] = 1;
    Point acc;
    Py_BEGIN_ALLOW_THREADS
    const Field *F = &self->p;
    Point gtab[ENTRIES / 2], qtab[ENTRIES / 2], neg;
    jac_table(gtab, &self->g, F);
    jac_table(qtab, &Q, F);
    int w1[64 * MAXN + 1], w2[64 * MAXN + 1];
    int len1 = wnaf(w1, k1, n), len2 = wnaf(w2, k2, n);
    int len = len1 > len2 ? len1 : len2;
    memset(&acc, 0, sizeof(acc));
    acc.x[0] = acc.y[0] = 1; /* infinity: z = 0 */
    for (int i = len - 1; i >= 0; i--) {
        jac_double(&acc, &acc, F);
        int d1 = i < len1 ? w1[i] : 0, d2 = i < len2 ? w2[i] : 0;
        if (d1 > 0) jac_add(&acc, &acc, &gtab[d1 / 2], F);
        if (d1 < 0) {
            jac_negate(&neg, &gtab[-d1 / 2], F);
            jac_add(&acc, &acc, &neg, F);
        }
        if (d2 > 0) jac_add(&acc, &acc, &qtab[d2 / 2], F);
        if (d2 < 0) {
            jac_negate(&neg, &qtab[-d2 / 2], F);
            jac_add(&acc, &acc, &neg, F);
        }
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
    return m;
}
