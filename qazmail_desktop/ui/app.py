"""Starting the desktop app: Qt, language, theme, the demo or the user's accounts."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from ..operations.demo import DemoSession, start_demo
from ..profile import Profile
from ..resources import resources_dir
from ..settings import Settings
from ..signing.keystore import KeyStore
from ..store.cache import Cache
from ..store.errors import CacheUnusable
from ..sync.engine import MailEngine
from ..sync.secrets import SecretStore
from .dialogs import AccountWizard, FirstRunDialog
from .formatting import warn
from .keys import PasswordAsker
from .main_window import MainWindow
from .theme import apply_theme


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """The app's own Kazakh/Russian translations plus Qt's, for the chosen or the system language."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    installed = []
    ours = QTranslator(app)
    folder = str(resources_dir() / "i18n")
    # a language without a translation of its own shows the English texts, with English plural forms
    if ours.load(locale, "qazmail", "_", folder) or ours.load("qazmail_en", folder):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


class Application:
    """Everything one run of the app holds; tests build it without the event loop."""

    def __init__(self, profile: Profile, demo: bool, qt_app: QApplication | None = None, language: str = "") -> None:
        existing = qt_app or QApplication.instance()
        self.qt: QApplication = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
        self.qt.setApplicationName("QazMail")
        self.qt.setApplicationVersion(__version__)
        self.profile = profile.ensure()
        self.settings = Settings.load(profile.settings_file)
        # a language asked for on the command line (gui --lang) over the one chosen in the settings
        self.translators = install_translations(self.qt, language or self.settings.language)
        apply_theme(self.qt, self.settings.theme)
        self.cache = Cache(profile.cache_db)
        self.secrets = SecretStore()
        self.engine = MailEngine(self.cache, self.secrets)
        self.keys = KeyStore(profile)
        self.demo: DemoSession | None = start_demo(profile, self.cache, self.secrets) if demo else None
        self.window = MainWindow(profile, self.engine, self.keys)
        self.engine.password_prompt = PasswordAsker(self.window)  # no OS keyring: asked in a dialog
        self._use_demo_services()

    def _use_demo_services(self) -> None:
        """The demo's own TSA, SIGEX and demo phone for the window (started with --demo, or chosen
        in the first-run dialog: both reach them the same way)."""
        if self.demo is not None:
            self.window.tsa_url = self.demo.tsa_url
            self.window.sigex_url = self.demo.server.sigex.base_url
            self.window.demo_phone = self.demo.server.sigex.phone

    def first_run(self) -> None:
        if self.demo is not None or self.cache.accounts.all():
            return
        choice = FirstRunDialog(self.window).exec()
        if choice == FirstRunDialog.DEMO:
            self.demo = start_demo(self.profile, self.cache, self.secrets)
            self._use_demo_services()
            self.window.reload_folders()
        elif choice == FirstRunDialog.ACCOUNT:
            AccountWizard(self.engine, self.window).exec()
            self.window.reload_folders()

    def close(self) -> None:
        if self.demo is not None:
            self.demo.stop()
        self.cache.close()
        for translator in self.translators:  # the QApplication may outlive this run (tests make many)
            self.qt.removeTranslator(translator)
            translator.deleteLater()
        self.translators = []


def run(profile: Profile, demo: bool = False, files: Sequence[Path] = (), language: str = "") -> int:
    """The window; ``files`` (signed files named on the command line or by a file association)
    each open in their own window beside it."""
    try:
        app = Application(profile, demo, language=language)
    except CacheUnusable as exc:  # said in a window too: the app may have been started from a menu
        warn(None, "QazMail", str(exc), QMessageBox.Icon.Critical)
        raise
    app.window.show()
    QTimer.singleShot(0, app.first_run)
    QTimer.singleShot(0, app.window.restore_drafts)
    QTimer.singleShot(100, app.window.sync)
    for path in files:
        QTimer.singleShot(0, lambda path=path: app.window.open_signed_file(path))
    try:
        return int(app.qt.exec())
    except KeyboardInterrupt:
        return 1
    finally:
        app.close()


__all__ = ["Application", "run"]
