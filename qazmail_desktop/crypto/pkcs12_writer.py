"""Writing PKCS#12 containers, for the keys the demo PKI issues (never for a user's own key).

PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) for the key and the certificates, HMAC-SHA256 MAC:
what current tools write; ``pkcs12.open_container`` reads it like the NCA's legacy files.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from asn1crypto import algos, cms, core, keys, pkcs12, x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from .pkcs12 import pkcs12_kdf

ITERATIONS = 10_000


def _encrypt(data: bytes, password: str) -> tuple[algos.EncryptionAlgorithm, bytes]:
    salt, iv = os.urandom(16), os.urandom(16)
    key = PBKDF2HMAC(hashes.SHA256(), 32, salt, ITERATIONS).derive(password.encode("utf-8"))
    pad = 16 - len(data) % 16
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    ciphertext = enc.update(data + bytes([pad]) * pad) + enc.finalize()
    algorithm = algos.EncryptionAlgorithm(
        {
            "algorithm": "pbes2",
            "parameters": {
                "key_derivation_func": {
                    "algorithm": "pbkdf2",
                    "parameters": {
                        "salt": algos.Pbkdf2Salt({"specified": salt}),
                        "iteration_count": ITERATIONS,
                        "prf": {"algorithm": "sha256"},
                    },
                },
                "encryption_scheme": {"algorithm": "aes256_cbc", "parameters": iv},
            },
        }
    )
    return algorithm, ciphertext


def write_container(private_key: keys.PrivateKeyInfo, certificate: x509.Certificate, password: str, name: str) -> bytes:
    key_id = hashlib.sha1(certificate.dump()).digest()
    attrs = [{"type": "local_key_id", "values": [key_id]}, {"type": "friendly_name", "values": [name]}]
    algorithm, encrypted_key = _encrypt(private_key.dump(), password)
    key_bag = pkcs12.SafeBag(
        {
            "bag_id": "pkcs8_shrouded_key_bag",
            "bag_value": keys.EncryptedPrivateKeyInfo(
                {"encryption_algorithm": algorithm, "encrypted_data": encrypted_key}
            ),
            "bag_attributes": attrs,
        }
    )
    cert_bag = pkcs12.SafeBag(
        {
            "bag_id": "cert_bag",
            "bag_value": pkcs12.CertBag({"cert_id": "x509", "cert_value": certificate}),
            "bag_attributes": attrs,
        }
    )
    cert_algorithm, encrypted_certs = _encrypt(pkcs12.SafeContents([cert_bag]).dump(), password)
    safes = pkcs12.AuthenticatedSafe(
        [
            cms.ContentInfo({"content_type": "data", "content": pkcs12.SafeContents([key_bag]).dump()}),
            cms.ContentInfo(
                {
                    "content_type": "encrypted_data",
                    "content": cms.EncryptedData(
                        {
                            "version": "v0",
                            "encrypted_content_info": {
                                "content_type": "data",
                                "content_encryption_algorithm": cert_algorithm,
                                "encrypted_content": encrypted_certs,
                            },
                        }
                    ),
                }
            ),
        ]
    )
    content = safes.dump()
    salt = os.urandom(16)
    mac_key = pkcs12_kdf("sha256", password.encode("utf-16-be") + b"\x00\x00", salt, ITERATIONS, 3, 32)
    pfx = pkcs12.Pfx(
        {
            "version": "v3",
            "auth_safe": {"content_type": "data", "content": core.OctetString(content)},
            "mac_data": {
                "mac": {
                    "digest_algorithm": {"algorithm": "sha256"},
                    "digest": hmac.new(mac_key, content, hashlib.sha256).digest(),
                },
                "mac_salt": salt,
                "iterations": ITERATIONS,
            },
        }
    )
    return bytes(pfx.dump())
