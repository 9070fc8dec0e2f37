"""Mail subcommands over the shared engine: account, sync, list, show, search, flag, send."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..choices import AttachmentSignature, Security
from ..hosts import is_loopback
from ..moments import day, in_zone, moment, zone_name
from ..profile import Profile
from ..store.cache import Account, Cache, Folder, MessageRow
from ..sync.engine import MailEngine
from ..sync.secrets import PromptAnswer, SecretStore
from ..userfiles import read_regular_file, shown
from .common import (
    EXIT_NEGATIVE,
    EXIT_OK,
    CliError,
    on_terminal,
    print_json,
    print_notes,
    read_password,
    text_on_terminal,
)
from .coretext import core_sentence
from .speech import QT_TRANSLATE_NOOP, fill, translate

if TYPE_CHECKING:  # the signing modules load with `send --qr` alone: `sync` and `list` stay light
    from ..operations.qrsigning import QrSigner
    from ..signing.egovqr import QrProcedure
    from ..signing.signers import SigningStep


def open_engine(profile: Profile, password_env: str | None = None) -> MailEngine:
    """The engine over the profile's cache. A password given with ``--password-env`` is used for
    every account of this run, ahead of the keyring (which then is not even loaded)."""
    profile.ensure()
    cache = Cache(profile.cache_db)
    secrets = SecretStore()
    if password_env:
        given = read_password(password_env, "")
        for account in cache.accounts.all():
            secrets.remember_for_session(account.name, given)

    def prompt(account: Account) -> PromptAnswer | None:
        if sys.stdin.isatty():
            asked = fill(translate("cli", "Password for %1 at %2: "), account.username, account.imap_host)
            return PromptAnswer(read_password(None, asked))
        return None

    return MailEngine(cache, secrets, prompt)


def _address(host: str, port: int) -> str:
    """HOST:PORT, an IPv6 address in brackets ([::1]:1143) as --imap and --smtp take it."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def cmd_account_add(args: argparse.Namespace, profile: Profile) -> int:
    engine = open_engine(profile)
    if engine.cache.accounts.get(args.name):
        raise CliError(fill(translate("cli", "an account named %1 exists already"), repr(args.name)))
    (imap_host, imap_port), (smtp_host, smtp_port) = args.imap, args.smtp
    account = Account(
        name=args.name,
        email=args.email,
        username=args.user,
        imap_host=imap_host,
        imap_port=imap_port,
        imap_security=args.security,
        smtp_host=smtp_host,
        smtp_port=smtp_port,
        smtp_security=args.smtp_security or args.security,
        display_name=args.display_name,
        max_body_bytes=args.max_body_size,
        max_age_days=args.max_age_days,
    )
    for host, security in ((imap_host, account.imap_security), (smtp_host, account.smtp_security)):
        if security == Security.NONE and not is_loopback(host):
            raise CliError(fill(translate("cli", "--security none is allowed for loopback servers only, not %1"), host))
    password = read_password(args.password_env, fill(translate("cli", "Password for %1: "), args.user))
    engine.cache.accounts.add(account)
    if engine.secrets.save(args.name, password):
        print(fill(translate("cli", "account %1 added; password stored in the OS keyring"), args.name), file=sys.stderr)
    else:
        print(
            fill(
                translate(
                    "cli",
                    "account %1 added; no OS keyring on this system, so the password is not stored: "
                    "give --password-env VAR (or type it) when syncing",
                ),
                args.name,
            ),
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_account_list(args: argparse.Namespace, profile: Profile) -> int:
    engine = open_engine(profile)
    rows = []
    for a in engine.cache.accounts.all():
        rows.append(
            {
                "name": a.name,
                "email": a.email,
                "user": a.username,
                "imap": f"{_address(a.imap_host, a.imap_port)} ({a.imap_security})",
                "smtp": f"{_address(a.smtp_host, a.smtp_port)} ({a.smtp_security})",
                "queued_actions": len(engine.cache.actions.pending(a.name)),
            }
        )
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(
                f"{r['name']:16} {r['email']:32} IMAP {r['imap']}  SMTP {r['smtp']}"
                + ("  " + fill(translate("cli", "[%1 queued]"), r["queued_actions"]) if r["queued_actions"] else "")
            )
        if not rows:
            print(translate("cli", "no accounts (add one with `qazmail-desktop account add`)"))
    return EXIT_OK


def cmd_account_remove(args: argparse.Namespace, profile: Profile) -> int:
    from ..operations.accounts import remove_account

    remove_account(open_engine(profile), args.name)
    print(fill(translate("cli", "account %1 removed"), args.name), file=sys.stderr)
    return EXIT_OK


def _sync_passwords(values: list[str], engine: MailEngine, names: list[str]) -> dict[str, str]:
    """``--password-env NAME=VAR`` for each account, or a bare VAR when one account syncs: one
    password for several accounts would be sent to servers it does not belong to."""
    passwords: dict[str, str] = {}
    for value in values:
        name, named, var = value.partition("=")
        if named:
            if name not in names:
                known = engine.cache.accounts.get(name) is not None
                raise CliError(
                    fill(translate("cli", "--password-env %1: %2 is not synced now"), value, name)
                    if known
                    else fill(translate("cli", "--password-env %1: no account named %2"), value, repr(name))
                )
            passwords[name] = read_password(var, "")
        elif len(names) == 1:
            passwords[names[0]] = read_password(value, "")
        else:
            raise CliError(
                fill(
                    translate("cli", "%1 accounts sync: give --password-env NAME=VAR for each (or sync NAME)"),
                    len(names),
                )
            )
    return passwords


def cmd_sync(args: argparse.Namespace, profile: Profile) -> int:
    from ..operations.mailsync import sync_accounts

    engine = open_engine(profile)
    names = [args.name] if args.name else [a.name for a in engine.cache.accounts.all()]
    if not names:
        raise CliError(translate("cli", "no account yet: add one with `account add`"))
    for name, password in _sync_passwords(args.password_env or [], engine, names).items():
        engine.secrets.remember_for_session(name, password)
    run = sync_accounts(engine, profile, names, folder=args.folder)
    results = []
    for account in run.accounts:
        if account.outcome is None:
            continue
        results.append(
            {
                **account.outcome.to_json(),
                "signatures_checked": run.signatures_checked,
                "signature_statuses": dict(run.signature_statuses),
            }
        )
        if not args.json:
            r = account.outcome.report
            print(
                fill(
                    translate(
                        "cli",
                        "%1: %2 new, %3 flag changes, %4 removed, %5 queued actions sent, %6 signed letters checked%7",
                    ),
                    account.name,
                    r.new,
                    sum(f.flags_changed for f in r.folders),
                    sum(f.expunged for f in r.folders),
                    len(account.outcome.replayed),
                    run.signatures_checked,
                    _by_status(run.signature_statuses),
                )
            )
            for item in account.outcome.replayed:
                if not item.ok:
                    template = (
                        translate("cli", "action %1 (%2) waits: %3")
                        if item.waits
                        else translate("cli", "action %1 (%2) failed: %3")
                    )
                    print(
                        "  " + fill(template, item.action_id, item.kind, core_sentence(item.message)), file=sys.stderr
                    )
    if args.json and results:
        print_json(results if len(results) > 1 else results[0])
    for note in run.notes:
        print(fill(translate("cli", "note: %1"), core_sentence(note)), file=sys.stderr)
    if run.problems:
        raise CliError("; ".join(core_sentence(problem) for problem in run.problems))
    return EXIT_OK


def _row_json(row: MessageRow) -> dict[str, Any]:
    sig = row.signature or {}
    return {
        "uid": row.uid,
        "subject": row.subject,
        "from": row.sender,
        "to": row.to,
        "cc": row.cc,
        "date": row.date.isoformat() if row.date else None,
        "flags": list(row.flags),
        "size": row.size,
        "has_attachments": row.has_attachments,
        "signed": row.signed,
        "signer": sig.get("signer"),
        "status": sig.get("status") or None,  # the signatures' verdict, as the window's list shows it
        "message_id": row.message_id,
        "cached_body": row.has_body,
        **({"unreadable": row.unreadable} if row.unreadable else {}),
    }


def _folder_and_account(engine: MailEngine, args: argparse.Namespace) -> tuple[Account, Folder]:
    account = engine.account(args.account)
    return account, engine.folder(account, args.folder)


def cmd_list(args: argparse.Namespace, profile: Profile) -> int:
    engine = open_engine(profile)
    _account, folder = _folder_and_account(engine, args)
    rows = engine.cache.messages.in_folder(folder.id, limit=args.limit)
    if args.json:
        print_json([_row_json(r) for r in rows])
        return EXIT_OK
    for r in rows:
        marks = ("N" if not r.seen else " ") + ("*" if r.flagged else " ") + ("@" if r.has_attachments else " ")
        marks += _signature_mark(r)
        date = in_zone(r.date).strftime("%d.%m.%Y %H:%M") if r.date else "?"
        unreadable = (
            "  " + fill(translate("cli", "[could not be read: %1]"), on_terminal(core_sentence(r.unreadable)))
            if r.unreadable
            else ""
        )
        print(f"{r.uid:>7} {marks} {date} {on_terminal(r.sender)[:28]:28} {on_terminal(r.subject)}{unreadable}")
    if rows:
        zone = zone_name(in_zone(dt.datetime.now(dt.UTC)).utcoffset())
        legend = translate(
            "cli",
            "N new, * flagged, @ attachments; signatures: %1 valid, %2 not proven, %3 doubtful, %4 not valid, "
            "~ only a part signed, S not checked yet (show --uid N tells why); times %5",
        )
        tones = ("good", "unknown", "warning", "bad")
        print(fill(legend, *(SIGNATURE_MARKS[tone] for tone in tones), zone))
    return EXIT_OK


def _by_status(statuses: Counter[str]) -> str:
    """ " (3 valid, 1 content_modified)": what the checked signatures came to, worst last."""
    if not statuses:
        return ""
    from ..crypto.status import status_of

    ordered = sorted(statuses.items(), key=lambda item: status_of(item[0]).severity)
    counted = translate("cli", "%1 %2")  # a count and a status: "3 valid"
    return " (" + ", ".join(fill(counted, count, status_word(status)) for status, count in ordered) + ")"


# A signature's status in words, by the status's code (crypto.status.Status): the English words are
# the codes themselves, as the command line always wrote them ("[REVOKED]", "3 content_modified")
STATUS_WORDS = {
    "valid": QT_TRANSLATE_NOOP("cli", "valid"),
    "indeterminate": QT_TRANSLATE_NOOP("cli", "indeterminate"),
    "untrusted": QT_TRANSLATE_NOOP("cli", "untrusted"),
    "content_missing": QT_TRANSLATE_NOOP("cli", "content_missing"),
    "not_yet_valid": QT_TRANSLATE_NOOP("cli", "not_yet_valid"),
    "expired": QT_TRANSLATE_NOOP("cli", "expired"),
    "older_generation": QT_TRANSLATE_NOOP("cli", "older_generation"),
    "unknown_algorithm": QT_TRANSLATE_NOOP("cli", "unknown_algorithm"),
    "key_not_for_signing": QT_TRANSLATE_NOOP("cli", "key_not_for_signing"),
    "suspended": QT_TRANSLATE_NOOP("cli", "suspended"),
    "revoked": QT_TRANSLATE_NOOP("cli", "revoked"),
    "invalid_signature": QT_TRANSLATE_NOOP("cli", "invalid_signature"),
    "content_modified": QT_TRANSLATE_NOOP("cli", "content_modified"),
    "ambiguous_structure": QT_TRANSLATE_NOOP("cli", "ambiguous_structure"),
    "malformed": QT_TRANSLATE_NOOP("cli", "malformed"),
}


def status_word(status: str) -> str:
    """A status code in the user's words (a code this version does not know, as it is)."""
    return translate("cli", STATUS_WORDS[status]) if status in STATUS_WORDS else status


# What a signature covers (SignedItem.kind), in words
KIND_WORDS = {
    "letter": QT_TRANSLATE_NOOP("cli", "letter"),
    "part": QT_TRANSLATE_NOOP("cli", "part"),
    "attachment": QT_TRANSLATE_NOOP("cli", "attachment"),
    "document": QT_TRANSLATE_NOOP("cli", "document"),
}

# A letter's headers as `show` prints them (the JSON keeps the English names)
HEADER_WORDS = {
    "From": QT_TRANSLATE_NOOP("cli", "From"),
    "To": QT_TRANSLATE_NOOP("cli", "To"),
    "Cc": QT_TRANSLATE_NOOP("cli", "Cc"),
    "Date": QT_TRANSLATE_NOOP("cli", "Date"),
    "Subject": QT_TRANSLATE_NOOP("cli", "Subject"),
}


# The tones of Status.tone: good, unknown (not proven either way), warning (doubtful), bad.
SIGNATURE_MARKS = {"good": "✓", "unknown": "?", "warning": "!", "bad": "✗"}


def _signature_mark(row: MessageRow) -> str:
    if not row.signed:
        return " "
    summary = row.signature or {}
    if not summary:
        return "S"
    if summary.get("coverage") == "partial":
        return "~"
    from ..crypto.status import status_of  # only when a letter was checked: a plain list loads no crypto

    return SIGNATURE_MARKS[status_of(str(summary.get("status", ""))).tone]


def cmd_show(args: argparse.Namespace, profile: Profile) -> int:
    engine = open_engine(profile, args.password_env)
    account = engine.account(args.account)
    folder, row = engine.message(account, args.folder, args.uid)
    raw = engine.raw_message(account, folder, row)
    if args.raw:
        sys.stdout.buffer.write(raw)
        return EXIT_OK
    from ..signing.presented import present

    letter = present(raw)  # the one reading the verdict also uses: a signed letter shows what was signed
    verdict = None
    if row.signed:  # the JSON every view shows
        from ..signing.checker import shown_verdict
        from ..signing.policy import build_policy

        verdict = shown_verdict(engine.cache, row.blob, lambda: build_policy(profile, online=False))
    shown = {"From": letter.sender, "To": letter.to, "Cc": letter.cc, "Date": letter.date, "Subject": letter.subject}
    data = {
        **_row_json(row),
        "headers": {name: value for name, value in shown.items() if value},
        "text": letter.text(),
        "attachments": [
            {"filename": a.name, "content_type": a.content_type, "size": a.size} for a in letter.attachments
        ],
        **({"ambiguities": letter.ambiguities} if letter.ambiguities else {}),
        **({"problem": letter.problem} if letter.problem else {}),
        "verdict": verdict,
    }
    if args.json:
        print_json(data)
        return EXIT_OK
    if verdict is not None:  # before the words: altered payment details must not read as signed ones
        print_letter_verdict(verdict)
        print()
    ambiguities = on_terminal("; ".join(core_sentence(text) for text in letter.ambiguities))
    if letter.raw_source is not None:
        print(fill(translate("cli", "Ambiguous structure — not shown as signed: %1"), ambiguities))
        print(translate("cli", "The letter's raw source follows."))
        print()
    elif letter.ambiguities:
        print(fill(translate("cli", "This letter's structure can be read in more than one way: %1"), ambiguities))
    if letter.problem:
        print(fill(translate("cli", "Shown in a simple form: %1."), on_terminal(core_sentence(letter.problem))))
    for key, value in shown.items():
        if value:
            print(f"{translate('cli', HEADER_WORDS[key])}: {on_terminal(value)}")
    for a in data["attachments"]:
        print(
            fill(
                translate("cli", "Attachment: %1 (%2, %3 bytes)"),
                on_terminal(a["filename"]),
                on_terminal(a["content_type"]),
                a["size"],
            )
        )
    print()
    print(text_on_terminal(letter.text()))
    return EXIT_OK


def cmd_save_attachments(args: argparse.Namespace, profile: Profile) -> int:
    """Each attachment the letter shows, under a safe name that takes no existing file's place
    (act.txt, then act (1).txt); what is signed about them, `show` tells."""
    from ..operations.attachments import NothingToSave, save_attachments
    from ..signing.presented import present

    if not args.output.is_dir():
        raise CliError(fill(translate("cli", "--output needs an existing folder: %1"), shown(args.output)))
    engine = open_engine(profile, args.password_env)
    account = engine.account(args.account)
    folder, row = engine.message(account, args.folder, args.uid)
    try:
        saved = save_attachments(present(engine.raw_message(account, folder, row)), args.output)
    except NothingToSave as exc:
        reason = core_sentence(str(exc))
        raise CliError(
            fill(translate("cli", "letter %1 in %2: %3"), args.uid, folder.name, reason), EXIT_NEGATIVE
        ) from exc
    for path in saved:
        print(shown(path))
    return EXIT_OK


INDEX_FIRST_NOTE = 1000  # changes the index takes in before a search without a word; more are said


def cmd_search(args: argparse.Namespace, profile: Profile) -> int:
    engine = open_engine(profile)
    if args.account:
        engine.account(args.account)
    unindexed = engine.cache.lookup.unindexed()
    if unindexed > INDEX_FIRST_NOTE:  # a first sync's letters, or every letter after an update: minutes
        note = translate("cli", "updating the search index first: %1 changes to take in…")
        print(fill(note, unindexed), file=sys.stderr)
    engine.cache.update_search_index()
    hits = engine.cache.lookup.search(args.query, args.account, args.limit)
    if args.json:
        print_json([{"account": f.account, "folder": f.name, **_row_json(r)} for f, r in hits])
        return EXIT_OK
    for folder, r in hits:
        date = day(r.date) if r.date else "?"
        where = on_terminal(f"{folder.account}/{folder.name}:{r.uid}")
        print(f"{where}  {date}  {on_terminal(r.sender)[:28]:28} {on_terminal(r.subject)}")
    if not hits:
        print(translate("cli", "nothing found"), file=sys.stderr)
    return EXIT_OK


_FLAG_CHANGES = {
    "seen": (["\\Seen"], []),
    "unseen": ([], ["\\Seen"]),
    "flagged": (["\\Flagged"], []),
    "unflagged": ([], ["\\Flagged"]),
}


def cmd_flag(args: argparse.Namespace, profile: Profile) -> int:
    engine = open_engine(profile, args.password_env)
    account = engine.account(args.account)
    folder, row = engine.message(account, args.folder, args.uid)
    add, remove = _FLAG_CHANGES[args.flag]
    engine.set_flags(account, folder, row, add, remove)
    replayed, not_reached = engine.replay_now(account)
    print(
        translate("cli", "flag set on the server")
        if replayed is not None
        else fill(
            translate("cli", "not on the server yet (%1): the change is queued and reaches it at the next sync"),
            core_sentence(str(not_reached)),
        ),
        file=sys.stderr,
    )
    return EXIT_OK


MAX_BODY = 16 << 20  # a letter's text; documents go as attachments


def _letter_body(source: Path) -> str:
    """The letter's UTF-8 text from a regular file or ``-`` (stdin), read within ``MAX_BODY``."""
    if str(source) == "-":
        data = sys.stdin.buffer.read(MAX_BODY + 1)
        if len(data) > MAX_BODY:
            raise CliError(
                fill(translate("cli", "the letter's text on stdin is larger than the %1 MiB limit"), MAX_BODY >> 20)
            )
    else:
        data = read_regular_file(source, "letter text", MAX_BODY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CliError(fill(translate("cli", "%1 is not UTF-8 text"), shown(source))) from exc


def cmd_send(args: argparse.Namespace, profile: Profile) -> int:
    engine = open_engine(profile, args.password_env)
    account = engine.account(args.account)
    body = _letter_body(args.body_file)
    from ..crypto.keys import load_signing_key
    from ..operations.qrsigning import QrDifferentSigners, QrSignatureRefused
    from ..operations.send import send_letter
    from ..signing.egovqr import EgovQrError
    from ..signing.outgoing import SigningOptions
    from ..signing.policy import build_policy
    from ..sync.compose import Draft
    from .qrterminal import qr_failure

    attachments = AttachmentSignature(args.sign_attachments) if args.sign_attachments else None
    signing = None
    if args.sign_key is not None:
        password = read_password(args.key_password_env, fill(translate("cli", "Password for %1: "), args.sign_key.name))
        key = load_signing_key(args.sign_key, password)
        signing = SigningOptions(key, not args.no_sign_letter, attachments, tsa_url=args.tsa or "")
    elif args.qr:
        if args.tsa:
            raise CliError(translate("cli", "--qr: eGov Mobile time-stamps its signature itself; leave out --tsa"))
        if args.no_sign_letter and not (args.sign_attachments and args.attach):
            raise CliError(translate("cli", "--qr with --no-sign-letter: give --sign-attachments and --attach FILE"))
        phone = _qr_signer(args, profile)
        signing = SigningOptions(phone, not args.no_sign_letter, attachments)
    elif args.sign_attachments or args.tsa:
        raise CliError(translate("cli", "--sign-attachments and --tsa need --sign-key KEY.p12 (or --qr)"))
    draft = Draft(to=args.to, cc=args.cc, bcc=args.bcc, subject=args.subject, body=body, attachments=args.attach)
    try:
        result = send_letter(engine, account, draft, signing, build_policy(profile).trust if signing else None)
    except (EgovQrError, QrSignatureRefused, QrDifferentSigners) as exc:
        raise qr_failure(exc) from exc
    if args.qr:
        _say_phone_signer(phone, account.email)
    for note in result.notes:
        print(fill(translate("cli", "note: %1"), core_sentence(note)), file=sys.stderr)
    if result.queued:
        print(
            fill(
                translate("cli", "not sent yet (%1): the letter waits in the outbox, sent at the next sync"),
                core_sentence(result.queued),
            ),
            file=sys.stderr,
        )
    elif result.refusal:
        raise CliError(
            fill(
                translate("cli", "the server refused the letter: %1 (kept in the outbox as failed)"),
                core_sentence(result.refusal),
            )
        )
    elif result.delivery is not None:
        print(core_sentence(result.delivery.message), file=sys.stderr)
    return EXIT_OK


def _qr_signer(args: argparse.Namespace, profile: Profile) -> QrSigner:
    """eGov Mobile signs the letter (``send --qr``): a QR in the terminal for each step, the attached
    files first when they are signed, then the letter; what comes back is checked before sending."""
    from ..operations.qrsigning import QrSigner
    from ..signing.policy import build_policy
    from ..signing.signers import SigningStep
    from .qrterminal import QrTerminal, sigex_client

    sigex_client(args.sigex)  # a bad --sigex is said before anything else
    policy = build_policy(profile, args.trust, (), online=True)
    print_notes(policy.notes)
    terminal = QrTerminal(letter=True)
    steps = [SigningStep.LETTER] if not args.no_sign_letter else []
    if args.sign_attachments and args.attach:
        steps.insert(0, SigningStep.ATTACHMENTS)
    words = {
        SigningStep.ATTACHMENTS: translate("cli", "step %1 of %2: the attached files"),
        SigningStep.LETTER: translate("cli", "step %1 of %2: the letter"),
    }

    def show(procedure: QrProcedure, step: SigningStep) -> None:
        heading = fill(words[step], str(steps.index(step) + 1), str(len(steps))) if len(steps) > 1 else ""
        terminal.show(procedure, heading)

    return QrSigner(lambda: sigex_client(args.sigex), policy, args.subject, show, lambda _step: terminal.taken())


def _say_phone_signer(phone: QrSigner, sender: str) -> None:
    """Who signed in eGov Mobile, and whether the recipients will read that someone else signed
    the letter than the address it comes from (a head signing what the accountant sends, or a
    phone that was not the sender's)."""
    info = phone.phone_signer().info
    if info is None:
        return
    print(fill(translate("cli", "signed in eGov Mobile by %1"), on_terminal(info.name)), file=sys.stderr)
    if info.email and info.email.casefold() != sender.casefold():
        print(
            fill(
                translate("cli", "warning: the signature names %1, not %2: the recipients are told so"),
                on_terminal(info.email),
                on_terminal(sender),
            ),
            file=sys.stderr,
        )


def _local(iso: str | None) -> str:
    return moment(dt.datetime.fromisoformat(iso)) if iso else "?"


def print_letter_verdict(verdict: dict[str, Any]) -> None:
    """Each signature's status, signer and time; then what the reader must know (a partly signed
    letter, a signer who is not the sender). ``verdict``: a LetterVerdict's JSON, fresh or stored."""
    if not verdict.get("signatures"):
        print(translate("cli", "this letter carries no signature"))
        return
    for item in verdict["signatures"]:
        signer = (item.get("signers") or [{}])[0]
        kind = translate("cli", KIND_WORDS[item["kind"]]) if item["kind"] in KIND_WORDS else item["kind"]
        what = kind if item["name"] in ("", item["kind"]) else f"{kind} {on_terminal(item['name'])}"
        message = on_terminal(core_sentence(str(signer.get("message") or item["error"])))
        print(f"{what}: [{status_word(item['status']).upper()}] {message}")
        if signer.get("name"):
            proven = signer.get("time_source") == "timestamp"
            print(
                "  "
                + fill(
                    translate("cli", "signer: %1, IIN %2, BIN %3, %4  signed %5 %6"),
                    on_terminal(signer["name"]),
                    on_terminal(signer.get("iin") or "-"),
                    on_terminal(signer.get("bin") or "-"),
                    on_terminal(signer.get("organization") or ""),
                    _local(signer.get("signing_time")),
                    translate("cli", "(proven by a trusted time-stamp)")
                    if proven
                    else translate("cli", "(claimed by the signer)"),
                )
            )
    if verdict.get("coverage") == "partial":
        print(
            fill(
                translate(
                    "cli",
                    "warning: only a part of this letter is signed; what it shows is not what was signed "
                    "(not covered: %1)",
                ),
                on_terminal(", ".join(verdict.get("unsigned_parts") or [])) or "-",
            )
        )
    for warning in verdict.get("warnings") or []:
        print(fill(translate("cli", "warning: %1"), on_terminal(core_sentence(str(warning)))))


def verify_message(args: argparse.Namespace, profile: Profile) -> int:
    """``verify --message``: check a cached letter now (and store the fresh verdict)."""
    from ..signing.checker import check_letter
    from ..signing.policy import build_policy

    engine = open_engine(profile)
    account = engine.account(args.account)
    folder, row = engine.message(account, args.folder, args.uid)
    engine.raw_message(account, folder, row)
    policy = build_policy(profile, args.trust, args.crl, online=not args.offline)
    verdict = check_letter(engine.cache, row.blob, policy)
    if verdict is None:
        raise CliError(translate("cli", "the letter's bytes are not in the cache"))
    if args.json:
        print_json({"signed": verdict.signed, **verdict.to_json()})
    else:
        print_letter_verdict(verdict.to_json())
    if not verdict.signed:
        return EXIT_OK
    return EXIT_OK if verdict.status == "valid" and verdict.coverage != "partial" else EXIT_NEGATIVE
