"""Every subcommand's arguments, with handlers named as "module:function" and imported only when
that command runs: `qazmail-desktop sign` never loads the mail engine or Qt, so it starts fast."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..choices import ATTACHMENT_FORMATS, NCA_TSA_URL, SECURITY_CHOICES
from .common import Subparsers
from .values import UID_MAX, email_address, host_port, http_url, whole_number

DEFAULT_IMAP_PORT = 1143
DEFAULT_SMTP_PORT = 1587
DEFAULT_HTTP_PORT = 8480


TSA_OPTION: dict[str, Any] = {
    "metavar": "URL",
    "type": http_url,
    "nargs": "?",
    "const": NCA_TSA_URL,
    "help": f"add an RFC 3161 time-stamp (CAdES-T) from this TSA; without URL the NCA's ({NCA_TSA_URL})",
}


def register_gui(sub: Subparsers) -> None:
    p = sub.add_parser("gui", help="open the QazMail window (the default)")
    p.add_argument(
        "files", nargs="*", help="signed files (.sig .cms .p7s .p7m .pem .pdf .xml) to check, each in a window"
    )
    p.set_defaults(handler="gui:cmd_gui")


def register_eds(sub: Subparsers) -> None:
    p = sub.add_parser("sign", help="sign a document with an NCA key (CMS, CAdES-BES/-T)")
    p.add_argument("file", type=Path, help="document to sign")
    _key_args(p)
    p.add_argument("--detached", action="store_true", help="write a detached signature (document not embedded)")
    p.add_argument(
        "--xml",
        action="store_true",
        help="sign an XML document with an enveloped XML signature (XMLDSig, as NCALayer makes it) instead of a CMS",
    )
    p.add_argument(
        "--pades",
        action="store_true",
        help="sign a PDF inside (PAdES): the signed PDF opens in any PDF reader, which shows the signature",
    )
    p.add_argument("--tsa", **TSA_OPTION)
    p.add_argument("--offline", action="store_true", help="do not ask OCSP whether the key is revoked")
    p.add_argument("-o", "--output", type=Path, required=True, help="where to write the CMS (or the signed XML or PDF)")
    _force_arg(p)
    p.set_defaults(handler="eds:cmd_sign")

    p = sub.add_parser("cosign", help="add your signature to an existing CMS")
    p.add_argument("cms", type=Path, help="the signed CMS")
    _key_args(p)
    p.add_argument("--data", type=Path, help="the signed document, for a detached CMS")
    p.add_argument("--tsa", **TSA_OPTION)
    p.add_argument("--offline", action="store_true", help="do not ask OCSP whether the key is revoked")
    p.add_argument("-o", "--output", type=Path, required=True, help="where to write the co-signed CMS")
    _force_arg(p)
    p.set_defaults(handler="eds:cmd_cosign")

    p = sub.add_parser("verify", help="verify every signature of a CMS file, a signed XML, or a letter (--message)")
    p.add_argument("cms", type=Path, nargs="?", help="CMS file (DER, PEM or base64), or a signed XML document")
    p.add_argument("--message", action="store_true", help="verify a cached letter: --account, --folder, --uid")
    p.add_argument("--account", help="with --message")
    p.add_argument("--folder", default="INBOX", help="with --message")
    p.add_argument("--uid", type=whole_number(1, UID_MAX), help="with --message")
    p.add_argument("--data", type=Path, help="the signed document, for a detached CMS")
    p.add_argument("--json", action="store_true", help="print the verdict as JSON")
    p.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="also trust the root certificates in DIR (repeatable)",
    )
    p.add_argument(
        "--crl",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="check revocation against this CRL file (repeatable)",
    )
    p.add_argument("--offline", action="store_true", help="use no network: only cached and given CRLs")
    p.add_argument("--extract", type=Path, metavar="FILE", help="write the embedded document of an attached CMS")
    _force_arg(p)
    p.set_defaults(handler="eds:cmd_verify")

    p = sub.add_parser("keyinfo", help="show who an NCA key belongs to and what it may do")
    p.add_argument("key", type=Path, help="PKCS#12 key file (.p12)")
    p.add_argument("--password-env", metavar="VAR", help="read the key password from $VAR")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.add_argument("--offline", action="store_true", help="do not ask the OCSP responder for the key's status")
    p.set_defaults(handler="eds:cmd_keyinfo")


def _force_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--force", action="store_true", help="replace an output file that exists (never an input)")


def _key_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--key", type=Path, required=True, help="PKCS#12 key file (.p12)")
    p.add_argument("--password-env", metavar="VAR", help="read the key password from $VAR (else asked)")


def register_mail(sub: Subparsers) -> None:
    account = sub.add_parser("account", help="add, list or remove mail accounts")
    acc_sub = account.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    add = acc_sub.add_parser("add", help="add an IMAP/SMTP account (password into the OS keyring)")
    add.add_argument("name", help="a short name for the account")
    add.add_argument("--email", required=True, type=email_address, help="the address letters are sent from")
    add.add_argument("--imap", required=True, type=host_port(993), metavar="HOST:PORT", help="[IPv6]:PORT too")
    add.add_argument("--smtp", required=True, type=host_port(465), metavar="HOST:PORT")
    add.add_argument("--user", required=True, help="login name")
    add.add_argument("--password-env", metavar="VAR", help="read the password from $VAR (else asked)")
    add.add_argument(
        "--security", choices=SECURITY_CHOICES, default="ssl", help="ssl (default), starttls, or none (loopback only)"
    )
    add.add_argument("--smtp-security", choices=SECURITY_CHOICES, help="if different from --security")
    add.add_argument("--name-display", dest="display_name", default="", help="your name as recipients see it")
    add.add_argument(
        "--max-body-size", type=whole_number(1, 2**40), metavar="BYTES", help="keep only headers of larger letters"
    )
    add.add_argument(
        "--max-age-days", type=whole_number(1, 36_500), metavar="DAYS", help="keep only headers of older letters"
    )
    add.set_defaults(handler="mail:cmd_account_add")
    lst = acc_sub.add_parser("list", help="list accounts")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler="mail:cmd_account_list")
    rem = acc_sub.add_parser("remove", help="remove an account and its cached mail")
    rem.add_argument("name")
    rem.set_defaults(handler="mail:cmd_account_remove")

    p = sub.add_parser("sync", help="synchronise accounts with their servers (and send the outbox)")
    p.add_argument("name", nargs="?", help="account (default: every account)")
    p.add_argument("--folder", help="only this folder")
    p.add_argument(
        "--password-env",
        metavar="[NAME=]VAR",
        action="append",
        help="account NAME's password from $VAR, ahead of the keyring (once per account; VAR alone: one account)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="mail:cmd_sync")

    p = sub.add_parser("list", help="list the letters of a folder (from the cache, works offline)")
    p.add_argument("--account", help="account name (optional with one account)")
    p.add_argument("--folder", default="INBOX")
    p.add_argument("--limit", type=whole_number(1, 10_000_000), default=-1)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="mail:cmd_list")

    p = sub.add_parser("show", help="show one letter (from the cache, works offline)")
    _message_args(p)
    p.add_argument("--raw", action="store_true", help="print the raw RFC 5322 bytes")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="mail:cmd_show")

    p = sub.add_parser("save-attachments", help="save a letter's attachments into a folder (works offline)")
    _message_args(p)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER", help="an existing folder")
    p.set_defaults(handler="mail:cmd_save_attachments")

    p = sub.add_parser("search", help="full-text search of cached mail (subject, addresses, text, attachments)")
    p.add_argument("query")
    p.add_argument("--account")
    p.add_argument("--limit", type=whole_number(1, 100_000), default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="mail:cmd_search")

    p = sub.add_parser("flag", help="mark a letter read/unread/flagged (queued when offline)")
    _message_args(p)
    group = p.add_mutually_exclusive_group(required=True)
    for flag in ("seen", "unseen", "flagged", "unflagged"):
        group.add_argument(f"--{flag}", dest="flag", action="store_const", const=flag)
    p.set_defaults(handler="mail:cmd_flag")

    p = sub.add_parser("send", help="send a letter (through the outbox: queued when offline)")
    p.add_argument("--account")
    p.add_argument("--to", action="append", default=[], metavar="ADDR")
    p.add_argument("--cc", action="append", default=[], metavar="ADDR")
    p.add_argument("--bcc", action="append", default=[], metavar="ADDR")
    p.add_argument("--subject", required=True)
    p.add_argument("--body-file", type=Path, required=True, help="UTF-8 text of the letter ('-' for stdin)")
    p.add_argument("--attach", action="append", default=[], type=Path, metavar="FILE")
    p.add_argument("--password-env", metavar="VAR")
    p.add_argument("--sign-key", type=Path, metavar="KEY.p12", help="sign the letter (S/MIME) with this EDS key")
    p.add_argument("--key-password-env", metavar="VAR", help="the key's password from $VAR (else asked)")
    p.add_argument(
        "--sign-attachments",
        nargs="?",
        const="sig",
        choices=ATTACHMENT_FORMATS,
        default="",
        help="sign each attachment too: sig (NAME.sig beside it, default), cms (NAME.cms), pades (PDF)",
    )
    p.add_argument("--no-sign-letter", action="store_true", help="with --sign-attachments: leave the letter unsigned")
    p.add_argument("--tsa", **TSA_OPTION)
    p.set_defaults(handler="mail:cmd_send")


def _message_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--account")
    p.add_argument("--folder", default="INBOX")
    p.add_argument("--uid", type=whole_number(1, UID_MAX), required=True)
    p.add_argument("--password-env", metavar="VAR")


def register_serve(sub: Subparsers) -> None:
    p = sub.add_parser("serve", help="run the embedded IMAP + SMTP server and demo PKI on loopback")
    p.add_argument("--data", type=Path, required=True, metavar="DIR", help="where mailboxes and the demo PKI live")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (loopback unless --allow-remote)")
    p.add_argument("--allow-remote", action="store_true", help="allow a non-loopback --host")
    port = whole_number(0, 65535)  # 0: any free port
    p.add_argument("--imap-port", type=port, default=DEFAULT_IMAP_PORT)
    p.add_argument("--smtp-port", type=port, default=DEFAULT_SMTP_PORT)
    p.add_argument("--http-port", type=port, default=DEFAULT_HTTP_PORT, help="demo PKI: TSA, OCSP, CRLs")
    p.add_argument(
        "--user", action="append", default=[], metavar="EMAIL:PASSWORD", help="add or update a user (seen by ps)"
    )
    p.add_argument("--users-file", type=Path, metavar="FILE", help="EMAIL:PASSWORD lines: users without ps seeing them")
    p.add_argument("--demo", action="store_true", help="seed demo accounts, keys and letters")
    p.set_defaults(handler="serve:cmd_serve")


def register_trust(sub: Subparsers) -> None:
    trust = sub.add_parser("trust", help="the CAs this profile trusts: list, status, update, add, fetch, remove")
    actions = trust.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    p = actions.add_parser("list", help="every trust anchor: name, validity, SHA-256, where it came from")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="trust:cmd_trust_list")
    p = actions.add_parser("status", help="what the trust store lacks (exit 1 when something is missing)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="trust:cmd_trust_status")
    p = actions.add_parser("update", help="fetch the NCA 2022 CAs from the NCA, checked against their pinned key ids")
    p.set_defaults(handler="trust:cmd_trust_update")
    p = actions.add_parser("add", help="trust certificates from files (DER, PEM or base64)")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.set_defaults(handler="trust:cmd_trust_add")
    p = actions.add_parser("fetch", help="download a CA by URL (following caIssuers links to its root) and trust it")
    p.add_argument("urls", nargs="+", type=http_url, metavar="URL", help="CA certificates to start from")
    p.add_argument("--yes", action="store_true", help="trust without asking (after comparing the fingerprints)")
    p.set_defaults(handler="trust:cmd_trust_fetch")
    p = actions.add_parser("remove", help="stop trusting a certificate the user added or fetched")
    p.add_argument("sha256", metavar="SHA256-PREFIX")
    p.set_defaults(handler="trust:cmd_trust_remove")


def register_card(sub: Subparsers) -> None:
    card = sub.add_parser("card", help="document cards (kaarkz/ddcard): a PDF with the document and its signatures")
    actions = card.add_subparsers(dest="card_command", metavar="ACTION", required=True)
    p = actions.add_parser("create", help="make a card of a document and its CMS signatures, or of a signed letter")
    p.add_argument("document", type=Path, nargs="?", help="the signed document (omit for an attached CMS)")
    p.add_argument("--signature", type=Path, action="append", default=[], metavar="CMS", help="repeatable")
    p.add_argument(
        "--message", action="store_true", help="a cached letter's signed document: --account, --folder, --uid"
    )
    p.add_argument("--account", help="with --message")
    p.add_argument("--folder", default="INBOX", help="with --message")
    p.add_argument("--uid", type=whole_number(1, UID_MAX), help="with --message")
    p.add_argument("--attachment", metavar="NAME", help="with --message: which signed document of the letter")
    p.add_argument("--no-document", action="store_true", help="leave out the pages that show the document")
    p.add_argument("--no-signatures", action="store_true", help="leave out the signature pages")
    p.add_argument("--no-qr", action="store_true", help="signature pages without the QR codes")
    p.add_argument("--description", metavar="TEXT", help="a short description of the document, under its name")
    p.add_argument("--trust", type=Path, action="append", default=[], metavar="DIR", help="also trust roots in DIR")
    p.add_argument("-o", "--output", type=Path, required=True, help="where to write the card (PDF)")
    _force_arg(p)
    p.set_defaults(handler="card:cmd_card_create")
    p = actions.add_parser("verify", help="check a card: every signature over its original, from what it carries")
    p.add_argument("card", type=Path, help="the card (PDF)")
    p.add_argument("--trust", type=Path, action="append", default=[], metavar="DIR", help="also trust roots in DIR")
    p.add_argument("--extract", type=Path, metavar="DIR", help="save the original and the signatures into DIR")
    _force_arg(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="card:cmd_card_verify")


def register_register(sub: Subparsers) -> None:
    p = sub.add_parser("register", help="check signed files or letters into a register (Excel, CSV or PDF)")
    p.add_argument("paths", type=Path, nargs="*", metavar="PATH", help="signed files, or folders of them")
    p.add_argument(
        "--account",
        help="the signed letters of this account's --folder instead of files, each with the verdict the window "
        "shows (with --trust or --crl: each checked again with them)",
    )
    p.add_argument("--folder", default="INBOX", help="with --account")
    p.add_argument("--trust", type=Path, action="append", default=[], metavar="DIR", help="also trust roots in DIR")
    p.add_argument("--crl", type=Path, action="append", default=[], metavar="FILE", help="also this CRL")
    p.add_argument("--offline", action="store_true", help="use no network: only cached and given CRLs")
    p.add_argument("-o", "--output", type=Path, required=True, help="the register: .xlsx (Excel), .csv or .pdf")
    _force_arg(p)
    p.set_defaults(handler="register:cmd_register")


def register_outbox(sub: Subparsers) -> None:
    outbox = sub.add_parser("outbox", help="letters not sent yet (offline or refused): list, retry, drop")
    actions = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    p = actions.add_parser("list", help="every letter waiting to be sent, with why the last attempt failed")
    p.add_argument("--account", help="only this account's letters")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="outbox:cmd_outbox_list")
    p = actions.add_parser("retry", help="send a failed letter again at the next sync")
    p.add_argument("id", type=whole_number(1, 2**63 - 1), metavar="ID", help="the letter's number in `outbox list`")
    p.set_defaults(handler="outbox:cmd_outbox_retry")
    p = actions.add_parser("drop", help="do not send this letter at all")
    p.add_argument("id", type=whole_number(1, 2**63 - 1), metavar="ID", help="the letter's number in `outbox list`")
    p.set_defaults(handler="outbox:cmd_outbox_drop")
    p = actions.add_parser("release", help="send a letter signed offline without waiting for its time-stamp")
    p.add_argument("id", type=whole_number(1, 2**63 - 1), metavar="ID", help="the letter's number in `outbox list`")
    p.set_defaults(handler="outbox:cmd_outbox_release")
