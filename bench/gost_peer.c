/* The in-process peer of the GOST benchmark: OpenSSL's GOST engine signing and verifying a
 * Streebog digest with a GOST 2012-512 (paramset A) or GOST 2001 (CryptoPro A) key in a loop,
 * without any process start-up, so that the ratio compares arithmetic with arithmetic.
 *   gost_peer N [2012|2001]   ->   prints "<signs per second> <verifies per second>"
 * Built by bench/runner.py with: cc -O2 gost_peer.c -lcrypto
 */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/engine.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int fail(const char *what) {
    fprintf(stderr, "gost_peer: %s failed\n", what);
    ERR_print_errors_fp(stderr);
    return 2;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 1000;
    int legacy = argc > 2 && argv[2][0] == '2' && argv[2][2] == '0' && argv[2][3] == '1'; /* "2001" */
    int nid = legacy ? NID_id_GostR3410_2001 : NID_id_GostR3410_2012_512;
    size_t digest_size = legacy ? 32 : 64;
    ENGINE *e = ENGINE_by_id("gost");
    if (e == NULL || !ENGINE_init(e) || !ENGINE_set_default(e, ENGINE_METHOD_ALL)) return fail("loading the gost engine");
    EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(nid, e);
    EVP_PKEY *key = NULL;
    if (kctx == NULL || EVP_PKEY_keygen_init(kctx) <= 0 || EVP_PKEY_CTX_ctrl_str(kctx, "paramset", "A") <= 0 ||
        EVP_PKEY_keygen(kctx, &key) <= 0)
        return fail("key generation");
    unsigned char digest[64], sig[128];
    for (int i = 0; i < 64; i++) digest[i] = (unsigned char)(i * 37 + 11);
    size_t siglen = sizeof(sig);
    EVP_PKEY_CTX *sctx = EVP_PKEY_CTX_new(key, e), *vctx = EVP_PKEY_CTX_new(key, e);
    if (sctx == NULL || vctx == NULL || EVP_PKEY_sign_init(sctx) <= 0 || EVP_PKEY_verify_init(vctx) <= 0)
        return fail("context set-up");
    double t0 = now();
    for (int i = 0; i < n; i++) {
        siglen = sizeof(sig);
        if (EVP_PKEY_sign(sctx, sig, &siglen, digest, digest_size) <= 0) return fail("signing");
    }
    double t1 = now();
    for (int i = 0; i < n; i++)
        if (EVP_PKEY_verify(vctx, sig, siglen, digest, digest_size) != 1) return fail("verification");
    double t2 = now();
    printf("%.1f %.1f\n", n / (t1 - t0), n / (t2 - t1));
    return 0;
}
