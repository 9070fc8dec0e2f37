"""The ``outbox`` subcommand: letters not sent yet, and sending one again or dropping it."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable

from ..moments import clock
from ..operations import outbox
from ..profile import Profile
from ..store.cache import Cache
from .common import EXIT_OK, CliError, print_json
from .coretext import core_sentence
from .speech import QT_TRANSLATE_NOOP, fill, translate

# A letter's state (OutboxLetter.state) in words; the JSON keeps the code
STATE_WORDS = {
    "pending": QT_TRANSLATE_NOOP("cli", "pending"),
    "running": QT_TRANSLATE_NOOP("cli", "running"),
    "failed": QT_TRANSLATE_NOOP("cli", "failed"),
}
INDENT = " " * 7  # under the letter's subject


def _below(text: str) -> None:
    """An explanation under a letter of the list, each of its lines indented."""
    for line in text.splitlines():
        print(INDENT + line)


def _subject(letter: outbox.OutboxLetter) -> str:
    return letter.subject or translate("cli", "no subject")


def _cache(profile: Profile) -> Cache:
    return Cache(profile.cache_db)


def cmd_outbox_list(args: argparse.Namespace, profile: Profile) -> int:
    letters = outbox.outbox(_cache(profile), args.account)
    if args.json:
        print_json(
            [
                {
                    **dataclasses.asdict(letter),
                    "retry_at": letter.retry_at.isoformat() if letter.retry_at else None,
                    "failed": letter.failed,
                }
                for letter in letters
            ]
        )
        return EXIT_OK
    for letter in letters:
        to = ", ".join(letter.recipients)
        state = translate("cli", STATE_WORDS[letter.state]) if letter.state in STATE_WORDS else letter.state
        subject = letter.subject or translate("cli", "(no subject)")
        print(f"{letter.id:>5}  [{state}]  {letter.account}: {subject} -> {to}")
        if letter.awaiting_proof:
            _below(
                fill(
                    translate(
                        "cli",
                        "signed offline: waits for its time-stamp (sent at a sync once the TSA answers;\n"
                        "`outbox release %1` sends it without, its signing time then only claimed)",
                    ),
                    letter.id,
                )
            )
        if letter.last_error:
            _below(fill(translate("cli", "last attempt: %1"), core_sentence(letter.last_error)))
        if letter.retry_at is not None:
            _below(
                fill(
                    translate(
                        "cli",
                        "the SMTP server asked for it later: not tried before %1\n"
                        "(`outbox retry %2` sends it at the next sync)",
                    ),
                    clock(letter.retry_at),
                    letter.id,
                )
            )
        if letter.failed and "may have been sent" in letter.last_error:
            _below(
                fill(
                    translate(
                        "cli",
                        "look in the recipient's mail or your Sent folder: `outbox retry %1` sends it\n"
                        "again, `outbox drop %1` does not",
                    ),
                    letter.id,
                )
            )
    if not letters:
        print(translate("cli", "the outbox is empty"))
    return EXIT_OK


def cmd_outbox_retry(args: argparse.Namespace, profile: Profile) -> int:
    letter = _act(outbox.retry, args, profile)
    print(fill(translate("cli", "letter %1 (%2) is sent at the next sync"), letter.id, _subject(letter)))
    return EXIT_OK


def cmd_outbox_drop(args: argparse.Namespace, profile: Profile) -> int:
    letter = _act(outbox.drop, args, profile)
    print(fill(translate("cli", "letter %1 (%2) dropped: it will not be sent"), letter.id, _subject(letter)))
    return EXIT_OK


def cmd_outbox_release(args: argparse.Namespace, profile: Profile) -> int:
    letter = _act(outbox.release, args, profile)
    print(
        fill(
            translate(
                "cli",
                "letter %1 (%2) is sent at the next sync without a time-stamp: its signing time is only the "
                "signer's claim, and its certificate is judged whenever it is checked",
            ),
            letter.id,
            _subject(letter),
        )
    )
    return EXIT_OK


def _act(
    action: Callable[[Cache, int], outbox.OutboxLetter], args: argparse.Namespace, profile: Profile
) -> outbox.OutboxLetter:
    try:
        return action(_cache(profile), args.id)
    except outbox.NotInOutbox as exc:
        raise CliError(core_sentence(str(exc))) from exc
