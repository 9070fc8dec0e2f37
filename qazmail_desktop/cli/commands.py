"""Every subcommand's arguments, with handlers named as "module:function" and imported only when
that command runs: `qazmail-desktop sign` never loads the mail engine or Qt, so it starts fast."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..choices import ATTACHMENT_FORMATS, NCA_TSA_URL, SECURITY_CHOICES, SIGEX_URL
from .common import Subparsers
from .speech import fill, translate
from .values import UID_MAX, email_address, host_port, http_url, whole_number

DEFAULT_IMAP_PORT = 1143
DEFAULT_SMTP_PORT = 1587
DEFAULT_HTTP_PORT = 8480


def _tsa_option() -> dict[str, Any]:
    """``--tsa [URL]``, for every command that signs (its help in the language chosen by now)."""
    return {
        "metavar": "URL",
        "type": http_url,
        "nargs": "?",
        "const": NCA_TSA_URL,
        "help": fill(
            translate("cli", "add an RFC 3161 time-stamp (CAdES-T) from this TSA; without URL the NCA's (%1)"),
            NCA_TSA_URL,
        ),
    }


def register_gui(sub: Subparsers) -> None:
    p = sub.add_parser("gui", help=translate("cli", "open the QazMail window (the default)"))
    p.add_argument(
        "files",
        nargs="*",
        help=translate("cli", "signed files (.sig .cms .p7s .p7m .pem .pdf .xml) to check, each in a window"),
    )
    p.set_defaults(handler="gui:cmd_gui")


def register_eds(sub: Subparsers) -> None:
    p = sub.add_parser("sign", help=translate("cli", "sign a document with an NCA key (CMS, CAdES-BES/-T)"))
    p.add_argument("file", type=Path, help=translate("cli", "document to sign"))
    _key_args(p, qr=True)
    p.add_argument(
        "--detached", action="store_true", help=translate("cli", "write a detached signature (document not embedded)")
    )
    p.add_argument(
        "--xml",
        action="store_true",
        help=translate(
            "cli",
            "sign an XML document with an enveloped XML signature (XMLDSig, as NCALayer makes it) instead of a CMS",
        ),
    )
    p.add_argument(
        "--pades",
        action="store_true",
        help=translate(
            "cli", "sign a PDF inside (PAdES): the signed PDF opens in any PDF reader, which shows the signature"
        ),
    )
    p.add_argument("--tsa", **_tsa_option())
    p.add_argument(
        "--offline", action="store_true", help=translate("cli", "do not ask OCSP whether the key is revoked")
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help=translate("cli", "where to write the CMS (or the signed XML or PDF)"),
    )
    _force_arg(p)
    p.set_defaults(handler="eds:cmd_sign")

    p = sub.add_parser(
        "demo-phone", help=translate("cli", "the demo's eGov Mobile: sign (or decline) what a demo QR code carries")
    )
    p.add_argument("link", help=translate("cli", "the eGov Mobile link `sign --qr` printed (the embedded server's)"))
    p.add_argument("--decline", action="store_true", help=translate("cli", "decline instead of signing"))
    p.set_defaults(handler="eds:cmd_demo_phone")

    p = sub.add_parser("cosign", help=translate("cli", "add your signature to an existing CMS"))
    p.add_argument("cms", type=Path, help=translate("cli", "the signed CMS"))
    _key_args(p, qr=True)
    p.add_argument("--data", type=Path, help=translate("cli", "the signed document, for a detached CMS"))
    p.add_argument("--tsa", **_tsa_option())
    p.add_argument(
        "--offline", action="store_true", help=translate("cli", "do not ask OCSP whether the key is revoked")
    )
    p.add_argument(
        "-o", "--output", type=Path, required=True, help=translate("cli", "where to write the co-signed CMS")
    )
    _force_arg(p)
    p.set_defaults(handler="eds:cmd_cosign")

    p = sub.add_parser(
        "verify", help=translate("cli", "verify every signature of a CMS file, a signed XML, or a letter (--message)")
    )
    p.add_argument(
        "cms", type=Path, nargs="?", help=translate("cli", "CMS file (DER, PEM or base64), or a signed XML document")
    )
    p.add_argument(
        "--message", action="store_true", help=translate("cli", "verify a cached letter: --account, --folder, --uid")
    )
    p.add_argument("--account", help=translate("cli", "with --message"))
    p.add_argument("--folder", default="INBOX", help=translate("cli", "with --message"))
    p.add_argument("--uid", type=whole_number(1, UID_MAX), help=translate("cli", "with --message"))
    p.add_argument("--data", type=Path, help=translate("cli", "the signed document, for a detached CMS"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the verdict as JSON"))
    _trust_args(p, translate("cli", "also trust the root certificates in DIR (repeatable)"))
    _crl_arg(p, translate("cli", "check revocation against this CRL file (repeatable)"))
    p.add_argument(
        "--offline", action="store_true", help=translate("cli", "use no network: only cached and given CRLs")
    )
    p.add_argument(
        "--extract", type=Path, metavar="FILE", help=translate("cli", "write the embedded document of an attached CMS")
    )
    _force_arg(p)
    p.set_defaults(handler="eds:cmd_verify")

    p = sub.add_parser("keyinfo", help=translate("cli", "show who an NCA key belongs to and what it may do"))
    p.add_argument("key", type=Path, help=translate("cli", "PKCS#12 key file (.p12)"))
    p.add_argument("--password-env", metavar="VAR", help=translate("cli", "read the key password from $VAR"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print as JSON"))
    p.add_argument(
        "--offline", action="store_true", help=translate("cli", "do not ask the OCSP responder for the key's status")
    )
    p.set_defaults(handler="eds:cmd_keyinfo")


def _sigex_args(p: argparse.ArgumentParser) -> None:
    """--sigex URL and --trust DIR: where eGov Mobile signing goes, and what checks what comes back."""
    p.add_argument(
        "--sigex",
        metavar="URL",
        default=SIGEX_URL,
        help=translate("cli", "the SIGEX service that relays eGov Mobile signing (default: %(default)s)"),
    )
    _trust_args(p, translate("cli", "with --qr: also trust the CAs in DIR when checking what the phone signed"))


def _trust_args(p: argparse.ArgumentParser, said: str) -> None:
    """--trust DIR (repeatable): roots trusted besides the profile's, for one run."""
    p.add_argument("--trust", type=Path, action="append", default=[], metavar="DIR", help=said)


def _crl_arg(p: argparse.ArgumentParser, said: str) -> None:
    """--crl FILE (repeatable): revocation lists known besides the cached ones, for one run."""
    p.add_argument("--crl", type=Path, action="append", default=[], metavar="FILE", help=said)


def _force_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--force", action="store_true", help=translate("cli", "replace an output file that exists (never an input)")
    )


def _key_args(p: argparse.ArgumentParser, qr: bool = False) -> None:
    """--key (and, where eGov Mobile can sign instead, --qr with the SIGEX address: one of the two)."""
    if not qr:
        p.add_argument("--key", type=Path, required=True, help=translate("cli", "PKCS#12 key file (.p12)"))
    else:
        signer = p.add_mutually_exclusive_group(required=True)
        signer.add_argument("--key", type=Path, help=translate("cli", "PKCS#12 key file (.p12)"))
        signer.add_argument(
            "--qr",
            action="store_true",
            help=translate(
                "cli", "sign with eGov Mobile: scan the QR code on the phone (the document passes through SIGEX)"
            ),
        )
        _sigex_args(p)
    p.add_argument(
        "--password-env", metavar="VAR", help=translate("cli", "read the key password from $VAR (else asked)")
    )


def register_mail(sub: Subparsers) -> None:
    account = sub.add_parser("account", help=translate("cli", "add, list or remove mail accounts"))
    acc_sub = account.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    add = acc_sub.add_parser("add", help=translate("cli", "add an IMAP/SMTP account (password into the OS keyring)"))
    add.add_argument("name", help=translate("cli", "a short name for the account"))
    add.add_argument(
        "--email", required=True, type=email_address, help=translate("cli", "the address letters are sent from")
    )
    add.add_argument(
        "--imap", required=True, type=host_port(993), metavar="HOST:PORT", help=translate("cli", "[IPv6]:PORT too")
    )
    add.add_argument("--smtp", required=True, type=host_port(465), metavar="HOST:PORT")
    add.add_argument("--user", required=True, help=translate("cli", "login name"))
    add.add_argument("--password-env", metavar="VAR", help=translate("cli", "read the password from $VAR (else asked)"))
    add.add_argument(
        "--security",
        choices=SECURITY_CHOICES,
        default="ssl",
        help=translate("cli", "ssl (default), starttls, or none (loopback only)"),
    )
    add.add_argument("--smtp-security", choices=SECURITY_CHOICES, help=translate("cli", "if different from --security"))
    add.add_argument(
        "--name-display", dest="display_name", default="", help=translate("cli", "your name as recipients see it")
    )
    add.add_argument(
        "--max-body-size",
        type=whole_number(1, 2**40),
        metavar="BYTES",
        help=translate("cli", "keep only headers of larger letters"),
    )
    add.add_argument(
        "--max-age-days",
        type=whole_number(1, 36_500),
        metavar="DAYS",
        help=translate("cli", "keep only headers of older letters"),
    )
    add.set_defaults(handler="mail:cmd_account_add")
    lst = acc_sub.add_parser("list", help=translate("cli", "list accounts"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler="mail:cmd_account_list")
    rem = acc_sub.add_parser("remove", help=translate("cli", "remove an account and its cached mail"))
    rem.add_argument("name")
    rem.set_defaults(handler="mail:cmd_account_remove")

    p = sub.add_parser("sync", help=translate("cli", "synchronise accounts with their servers (and send the outbox)"))
    p.add_argument("name", nargs="?", help=translate("cli", "account (default: every account)"))
    p.add_argument("--folder", help=translate("cli", "only this folder"))
    p.add_argument(
        "--password-env",
        metavar="[NAME=]VAR",
        action="append",
        help=translate(
            "cli", "account NAME's password from $VAR, ahead of the keyring (once per account; VAR alone: one account)"
        ),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="mail:cmd_sync")

    p = sub.add_parser("list", help=translate("cli", "list the letters of a folder (from the cache, works offline)"))
    p.add_argument("--account", help=translate("cli", "account name (optional with one account)"))
    p.add_argument("--folder", default="INBOX")
    p.add_argument("--limit", type=whole_number(1, 10_000_000), default=-1)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="mail:cmd_list")

    p = sub.add_parser("show", help=translate("cli", "show one letter (from the cache, works offline)"))
    _message_args(p)
    p.add_argument("--raw", action="store_true", help=translate("cli", "print the raw RFC 5322 bytes"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="mail:cmd_show")

    p = sub.add_parser(
        "save-attachments", help=translate("cli", "save a letter's attachments into a folder (works offline)")
    )
    _message_args(p)
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FOLDER", help=translate("cli", "an existing folder")
    )
    p.set_defaults(handler="mail:cmd_save_attachments")

    p = sub.add_parser(
        "search", help=translate("cli", "full-text search of cached mail (subject, addresses, text, attachments)")
    )
    p.add_argument("query")
    p.add_argument("--account")
    p.add_argument("--limit", type=whole_number(1, 100_000), default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="mail:cmd_search")

    p = sub.add_parser("flag", help=translate("cli", "mark a letter read/unread/flagged (queued when offline)"))
    _message_args(p)
    group = p.add_mutually_exclusive_group(required=True)
    for flag in ("seen", "unseen", "flagged", "unflagged"):
        group.add_argument(f"--{flag}", dest="flag", action="store_const", const=flag)
    p.set_defaults(handler="mail:cmd_flag")

    p = sub.add_parser("send", help=translate("cli", "send a letter (through the outbox: queued when offline)"))
    p.add_argument("--account")
    p.add_argument("--to", action="append", default=[], metavar="ADDR")
    p.add_argument("--cc", action="append", default=[], metavar="ADDR")
    p.add_argument("--bcc", action="append", default=[], metavar="ADDR")
    p.add_argument("--subject", required=True)
    p.add_argument(
        "--body-file", type=Path, required=True, help=translate("cli", "UTF-8 text of the letter ('-' for stdin)")
    )
    p.add_argument("--attach", action="append", default=[], type=Path, metavar="FILE")
    p.add_argument("--password-env", metavar="VAR")
    signer = p.add_mutually_exclusive_group()
    signer.add_argument(
        "--sign-key", type=Path, metavar="KEY.p12", help=translate("cli", "sign the letter (S/MIME) with this EDS key")
    )
    signer.add_argument(
        "--qr",
        action="store_true",
        help=translate(
            "cli",
            "sign the letter with eGov Mobile: scan the QR code on the phone (the letter passes through SIGEX)",
        ),
    )
    _sigex_args(p)
    p.add_argument(
        "--key-password-env", metavar="VAR", help=translate("cli", "the key's password from $VAR (else asked)")
    )
    p.add_argument(
        "--sign-attachments",
        nargs="?",
        const="sig",
        choices=ATTACHMENT_FORMATS,
        default="",
        help=translate(
            "cli", "sign each attachment too: sig (NAME.sig beside it, default), cms (NAME.cms), pades (PDF)"
        ),
    )
    p.add_argument(
        "--no-sign-letter",
        action="store_true",
        help=translate("cli", "with --sign-attachments: leave the letter unsigned"),
    )
    p.add_argument("--tsa", **_tsa_option())
    p.set_defaults(handler="mail:cmd_send")


def _message_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--account")
    p.add_argument("--folder", default="INBOX")
    p.add_argument("--uid", type=whole_number(1, UID_MAX), required=True)
    p.add_argument("--password-env", metavar="VAR")


def register_serve(sub: Subparsers) -> None:
    p = sub.add_parser("serve", help=translate("cli", "run the embedded IMAP + SMTP server and demo PKI on loopback"))
    p.add_argument(
        "--data",
        type=Path,
        required=True,
        metavar="DIR",
        help=translate("cli", "where mailboxes and the demo PKI live"),
    )
    p.add_argument(
        "--host", default="127.0.0.1", help=translate("cli", "address to listen on (loopback unless --allow-remote)")
    )
    p.add_argument("--allow-remote", action="store_true", help=translate("cli", "allow a non-loopback --host"))
    port = whole_number(0, 65535)  # 0: any free port
    p.add_argument("--imap-port", type=port, default=DEFAULT_IMAP_PORT)
    p.add_argument("--smtp-port", type=port, default=DEFAULT_SMTP_PORT)
    p.add_argument(
        "--http-port", type=port, default=DEFAULT_HTTP_PORT, help=translate("cli", "demo PKI: TSA, OCSP, CRLs")
    )
    p.add_argument(
        "--user",
        action="append",
        default=[],
        metavar="EMAIL:PASSWORD",
        help=translate("cli", "add or update a user (seen by ps)"),
    )
    p.add_argument(
        "--users-file",
        type=Path,
        metavar="FILE",
        help=translate("cli", "EMAIL:PASSWORD lines: users without ps seeing them"),
    )
    p.add_argument("--demo", action="store_true", help=translate("cli", "seed demo accounts, keys and letters"))
    p.set_defaults(handler="serve:cmd_serve")


def register_trust(sub: Subparsers) -> None:
    trust = sub.add_parser(
        "trust", help=translate("cli", "the CAs this profile trusts: list, status, update, add, fetch, remove")
    )
    actions = trust.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    p = actions.add_parser(
        "list", help=translate("cli", "every trust anchor: name, validity, SHA-256, where it came from")
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="trust:cmd_trust_list")
    p = actions.add_parser(
        "status", help=translate("cli", "what the trust store lacks (exit 1 when something is missing)")
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="trust:cmd_trust_status")
    p = actions.add_parser(
        "update", help=translate("cli", "fetch the NCA 2022 CAs from the NCA, checked against their pinned key ids")
    )
    p.set_defaults(handler="trust:cmd_trust_update")
    p = actions.add_parser("add", help=translate("cli", "trust certificates from files (DER, PEM or base64)"))
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.set_defaults(handler="trust:cmd_trust_add")
    p = actions.add_parser(
        "fetch", help=translate("cli", "download a CA by URL (following caIssuers links to its root) and trust it")
    )
    p.add_argument(
        "urls", nargs="+", type=http_url, metavar="URL", help=translate("cli", "CA certificates to start from")
    )
    p.add_argument(
        "--yes", action="store_true", help=translate("cli", "trust without asking (after comparing the fingerprints)")
    )
    p.set_defaults(handler="trust:cmd_trust_fetch")
    p = actions.add_parser("remove", help=translate("cli", "stop trusting a certificate the user added or fetched"))
    p.add_argument("sha256", metavar="SHA256-PREFIX")
    p.set_defaults(handler="trust:cmd_trust_remove")


def register_card(sub: Subparsers) -> None:
    card = sub.add_parser(
        "card", help=translate("cli", "document cards (kaarkz/ddcard): a PDF with the document and its signatures")
    )
    actions = card.add_subparsers(dest="card_command", metavar="ACTION", required=True)
    p = actions.add_parser(
        "create", help=translate("cli", "make a card of a document and its CMS signatures, or of a signed letter")
    )
    p.add_argument(
        "document", type=Path, nargs="?", help=translate("cli", "the signed document (omit for an attached CMS)")
    )
    p.add_argument(
        "--signature", type=Path, action="append", default=[], metavar="CMS", help=translate("cli", "repeatable")
    )
    p.add_argument(
        "--message",
        action="store_true",
        help=translate("cli", "a cached letter's signed document: --account, --folder, --uid"),
    )
    p.add_argument("--account", help=translate("cli", "with --message"))
    p.add_argument("--folder", default="INBOX", help=translate("cli", "with --message"))
    p.add_argument("--uid", type=whole_number(1, UID_MAX), help=translate("cli", "with --message"))
    p.add_argument(
        "--attachment", metavar="NAME", help=translate("cli", "with --message: which signed document of the letter")
    )
    p.add_argument(
        "--no-document", action="store_true", help=translate("cli", "leave out the pages that show the document")
    )
    p.add_argument("--no-signatures", action="store_true", help=translate("cli", "leave out the signature pages"))
    p.add_argument("--no-qr", action="store_true", help=translate("cli", "signature pages without the QR codes"))
    p.add_argument(
        "--description", metavar="TEXT", help=translate("cli", "a short description of the document, under its name")
    )
    _trust_args(p, translate("cli", "also trust roots in DIR"))
    p.add_argument("-o", "--output", type=Path, required=True, help=translate("cli", "where to write the card (PDF)"))
    _force_arg(p)
    p.set_defaults(handler="card:cmd_card_create")
    p = actions.add_parser(
        "verify", help=translate("cli", "check a card: every signature over its original, from what it carries")
    )
    p.add_argument("card", type=Path, help=translate("cli", "the card (PDF)"))
    _trust_args(p, translate("cli", "also trust roots in DIR"))
    p.add_argument(
        "--extract", type=Path, metavar="DIR", help=translate("cli", "save the original and the signatures into DIR")
    )
    _force_arg(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="card:cmd_card_verify")


def register_register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "register", help=translate("cli", "check signed files or letters into a register (Excel, CSV or PDF)")
    )
    p.add_argument(
        "paths", type=Path, nargs="*", metavar="PATH", help=translate("cli", "signed files, or folders of them")
    )
    p.add_argument(
        "--account",
        help=translate(
            "cli",
            "the signed letters of this account's --folder instead of files, each with the verdict the window "
            "shows (with --trust or --crl: each checked again with them)",
        ),
    )
    p.add_argument("--folder", default="INBOX", help=translate("cli", "with --account"))
    _trust_args(p, translate("cli", "also trust roots in DIR"))
    _crl_arg(p, translate("cli", "also this CRL"))
    p.add_argument(
        "--offline", action="store_true", help=translate("cli", "use no network: only cached and given CRLs")
    )
    p.add_argument(
        "-o", "--output", type=Path, required=True, help=translate("cli", "the register: .xlsx (Excel), .csv or .pdf")
    )
    p.add_argument(
        "--jobs",
        type=whole_number(1, 1024),
        metavar="N",
        help=translate("cli", "check files in N processes (default: one per core)"),
    )
    _force_arg(p)
    p.set_defaults(handler="register:cmd_register")


def register_outbox(sub: Subparsers) -> None:
    outbox = sub.add_parser(
        "outbox", help=translate("cli", "letters not sent yet (offline or refused): list, retry, drop")
    )
    actions = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    p = actions.add_parser(
        "list", help=translate("cli", "every letter waiting to be sent, with why the last attempt failed")
    )
    p.add_argument("--account", help=translate("cli", "only this account's letters"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="outbox:cmd_outbox_list")
    p = actions.add_parser("retry", help=translate("cli", "send a failed letter again at the next sync"))
    p.add_argument(
        "id",
        type=whole_number(1, 2**63 - 1),
        metavar="ID",
        help=translate("cli", "the letter's number in `outbox list`"),
    )
    p.set_defaults(handler="outbox:cmd_outbox_retry")
    p = actions.add_parser("drop", help=translate("cli", "do not send this letter at all"))
    p.add_argument(
        "id",
        type=whole_number(1, 2**63 - 1),
        metavar="ID",
        help=translate("cli", "the letter's number in `outbox list`"),
    )
    p.set_defaults(handler="outbox:cmd_outbox_drop")
    p = actions.add_parser(
        "release", help=translate("cli", "send a letter signed offline without waiting for its time-stamp")
    )
    p.add_argument(
        "id",
        type=whole_number(1, 2**63 - 1),
        metavar="ID",
        help=translate("cli", "the letter's number in `outbox list`"),
    )
    p.set_defaults(handler="outbox:cmd_outbox_release")
