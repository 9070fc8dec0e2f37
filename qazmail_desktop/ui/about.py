"""Help ▸ About: the version, and what this installation runs on that users and support ask
about: whether GOST is compiled (a build without the C extensions signs and checks 30-100 times
slower), where account passwords are kept, the profile folder, and the Qt and Python beneath."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from .. import __version__
from ..crypto.native import native_gost
from ..sync.secrets import keyring_name
from .signature_panel import plain_label


class AboutDialog(QDialog):
    def __init__(self, profile_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About QazMail Desktop"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>QazMail Desktop {__version__}</h2>")
        layout.addWidget(title)
        purpose = self.tr("Mail with electronic digital signatures (EDS) of the NCA of Kazakhstan.")
        layout.addWidget(plain_label(purpose))
        facts = QFormLayout()
        self.native = plain_label(self.native_gost_text())
        facts.addRow(self.tr("Native GOST:"), self.native)
        place = keyring_name()
        self.passwords = plain_label(
            place if place is not None else self.tr("no keyring on this computer: asked again in every session")
        )
        facts.addRow(self.tr("Passwords kept in:"), self.passwords)
        facts.addRow(self.tr("Profile:"), plain_label(str(profile_root)))
        facts.addRow(
            self.tr("Runs on:"),
            plain_label(f"Qt {qVersion()}, PySide6 {PySide6.__version__}, Python {platform.python_version()}"),
        )
        layout.addLayout(facts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def native_gost_text(self) -> str:
        native = native_gost()
        if native.complete:
            return self.tr("yes (%1 arithmetic)").replace("%1", str(native.arithmetic))
        return self.tr("no: GOST signatures are made and checked in pure Python, 30-100 times slower")
