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
        print(f"{letter.id:>5}  [{letter.state}]  {letter.account}: {letter.subject or '(no subject)'} -> {to}")
        if letter.awaiting_proof:
            print("       signed offline: waits for its time-stamp (sent at a sync once the TSA answers;")
            print(f"       `outbox release {letter.id}` sends it without, its signing time then only claimed)")
        if letter.last_error:
            print(f"       last attempt: {letter.last_error}")
        if letter.retry_at is not None:
            print(f"       the SMTP server asked for it later: not tried before {clock(letter.retry_at)}")
            print(f"       (`outbox retry {letter.id}` sends it at the next sync)")
        if letter.failed and "may have been sent" in letter.last_error:
            print(f"       look in the recipient's mail or your Sent folder: `outbox retry {letter.id}` sends it")
            print(f"       again, `outbox drop {letter.id}` does not")
    if not letters:
        print("the outbox is empty")
    return EXIT_OK


def cmd_outbox_retry(args: argparse.Namespace, profile: Profile) -> int:
    letter = _act(outbox.retry, args, profile)
    print(f"letter {letter.id} ({letter.subject or 'no subject'}) is sent at the next sync")
    return EXIT_OK


def cmd_outbox_drop(args: argparse.Namespace, profile: Profile) -> int:
    letter = _act(outbox.drop, args, profile)
    print(f"letter {letter.id} ({letter.subject or 'no subject'}) dropped: it will not be sent")
    return EXIT_OK


def cmd_outbox_release(args: argparse.Namespace, profile: Profile) -> int:
    letter = _act(outbox.release, args, profile)
    print(
        f"letter {letter.id} ({letter.subject or 'no subject'}) is sent at the next sync without a time-stamp: "
        "its signing time is only the signer's claim, and its certificate is judged whenever it is checked"
    )
    return EXIT_OK


def _act(
    action: Callable[[Cache, int], outbox.OutboxLetter], args: argparse.Namespace, profile: Profile
) -> outbox.OutboxLetter:
    try:
        return action(_cache(profile), args.id)
    except outbox.NotInOutbox as exc:
        raise CliError(str(exc)) from exc
