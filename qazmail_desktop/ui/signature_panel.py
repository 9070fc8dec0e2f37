"""The signature panel: one card per signature in the letter (the letter itself, a signed part
of it, each signed attachment) with the verdict, the signer's identity and the proven time, and
a details dialog.

Everything a letter, a file name or a certificate says is shown as plain text, never as Qt rich
text: a name cannot paint a green tick. A signed part that is not the whole letter never gets a
green card: the card says so and shows the text that was really signed.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import moments
from ..crypto.status import Status, status_of
from ..safetext import neutral
from ..signing.pdf import CHANGED_AFTER
from ..signing.xmlverdict import REST_OUTSIDE, scope_label
from .formatting import plain_tooltip
from .models import tone_color
from .wording import roles_label


class PlainLabel(QLabel):
    """Shows text from letters, files and certificates as it is: never as HTML, and with its bidi
    controls visible (a name with U+202E must not read backwards). In a verdict's tone, its colour
    follows a switch of theme (a colour set once stayed the light theme's on the dark one)."""

    tone = ""  # "" : the palette's own text colour
    bold = False

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's API
        super().setText(neutral(text))

    def set_tone(self, tone: str, bold: bool = False) -> None:
        """Coloured as ``tone`` ("good", "unknown", "warning", "bad") on the current theme."""
        self.tone, self.bold = tone, bold
        self._apply_tone()

    def _apply_tone(self) -> None:
        sheet = f"color: {tone_color(self.tone)}" + ("; font-weight: bold" if self.bold else "")
        if self.styleSheet() != sheet:  # setting it changes the palette again: once is enough
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.PaletteChange and self.tone:  # the theme was switched
            self._apply_tone()
        super().changeEvent(event)


def plain_label(text: str = "", parent: QWidget | None = None) -> PlainLabel:
    """A label that never interprets what it shows as HTML."""
    label = PlainLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


_SENDER_DIFFERS = re.compile(r"signed by (.+), but the letter is from (.+)")
_HEADER_DIFFERS = re.compile(r"the (\w+) outside the signature differs from the signed one; the signed \1 is shown")
# a document card's pages against its attachments (card.pagecheck.PagesCheck.summary)
_PAGES_DIFFER = re.compile(r"the pages differ from the signed original — do not trust the printout \((.*)\)")
_PAGES_LISTED = re.compile(r"pages? ([0-9–, ]+) not as the signed original")
_REST_OUTSIDE = re.compile(
    re.escape(REST_OUTSIDE).replace(r"\{name\}", "(?P<name>.+)").replace(r"\{scope\}", "(?P<scope>.+)")
)
_CHANGED_AFTER = re.compile(re.escape(CHANGED_AFTER).replace(r"\{name\}", "(?P<name>.+)"))
_PAGES_UNCHECKED = re.compile(r".* not compared: .*|the card's pages could not be read .*")


def _local_time(iso: str) -> str:
    try:
        return moments.moment(dt.datetime.fromisoformat(iso))
    except ValueError:
        return iso


class SignatureCard(QFrame):
    color = ""  # the verdict's colour as last applied; "" until the card is built

    def _item_name(self, item: dict[str, Any]) -> str:
        """The signed item's name; for an XML signature over one element, with that said in the
        user's language (the verdict's own label is English)."""
        name, scope = str(item.get("name", "")), str(item.get("scope") or "")
        if not scope:
            return name
        base = name.removesuffix(scope_label(scope))
        return self.tr("%1 — element %2 only").replace("%1", base).replace("%2", scope)

    def _color(self) -> None:
        """The border in the verdict's colour on the current theme (its title follows by itself:
        ``PlainLabel.set_tone``)."""
        color = tone_color(self.tone)
        if color == self.color:
            return  # (a style sheet set here changes the palette too: no loop)
        self.color = color
        self.setStyleSheet(f"#signatureCard {{ border: 2px solid {color}; border-radius: 6px; }}")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.PaletteChange and self.color:  # the theme was switched
            self._color()
        super().changeEvent(event)

    def __init__(self, item: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        status = status_of(str(item.get("status", "malformed")))
        kind = item.get("kind")
        # a signed part inside unsigned words is never green
        self.tone = "warning" if kind == "part" and status == Status.VALID else status.tone
        self.setObjectName("signatureCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        signers = item.get("signers") or [{}]
        signer = signers[0]
        if kind == "letter":
            what = self.tr("Letter")
        elif kind == "part":
            what = self.tr("Only a part of the letter is signed")
        elif kind == "document":
            what = self.tr("Document: %1").replace("%1", self._item_name(item))
        else:
            what = self.tr("Attachment: %1").replace("%1", self._item_name(item))
        mark = "✔" if status == Status.VALID and kind != "part" else ("✖" if status.tone == "bad" else "⚠")
        who = self._who(signer)
        top = QHBoxLayout()
        self.toggle = QToolButton()
        self.toggle.setObjectName("cardToggle")
        self.toggle.setAutoRaise(True)
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Show the signature's card"))
        self.toggle.toggled.connect(self._expand)
        top.addWidget(self.toggle)
        if kind == "part" and status == Status.VALID:  # the warning first: only a part is signed
            valid = self.tr("signature valid")
            self.title = plain_label(f"{mark} {what} — {valid}")
        else:
            self.title = plain_label(f"{mark} {self.status_text(status)} — {what}")
        self.title.setObjectName("verdictTitle")
        self.title.set_tone(self.tone, bold=True)
        self._color()
        self.title.setWordWrap(False)
        top.addWidget(self.title)
        # The one-line summary of a folded card: who signed, their IIN and BIN, and when (proven, or
        # only claimed), elided at the right, so the body keeps the space.
        more = self.tr(" and %1 more").replace("%1", str(len(signers) - 1)) if len(signers) > 1 else ""
        folded = [*who[:3], self._short_when(signer)] if who else []
        self.summary = plain_label(("·  " + " · ".join(part for part in folded if part) + more) if who else "")
        self.summary.setObjectName("signerSummary")
        self.summary.setWordWrap(False)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.summary, 100)
        top.addStretch(1)  # keeps Details… at the right end when the summary is folded away
        button = QPushButton(self.tr("Details…"))
        button.setFlat(True)
        button.clicked.connect(self.show_details)
        top.addWidget(button)
        layout.addLayout(top)
        self.card = QWidget()
        card = QVBoxLayout(self.card)
        card.setContentsMargins(0, 0, 0, 0)
        card.setSpacing(2)
        layout.addWidget(self.card)
        for number, one in enumerate(signers, 1):  # a co-signed document: every signer, each judged
            self._add_signer(card, one, item, number if len(signers) > 1 else 0)
        if kind == "part":
            card.addWidget(plain_label(self.tr("What this signature really covers:")))
            signed = QPlainTextEdit(str(item.get("signed_text") or ""))
            signed.setReadOnly(True)
            signed.setMaximumHeight(110)
            signed.setObjectName("signedText")
            card.addWidget(signed)
        # A good verdict folds to its line; anything else stays open: the reader must see why.
        self.toggle.setChecked(not (status == Status.VALID and kind != "part"))
        self._expand(self.toggle.isChecked())

    def _add_signer(self, card: QVBoxLayout, signer: dict[str, Any], item: dict[str, Any], number: int) -> None:
        """One signer's lines: who, when, and why the verdict is not good (``number`` > 0 when
        the signature has several signers: each gets its own status)."""
        status = status_of(str(signer.get("status") or item.get("status", "malformed")))
        # no signer to name: the checker's words stand in, but not for an ambiguous letter, whose
        # reasons the pane's banner gives in the user's language (the words stay on hover)
        who = " · ".join(self._who(signer)) or ("" if status == Status.AMBIGUOUS else str(item.get("error", "")))
        if number:
            mark = "✔" if status == Status.VALID else ("✖" if status.tone == "bad" else "⚠")
            who = f"{number}. {mark} {who}"
        details = plain_label(who)
        details.setObjectName("signerDetails")
        card.addWidget(details)
        when = self._when(signer)
        if when:
            card.addWidget(plain_label(when))
        issued_by = self.issued_by(str(signer.get("issuer_role") or ""))
        if issued_by:
            issuer = plain_label(issued_by)
            issuer.setObjectName("issuedBy")
            card.addWidget(issuer)
        message = str(signer.get("message") or item.get("error") or "")
        if message and status != Status.VALID:
            # The explanation in the user's language; the checker's own words (English, with the
            # exact dates and reasons) on hover and in Details.
            explanation = self.explanation(status)
            reason = plain_label(explanation or message)
            reason.setObjectName("verdictReason")
            reason.setToolTip(plain_tooltip(message))
            reason.setProperty("checker_words", message)
            card.addWidget(reason)

    def _expand(self, expanded: bool) -> None:
        self.card.setVisible(expanded)
        self.summary.setVisible(not expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)

    def _who(self, signer: dict[str, Any]) -> list[str]:
        who = []
        if signer.get("name"):
            who.append(f"{signer.get('surname') or ''} {signer.get('given_name') or ''}".strip() or str(signer["name"]))
        for label, key in ((self.tr("IIN"), "iin"), (self.tr("BIN"), "bin")):
            if signer.get(key):
                who.append(f"{label} {signer[key]}")
        for key in ("organization", "email"):
            if signer.get(key):
                who.append(str(signer[key]))
        return who

    def _when(self, signer: dict[str, Any]) -> str:
        if signer.get("time_source") == "timestamp" and signer.get("signing_time"):
            return self.tr("Signed no later than %1 (proven by a trusted time-stamp)").replace(
                "%1", _local_time(str(signer["signing_time"]))
            )
        claimed = signer.get("claimed_signing_time") or signer.get("signing_time")
        if claimed:
            return self.tr("Signing time claimed by the signer: %1 (not proven; checked as of now)").replace(
                "%1", _local_time(str(claimed))
            )
        return ""

    def _short_when(self, signer: dict[str, Any]) -> str:
        """The signing time in a few words: proven by a time-stamp, or only the signer's claim."""
        if signer.get("time_source") == "timestamp" and signer.get("signing_time"):
            return self.tr("time-stamped %1").replace("%1", _local_time(str(signer["signing_time"])))
        claimed = signer.get("claimed_signing_time") or signer.get("signing_time")
        if claimed:
            return self.tr("time claimed: %1").replace("%1", _local_time(str(claimed)))
        return ""

    def status_text(self, status: Status) -> str:
        texts = {
            Status.VALID: self.tr("Signature valid"),
            Status.INDETERMINATE: self.tr("Signature intact, revocation status unknown"),
            Status.CONTENT_MISSING: self.tr("Signed document missing"),
            Status.CONTENT_MODIFIED: self.tr("Document modified after signing"),
            Status.INVALID_SIGNATURE: self.tr("Signature invalid"),
            Status.KEY_NOT_FOR_SIGNING: self.tr("Key not for signing"),
            Status.SUSPENDED: self.tr("Certificate suspended"),
            Status.REVOKED: self.tr("Certificate revoked"),
            Status.EXPIRED: self.tr("Certificate expired"),
            Status.NOT_YET_VALID: self.tr("Certificate not yet valid"),
            Status.UNTRUSTED: self.tr("Untrusted certificate"),
            Status.OLDER_GENERATION: self.tr("Older NCA generation"),
            Status.UNKNOWN_ALGORITHM: self.tr("Unsupported algorithm"),
            Status.AMBIGUOUS: self.tr("Ambiguous structure — not shown as signed"),
            Status.MALFORMED: self.tr("Damaged signature"),
        }
        return texts[status]

    def explanation(self, status: Status) -> str:
        """One sentence, in the user's language, of what the status means for them."""
        texts = {
            Status.INDETERMINATE: self.tr(
                "No CRL or OCSP answer at hand says whether the certificate was revoked. Go online and check again."
            ),
            Status.CONTENT_MISSING: self.tr("The signed document is needed to check that it was not changed."),
            Status.KEY_NOT_FOR_SIGNING: self.tr(
                "This is an authentication (AUTH) key: it cannot sign documents, so this is not a valid signature."
            ),
            Status.EXPIRED: self.tr(
                "The certificate had expired at the time that counts. Without a trusted time-stamp that time is now."
            ),
            Status.SUSPENDED: self.tr(
                "The certificate was suspended (on hold) at the time that counts. The CA may lift the suspension: "
                "check again later."
            ),
            Status.REVOKED: self.tr("The certificate was revoked before the time that counts."),
            Status.UNTRUSTED: self.tr("The certificate does not lead to a certification authority you trust."),
            Status.CONTENT_MODIFIED: self.tr("The document was changed after it was signed: do not rely on it."),
            Status.INVALID_SIGNATURE: self.tr("The signature does not match the document and the signer's key."),
            Status.NOT_YET_VALID: self.tr("The certificate was not yet valid at the time that counts."),
            Status.OLDER_GENERATION: self.tr(
                "Made under an older NCA generation (2011–2016) this version cannot check: "
                "it is neither proven valid nor shown invalid."
            ),
            Status.UNKNOWN_ALGORITHM: self.tr("QazMail cannot check this kind of signature."),
            Status.AMBIGUOUS: self.tr(
                "This letter is built so that mail programs can show different text under the same signature. "
                "QazMail does not say which text was signed: ask the sender for the document again."
            ),
            Status.MALFORMED: self.tr("The signature is damaged and cannot be read."),
        }
        return texts.get(status, "")

    def issued_by(self, role: str) -> str:
        """Which CA issued the signer's certificate, when the trust store knows its role."""
        texts = {
            "nca_root": self.tr("Certificate issued by the NCA root"),
            "nca_issuing": self.tr("Certificate issued by the NCA"),
            "state_bodies": self.tr("Certificate issued by the state bodies' CA (УЦГО)"),
            "bts_digital": self.tr("Certificate issued by BTS Digital's CA"),
        }
        return texts.get(role, "")

    def show_details(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Signature details"))
        layout = QVBoxLayout(dialog)
        lines = []
        for number, signer in enumerate(self.item.get("signers") or [], 1):
            status = status_of(str(signer.get("status", "")))
            lines.append(self.tr("Signer %1").replace("%1", str(number)) + f": {signer.get('name')}")
            lines.append(f"  {self.status_text(status)}: {signer.get('message')}")
            when = self._when(signer)
            if when:
                lines.append(f"  {when}")
            if signer.get("timestamp"):
                lines.append(
                    "  "
                    + self.tr("Time-stamp: %1 by %2")
                    .replace("%1", _local_time(str(signer["timestamp"])))
                    .replace("%2", str(signer.get("tsa") or "?"))
                    + (f" ({signer['timestamp_problem']})" if signer.get("timestamp_problem") else "")
                    + (f" ({signer['timestamp_note']})" if signer.get("timestamp_note") else "")
                )
            lines.append(self.tr("  Certificate chain:"))
            lines += [f"    {name}" for name in signer.get("chain") or []]
            lines.append(self.tr("  Revocation: %1").replace("%1", str(signer.get("revocation") or "-")))
            if signer.get("ca_revocation"):
                lines.append(self.tr("  Issuing CAs: %1").replace("%1", str(signer["ca_revocation"])))
            for evidence in signer.get("revocation_evidence") or []:
                lines.append(
                    "    "
                    + self.tr("Evidence: %1 of %2, issued %3")
                    .replace("%1", str(evidence.get("label")))
                    .replace("%2", str(evidence.get("issuer")))
                    .replace("%3", _local_time(str(evidence.get("issued"))))
                )
            cert = signer.get("certificate") or {}
            serial, valid, issuer, roles = self.tr("Serial"), self.tr("Valid"), self.tr("Issuer"), self.tr("Roles")
            lines.append(
                f"  {serial}: {cert.get('serial')}  {valid}: {cert.get('not_before')} — {cert.get('not_after')}"
            )
            lines.append(f"  {issuer}: {cert.get('issuer')}")
            lines.append(f"  SHA-256: {cert.get('sha256_fingerprint')}")
            lines.append(f"  {roles}: {roles_label(signer.get('roles'))}")
            if cert.get("templates"):
                lines.append("  " + self.tr("Template: %1").replace("%1", "; ".join(map(str, cert["templates"]))))
        text = QPlainTextEdit("\n".join(lines) or str(self.item.get("error", "")))
        text.setReadOnly(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(720, 420)
        dialog.show()


class SignaturePanel(QWidget):
    """Empty (hidden) for unsigned letters; one card per signature otherwise, and a warning of
    what the reader sees that no signature covers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.cards: list[SignatureCard] = []
        self.coverage = plain_label()
        self.coverage.setObjectName("coverageWarning")
        self.coverage.set_tone("warning", bold=True)
        self.layout_.addWidget(self.coverage)
        self.warning = plain_label()
        self.warning.set_tone("warning")
        self.layout_.addWidget(self.warning)
        self.hide()

    def show_verdict(self, verdict: dict[str, Any] | None) -> None:
        for card in self.cards:  # hidden and gone with the panel's next events (never a window of its own)
            self.layout_.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        if not verdict or not verdict.get("signatures"):
            self.hide()
            return
        for item in verdict["signatures"]:
            card = SignatureCard(item, self)
            self.cards.append(card)
            self.layout_.addWidget(card)
        self.coverage.setText(self.coverage_text(verdict))
        self.coverage.setVisible(bool(self.coverage.text()))
        warnings = verdict.get("warnings") or []
        self.warning.setText("\n".join("⚠ " + self.warning_text(str(w)) for w in warnings))
        self.warning.setVisible(bool(warnings))
        self.show()

    def warning_text(self, warning: str) -> str:
        """A letter's warning in the user's language (the verdict keeps the checker's English words,
        which the command line and the stored JSON show); one this version does not know, as it is."""
        sender = _SENDER_DIFFERS.fullmatch(warning)
        if sender:
            return (
                self.tr("Signed by %1, but the letter says it is from %2.")
                .replace("%1", sender.group(1))
                .replace("%2", sender.group(2))
            )
        header = _HEADER_DIFFERS.fullmatch(warning)
        if header:
            return self.tr(
                "The %1 line outside the signature was changed after signing; the signed %1 is shown."
            ).replace("%1", header.group(1))
        pages = _PAGES_DIFFER.fullmatch(warning)
        if pages:
            listed = _PAGES_LISTED.search(pages.group(1))
            if listed and listed.group(1).isdigit():
                return self.tr(
                    "The card's pages differ from the signed original (page %1) — do not trust the printout."
                ).replace("%1", listed.group(1))
            if listed:
                return self.tr(
                    "The card's pages differ from the signed original (pages %1) — do not trust the printout."
                ).replace("%1", listed.group(1))
            return self.tr("The card's pages differ from the signed original — do not trust the printout.")
        if _PAGES_UNCHECKED.fullmatch(warning):
            return self.tr(
                "Not every page of the card could be compared with the signed original — rely on the attached "
                "original, not on the printout."
            )
        if warning == "the signer's certificate names no e-mail address to compare with From":
            return self.tr("The signer's certificate names no e-mail address to compare with the sender.")
        return warning

    def _unsigned_part(self, name: str) -> str:
        if name == "text":
            return self.tr("the letter's text")
        rest = _REST_OUTSIDE.fullmatch(name)
        if rest:  # what an XML signature over one element leaves out
            return (
                self.tr("the rest of %1, outside the element %2")
                .replace("%1", rest["name"])
                .replace("%2", rest["scope"])
            )
        changed = _CHANGED_AFTER.fullmatch(name)
        if changed:  # a revision added to a signed PDF after its last signature
            return self.tr("what was added to %1 after its last signature").replace("%1", changed["name"])
        return name

    def coverage_text(self, verdict: dict[str, Any]) -> str:
        coverage = verdict.get("coverage")
        unsigned = ", ".join(self._unsigned_part(str(name)) for name in verdict.get("unsigned_parts") or [])
        if coverage == "partial":
            return self.tr(
                "⚠ Only a part of this letter is signed. The text shown below is NOT what was signed: "
                "rely only on the signed text in the card. Not covered: %1"
            ).replace("%1", unsigned or "-")
        if coverage == "attachments" and unsigned:
            return self.tr("Not covered by any signature: %1").replace("%1", unsigned)
        if coverage == "full" and verdict.get("headers_signed") is False:
            return self.tr(
                "The signature covers the letter's text and attachments, not its subject, sender or date lines."
            )
        return ""

    def printable_lines(self) -> list[str]:
        """What a printed letter carries of its verdict: every card unfolded, with the checker's
        own words under each reason (the dates and causes a court expert reads)."""
        lines = [text for text in (self.coverage.text(), self.warning.text()) if text]
        for card in self.cards:
            lines.append(card.title.text())
            for label in card.card.findChildren(QLabel):
                lines.append("    " + label.text())
                if label.objectName() == "verdictReason" and label.toolTip():
                    lines.append("    " + label.property("checker_words"))
            lines += ["    " + box.toPlainText() for box in card.findChildren(QPlainTextEdit)]
        return lines

    def text(self) -> str:
        """Everything the panel says, for tests and accessibility."""
        parts = [self.coverage.text(), self.warning.text()]
        for card in self.cards:
            parts += [label.text() for label in card.findChildren(QLabel)]
            parts += [box.toPlainText() for box in card.findChildren(QPlainTextEdit)]
        return "\n".join(parts)
