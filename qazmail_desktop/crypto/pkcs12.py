"""Reading PKCS#12 key containers as the NCA issues them.

NCA files use the legacy PBEs (pbeWithSHAAnd3-KeyTripleDES-CBC for the key,
pbeWithSHAAnd40BitRC2-CBC for the certificates) and carry GOST keys that OpenSSL cannot
parse, so the container is opened here: the MAC is checked first (a mismatch means a wrong
password), then each bag is decrypted in memory. Nothing is ever written to disk.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from asn1crypto import algos, keys, pkcs12, x509
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from .errors import ASN1_ERRORS, KeyFileError, UnsupportedAlgorithmError, WrongPasswordError

# Iteration counts a key file may ask for. NCA files use 2,048, OpenSSL 2,048, PBES2 tools up to
# 600,000; a file asking for ten million took 22 s to open (the PKCS#12 KDF runs in Python here).
_MAX_ITERATIONS = 100_000  # PKCS#12 KDF (the MAC and the old PBEs)
_MAX_PBKDF2_ITERATIONS = 2_000_000  # PBKDF2 (PBES2) runs in C
_HASHES = {"sha1": (hashlib.sha1, 64), "sha256": (hashlib.sha256, 64), "sha512": (hashlib.sha512, 128)}
_KEY_ID, _IV_ID, _MAC_ID = 1, 2, 3


@dataclass(frozen=True)
class KeyBag:
    """What a container holds: private keys (PKCS#8 DER) and certificates, matched by localKeyID."""

    private_keys: list[tuple[bytes | None, keys.PrivateKeyInfo]]
    certificates: list[tuple[bytes | None, x509.Certificate]]


def _bmp_password(password: str) -> bytes:
    return password.encode("utf-16-be") + b"\x00\x00" if password else b""


def _too_many(iterations: int, limit: int) -> str:
    return (
        f"the key file asks for {iterations:,} rounds of password hashing; at most {limit:,} are accepted "
        "(NCA keys use 2,048): a file made this way would stall the program"
    )


def pkcs12_kdf(hash_name: str, password: bytes, salt: bytes, iterations: int, purpose: int, size: int) -> bytes:
    """RFC 7292 appendix B key derivation (used for the legacy PBEs and the MAC key)."""
    hash_fn, v = _HASHES[hash_name]
    d = bytes([purpose]) * v

    def stretch(data: bytes) -> bytes:
        if not data:
            return b""
        length = v * ((len(data) + v - 1) // v)
        return (data * (length // len(data) + 1))[:length]

    i_buf = bytearray(stretch(salt) + stretch(password))
    out = b""
    while len(out) < size:
        a = hash_fn(d + bytes(i_buf)).digest()
        for _ in range(iterations - 1):
            a = hash_fn(a).digest()
        out += a
        b = int.from_bytes((a * (v // len(a) + 1))[:v], "big")
        for j in range(0, len(i_buf), v):
            block = (int.from_bytes(i_buf[j : j + v], "big") + b + 1) % (1 << (8 * v))
            i_buf[j : j + v] = block.to_bytes(v, "big")
    return out[:size]


def _unpad(data: bytes, block: int) -> bytes:
    pad = data[-1] if data else 0
    if not 1 <= pad <= block or data[-pad:] != bytes([pad]) * pad:
        raise WrongPasswordError("decryption failed (bad padding)")
    return data[:-pad]


def _decrypt(algorithm: algos.EncryptionAlgorithm, data: bytes, password: str) -> bytes:
    name = algorithm["algorithm"].native
    if name == "pbes2":
        return _decrypt_pbes2(algorithm["parameters"], data, password)
    params = algorithm["parameters"]
    salt, iterations = params["salt"].native, params["iterations"].native
    if not 1 <= iterations <= _MAX_ITERATIONS:
        raise KeyFileError(_too_many(iterations, _MAX_ITERATIONS))
    pw = _bmp_password(password)
    if name == "pkcs12_sha1_tripledes_3key":
        key = pkcs12_kdf("sha1", pw, salt, iterations, _KEY_ID, 24)
        iv = pkcs12_kdf("sha1", pw, salt, iterations, _IV_ID, 8)
        dec = Cipher(TripleDES(key), modes.CBC(iv)).decryptor()
        return _unpad(dec.update(data) + dec.finalize(), 8)
    if name in ("pkcs12_sha1_rc2_40", "pkcs12_sha1_rc2_128"):
        size = 5 if name.endswith("_40") else 16
        key = pkcs12_kdf("sha1", pw, salt, iterations, _KEY_ID, size)
        iv = pkcs12_kdf("sha1", pw, salt, iterations, _IV_ID, 8)
        from Cryptodome.Cipher import ARC2  # only old containers use RC2; loading it (and cffi) takes about 30 ms

        rc2 = ARC2.new(key, ARC2.MODE_CBC, iv=iv, effective_keylen=size * 8)  # type: ignore[call-arg]  # stubs lag
        return _unpad(rc2.decrypt(data), 8)
    raise UnsupportedAlgorithmError(f"unsupported key-container encryption {name}")


def _decrypt_pbes2(params: algos.Pbes2Params, data: bytes, password: str) -> bytes:
    kdf = params["key_derivation_func"]
    if kdf["algorithm"].native != "pbkdf2":
        raise UnsupportedAlgorithmError(f"unsupported PBES2 key derivation {kdf['algorithm'].native}")
    kdf_params = kdf["parameters"]
    scheme = params["encryption_scheme"]
    cipher_name = scheme["algorithm"].native
    key_sizes = {"aes128_cbc": 16, "aes192_cbc": 24, "aes256_cbc": 32}
    if cipher_name not in key_sizes:
        raise UnsupportedAlgorithmError(f"unsupported PBES2 cipher {cipher_name}")
    prf = kdf_params["prf"]["algorithm"].native.replace("hmac_", "")
    prf_hashes = {"sha1": hashes.SHA1(), "sha256": hashes.SHA256(), "sha512": hashes.SHA512()}
    if prf not in prf_hashes:
        raise UnsupportedAlgorithmError(f"unsupported PBKDF2 PRF {prf}")
    iterations = kdf_params["iteration_count"].native
    if not 1 <= iterations <= _MAX_PBKDF2_ITERATIONS:
        raise KeyFileError(_too_many(iterations, _MAX_PBKDF2_ITERATIONS))
    key = PBKDF2HMAC(prf_hashes[prf], key_sizes[cipher_name], kdf_params["salt"].native, iterations).derive(
        password.encode("utf-8")
    )
    dec = Cipher(algorithms.AES(key), modes.CBC(scheme["parameters"].native)).decryptor()
    return _unpad(dec.update(data) + dec.finalize(), 16)


def _check_mac(pfx: pkcs12.Pfx, password: str) -> None:
    mac_data = pfx["mac_data"]
    if not mac_data:
        return
    hash_name = mac_data["mac"]["digest_algorithm"]["algorithm"].native
    if hash_name not in _HASHES:
        raise UnsupportedAlgorithmError(f"unsupported container MAC {hash_name}")
    hash_fn, _ = _HASHES[hash_name]
    iterations = mac_data["iterations"].native
    if not 1 <= iterations <= _MAX_ITERATIONS:
        raise KeyFileError(_too_many(iterations, _MAX_ITERATIONS))
    content = pfx["auth_safe"]["content"].native
    expected = mac_data["mac"]["digest"].native
    size = hash_fn().digest_size
    for pw in {_bmp_password(password), password.encode("utf-8") + b"\x00\x00"}:
        key = pkcs12_kdf(hash_name, pw, mac_data["mac_salt"].native, iterations, _MAC_ID, size)
        if hmac.compare_digest(hmac.new(key, content, hash_fn).digest(), expected):
            return
    raise WrongPasswordError("the MAC does not match")


def _local_key_id(bag: pkcs12.SafeBag) -> bytes | None:
    for attr in bag["bag_attributes"]:
        if attr["type"].native == "local_key_id":
            return bytes(attr["values"][0].native)
    return None


def _collect(bags: pkcs12.SafeContents, password: str, out: KeyBag) -> None:
    for bag in bags:
        kind = bag["bag_id"].native
        value = bag["bag_value"]
        key_id = _local_key_id(bag)
        if kind == "pkcs8_shrouded_key_bag":
            plain = _decrypt(value["encryption_algorithm"], value["encrypted_data"].native, password)
            out.private_keys.append((key_id, keys.PrivateKeyInfo.load(plain)))
        elif kind == "key_bag":
            out.private_keys.append((key_id, value))
        elif kind == "cert_bag" and value["cert_id"].native == "x509":
            out.certificates.append((key_id, x509.Certificate.load(value["cert_value"].parsed.dump())))
        elif kind == "safe_contents":
            _collect(value, password, out)


def open_container(data: bytes, password: str) -> KeyBag:
    """Decrypt a PKCS#12 file's bags; raises WrongPasswordError or KeyFileError."""
    try:
        pfx = pkcs12.Pfx.load(data)
        pfx.native  # noqa: B018 - parse everything now so corruption surfaces here as one error
    except ASN1_ERRORS as exc:
        raise KeyFileError("not a PKCS#12 key file (.p12, as the NCA issues them)") from exc
    _check_mac(pfx, password)
    out = KeyBag([], [])
    try:
        for info in pfx.authenticated_safe:
            kind = info["content_type"].native
            if kind == "data":
                _collect(pkcs12.SafeContents.load(info["content"].native), password, out)
            elif kind == "encrypted_data":
                enc = info["content"]["encrypted_content_info"]
                plain = _decrypt(enc["content_encryption_algorithm"], enc["encrypted_content"].native, password)
                _collect(pkcs12.SafeContents.load(plain), password, out)
            else:
                raise UnsupportedAlgorithmError(f"unsupported PKCS#12 safe of type {kind}")
    except ASN1_ERRORS as exc:
        raise KeyFileError(f"corrupt PKCS#12 content ({exc})") from exc
    return out


__all__ = ["KeyBag", "open_container", "pkcs12_kdf"]
