/* The three operations on 64-bit limbs the GOST 34.10 arithmetic is written in: add with carry,
 * subtract with borrow, and multiply-accumulate a*b + t + carry (which always fits 128 bits).
 *
 * Three ways to do them, chosen by the compiler at hand (or forced with -DGOST_LIMBS=...):
 *   GOST_LIMBS_INT128      GCC and Clang on 64-bit targets: unsigned __int128, and on x86-64 the
 *                          carry-chain intrinsics (adc/sbb);
 *   GOST_LIMBS_X64_INTRIN  MSVC on x64, which has no 128-bit integer type: _umul128 and
 *                          _addcarry_u64/_subborrow_u64 from <intrin.h> (MinGW-w64 has them too,
 *                          which is how the tests build this path on Linux and run it under Wine);
 *   GOST_LIMBS_PORTABLE    any C99 compiler: 32x32->64 partial products, carries by comparison.
 * All three are constant time for the same inputs: no branch and no table index depends on a
 * value. GOST_LIMBS_NAME says which was built; the extension reports it as LIMBS. */
#ifndef GOST3410_LIMBS_H
#define GOST3410_LIMBS_H

#include <stdint.h>

typedef uint64_t limb;

#define GOST_LIMBS_INT128 1
#define GOST_LIMBS_X64_INTRIN 2
#define GOST_LIMBS_PORTABLE 3

#ifndef GOST_LIMBS
#if defined(__SIZEOF_INT128__)
#define GOST_LIMBS GOST_LIMBS_INT128
#elif defined(_MSC_VER) && defined(_M_X64)
#define GOST_LIMBS GOST_LIMBS_X64_INTRIN
#else
#define GOST_LIMBS GOST_LIMBS_PORTABLE
#endif
#endif

#if GOST_LIMBS == GOST_LIMBS_INT128
#define GOST_LIMBS_NAME "int128"
typedef unsigned __int128 u128;
#if defined(__x86_64__)
#include <x86intrin.h>
#define GOST_CARRY_INSTRUCTIONS 1
#endif
#elif GOST_LIMBS == GOST_LIMBS_X64_INTRIN
#define GOST_LIMBS_NAME "x64-intrinsics"
#include <intrin.h>
#define GOST_CARRY_INSTRUCTIONS 1
#elif GOST_LIMBS == GOST_LIMBS_PORTABLE
#define GOST_LIMBS_NAME "portable"
#else
#error "GOST_LIMBS must be GOST_LIMBS_INT128, GOST_LIMBS_X64_INTRIN or GOST_LIMBS_PORTABLE"
#endif

/* ---- add with carry, subtract with borrow -------------------------------------------------- */
#if defined(GOST_CARRY_INSTRUCTIONS) /* adc and sbb, as intrinsics */
static inline unsigned char addc(unsigned char c, limb a, limb b, limb *out) {
    unsigned long long o;
    c = _addcarry_u64(c, a, b, &o);
    *out = o;
    return c;
}
static inline unsigned char subb(unsigned char c, limb a, limb b, limb *out) {
    unsigned long long o;
    c = _subborrow_u64(c, a, b, &o);
    *out = o;
    return c;
}
#elif GOST_LIMBS == GOST_LIMBS_INT128
static inline unsigned char addc(unsigned char c, limb a, limb b, limb *out) {
    u128 s = (u128)a + b + c;
    *out = (limb)s;
    return (unsigned char)(s >> 64);
}
static inline unsigned char subb(unsigned char c, limb a, limb b, limb *out) {
    u128 d = (u128)a - b - c;
    *out = (limb)d;
    return (unsigned char)((d >> 64) & 1);
}
#else
static inline unsigned char addc(unsigned char c, limb a, limb b, limb *out) {
    limb s = a + b, r = s + c;
    *out = r;
    return (unsigned char)((s < a) | (r < s));
}
static inline unsigned char subb(unsigned char c, limb a, limb b, limb *out) {
    limb d = a - b, r = d - c;
    *out = r;
    return (unsigned char)((a < b) | (d < (limb)c));
}
#endif

/* ---- multiply-accumulate: a*b + t + carry, which fits 128 bits ------------------------------- */
#if GOST_LIMBS == GOST_LIMBS_INT128
static inline limb mac(limb a, limb b, limb t, limb *carry) {
    u128 v = (u128)a * b + t + *carry;
    *carry = (limb)(v >> 64);
    return (limb)v;
}
#else
/* the 128-bit product: _umul128 on x64, else from 32x32->64 partial products */
static inline limb mul_wide(limb a, limb b, limb *hi) {
#if GOST_LIMBS == GOST_LIMBS_X64_INTRIN
    unsigned long long high;
    limb low = _umul128(a, b, &high);
    *hi = high;
    return low;
#else
    limb a0 = a & 0xffffffffu, a1 = a >> 32, b0 = b & 0xffffffffu, b1 = b >> 32;
    limb p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    limb mid = (p00 >> 32) + (p01 & 0xffffffffu) + (p10 & 0xffffffffu); /* < 3 * 2^32 */
    *hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
    return (mid << 32) | (p00 & 0xffffffffu);
#endif
}
/* The carries by comparison: compilers turn them into adc; chained _addcarry_u64 calls here were
 * 15-20% slower (bench/RESULTS.md, issue 31). a*b <= (2^64-1)^2 leaves room in hi for both. */
static inline limb mac(limb a, limb b, limb t, limb *carry) {
    limb hi, lo = mul_wide(a, b, &hi);
    lo += t;
    hi += lo < t;
    lo += *carry;
    hi += lo < *carry;
    *carry = hi;
    return lo;
}
#endif

#endif
