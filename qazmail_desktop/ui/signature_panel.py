"""The signature panel: a green, amber or red verdict with the signer's identity, one per
signature in the letter (the letter itself and each signed attachment), and a details dialog."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .formatting import local_datetime
from .models import verdict_color


class SignatureCard(QFrame):
    def __init__(self, item: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        status = item.get("status", "malformed")
        color = verdict_color(status)
        self.setObjectName("signatureCard")
        self.setStyleSheet(f"#signatureCard {{ border: 2px solid {color}; border-radius: 6px; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        signer = (item.get("signers") or [{}])[0]
        what = (
            self.tr("Letter")
            if item.get("kind") == "letter"
            else self.tr("Attachment: %1").replace("%1", str(item.get("name", "")))
        )
        top = QHBoxLayout()
        mark = "✔" if status == "valid" else ("✖" if color == "#c5221f" else "⚠")
        title = QLabel(f"<b style='color:{color}'>{mark} {self.status_text(status)}</b> — {what}")
        title.setObjectName("verdictTitle")
        top.addWidget(title, 1)
        button = QPushButton(self.tr("Details…"))
        button.setFlat(True)
        button.clicked.connect(self.show_details)
        top.addWidget(button)
        layout.addLayout(top)
        who = []
        if signer.get("name"):
            who.append(
                "<b>"
                + html.escape(
                    f"{signer.get('surname') or ''} {signer.get('given_name') or ''}".strip() or signer["name"]
                )
                + "</b>"
            )
        for label, key in ((self.tr("IIN"), "iin"), (self.tr("BIN"), "bin")):
            if signer.get(key):
                who.append(f"{label} <b>{html.escape(str(signer[key]))}</b>")
        for key in ("organization", "email"):
            if signer.get(key):
                who.append(html.escape(str(signer[key])))
        when = []
        if signer.get("signing_time"):
            when.append(self.tr("Signed at") + " <b>" + _local_time(signer["signing_time"]) + "</b>")
        if signer.get("timestamp"):
            when.append(self.tr("Time-stamp") + " <b>" + _local_time(signer["timestamp"]) + "</b>")
        detail = QLabel(
            " · ".join(who) + ("<br>" if who and when else "") + " · ".join(when)
            or html.escape(str(item.get("error", "")))
        )
        detail.setObjectName("signerDetails")
        detail.setWordWrap(True)
        layout.addWidget(detail)
        message = str(signer.get("message") or item.get("error") or "")
        if message and status != "valid":
            note = QLabel(html.escape(message))
            note.setWordWrap(True)
            layout.addWidget(note)

    def status_text(self, status: str) -> str:
        texts = {
            "valid": self.tr("Signature valid"),
            "content_modified": self.tr("Document modified after signing"),
            "invalid_signature": self.tr("Signature invalid"),
            "revoked": self.tr("Certificate revoked"),
            "expired": self.tr("Certificate expired"),
            "not_yet_valid": self.tr("Certificate not yet valid"),
            "untrusted": self.tr("Untrusted certificate"),
            "unknown_algorithm": self.tr("Unsupported algorithm"),
            "malformed": self.tr("Damaged signature"),
        }
        return texts.get(status, status)

    def show_details(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Signature details"))
        layout = QVBoxLayout(dialog)
        lines = []
        for number, signer in enumerate(self.item.get("signers") or [], 1):
            lines.append(
                self.tr("Signer %1").replace("%1", str(number)) + f": {signer.get('name')}  [{signer.get('status')}]"
            )
            lines.append(f"  {signer.get('message')}")
            lines.append(self.tr("  Certificate chain:"))
            lines += [f"    {name}" for name in signer.get("chain") or []]
            lines.append(self.tr("  Revocation: %1").replace("%1", str(signer.get("revocation") or "-")))
            cert = signer.get("certificate") or {}
            lines.append(
                f"  {self.tr('Serial')}: {cert.get('serial')}  {self.tr('Valid')}: {cert.get('not_before')} — "
                f"{cert.get('not_after')}"
            )
            lines.append(f"  {self.tr('Issuer')}: {cert.get('issuer')}")
            lines.append(f"  SHA-256: {cert.get('sha256_fingerprint')}")
            lines.append(f"  {self.tr('Roles')}: {', '.join(signer.get('roles') or [])}")
        text = QPlainTextEdit("\n".join(lines) or str(self.item.get("error", "")))
        text.setReadOnly(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(720, 420)
        dialog.show()


def _local_time(iso: str) -> str:
    try:
        return local_datetime(dt.datetime.fromisoformat(iso), seconds=True)
    except ValueError:
        return iso


class SignaturePanel(QWidget):
    """Empty (hidden) for unsigned letters; one card per signature otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.cards: list[SignatureCard] = []
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #b26a00")
        self.warning.setWordWrap(True)
        self.layout_.addWidget(self.warning)
        self.hide()

    def show_verdict(self, verdict: dict[str, Any] | None) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        if not verdict or not verdict.get("signatures"):
            self.hide()
            return
        for item in verdict["signatures"]:
            card = SignatureCard(item, self)
            self.cards.append(card)
            self.layout_.addWidget(card)
        warnings = verdict.get("warnings") or []
        self.warning.setText("\n".join("⚠ " + w for w in warnings))
        self.warning.setVisible(bool(warnings))
        self.show()

    def text(self) -> str:
        """Everything the panel says, for tests and accessibility."""
        parts = [self.warning.text()]
        for card in self.cards:
            parts += [label.text() for label in card.findChildren(QLabel)]
        return "\n".join(parts)
