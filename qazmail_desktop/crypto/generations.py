"""Signatures of NCA generations this version cannot check, named for what they are.

Kazakhstan's first national CA (НУЦ РК, 2011–2016) signed with a GOST family of its own, under the
Gamma Technologies arc 1.3.6.1.4.1.6801 (GOST 34.311-95 hashing and the GOST 34.310 signatures of
that era: neither GOST 34.310-2004 as NCA keys since 2015 carry it, nor GOST 34.10-2015), and with
RSA over SHA-1. QazMail implements neither. Such a signature is not "invalid" or "modified": its
verdict says which generation it is and that this version cannot check it, so a reader of an old
archive is neither alarmed nor reassured.
"""

from __future__ import annotations

from asn1crypto import cms, x509

OLDER_GOST_ARC = "1.3.6.1.4.1.6801."
SHA1 = "1.3.14.3.2.26"
SHA1_WITH_RSA = "1.2.840.113549.1.1.5"
RSA = "1.2.840.113549.1.1.1"


def older_generation(signer: cms.SignerInfo, cert: x509.Certificate | None) -> str:
    """Why the signature belongs to an older NCA generation this version cannot check, or "".
    The GOST family shows in the signer's algorithms or its certificate's; RSA with SHA-1 in the
    signer's own (a current signature under an old CA's certificate is checked as any other)."""
    digest = signer["digest_algorithm"]["algorithm"].dotted
    signature = signer["signature_algorithm"]["algorithm"].dotted
    why = _older_gost([digest, signature, *(_certificate_algorithms(cert) if cert is not None else [])])
    if why:
        return why
    if signature == SHA1_WITH_RSA or (digest == SHA1 and signature == RSA):
        return (
            "an older NCA generation this version cannot check: RSA with SHA-1; "
            "it is neither proven valid nor shown invalid"
        )
    return ""


def older_certificate(cert: x509.Certificate) -> str:
    """Why a signature by ``cert`` (an XML signature's: its algorithms are the certificate's) belongs
    to the older GOST generation this version cannot check, or ""."""
    return _older_gost(_certificate_algorithms(cert))


def _certificate_algorithms(cert: x509.Certificate) -> list[str]:
    return [
        cert["tbs_certificate"]["subject_public_key_info"]["algorithm"]["algorithm"].dotted,
        cert["signature_algorithm"]["algorithm"].dotted,
    ]


def _older_gost(algorithms: list[str]) -> str:
    older_gost = next((oid for oid in algorithms if oid.startswith(OLDER_GOST_ARC)), "")
    if not older_gost:
        return ""
    return (
        f"an older NCA generation this version cannot check: the GOST family of 2011–2016 ({older_gost}); "
        "it is neither proven valid nor shown invalid"
    )
