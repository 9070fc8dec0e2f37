/* GOST 34.10 point arithmetic without Python: the types, a curve's setup, and the arithmetic
 * of _gost3410_arith.h for both sizes. The extension (_gost3410.c) wraps it for Python; the
 * known-answer program of the tests (tests/native/gost3410_kat.c) includes it alone, so the very
 * code the extension runs can be built as a Windows program and run under Wine.
 *
 * Define GOST_ALLOC/GOST_FREE before including to allocate through another allocator (the
 * extension uses Python's); GOST_LIMBS picks the limb arithmetic (_gost3410_limbs.h). */
#ifndef GOST3410_CURVE_H
#define GOST3410_CURVE_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "_gost3410_limbs.h"

#ifndef GOST_ALLOC
#define GOST_ALLOC malloc
#define GOST_FREE free
#endif

#define MAXN 8        /* 64-bit limbs of the largest field (512 bits) */
#define COMB_BITS 5        /* bits per window of the generator's table (signed digits -16 .. 16) */
#define COMB_ENTRIES 17    /* |digit| = 0 .. 16 */
#define NAF_ENTRIES 8      /* odd multiples 1, 3, .., 15 of Q for the width-5 NAF of verification */
#define G_NAF_WIDTH 7
#define G_NAF_ENTRIES 32   /* odd multiples 1, 3, .., 63 of G, precomputed */

typedef struct { int n; limb m[MAXN]; } Modulus;
typedef struct { Modulus mod; limb c; } Field;                             /* p = 2^(64n) - c */
typedef struct { Modulus mod; limb r2[MAXN], one[MAXN], minv; } Mont;       /* for q */
typedef struct { limb x[MAXN], y[MAXN], z[MAXN]; } Point;                  /* projective or Jacobian */
typedef struct { limb x[MAXN], y[MAXN]; } Affine;

typedef struct {
    Field p;
    Mont q;
    limb b[MAXN];
    Point g;          /* the generator (z = 1) */
    int windows;      /* signed base-32 digits of a scalar below 2^(64n) */
    Affine *table;    /* table[i * COMB_ENTRIES + d] = d * 32^i * G, affine */
    Affine g_odd[G_NAF_ENTRIES]; /* (2d + 1) * G, affine */
} Curve;

#if defined(__GNUC__) || defined(__clang__)
#define NOINLINE __attribute__((noinline)) /* a whole point formula inlined into a loop spills registers */
#else
#define NOINLINE
#endif

#define CAT(a, b) a##_##b
#define XCAT(a, b) CAT(a, b)
#define FN(name) XCAT(name, N)
#define N 8
#include "_gost3410_arith.h"
#undef N
#define N 4
#include "_gost3410_arith.h"
#undef N

/* The curve's tables, once its constants are in place (n, p, c, q and its Montgomery constants,
 * b, g with z = 1). 0, or -1 when memory runs out (the curve then has no table). */
static int curve_build(Curve *curve) {
    int n = curve->p.mod.n;
    curve->windows = (64 * n + 1 + COMB_BITS - 1) / COMB_BITS; /* one more bit: the last carry */
    GOST_FREE(curve->table);
    curve->table = GOST_ALLOC(sizeof(Affine) * (size_t)curve->windows * COMB_ENTRIES);
    if (curve->table == NULL) return -1;
    return n == 8 ? build_table_8(curve) : build_table_4(curve);
}

static void curve_free(Curve *curve) {
    GOST_FREE(curve->table);
    curve->table = NULL;
}

#endif
