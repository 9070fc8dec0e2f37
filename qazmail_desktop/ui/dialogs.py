"""The account wizard, settings, and the first-run screen."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..choices import SIGEX_URL, Security
from ..hosts import is_loopback
from ..operations.accounts import update_account
from ..settings import LANGUAGES, Settings
from ..store.cache import Account
from ..sync.engine import MailEngine
from .formatting import warn
from .qrsign import address_problem
from .theme import apply_theme
from .wording import security_label


class AccountWizard(QWizard):
    """IMAP and SMTP settings, security, and the password into the OS keyring; with ``existing``,
    the same pages change that account (its name stays; an empty password keeps the saved one)."""

    def __init__(self, engine: MailEngine, parent: QWidget | None = None, existing: Account | None = None) -> None:
        super().__init__(parent)
        self.engine, self.cache, self.secrets, self.existing = engine, engine.cache, engine.secrets, existing
        self.setWindowTitle(self.tr("Account settings") if existing else self.tr("Add mail account"))
        who = QWizardPage()
        who.setTitle(self.tr("Who are you?"))
        form = QFormLayout(who)
        self.name = QLineEdit()
        self.display_name = QLineEdit()
        self.email = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Account name:"), self.name)
        form.addRow(self.tr("Your name:"), self.display_name)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Password:"), self.password)
        servers = QWizardPage()
        servers.setTitle(self.tr("Servers"))
        sform = QFormLayout(servers)
        self.imap_host, self.smtp_host = QLineEdit(), QLineEdit()
        self.imap_port, self.smtp_port = QSpinBox(), QSpinBox()
        for spin, value in ((self.imap_port, 993), (self.smtp_port, 465)):
            spin.setRange(1, 65535)
            spin.setValue(value)
        self.security = QComboBox()
        for mode in Security:
            self.security.addItem(security_label(mode), mode.value)
        self.user = QLineEdit()
        sform.addRow(self.tr("IMAP server:"), self.imap_host)
        sform.addRow(self.tr("IMAP port:"), self.imap_port)
        sform.addRow(self.tr("SMTP server:"), self.smtp_host)
        sform.addRow(self.tr("SMTP port:"), self.smtp_port)
        sform.addRow(self.tr("Security:"), self.security)
        sform.addRow(self.tr("Login:"), self.user)
        self.smtp_security = QComboBox()
        for mode in Security:
            self.smtp_security.addItem(security_label(mode), mode.value)
        sform.addRow(self.tr("SMTP security:"), self.smtp_security)
        self.security.currentIndexChanged.connect(self.smtp_security.setCurrentIndex)  # usually the same
        self.addPage(who)
        self.addPage(servers)
        if existing is not None:
            self._fill(existing)
        else:
            self.email.textChanged.connect(self._guess)

    def _fill(self, account: Account) -> None:
        self.name.setText(account.name)
        self.name.setReadOnly(True)
        self.display_name.setText(account.display_name)
        self.email.setText(account.email)
        self.password.setPlaceholderText(self.tr("unchanged"))
        self.imap_host.setText(account.imap_host)
        self.imap_port.setValue(account.imap_port)
        self.smtp_host.setText(account.smtp_host)
        self.smtp_port.setValue(account.smtp_port)
        self.security.setCurrentIndex(self.security.findData(account.imap_security))
        self.smtp_security.setCurrentIndex(self.smtp_security.findData(account.smtp_security))
        self.user.setText(account.username)

    def _guess(self, email: str) -> None:
        domain = email.rpartition("@")[2]
        if domain:
            self.imap_host.setText(f"imap.{domain}")
            self.smtp_host.setText(f"smtp.{domain}")
            self.user.setText(email)
            if not self.name.text():
                self.name.setText(email.partition("@")[0])

    def accept(self) -> None:
        security = Security(self.security.currentData())
        smtp_security = Security(self.smtp_security.currentData())
        for host, mode in ((self.imap_host.text(), security), (self.smtp_host.text(), smtp_security)):
            if mode == Security.NONE and not is_loopback(host):
                QMessageBox.warning(self, self.tr("Insecure"), self.tr("Plain text is allowed for loopback only."))
                return
        if not self.name.text() or "@" not in self.email.text():
            QMessageBox.warning(self, self.tr("Missing"), self.tr("Give an account name and an e-mail address."))
            return
        if self.existing is None and self.cache.accounts.get(self.name.text()):
            QMessageBox.warning(self, self.tr("Exists"), self.tr("An account with this name exists."))
            return
        settings = dict(self.existing.__dict__) if self.existing is not None else {}
        settings.update(
            name=self.name.text(),
            email=self.email.text(),
            username=self.user.text() or self.email.text(),
            imap_host=self.imap_host.text(),
            imap_port=self.imap_port.value(),
            imap_security=security,
            smtp_host=self.smtp_host.text(),
            smtp_port=self.smtp_port.value(),
            smtp_security=smtp_security,
            display_name=self.display_name.text(),
        )
        account = Account(**settings)
        if self.existing is not None:
            kept = update_account(self.engine, account, self.password.text())
        else:
            self.cache.accounts.add(account)
            kept = self.secrets.save(account.name, self.password.text())
        if not kept:
            QMessageBox.information(
                self,
                self.tr("No keyring"),
                self.tr(
                    "This system has no keyring: the password is kept for this session only and asked again later."
                ),
            )
        super().accept()


class SettingsDialog(QDialog):
    """Language, theme, and where signing by QR with eGov Mobile goes (SIGEX; another relay of the
    same protocol may be named, over HTTPS: an address that is none is refused, never saved)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        layout = QFormLayout(self)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        layout.addRow(self.tr("Language:"), self.language)
        layout.addRow(QLabel(self.tr("The language changes after a restart.")))
        self.theme = QComboBox()
        for label, value in ((self.tr("As the system"), ""), (self.tr("Light"), "light"), (self.tr("Dark"), "dark")):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        layout.addRow(self.tr("Theme:"), self.theme)
        self.sigex = QLineEdit(settings.sigex_url)
        self.sigex.setPlaceholderText(SIGEX_URL)
        # wide enough for another relay's longer address to show whole
        self.sigex.setMinimumWidth(3 * self.sigex.fontMetrics().horizontalAdvance(SIGEX_URL))
        self.sigex.setAccessibleName(self.tr("SIGEX address"))
        layout.addRow(self.tr("SIGEX address (eGov Mobile):"), self.sigex)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def accept(self) -> None:
        sigex_url = self.sigex.text().strip() or SIGEX_URL  # emptied: SIGEX again
        problem = address_problem(sigex_url)
        if problem:
            warn(
                self,
                self.tr("SIGEX address"),
                self.tr("This is not an address signing by QR can use (%1). Give an https:// address.").replace(
                    "%1", problem
                ),
            )
            self.sigex.setFocus()
            return
        self.settings.sigex_url = sigex_url
        self.settings.language = str(self.language.currentData())
        self.settings.theme = str(self.theme.currentData())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.settings.theme)  # at once (the system theme returns after a restart)
        super().accept()


class FirstRunDialog(QDialog):
    """Offers the demo (embedded server, demo keys and letters) or adding a real account."""

    DEMO, ACCOUNT = 10, 11

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to QazMail"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "<h2>QazMail</h2><p>Mail with electronic digital signatures (EDS) of the NCA of Kazakhstan.</p>"
                    "<p>Try the demo: a mail server on this computer with demo letters and keys, "
                    "or add your own mail account.</p>"
                )
            )
        )
        demo = QPushButton(self.tr("Open the demo"))
        demo.clicked.connect(lambda: self.done(self.DEMO))
        account = QPushButton(self.tr("Add my account"))
        account.clicked.connect(lambda: self.done(self.ACCOUNT))
        layout.addWidget(demo)
        layout.addWidget(account)
