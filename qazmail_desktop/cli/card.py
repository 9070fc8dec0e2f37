"""`card create` and `card verify`: the document card (kaarkz/ddcard) from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..atomic import write_atomically
from ..moments import moment
from ..operations.attachments import safe_filename
from ..operations.cards import (
    CardCheck,
    CardOptions,
    CardRefused,
    check_card,
    document_of_signature,
    letter_payloads,
    make_card,
)
from ..operations.files import MAX_CMS, MAX_SIGNED_FILE, read_limited
from ..profile import Profile
from ..signing.policy import build_policy
from ..userfiles import shown
from .common import EXIT_NEGATIVE, EXIT_OK, CliError, check_output, on_terminal, print_json, print_notes
from .coretext import core_sentence
from .eds import CERTIFICATE, ORGANIZATION, SIGNER, labelled, status_words
from .speech import QT_TRANSLATE_NOOP, current_language, fill, translate

SIGNED_AT = QT_TRANSLATE_NOOP("cli", "signed at:")
STATUS = QT_TRANSLATE_NOOP("cli", "status:")
PROBLEM = QT_TRANSLATE_NOOP("cli", "problem:")
_LABELS = (SIGNER, ORGANIZATION, CERTIFICATE, SIGNED_AT, STATUS, PROBLEM)


def _from_letter(args: argparse.Namespace, profile: Profile) -> tuple[str, bytes, list[bytes]]:
    from .mail import open_engine

    engine = open_engine(profile)
    account = engine.account(args.account)
    folder, row = engine.message(account, args.folder, args.uid)
    payloads = letter_payloads(engine.raw_message(account, folder, row))
    if args.attachment:
        payloads = [p for p in payloads if p.name == args.attachment]
    if not payloads and args.attachment:
        named = translate("cli", "letter %1 in %2 has no signed attachment named %3 to make a card of")
        raise CliError(fill(named, args.uid, args.folder, args.attachment))
    if not payloads:
        raise CliError(
            fill(translate("cli", "letter %1 in %2 has nothing signed to make a card of"), args.uid, args.folder)
        )
    if len(payloads) > 1:
        names = on_terminal(", ".join(p.name for p in payloads))
        several = translate(
            "cli", "the letter carries several signed documents (%1): choose one with --attachment NAME"
        )
        raise CliError(fill(several, names))
    (payload,) = payloads
    assert payload.document is not None
    return payload.name, payload.document, [payload.cms]


def cmd_card_create(args: argparse.Namespace, profile: Profile) -> int:
    check_output(args.output, [args.document, *args.signature, *args.trust], args.force)
    if args.message:
        if args.uid is None:
            raise CliError(translate("cli", "card create --message needs --uid N (and --account, --folder)"))
        name, document, signatures = _from_letter(args, profile)
    else:
        if not args.signature:
            raise CliError(translate("cli", "give the signatures with --signature FILE (or use --message)"))
        signatures = [read_limited(path, "signature", MAX_CMS) for path in args.signature]
        name, document = document_of_signature(args.signature[0], signatures[0], args.document)
    options = CardOptions(
        show_document=not args.no_document,
        show_signatures=not args.no_signatures,
        qr_codes=not args.no_qr,
        description=args.description or "",
    )
    policy = build_policy(profile, args.trust, [], online=False)
    print_notes(policy.notes)
    try:
        card = make_card(name, document, signatures, policy, options)
    except CardRefused as exc:
        raise CliError(core_sentence(str(exc)), EXIT_NEGATIVE) from exc
    write_atomically(args.output, card, private=False)
    print(fill(translate("cli", "document card of %1 -> %2"), on_terminal(name), shown(args.output)), file=sys.stderr)
    return EXIT_OK


def _json(check: CardCheck) -> dict[str, Any]:
    return {
        "trustworthy": check.printout_trustworthy,
        "signatures_valid": check.trustworthy,
        "pages": None
        if check.pages is None
        else {
            "match": check.pages.match,
            "summary": check.pages.summary(),
            "card_pages": check.pages.card_pages,
            "expected_pages": check.pages.expected_pages,
            "differing": list(check.pages.differing),
            "not_compared": list(check.pages.not_compared),
        },
        "document": check.document_name,
        "signatures": [
            {"file": s.file_name, "passes": s.passes, "problems": s.problems, **s.verdict.to_json()}
            for s in check.signatures
        ],
    }


def _print(check: CardCheck) -> None:
    def line(label: str, value: str) -> None:
        print(labelled(label, value, _LABELS))

    document = translate("cli", "document: %1 (%2 bytes)")
    print(fill(document, on_terminal(check.document_name), len(check.document)))
    for number, signature in enumerate(check.signatures, 1):
        verdict, info = signature.verdict, signature.verdict.info
        mark = translate("cli", "PASSES") if signature.passes else translate("cli", "FAILS")
        status = str(verdict.status) if current_language() == "en" else status_words(verdict.status)
        heading = translate("cli", "signature %1 (%2): %3 — %4")
        print(fill(heading, number, on_terminal(signature.file_name), mark, status))
        if info is not None:
            signer = on_terminal(info.name)
            if info.iin:
                signer = fill(translate("cli", "%1, IIN %2"), signer, on_terminal(info.iin))
            line(SIGNER, signer)
            if info.organization or info.bin:
                organization = on_terminal(info.organization)
                if info.bin:
                    organization = fill(translate("cli", "%1, BIN %2"), organization, on_terminal(info.bin))
                line(ORGANIZATION, organization)
        if verdict.issued_by:
            line(CERTIFICATE, core_sentence(verdict.issued_by))
        if verdict.time_proven and verdict.signing_time:
            line(SIGNED_AT, fill(translate("cli", "%1 (the time-stamp's genTime)"), moment(verdict.signing_time)))
        if verdict.revocation:
            line(STATUS, on_terminal(core_sentence(verdict.revocation)))
        for problem in signature.problems:
            line(PROBLEM, on_terminal(core_sentence(problem)))
    if check.pages is not None:
        print(fill(translate("cli", "pages: %1"), core_sentence(check.pages.summary())))
    if check.printout_trustworthy:
        print(
            translate(
                "cli",
                "the card is intact: every signature is valid over the original and proves itself; the pages show them",
            )
        )
    elif check.trustworthy:
        print(
            translate(
                "cli",
                "DO NOT TRUST the printout: the signatures are valid over the attached original, the pages are not it",
            )
        )
    else:
        print(translate("cli", "DO NOT TRUST this card's data: a signature fails the checks (see above)"))


def cmd_card_verify(args: argparse.Namespace, profile: Profile) -> int:
    data = read_limited(args.card, "document card", MAX_SIGNED_FILE)
    policy = build_policy(profile, args.trust, [], online=False)
    print_notes(policy.notes)
    check = check_card(data, policy)
    if args.extract is not None:
        _extract(check, args.extract, [args.card, *args.trust], args.force)
    if args.json:
        print_json(_json(check))
    else:
        _print(check)
    return EXIT_OK if check.printout_trustworthy else EXIT_NEGATIVE


def _extract(check: CardCheck, folder: Path, inputs: list[Path], force: bool) -> None:
    """The original and every signature as files, under names that cannot leave ``folder``; every
    target is checked (never an input, an existing file only with ``force``) before any is written."""
    if not folder.is_dir():
        raise CliError(fill(translate("cli", "--extract needs an existing folder: %1"), shown(folder)))
    files = [(check.document_name, check.document)] + [(s.file_name, s.cms) for s in check.signatures]
    targets = [(folder / safe_filename(name), data) for name, data in files]
    for target, _ in targets:
        check_output(target, inputs, force)
    for target, data in targets:
        write_atomically(target, data, private=False)
        print(fill(translate("cli", "extracted %1"), shown(target)), file=sys.stderr)
