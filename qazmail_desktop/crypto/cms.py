"""Making CMS (CAdES-BES) signatures the way Kalkan makes them, and adding co-signatures.

Signed attributes are contentType, signingTime, signingCertificateV2 (SHA-256 of the
certificate) and messageDigest, DER-sorted; the signer is named by issuer and serial; the
certificate is included. Attached CMS carries the document, detached CMS only its digest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence

from asn1crypto import algos, cms, core, tsp, x509
from asn1crypto import parser as asn1_parser

from . import certificates, digests
from .content import Content
from .errors import ASN1_ERRORS, MalformedDataError
from .evidence import EvidenceRequester, revocation_values
from .keys import SigningKey

assert tsp  # the import registers signing_certificate_v2 and time_stamp_token with asn1crypto.cms

TimestampRequester = Callable[[bytes], cms.ContentInfo]
"""Given a signature value, returns an RFC 3161 time-stamp token over it (see ``tsp_client``)."""


def _algorithm(oid: str) -> dict[str, object]:
    return {"algorithm": oid, "parameters": core.Null()}


def _signing_time(now: dt.datetime) -> cms.Time:
    now = now.astimezone(dt.UTC).replace(microsecond=0)
    if now.year < 2050:
        return cms.Time({"utc_time": now})
    return cms.Time({"generalized_time": now})


def signed_attributes(
    certificate: x509.Certificate, message_digest: bytes, now: dt.datetime, content_type: str = "data"
) -> cms.CMSAttributes:
    ess_cert = tsp.ESSCertIDv2({"cert_hash": hashlib.sha256(certificate.dump()).digest()})
    attrs = [
        cms.CMSAttribute({"type": "content_type", "values": [content_type]}),
        cms.CMSAttribute({"type": "signing_time", "values": [_signing_time(now)]}),
        cms.CMSAttribute(
            {"type": "signing_certificate_v2", "values": [tsp.SigningCertificateV2({"certs": [ess_cert]})]}
        ),
        cms.CMSAttribute({"type": "message_digest", "values": [message_digest]}),
    ]
    attrs.sort(key=lambda a: a.dump())
    return cms.CMSAttributes(attrs)


def make_signer_info(
    key: SigningKey,
    message_digest: bytes,
    now: dt.datetime | None = None,
    timestamper: TimestampRequester | None = None,
    content_type: str = "data",
    evidence: EvidenceRequester | None = None,
) -> tuple[cms.SignerInfo, list[x509.Certificate]]:
    """The SignerInfo, and the CA certificates to carry with it. With ``timestamper``, the signature
    is time-stamped; with ``evidence`` too, the signer's status taken right after the time-stamp
    is embedded (revocation-values) and its CA chain returned, so that it verifies offline for years."""
    now = now or dt.datetime.now(dt.UTC)
    key.ensure_can_sign(now)
    attrs = signed_attributes(key.certificate, message_digest, now, content_type)
    signature = key.sign(attrs.dump())
    info = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                {
                    "issuer_and_serial_number": cms.IssuerAndSerialNumber(
                        {"issuer": key.certificate.issuer, "serial_number": key.certificate.serial_number}
                    )
                }
            ),
            "digest_algorithm": _algorithm(key.digest.oid),
            "signed_attrs": attrs,
            "signature_algorithm": _algorithm(key.signature_oid),
            "signature": signature,
        }
    )
    chain: list[x509.Certificate] = []
    if timestamper is not None:
        unsigned, chain = _proof(signature, timestamper, evidence)
        info["unsigned_attrs"] = cms.CMSAttributes(unsigned)
    return info, chain


def _proof(
    signature: bytes, timestamper: TimestampRequester, evidence: EvidenceRequester | None
) -> tuple[list[cms.CMSAttribute], list[x509.Certificate]]:
    """The unsigned attributes that make a signature prove itself: a time-stamp over it, then the
    signer's status taken right after it (revocation-values); and the CA chain to carry."""
    token = timestamper(signature)
    unsigned = [cms.CMSAttribute({"type": "signature_time_stamp_token", "values": [token]})]
    if evidence is None:
        return unsigned, []
    fetched = evidence()
    values = revocation_values(fetched)
    if values is not None:
        unsigned.append(values)
    return unsigned, fetched.chain


StatusRequester = Callable[[x509.Certificate], EvidenceRequester | None]
"""Given a signer's certificate, what fetches its status after the time-stamp (None: no status)."""


def add_proof(
    existing: bytes, timestamper_for: Callable[[str], TimestampRequester], status_of: StatusRequester
) -> bytes:
    """A time-stamp (and the signer's status) added to every signer that has none: what a signature
    made offline gets once online, before it leaves. The signed attributes and the signature are not
    touched (unsigned attributes are outside the signature), so the signature stays what it was; its
    proven time is the time-stamp's, later than the signer's claim."""
    signed = parse_signed_data(existing)
    included = [c.chosen for c in signed["certificates"] or [] if c.name == "certificate"]
    signers = []
    chain: list[x509.Certificate] = []
    for signer in signed["signer_infos"]:
        present = list(signer["unsigned_attrs"] or [])
        if any(a["type"].native == "signature_time_stamp_token" for a in present):
            signers.append(signer)
            continue
        cert = certificates.find_certificate(signer["sid"], included)
        evidence = status_of(cert) if cert is not None else None
        stamp = timestamper_for(signer["digest_algorithm"]["algorithm"].dotted)
        added, carried = _proof(signer["signature"].native, stamp, evidence)
        chain += carried
        copy = cms.SignerInfo.load(signer.dump())
        copy["unsigned_attrs"] = cms.CMSAttributes([*present, *added])
        signers.append(copy)
    return _repacked(signed, signers, extra_certificates=chain)


def one_per_signer(existing: bytes) -> list[bytes]:
    """A CMS split into one detached CMS per signer (as a document card carries them). Each keeps its
    SignerInfo byte for byte (signed and unsigned attributes, time-stamp, evidence) with every
    certificate and CRL of the original, so each verifies exactly as it did inside the whole."""
    signed = parse_signed_data(existing)
    detached = {"content_type": signed["encap_content_info"]["content_type"].dotted}  # no eContent
    return [
        _repacked(signed, [signer], digest_algorithms=[signer["digest_algorithm"]], encap=detached)
        for signer in signed["signer_infos"]
    ]


def content_inside(signed: cms.SignedData) -> bytes | None:
    """The document an attached CMS carries (eContent); None for a detached one."""
    content = signed["encap_content_info"]["content"]
    if not content or content.native is None:
        return None
    native = content.native
    return native if isinstance(native, bytes) else bytes(content.contents)  # parsed: a TSTInfo


def _repacked(
    signed: cms.SignedData,
    signer_infos: list[cms.SignerInfo],
    digest_algorithms: list[algos.DigestAlgorithm] | None = None,
    encap: dict[str, object] | None = None,
    extra_certificates: Sequence[x509.Certificate] = (),
    extra_crls: Sequence[cms.RevocationInfoChoice] = (),
) -> bytes:
    """``signed`` again with these signers (and digest algorithms, content, more certificates and
    revocation data), its version and CRLs kept: what co-signing, adding proof and splitting signers each write."""
    certs = list(signed["certificates"]) if signed["certificates"] else []
    for cert in extra_certificates:
        if all(c.chosen.dump() != cert.dump() for c in certs):
            certs.append(cms.CertificateChoices({"certificate": cert}))
    fields: dict[str, object] = {
        "version": signed["version"],
        "digest_algorithms": digest_algorithms if digest_algorithms is not None else signed["digest_algorithms"],
        "encap_content_info": encap if encap is not None else signed["encap_content_info"],
        "signer_infos": signer_infos,
    }
    if certs:
        fields["certificates"] = certs
    crls = list(signed["crls"]) if signed["crls"] else []
    crls += [c for c in extra_crls if all(c.dump() != known.dump() for known in crls)]
    if crls:
        fields["crls"] = crls
    return bytes(cms.ContentInfo({"content_type": "signed_data", "content": cms.SignedData(fields)}).dump())


def sign(
    content: Content,
    key: SigningKey,
    detached: bool,
    timestamper: TimestampRequester | None = None,
    now: dt.datetime | None = None,
    content_type: str = "data",
    evidence: EvidenceRequester | None = None,
) -> bytes:
    """A new CMS SignedData with one signer; the content is streamed for the digest."""
    key.ensure_can_sign(now)
    message_digest = digests.digest_chunks(key.digest.oid, content.chunks())
    signer, chain = make_signer_info(key, message_digest, now, timestamper, content_type, evidence)
    encap: dict[str, object] = {"content_type": content_type}
    if not detached:
        data = content.read_all()
        encap["content"] = data if content_type == "data" else core.ParsableOctetString(data)
    signed_data = cms.SignedData(
        {
            "version": "v1" if content_type == "data" else "v3",  # RFC 5652 5.1: v3 for other content types
            "digest_algorithms": [_algorithm(key.digest.oid)],
            "encap_content_info": encap,
            "certificates": [key.certificate, *chain],
            "signer_infos": [signer],
        }
    )
    return bytes(cms.ContentInfo({"content_type": "signed_data", "content": signed_data}).dump())


def parse_signed_data(data: bytes) -> cms.SignedData:
    """The SignedData of a DER/PEM/base64 CMS, its outline checked here so that garbage is
    reported at once. Parsed lazily: ``.native`` on a whole CAdES-T costs seconds in asn1crypto
    (each nesting level re-encodes the one below), so only the fields a check needs are touched."""
    try:
        der = certificates.decode_der(data)
        info = cms.ContentInfo.load(der)
        _check_nothing_after(der)
        if info["content_type"].native != "signed_data":
            raise MalformedDataError(f"not a CMS SignedData (content type {info['content_type'].native})")
        signed = info["content"]
        if not isinstance(signed, cms.SignedData):
            raise MalformedDataError("malformed CMS SignedData")
        _check_outline(signed)
    except ASN1_ERRORS as exc:
        raise MalformedDataError("not a CMS signature (damaged, or another kind of file)") from exc
    return signed


def _check_nothing_after(der: bytes) -> None:
    """Bytes after the CMS are refused (a file is one signature; what follows it would go unseen),
    except line breaks and zero padding that tools add at the end of a file."""
    _class, _method, _tag, header, contents, trailer = asn1_parser.parse(der)
    rest = der[len(header) + len(contents) + len(trailer) :]
    if rest.strip(b"\r\n\t \x00"):
        raise MalformedDataError(f"{len(rest):,} bytes follow the end of the CMS: not one signature")


def _check_outline(signed: cms.SignedData) -> None:
    """Touch what every verification reads, so a broken outline fails here; a broken signer or
    certificate inside is reported on that signer (``malformed``) when it is checked."""
    signed["version"].native  # noqa: B018
    for algorithm in signed["digest_algorithms"]:
        algorithm["algorithm"].dotted  # noqa: B018
    signed["encap_content_info"]["content_type"].native  # noqa: B018
    for choice in signed["certificates"] or []:
        choice.name  # noqa: B018
    for signer in signed["signer_infos"]:
        signer["sid"].name  # noqa: B018
        signer["digest_algorithm"]["algorithm"].dotted  # noqa: B018


def cosign(
    existing: bytes,
    key: SigningKey,
    content: Content | None = None,
    timestamper: TimestampRequester | None = None,
    now: dt.datetime | None = None,
    evidence: EvidenceRequester | None = None,
) -> bytes:
    """Add a signer to an existing CMS; detached ones need the document in ``content``. The
    earlier signers are kept as they are, with their time-stamps and evidence."""
    embedded = content_inside(parse_signed_data(existing))
    if embedded is None and content is None:
        raise MalformedDataError("the CMS is detached: give the signed document (--data FILE)")
    source = Content(data=embedded) if embedded is not None else content
    assert source is not None
    return join_signers(existing, sign(source, key, detached=True, timestamper=timestamper, now=now, evidence=evidence))


def join_signers(existing: bytes, addition: bytes) -> bytes:
    """``existing`` with the signers of ``addition`` added: a detached CMS over the same document,
    made here or elsewhere (eGov Mobile signs on the phone), with its certificates and revocation
    data. The earlier signers are kept byte for byte; whether the new one signed the same document
    is for the verification of the result to say, as for any CMS."""
    signed, added = parse_signed_data(existing), parse_signed_data(addition)
    kind, added_kind = (s["encap_content_info"]["content_type"].dotted for s in (signed, added))
    if kind != added_kind:
        raise MalformedDataError(f"a signature of another kind of content ({added_kind}) cannot join one of {kind}")
    algorithms = list(signed["digest_algorithms"])
    for algorithm in added["digest_algorithms"]:
        if all(a["algorithm"].dotted != algorithm["algorithm"].dotted for a in algorithms):
            algorithms.append(algorithm)
    certificates = [c.chosen for c in added["certificates"] or [] if c.name == "certificate"]
    signers = [*signed["signer_infos"], *added["signer_infos"]]
    return _repacked(
        signed, signers, digest_algorithms=algorithms, extra_certificates=certificates, extra_crls=added["crls"] or []
    )


def with_content(detached: bytes, data: bytes) -> bytes:
    """A detached CMS with its document put inside (NAME.cms). The signatures cover the document's
    digest, not where the document is carried, so they verify as before; a signature made by
    eGov Mobile over a document sent as CMS_SIGN_ONLY becomes the same .cms a key file makes."""
    signed = parse_signed_data(detached)
    if content_inside(signed) is not None:
        raise MalformedDataError("the CMS already carries a document")
    if signed["encap_content_info"]["content_type"].native != "data":
        raise MalformedDataError("only a signature over plain data can carry its document")
    return _repacked(signed, list(signed["signer_infos"]), encap={"content_type": "data", "content": data})
