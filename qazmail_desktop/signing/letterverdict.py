"""A verdict in the shape every view reads: the signed items of a letter (or of a file opened on
its own) and what none of them covers. CMS letters and files, signed PDFs and signed XML all
give one, so the window, the command line, registers and cards show them alike."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..crypto import verify as v
from ..crypto.status import Status, status_of


@dataclass
class SignedItem:
    """One signature found in the letter: of the whole letter, of a part of it, or of an attachment."""

    kind: str  # "letter", "part" (a signed entity that is not the whole letter), "attachment" or "document" (a file)
    name: str
    result: v.VerificationResult | None
    error: str = ""
    signed_text: str = ""  # for a "part": the text it signs, to show beside what the letter shows
    decided_by_structure: Status | None = None  # the letter's structure decides (ambiguous), not a check
    scope: str = ""  # an XML signature over one element only: that element's name ("" for a whole document)

    @property
    def status(self) -> Status:
        if self.decided_by_structure is not None:
            return self.decided_by_structure
        if self.result is None:
            return v.MALFORMED
        if not self.result.signers:
            return v.MALFORMED
        return max((s.status for s in self.result.signers), key=lambda status: status.severity)


@dataclass
class LetterVerdict:
    items: list[SignedItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unsigned_parts: list[str] = field(default_factory=list)  # what the reader sees that no signature covers
    card: bool | None = None  # a document card: whether it passes the card's checks (None: not a card)
    card_printout: bool | None = None  # a document card: whether its pages show what its attachments prove
    ambiguities: list[str] = field(default_factory=list)  # why the letter is not shown as signed at all
    headers_signed: bool | None = None  # whether the whole-letter signature covers Subject and From too

    @property
    def signed(self) -> bool:
        return bool(self.items)

    @property
    def coverage(self) -> str:
        """ "full" (the letter itself is signed), "partial" (a signed part inside unsigned ones),
        "attachments" (only attachments are signed) or "" (nothing is)."""
        kinds = {item.kind for item in self.items}
        if self.ambiguities and self.items:
            return "ambiguous"
        if "letter" in kinds:
            return "full"
        if "part" in kinds:
            return "partial"
        return "attachments" if kinds else ""

    @property
    def status(self) -> str:
        if not self.items:
            return ""
        return max((status_of(i.status) for i in self.items), key=lambda status: status.severity)

    def main_signer(self) -> v.SignerVerdict | None:
        for item in sorted(self.items, key=lambda i: i.kind != "letter"):
            if item.result and item.result.signers:
                return item.result.signers[0]
        return None

    def summary(self) -> dict[str, Any]:
        """What the cache stores and `list --json` shows: the main signer and the overall status."""
        signer = self.main_signer()
        info = signer.info if signer else None
        return {
            "status": self.status,
            "coverage": self.coverage,
            "unsigned_parts": self.unsigned_parts,
            **({"ambiguities": self.ambiguities} if self.ambiguities else {}),
            **({"headers_signed": self.headers_signed} if self.headers_signed is not None else {}),
            **({"card_trustworthy": self.card} if self.card is not None else {}),
            **({"card_printout_matches": self.card_printout} if self.card_printout is not None else {}),
            "warnings": self.warnings,
            "signer": {
                "name": info.name if info else None,
                "iin": info.iin if info else None,
                "bin": info.bin if info else None,
                "organization": info.organization if info else None,
                "email": info.email if info else None,
                "signing_time": signer.signing_time.isoformat() if signer and signer.signing_time else None,
                "status": self.status,
            }
            if signer
            else None,
            "items": [{"kind": i.kind, "name": i.name, "status": i.status, "error": i.error} for i in self.items],
        }

    def to_json(self) -> dict[str, Any]:
        return {
            **self.summary(),
            "signatures": [
                {
                    "kind": i.kind,
                    "name": i.name,
                    "status": i.status,
                    "error": i.error,
                    "signed_text": i.signed_text,
                    **({"scope": i.scope} if i.scope else {}),
                    **(i.result.to_json() if i.result else {}),
                }
                for i in self.items
            ],
        }
