"""The ``gui`` subcommand (also what runs with no subcommand): opens the main window."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..profile import Profile
from .common import CliError


def cmd_gui(args: argparse.Namespace, profile: Profile) -> int:
    from ..ui.app import run  # Qt is imported only when the window is wanted

    files = [Path(name) for name in getattr(args, "files", None) or []]
    missing = [str(path) for path in files if not path.is_file()]
    if missing:
        raise CliError(f"no such file: {missing[0]}")
    return int(run(profile, demo=bool(getattr(args, "demo", False)), files=files))
