"""An independent check of the NCA GOST layout, with the gostcrypto package (not our code).

gostcrypto reads digests, keys and signatures big-endian; the NCA writes them little-endian.
These helpers convert and let gostcrypto compute both the Streebog digest and the verdict.
"""

from __future__ import annotations

import gostcrypto.gosthash as ghash
import gostcrypto.gostsignature as gsig
from asn1crypto import cms as asn1_cms

from qazmail_desktop.crypto import certificates

_CURVE = gsig.CURVES_R_1323565_1_024_2019["id-tc26-gost-3410-12-512-paramSetA"]


def streebog512(data: bytes) -> bytes:
    h = ghash.new("streebog512", data=bytearray(data))
    return bytes(h.digest())


def verify_nca(public_xy_le: bytes, data: bytes, signature_r_s_le: bytes) -> bool:
    """True when ``signature`` (NCA r||s, little-endian) is valid over ``data`` for the key x||y (LE)."""
    signer = gsig.new(gsig.MODE_512, _CURVE)
    x, y = public_xy_le[:64][::-1], public_xy_le[64:][::-1]
    r, s = signature_r_s_le[:64][::-1], signature_r_s_le[64:][::-1]
    digest_be = streebog512(data)[::-1]
    return bool(signer.verify(bytearray(x + y), bytearray(digest_be), bytearray(r + s)))


def sign_nca(private_le: bytes, data: bytes) -> bytes:
    """An NCA-layout signature made by gostcrypto."""
    signer = gsig.new(gsig.MODE_512, _CURVE)
    digest_be = streebog512(data)[::-1]
    sig = bytes(signer.sign(bytearray(private_le[::-1]), bytearray(digest_be)))
    return sig[:64][::-1] + sig[64:][::-1]


def public_key_le(private_le: bytes) -> bytes:
    signer = gsig.new(gsig.MODE_512, _CURVE)
    pub = bytes(signer.public_key_generate(bytearray(private_le[::-1])))
    return pub[:64][::-1] + pub[64:][::-1]


def check_cms(cms_der: bytes, document: bytes) -> None:
    """gostcrypto (not our code) checks each signer's digest attribute against ``document`` and the
    signature over the attributes (the certificate's point is read by our parser)."""
    signed = asn1_cms.ContentInfo.load(cms_der)["content"]
    for signer in signed["signer_infos"]:
        attrs = signer["signed_attrs"]
        digest = next(a["values"][0].native for a in attrs if a["type"].native == "message_digest")
        assert digest == streebog512(document)
        cert = signed["certificates"][0].chosen
        key = certificates.public_key(cert)
        assert isinstance(key, certificates.GostPublicKey)
        public = key.point[0].to_bytes(64, "little") + key.point[1].to_bytes(64, "little")
        assert verify_nca(public, b"\x31" + attrs.dump()[1:], signer["signature"].native)
