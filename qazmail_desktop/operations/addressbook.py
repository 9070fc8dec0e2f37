"""The address book: everyone who wrote, with the signer identities (IIN, BIN, company) and the
certificates their signed letters carried. Built from the cache, so it works offline. An identity
is a correspondent's own only when a valid signature's certificate names their address; the
signers of what they forwarded are listed as such, never as them."""

from __future__ import annotations

import datetime as dt
import enum
import json
from dataclasses import dataclass, field
from email.utils import parseaddr
from typing import Any

from ..store.cache import Cache


class Relation(enum.Enum):
    """How a signer identity seen in a correspondent's letters relates to the correspondent."""

    SENDER = "sender"  # a valid signature whose certificate names the sender's e-mail
    DOCUMENT = "document"  # signed a document (an attachment, a part) the correspondent sent
    OTHER_ADDRESS = "other_address"  # signed the letter, but the certificate names another e-mail
    NOT_VALID = "not_valid"  # signed the letter, but the signature is not valid (tampered, revoked…)


@dataclass
class SignerSeen:
    """One signer identity seen in a correspondent's signed letters, and its certificates."""

    name: str
    iin: str
    bin: str
    organization: str
    relation: Relation = Relation.SENDER
    certificates: set[str] = field(default_factory=set)  # SHA-256 fingerprints
    signatures: int = 0


@dataclass
class Correspondent:
    address: str
    display_name: str
    letters: int = 0
    last_letter: dt.datetime | None = None
    # by (name, IIN, BIN, relation): only SENDER ones are who the correspondent is
    signers: dict[tuple[str, str, str, Relation], SignerSeen] = field(default_factory=dict)

    def matches(self, text: str) -> bool:
        """Search by name, address, company, IIN or BIN (of the documents they sent, too)."""
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


def relation(kind: object, signer: dict[str, Any], sender: str) -> Relation:
    """A signer identity is the sender's only when the signature is valid and its certificate
    names the sender's address (the CA vouches for that pair, whatever the signature covers: the
    letter, or a document of the sender's own). A valid signature of someone else is a document
    the sender forwarded (an attachment) or a letter signed under another address."""
    valid = signer.get("status") == "valid"
    certificate_email = str(signer.get("email") or "").strip().lower()
    if valid and certificate_email == sender:
        return Relation.SENDER
    if kind != "letter":
        return Relation.DOCUMENT
    return Relation.OTHER_ADDRESS if valid else Relation.NOT_VALID


def _add_signers(entry: Correspondent, verdict: dict[str, object]) -> None:
    signatures = verdict.get("signatures")
    for item in signatures if isinstance(signatures, list) else []:
        for signer in item.get("signers") or [] if isinstance(item, dict) else []:
            if not isinstance(signer, dict) or not (signer.get("name") or signer.get("iin")):
                continue
            how = relation(item.get("kind"), signer, entry.address)
            key = (str(signer.get("name") or ""), str(signer.get("iin") or ""), str(signer.get("bin") or ""), how)
            seen = entry.signers.setdefault(key, SignerSeen(*key[:3], str(signer.get("organization") or ""), how))
            seen.signatures += 1
            certificate = signer.get("certificate")
            if isinstance(certificate, dict) and certificate.get("sha256_fingerprint"):
                seen.certificates.add(str(certificate["sha256_fingerprint"]))
