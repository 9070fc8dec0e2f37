"""The address book: everyone who wrote, with the signer identities (IIN, BIN, company) and the
certificates their signed letters carried. Built from the cache, so it works offline."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from email.utils import parseaddr

from ..store.cache import Cache


@dataclass
class SignerSeen:
    """One signer identity seen in a correspondent's signed letters, and its certificates."""

    name: str
    iin: str
    bin: str
    organization: str
    certificates: set[str] = field(default_factory=set)  # SHA-256 fingerprints
    signatures: int = 0


@dataclass
class Correspondent:
    address: str
    display_name: str
    letters: int = 0
    last_letter: dt.datetime | None = None
    signers: dict[tuple[str, str, str], SignerSeen] = field(default_factory=dict)  # by (name, IIN, BIN)

    def matches(self, text: str) -> bool:
        """Search by name, address, company, IIN or BIN."""
        needle = text.strip().lower()
        fields = [self.address, self.display_name]
        for signer in self.signers.values():
            fields += [signer.name, signer.iin, signer.bin, signer.organization]
        return not needle or any(needle in value.lower() for value in fields if value)


def address_book(cache: Cache) -> list[Correspondent]:
    """Every sender, the most written-to first; signer identities from the stored verdicts."""
    book: dict[str, Correspondent] = {}
    for sender, date, verdict_json in cache.lookup.letters_by_sender():
        name, address = parseaddr(sender)
        address = address.lower()
        if not address:
            continue
        entry = book.setdefault(address, Correspondent(address, name))
        entry.display_name = entry.display_name or name
        entry.letters += 1
        when = dt.datetime.fromisoformat(date) if date else None
        if when is not None and (entry.last_letter is None or when > entry.last_letter):
            entry.last_letter = when
        if verdict_json:
            _add_signers(entry, json.loads(verdict_json))
    return sorted(book.values(), key=lambda c: (-c.letters, c.address))


def _add_signers(entry: Correspondent, verdict: dict[str, object]) -> None:
    signatures = verdict.get("signatures")
    for item in signatures if isinstance(signatures, list) else []:
        for signer in item.get("signers") or [] if isinstance(item, dict) else []:
            if not isinstance(signer, dict) or not (signer.get("name") or signer.get("iin")):
                continue
            key = (str(signer.get("name") or ""), str(signer.get("iin") or ""), str(signer.get("bin") or ""))
            seen = entry.signers.setdefault(key, SignerSeen(*key, str(signer.get("organization") or "")))
            seen.signatures += 1
            certificate = signer.get("certificate")
            if isinstance(certificate, dict) and certificate.get("sha256_fingerprint"):
                seen.certificates.add(str(certificate["sha256_fingerprint"]))
