"""Entry point: parses arguments, resolves the profile, runs one subcommand, maps errors to exits."""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Sequence
from typing import NoReturn, cast

from .. import __version__
from ..errors import UserFacingError
from ..profile import Profile
from ..safetext import one_line
from . import commands
from .common import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, CliError, Subparsers
from .coretext import core_sentence
from .speech import LANGUAGES, language_from_environment, requested_language, use_language, without_language


class _Parser(argparse.ArgumentParser):
    """Bad usage in one line on stderr and exit 2 (the usage itself is under --help)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="qazmail-desktop",
        description="QazMail Desktop: mail with Kazakh EDS (NCA) signatures, readable offline.",
    )
    parser.add_argument("--version", action="version", version=f"qazmail-desktop {__version__}")
    parser.add_argument("--profile", metavar="DIR", help="keep all data and settings under DIR (or $QAZMAIL_PROFILE)")
    parser.add_argument("--demo", action="store_true", help="open the app against the embedded demo server")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the language of what the command line writes (default: the locale's: LANGUAGE, LC_ALL, LANG)",
    )
    # subcommands are _Parser too (parser_class), so they report bad usage the same way
    sub = cast(
        Subparsers, parser.add_subparsers(dest="command", metavar="COMMAND", title="commands", parser_class=_Parser)
    )
    commands.register_gui(sub)
    commands.register_eds(sub)
    commands.register_mail(sub)
    commands.register_serve(sub)
    commands.register_trust(sub)
    commands.register_outbox(sub)
    commands.register_card(sub)
    commands.register_register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    use_language(requested_language(arguments) or language_from_environment())
    parser = build_parser()
    args = parser.parse_args(without_language(arguments))
    module_name, _, function = (getattr(args, "handler", None) or "gui:cmd_gui").partition(":")
    profile: Profile | None = None
    try:
        profile = Profile.resolve(args.profile, demo=module_name == "gui" and bool(getattr(args, "demo", False)))
        handler = getattr(importlib.import_module(f"qazmail_desktop.cli.{module_name}"), function)
        return int(handler(args, profile))
    except CliError as exc:
        print(f"qazmail-desktop: {one_line(str(exc))}", file=sys.stderr)
        return exc.code
    except UserFacingError as exc:
        print(f"qazmail-desktop: {one_line(core_sentence(str(exc)))}", file=sys.stderr)
        return EXIT_USAGE
    except sqlite3.Error as exc:  # disk full, no permission, locked for longer than the busy timeout
        from ..store.sqlerrors import describe

        where = profile.cache_db if profile is not None else "of this profile"
        print(f"qazmail-desktop: {describe(exc, where)}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # the reader (head, less) went away: nothing more to say
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:  # what was stored so far stays (each batch is its own transaction)
        print("qazmail-desktop: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as exc:
        from ..atomic import NO_SPACE, disk_full_sentence

        if exc.errno in NO_SPACE:
            where = exc.filename or (profile.root if profile is not None else "this profile")
            print(f"qazmail-desktop: {disk_full_sentence(where)}", file=sys.stderr)
            return EXIT_USAGE
        print(
            f"qazmail-desktop: {exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""), file=sys.stderr
        )
        return EXIT_USAGE
