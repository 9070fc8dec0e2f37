/* Known-answer tests of the GOST 34.10 arithmetic exactly as the extension compiles it
 * (qazmail_desktop/crypto/_gost3410_curve.h), without Python: so the code can be built by other
 * compilers and for other systems (MinGW-w64 for Windows, run under Wine; tcc, which has no
 * 128-bit integer) and checked there. tests/test_native_builds.py writes the vectors and runs it.
 *
 * Vectors come on standard input, one per line, numbers in big-endian hex:
 *   curve N P C Q Q_R2 Q_ONE Q_INV B GX GY   the curve the next lines use (as gost3410.py gives it)
 *   pub D X Y                                D*G = (X, Y)
 *   sign D E K R S                           the signature with nonce K over E is (R, S)
 *   verify Z1 Z2 QX QY R EXPECT              x(Z1*G + Z2*Q) mod q = R, EXPECT 1; or not, EXPECT 0
 *   repeat TIMES                             the next vector is computed TIMES times, and the time
 *                                            it took printed: "seconds KIND TIMES SECONDS" (bench/)
 * Prints "limbs NAME", then "ok COUNT" and exits 0, or names each failing line and exits 1. */
#include <stdio.h>
#include <time.h>

#include "_gost3410_curve.h"

#define LINE_MAX_CHARS 4096

static int parse_hex(const char *text, limb *out, int n) {
    size_t len = strlen(text);
    if (len == 0 || len > (size_t)16 * n) return -1;
    memset(out, 0, sizeof(limb) * MAXN);
    for (size_t i = 0; i < len; i++) {
        char ch = text[len - 1 - i];
        limb v;
        if (ch >= '0' && ch <= '9') v = (limb)(ch - '0');
        else if (ch >= 'a' && ch <= 'f') v = (limb)(ch - 'a' + 10);
        else if (ch >= 'A' && ch <= 'F') v = (limb)(ch - 'A' + 10);
        else return -1;
        out[i / 16] |= v << (4 * (i % 16));
    }
    return 0;
}

static int equal(const limb *a, const limb *b, int n) {
    limb diff = 0;
    for (int i = 0; i < n; i++) diff |= a[i] ^ b[i];
    return diff == 0;
}

/* the affine x of a point with x = X/Z^power (1: projective, 2: Jacobian), and y = Y/Z^(power+1)
 * when y is wanted */
static void to_affine(const Curve *c, const Point *P, int power, limb *x, limb *y) {
    limb zinv[MAXN], zz[MAXN], zzz[MAXN];
    if (c->p.mod.n == 8) {
        fe_inverse_8(zinv, P->z, &c->p);
        if (power == 1) {
            fe_mul_8(x, P->x, zinv, &c->p);
            if (y) fe_mul_8(y, P->y, zinv, &c->p);
        } else {
            fe_sqr_8(zz, zinv, &c->p);
            fe_mul_8(zzz, zz, zinv, &c->p);
            fe_mul_8(x, P->x, zz, &c->p);
            if (y) fe_mul_8(y, P->y, zzz, &c->p);
        }
        fe_canon_8(x, x, &c->p);
        if (y) fe_canon_8(y, y, &c->p);
    } else {
        fe_inverse_4(zinv, P->z, &c->p);
        if (power == 1) {
            fe_mul_4(x, P->x, zinv, &c->p);
            if (y) fe_mul_4(y, P->y, zinv, &c->p);
        } else {
            fe_sqr_4(zz, zinv, &c->p);
            fe_mul_4(zzz, zz, zinv, &c->p);
            fe_mul_4(x, P->x, zz, &c->p);
            if (y) fe_mul_4(y, P->y, zzz, &c->p);
        }
        fe_canon_4(x, x, &c->p);
        if (y) fe_canon_4(y, y, &c->p);
    }
}

/* x mod q for a canonical x < p < 2q (public: a branch is fine) */
static void reduce_q(const Curve *c, const limb *x, limb *out) {
    int n = c->p.mod.n;
    limb d[MAXN];
    unsigned char bw = 0;
    for (int i = 0; i < n; i++) bw = subb(bw, x[i], c->q.mod.m[i], &d[i]);
    memcpy(out, bw ? x : d, sizeof(limb) * n);
}

/* one vector: "pub" (3 numbers), "sign" (5) or "verify" (6); whether its answer is the known one */
static int check(const Curve *curve, int args, limb v[][MAXN]) {
    int n = curve->p.mod.n;
    if (args == 3) {
        Point R;
        limb x[MAXN], y[MAXN];
        if (n == 8) base_mult_8(&R, v[0], curve);
        else base_mult_4(&R, v[0], curve);
        to_affine(curve, &R, 1, x, y);
        return equal(x, v[1], n) && equal(y, v[2], n);
    }
    if (args == 5) {
        limb r[MAXN], s[MAXN];
        if (n == 8) sign_core_8(curve, v[0], v[1], v[2], r, s);
        else sign_core_4(curve, v[0], v[1], v[2], r, s);
        return equal(r, v[3], n) && equal(s, v[4], n);
    }
    Point Q, acc;
    limb x[MAXN], xq[MAXN];
    memcpy(Q.x, v[2], sizeof(Q.x));
    memcpy(Q.y, v[3], sizeof(Q.y));
    memset(Q.z, 0, sizeof(Q.z));
    Q.z[0] = 1;
    if (n == 8) shamir_core_8(curve, v[0], v[1], &Q, &acc);
    else shamir_core_4(curve, v[0], v[1], &Q, &acc);
    to_affine(curve, &acc, 2, x, NULL);
    reduce_q(curve, x, xq);
    return equal(xq, v[4], n) == (v[5][0] == 1);
}

int main(void) {
    static char line[LINE_MAX_CHARS];
    char *fields[16];
    Curve curve;
    memset(&curve, 0, sizeof(curve));
    int have_curve = 0, lineno = 0, count = 0, failures = 0;
    long times = 1;
    printf("limbs %s\n", GOST_LIMBS_NAME);
    while (fgets(line, sizeof(line), stdin)) {
        lineno++;
        int nf = 0;
        for (char *tok = strtok(line, " \t\r\n"); tok && nf < 16; tok = strtok(NULL, " \t\r\n")) fields[nf++] = tok;
        if (nf == 0) continue;
        int n = curve.p.mod.n;
        limb v[10][MAXN];
        if (strcmp(fields[0], "curve") == 0 && nf == 11) {
            n = atoi(fields[1]);
            if (n != 4 && n != 8) goto bad;
            for (int i = 0; i < 9; i++)
                if (parse_hex(fields[2 + i], v[i], n) < 0) goto bad;
            curve.p.mod.n = curve.q.mod.n = n;
            memcpy(curve.p.mod.m, v[0], sizeof(v[0]));
            curve.p.c = v[1][0];
            memcpy(curve.q.mod.m, v[2], sizeof(v[2]));
            memcpy(curve.q.r2, v[3], sizeof(v[3]));
            memcpy(curve.q.one, v[4], sizeof(v[4]));
            curve.q.minv = v[5][0];
            memcpy(curve.b, v[6], sizeof(v[6]));
            memcpy(curve.g.x, v[7], sizeof(v[7]));
            memcpy(curve.g.y, v[8], sizeof(v[8]));
            memset(curve.g.z, 0, sizeof(curve.g.z));
            curve.g.z[0] = 1;
            if (curve_build(&curve) < 0) {
                printf("line %d: out of memory\n", lineno);
                return 2;
            }
            have_curve = 1;
            continue;
        }
        if (strcmp(fields[0], "repeat") == 0 && nf == 2) {
            times = atol(fields[1]);
            if (times < 1) goto bad;
            continue;
        }
        if (!have_curve) goto bad;
        int args = strcmp(fields[0], "pub") == 0 ? 3 : strcmp(fields[0], "sign") == 0 ? 5 : strcmp(fields[0], "verify") == 0 ? 6 : -1;
        if (args < 0 || nf != args + 1) goto bad;
        for (int i = 0; i < args; i++)
            if (parse_hex(fields[1 + i], v[i], n) < 0) goto bad;
        int ok = 1;
        clock_t started = clock(); /* processor time here, wall time on Windows: either fits one busy thread */
        for (long round = 0; round < times; round++) ok = check(&curve, args, v);
        if (times > 1) printf("seconds %s %ld %.6f\n", fields[0], times, (double)(clock() - started) / CLOCKS_PER_SEC);
        times = 1;
        count++;
        if (!ok) {
            printf("FAIL line %d: %s\n", lineno, fields[0]);
            failures++;
        }
        continue;
    bad:
        printf("line %d: not a vector\n", lineno);
        return 2;
    }
    curve_free(&curve);
    if (failures) return 1;
    printf("ok %d\n", count);
    return 0;
}
