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
    oids = [digest, signature]
    if cert is not None:
        oids += [
            cert["tbs_certificate"]["subject_public_key_info"]["algorithm"]["algorithm"].dotted,
            cert["signature_algorithm"]["algorithm"].dotted,
        ]
    older_gost = next((oid for oid in oids if oid.startswith(OLDER_GOST_ARC)), "")
    if older_gost:
        return (
            f"an older NCA generation this version cannot check: the GOST family of 2011–2016 ({older_gost}); "
            "it is neither proven valid nor shown invalid"
        )
    if signature == SHA1_WITH_RSA or (digest == SHA1 and signature == RSA):
        return (
            "an older NCA generation this version cannot check: RSA with SHA-1; "
            "it is neither proven valid nor shown invalid"
        )
    return ""
