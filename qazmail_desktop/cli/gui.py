"""The ``gui`` subcommand (also what runs with no subcommand): opens the main window."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..profile import Profile
from ..userfiles import check_regular_file
from .speech import current_language, language_requested


def cmd_gui(args: argparse.Namespace, profile: Profile) -> int:
    files = [Path(name) for name in getattr(args, "files", None) or []]
    for path in files:  # before any window: a FIFO or a device would hang or flood the viewer
        check_regular_file(path, "signed file")
    from ..ui.app import run  # Qt is imported only when the window is wanted

    # `gui --lang kk`: the window in that language, over the settings' choice; else as the settings say
    language = current_language() if language_requested() else ""
    return int(run(profile, demo=bool(getattr(args, "demo", False)), files=files, language=language))
