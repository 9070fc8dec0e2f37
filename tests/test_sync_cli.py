"""The mail CLI against Dovecot, as a user runs it, and sync killed again and again."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.dovecot import Dovecot
from tests.test_sync_dovecot import seed, server_imap

pytestmark = pytest.mark.dovecot
PW_ENV = {"MAIL_PW": "secret"}


def add_account(server: Dovecot, profile: Path) -> None:
    proc = run_cli(
        "account",
        "add",
        "anna",
        "--email",
        "anna@example.kz",
        "--imap",
        f"127.0.0.1:{server.port}",
        "--smtp",
        "127.0.0.1:9",
        "--user",
        "anna@example.kz",
        "--security",
        "none",
        "--password-env",
        "MAIL_PW",
        env=PW_ENV,
        profile=profile,
    )
    assert proc.returncode == 0, proc.stderr
    assert "no OS keyring" in proc.stderr  # the password is not written anywhere


def test_cli_sync_list_show_search_flag(dovecot_factory: Callable[..., Dovecot], profile_dir: Path) -> None:
    server = dovecot_factory()
    seed(server, 15)
    add_account(server, profile_dir)
    assert "anna@example.kz" in run_cli("account", "list", profile=profile_dir).stdout
    proc = run_cli("sync", "--json", "--password-env", "MAIL_PW", env=PW_ENV, profile=profile_dir)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["new"] == 15
    rows = json.loads(run_cli("list", "--folder", "INBOX", "--json", profile=profile_dir).stdout)
    assert len(rows) == 15
    assert {"uid", "subject", "from", "to", "date", "flags", "size", "has_attachments", "signed", "signer"} <= set(
        rows[0]
    )
    server.stop()
    shown = json.loads(run_cli("show", "--folder", "INBOX", "--uid", "2", "--json", profile=profile_dir).stdout)
    assert "Номер письма: 1" in shown["text"]
    hits = json.loads(run_cli("search", "сверки", "--json", profile=profile_dir).stdout)
    assert hits and all("сверки" in h["subject"].lower() or "сверки" in shown["text"].lower() for h in hits[:1])
    proc = run_cli(
        "flag",
        "--folder",
        "INBOX",
        "--uid",
        "2",
        "--flagged",
        "--password-env",
        "MAIL_PW",
        env=PW_ENV,
        profile=profile_dir,
    )
    assert proc.returncode == 0 and "queued" in proc.stderr
    server.start()
    proc = run_cli("sync", "--json", "--password-env", "MAIL_PW", env=PW_ENV, profile=profile_dir)
    assert json.loads(proc.stdout)["replayed"][0]["ok"] is True
    imap = server_imap(server)
    imap.select("INBOX")
    assert imap.uid("SEARCH", "FLAGGED")[1][0].split() == [b"2"]
    imap.logout()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["list", "--folder", "INBOX"], "no account yet"),
        (["show", "--account", "nobody", "--uid", "1"], "no account named 'nobody'"),
        (
            [
                "account",
                "add",
                "x",
                "--email",
                "x@y.kz",
                "--imap",
                "mail.example.kz:993",
                "--smtp",
                "mail.example.kz:465",
                "--user",
                "x",
                "--security",
                "none",
                "--password-env",
                "MAIL_PW",
            ],
            "loopback",
        ),
        (
            [
                "account",
                "add",
                "x",
                "--email",
                "x@y.kz",
                "--imap",
                "mail.example.kz:notaport",
                "--smtp",
                "a:1",
                "--user",
                "x",
                "--password-env",
                "MAIL_PW",
            ],
            "HOST:PORT",
        ),
        (["search", "x", "--limit", "0"], "out of range"),
        (["show", "--uid", "99999999999"], "out of range"),
        (["flag", "--uid", "1"], "one of the arguments --seen"),
        (["sync", "nobody"], "no account named 'nobody'"),
        (["outbox", "retry", "5"], "no letter 5 waits in the outbox"),
        (["outbox", "drop", "abc"], "not a whole number"),
        (["outbox", "release", "7"], "no letter 7 waits in the outbox"),
        (["account", "remove", "nobody"], "no account named 'nobody'"),
        (["serve", "--data", "{tmp}/srv", "--users-file", "{tmp}/nope"], "cannot read the users file"),
        (["serve", "--data", "{tmp}/srv", "--host", "0.0.0.0"], "loopback only"),
        (["trust", "add", "{tmp}/nope.cer"], "no such file"),
        (["trust", "remove", "zz"], "has a SHA-256 starting with zz"),
        (["verify", "--message"], "needs --uid"),
        (["card", "create", "--message", "-o", "{tmp}/c.pdf"], "needs --uid"),
        (["register", "--account", "nobody", "-o", "{tmp}/r.csv"], "no account named 'nobody'"),
        (["send", "--to", "a@b.kz", "--subject", "x", "--body-file", "{tmp}/nope"], "no account yet"),
        (["list", "--account", "nobody"], "no account named 'nobody'"),
        (["keyinfo", "{tmp}/nope.p12"], "key file: no such file"),
    ],
)
def test_mail_cli_bad_input(tmp_path: Path, profile_dir: Path, args: list[str], message: str) -> None:
    """Exit 2, the reason on stderr, no traceback, nothing written beside the profile, which stays
    as it was (empty: no account)."""
    before = {p for p in tmp_path.rglob("*") if p.is_file()}
    proc = run_cli(*[a.format(tmp=tmp_path) for a in args], env=PW_ENV, profile=profile_dir)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert {p for p in tmp_path.rglob("*") if p.is_file() and "profile" not in p.parts} <= before


def test_damaged_cache_is_a_clean_error_and_stays_as_it_was(profile_dir: Path) -> None:
    damaged = profile_dir / "mail.sqlite3"
    damaged.write_bytes(b"not a database, but perhaps the last copy of an unsent letter " * 20)
    before = damaged.read_bytes()
    proc = run_cli("list", "--account", "anna", "--folder", "INBOX", profile=profile_dir)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    assert "is damaged (file is not a database)" in proc.stderr and str(damaged) in proc.stderr
    assert damaged.read_bytes() == before  # nothing the user had is touched


def test_sync_with_nothing_new_loads_only_the_mail_engine(
    dovecot_factory: Callable[..., Dovecot], profile_dir: Path
) -> None:
    """A sync that brings nothing must take well under 0.3 s, and most of that is Python loading
    modules: the EDS core, the keyring (a password is given), the email package's full parser and
    the indexer's multiprocessing stay unloaded when nothing needs them."""
    server = dovecot_factory()
    seed(server, 3)
    add_account(server, profile_dir)
    assert run_cli("sync", "--password-env", "MAIL_PW", env=PW_ENV, profile=profile_dir).returncode == 0
    proc = run_cli(
        "sync", "--password-env", "MAIL_PW", env={**PW_ENV, "PYTHONPROFILEIMPORTTIME": "1"}, profile=profile_dir
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("anna: 0 new")
    loaded = {line.rsplit("|", 1)[1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}
    assert {"qazmail_desktop.sync.engine", "imapclient"} <= loaded  # the list is the real one
    assert not {"asn1crypto", "keyring", "email.policy", "multiprocessing"} & loaded


def test_sync_unreachable_server_is_a_clean_error(dovecot_factory: Callable[..., Dovecot], profile_dir: Path) -> None:
    server = dovecot_factory()
    add_account(server, profile_dir)
    server.stop()
    proc = run_cli("sync", "--password-env", "MAIL_PW", env=PW_ENV, profile=profile_dir)
    assert proc.returncode == 2 and "unreachable" in proc.stderr and "Traceback" not in proc.stderr


def test_sync_killed_repeatedly_loses_and_duplicates_nothing(
    dovecot_factory: Callable[..., Dovecot], profile_dir: Path
) -> None:
    server = dovecot_factory()
    seed(server, 2400)
    seed(server, 600, folder="Archive", start=5000)
    add_account(server, profile_dir)
    rnd = random.Random(7)
    env = {**PW_ENV, "QAZMAIL_PROFILE": str(profile_dir), "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    database = profile_dir / "mail.sqlite3"

    def stored() -> int:
        try:
            with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5) as db:
                return int(db.execute("SELECT COUNT(*) FROM messages").fetchone()[0])
        except sqlite3.OperationalError:
            return 0

    kills = 0
    for _ in range(6):
        before = stored()
        proc = subprocess.Popen(
            [sys.executable, "-m", "qazmail_desktop", "sync", "--password-env", "MAIL_PW"],
            env={**os.environ, **env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while proc.poll() is None and stored() == before and time.monotonic() < deadline:
            time.sleep(0.01)  # kill only once this run has committed something: mid-sync, every time
        time.sleep(rnd.uniform(0, 0.15))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
    assert kills >= 3, "the sync finished before it could be interrupted"
    final = run_cli("sync", "--json", "--password-env", "MAIL_PW", env=PW_ENV, profile=profile_dir)
    assert final.returncode == 0, final.stderr
    db = sqlite3.connect(profile_dir / "mail.sqlite3")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    counts = dict(
        db.execute(
            "SELECT f.name, COUNT(m.id) FROM folders f LEFT JOIN messages m ON m.folder_id = f.id GROUP BY f.name"
        )
    )
    assert counts["INBOX"] == 2400 and counts["Archive"] == 600
    dupes = db.execute(
        "SELECT COUNT(*) FROM (SELECT folder_id, message_id FROM messages "
        "GROUP BY folder_id, message_id HAVING COUNT(*) > 1)"
    ).fetchone()[0]
    assert dupes == 0
    orphans = db.execute(
        "SELECT COUNT(*) FROM messages m LEFT JOIN blobs b ON b.digest = m.blob WHERE b.digest IS NULL"
    ).fetchone()[0]
    assert orphans == 0  # every row has its bytes
    for digest, data in db.execute("SELECT digest, data FROM blobs"):
        assert hashlib.sha256(data).hexdigest() == digest
    index = sqlite3.connect(profile_dir / "mail-search.sqlite3")  # killed indexers too: each letter indexed once
    assert index.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # the index's rows are keyed by date (searchindex); its table `letters` maps each key to its letter
    keys = [r[0] for r in index.execute("SELECT rowid FROM message_text")]
    assert sorted(keys) == [r[0] for r in index.execute("SELECT key FROM letters ORDER BY key")]
    indexed = [r[0] for r in index.execute("SELECT message_id FROM letters")]
    assert sorted(indexed) == sorted(r[0] for r in db.execute("SELECT id FROM messages"))
    assert db.execute("SELECT COUNT(*) FROM search_queue").fetchone()[0] == 0


def test_ctrl_c_stops_a_command_with_exit_130(profile_dir: Path) -> None:
    """Ctrl-C during a sync (here: a server that never greets) says so and exits 130, as shells expect."""
    import socket

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        added = run_cli(
            "account", "add", "anna", "--email", "anna@example.kz", "--imap", f"127.0.0.1:{port}",
            "--smtp", "127.0.0.1:9", "--user", "anna@example.kz", "--security", "none", "--password-env", "MAIL_PW",
            env=PW_ENV, profile=profile_dir,
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
        proc = subprocess.Popen(
            [sys.executable, "-m", "qazmail_desktop", "sync", "--password-env", "MAIL_PW"],
            env={**os.environ, **PW_ENV, "QAZMAIL_PROFILE": str(profile_dir)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        connection, _ = silent.accept()  # the sync is waiting for the greeting now
        with connection:
            proc.send_signal(signal.SIGINT)
            _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.strip() == "qazmail-desktop: interrupted"


def test_each_account_gets_its_own_password(dovecot_factory: Callable[..., Dovecot], profile_dir: Path) -> None:
    """`sync --password-env VAR` gave one password to every account (sent to servers it does not
    belong to); now each account names its own, and a bare VAR is for one account only."""
    server = dovecot_factory()
    env = {"ANNA_PW": "secret", "BOLAT_PW": "secret2"}
    for name, password_var in (("anna", "ANNA_PW"), ("bolat", "BOLAT_PW")):
        added = run_cli(
            "account", "add", name, "--email", f"{name}@example.kz", "--imap", f"127.0.0.1:{server.port}",
            "--smtp", "127.0.0.1:9", "--user", f"{name}@example.kz", "--security", "none",
            "--password-env", password_var, env=env, profile=profile_dir,
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
    both = run_cli(
        "sync", "--json", "--password-env", "anna=ANNA_PW", "--password-env", "bolat=BOLAT_PW", env=env,
        profile=profile_dir,
    )  # fmt: skip
    assert both.returncode == 0, both.stderr
    assert sorted(a["account"] for a in json.loads(both.stdout)) == ["anna", "bolat"]  # a list: one per account
    shared = run_cli("sync", "--password-env", "ANNA_PW", env=env, profile=profile_dir)
    assert shared.returncode == 2 and "2 accounts sync: give --password-env NAME=VAR for each" in shared.stderr
    assert run_cli("sync", "bolat", "--password-env", "BOLAT_PW", env=env, profile=profile_dir).returncode == 0
    unknown = run_cli("sync", "--password-env", "nobody=ANNA_PW", env=env, profile=profile_dir)
    assert unknown.returncode == 2 and "no account named 'nobody'" in unknown.stderr


def test_ipv6_loopback_accounts_and_header_injection(tmp_path: Path, profile_dir: Path) -> None:
    """[::1] is loopback (it was refused as not loopback); a subject with a line break, which would
    start a header of its own (Bcc: …), is refused with its reason (it ended in a traceback)."""
    added = run_cli(
        "account", "add", "v6", "--email", "anna@example.kz", "--imap", "[::1]:1143", "--smtp", "[::1]:1587",
        "--user", "anna@example.kz", "--security", "none", "--password-env", "MAIL_PW", env=PW_ENV, profile=profile_dir,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    accounts = json.loads(run_cli("account", "list", "--json", profile=profile_dir).stdout)
    assert accounts[0]["imap"] == "[::1]:1143 (none)" and accounts[0]["smtp"] == "[::1]:1587 (none)"
    body = tmp_path / "body.txt"
    body.write_text("x", encoding="utf-8")
    sent = run_cli(
        "send", "--to", "bolat@example.kz", "--subject", "Invoice\r\nBcc: spy@evil.kz", "--body-file", body,
        "--password-env", "MAIL_PW", env=PW_ENV, profile=profile_dir,
    )  # fmt: skip
    assert sent.returncode == 2 and "the subject may not contain line breaks" in sent.stderr
    assert "Traceback" not in sent.stderr
    assert "the outbox is empty" in run_cli("outbox", "list", profile=profile_dir).stdout
