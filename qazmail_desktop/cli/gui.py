"""The ``gui`` subcommand (also what runs with no subcommand): opens the main window."""

from __future__ import annotations

import argparse

from ..profile import Profile
from .common import Subparsers


def register(sub: Subparsers) -> None:
    p = sub.add_parser("gui", help="open the QazMail window (the default)")
    p.set_defaults(handler=cmd_gui)


def cmd_gui(args: argparse.Namespace, profile: Profile) -> int:
    from ..ui.app import run  # Qt is imported only when the window is wanted

    return int(run(profile, demo=bool(getattr(args, "demo", False))))
