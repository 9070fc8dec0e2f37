/* The arithmetic of _gost3410.c for one size: included once with N = 8 (512-bit curves) and
 * once with N = 4 (256-bit), so that every loop has a constant bound the compiler unrolls.
 * Every function's name gets the size as a suffix through FN(). */

/* ---- multi-precision, constant time ------------------------------------------------------ */

static void FN(mod_add)(limb *r, const limb *a, const limb *b, const Modulus *M) {
    const int n = N;
    limb s[MAXN], d[MAXN];
    unsigned char cy = 0, bw = 0;
    for (int j = 0; j < n; j++) cy = addc(cy, a[j], b[j], &s[j]);
    for (int j = 0; j < n; j++) bw = subb(bw, s[j], M->m[j], &d[j]);
    limb keep_s = (limb)0 - (limb)(bw & (cy ^ 1)); /* s < m */
    for (int j = 0; j < n; j++) r[j] = (s[j] & keep_s) | (d[j] & ~keep_s);
}

/* Montgomery multiplication (CIOS), for the scalars modulo q */
static void FN(mont_mul)(limb *r, const limb *a, const limb *b, const Mont *M) {
    const int n = N;
    const limb *m = M->mod.m;
    limb t[MAXN + 2] = {0};
    for (int i = 0; i < n; i++) {
        limb c = 0;
        for (int j = 0; j < n; j++) t[j] = mac(a[j], b[i], t[j], &c);
        t[n + 1] = addc(0, t[n], c, &t[n]);
        limb k = t[0] * M->minv;
        c = 0;
        (void)mac(k, m[0], t[0], &c); /* the low limb is 0 by the choice of k */
        for (int j = 1; j < n; j++) t[j - 1] = mac(k, m[j], t[j], &c);
        t[n] = t[n + 1] + addc(0, t[n], c, &t[n - 1]);
    }
    limb d[MAXN];
    unsigned char bw = 0;
    for (int j = 0; j < n; j++) bw = subb(bw, t[j], m[j], &d[j]);
    limb keep_t = (limb)0 - (limb)(bw & (t[n] ^ 1)); /* t < m */
    for (int j = 0; j < n; j++) r[j] = (t[j] & keep_t) | (d[j] & ~keep_t);
}

static void FN(to_mont)(limb *r, const limb *a, const Mont *M) { FN(mont_mul)(r, a, M->r2, M); }

static void FN(from_mont)(limb *r, const limb *a, const Mont *M) {
    limb one[MAXN] = {1};
    FN(mont_mul)(r, a, one, M);
}

/* ---- the field: p = 2^(64n) - c, c < 2^32 (true of every GOST curve the NCA uses) ---------
 * Elements are kept in [0, 2^(64n)), not always below p: 2^(64n) = c (mod p) lets a carry out
 * of the top limb fold back in as + c, so additions need no comparison with p. FN(fe_canon)
 * brings a value below p where it is compared or leaves the extension. */

static void FN(fe_canon)(limb *r, const limb *a, const Field *F) {
    limb s[MAXN];
    unsigned char cy = addc(0, a[0], F->c, &s[0]); /* a >= p exactly when a + c carries out */
    for (int i = 1; i < N; i++) cy = addc(cy, a[i], 0, &s[i]);
    limb take_s = (limb)0 - (limb)cy;
    for (int i = 0; i < N; i++) r[i] = (s[i] & take_s) | (a[i] & ~take_s);
}

static inline void FN(fe_add)(limb *r, const limb *a, const limb *b, const Field *F) {
    unsigned char cy = 0;
    for (int i = 0; i < N; i++) cy = addc(cy, a[i], b[i], &r[i]);
    limb fold = (limb)0 - (limb)cy;
    cy = addc(0, r[0], F->c & fold, &r[0]);
    for (int i = 1; i < N; i++) cy = addc(cy, r[i], 0, &r[i]);
    r[0] += F->c & ((limb)0 - (limb)cy); /* wrapped twice: r is below c now, this cannot carry */
}

static inline void FN(fe_sub)(limb *r, const limb *a, const limb *b, const Field *F) {
    unsigned char bw = 0;
    for (int i = 0; i < N; i++) bw = subb(bw, a[i], b[i], &r[i]);
    limb fold = (limb)0 - (limb)bw;
    bw = subb(0, r[0], F->c & fold, &r[0]);
    for (int i = 1; i < N; i++) bw = subb(bw, r[i], 0, &r[i]);
    r[0] -= F->c & ((limb)0 - (limb)bw); /* borrowed twice: r is near 2^(64n), this cannot borrow */
}

/* r = t mod p (not always below p) for a 2n-limb t, folding the high half in as c * high */
static void FN(fe_reduce)(limb *r, const limb *t, const Field *F) {
    limb c = F->c, spill = 0;
    for (int i = 0; i < N; i++) r[i] = mac(t[N + i], c, t[i], &spill);
    unsigned char cy = addc(0, r[0], spill * c, &r[0]); /* the spill is below 2^33 */
    for (int i = 1; i < N; i++) cy = addc(cy, r[i], 0, &r[i]);
    r[0] += c & ((limb)0 - (limb)cy);
}

static void FN(fe_mul)(limb *r, const limb *a, const limb *b, const Field *F) {
    limb t[2 * MAXN];
    for (int i = 0; i < N; i++) {
        limb carry = 0;
        for (int j = 0; j < N; j++) t[i + j] = mac(a[j], b[i], i ? t[i + j] : 0, &carry);
        t[i + N] = carry;
    }
    FN(fe_reduce)(r, t, F);
}

static void FN(fe_sqr)(limb *r, const limb *a, const Field *F) {
    limb t[2 * MAXN] = {0};
    for (int i = 0; i < N; i++) { /* the cross products once */
        limb carry = 0;
        for (int j = i + 1; j < N; j++) t[i + j] = mac(a[j], a[i], t[i + j], &carry);
        t[i + N] = carry;
    }
    limb top = 0; /* doubled */
    for (int i = 0; i < 2 * N; i++) {
        limb v = t[i];
        t[i] = (v << 1) | top;
        top = v >> 63;
    }
    unsigned char cy = 0; /* plus the squares */
    for (int i = 0; i < N; i++) {
        limb high = 0, low = mac(a[i], a[i], 0, &high);
        cy = addc(cy, t[2 * i], low, &t[2 * i]);
        cy = addc(cy, t[2 * i + 1], high, &t[2 * i + 1]);
    }
    FN(fe_reduce)(r, t, F);
}

/* a^(p-2) = 1/a, by 4-bit windows over the (public) exponent: the same work for every a */
static void FN(fe_inverse)(limb *r, const limb *a, const Field *F) {
    limb e[MAXN], acc[MAXN] = {1}, powers[16][MAXN];
    memcpy(e, F->mod.m, sizeof(limb) * N);
    e[0] -= 2;
    memset(powers[0], 0, sizeof(powers[0]));
    powers[0][0] = 1;
    memcpy(powers[1], a, sizeof(limb) * N);
    for (int i = 2; i < 16; i++) FN(fe_mul)(powers[i], powers[i - 1], a, F);
    for (int i = 64 * N / 4 - 1; i >= 0; i--) {
        for (int s = 0; s < 4; s++) FN(fe_sqr)(acc, acc, F);
        int digit = (int)((e[(4 * i) / 64] >> ((4 * i) % 64)) & 15);
        if (digit) FN(fe_mul)(acc, acc, powers[digit], F);
    }
    FN(fe_canon)(r, acc, F);
}

/* ---- complete projective formulas for a = -3 (Renes-Costello-Batina 2015, algorithms 4, 6) --
 * constant time and correct for every input, the point at infinity (0:1:0) included */

static void FN(point_add)(Point *R, const Point *P, const Point *Q, const Curve *c) {
    const Field *F = &c->p;
    limb t0[MAXN], t1[MAXN], t2[MAXN], t3[MAXN], t4[MAXN], X3[MAXN], Y3[MAXN], Z3[MAXN];
    FN(fe_mul)(t0, P->x, Q->x, F);
    FN(fe_mul)(t1, P->y, Q->y, F);
    FN(fe_mul)(t2, P->z, Q->z, F);
    FN(fe_add)(t3, P->x, P->y, F);
    FN(fe_add)(t4, Q->x, Q->y, F);
    FN(fe_mul)(t3, t3, t4, F);
    FN(fe_add)(t4, t0, t1, F);
    FN(fe_sub)(t3, t3, t4, F);
    FN(fe_add)(t4, P->y, P->z, F);
    FN(fe_add)(X3, Q->y, Q->z, F);
    FN(fe_mul)(t4, t4, X3, F);
    FN(fe_add)(X3, t1, t2, F);
    FN(fe_sub)(t4, t4, X3, F);
    FN(fe_add)(X3, P->x, P->z, F);
    FN(fe_add)(Y3, Q->x, Q->z, F);
    FN(fe_mul)(X3, X3, Y3, F);
    FN(fe_add)(Y3, t0, t2, F);
    FN(fe_sub)(Y3, X3, Y3, F);
    FN(fe_mul)(Z3, c->b, t2, F);
    FN(fe_sub)(X3, Y3, Z3, F);
    FN(fe_add)(Z3, X3, X3, F);
    FN(fe_add)(X3, X3, Z3, F);
    FN(fe_sub)(Z3, t1, X3, F);
    FN(fe_add)(X3, t1, X3, F);
    FN(fe_mul)(Y3, c->b, Y3, F);
    FN(fe_add)(t1, t2, t2, F);
    FN(fe_add)(t2, t1, t2, F);
    FN(fe_sub)(Y3, Y3, t2, F);
    FN(fe_sub)(Y3, Y3, t0, F);
    FN(fe_add)(t1, Y3, Y3, F);
    FN(fe_add)(Y3, t1, Y3, F);
    FN(fe_add)(t1, t0, t0, F);
    FN(fe_add)(t0, t1, t0, F);
    FN(fe_sub)(t0, t0, t2, F);
    FN(fe_mul)(t1, t4, Y3, F);
    FN(fe_mul)(t2, t0, Y3, F);
    FN(fe_mul)(Y3, X3, Z3, F);
    FN(fe_add)(Y3, Y3, t2, F);
    FN(fe_mul)(X3, t3, X3, F);
    FN(fe_sub)(X3, X3, t1, F);
    FN(fe_mul)(Z3, t4, Z3, F);
    FN(fe_mul)(t1, t3, t0, F);
    FN(fe_add)(Z3, Z3, t1, F);
    const int n = N;
    memcpy(R->x, X3, sizeof(limb) * n);
    memcpy(R->y, Y3, sizeof(limb) * n);
    memcpy(R->z, Z3, sizeof(limb) * n);
}

static void FN(point_double)(Point *R, const Point *P, const Curve *c) {
    const Field *F = &c->p;
    limb t0[MAXN], t1[MAXN], t2[MAXN], t3[MAXN], X3[MAXN], Y3[MAXN], Z3[MAXN];
    FN(fe_sqr)(t0, P->x, F);
    FN(fe_sqr)(t1, P->y, F);
    FN(fe_sqr)(t2, P->z, F);
    FN(fe_mul)(t3, P->x, P->y, F);
    FN(fe_add)(t3, t3, t3, F);
    FN(fe_mul)(Z3, P->x, P->z, F);
    FN(fe_add)(Z3, Z3, Z3, F);
    FN(fe_mul)(Y3, c->b, t2, F);
    FN(fe_sub)(Y3, Y3, Z3, F);
    FN(fe_add)(X3, Y3, Y3, F);
    FN(fe_add)(Y3, X3, Y3, F);
    FN(fe_sub)(X3, t1, Y3, F);
    FN(fe_add)(Y3, t1, Y3, F);
    FN(fe_mul)(Y3, X3, Y3, F);
    FN(fe_mul)(X3, X3, t3, F);
    FN(fe_add)(t3, t2, t2, F);
    FN(fe_add)(t2, t2, t3, F);
    FN(fe_mul)(Z3, c->b, Z3, F);
    FN(fe_sub)(Z3, Z3, t2, F);
    FN(fe_sub)(Z3, Z3, t0, F);
    FN(fe_add)(t3, Z3, Z3, F);
    FN(fe_add)(Z3, Z3, t3, F);
    FN(fe_add)(t3, t0, t0, F);
    FN(fe_add)(t0, t3, t0, F);
    FN(fe_sub)(t0, t0, t2, F);
    FN(fe_mul)(t0, t0, Z3, F);
    FN(fe_add)(Y3, Y3, t0, F);
    FN(fe_mul)(t0, P->y, P->z, F);
    FN(fe_add)(t0, t0, t0, F);
    FN(fe_mul)(Z3, t0, Z3, F);
    FN(fe_sub)(X3, X3, Z3, F);
    FN(fe_mul)(Z3, t0, t1, F);
    FN(fe_add)(Z3, Z3, Z3, F);
    FN(fe_add)(Z3, Z3, Z3, F);
    const int n = N;
    memcpy(R->x, X3, sizeof(limb) * n);
    memcpy(R->y, Y3, sizeof(limb) * n);
    memcpy(R->z, Z3, sizeof(limb) * n);
}

/* P + Q with Q affine (Z = 1, never the point at infinity): algorithm 5, 11M + 2 m_b */
static NOINLINE void FN(point_add_affine)(Point *R, const Point *P, const Affine *Q, const Curve *c) {
    const Field *F = &c->p;
    limb t0[MAXN], t1[MAXN], t2[MAXN], t3[MAXN], t4[MAXN], X3[MAXN], Y3[MAXN], Z3[MAXN];
    FN(fe_mul)(t0, P->x, Q->x, F);
    FN(fe_mul)(t1, P->y, Q->y, F);
    FN(fe_add)(t3, Q->x, Q->y, F);
    FN(fe_add)(t4, P->x, P->y, F);
    FN(fe_mul)(t3, t3, t4, F);
    FN(fe_add)(t4, t0, t1, F);
    FN(fe_sub)(t3, t3, t4, F);
    FN(fe_mul)(t4, Q->y, P->z, F);
    FN(fe_add)(t4, t4, P->y, F);
    FN(fe_mul)(Y3, Q->x, P->z, F);
    FN(fe_add)(Y3, Y3, P->x, F);
    FN(fe_mul)(Z3, c->b, P->z, F);
    FN(fe_sub)(X3, Y3, Z3, F);
    FN(fe_add)(Z3, X3, X3, F);
    FN(fe_add)(X3, X3, Z3, F);
    FN(fe_sub)(Z3, t1, X3, F);
    FN(fe_add)(X3, t1, X3, F);
    FN(fe_mul)(Y3, c->b, Y3, F);
    FN(fe_add)(t1, P->z, P->z, F);
    FN(fe_add)(t2, t1, P->z, F);
    FN(fe_sub)(Y3, Y3, t2, F);
    FN(fe_sub)(Y3, Y3, t0, F);
    FN(fe_add)(t1, Y3, Y3, F);
    FN(fe_add)(Y3, t1, Y3, F);
    FN(fe_add)(t1, t0, t0, F);
    FN(fe_add)(t0, t1, t0, F);
    FN(fe_sub)(t0, t0, t2, F);
    FN(fe_mul)(t1, t4, Y3, F);
    FN(fe_mul)(t2, t0, Y3, F);
    FN(fe_mul)(Y3, X3, Z3, F);
    FN(fe_add)(Y3, Y3, t2, F);
    FN(fe_mul)(X3, t3, X3, F);
    FN(fe_sub)(X3, X3, t1, F);
    FN(fe_mul)(Z3, t4, Z3, F);
    FN(fe_mul)(t1, t3, t0, F);
    FN(fe_add)(Z3, Z3, t1, F);
    memcpy(R->x, X3, sizeof(limb) * N);
    memcpy(R->y, Y3, sizeof(limb) * N);
    memcpy(R->z, Z3, sizeof(limb) * N);
}

static void FN(point_infinity)(Point *R) {
    memset(R, 0, sizeof(Point));
    R->y[0] = 1;
}

/* k*G for a secret k (little-endian limbs): k in signed base-32 digits (-16..16), each window's
 * affine entry for |digit| picked by masked reads of every entry and negated by mask when the
 * digit is negative; one mixed addition per window, its result kept by mask unless the digit
 * is 0 (the same work whatever the digits) */
static void FN(base_mult)(Point *R, const limb *k, const Curve *c) {
    Point acc, sum;
    Affine pick;
    limb padded[MAXN + 1] = {0}, zero[MAXN] = {0}, negated[MAXN];
    memcpy(padded, k, sizeof(limb) * N);
    FN(point_infinity)(&acc);
    limb carry = 0;
    for (int i = 0; i < c->windows; i++) {
        int pos = i * COMB_BITS, word = pos / 64, off = pos % 64; /* public: the window's place */
        limb bits = padded[word] >> off;
        if (off > 64 - COMB_BITS) bits |= padded[word + 1] << (64 - off);
        limb v = (bits & ((1u << COMB_BITS) - 1)) + carry;          /* 0 .. 32 */
        carry = ((limb)(COMB_ENTRIES - 1) - v) >> 63;               /* 1 when v > 16 */
        limb magnitude = v - carry * (1u << COMB_BITS);             /* v or v - 32, two's complement */
        limb negative = (limb)0 - (magnitude >> 63);
        magnitude = (magnitude ^ negative) - negative;              /* |digit|, 0 .. 16 */
        memset(&pick, 0, sizeof(pick));
        const Affine *row = c->table + (size_t)i * COMB_ENTRIES;
        for (limb d = 1; d < COMB_ENTRIES; d++) {
            limb mask = (limb)0 - (limb)(((d ^ magnitude) - 1) >> 63); /* all ones when d == |digit| */
            for (int j = 0; j < N; j++) {
                pick.x[j] |= row[d].x[j] & mask;
                pick.y[j] |= row[d].y[j] & mask;
            }
        }
        FN(fe_sub)(negated, zero, pick.y, &c->p);
        for (int j = 0; j < N; j++) pick.y[j] = (negated[j] & negative) | (pick.y[j] & ~negative);
        FN(point_add_affine)(&sum, &acc, &pick, c);
        limb keep = (limb)0 - (limb)((magnitude - 1) >> 63); /* all ones when the digit is 0 */
        for (int j = 0; j < N; j++) {
            acc.x[j] = (acc.x[j] & keep) | (sum.x[j] & ~keep);
            acc.y[j] = (acc.y[j] & keep) | (sum.y[j] & ~keep);
            acc.z[j] = (acc.z[j] & keep) | (sum.z[j] & ~keep);
        }
    }
    *R = acc;
}

/* ---- Jacobian arithmetic for verification: public inputs, so special cases may branch ------ */

static int FN(fe_is_zero)(const limb *a, int n) { /* of a scalar, or a canonical field element */
    limb v = 0;
    for (int i = 0; i < n; i++) v |= a[i];
    return v == 0;
}

static int FN(fe_equals_zero)(const limb *a, const Field *F) {
    limb canonical[MAXN];
    FN(fe_canon)(canonical, a, F);
    return FN(fe_is_zero)(canonical, N);
}

static void FN(point_canon)(Point *P, const Field *F) {
    FN(fe_canon)(P->x, P->x, F);
    FN(fe_canon)(P->y, P->y, F);
    FN(fe_canon)(P->z, P->z, F);
}

/* a = -3: 3M + 5S (dbl-2001-b) */
static NOINLINE void FN(jac_double)(Point *R, const Point *P, const Field *F) {
    const int n = N;
    if (FN(fe_equals_zero)(P->z, F)) {
        *R = *P;
        return;
    }
    limb delta[MAXN], gamma[MAXN], beta[MAXN], alpha[MAXN], t0[MAXN], t1[MAXN], x3[MAXN], y3[MAXN], z3[MAXN];
    FN(fe_sqr)(delta, P->z, F);
    FN(fe_sqr)(gamma, P->y, F);
    FN(fe_mul)(beta, P->x, gamma, F);
    FN(fe_sub)(t0, P->x, delta, F);
    FN(fe_add)(t1, P->x, delta, F);
    FN(fe_mul)(alpha, t0, t1, F);
    FN(fe_add)(t0, alpha, alpha, F);
    FN(fe_add)(alpha, t0, alpha, F);          /* alpha = 3(x - delta)(x + delta) */
    FN(fe_sqr)(x3, alpha, F);
    FN(fe_add)(t0, beta, beta, F);
    FN(fe_add)(t0, t0, t0, F);                /* 4 beta */
    FN(fe_add)(t1, t0, t0, F);                /* 8 beta */
    FN(fe_sub)(x3, x3, t1, F);
    FN(fe_add)(t1, P->y, P->z, F);
    FN(fe_sqr)(z3, t1, F);
    FN(fe_sub)(z3, z3, gamma, F);
    FN(fe_sub)(z3, z3, delta, F);
    FN(fe_sub)(t0, t0, x3, F);
    FN(fe_mul)(y3, alpha, t0, F);
    FN(fe_sqr)(t1, gamma, F);
    FN(fe_add)(t1, t1, t1, F);
    FN(fe_add)(t1, t1, t1, F);
    FN(fe_add)(t1, t1, t1, F);                /* 8 gamma^2 */
    FN(fe_sub)(y3, y3, t1, F);
    memcpy(R->x, x3, sizeof(limb) * n);
    memcpy(R->y, y3, sizeof(limb) * n);
    memcpy(R->z, z3, sizeof(limb) * n);
}

/* general addition (add-2007-bl), with the cases P = Q, P = -Q and infinity */
static NOINLINE void FN(jac_add)(Point *R, const Point *P, const Point *Q, const Field *F) {
    const int n = N;
    if (FN(fe_equals_zero)(P->z, F)) {
        *R = *Q;
        return;
    }
    if (FN(fe_equals_zero)(Q->z, F)) {
        *R = *P;
        return;
    }
    limb z1z1[MAXN], z2z2[MAXN], u1[MAXN], u2[MAXN], s1[MAXN], s2[MAXN], h[MAXN], i[MAXN], j[MAXN], r[MAXN], v[MAXN];
    limb x3[MAXN], y3[MAXN], z3[MAXN], t[MAXN];
    FN(fe_sqr)(z1z1, P->z, F);
    FN(fe_sqr)(z2z2, Q->z, F);
    FN(fe_mul)(u1, P->x, z2z2, F);
    FN(fe_mul)(u2, Q->x, z1z1, F);
    FN(fe_mul)(t, Q->z, z2z2, F);
    FN(fe_mul)(s1, P->y, t, F);
    FN(fe_mul)(t, P->z, z1z1, F);
    FN(fe_mul)(s2, Q->y, t, F);
    FN(fe_sub)(h, u2, u1, F);
    FN(fe_sub)(r, s2, s1, F);
    if (FN(fe_equals_zero)(h, F)) {
        if (FN(fe_equals_zero)(r, F)) {
            FN(jac_double)(R, P, F);
        } else {
            memset(R, 0, sizeof(Point));
            R->x[0] = R->y[0] = 1;
        }
        return;
    }
    FN(fe_add)(i, h, h, F);
    FN(fe_sqr)(i, i, F);
    FN(fe_mul)(j, h, i, F);
    FN(fe_add)(r, r, r, F);
    FN(fe_mul)(v, u1, i, F);
    FN(fe_sqr)(x3, r, F);
    FN(fe_sub)(x3, x3, j, F);
    FN(fe_sub)(x3, x3, v, F);
    FN(fe_sub)(x3, x3, v, F);
    FN(fe_sub)(t, v, x3, F);
    FN(fe_mul)(y3, r, t, F);
    FN(fe_mul)(t, s1, j, F);
    FN(fe_add)(t, t, t, F);
    FN(fe_sub)(y3, y3, t, F);
    FN(fe_add)(t, P->z, Q->z, F);
    FN(fe_sqr)(t, t, F);
    FN(fe_sub)(t, t, z1z1, F);
    FN(fe_sub)(t, t, z2z2, F);
    FN(fe_mul)(z3, t, h, F);
    memcpy(R->x, x3, sizeof(limb) * n);
    memcpy(R->y, y3, sizeof(limb) * n);
    memcpy(R->z, z3, sizeof(limb) * n);
}

/* P + Q with Q affine (madd-2007-bl, 7M + 4S), with the cases P = Q, P = -Q and infinity */
static NOINLINE void FN(jac_add_affine)(Point *R, const Point *P, const Affine *Q, const Field *F) {
    if (FN(fe_equals_zero)(P->z, F)) {
        memcpy(R->x, Q->x, sizeof(limb) * N);
        memcpy(R->y, Q->y, sizeof(limb) * N);
        memset(R->z, 0, sizeof(R->z));
        R->z[0] = 1;
        return;
    }
    limb z1z1[MAXN], u2[MAXN], s2[MAXN], h[MAXN], hh[MAXN], i4[MAXN], j[MAXN], r[MAXN], v[MAXN], t[MAXN];
    limb x3[MAXN], y3[MAXN], z3[MAXN];
    FN(fe_sqr)(z1z1, P->z, F);
    FN(fe_mul)(u2, Q->x, z1z1, F);
    FN(fe_mul)(t, P->z, z1z1, F);
    FN(fe_mul)(s2, Q->y, t, F);
    FN(fe_sub)(h, u2, P->x, F);
    FN(fe_sub)(r, s2, P->y, F);
    if (FN(fe_equals_zero)(h, F)) {
        if (FN(fe_equals_zero)(r, F)) {
            FN(jac_double)(R, P, F);
        } else {
            memset(R, 0, sizeof(Point));
            R->x[0] = R->y[0] = 1;
        }
        return;
    }
    FN(fe_sqr)(hh, h, F);
    FN(fe_add)(i4, hh, hh, F);
    FN(fe_add)(i4, i4, i4, F);
    FN(fe_mul)(j, h, i4, F);
    FN(fe_add)(r, r, r, F);
    FN(fe_mul)(v, P->x, i4, F);
    FN(fe_sqr)(x3, r, F);
    FN(fe_sub)(x3, x3, j, F);
    FN(fe_sub)(x3, x3, v, F);
    FN(fe_sub)(x3, x3, v, F);
    FN(fe_sub)(t, v, x3, F);
    FN(fe_mul)(y3, r, t, F);
    FN(fe_mul)(t, P->y, j, F);
    FN(fe_add)(t, t, t, F);
    FN(fe_sub)(y3, y3, t, F);
    FN(fe_add)(t, P->z, h, F);
    FN(fe_sqr)(z3, t, F);
    FN(fe_sub)(z3, z3, z1z1, F);
    FN(fe_sub)(z3, z3, hh, F);
    memcpy(R->x, x3, sizeof(limb) * N);
    memcpy(R->y, y3, sizeof(limb) * N);
    memcpy(R->z, z3, sizeof(limb) * N);
}

static void FN(jac_table)(Point *table, const Point *P, const Field *F) {
    table[0] = *P;
    Point twice;
    FN(jac_double)(&twice, P, F);
    for (int d = 1; d < NAF_ENTRIES; d++) FN(jac_add)(&table[d], &table[d - 1], &twice, F); /* odd multiples */
}

/* width-w NAF digits of k (public): odd digits below 2^(w-1) in size; returns the length */
static int FN(wnaf)(int *digits, const limb *k, int n, int width) {
    limb v[MAXN + 1] = {0};
    memcpy(v, k, sizeof(limb) * n);
    int len = 0;
    while (!FN(fe_is_zero)(v, n + 1)) {
        int d = 0;
        if (v[0] & 1) {
            int window = 1 << width;
            d = (int)(v[0] & (limb)(window - 1));
            if (d > window / 2) d -= window;
            if (d > 0) { /* v -= d */
                unsigned char bw = subb(0, v[0], (limb)d, &v[0]);
                for (int j = 1; j <= n; j++) bw = subb(bw, v[j], 0, &v[j]);
            } else { /* v += -d */
                unsigned char cy = addc(0, v[0], (limb)(-d), &v[0]);
                for (int j = 1; j <= n; j++) cy = addc(cy, v[j], 0, &v[j]);
            }
        }
        digits[len++] = d;
        for (int j = 0; j < n; j++) v[j] = (v[j] >> 1) | (v[j + 1] << 63);
        v[n] >>= 1;
    }
    return len;
}

static void FN(jac_negate)(Point *R, const Point *P, const Field *F) {
    limb zero[MAXN] = {0};
    *R = *P;
    FN(fe_sub)(R->y, zero, P->y, F);
}


/* ---- what the Python methods run ---------------------------------------------------------- */

/* table[i * COMB_ENTRIES + d] = d * 32^i * G in affine form, d = 1 .. 16 (entry 0 unused);
 * computed projective, then made affine with one inversion for all (Montgomery's trick).
 * Returns -1 when memory runs out. */
static int FN(build_table)(Curve *self) {
    size_t count = (size_t)self->windows * COMB_ENTRIES;
    Point *points = GOST_ALLOC(sizeof(Point) * count);
    limb(*prefix)[MAXN] = GOST_ALLOC(sizeof(limb[MAXN]) * count);
    if (points == NULL || prefix == NULL) {
        GOST_FREE(points);
        GOST_FREE(prefix);
        return -1;
    }
    Point base = self->g;
    for (int i = 0; i < self->windows; i++) {
        Point *row = points + (size_t)i * COMB_ENTRIES;
        row[0] = self->g; /* a placeholder with Z = 1: never read by base_mult */
        row[1] = base;
        for (int d = 2; d < COMB_ENTRIES; d++) FN(point_add)(&row[d], &row[d - 1], &base, self);
        for (int s = 0; s < COMB_BITS; s++) FN(point_double)(&base, &base, self);
    }
    limb running[MAXN] = {1}, inverse[MAXN], zinv[MAXN];
    for (size_t i = 0; i < count; i++) {
        memcpy(prefix[i], running, sizeof(limb) * N);
        FN(fe_mul)(running, running, points[i].z, &self->p);
    }
    FN(fe_inverse)(inverse, running, &self->p);
    for (size_t i = count; i-- > 0;) {
        FN(fe_mul)(zinv, inverse, prefix[i], &self->p);
        FN(fe_mul)(inverse, inverse, points[i].z, &self->p);
        FN(fe_mul)(self->table[i].x, points[i].x, zinv, &self->p);
        FN(fe_mul)(self->table[i].y, points[i].y, zinv, &self->p);
        FN(fe_canon)(self->table[i].x, self->table[i].x, &self->p);
        FN(fe_canon)(self->table[i].y, self->table[i].y, &self->p);
    }
    GOST_FREE(points);
    GOST_FREE(prefix);
    /* the odd multiples 1, 3, .., 63 of G for verification (width-7 NAF), affine likewise */
    Point odd[G_NAF_ENTRIES], twice;
    limb zprefix[G_NAF_ENTRIES][MAXN];
    odd[0] = self->g;
    FN(jac_double)(&twice, &self->g, &self->p);
    for (int d = 1; d < G_NAF_ENTRIES; d++) FN(jac_add)(&odd[d], &odd[d - 1], &twice, &self->p);
    memset(running, 0, sizeof(running));
    running[0] = 1;
    for (int d = 0; d < G_NAF_ENTRIES; d++) {
        memcpy(zprefix[d], running, sizeof(limb) * N);
        FN(fe_mul)(running, running, odd[d].z, &self->p);
    }
    FN(fe_inverse)(inverse, running, &self->p);
    for (int d = G_NAF_ENTRIES; d-- > 0;) {
        limb z2[MAXN], z3[MAXN];
        FN(fe_mul)(zinv, inverse, zprefix[d], &self->p); /* 1/Z; Jacobian: x = X/Z^2, y = Y/Z^3 */
        FN(fe_mul)(inverse, inverse, odd[d].z, &self->p);
        FN(fe_sqr)(z2, zinv, &self->p);
        FN(fe_mul)(z3, z2, zinv, &self->p);
        FN(fe_mul)(self->g_odd[d].x, odd[d].x, z2, &self->p);
        FN(fe_mul)(self->g_odd[d].y, odd[d].y, z3, &self->p);
        FN(fe_canon)(self->g_odd[d].x, self->g_odd[d].x, &self->p);
        FN(fe_canon)(self->g_odd[d].y, self->g_odd[d].y, &self->p);
    }
    return 0;
}

/* r = x(kG) mod q, s = r*d + k*e mod q, in constant time */
static void FN(sign_core)(const Curve *self, const limb *d, const limb *e, const limb *k, limb *r, limb *s) {
    const int n = N;
    Point R;
    FN(base_mult)(&R, k, self);
    limb zinv[MAXN], x[MAXN];
    FN(fe_inverse)(zinv, R.z, &self->p);
    FN(fe_mul)(x, R.x, zinv, &self->p);
    FN(fe_canon)(x, x, &self->p);
    /* x < p < 2q: at most one subtraction of q, chosen by mask */
    unsigned char bw = 0;
    for (int j = 0; j < n; j++) bw = subb(bw, x[j], self->q.mod.m[j], &r[j]);
    limb keep_x = (limb)0 - (limb)bw;
    for (int j = 0; j < n; j++) r[j] = (x[j] & keep_x) | (r[j] & ~keep_x);
    limb rm[MAXN], dm[MAXN], km[MAXN], em[MAXN], s1[MAXN], s2[MAXN];
    FN(to_mont)(rm, r, &self->q);
    FN(to_mont)(dm, d, &self->q);
    FN(to_mont)(km, k, &self->q);
    FN(to_mont)(em, e, &self->q);
    FN(mont_mul)(s1, rm, dm, &self->q);
    FN(mont_mul)(s2, km, em, &self->q);
    FN(mod_add)(s, s1, s2, &self->q.mod);
    FN(from_mont)(s, s, &self->q);
    memset(dm, 0, sizeof(dm));
    memset(km, 0, sizeof(km));
    memset(&R, 0, sizeof(R));
}

/* k1*G + k2*Q (Jacobian) for public scalars: width-7 NAF over G's affine odd multiples, width-5
 * over Q's, one shared chain of doublings */
static void FN(shamir_core)(const Curve *self, const limb *k1, const limb *k2, const Point *Q, Point *acc) {
    const Field *F = &self->p;
    Point qtab[NAF_ENTRIES], neg;
    Affine gneg;
    limb zero[MAXN] = {0};
    FN(jac_table)(qtab, Q, F);
    int w1[64 * MAXN + 1], w2[64 * MAXN + 1];
    int len1 = FN(wnaf)(w1, k1, N, G_NAF_WIDTH), len2 = FN(wnaf)(w2, k2, N, 5);
    int len = len1 > len2 ? len1 : len2;
    memset(acc, 0, sizeof(Point));
    acc->x[0] = acc->y[0] = 1; /* infinity: z = 0 */
    for (int i = len - 1; i >= 0; i--) {
        FN(jac_double)(acc, acc, F);
        int d1 = i < len1 ? w1[i] : 0, d2 = i < len2 ? w2[i] : 0;
        if (d1 > 0) FN(jac_add_affine)(acc, acc, &self->g_odd[d1 / 2], F);
        if (d1 < 0) {
            memcpy(gneg.x, self->g_odd[-d1 / 2].x, sizeof(limb) * N);
            FN(fe_sub)(gneg.y, zero, self->g_odd[-d1 / 2].y, F);
            FN(jac_add_affine)(acc, acc, &gneg, F);
        }
        if (d2 > 0) FN(jac_add)(acc, acc, &qtab[d2 / 2], F);
        if (d2 < 0) {
            FN(jac_negate)(&neg, &qtab[-d2 / 2], F);
            FN(jac_add)(acc, acc, &neg, F);
        }
    }
}
