"""Message ▸ Save as document card…: a letter's signed document (the letter itself, or a signed
attachment) with its signatures, as a card (kaarkz/ddcard) made by the core's ``make_card`` off
the UI thread. The user chooses what the card shows, as the specification recommends."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..atomic import write_atomically
from ..operations.attachments import safe_filename
from ..operations.cards import CardOptions, make_card
from ..profile import Profile
from ..signing.policy import build_policy
from ..signing.verdicts import SignedPayload
from .formatting import documents_folder, warn
from .signature_panel import plain_label
from .tasks import TaskRunner


class DocumentCardDialog(QDialog):
    saved = Signal(Path)

    def __init__(
        self, payloads: list[SignedPayload], subject: str, profile: Profile, tasks: TaskRunner, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.payloads, self.subject, self.profile, self.tasks = payloads, subject, profile, tasks
        self.setWindowTitle(self.tr("Save as document card"))
        layout = QVBoxLayout(self)
        about = plain_label(
            self.tr(
                "A document card is a PDF that carries the signed document and its signatures, with pages "
                "anyone can read; it proves itself offline, years later (kaarkz/ddcard)."
            )
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.document = QComboBox()
        self.document.setAccessibleName(self.tr("Signed document"))
        for payload in payloads:
            label = self.tr("The letter itself") if payload.name == "letter.eml" else payload.name
            self.document.addItem(label)
        form.addRow(self.tr("Signed document:"), self.document)
        layout.addLayout(form)
        self.show_document = QCheckBox(self.tr("Show the &document on the card's pages"))
        self.show_signatures = QCheckBox(self.tr("A page for each &signature"))
        self.qr_codes = QCheckBox(self.tr("The signatures as &QR codes"))
        for box in (self.show_document, self.show_signatures, self.qr_codes):
            box.setChecked(True)
            layout.addWidget(box)
        self.show_signatures.toggled.connect(self.qr_codes.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.clicked.connect(self._save_clicked)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)
        self.setMinimumWidth(520)

    def chosen(self) -> SignedPayload:
        return self.payloads[max(self.document.currentIndex(), 0)]

    def _suggested_name(self) -> str:
        payload = self.chosen()
        stem = self.subject if payload.name == "letter.eml" else payload.name.rsplit(".", 1)[0]
        return safe_filename(stem, "document") + ".card.pdf"

    def _save_clicked(self) -> None:
        self.save()

    def save(self) -> None:
        suggested = str(documents_folder() / self._suggested_name())
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save document card"), suggested, "PDF (*.pdf)")
        if not chosen:
            return
        out, payload, profile = Path(chosen), self.chosen(), self.profile
        name = f"{safe_filename(self.subject, 'letter')}.eml" if payload.name == "letter.eml" else payload.name
        options = CardOptions(
            show_document=self.show_document.isChecked(),
            show_signatures=self.show_signatures.isChecked(),
            qr_codes=self.qr_codes.isChecked() and self.show_signatures.isChecked(),
        )
        assert payload.document is not None

        def work(_report: Callable[[int, int, str], None], _cancel: threading.Event) -> Any:
            card = make_card(name, payload.document or b"", [payload.cms], build_policy(profile), options)
            write_atomically(out, card, private=False)  # a document, where the user chose
            return out

        self.save_button.setEnabled(False)
        self.tasks.start(work, self._done, self._failed)

    def _done(self, out: Path) -> None:
        self.saved.emit(out)
        self.accept()

    def _failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        warn(self, self.tr("Cannot make the document card"), message)
