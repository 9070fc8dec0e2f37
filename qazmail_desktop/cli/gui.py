"""The ``gui`` subcommand (also what runs with no subcommand): opens the main window."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ..profile import Profile
from ..userfiles import check_regular_file
from .speech import current_language, language_from_environment


def _window_language() -> None:
    """``--lang`` for the window too: Qt takes the language of a window that follows the system
    (settings.language empty) from LANGUAGE first, as gettext does, so a language other than the
    locale's is put there before Qt reads it. A language chosen in the window's settings stays."""
    language = current_language()
    if language != language_from_environment():
        os.environ["LANGUAGE"] = language


def cmd_gui(args: argparse.Namespace, profile: Profile) -> int:
    files = [Path(name) for name in getattr(args, "files", None) or []]
    for path in files:  # before any window: a FIFO or a device would hang or flood the viewer
        check_regular_file(path, "signed file")
    _window_language()
    from ..ui.app import run  # Qt is imported only when the window is wanted

    return int(run(profile, demo=bool(getattr(args, "demo", False)), files=files))
