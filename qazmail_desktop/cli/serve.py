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
from .coretext import core_sentence
from .speech import fill, translate


def parse_user(value: str, where: str = "--user") -> tuple[str, str]:
    email, sep, password = value.partition(":")
    if not sep or "@" not in email or not password:
        raise CliError(fill(translate("cli", "%1 wants EMAIL:PASSWORD, got %2…"), where, repr(value.partition(":")[0])))
    return email.lower(), password


def users_from_file(path: Path) -> list[tuple[str, str]]:
    """EMAIL:PASSWORD lines (blank lines and # comments skipped): passwords that do not show in
    the process list, as --user's do."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CliError(fill(translate("cli", "cannot read the users file %1: %2"), path, exc.strerror)) from exc
    except UnicodeDecodeError as exc:
        raise CliError(fill(translate("cli", "the users file %1 is not UTF-8 text"), path)) from exc
    return [
        parse_user(line.strip(), fill(translate("cli", "%1 line %2"), path, number))
        for number, line in enumerate(lines, 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


def build_server(args: argparse.Namespace) -> EmbeddedServer:
    try:
        check_bind_address(args.host, args.allow_remote)
    except ServerError as exc:
        raise CliError(core_sentence(str(exc))) from exc
    for port in (args.imap_port, args.smtp_port, args.http_port):
        if not 0 <= port < 65536:
            raise CliError(fill(translate("cli", "bad port %1"), port))
    users = [parse_user(u) for u in args.user]
    if args.users_file is not None:
        users += users_from_file(args.users_file)
    try:
        args.data.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(fill(translate("cli", "cannot use %1: %2"), args.data, exc.strerror)) from exc
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
            print(
                fill(
                    translate("cli", "Demo accounts (IMAP/SMTP login = e-mail; key files in DATA/keys, password %1):"),
                    DEMO_PASSWORD,
                )
            )
            for account in accounts:
                line = translate("cli", "%1 password %2 key %3")
                print("  " + fill(line, f"{account.email:18}", f"{account.password:12}", account.key.key_file))
            pki = args.data / "pki"
            print(  # the root alone is not enough: the users' certificates come from the demo CA below it
                "  "
                + fill(
                    translate("cli", "to see green verdicts, trust the demo root and CA: %1"),
                    f"qazmail-desktop trust add {pki / 'demo_root.cer'} {pki / 'demo_ca.cer'}",
                )
            )
        print(fill(translate("cli", "QazMail embedded server, data in %1"), args.data))
        imap, smtp = f"{args.host}:{server.imap_port}", f"{args.host}:{server.smtp_port}"
        print("  " + fill(translate("cli", "IMAP  %1  (no TLS: loopback only)"), imap))
        print("  " + fill(translate("cli", "SMTP  %1  (submission, AUTH required, local delivery only)"), smtp))
        for line in server.describe_services():
            print(f"  {core_sentence(line)}")
        for user in server.store.users():
            print("  " + fill(translate("cli", "user  %1"), user))
        print(translate("cli", "Ctrl-C or SIGTERM stops it."), flush=True)
        await server.wait_stopped()

    try:
        asyncio.run(announce_then_serve())
    except ServerError as exc:
        raise CliError(core_sentence(str(exc))) from exc
    print(translate("cli", "stopped"), file=sys.stderr)
    return EXIT_OK
