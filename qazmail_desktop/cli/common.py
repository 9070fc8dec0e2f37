"""What every subcommand shares: exit codes, errors, passwords, JSON output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeAlias

from ..safetext import BIDI_CONTROLS, one_line, printable
from ..userfiles import same_file, shown
from .coretext import core_sentence
from .speech import fill, translate

EXIT_OK = 0
EXIT_NEGATIVE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl-C


class CliError(Exception):
    """A problem with what the user asked for: one line on stderr, exit 2 (or ``code``)."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def read_password(env_var: str | None, prompt: str) -> str:
    """From ``$env_var`` when given, else asked on the terminal without echo."""
    if env_var:
        value = os.environ.get(env_var)
        if value is None:
            raise CliError(fill(translate("cli", "environment variable %1 is not set"), env_var))
        return value
    if not sys.stdin.isatty():
        raise CliError(translate("cli", "no terminal to ask for the password: use --password-env VAR"))
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt) as exc:
        raise CliError(translate("cli", "no password given")) from exc


def check_output(output: Path, inputs: Iterable[Path | None], force: bool) -> None:
    """Refuse, before any work is done for it, an output that would destroy what the user has: the
    same file as any input (by resolved path, or by inode for hard links and symlinks: the key, the
    document, the signature), an existing file without ``--force``, or a folder that is not there.
    ``inputs`` are the files the command reads (a folder's files as the command picks them)."""
    target = output.resolve()
    if not target.parent.is_dir():
        raise CliError(fill(translate("cli", "output folder does not exist: %1"), shown(target.parent)))
    if target.is_dir():
        raise CliError(fill(translate("cli", "%1 is a folder: name the file to write"), shown(output)))
    for source in filter(None, inputs):
        if same_file(output, source):
            raise CliError(
                fill(
                    translate("cli", "the output %1 is the input %2: write to another file"),
                    shown(output),
                    shown(source),
                )
            )
    if os.path.lexists(output) and not force:
        raise CliError(fill(translate("cli", "%1 exists: add --force to replace it"), shown(output)))


def on_terminal(value: object) -> str:
    """A value that came from a letter, a certificate or a file name (a sender, a subject, a signer,
    an attachment's name) as one harmless line: escape sequences (screen clear, window title, OSC 52
    clipboard) and line breaks that would fake a line of our own are dropped, bidi controls shown."""
    return one_line(str(value))


def text_on_terminal(text: str) -> str:
    """A letter's text for the terminal: its lines stay, every escape sequence and bare CR goes."""
    return printable(text)


def print_notes(notes: list[str]) -> None:
    """What the user should know that is no error (a skipped file, a status not checked): sentences
    of the core, in the user's language when known."""
    for note in notes:
        print(fill(translate("cli", "note: %1"), on_terminal(core_sentence(note))), file=sys.stderr)


# Characters JSON may carry raw that a terminal or a viewer obeys: DEL and C1 controls (0x9B is CSI
# on 8-bit terminals), the line separators, bidi controls. They only occur inside strings.
_RAW_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029" + "".join(sorted(BIDI_CONTROLS)) + "]")


def print_json(data: Any) -> None:
    """JSON with Cyrillic and Kazakh readable as they are, and every control escaped as ``\\uXXXX``
    (json escapes C0 controls itself), which any JSON reader decodes to the same text."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write(_RAW_IN_JSON.sub(lambda match: f"\\u{ord(match.group(0)):04x}", text) + "\n")


Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
