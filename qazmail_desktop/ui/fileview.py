"""A signed file opened on its own (File ▸ Open, the command line, a file association): the same
signature panel as a letter's, the check run off the UI thread, and for a detached signature
whose document is not beside it, a way to choose that document."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton, QVBoxLayout, QWidget

from ..crypto.status import Status
from ..operations.cards import document_of_signature
from ..operations.documents import SignedDocument, check_file
from ..operations.files import MAX_CMS, read_limited
from ..profile import Profile
from ..signing.policy import build_policy
from ..signing.verdicts import SignedPayload
from .cards import DocumentCardDialog
from .preview import DocumentPreview
from .signature_panel import SignaturePanel, plain_label
from .tasks import TaskRunner

SIGNED_FILE_FILTER = "*.sig *.cms *.p7s *.p7m *.pem *.pdf *.xml"


class SignedFileWindow(QDialog):
    def __init__(
        self,
        path: Path,
        profile: Profile,
        online: bool,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        called: str = "",
    ):
        super().__init__(parent)
        self.path, self.profile, self.online, self.tasks = path, profile, online, tasks
        self.document: Path | None = None
        self.setWindowTitle(path.name)
        layout = QVBoxLayout(self)
        self.file_label = plain_label(called or str(path))
        self.file_label.setObjectName("signedFile")
        layout.addWidget(self.file_label)
        self.state = plain_label(self.tr("Checking the signatures…"))
        self.state.setObjectName("checkState")
        layout.addWidget(self.state)
        self.signatures = SignaturePanel(self)
        layout.addWidget(self.signatures)
        # the document the verdict is about, as the check read it (the signed bytes, nothing else)
        self.document_heading = plain_label("")
        self.document_heading.hide()
        layout.addWidget(self.document_heading)
        self.document_view: DocumentPreview | None = None
        self.filler = layout.count()
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.choose_document = QPushButton(self.tr("Choose the signed document…"))
        self.choose_document.hide()
        self.choose_document.clicked.connect(self._choose_document)
        buttons.addButton(self.choose_document, QDialogButtonBox.ButtonRole.ActionRole)
        self.make_card = QPushButton(self.tr("Save as document card…"))
        self.make_card.hide()  # a CMS whose document is at hand, once checked
        self.make_card.clicked.connect(self._make_card)
        buttons.addButton(self.make_card, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(760, 640)
        self.check()

    def check(self) -> None:
        """Verify (again) on the thread pool; the window shows the verdict when it is ready."""
        path, document, profile, online = self.path, self.document, self.profile, self.online
        self.state.setText(self.tr("Checking the signatures…"))
        self.state.show()

        def work(_report: Callable[[int, int, str], None], _cancel: threading.Event) -> Any:
            checked = check_file(path, build_policy(profile, online=online), document)
            return checked.verdict.to_json(), checked.document

        self.tasks.start(work, self._show, self._failed)

    def _show(self, checked: tuple[dict[str, Any], SignedDocument | None]) -> None:
        verdict, document = checked
        signatures = verdict.get("signatures") or []
        self.signatures.show_verdict(verdict)
        self._show_document(document)
        card = verdict.get("card_trustworthy")
        if card is not None:
            if not card:
                said = self.tr("Document card: do not trust its data, a signature fails the card's checks.")
            elif verdict.get("card_printout_matches") is False:
                said = self.tr(
                    "Document card: the signatures are valid over the attached original, but the card's pages "
                    "do not show it: do not trust the printout."
                )
            else:
                said = self.tr(
                    "Document card: every signature is valid over the original and proves itself, "
                    "and the pages show them."
                )
            self.state.setText(said)
        else:
            self.state.setText("" if signatures else self.tr("This file holds no signature QazMail can find."))
        self.state.setVisible(not signatures or card is not None)
        missing = any(s.get("status") == Status.CONTENT_MISSING for s in signatures)
        self.choose_document.setVisible(missing)
        is_cms = not self.path.name.lower().endswith((".pdf", ".xml"))  # a card carries a CMS
        self.make_card.setVisible(bool(signatures) and is_cms and not missing)

    def _show_document(self, document: SignedDocument | None) -> None:
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        if self.document_view is not None:
            layout.removeWidget(self.document_view)
            self.document_view.hide()
            self.document_view.deleteLater()
            self.document_view = None
        self.document_heading.setVisible(document is not None)
        if document is None:
            layout.setStretch(self.filler, 1)
            return
        self.document_heading.setText(self.tr("The signed document: %1").replace("%1", document.name))
        self.document_view = DocumentPreview(document.name, "", document.data, self)
        layout.insertWidget(self.filler, self.document_view, 1)
        layout.setStretch(self.filler + 1, 0)

    def _make_card(self) -> None:
        """The signature and its document as a card: the card dialog, once both are read (off the UI thread)."""
        path, document = self.path, self.document

        def work(_report: Callable[[int, int, str], None], _cancel: threading.Event) -> Any:
            cms_bytes = read_limited(path, "signature", MAX_CMS)
            name, data = document_of_signature(path, cms_bytes, document)
            return SignedPayload(name, data, cms_bytes)

        self.tasks.start(work, self._open_card_dialog, self._failed)

    def _open_card_dialog(self, payload: SignedPayload) -> None:
        dialog = DocumentCardDialog([payload], payload.name, self.profile, self.tasks, self)
        dialog.saved.connect(self._card_saved)
        dialog.show()

    def _card_saved(self, path: Path) -> None:
        self.state.setText(self.tr("Document card saved to %1").replace("%1", str(path)))
        self.state.show()

    def _failed(self, message: str) -> None:
        self.signatures.show_verdict(None)
        self._show_document(None)
        self.state.setText(self.tr("This file cannot be checked: %1").replace("%1", message))
        self.state.show()

    def _choose_document(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("The signed document"), str(self.path.parent))
        if chosen:
            self.document = Path(chosen)
            self.check()
