"""The embedded server's demo: PKI over HTTP (TSA, OCSP, CRL), seeded letters with every verdict,
`sign --tsa`, and `send --sign-key` arriving signed with IIN and BIN in `list --json`."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any, cast

from qazmail_desktop.crypto import cms, keys, revocation
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.status import Status
from qazmail_desktop.crypto.trust import CrlSet, TrustStore
from qazmail_desktop.server.demo import DEMO_ACCOUNTS, REVOKED_USER, DemoAccount
from qazmail_desktop.server.pki import DEMO_PASSWORD
from qazmail_desktop.server.runner import EmbeddedServer
from qazmail_desktop.signing.checker import check_pending
from qazmail_desktop.store.cache import Cache
from qazmail_desktop.sync.engine import MailEngine
from qazmail_desktop.sync.secrets import SecretStore
from tests.accounts import make_account
from tests.conftest import run_cli


def _demo_policy(server: EmbeddedServer, online: bool = True, cache: Path | None = None) -> v.VerifyPolicy:
    trust = TrustStore()
    trust.add_folder(server.data_dir / "pki")
    return v.VerifyPolicy(trust=trust, online=online, crl_cache=cache)


def test_seeded_mailbox_shows_every_verdict(demo: EmbeddedServer, tmp_path: Path) -> None:
    anna = DEMO_ACCOUNTS[0]
    cache = Cache(tmp_path / "c.sqlite3")
    cache.accounts.add(make_account("anna", anna.email, imap_port=demo.imap_port, smtp_port=demo.smtp_port))
    secrets = SecretStore()
    secrets.remember_for_session("anna", anna.password)
    MailEngine(cache, secrets).sync("anna")
    assert check_pending(cache, _demo_policy(demo, cache=tmp_path / "crl")) == 5
    inbox = cache.folders.get("anna", "INBOX")
    assert inbox is not None
    by_subject = {r.subject: r for r in cache.messages.in_folder(inbox.id)}
    statuses = {s: (r.signature or {}).get("status") for s, r in by_subject.items()}
    assert statuses["Акт выполненных работ № 45 (подписан ЭЦП)"] == v.VALID
    assert statuses["Шот-фактура № 118: қол қойылды"] == v.VALID
    assert statuses["Реквизиты для оплаты (изменены?)"] == v.CONTENT_MODIFIED
    assert statuses["Доверенность на получение груза"] == v.REVOKED
    assert statuses["Quarterly reconciliation meeting"] is None
    act = by_subject["Акт выполненных работ № 45 (подписан ЭЦП)"].signature or {}
    assert [i["name"] for i in act["items"]] == ["letter", "act_45.txt.cms"]
    assert act["signer"]["bin"] == "990240000021"
    revoked = cache.verdicts.get(by_subject["Доверенность на получение груза"].blob) or {}
    revoked_signer = revoked["signatures"][0]["signers"][0]
    assert "per OCSP" in revoked_signer["revocation"]
    # the evidence the verdict rested on is stored with it, for offline reading
    assert [e["kind"] for e in revoked_signer["revocation_evidence"]] == ["ocsp"]
    assert cache.lookup.search(f"IIN {REVOKED_USER.iin}")  # the signer is searchable offline


def test_untrusted_without_the_demo_root(demo: EmbeddedServer) -> None:
    key = keys.load_signing_key(demo.data_dir / "keys" / DEMO_ACCOUNTS[1].key.key_file, DEMO_PASSWORD)
    result = v.verify(cms.sign(Content(data=b"x"), key, detached=False), None, v.VerifyPolicy())
    assert [s.status for s in result.signers] == [v.UNTRUSTED]


def test_crl_download_is_cached_for_offline_use(demo: EmbeddedServer, tmp_path: Path) -> None:
    revoked = keys.load_signing_key(demo.data_dir / "keys" / REVOKED_USER.key_file, DEMO_PASSWORD)
    signed = cms.sign(Content(data=b"doverennost"), revoked, detached=False)
    ca = demo.pki.ca.certificate if demo.pki else None
    assert ca is not None
    crls = CrlSet()
    assert revocation.refresh_crls(revoked.certificate, ca, crls, tmp_path, dt.datetime.now(dt.UTC)) == []
    cached = list(tmp_path.glob("*.crl"))
    assert len(cached) == 1
    offline = _demo_policy(demo, online=False)
    offline.crls.add_file(cached[0])
    (signer,) = v.verify(signed, None, offline).signers
    assert signer.status == v.REVOKED and "per CRL #" in signer.message


def test_ocsp_good_for_a_valid_key(demo: EmbeddedServer) -> None:
    key = keys.load_signing_key(demo.data_dir / "keys" / DEMO_ACCOUNTS[2].key.key_file, DEMO_PASSWORD)
    (signer,) = v.verify(cms.sign(Content(data=b"x"), key, detached=False), None, _demo_policy(demo)).signers
    assert signer.status == v.VALID
    assert signer.revocation.startswith("not revoked per OCSP ")
    assert [e.kind for e in signer.evidence] == ["ocsp"]


def test_sign_with_tsa_from_cli(demo: EmbeddedServer, tmp_path: Path, nca: Path, profile_dir: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("time-stamped document")
    out = tmp_path / "doc.cms"
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    proc = run_cli(
        "sign",
        doc,
        "--key",
        nca / "keys/legal/valid/head.p12",
        "--password-env",
        "QAZMAIL_TEST_PW",
        "--tsa",
        f"{demo.base_url}/tsp",
        "-o",
        out,
        profile=profile_dir,
    )
    assert proc.returncode == 0, proc.stderr
    proc = run_cli(
        "verify",
        out,
        "--json",
        "--trust",
        nca / "ca",
        "--trust",
        demo.data_dir / "pki",
        "--crl",
        nca / "crl/nca_gost2022_test.crl",
        "--offline",
        profile=profile_dir,
    )
    (signer,) = json.loads(proc.stdout)["signers"]
    stamp = dt.datetime.fromisoformat(signer["timestamp"])
    assert before <= stamp <= dt.datetime.now(dt.UTC)  # the TSA stamped it while `sign` ran
    assert signer["time_source"] == "timestamp" and signer["status"] == "valid"
    bad = run_cli(
        "sign",
        doc,
        "--key",
        nca / "keys/legal/valid/head.p12",
        "--password-env",
        "QAZMAIL_TEST_PW",
        "--tsa",
        "http://127.0.0.1:9/tsp",
        "-o",
        tmp_path / "x.cms",
        profile=profile_dir,
    )
    assert bad.returncode == 2 and "unreachable" in bad.stderr and not (tmp_path / "x.cms").exists()


def _add_account(demo: EmbeddedServer, account: DemoAccount, profile_dir: Path) -> None:
    proc = run_cli(
        "account",
        "add",
        account.name,
        "--email",
        account.email,
        "--imap",
        f"127.0.0.1:{demo.imap_port}",
        "--smtp",
        f"127.0.0.1:{demo.smtp_port}",
        "--user",
        account.email,
        "--security",
        "none",
        "--password-env",
        "ACCOUNT_PW",
        env={"ACCOUNT_PW": account.password},
        profile=profile_dir,
    )
    assert proc.returncode == 0, proc.stderr


def synced_demo_account(demo: EmbeddedServer, account: DemoAccount, profile_dir: Path) -> list[dict[str, Any]]:
    """A profile that trusts the demo CAs, with ``account`` added and synced: its INBOX as ``list --json``."""
    _add_account(demo, account, profile_dir)
    (profile_dir / "trust").mkdir(exist_ok=True)
    for name in ("demo_root.cer", "demo_ca.cer"):
        (profile_dir / "trust" / name).write_bytes((demo.data_dir / "pki" / name).read_bytes())
    env = {"ACCOUNT_PW": account.password}
    assert run_cli("sync", account.name, "--password-env", "ACCOUNT_PW", env=env, profile=profile_dir).returncode == 0
    listed = run_cli("list", "--account", account.name, "--json", profile=profile_dir)
    return cast(list[dict[str, Any]], json.loads(listed.stdout))


def test_send_sign_key_arrives_signed(demo: EmbeddedServer, tmp_path: Path, nca: Path, profile_dir: Path) -> None:
    bolat, dana = DEMO_ACCOUNTS[1], DEMO_ACCOUNTS[2]
    env = {"BOLAT_PW": bolat.password, "DANA_PW": dana.password}
    for account in (bolat, dana):
        _add_account(demo, account, profile_dir)
    body = tmp_path / "body.txt"
    body.write_text("Договор подписан со стороны ТОО.\n", encoding="utf-8")
    attachment = tmp_path / "dogovor.txt"
    attachment.write_text("Договор № 7\n", encoding="utf-8")
    (profile_dir / "trust").mkdir(exist_ok=True)
    for name in ("demo_root.cer", "demo_ca.cer"):
        (profile_dir / "trust" / name).write_bytes((demo.data_dir / "pki" / name).read_bytes())
    proc = run_cli(
        "send",
        "--account",
        "bolat",
        "--to",
        dana.email,
        "--subject",
        "Договор № 7",
        "--body-file",
        body,
        "--attach",
        attachment,
        "--sign-key",
        demo.data_dir / "keys" / bolat.key.key_file,
        "--key-password-env",
        "KEY_PW",
        "--sign-attachments",
        "--password-env",
        "BOLAT_PW",
        env={**env, "KEY_PW": DEMO_PASSWORD},
        profile=profile_dir,
    )
    assert proc.returncode == 0, proc.stderr
    assert run_cli("sync", "dana", "--password-env", "DANA_PW", env=env, profile=profile_dir).returncode == 0
    rows = json.loads(run_cli("list", "--account", "dana", "--folder", "INBOX", "--json", profile=profile_dir).stdout)
    (row,) = [r for r in rows if r["subject"] == "Договор № 7"]
    assert row["signed"] is True
    assert row["signer"]["iin"] == bolat.key.iin and row["signer"]["bin"] == bolat.key.bin
    assert row["signer"]["status"] == "valid"
    proc = run_cli("verify", "--message", "--account", "dana", "--uid", str(row["uid"]), "--json", profile=profile_dir)
    assert proc.returncode == 0, proc.stdout
    assert [i["status"] for i in json.loads(proc.stdout)["items"]] == ["valid", "valid"]


def test_trust_fetch_follows_ca_issuers(demo: EmbeddedServer, profile_dir: Path) -> None:
    url = f"{demo.base_url}/ca/demo_ca.cer"
    proc = run_cli("trust", "fetch", url, profile=profile_dir)
    assert proc.returncode == 2 and "--yes" in proc.stderr  # no terminal: nothing trusted without consent
    assert "SHA-256" in proc.stdout
    proc = run_cli("trust", "fetch", url, "--yes", profile=profile_dir)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(run_cli("trust", "list", "--json", profile=profile_dir).stdout)
    kinds = {(r["origin"], r["kind"]) for r in rows if "QAZMAIL DEMO" in r["subject"]}
    assert kinds == {("added", "root"), ("added", "intermediate")}
    assert all(r["source"] == url for r in rows if "QAZMAIL DEMO" in r["subject"])
    key = keys.load_signing_key(demo.data_dir / "keys" / DEMO_ACCOUNTS[0].key.key_file, DEMO_PASSWORD)
    signed = profile_dir / "x.cms"
    signed.write_bytes(cms.sign(Content(data=b"x"), key, detached=False))
    proc = run_cli("verify", signed, "--json", profile=profile_dir)
    assert json.loads(proc.stdout)["signers"][0]["status"] == "valid", proc.stdout
    root = next(r for r in rows if r["kind"] == "root" and "QAZMAIL DEMO" in r["subject"])
    assert run_cli("trust", "remove", root["sha256"][:12], profile=profile_dir).returncode == 0
    proc = run_cli("verify", signed, "--json", profile=profile_dir)
    assert json.loads(proc.stdout)["signers"][0]["status"] == "untrusted"


def test_sign_refuses_a_key_the_ocsp_responder_says_is_revoked(
    demo: EmbeddedServer, tmp_path: Path, profile_dir: Path
) -> None:
    for ca in sorted((demo.data_dir / "pki").glob("*.cer")):
        assert run_cli("trust", "add", ca, profile=profile_dir).returncode == 0
    doc = tmp_path / "doverennost.txt"
    doc.write_text("Доверенность")
    out = tmp_path / "doverennost.cms"
    key = demo.data_dir / "keys" / REVOKED_USER.key_file
    sign = ("sign", doc, "--key", key, "--password-env", "QAZMAIL_TEST_PW", "-o", out)
    proc = run_cli(*sign, profile=profile_dir)
    assert proc.returncode == 2 and "was revoked on" in proc.stderr and "Traceback" not in proc.stderr
    assert not out.exists()
    proc = run_cli(*sign, "--offline", profile=profile_dir)  # the user chose not to ask: the verifier will say it
    assert proc.returncode == 0, proc.stderr
    valid_key = demo.data_dir / "keys" / DEMO_ACCOUNTS[0].key.key_file
    again = ("sign", doc, "--key", valid_key, "--password-env", "QAZMAIL_TEST_PW", "-o", out, "--force")
    proc = run_cli(*again, profile=profile_dir)
    assert proc.returncode == 0 and "note:" not in proc.stderr  # OCSP answered good


def test_the_demo_listens_where_its_certificates_point(tmp_path: Path) -> None:
    """When the demo's fixed PKI port was taken at its first start, its certificates named another
    port; every later start listens there again, so its signatures still check online (they were
    'revocation status unknown' after a restart)."""
    import socket
    from contextlib import suppress

    from qazmail_desktop.operations.demo import DEMO_PORTS, start_demo
    from qazmail_desktop.profile import Profile

    profile = Profile(tmp_path / "profile")
    cache = Cache(tmp_path / "c.sqlite3")
    blocker = None
    with suppress(OSError):  # if something else holds the port already, the demo moves all the same
        blocker = socket.create_server(("127.0.0.1", DEMO_PORTS[2]))
    first = start_demo(profile, cache, SecretStore())
    named = first.server.http_port
    first.stop()
    if blocker is not None:
        blocker.close()
    assert named != DEMO_PORTS[2]
    again = start_demo(profile, cache, SecretStore())
    try:
        assert again.server.http_port == named
        key = keys.load_signing_key(again.server.data_dir / "keys" / DEMO_ACCOUNTS[0].key.key_file, DEMO_PASSWORD)
        signed = cms.sign(Content(data=b"act 49"), key, detached=False)
        (verdict,) = v.verify(signed, None, _demo_policy(again.server)).signers
        assert verdict.status == Status.VALID, verdict.message
    finally:
        again.stop()
        cache.close()


def test_outbox_lists_a_refused_letter_and_retries_or_drops_it(demo: EmbeddedServer, profile_dir: Path) -> None:
    """A letter the server refused sat in the outbox as failed and no command showed it."""
    bolat = DEMO_ACCOUNTS[1]
    _add_account(demo, bolat, profile_dir)
    sent = run_cli(
        "send",
        "--account",
        "bolat",
        "--to",
        "someone@gmail.com",
        "--subject",
        "Invoice 12",
        "--body-file",
        "-",
        "--password-env",
        "ACCOUNT_PW",
        profile=profile_dir,
        env={"ACCOUNT_PW": bolat.password},
        input_=b"x\n",
    )
    assert "Traceback" not in sent.stderr
    listed = json.loads(run_cli("outbox", "list", "--json", profile=profile_dir).stdout)
    (letter,) = listed
    assert letter["subject"] == "Invoice 12" and letter["recipients"] == ["someone@gmail.com"]
    assert letter["failed"] and letter["last_error"]
    text = run_cli("outbox", "list", profile=profile_dir).stdout
    assert "[failed]" in text and "Invoice 12" in text and "last attempt:" in text
    retried = run_cli("outbox", "retry", str(letter["id"]), profile=profile_dir)
    assert retried.returncode == 0 and "next sync" in retried.stdout
    assert json.loads(run_cli("outbox", "list", "--json", profile=profile_dir).stdout)[0]["state"] == "pending"
    dropped = run_cli("outbox", "drop", str(letter["id"]), profile=profile_dir)
    assert dropped.returncode == 0 and "will not be sent" in dropped.stdout
    assert run_cli("outbox", "list", profile=profile_dir).stdout.strip() == "the outbox is empty"
    again = run_cli("outbox", "drop", str(letter["id"]), profile=profile_dir)
    assert again.returncode == 2 and "no letter" in again.stderr and again.stderr.count("\n") == 1
    huge = run_cli("outbox", "retry", str(10**30), profile=profile_dir)
    assert huge.returncode == 2 and "Traceback" not in huge.stderr


def test_show_puts_the_verdict_before_the_words(demo: EmbeddedServer, profile_dir: Path) -> None:
    """`show` of the letter whose payment details were changed after signing said nothing of it:
    the verdict comes first now, and `show --json` carries it; `sync` says what the checks came to
    and `list` marks each letter's verdict, with a legend."""
    anna = DEMO_ACCOUNTS[0]
    _add_account(demo, anna, profile_dir)
    env = {"ANNA_PW": anna.password}
    synced = run_cli("sync", "anna", "--password-env", "ANNA_PW", env=env, profile=profile_dir)
    assert synced.returncode == 0, synced.stderr
    # what the checks came to, not only how many there were
    assert "5 signed letters checked (" in synced.stdout and "1 content_modified" in synced.stdout
    rows = json.loads(run_cli("list", "--account", "anna", "--folder", "INBOX", "--json", profile=profile_dir).stdout)
    (tampered,) = [r for r in rows if r["subject"] == "Реквизиты для оплаты (изменены?)"]
    listed = run_cli("list", "--account", "anna", "--folder", "INBOX", profile=profile_dir).stdout.splitlines()
    (line,) = [x for x in listed if "Реквизиты для оплаты" in x]
    assert line.split()[1:3] == ["N", "@✗"]  # new, an attachment (the .p7s), not valid
    assert listed[-1].startswith("N new, * flagged, @ attachments; signatures: ✓ valid")

    def verdicts() -> list[tuple[str, str]]:
        with sqlite3.connect(profile_dir / "mail.sqlite3") as db:
            return db.execute("SELECT blob, checked_at FROM signatures ORDER BY blob").fetchall()

    before = verdicts()
    shown = run_cli("show", "--account", "anna", "--uid", str(tampered["uid"]), profile=profile_dir)
    assert verdicts() == before  # a reading command: checked in memory, stored nowhere
    assert shown.returncode == 0, shown.stderr
    first, rest = shown.stdout.split("\n", 1)
    assert "[CONTENT_MODIFIED]" in first and "Subject: Реквизиты" in rest
    as_json = run_cli("show", "--account", "anna", "--uid", str(tampered["uid"]), "--json", profile=profile_dir)
    assert json.loads(as_json.stdout)["verdict"]["status"] == "content_modified"
    unsigned = next(r for r in rows if not r["signed"])
    plain = run_cli("show", "--account", "anna", "--uid", str(unsigned["uid"]), profile=profile_dir)
    assert (
        plain.stdout.startswith("From:")
        and json.loads(
            run_cli("show", "--account", "anna", "--uid", str(unsigned["uid"]), "--json", profile=profile_dir).stdout
        )["verdict"]
        is None
    )


def test_a_letter_signed_with_a_revoked_key_is_revoked_in_every_command(
    demo: EmbeddedServer, profile_dir: Path
) -> None:
    """Issue 28: `show` said "letter: [INDETERMINATE]" where `sync`, `list` and `verify --message`
    said revoked: the OCSP "revoked" the sync's check rested on was not kept with its verdict, so
    reading offline had no evidence. One verdict per letter everywhere."""
    anna = DEMO_ACCOUNTS[0]
    _add_account(demo, anna, profile_dir)
    pki = demo.data_dir / "pki"
    assert run_cli("trust", "add", pki / "demo_root.cer", pki / "demo_ca.cer", profile=profile_dir).returncode == 0
    env = {"ANNA_PW": anna.password}
    synced = run_cli("sync", "anna", "--password-env", "ANNA_PW", env=env, profile=profile_dir)
    assert synced.returncode == 0 and "1 revoked" in synced.stdout, synced.stdout + synced.stderr
    rows = json.loads(run_cli("list", "--account", "anna", "--folder", "INBOX", "--json", profile=profile_dir).stdout)
    (revoked,) = [r for r in rows if r["subject"] == "Доверенность на получение груза"]
    listed = run_cli("list", "--account", "anna", "--folder", "INBOX", profile=profile_dir).stdout.splitlines()
    (line,) = [x for x in listed if "Доверенность на получение груза" in x]
    assert "✗" in "".join(line.split()[1:3])
    uid = str(revoked["uid"])
    shown = run_cli("show", "--account", "anna", "--uid", uid, profile=profile_dir)
    assert shown.stdout.startswith("letter: [REVOKED] revoked on "), shown.stdout
    verdict = json.loads(run_cli("show", "--account", "anna", "--uid", uid, "--json", profile=profile_dir).stdout)
    assert verdict["verdict"]["status"] == "revoked"
    assert {i["status"] for i in verdict["verdict"]["signatures"]} == {"revoked"}
    checked = run_cli(
        "verify", "--message", "--account", "anna", "--folder", "INBOX", "--uid", uid, profile=profile_dir
    )
    assert checked.returncode == 1 and "[REVOKED]" in checked.stdout, checked.stdout


def test_keyinfo_asks_the_ocsp_responder_for_the_keys_status(demo: EmbeddedServer, profile_dir: Path) -> None:
    """Issue 28: `keyinfo` says whether the key is good, revoked or suspended, when online."""
    for ca in sorted((demo.data_dir / "pki").glob("*.cer")):
        assert run_cli("trust", "add", ca, profile=profile_dir).returncode == 0
    keys_dir = demo.data_dir / "keys"
    revoked = run_cli(
        "keyinfo", keys_dir / REVOKED_USER.key_file, "--password-env", "QAZMAIL_TEST_PW", profile=profile_dir
    )
    assert revoked.returncode == 0, revoked.stderr
    assert "Revocation:   revoked on " in revoked.stdout and "(key_compromise) per http" in revoked.stdout
    valid = keys_dir / DEMO_ACCOUNTS[0].key.key_file
    good = run_cli("keyinfo", valid, "--password-env", "QAZMAIL_TEST_PW", "--json", profile=profile_dir)
    assert json.loads(good.stdout)["revocation"].startswith("good as of ")
    offline = run_cli("keyinfo", valid, "--password-env", "QAZMAIL_TEST_PW", "--offline", profile=profile_dir)
    assert "Revocation:   not checked (--offline)" in offline.stdout
