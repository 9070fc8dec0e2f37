"""`register`: signed files of a folder, or the signed letters of a mail folder, checked into a
register (CSV or PDF), one row per signer."""

from __future__ import annotations

import argparse
import sys

from ..operations.register import (
    RegisterRow,
    files_in,
    register_format,
    register_of_files,
    register_of_letters,
    write_register,
)
from ..profile import Profile
from ..signing.policy import build_policy
from ..userfiles import shown
from .common import EXIT_NEGATIVE, EXIT_OK, CliError, check_output, print_notes
from .speech import fill, translate


def _progress(done: int, total: int, what: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total} {what[:60]:60}", end="" if done < total else "\n", file=sys.stderr)


def _letters(args: argparse.Namespace, profile: Profile) -> tuple[str, list[RegisterRow]]:
    from .mail import open_engine

    engine = open_engine(profile)
    account = engine.account(args.account)
    folder = engine.folder(account, args.folder)
    policy = build_policy(profile, args.trust, args.crl, online=not args.offline)
    print_notes(policy.notes)
    letters = engine.cache.messages.in_folder(folder.id, descending=False)
    rows = register_of_letters(engine.cache, letters, policy, _progress, judge_again=bool(args.trust or args.crl))
    return f"{account.name}: {folder.name}", rows


def cmd_register(args: argparse.Namespace, profile: Profile) -> int:
    register_format(args.output)  # a wrong name is refused before any letter is checked
    if args.account and args.paths:
        raise CliError(translate("cli", "give files and folders, or --account, not both"))
    if not args.account and not args.paths:
        raise CliError(translate("cli", "name the signed files or folders to check (or --account for letters)"))
    files = [] if args.account else files_in(args.paths)
    check_output(args.output, [*files, *args.crl], args.force)
    if args.account:
        title, rows = _letters(args, profile)
    else:
        policy = build_policy(profile, args.trust, args.crl, online=not args.offline)
        print_notes(policy.notes)
        rows = register_of_files(files, policy, _progress, jobs=args.jobs)
        title = ", ".join(shown(p) for p in args.paths)
    write_register(args.output, rows, title)
    bad = sum(1 for row in rows if row.status != "valid")
    print(fill(translate("cli", "%1 row(s), %2 not valid -> %3"), len(rows), bad, args.output), file=sys.stderr)
    return EXIT_OK if bad == 0 else EXIT_NEGATIVE
