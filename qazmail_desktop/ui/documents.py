"""File ▸ Sign document… and File ▸ Co-sign…: for accountants who sign files without mailing them
(an .xml document also with an XML signature inside it, as e-government services make them).

The key password is asked in the real prompt; signing (and the time-stamp and OCSP requests it
makes) runs off the UI thread through the core's ``sign_document`` / ``cosign_document``; the
result is written beside the document and opened with its verdict. Instead of a key file, eGov
Mobile can sign or co-sign by QR (``qrsign.QrSignDialog``, through the core's
``sign_document_by_qr`` / ``cosign_document_by_qr``): the same file, written the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..atomic import write_atomically
from ..crypto.content import Content
from ..crypto.xmlsafe import MAX_XML
from ..operations.documents import cosign_document, sign_document, sign_pdf_document, sign_xml
from ..operations.files import MAX_CMS, companion_document, read_limited
from ..operations.qrsigning import QrSigned, ShowQr, cosign_document_by_qr, sign_document_by_qr
from ..profile import Profile
from ..safetext import one_line
from ..signing.egovqr import EgovQrClient
from ..signing.keystore import KeyStore
from ..signing.pdf import MAX_PDF
from ..signing.policy import build_policy
from ..signing.signers import SigningStep
from ..userfiles import same_file
from .fileview import SIGNED_FILE_FILTER
from .formatting import warn
from .keys import key_choice, unlock_key
from .qrsign import QrOutcome, QrService, QrSignDialog, QrWork, Taken
from .signature_panel import plain_label
from .tasks import TaskRunner


def write_signature(out: Path, data: bytes) -> None:
    """A signature (or signed document) written beside the document, whole or not at all, with the
    mode any program would give it: a document, where the user chose (a key file or eGov Mobile signed)."""
    write_atomically(out, data, private=False)


class SignDocumentDialog(QDialog):
    """``cosign=False``: sign a document (detached .sig beside it, or .cms with it inside);
    ``cosign=True``: add a signature to an existing .sig/.cms (every earlier one checked first).
    Either is by a key file or by eGov Mobile through SIGEX (``qr``: where, and the demo phone)."""

    signed = Signal(Path)  # the signature file written

    def __init__(
        self,
        keys: KeyStore,
        profile: Profile,
        tasks: TaskRunner,
        tsa_url: str,
        online: bool,
        cosign: bool = False,
        parent: QWidget | None = None,
        *,
        qr: QrService,
    ) -> None:
        super().__init__(parent)
        self.qr = qr
        self.qr_dialog: QrSignDialog | None = None
        self.keys, self.profile, self.tasks, self.tsa_url, self.online, self.cosign = (
            keys,
            profile,
            tasks,
            tsa_url,
            online,
            cosign,
        )
        self.setWindowTitle(self.tr("Co-sign") if cosign else self.tr("Sign document"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Signature file") if cosign else self.tr("Document"))
        self.file.textChanged.connect(self._update_target)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setAutoDefault(False)  # Enter in the file field signs; it must not open the chooser
        self.choose.clicked.connect(self._choose_file)
        row.addWidget(self.file, 1)
        row.addWidget(self.choose)
        form.addRow(self.tr("Signature file:") if cosign else self.tr("Document:"), row)
        # the way to sign: a key file, or eGov Mobile by QR (co-signing too: the phone signs the
        # document the earlier signature proves, and its signature joins that one)
        ways = QHBoxLayout()
        self.with_key = QRadioButton(self.tr("&Key file (.p12)"))
        self.with_key.setChecked(True)
        self.with_qr = QRadioButton(self.tr("e&Gov Mobile (QR)"))
        self.way = QButtonGroup(self)
        for button in (self.with_key, self.with_qr):
            self.way.addButton(button)
            ways.addWidget(button)
        ways.addStretch(1)
        self.with_qr.toggled.connect(self._update_target)
        form.addRow(self.tr("Sign with:"), ways)
        self.key = key_choice(keys)
        self.key.setAccessibleName(self.tr("EDS key"))
        form.addRow(self.tr("EDS key:"), self.key)
        layout.addLayout(form)
        self.privacy = plain_label(
            self.tr("The document passes through SIGEX (%1) to eGov Mobile.").replace("%1", qr.host)
        )
        self.privacy.setObjectName("qrPrivacy")
        self.privacy.setWordWrap(True)
        self.privacy.hide()
        layout.addWidget(self.privacy)
        self.detached = QCheckBox(self.tr("&Detached signature (the document stays as it is, the signature beside it)"))
        self.detached.setChecked(True)
        self.detached.toggled.connect(self._update_target)
        self.detached.setVisible(not cosign)
        layout.addWidget(self.detached)
        self.timestamp = QCheckBox(self.tr("Add a &time-stamp (proves when it was signed)"))
        self.timestamp.setChecked(online)
        self.timestamp.setEnabled(online)
        layout.addWidget(self.timestamp)
        # for an .xml document or a PDF: the signature inside it, as e-government services and NCALayer
        # make XML signatures, and as PDF readers show PDF signatures (its words follow the file's kind)
        self.inside = QCheckBox()
        self.inside.setChecked(True)
        self.inside.hide()
        self.inside.toggled.connect(self._update_target)
        layout.addWidget(self.inside)
        self.target = plain_label()
        self.target.setObjectName("signatureTarget")
        layout.addWidget(self.target)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = QPushButton(self.tr("Co-sign") if cosign else self.tr("Sign"))
        self.sign_button.clicked.connect(self._sign_clicked)
        buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.sign_button.setDefault(True)  # once inside the dialog: Enter signs
        self._update_target()

    def output_path(self) -> Path | None:
        text = self.file.text().strip()
        if not text:
            return None
        chosen = Path(text)
        if not chosen.name:  # "/" while a path is typed: no file named yet
            return None
        if self.cosign:
            return chosen  # the signature file gains the new signature
        inside = self.signs_inside()
        if inside:
            return chosen.with_name(chosen.stem + ".signed" + inside)  # the document with its signature
        return chosen.with_name(chosen.name + (".sig" if self.detached.isChecked() else ".cms"))

    def _kind_inside(self) -> str:
        """ ".xml" or ".pdf" when the document named can carry its signature inside it, else ""."""
        suffix = Path(self.file.text().strip()).suffix.lower()
        return suffix if not self.cosign and suffix in (".xml", ".pdf") else ""

    def signs_inside(self) -> str:
        """The kind of document signed inside (".xml" or ".pdf"), "" for a CMS beside or around it
        (always by eGov Mobile: SIGEX's procedure makes a CMS)."""
        return self._kind_inside() if self.inside.isChecked() and not self.by_qr() else ""

    def by_qr(self) -> bool:
        """eGov Mobile signs (by QR through SIGEX), not a key file."""
        return self.with_qr.isChecked()

    def _update_target(self) -> None:
        kind, qr = self._kind_inside(), self.by_qr()
        self.key.setEnabled(not qr)  # no key file, no key password: the phone holds the key
        self.privacy.setVisible(qr)
        self.inside.setVisible(bool(kind) and not qr)
        if kind == ".xml":
            self.inside.setText(self.tr("&XML signature inside the document (as e-government services sign XML)"))
        elif kind == ".pdf":
            self.inside.setText(self.tr("Signature &inside the PDF (PAdES: PDF readers show it)"))
        inside = self.signs_inside()
        self.detached.setEnabled(not inside)  # a signature inside is never detached
        # an XML signature has no time-stamp; eGov Mobile time-stamps its signature itself
        self.timestamp.setEnabled(self.online and inside != ".xml" and not qr)
        out = self.output_path()
        self.target.setText(self.tr("The signature will be written to %1").replace("%1", str(out)) if out else "")

    def _choose_file(self) -> None:
        title = self.tr("The signature to co-sign") if self.cosign else self.tr("The document to sign")
        name_filter = f"({SIGNED_FILE_FILTER})" if self.cosign else ""
        chosen, _ = QFileDialog.getOpenFileName(self, title, "", name_filter)
        if chosen:
            self.file.setText(chosen)

    def _sign_clicked(self) -> None:
        self.sign()  # clicked(bool) passes `checked`: it must not reach sign() as an argument

    def sign(self) -> None:
        source, out = Path(self.file.text().strip()), self.output_path()
        if not self.by_qr() and self.key.count() == 0:
            warn(self, self.tr("No key"), self.tr("Add an EDS key in the key manager first."))
            return
        if out is None or not source.is_file():
            warn(self, self.tr("Cannot sign"), self.tr("No such file: %1").replace("%1", str(source)))
            return
        key_file = None if self.by_qr() else Path(str(self.key.currentData()))
        if not self.cosign and not self._writes_no_input(out, [source, *([key_file] if key_file else [])]):
            return
        if not self.cosign and out.exists() and not self._may_replace(out):
            return
        if not self.cosign and source.stat().st_size == 0 and not self._may_sign_empty(source):
            return
        if key_file is None:
            self._sign_by_qr(source, out)
            return
        key = unlock_key(self.keys, key_file, self)
        if key is None:
            return
        detached, cosign, profile, online = self.detached.isChecked(), self.cosign, self.profile, self.online
        inside = self.signs_inside()
        tsa_url = self.tsa_url if self.timestamp.isChecked() and inside != ".xml" else ""

        def work(_report: Callable[[int, int, str], None], _cancel: threading.Event) -> Any:
            trust = build_policy(profile).trust if online else None
            if inside == ".xml":
                made = sign_xml(read_limited(source, "XML document", MAX_XML), key, trust)
            elif inside == ".pdf":
                made = sign_pdf_document(read_limited(source, "PDF", MAX_PDF), key, tsa_url, trust)
            elif cosign:
                document = companion_document(source)
                content = Content.of_file(document) if document else None
                made = cosign_document(read_limited(source, "CMS", MAX_CMS), key, content, tsa_url, trust)
            else:
                made = sign_document(Content.of_file(source), key, detached, tsa_url, trust)
            write_signature(out, made.data)
            return out

        self.sign_button.setEnabled(False)
        self.tasks.start(work, self._done, self._failed)

    def _sign_by_qr(self, source: Path, out: Path) -> None:
        """The QR dialog over the window; once it has written the signature (and shows its verdict),
        this dialog's work is done. Cancelled or failed, this dialog stays for another try."""
        subject = self.tr("Signature file: %1") if self.cosign else self.tr("Document: %1")
        nothing = self.tr("Nothing was written.")
        dialog = QrSignDialog(
            self.qr,
            self.tasks,
            subject.replace("%1", source.name),
            [SigningStep.DOCUMENT],
            nothing,
            self.parentWidget() or self,
        )
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.succeeded.connect(lambda _out: self.accept())
        dialog.finished.connect(lambda _result: self.sign_button.setEnabled(True))
        self.qr_dialog = dialog
        self.sign_button.setEnabled(False)
        dialog.show()
        said = self.tr("Signed in eGov Mobile. The signature is written to %1")
        dialog.start(self._qr_work(source, out), lambda written: said.replace("%1", str(written)))

    def _qr_work(self, source: Path, out: Path) -> QrWork:
        """The procedure the QR dialog runs: the phone signs the document (or co-signs the signature
        file: its document signed and the phone's signature joined to it); the file is written only
        when what came back is valid and the signing was not cancelled meanwhile."""
        cosign, detached, service = self.cosign, self.detached.isChecked(), self.qr

        def work(
            new_client: Callable[[], EgovQrClient], show: ShowQr, taken: Taken, cancel: threading.Event
        ) -> QrOutcome:
            step = SigningStep.DOCUMENT
            shown, done = (lambda procedure: show(procedure, step)), (lambda: taken(step))
            signed: QrSigned
            if cosign:
                document = companion_document(source)
                data = read_limited(document, "document", MAX_CMS) if document is not None else None
                name = document.name if document is not None else source.name.removesuffix(".cms")
                existing = read_limited(source, "CMS", MAX_CMS)
                signed = cosign_document_by_qr(
                    new_client(), name, existing, data, service.policy(), shown, done, cancel
                )
            else:
                data = read_limited(source, "document", MAX_CMS)
                signed = sign_document_by_qr(
                    new_client(), source.name, data, detached, service.policy(), shown, done, cancel
                )
            if cancel.is_set():  # cancelled as the signature came: nothing is written
                return QrOutcome(reason="cancelled")
            write_signature(out, signed.data)
            return QrOutcome(out, verdict=signed.verdict.to_json())

        return work

    def _writes_no_input(self, out: Path, inputs: list[Path]) -> bool:
        """The signature is never written over the document or the key: a file named like the
        signature that is a symlink or a hard link to one of them is refused, not replaced."""
        overwritten = next((path for path in inputs if same_file(out, path)), None)
        if overwritten is None:
            return True
        text = self.tr("The signature would be written over %1. Move or rename that file first.")
        warn(self, self.tr("Cannot sign"), text.replace("%1", one_line(str(overwritten))))
        return False

    def _may_sign_empty(self, source: Path) -> bool:
        """An empty file is most often a failed download or export: a signature over nothing proves nothing."""
        answer = QMessageBox.question(
            self,
            self.tr("Sign an empty file?"),
            self.tr("%1 is empty: the signature will cover no content. Sign it anyway?").replace(
                "%1", one_line(source.name)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _may_replace(self, out: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Replace?"), self.tr("%1 exists already. Replace it?").replace("%1", out.name)
        )
        return answer == QMessageBox.StandardButton.Yes

    def _done(self, out: Path) -> None:
        self.signed.emit(out)
        self.accept()

    def _failed(self, message: str) -> None:
        self.sign_button.setEnabled(True)
        warn(self, self.tr("Cannot sign"), message)
