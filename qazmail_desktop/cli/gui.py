"""The ``gui`` subcommand (also what runs with no subcommand): opens the main window."""

from __future__ import annotations

import argparse

from ..profile import Profile


def cmd_gui(args: argparse.Namespace, profile: Profile) -> int:
    from ..ui.app import run  # Qt is imported only when the window is wanted

    return int(run(profile, demo=bool(getattr(args, "demo", False))))
