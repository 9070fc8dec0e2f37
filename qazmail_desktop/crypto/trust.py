"""Trust: building a certificate's chain to a trusted root and checking CRL revocation.

A ``TrustStore`` holds roots (trusted anchors) and intermediates (helpers for path building,
never trusted by themselves). Each link is checked by signature, not by name; CA links need
basicConstraints cA and keyCertSign. CRLs are checked only when their issuer's signature over
them verifies; a revoked serial counts when revoked at or before the time being judged.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import core, x509
from asn1crypto import crl as asn1_crl

from ..moments import day, moment
from ..userfiles import UnreadableFileError, read_regular_file
from . import certificates
from .errors import ASN1_ERRORS, MalformedDataError

CERT_SUFFIXES = {".cer", ".crt", ".pem", ".der"}
MAX_CHAIN = 8
MAX_CRL_FILE = 256 << 20  # the NCA's full CRLs are tens of MiB


@dataclass
class TrustStore:
    roots: list[x509.Certificate] = field(default_factory=list)
    intermediates: list[x509.Certificate] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # SHA-256 of a CA's DER -> its role (nca.CaRole)

    def add_folder(self, folder: Path) -> list[str]:
        """Self-signed certificates become roots; the others are intermediates. ``folder`` may be a
        certificate file too. A file in a folder that is no certificate is skipped: the returned
        notes name it (one stray file must not make every verification fail)."""
        if folder.is_file():
            self.add(certificates.load_certificate_file(folder))
            return []
        if not folder.is_dir():
            raise MalformedDataError(f"trust folder or certificate not found: {folder}")
        notes = []
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in CERT_SUFFIXES and path.is_file():
                try:
                    self.add(certificates.load_certificate_file(path))
                except MalformedDataError as exc:
                    notes.append(f"skipped {exc}")
        return notes

    def add(self, cert: x509.Certificate, role: str = "") -> None:
        """``role``: which CA it is (nca.CaRole), when the store knows it (shipped, fetched)."""
        if cert.self_signed != "no" and certificates.is_issued_by(cert, cert):
            self.roots.append(cert)
        else:
            self.intermediates.append(cert)
        if role:
            self.roles[cert.sha256.hex()] = role

    def ends_at_root(self, chain: list[x509.Certificate]) -> bool:
        """True when ``chain`` (leaf first, as ``build_chain`` made it) ends at one of the roots."""
        return bool(chain) and self.is_root(chain[-1])

    def issuer_role(self, chain: list[x509.Certificate]) -> str:
        """The role of the CA that issued the leaf of a trusted ``chain`` ("" when not known)."""
        if len(chain) < 2 or not self.ends_at_root(chain):
            return ""
        return self.roles.get(chain[1].sha256.hex(), "")

    def is_root(self, cert: x509.Certificate) -> bool:
        return self.is_root_der(certificates.der(cert))

    def is_root_der(self, der: bytes) -> bool:
        return any(certificates.der(r) == der for r in self.roots)


@dataclass(frozen=True)
class ChainResult:
    chain: list[x509.Certificate]  # leaf first; ends at a trusted root when ``trusted``
    trusted: bool
    problem: str  # empty when trusted


def _is_ca(cert: x509.Certificate) -> bool:
    bc = cert.basic_constraints_value
    if bc is None or not bc["ca"].native:
        return False
    ku = cert.key_usage_value
    return ku is None or "key_cert_sign" in ku.native


def _valid_at(cert: x509.Certificate, when: dt.datetime) -> bool:
    validity = cert["tbs_certificate"]["validity"]
    return bool(validity["not_before"].native <= when <= validity["not_after"].native)


def build_chain(
    leaf: x509.Certificate, store: TrustStore, extra: Iterable[x509.Certificate], when: dt.datetime
) -> ChainResult:
    """Walk issuers (checked by signature) from ``leaf`` to one of the store's roots."""
    pool = [*store.roots, *store.intermediates, *extra]
    chain = [leaf]
    current = leaf
    while len(chain) <= MAX_CHAIN:
        der = certificates.der(current)
        if store.is_root_der(der):
            return ChainResult(chain, True, "")
        issuer = next((c for c in pool if certificates.der(c) != der and certificates.is_issued_by(current, c)), None)
        if issuer is None:
            if current is not leaf and certificates.is_issued_by(current, current):
                return ChainResult(chain, False, f"root {certificates.friendly_name(current.subject)} is not trusted")
            return ChainResult(
                chain,
                False,
                f"issuer {certificates.friendly_name(current.issuer)} not found among trusted certificates",
            )
        if not _is_ca(issuer):
            return ChainResult(chain, False, f"{certificates.friendly_name(issuer.subject)} is not a CA certificate")
        if not _valid_at(issuer, when):
            return ChainResult(
                chain,
                False,
                f"CA certificate {certificates.friendly_name(issuer.subject)} was not valid at {day(when)}",
            )
        chain.append(issuer)
        current = issuer
    return ChainResult(chain, False, "certificate chain too long")


@dataclass(frozen=True)
class Revocation:
    revoked_at: dt.datetime
    reason: str
    source: str  # e.g. "CRL #166 of <issuer>"


@dataclass(frozen=True)
class Evidence:
    """One piece of revocation evidence: what it is, who issued it and for which period it speaks."""

    kind: str  # "crl", "delta_crl" or "ocsp"
    label: str  # "CRL #166", "OCSP http://…"
    issuer: str
    issued: dt.datetime  # CRL thisUpdate, OCSP producedAt
    next_update: dt.datetime | None
    response: bytes | None = field(default=None, repr=False)  # an OCSP answer's BasicOCSPResponse, to keep

    def describe(self) -> str:
        until = f", next update {moment(self.next_update, seconds=False)}" if self.next_update else ""
        return f"{self.label} of {moment(self.issued, seconds=False)}{until}"

    def to_json(self) -> dict[str, str | None]:
        return {
            "kind": self.kind,
            "label": self.label,
            "issuer": self.issuer,
            "issued": self.issued.isoformat(),
            "next_update": self.next_update.isoformat() if self.next_update else None,
            **({"response": base64.b64encode(self.response).decode()} if self.response else {}),
        }


@dataclass(frozen=True)
class RevocationCheck:
    """What the evidence at hand says of a certificate at one time.

    ``known`` is False when no evidence could speak for that time (then ``problems`` says why;
    when it is True, ``problems`` names evidence that was ignored as no issuer's word);
    ``revocation`` is set when the certificate is listed as revoked (at any date: the caller
    compares the date with the time it judges)."""

    known: bool
    revocation: Revocation | None = None
    evidence: tuple[Evidence, ...] = ()
    problems: tuple[str, ...] = ()


_EXPIRED_CERTS_ON_CRL = "2.5.29.60"
_REMOVE_FROM_CRL = "remove_from_crl"


def _crl_number(crl: asn1_crl.CertificateList) -> int:
    return int(crl.crl_number_value.native) if crl.crl_number_value is not None else -1


def _evidence(crl: asn1_crl.CertificateList) -> Evidence:
    tbs = crl["tbs_cert_list"]
    delta = crl.delta_crl_indicator_value is not None
    number = _crl_number(crl)
    label = ("delta CRL" if delta else "CRL") + (f" #{number}" if number >= 0 else "")
    return Evidence(
        "delta_crl" if delta else "crl",
        label,
        certificates.friendly_name(crl.issuer),
        tbs["this_update"].native,
        tbs["next_update"].native,
    )


def _keeps_expired_since(crl: asn1_crl.CertificateList) -> dt.datetime | None:
    """ExpiredCertsOnCRL (X.509): certificates that expired after this date stay listed."""
    for ext in crl["tbs_cert_list"]["crl_extensions"] or []:
        if ext["extn_id"].dotted != _EXPIRED_CERTS_ON_CRL:
            continue
        try:
            value = core.GeneralizedTime.load(bytes(ext["extn_value"].contents)).native
        except ASN1_ERRORS:
            return None
        return value if isinstance(value, dt.datetime) else None
    return None


_CLOCK_SKEW = dt.timedelta(minutes=10)


def _speaks_for(crl: asn1_crl.CertificateList, cert: x509.Certificate, when: dt.datetime, proven: bool) -> str:
    """Empty when ``crl`` can tell whether ``cert`` was revoked at ``when``; else why it cannot.

    A CRL issued after the certificate expired no longer lists it (unless it keeps expired
    certificates); a CRL past its nextUpdate is stale. For a proven past time a CRL issued after
    that time speaks for it, as does one current at it."""
    evidence = _evidence(crl)
    this_update, next_update = evidence.issued, evidence.next_update
    not_after = cert["tbs_certificate"]["validity"]["not_after"].native
    if this_update > not_after:
        kept_since = _keeps_expired_since(crl)
        if kept_since is None or kept_since > not_after:
            return (
                f"{evidence.label} was issued {day(this_update)} after the certificate expired "
                f"({day(not_after)}) and no longer lists it"
            )
    if this_update > when + _CLOCK_SKEW and not proven:
        return f"{evidence.label} was issued {moment(this_update, seconds=False)}, after the time judged"
    if proven and this_update >= when:
        return ""
    if next_update is not None and next_update < when:
        return f"{evidence.label} is stale: its next update was due {moment(next_update, seconds=False)}"
    return ""


@dataclass
class CrlSet:
    """CRLs whose signatures were checked against their issuer when first needed."""

    crls: list[asn1_crl.CertificateList] = field(default_factory=list)

    def add_file(self, path: Path) -> None:
        try:
            data = read_regular_file(path, "CRL", MAX_CRL_FILE)
        except UnreadableFileError as exc:
            raise MalformedDataError(str(exc)) from exc
        self.add(data, str(path))

    def add(self, data: bytes, label: str) -> None:
        try:
            crl = asn1_crl.CertificateList.load(certificates.decode_der(data))
            crl.native  # noqa: B018 - parse fully now
        except ASN1_ERRORS as exc:
            raise MalformedDataError(f"{label} is not a CRL ({exc})") from exc
        self.crls.append(crl)

    def with_extra(self, extra: Iterable[asn1_crl.CertificateList]) -> CrlSet:
        """This set plus ``extra`` (CRLs a CMS carries), leaving this set as it was."""
        return CrlSet([*self.crls, *extra])

    def named_for(self, issuer: x509.Certificate) -> list[asn1_crl.CertificateList]:
        """The CRLs that name ``issuer`` as theirs, whoever signed them."""
        return [crl for crl in self.crls if certificates.same_name(crl.issuer, issuer.subject)]

    def covering(self, issuer: x509.Certificate) -> list[asn1_crl.CertificateList]:
        """The CRLs ``issuer`` itself issued: signed with its key, which may sign CRLs."""
        return [crl for crl in self.named_for(issuer) if not _not_issued_by(crl, issuer)]

    def current(self, issuer: x509.Certificate, now: dt.datetime) -> bool:
        """True when a complete CRL of ``issuer`` is not yet past its nextUpdate."""
        return any(
            crl.delta_crl_indicator_value is None
            and crl["tbs_cert_list"]["next_update"].native is not None
            and crl["tbs_cert_list"]["next_update"].native > now
            for crl in self.covering(issuer)
        )

    def check(
        self, cert: x509.Certificate, issuer: x509.Certificate, when: dt.datetime, proven: bool
    ) -> RevocationCheck:
        """The status of ``cert`` at ``when`` from the newest complete CRL that speaks for that time,
        with the delta CRLs that extend that very base (an older delta never overrides it)."""
        covering = self.covering(issuer)
        # a CRL naming the CA that the CA did not sign is only its maker's claim: said, never used
        problems = [why for why in (_not_issued_by(crl, issuer) for crl in self.named_for(issuer)) if why]
        if not covering:
            problems.append(f"no CRL of {certificates.friendly_name(issuer.subject)} at hand")
            return RevocationCheck(False, problems=tuple(dict.fromkeys(problems)))
        bases = []
        for crl in covering:
            if crl.delta_crl_indicator_value is not None:
                continue
            why_not = _speaks_for(crl, cert, when, proven)
            if why_not:
                problems.append(why_not)
            else:
                bases.append(crl)
        if not bases:
            return RevocationCheck(False, problems=tuple(dict.fromkeys(problems)))
        base = max(bases, key=lambda c: (c["tbs_cert_list"]["this_update"].native, _crl_number(c)))
        base_number = _crl_number(base)
        deltas = [
            crl
            for crl in covering
            if crl.delta_crl_indicator_value is not None
            and int(crl.delta_crl_indicator_value.native) <= base_number < _crl_number(crl)
            and not _speaks_for(crl, cert, when, proven)
        ]
        deltas.sort(key=_crl_number)
        evidence = [_evidence(base), *(_evidence(d) for d in deltas)]
        revocation = listed_in(base, cert)
        for delta in deltas:
            entry = listed_in(delta, cert)
            if entry is not None:
                revocation = None if entry.reason == _REMOVE_FROM_CRL else entry
        # a same-named CRL of another key (a re-keyed CA's other generation, or a forgery) is not
        # mentioned when the CA's own CRL spoke: it is said only when it leaves the status unknown
        return RevocationCheck(True, revocation, tuple(evidence))


def _not_issued_by(crl: asn1_crl.CertificateList, issuer: x509.Certificate) -> str:
    """Empty when ``issuer`` made ``crl``: its key signed it and, when the CA's certificate has
    keyUsage, that includes cRLSign (indirect CRLs are not accepted); else why the CRL is ignored."""
    label = _evidence(crl).label
    name = certificates.friendly_name(issuer.subject)
    algorithm = crl["signature_algorithm"]["algorithm"].dotted
    if not certificates.signed_by(issuer, algorithm, crl["signature"].native, crl["tbs_cert_list"].dump()):
        return f"{label} naming {name} ignored: not signed by that CA"
    usage = issuer.key_usage_value
    if usage is not None and "crl_sign" not in usage.native:
        return f"{label} of {name} ignored: the CA's certificate does not allow signing CRLs (keyUsage cRLSign)"
    return ""


def listed_in(crl: asn1_crl.CertificateList, cert: x509.Certificate) -> Revocation | None:
    """The CRL's entry for ``cert`` (by serial; the caller has matched the CRL's issuer), if any."""
    for entry in crl["tbs_cert_list"]["revoked_certificates"] or []:
        if entry["user_certificate"].native == cert.serial_number:
            reason = entry.crl_reason_value.native if entry.crl_reason_value else "unspecified"
            return Revocation(entry["revocation_date"].native, str(reason), _evidence(crl).label)
    return None
