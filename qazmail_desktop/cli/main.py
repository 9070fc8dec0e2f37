"""Entry point: parses arguments, resolves the profile, runs one subcommand, maps errors to exits."""

from __future__ import annotations

import argparse
import codecs
import gettext
import importlib
import io
import sqlite3
import sys
from collections.abc import Sequence
from typing import NoReturn, cast

from .. import __version__
from ..errors import UserFacingError
from ..nativebuild import extensions_built
from ..profile import Profile
from ..safetext import one_line
from . import commands
from .common import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, CliError, Subparsers
from .coretext import core_sentence
from .speech import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    current_language,
    fill,
    language_from_environment,
    requested_language,
    translate,
    use_language,
    without_language,
)

# argparse's own words, verbatim from Python 3.11's argparse.py: it asks gettext for them (its
# module globals ``_`` and ``ngettext``) when it writes help and usage errors. Those it says to a
# user are looked up in the "cli" context; the rest (mistakes of the program) stay gettext's.
# "show program's version number and exit" is no gettext call in 3.11: build_parser passes it.
_ARGPARSE_WORDS = frozenset(
    {
        QT_TRANSLATE_NOOP("cli", "usage: "),
        QT_TRANSLATE_NOOP("cli", "positional arguments"),
        QT_TRANSLATE_NOOP("cli", "options"),
        QT_TRANSLATE_NOOP("cli", "show this help message and exit"),
        QT_TRANSLATE_NOOP("cli", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("cli", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("cli", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("cli", "ignored explicit argument %r"),
        QT_TRANSLATE_NOOP("cli", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("cli", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("cli", "expected one argument"),
        QT_TRANSLATE_NOOP("cli", "expected at most one argument"),
        QT_TRANSLATE_NOOP("cli", "expected at least one argument"),
        QT_TRANSLATE_NOOP("cli", "expected %s argument"),
        QT_TRANSLATE_NOOP("cli", "expected %s arguments"),
        QT_TRANSLATE_NOOP("cli", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("cli", "unexpected option string: %s"),
        QT_TRANSLATE_NOOP("cli", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("cli", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("cli", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    }
)


def _argparse_gettext(message: str) -> str:
    return translate("cli", message) if message in _ARGPARSE_WORDS else gettext.gettext(message)


def _argparse_ngettext(singular: str, plural: str, count: int) -> str:
    message = singular if count == 1 else plural
    return translate("cli", message) if message in _ARGPARSE_WORDS else gettext.ngettext(singular, plural, count)


def _argparse_speaks(language: str) -> None:
    """argparse's words in ``language`` from now on; English is gettext's as Python left it (the
    parser is built after the language is chosen: its group titles are taken when it is made)."""
    english = language == "en"
    setattr(argparse, "_", gettext.gettext if english else _argparse_gettext)  # noqa: B010 - no stub names it
    setattr(argparse, "ngettext", gettext.ngettext if english else _argparse_ngettext)  # noqa: B010


def native_gost_line() -> str:
    """Whether GOST runs compiled here, for --version (a build without it is 30-100 times slower)."""
    from ..crypto.native import native_gost

    native = native_gost()
    if native.complete:
        return fill(translate("cli", "native GOST: yes (%1 arithmetic)"), native.arithmetic)
    return translate("cli", "native GOST: no (pure Python: GOST signing and checking 30-100 times slower)")


def _warn_without_native_gost() -> None:
    """Said at every start of a build without the C extensions, so nobody takes its pace for ours."""
    if not extensions_built():
        warning = translate(
            "cli",
            "warning: native GOST is missing: GOST signatures are made and checked in pure Python, "
            "30-100 times slower (a mailbox of 10,000 signed letters: hours instead of seconds); "
            "reinstall with a C compiler",
        )
        print(f"qazmail-desktop: {warning}", file=sys.stderr)


class _VersionAction(argparse.Action):
    """The version and whether GOST is compiled, line by line (argparse's own action reflows text)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[object] | None,
        option_string: str | None = None,
    ) -> None:
        print(f"qazmail-desktop {__version__}\n{native_gost_line()}")
        parser.exit(EXIT_OK)


class _Parser(argparse.ArgumentParser):
    """Bad usage in one line on stderr and exit 2 (the usage itself is under --help)."""

    def error(self, message: str) -> NoReturn:
        see_help = translate("cli", "(see --help)")
        self.exit(EXIT_USAGE, f"{self.prog}: {message} {see_help}\n")


def build_parser() -> argparse.ArgumentParser:
    _argparse_speaks(current_language())
    parser = _Parser(
        prog="qazmail-desktop",
        description=translate("cli", "QazMail Desktop: mail with Kazakh EDS (NCA) signatures, readable offline."),
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        nargs=0,
        help=translate("cli", "show program's version number and exit"),
    )
    parser.add_argument(
        "--profile",
        metavar="DIR",
        help=translate("cli", "keep all data and settings under DIR (or $QAZMAIL_PROFILE)"),
    )
    parser.add_argument(
        "--demo", action="store_true", help=translate("cli", "open the app against the embedded demo server")
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=translate(
            "cli", "the language of what the command line writes (default: the locale's: LANGUAGE, LC_ALL, LANG)"
        ),
    )
    # subcommands are _Parser too (parser_class), so they report bad usage the same way
    sub = cast(
        Subparsers,
        parser.add_subparsers(
            dest="command", metavar="COMMAND", title=translate("cli", "commands"), parser_class=_Parser
        ),
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


def _writable_output() -> None:
    """Kazakh letters (ә ғ қ ң ө ұ ү һ) are in no Windows ANSI code page: output redirected to a file
    or a pipe on Windows (cp1251, cp1252) stopped at the first one with a traceback. There it is
    UTF-8 (as the console already is, and as Python 3.15 makes it); elsewhere a legacy locale keeps
    its encoding, with escapes where it has no letter."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and codecs.lookup(stream.encoding).name != "utf-8":
            if sys.platform == "win32":
                stream.reconfigure(encoding="utf-8")
            else:
                stream.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _writable_output()
    arguments = list(sys.argv[1:] if argv is None else argv)
    requested = requested_language(arguments)
    use_language(requested or language_from_environment(), requested=requested is not None)
    _warn_without_native_gost()
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
        print(f"qazmail-desktop: {core_sentence(describe(exc, where))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # the reader (head, less) went away: nothing more to say
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:  # what was stored so far stays (each batch is its own transaction)
        print("qazmail-desktop: " + translate("cli", "interrupted"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as exc:
        from ..atomic import NO_SPACE, disk_full_sentence

        if exc.errno in NO_SPACE:
            where = exc.filename or (profile.root if profile is not None else "this profile")
            print(f"qazmail-desktop: {core_sentence(disk_full_sentence(where))}", file=sys.stderr)
            return EXIT_USAGE
        print(
            f"qazmail-desktop: {exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""), file=sys.stderr
        )
        return EXIT_USAGE
