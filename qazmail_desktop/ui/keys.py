"""The key manager: the user's NCA .p12 files, who they belong to, and expiry warnings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import moments
from ..crypto.errors import CryptoError
from ..crypto.keys import SigningKey
from ..signing.keystore import KeyStore
from ..store.cache import Account
from ..sync.secrets import PromptAnswer
from .formatting import button_row, list_table, warn
from .models import tone_color
from .wording import roles_label


class PasswordDialog(QDialog):
    """Asks a key's password; never stores it unless 'keep for this session' is ticked."""

    def __init__(self, key_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Key password"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Password for %1:").replace("%1", key_name)))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.password)
        self.remember = QCheckBox(self.tr("Keep for this session only"))
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class AccountPasswordDialog(QDialog):
    """Asks a mail account's password when the system keeps none (no OS keyring)."""

    def __init__(self, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail password"))
        layout = QVBoxLayout(self)
        question = self.tr("Password of %1 at %2:").replace("%1", account.username).replace("%2", account.imap_host)
        label = QLabel(question)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        layout.addWidget(self.password)
        self.remember = QCheckBox(self.tr("Remember for this session"))
        self.remember.setChecked(True)
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class _Question:
    def __init__(self, account: Account) -> None:
        self.account = account
        self.answer: PromptAnswer | None = None


class PasswordAsker(QObject):
    """The engine's password prompt for the window: asked in a dialog on the UI thread, also when
    the engine needs it on a worker thread (which waits for the answer)."""

    _asked = Signal(object)

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self._asked.connect(self._ask, Qt.ConnectionType.BlockingQueuedConnection)

    def __call__(self, account: Account) -> PromptAnswer | None:
        question = _Question(account)
        if QThread.currentThread() is self.thread():
            self._ask(question)
        else:
            self._asked.emit(question)  # returns once the dialog was answered
        return question.answer

    def _ask(self, question: _Question) -> None:
        dialog = AccountPasswordDialog(question.account, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.password.text():
            question.answer = PromptAnswer(dialog.password.text(), dialog.remember.isChecked())


def key_choice(store: KeyStore) -> QComboBox:
    """The keys of the key store to choose from, each named by its owner and company (or IIN)."""
    combo = QComboBox()
    for entry in store.entries():
        label = f"{entry.info.name} — {entry.info.organization or entry.info.iin}" if entry.info else entry.path.name
        combo.addItem(label, str(entry.path))
    return combo


def unlock_key(store: KeyStore, path: Path, parent: QWidget | None) -> SigningKey | None:
    """The key, asking for its password (again after a wrong one) unless kept for the session."""
    if store.has_session_password(path):
        try:
            return store.unlock(path)
        except CryptoError:
            pass
    while True:
        dialog = PasswordDialog(path.name, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            return store.unlock(path, dialog.password.text(), dialog.remember.isChecked())
        except CryptoError as exc:
            warn(parent, parent.tr("Key") if parent else "Key", str(exc))


class KeyManagerDialog(QDialog):
    def __init__(self, store: KeyStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("EDS keys"))
        layout = QVBoxLayout(self)
        self.table = list_table(
            [
                self.tr("Name"),
                self.tr("IIN"),
                self.tr("BIN"),
                self.tr("Company"),
                self.tr("Roles"),
                self.tr("Valid until"),
                self.tr("File"),
            ],
            self.tr("EDS keys"),
        )
        layout.addWidget(self.table)
        add = QPushButton(self.tr("Add key…"))
        add.clicked.connect(self.add_key)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_key)
        layout.addLayout(button_row(self, add, remove))
        self.resize(900, 320)
        self.reload()

    def reload(self) -> None:
        entries = self.store.entries()
        self.table.setRowCount(len(entries))
        for r, entry in enumerate(entries):
            info = entry.info
            note = entry.expiry_note()
            values = [
                info.name if info else self.tr("(open once to read)"),
                info.iin if info else "",
                info.bin if info else "",
                info.organization if info else "",
                roles_label(info.roles) if info else "",
                (moments.day(info.not_after) + (f" — {self.tr(note)}" if note else "")) if info else "",
                str(entry.path),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if note and c == 5:  # a colour that reads on light and dark table backgrounds alike
                    item.setForeground(QColor(tone_color("bad" if note == "expired" else "warning")))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(self.tr("Renew the key at the NCA before it expires"))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def add_key(self, path: Path | None = None) -> None:
        if path is None or not isinstance(path, Path):
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("NCA key file"), "", self.tr("Keys (*.p12 *.pfx)"))
            if not chosen:
                return
            path = Path(chosen)
        dialog = PasswordDialog(path.name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.store.add(path, dialog.password.text(), dialog.remember.isChecked())
        except CryptoError as exc:
            warn(self, self.tr("Cannot add the key"), str(exc))
            return
        self.reload()

    def remove_key(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        item = self.table.item(row, 6)
        if item is not None:
            self.store.remove(Path(item.text()))
            self.reload()
