"""A profile's trust anchors, where each came from and which CA it is.

Three origins: ``shipped`` (the production CAs in resources/trust: the NCA's of
2015/2018 and 2022, the state bodies' CA and BTS Digital's, each pinned by SHA-256 in its
sources.json and checked against independent public copies; a file whose SHA-256 is not the
pinned one is refused when the store is loaded), ``fetched`` (NCA 2022 CAs a profile lacks,
downloaded from the NCA and accepted only under their pinned key identifiers, on an online start
or ``trust update``), and ``added`` (certificates the user chose, e.g. the NCA *test* roots). The
profile's trust/sources.json records the origin (and role) of what it holds.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asn1crypto import x509

from ..atomic import write_atomically
from ..crypto import certificates, nca, revocation
from ..crypto.errors import CryptoError, MalformedDataError
from ..crypto.trust import CERT_SUFFIXES
from ..moments import day
from ..profile import Profile
from ..resources import shipped_trust_dir

SOURCES = "sources.json"
RETRY_AFTER = dt.timedelta(hours=12)  # an automatic fetch that failed is not tried on every start


@dataclass(frozen=True)
class Anchor:
    certificate: x509.Certificate
    origin: str  # "shipped", "fetched" or "added"
    source: str  # where it came from: a URL, a file, a public project
    path: Path
    role: str = ""  # nca.CaRole when known: NCA root or issuing CA, state bodies' CA, BTS Digital

    @property
    def role_name(self) -> str:
        return nca.ROLE_NAMES.get(self.role, "")

    @property
    def name(self) -> str:
        return certificates.display_name(self.certificate.subject)

    @property
    def sha256(self) -> str:
        return str(self.certificate.sha256.hex())

    @property
    def is_root(self) -> bool:
        return certificates.is_issued_by(self.certificate, self.certificate)

    @property
    def not_before(self) -> dt.datetime:
        value: dt.datetime = self.certificate["tbs_certificate"]["validity"]["not_before"].native
        return value

    @property
    def not_after(self) -> dt.datetime:
        value: dt.datetime = self.certificate["tbs_certificate"]["validity"]["not_after"].native
        return value

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "subject": str(self.certificate.subject.human_friendly),
            "kind": "root" if self.is_root else "intermediate",
            "origin": self.origin,
            "role": self.role or None,
            "source": self.source,
            "not_before": self.not_before.isoformat(),
            "not_after": self.not_after.isoformat(),
            "sha256": self.sha256,
            "file": str(self.path),
        }


def _read_sources(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads((folder / SOURCES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _folder_anchors(folder: Path, default_origin: str) -> list[Anchor]:
    if not folder.is_dir():
        return []
    sources = _read_sources(folder).get("anchors", {})
    anchors = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in CERT_SUFFIXES or not path.is_file():
            continue
        try:
            cert = certificates.load_certificate_file(path)
        except MalformedDataError:
            continue  # `trust status` names files that are not certificates
        record = sources.get(cert.sha256.hex(), {})
        origin, source = record.get("origin", default_origin), record.get("source", str(path))
        anchors.append(Anchor(cert, origin, source, path, record.get("role", "")))
    return anchors


def fetched_roles(profile: Profile) -> dict[str, str]:
    """SHA-256 -> role of the NCA CAs fetched into the profile (what the user added has none)."""
    records = _read_sources(profile.trust_dir).get("anchors", {})
    return {
        sha256: str(record["role"])
        for sha256, record in records.items()
        if isinstance(record, dict) and record.get("origin") == "fetched" and record.get("role")
    }


@dataclass(frozen=True)
class ShippedStore:
    """The shipped CAs whose files match their pins, and one sentence per file refused."""

    anchors: list[Anchor]
    refused: list[str]


def shipped_store(folder: Path | None = None) -> ShippedStore:
    """The shipped trust store, each certificate only when the SHA-256 of its DER is the one its
    sources.json pins for that file: a file changed, replaced or added after release is never
    trusted (a damaged installation must not widen what is trusted)."""
    folder = folder or shipped_trust_dir()
    if not folder.is_dir():
        return ShippedStore([], [])
    pins = {
        record.get("file"): (sha256, record)
        for sha256, record in _read_sources(folder).get("anchors", {}).items()
        if isinstance(record, dict)
    }
    anchors, refused = [], []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in CERT_SUFFIXES or not path.is_file():
            continue
        if path.name not in pins:
            refused.append(f"refused {path}: not pinned in {SOURCES}")
            continue
        pinned, record = pins[path.name]
        try:
            cert = certificates.load_certificate_file(path)
        except MalformedDataError:
            refused.append(f"refused {path}: not a certificate")
            continue
        if cert.sha256.hex() != pinned:
            refused.append(f"refused {path}: its SHA-256 {cert.sha256.hex()} is not the pinned {pinned}")
            continue
        anchors.append(Anchor(cert, "shipped", str(record.get("source", "")), path, str(record.get("role", ""))))
    return ShippedStore(anchors, refused)


def list_anchors(profile: Profile) -> list[Anchor]:
    return shipped_store().anchors + _folder_anchors(profile.trust_dir, "added")


def _record(profile: Profile, cert: x509.Certificate, origin: str, source: str, name: str, role: str = "") -> Path:
    folder = profile.ensure().trust_dir
    path = folder / name
    write_atomically(path, cert.dump())
    data = _read_sources(folder)
    data.setdefault("anchors", {})[cert.sha256.hex()] = {
        "origin": origin,
        "source": source,
        "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        **({"role": role} if role else {}),
    }
    write_atomically(folder / SOURCES, json.dumps(data, ensure_ascii=False, indent=2).encode())
    return path


def add_anchor(profile: Profile, cert: x509.Certificate, source: str) -> Anchor:
    """Trust a certificate the user chose (named by its SHA-256, so adding it twice is harmless)."""
    path = _record(profile, cert, "added", source, f"{cert.sha256.hex()[:16]}.cer")
    return Anchor(cert, "added", source, path)


def missing_nca_2022(profile: Profile, present: Iterable[x509.Certificate] | None = None) -> list[nca.IssuingCa]:
    """The NCA 2022 CAs not trusted yet; ``present``, the trusted certificates when the caller has
    read them already (the trust folders are then not read again)."""
    certs = present if present is not None else (anchor.certificate for anchor in list_anchors(profile))
    have = {nca.key_id(cert) for cert in certs}
    return [ca for ca in nca.NCA_2022 if ca.pinned_key_id not in have]


def update_nca_2022(
    profile: Profile, download: Callable[[str], bytes] = revocation.download, cas: tuple[nca.IssuingCa, ...] = ()
) -> list[Anchor]:
    """Fetch the NCA 2022 CAs (each with its root; ``cas``, by default all of them) and trust
    them; raises on any that cannot be had or does not match its pin (then nothing of that pair
    is trusted)."""
    fetched = []
    problems = []
    for ca in cas or nca.NCA_2022:
        try:
            root, issuing = nca.fetch_issuing_ca(ca, download)
        except CryptoError as exc:
            problems.append(str(exc))
            continue
        for cert, url, role in ((root, ca.root_url, nca.CaRole.NCA_ROOT), (issuing, ca.url, nca.CaRole.NCA_ISSUING)):
            path = _record(profile, cert, "fetched", url, url.rsplit("/", 1)[-1], role)
            fetched.append(Anchor(cert, "fetched", url, path, role))
    if problems:
        raise CryptoError("; ".join(problems))
    return fetched


def _attempt_file(profile: Profile) -> Path:
    return profile.trust_dir / ".nca-2022-attempt"


def update_if_due(
    profile: Profile, present: Iterable[x509.Certificate], now: dt.datetime | None = None
) -> tuple[str, list[Anchor]]:
    """On an online start: fetch the NCA 2022 CAs when they are missing from ``present`` and no
    attempt failed recently. Returns what happened, for a status line ("" when nothing was due),
    and the anchors fetched."""
    missing = missing_nca_2022(profile, present)
    if not missing:
        return "", []
    now = now or dt.datetime.now(dt.UTC)
    marker = _attempt_file(profile)
    try:
        last = dt.datetime.fromtimestamp(marker.stat().st_mtime, dt.UTC)
    except OSError:
        last = None
    if last is not None and now - last < RETRY_AFTER:
        return "", []
    try:
        fetched = update_nca_2022(profile, cas=tuple(missing))
    except CryptoError as exc:
        profile.ensure()
        marker.touch()
        return f"the NCA 2022 CAs could not be fetched ({exc}); run `trust update` when online", []
    marker.unlink(missing_ok=True)
    return "trusted the NCA 2022 CAs: " + ", ".join(f"{a.name} (SHA-256 {a.sha256})" for a in fetched), fetched


def status_lines(profile: Profile, now: dt.datetime | None = None) -> list[str]:
    """What the trust store lacks or should be known about, one sentence each."""
    now = now or dt.datetime.now(dt.UTC)
    shipped = shipped_store()
    lines = list(shipped.refused)
    anchors = shipped.anchors + _folder_anchors(profile.trust_dir, "added")
    if not shipped.anchors:
        lines.append(f"the shipped NCA production CAs are missing from {shipped_trust_dir()}")
    for ca in missing_nca_2022(profile):
        lines.append(
            f"missing: {ca.name} and its root: signatures and time-stamps of NCA keys issued since 2022 "
            "cannot be trusted until `trust update` fetches them"
        )
    for anchor in anchors:
        if anchor.not_after < now:
            lines.append(
                f"expired {day(anchor.not_after)}: {anchor.name} ({anchor.origin}); it still proves "
                "signatures whose trusted time-stamp falls within its validity"
            )
    if profile.trust_dir.is_dir():
        for path in sorted(profile.trust_dir.iterdir()):
            if path.suffix.lower() in CERT_SUFFIXES and not any(a.path == path for a in anchors):
                lines.append(f"not a certificate, ignored: {path}")
    return lines
