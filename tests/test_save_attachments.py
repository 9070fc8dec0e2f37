"""`save-attachments` (issue 29): a letter's attachments into a folder, from the cache, as the
reading pane shows them; nothing overwritten, nothing written outside the folder."""

from __future__ import annotations

from pathlib import Path

from qazmail_desktop.server.demo import DEMO_ACCOUNTS
from qazmail_desktop.server.runner import EmbeddedServer
from tests.conftest import run_cli
from tests.test_demo_pki import synced_demo_account


def test_a_letters_attachments_saved_twice_and_a_letter_without(
    demo: EmbeddedServer, tmp_path: Path, profile_dir: Path
) -> None:
    inbox = synced_demo_account(demo, DEMO_ACCOUNTS[0], profile_dir)
    act = next(letter for letter in inbox if "Акт выполненных работ" in letter["subject"])
    plain = next(letter for letter in inbox if not letter["has_attachments"])
    out = tmp_path / "saved"
    out.mkdir()
    first = run_cli("save-attachments", "--uid", str(act["uid"]), "-o", out, profile=profile_dir)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [str(out / "act_45.txt.cms")]
    second = run_cli("save-attachments", "--uid", str(act["uid"]), "--folder", "inbox", "-o", out, profile=profile_dir)
    assert second.stdout.splitlines() == [str(out / "act_45.txt (1).cms")]  # the first one stays as it was
    assert (out / "act_45.txt.cms").read_bytes() == (out / "act_45.txt (1).cms").read_bytes()
    assert (out / "act_45.txt.cms").read_bytes().startswith(b"0\x82")  # the CMS itself, decoded from base64

    none = run_cli("save-attachments", "--uid", str(plain["uid"]), "-o", out, profile=profile_dir)
    assert none.returncode == 1 and "has no attachments" in none.stderr
    missing = run_cli("save-attachments", "--uid", str(act["uid"]), "-o", tmp_path / "nowhere", profile=profile_dir)
    assert missing.returncode == 2 and "needs an existing folder" in missing.stderr
    assert sorted(p.name for p in out.iterdir()) == ["act_45.txt (1).cms", "act_45.txt.cms"]
