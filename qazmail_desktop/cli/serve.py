"""The ``serve`` subcommand: the embedded IMAP/SMTP server and demo PKI in the foreground."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from pathlib import Path

from ..profile import Profile
from ..server.demo import seed_demo
from ..server.pki import DEMO_PASSWORD
from ..server.runner import EmbeddedServer, ServerError, check_bind_address
from .common import EXIT_OK, CliError


def parse_user(value: str, where: str = "--user") -> tuple[str, str]:
    email, sep, password = value.partition(":")
    if not sep or "@" not in email or not password:
        raise CliError(f"{where} wants EMAIL:PASSWORD, got {value.partition(':')[0]!r}…")
    return email.lower(), password


def users_from_file(path: Path) -> list[tuple[str, str]]:
    """EMAIL:PASSWORD lines (blank lines and # comments skipped): passwords that do not show in
    the process list, as --user's do."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CliError(f"cannot read the users file {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise CliError(f"the users file {path} is not UTF-8 text") from exc
    return [
        parse_user(line.strip(), f"{path} line {number}")
        for number, line in enumerate(lines, 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


def build_server(args: argparse.Namespace) -> EmbeddedServer:
    try:
        check_bind_address(args.host, args.allow_remote)
    except ServerError as exc:
        raise CliError(str(exc)) from exc
    for port in (args.imap_port, args.smtp_port, args.http_port):
        if not 0 <= port < 65536:
            raise CliError(f"bad port {port}")
    users = [parse_user(u) for u in args.user]
    if args.users_file is not None:
        users += users_from_file(args.users_file)
    try:
        args.data.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(f"cannot use {args.data}: {exc.strerror}") from exc
    server = EmbeddedServer(args.data, args.host, args.imap_port, args.smtp_port, args.http_port)
    for email, password in users:
        server.store.add_user(email, password)
    return server


def cmd_serve(args: argparse.Namespace, profile: Profile) -> int:
    server = build_server(args)

    async def announce_then_serve() -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, server.request_stop)
        await server.start_async()
        if args.demo:
            accounts = seed_demo(server)
            print(f"Demo accounts (IMAP/SMTP login = e-mail; key files in DATA/keys, password {DEMO_PASSWORD}):")
            for account in accounts:
                print(f"  {account.email:18} password {account.password:12} key {account.key.key_file}")
            pki = args.data / "pki"
            print(  # the root alone is not enough: the users' certificates come from the demo CA below it
                "  to see green verdicts, trust the demo root and CA: "
                f"qazmail-desktop trust add {pki / 'demo_root.cer'} {pki / 'demo_ca.cer'}"
            )
        print(f"QazMail embedded server, data in {args.data}")
        print(f"  IMAP  {args.host}:{server.imap_port}  (no TLS: loopback only)")
        print(f"  SMTP  {args.host}:{server.smtp_port}  (submission, AUTH required, local delivery only)")
        for line in server.describe_services():
            print(f"  {line}")
        for user in server.store.users():
            print(f"  user  {user}")
        print("Ctrl-C or SIGTERM stops it.", flush=True)
        await server.wait_stopped()

    try:
        asyncio.run(announce_then_serve())
    except ServerError as exc:
        raise CliError(str(exc)) from exc
    print("stopped", file=sys.stderr)
    return EXIT_OK
