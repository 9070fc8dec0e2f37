"""The compose window: recipients as pills with completion, text, attachments (button or drag-and-drop),
"Sign with EDS" for the letter and its attachments (by a key file, or by eGov Mobile scanning a QR
code: ``qrsign``), drafts saved as you type, sending through the outbox (which works offline)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..atomic import NO_SPACE
from ..choices import AttachmentSignature
from ..crypto.trust import TrustStore
from ..operations.drafts import keep_on_server
from ..operations.qrsigning import QrSigner, ShowQr
from ..operations.send import SendResult, send_letter
from ..safetext import one_line
from ..signing.egovqr import EgovQrClient
from ..signing.keystore import KeyStore
from ..signing.outgoing import SigningOptions
from ..signing.signers import SigningStep
from ..store.cache import Account
from ..sync.compose import Draft
from ..sync.engine import MailEngine
from ..sync.errors import MailError
from .drafts import DraftData, DraftStore
from .formatting import local_size, warn
from .keys import key_choice, unlock_key
from .qrsign import QrOutcome, QrService, QrSignDialog, QrWork, Taken
from .recipients import RecipientField, split_recipients
from .signature_panel import plain_label
from .tasks import TaskRunner

AUTOSAVE_MS = 2000
# the key choice "eGov Mobile (QR)", kept in the draft where a key file's path is kept
BY_QR = "egov-mobile-qr"


def _addresses(text: str) -> list[str]:
    """A field's recipients as the letter's headers take them: a comma inside a quoted name
    ("Ахметова, Дана" <dana@dala.kz>) does not split it in two."""
    return split_recipients(text)


class LetterText(QTextEdit):
    """The letter's text. Files dropped or pasted on it become attachments: as text they were
    "file:///home/…" lines, a path of the sender's computer in the partner's letter."""

    files_given = Signal(list)  # of Path

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt's API
        return bool(_local_files(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's API
        files = _local_files(source)
        if files:
            self.files_given.emit(files)
        else:
            super().insertFromMimeData(source)


def _local_files(source: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()] if source.hasUrls() else []


def _letter(draft: DraftData) -> Draft:
    return Draft(
        to=_addresses(draft.to),
        cc=_addresses(draft.cc),
        bcc=_addresses(draft.bcc),
        subject=draft.subject,
        body=draft.body,
        attachments=[Path(p) for p in draft.attachments],
        in_reply_to=draft.in_reply_to,
        references=draft.references,
    )


def _qr_steps(draft: DraftData) -> list[SigningStep]:
    """The procedures eGov Mobile is asked for, in order (as ``QrSigner`` makes them): the attached
    files when they are to be signed, then the letter when it is."""
    wanted = (
        (SigningStep.ATTACHMENTS, draft.sign_attachments and bool(draft.attachments)),
        (SigningStep.LETTER, draft.sign),
    )
    return [step for step, asked in wanted if asked]


class AddressModel(QStringListModel):
    """Correspondents offered for completion: shown with bidi controls as visible marks (a name
    from a letter can carry U+202E and read backwards), completed with the address as it is."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(str(super().data(index, Qt.ItemDataRole.EditRole) or ""))
        return super().data(index, role)


class ComposeWindow(QWidget):
    sent = Signal(str)  # a message for the status bar
    drafts_changed = Signal()  # the account's Drafts folder gets a new version (or loses one)

    def __init__(
        self,
        engine: MailEngine,
        keys: KeyStore,
        drafts: DraftStore,
        tasks: TaskRunner,
        account: Account,
        draft: DraftData | None = None,
        parent: QWidget | None = None,
        trust_store: Callable[[], TrustStore] = TrustStore,
        tsa_url: Callable[[], str] = str,
        proof_tsa: Callable[[], str] = str,
        *,
        qr_service: Callable[[], QrService],
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.engine, self.keys, self.drafts, self.tasks = engine, keys, drafts, tasks
        self.trust_store = trust_store  # where the key's issuer is found for the OCSP check before signing
        self.tsa_url = tsa_url  # "" offline: the letter is signed now and waits for its time-stamp
        self.proof_tsa = proof_tsa  # offline: the TSA the letter waits for
        self.qr_service = qr_service  # where signing by eGov Mobile goes, asked at each Send
        self.qr_dialog: QrSignDialog | None = None
        self.account = account
        self.draft = draft or DraftData(account=account.name)
        self.setWindowTitle(self.tr("New letter — QazMail"))
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        # the model must belong to the window: a local one was collected and completion offered nothing
        self.address_model = AddressModel(engine.cache.lookup.addresses("", 500), self)
        completer_model = self.address_model
        self.to = RecipientField(self.draft.to)
        self.cc = RecipientField(self.draft.cc)
        self.bcc = RecipientField(self.draft.bcc)
        for field in (self.to, self.cc, self.bcc):
            completer = QCompleter(completer_model, field)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            field.setCompleter(completer)
        self.subject = QLineEdit(self.draft.subject)
        # From: which of the user's accounts sends it (shown when there is more than one)
        self.from_choice = QComboBox()
        self.from_choice.setAccessibleName(self.tr("From"))
        for known in engine.cache.accounts.all():
            self.from_choice.addItem(
                f"{known.display_name} <{known.email}>" if known.display_name else known.email, known.name
            )
        self.from_choice.setCurrentIndex(max(0, self.from_choice.findData(account.name)))
        self.from_choice.currentIndexChanged.connect(self._sender_chosen)
        form.addRow(self.tr("From:"), self.from_choice)
        to_row = QHBoxLayout()
        to_row.addWidget(self.to, 1)
        self.copies_button = QPushButton(self.tr("Cc/Bcc"))
        self.copies_button.setToolTip(self.tr("Show the Cc and Bcc fields (Ctrl+Shift+C)"))
        self.copies_button.setShortcut("Ctrl+Shift+C")
        self.copies_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes To -> Subject -> text
        self.copies_button.clicked.connect(self.show_copies)
        to_row.addWidget(self.copies_button)
        form.addRow(self.tr("To:"), to_row)
        form.addRow(self.tr("Cc:"), self.cc)
        form.addRow(self.tr("Bcc:"), self.bcc)
        form.addRow(self.tr("Subject:"), self.subject)
        layout.addLayout(form)
        self.form = form
        form.setRowVisible(self.from_choice, self.from_choice.count() > 1)
        self.body = LetterText()
        self.body.files_given.connect(self.add_attachments)
        self.body.setAcceptRichText(False)
        self.body.setTabChangesFocus(True)  # Tab leaves the text, as in every mail client
        self.body.setPlainText(self.draft.body)
        named: tuple[tuple[str, QWidget], ...] = (("To", self.to), ("Cc", self.cc), ("Bcc", self.bcc))
        for name, widget in (*named, ("Subject", self.subject)):
            widget.setAccessibleName(name)
        self.body.setAccessibleName("Text")
        self._set_copies_visible(bool(self.draft.cc or self.draft.bcc))
        layout.addWidget(self.body, 1)
        # each file by its name and size; where it lies (a folder of the profile, for a forward) is
        # the item's data, never shown
        self.attachment_list = QListWidget()
        self.attachment_list.setAccessibleName(self.tr("Attachments"))
        self.attachment_list.setMaximumHeight(90)
        self.attachment_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.attachment_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.remove_attachment = QAction(self.tr("Remove attachment"), self.attachment_list)
        self.remove_attachment.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Backspace")])
        self.remove_attachment.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_attachment.triggered.connect(self.remove_selected_attachments)
        self.attachment_list.addAction(self.remove_attachment)
        for path in self.draft.attachments:
            self._list_attachment(Path(path))
        self.attachment_list.setVisible(bool(self.draft.attachments))
        layout.addWidget(self.attachment_list)
        sign_row = QHBoxLayout()
        # Alt+S in every language and keyboard layout: a shortcut of the window, not the label's
        # mnemonic (which became Alt+П or Alt+Қ), and it leaves the focus where the user types
        self.sign = QCheckBox(self.tr("Sign with EDS (Alt+S)"))
        self.sign.setChecked(self.draft.sign)
        self.key_choice = key_choice(keys)
        self.key_choice.setAccessibleName(self.tr("EDS key"))
        if self.key_choice.count():  # the key files, then the phone
            self.key_choice.insertSeparator(self.key_choice.count())
        self.key_choice.addItem(self.tr("eGov Mobile (QR)"), BY_QR)  # the phone signs: no key file here
        if self.draft.key_file:
            self.key_choice.setCurrentIndex(max(0, self.key_choice.findData(self.draft.key_file)))
        self.sign_attachments = QCheckBox(self.tr("Sign each attachment (.sig)"))
        self.sign_attachments.setChecked(self.draft.sign_attachments)
        sign_row.addWidget(self.sign)
        sign_row.addWidget(self.key_choice, 1)
        sign_row.addWidget(self.sign_attachments)
        layout.addLayout(sign_row)
        self.privacy = plain_label(self.tr("The letter and the files it signs pass through SIGEX to eGov Mobile."))
        self.privacy.setObjectName("qrPrivacy")
        self.privacy.setWordWrap(True)
        layout.addWidget(self.privacy)
        for changed in (self.key_choice.currentIndexChanged, self.sign.toggled, self.sign_attachments.toggled):
            changed.connect(self._signing_chosen)
        self._signing_chosen()
        # shown while the letter cannot be kept on disk (a full disk): its text lives only here
        self.unkept = QLabel()
        self.unkept.setTextFormat(Qt.TextFormat.PlainText)
        self.unkept.setWordWrap(True)
        self.unkept.setStyleSheet("color: #b00020")
        self.unkept.hide()
        layout.addWidget(self.unkept)
        buttons = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.attach_button.clicked.connect(self.choose_attachments)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Take the chosen attachments out of the letter (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected_attachments)
        self.remove_button.setEnabled(False)
        self.attachment_list.itemSelectionChanged.connect(self._attachment_chosen)  # a lambda kept the window alive
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Keep it in Drafts, where other devices see it too (Ctrl+S)"))
        self.save_button.clicked.connect(self._save_clicked)
        buttons.addWidget(self.save_button)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setShortcut("Ctrl+Return")
        self.send_button.clicked.connect(self._send_clicked)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout.addLayout(buttons)
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        self.autosave.start()
        for widget in (self.to, self.cc, self.bcc, self.subject):
            widget.textChanged.connect(self._dirty)
        self.body.textChanged.connect(self._dirty)
        self._changed = False
        self._drafts_copy_stale = False  # changed since the version in Drafts was saved
        self.sign_shortcut = QShortcut(QKeySequence("Alt+S"), self)
        self.sign_shortcut.activated.connect(self.sign.toggle)
        self.escape_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape_shortcut.activated.connect(self.close_asking)
        self.resize(760, 560)
        QWidget.setTabOrder(self.to, self.subject)
        QWidget.setTabOrder(self.subject, self.body)
        QWidget.setTabOrder(self.body, self.sign)
        (self.body if self.draft.to else self.to).setFocus()  # a reply starts in the text, a new letter in To

    def by_qr(self) -> bool:
        """eGov Mobile signs (by QR through SIGEX), not a key file."""
        return str(self.key_choice.currentData()) == BY_QR

    def _signing_chosen(self) -> None:
        """What passes through SIGEX is said where the choice is made, while the phone would sign."""
        signs = self.sign.isChecked() or self.sign_attachments.isChecked()
        self.privacy.setVisible(self.by_qr() and signs)

    def _sender_chosen(self) -> None:
        chosen = self.engine.cache.accounts.get(str(self.from_choice.currentData()))
        if chosen is not None and chosen.name != self.account.name:
            if self.draft.server_message_id:  # its copy in the other account's Drafts goes
                self.engine.discard_draft(self.account, self.draft.server_message_id)
                self.draft.server_message_id = ""
                self.drafts_changed.emit()
            self.account = chosen
            self.draft.account = chosen.name
            self._dirty()

    def _set_copies_visible(self, visible: bool) -> None:
        self.form.setRowVisible(self.cc, visible)
        self.form.setRowVisible(self.bcc, visible)
        self.copies_button.setVisible(not visible)
        if visible:
            QWidget.setTabOrder(self.to, self.cc)
            QWidget.setTabOrder(self.cc, self.bcc)
            QWidget.setTabOrder(self.bcc, self.subject)

    def show_copies(self) -> None:
        self._set_copies_visible(True)
        self.cc.setFocus()

    def _dirty(self) -> None:
        self._changed = True
        self._drafts_copy_stale = True

    def _list_attachment(self, path: Path) -> None:
        try:
            size = local_size(path.stat().st_size)
        except OSError:  # gone since the draft was saved: Send says so
            size = self.tr("missing")
        item = QListWidgetItem(f"{path.name}  ({size})")
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setToolTip(path.name)
        self.attachment_list.addItem(item)
        self.attachment_list.show()

    def add_attachments(self, paths: list[Path]) -> None:
        """Files from Attach…, a drop or a paste; what is not a file (a folder, a device) is said, not attached."""
        refused = []
        for path in paths:
            if path.is_file():
                self._list_attachment(path)
                self._dirty()
            else:
                refused.append(path.name or str(path))
        if refused:
            warn(
                self,
                self.tr("Cannot attach"),
                self.tr("Only files can be attached; these are not files: %1").replace("%1", ", ".join(refused)),
            )

    def attachment_paths(self) -> list[str]:
        items = (self.attachment_list.item(i) for i in range(self.attachment_list.count()))
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items]

    def _attachment_chosen(self) -> None:
        self.remove_button.setEnabled(bool(self.attachment_list.selectedItems()))

    def remove_selected_attachments(self) -> None:
        for item in self.attachment_list.selectedItems():
            self.attachment_list.takeItem(self.attachment_list.row(item))
            self._dirty()
        self.attachment_list.setVisible(self.attachment_list.count() > 0)

    def choose_attachments(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.add_attachments([Path(name) for name in files])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's API
        if _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self.add_attachments(_local_files(event.mimeData()))

    def current_draft(self) -> DraftData:
        d = self.draft
        d.to, d.cc, d.bcc = self.to.text(), self.cc.text(), self.bcc.text()
        d.subject, d.body = self.subject.text(), self.body.toPlainText()
        d.attachments = self.attachment_paths()
        d.sign = self.sign.isChecked()
        d.key_file = str(self.key_choice.currentData() or "")
        d.sign_attachments = self.sign_attachments.isChecked()
        d.window_open = True
        return d

    def save_draft(self) -> None:
        """On disk, every few seconds while typing (nothing is lost in a crash)."""
        if self._changed and self._keep_on_disk(self.current_draft()):
            self._changed = False

    def _keep_on_disk(self, draft: DraftData) -> bool:
        """The window's copy of the letter on disk; when it cannot be (a full disk) the window says
        so, and tries again at the next autosave."""
        try:
            self.drafts.save(draft)
        except OSError as exc:
            if exc.errno in NO_SPACE:
                self.unkept.setText(self.tr("The disk is full: this letter is not kept on disk, only in this window."))
            else:
                self.unkept.setText(
                    self.tr("This letter cannot be kept on disk (%1): it is only in this window.").replace(
                        "%1", exc.strerror or str(exc)
                    )
                )
            self.unkept.show()
            return False
        self.unkept.hide()
        return True

    def save_to_drafts(self, explicit: bool) -> None:
        """Ctrl+S, and on closing a changed letter: a new version in the account's Drafts folder."""
        draft = self.current_draft()
        try:
            draft.server_message_id = keep_on_server(
                self.engine, self.account, _letter(draft), draft.id, draft.server_message_id
            )
        except MailError as exc:  # an attachment that is gone or too large; the copy on disk stays
            if explicit:
                warn(self, self.tr("Cannot save the draft"), str(exc))
            return
        self._drafts_copy_stale = False
        self.drafts_changed.emit()
        if self._keep_on_disk(draft):
            self._changed = False

    def close_asking(self) -> None:
        """Esc: a letter changed since it was opened (or last kept in Drafts) is kept or thrown away
        as the user says; an unchanged one just closes."""
        if not self._drafts_copy_stale:
            self.close()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Close the letter"),
            self.tr("Keep this letter in Drafts?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            self.save_to_drafts(explicit=True)
            if not self._drafts_copy_stale:
                self.close()
        elif answer == QMessageBox.StandardButton.Discard:
            self.autosave.stop()
            self._changed = self._drafts_copy_stale = False
            self.drafts.remove(self.draft.id)
            if self.draft.server_message_id:
                self.engine.discard_draft(self.account, self.draft.server_message_id)
                self.drafts_changed.emit()
            self.close()

    def _save_clicked(self) -> None:
        self.save_to_drafts(explicit=True)  # a bound method: a lambda holding the window kept it alive

    def _send_clicked(self) -> None:
        self.send()  # clicked(bool) passes `checked`: it must never reach send() as the key password

    def send(self, key_password: str | None = None) -> None:
        """Sign (off the UI thread), queue and deliver the letter through the core's send operation;
        the key password is asked in the real prompt (``key_password`` is for scripted use only)."""
        draft = self.current_draft()
        if not self._keep_on_disk(draft):  # a full disk could not queue it either: nothing is tried
            warn(
                self,
                self.tr("Cannot send"),
                self.tr("%1 The letter was not sent. Free some space and send it again: it stays open here.").replace(
                    "%1", self.unkept.text()
                ),
            )
            return
        if not self._recipients_valid():
            return
        signing = None
        if draft.sign or draft.sign_attachments:
            if not draft.key_file:
                warn(self, self.tr("No key"), self.tr("Add an EDS key in the key manager first."))
                return
            if draft.key_file == BY_QR:
                steps = _qr_steps(draft)
                if steps:  # else nothing for the phone to sign (no attachment to sign): sent as it is
                    self._send_by_qr(draft, steps)
                    return
            else:
                path = Path(draft.key_file)
                key = (
                    self.keys.unlock(path, key_password)
                    if key_password is not None
                    else unlock_key(self.keys, path, self)
                )
                if key is None:
                    return
                attachments = AttachmentSignature.SIG if draft.sign_attachments else None
                signing = SigningOptions(
                    key, draft.sign, attachments, tsa_url=self.tsa_url(), proof_tsa=self.proof_tsa()
                )
        letter = _letter(draft)
        self.send_button.setEnabled(False)
        engine, account, trust_store = self.engine, self.account, self.trust_store

        def work(report: Callable[[int, int, str], None], cancel: threading.Event) -> Any:
            return send_letter(engine, account, letter, signing, trust_store() if signing else None, report)

        self.tasks.start(work, self._done, self._failed)

    def _send_by_qr(self, draft: DraftData, steps: list[SigningStep]) -> None:
        """Signed by eGov Mobile: the QR dialog over the window shows each step's QR (the attached
        files, then the letter), and the letter is queued only when every signature that came back
        is valid. Sent, the window closes as after any Send; cancelled or failed, it stays open with
        everything written in it, and the dialog says why."""
        letter = _letter(draft)
        service = self.qr_service()
        dialog = QrSignDialog(
            service,
            self.tasks,
            self.tr("Letter: %1").replace("%1", one_line(letter.subject) or self.tr("(no subject)")),
            steps,
            self.tr("Nothing was sent: the letter stays open."),
            self,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.succeeded.connect(self._done)
        dialog.finished.connect(self._qr_dialog_closed)
        self.qr_dialog = dialog
        self.send_button.setEnabled(False)
        dialog.show()
        sent = self.tr("Signed in eGov Mobile. %1")
        work = self._qr_work(service, letter, draft.sign, draft.sign_attachments)
        dialog.start(work, lambda result: sent.replace("%1", self._sent_text(result)))

    def _qr_work(self, service: QrService, letter: Draft, sign_letter: bool, sign_attachments: bool) -> QrWork:
        """The QR dialog's procedure: the core's send with eGov Mobile as the signer (the phone's
        person named on it by the letter's subject); the verdicts of every step, for who signed."""
        engine, account = self.engine, self.account
        attachments = AttachmentSignature.SIG if sign_attachments else None
        description = letter.subject or self.tr("Letter")

        def work(
            new_client: Callable[[], EgovQrClient], show: ShowQr, taken: Taken, cancel: threading.Event
        ) -> QrOutcome:
            signer = QrSigner(new_client, service.policy(), description, show, taken, cancel)
            result = send_letter(engine, account, letter, SigningOptions(signer, sign_letter, attachments))
            return QrOutcome(result, verdict=signer.verdict().to_json())

        return work

    def _qr_dialog_closed(self) -> None:
        if self.qr_dialog is None or self.qr_dialog.outcome is None or self.qr_dialog.outcome.result is None:
            self.send_button.setEnabled(True)  # not sent: Send again, or change the letter

    def _recipients_valid(self) -> bool:
        """Red pills are refused before the key's password is asked (the core refuses them too,
        after it): the user is told which ones, and the cursor goes to their field."""
        fields = (self.to, self.cc, self.bcc)
        invalid = [recipient.text for field in fields for recipient in field.invalid()]
        if not invalid:
            return True
        if self.cc.invalid() or self.bcc.invalid():
            self._set_copies_visible(True)
        warn(
            self,
            self.tr("Cannot send"),
            self.tr(
                "These recipients are not e-mail addresses: %1. Correct them (double-click one to edit it) "
                "or remove them."
            ).replace("%1", ", ".join(invalid)),
        )
        next(field for field in fields if field.invalid()).setFocus()
        return False

    def _done(self, result: SendResult) -> None:
        self.drafts.remove(self.draft.id)
        self.autosave.stop()
        self._changed = self._drafts_copy_stale = False
        if result.unrecorded:  # it went: the window closes (a second Send would send it twice)
            warn(
                self,
                self.tr("Letter sent"),
                self.tr("The letter was sent, but QazMail could not record it: %1").replace("%1", result.unrecorded),
            )
            self.sent.emit(self.tr("Letter sent"))
            self.close()
            return
        if self.draft.server_message_id:
            self.engine.discard_draft(self.account, self.draft.server_message_id)
            self.drafts_changed.emit()
        self.sent.emit(self._sent_text(result))
        self.close()

    def _sent_text(self, result: SendResult) -> str:
        """What became of the letter, for the status bar (and the QR dialog, after eGov Mobile signed)."""
        if result.waits_for_proof:
            return self.tr(
                "Signed offline: the letter waits in the outbox for its time-stamp and leaves at the next "
                "sync online (Outbox… can send it without)"
            )
        if result.queued:
            return self.tr("Not sent yet (%1): the letter waits in the outbox and is sent at the next sync").replace(
                "%1", result.queued
            )
        if result.refusal:
            return self.tr("The server refused the letter: %1").replace("%1", result.refusal)
        return self.tr("Letter sent")

    def _failed(self, message: str) -> None:
        self.send_button.setEnabled(True)
        warn(self, self.tr("Cannot send"), message)

    def keep_in_drafts_on_close(self) -> None:
        """A letter restored after a crash: whether its last words reached Drafts is not known, so
        closing puts them there before the copy on disk goes."""
        self._drafts_copy_stale = True

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if self.autosave.isActive():
            self.save_draft()
            if self._drafts_copy_stale:
                self.save_to_drafts(explicit=False)
            if self._changed and not self._close_unkept():
                event.ignore()
                return
            # closed by the user (or on quitting): File ▸ Drafts… and the Drafts folder open it
            # again when wanted, not a window at every start
            self.autosave.stop()
            self.drafts.closed(self.draft)
        super().closeEvent(event)

    def _close_unkept(self) -> bool:
        """A letter that could not be kept anywhere (a full disk): closing loses its text, so only
        when the user says so."""
        answer = QMessageBox.question(
            self,
            self.tr("Close the letter"),
            self.tr("%1 Close it anyway and lose its text?").replace("%1", self.unkept.text()),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return False
        self.autosave.stop()
        return True
