"""A profile's trust anchors and where each came from.

Three origins: ``shipped`` (the NCA production CAs of 2015/2018 in qazmail_desktop/data/trust, checked
against independent public copies), ``fetched`` (the NCA 2022 CAs, downloaded from the NCA and
accepted only under their pinned key identifiers, on the first online start or ``trust update``),
and ``added`` (certificates the user chose, e.g. the NCA *test* roots). The profile's
trust/sources.json records the origin of what it holds.
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
        anchors.append(Anchor(cert, record.get("origin", default_origin), record.get("source", str(path)), path))
    return anchors


def list_anchors(profile: Profile) -> list[Anchor]:
    return _folder_anchors(shipped_trust_dir(), "shipped") + _folder_anchors(profile.trust_dir, "added")


def _record(profile: Profile, cert: x509.Certificate, origin: str, source: str, name: str) -> Path:
    folder = profile.ensure().trust_dir
    path = folder / name
    write_atomically(path, cert.dump())
    data = _read_sources(folder)
    data.setdefault("anchors", {})[cert.sha256.hex()] = {
        "origin": origin,
        "source": source,
        "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
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
    """Fetch the NCA 2022 CAs (each with its root) and trust them; raises on any that cannot be
    had or does not match its pin (then nothing of that pair is trusted)."""
    fetched = []
    problems = []
    for ca in cas or nca.NCA_2022:
        try:
            root, issuing = nca.fetch_issuing_ca(ca, download)
        except CryptoError as exc:
            problems.append(str(exc))
            continue
        for cert, url in ((root, ca.root_url), (issuing, ca.url)):
            path = _record(profile, cert, "fetched", url, url.rsplit("/", 1)[-1])
            fetched.append(Anchor(cert, "fetched", url, path))
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
    if not missing_nca_2022(profile, present):
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
        fetched = update_nca_2022(profile)
    except CryptoError as exc:
        profile.ensure()
        marker.touch()
        return f"the NCA 2022 CAs could not be fetched ({exc}); run `trust update` when online", []
    marker.unlink(missing_ok=True)
    return "trusted the NCA 2022 CAs: " + ", ".join(f"{a.name} (SHA-256 {a.sha256})" for a in fetched), fetched


def status_lines(profile: Profile, now: dt.datetime | None = None) -> list[str]:
    """What the trust store lacks or should be known about, one sentence each."""
    now = now or dt.datetime.now(dt.UTC)
    lines = []
    anchors = list_anchors(profile)
    if not any(a.origin == "shipped" for a in anchors):
        lines.append(f"the shipped NCA production CAs are missing from {shipped_trust_dir()}")
    for ca in missing_nca_2022(profile):
        lines.append(
            f"missing: {ca.name} and its root: signatures and time-stamps of NCA keys issued since 2022 "
            "cannot be trusted until `trust update` fetches them"
        )
    for anchor in anchors:
        if anchor.not_after < now:
            lines.append(
                f"expired {anchor.not_after:%Y-%m-%d}: {anchor.name} ({anchor.origin}); it still proves "
                "signatures whose trusted time-stamp falls within its validity"
            )
    for folder in (shipped_trust_dir(), profile.trust_dir):
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if path.suffix.lower() in CERT_SUFFIXES and not any(a.path == path for a in anchors):
                    lines.append(f"not a certificate, ignored: {path}")
    return lines
