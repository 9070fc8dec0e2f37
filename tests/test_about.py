"""Help ▸ About and the start-up warning: whether GOST runs compiled here (issue 31: a build
without the C extensions is 30-100 times slower and must not pass unnoticed)."""

from __future__ import annotations

from typing import Any

import pytest

from qazmail_desktop import __version__
from qazmail_desktop.crypto import gost3410, streebog
from tests.conftest import run_cli


def _read_about_box(qtbot: Any, window: Any) -> dict[str, str]:
    """Help ▸ About QazMail Desktop… from the menu bar; what the box says, closed by its button."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

    from qazmail_desktop.ui.about import AboutDialog

    seen: dict[str, str] = {}

    def read_and_close() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(50, read_and_close)
            return
        box = boxes[0]
        seen["title"] = box.windowTitle()
        seen["native"] = box.native.text()
        seen["passwords"] = box.passwords.text()
        buttons = box.findChild(QDialogButtonBox)
        assert buttons is not None
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton)

    help_menu = next(a for a in window.menuBar().actions() if a.text() == "&Help").menu()
    assert isinstance(help_menu, QMenu)
    about = next(a for a in help_menu.actions() if a.text() == "About QazMail Desktop…")
    QTimer.singleShot(0, read_and_close)
    about.trigger()
    return seen


def test_the_about_box_says_native_gost_and_its_arithmetic(qtbot: Any, demo_app: Any) -> None:
    seen = _read_about_box(qtbot, demo_app.window)
    assert seen["title"] == "About QazMail Desktop"
    assert gost3410.NATIVE_ARITHMETIC is not None
    assert seen["native"] == f"yes ({gost3410.NATIVE_ARITHMETIC} arithmetic)"
    assert seen["passwords"]  # a keyring's name, or that there is none
    assert demo_app.window.native_warning is None


@pytest.fixture
def without_native_gost(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a build whose C extensions did not compile: the modules' own flags, as their imports set them."""
    monkeypatch.setattr(gost3410, "NATIVE_ARITHMETIC", None)
    monkeypatch.setattr(streebog, "HAVE_EXTENSION", False)


def test_without_native_gost_the_window_warns_and_the_about_box_says_no(
    without_native_gost: None, qtbot: Any, demo_app: Any
) -> None:
    warning = demo_app.window.native_warning
    assert warning is not None and warning.isVisible()
    assert warning.text() == "No native GOST: 30-100 times slower"
    assert "Reinstall QazMail Desktop with a C compiler" in warning.toolTip()
    seen = _read_about_box(qtbot, demo_app.window)
    assert seen["native"].startswith("no: GOST signatures are made and checked in pure Python, 30-100 times slower")


def test_version_says_native_gost() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout == f"qazmail-desktop {__version__}\nnative GOST: yes ({gost3410.NATIVE_ARITHMETIC} arithmetic)\n"
    assert result.stderr == ""
