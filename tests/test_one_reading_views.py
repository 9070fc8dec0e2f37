"""The table of re-wrapped genuine letters (``tests.spoofs``) through the real window, ``show`` and
``verify --message`` (issue 27): a demo signer's genuine letter is re-wrapped every way, delivered
by the embedded server, synced, clicked in the list and shown, and printed by the command line.
Green appears only where the letter shown is exactly the one signed."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from qazmail_desktop.crypto import keys
from qazmail_desktop.profile import Profile
from qazmail_desktop.server.demo import DEMO_ACCOUNTS
from qazmail_desktop.server.pki import DEMO_PASSWORD
from qazmail_desktop.server.runner import EmbeddedServer
from qazmail_desktop.settings import Settings
from qazmail_desktop.signing import smime
from qazmail_desktop.sync.compose import Draft, build_message
from qazmail_desktop.ui.app import Application
from tests.accounts import make_account
from tests.conftest import run_cli
from tests.spoofs import GENUINE, SIGNED_SUBJECT, SPOOF, Spoof, spoofs
from tests.test_demo_pki import synced_demo_account
from tests.test_ui import PATIENCE, _click_letter, _synced


def _genuine(data_dir: Path) -> bytes:
    """A letter Bolat signs with his demo key, as QazMail sends it."""
    bolat = DEMO_ACCOUNTS[1]
    key = keys.load_signing_key(data_dir / "keys" / bolat.key.key_file, DEMO_PASSWORD)
    account = make_account("bolat", bolat.email, username="bolat", host="h")
    return smime.sign_letter(
        build_message(account, Draft(to=["anna@altyn.kz"], subject=SIGNED_SUBJECT, body=GENUINE)), key
    )


def _green_letter(titles: list[str]) -> bool:
    return any(title.startswith("✔") and title.endswith("Letter") for title in titles)


def test_spoofs_in_the_reading_pane(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    _synced(qtbot, demo_app)
    assert demo_app.demo is not None
    table = spoofs(_genuine(demo_app.demo.server.data_dir))
    before = window.messages.rowCount()
    for spoof in table:
        demo_app.demo.server.store.deliver("anna@altyn.kz", spoof.raw)
    window.sync()
    qtbot.waitUntil(lambda: not window.syncing and window.messages.rowCount() == before + len(table), timeout=PATIENCE)
    reading, panel = window.reading, window.reading.signatures
    for spoof in table:
        _click_letter(qtbot, demo_app, spoof.subject)
        qtbot.waitUntil(lambda spoof=spoof: reading.raw == spoof.raw, timeout=PATIENCE)
        titles = [card.title.text() for card in panel.cards]
        body = reading.body.toPlainText()
        if spoof.expect == "ambiguous":
            assert reading.structure.isVisible() and "Ambiguous structure" in reading.structure.text(), spoof.name
            assert titles and all("Ambiguous structure — not shown as signed" in t for t in titles), spoof.name
            assert all(t.startswith("✖") for t in titles) and "Content-Type" in body  # the raw source
        elif spoof.expect == "partial":
            assert not _green_letter(titles) and SPOOF in body, spoof.name
        elif spoof.expect == "unsigned":
            assert not _green_letter(titles), spoof.name
        else:
            assert _green_letter(titles), (spoof.name, titles)
            assert GENUINE in body and SPOOF not in body, spoof.name
            assert reading.subject.text() == SIGNED_SUBJECT, spoof.name
        if _green_letter(titles):
            assert SPOOF not in body and SPOOF not in reading.subject.text() + reading.header.text(), spoof.name
        if spoof.name == "outer subject changed":
            assert "The Subject line outside the signature was changed after signing" in panel.warning.text()


def _expect_on_the_command_line(spoof: Spoof, shown: dict[str, Any], checked: dict[str, Any], exit_code: int) -> None:
    statuses = [item["status"] for item in checked["items"]]
    if spoof.expect == "ambiguous":
        assert checked["status"] == "ambiguous_structure" and exit_code == 1, (spoof.name, checked)
        assert shown["ambiguities"] and shown["verdict"]["status"] == "ambiguous_structure"
    elif spoof.expect in ("partial", "unsigned"):
        assert checked["coverage"] != "full" or "valid" not in statuses, spoof.name
    else:
        assert checked["coverage"] == "full" and checked["status"] == "valid" and exit_code == 0, (spoof.name, checked)
        assert GENUINE in shown["text"] and SPOOF not in shown["text"], spoof.name
        assert shown["headers"]["Subject"] == SIGNED_SUBJECT
    if checked["coverage"] == "full" and checked["status"] == "valid":
        assert SPOOF not in shown["text"] and SPOOF not in json.dumps(shown["headers"], ensure_ascii=False)


def test_spoofs_on_the_command_line(demo: EmbeddedServer, profile_dir: Path) -> None:
    dana = DEMO_ACCOUNTS[2]
    table = spoofs(_genuine(demo.data_dir))
    for spoof in table:
        demo.store.deliver(dana.email, spoof.raw)
    uids = {row["subject"]: row["uid"] for row in synced_demo_account(demo, dana, profile_dir)}
    for spoof in table:
        uid = str(uids[spoof.subject])
        shown = run_cli("show", "--account", "dana", "--uid", uid, "--json", profile=profile_dir)
        checked = run_cli("verify", "--message", "--account", "dana", "--uid", uid, "--json", profile=profile_dir)
        assert "Traceback" not in shown.stderr + checked.stderr, spoof.name
        _expect_on_the_command_line(spoof, json.loads(shown.stdout), json.loads(checked.stdout), checked.returncode)
    text = run_cli(
        "show", "--account", "dana", "--uid", str(uids["Spoof two Content-Type fields"]), profile=profile_dir
    )
    assert "Ambiguous structure — not shown as signed" in text.stdout and "[VALID]" not in text.stdout


def test_a_reversed_program_name_is_shown_as_it_is_and_opening_it_asks_first(
    qtbot,
    demo_app: Application,
) -> None:
    """'invoice\u202efdp.exe' read 'invoiceexe.pdf' in the attachment list and Open ran it without a word."""
    import tempfile
    from email.message import EmailMessage

    from PySide6.QtCore import Qt

    from tests.test_ui import _read_the_next_message_box

    window = demo_app.window
    _synced(qtbot, demo_app)
    letter = EmailMessage()
    letter["From"], letter["To"], letter["Subject"] = "billing@example.kz", "anna@altyn.kz", "Invoice with a program"
    letter.set_content("The invoice is attached.")
    letter.add_attachment(
        b"MZ\x90\x00", maintype="application", subtype="octet-stream", filename="invoice\u202efdp.exe"
    )
    assert demo_app.demo is not None
    demo_app.demo.server.store.deliver("anna@altyn.kz", letter.as_bytes())
    window.sync()
    qtbot.waitUntil(lambda: any("Invoice with a program" in m.subject for m in window.messages.rows), timeout=PATIENCE)
    _click_letter(qtbot, demo_app, "Invoice with a program")
    reading = window.reading
    qtbot.waitUntil(lambda: reading.attachments.count() == 1, timeout=PATIENCE)
    shown = reading.attachments.item(0).text()
    assert "\u202e" not in shown and shown.startswith("invoice_fdp.exe")
    opened_before = set(Path(tempfile.gettempdir()).glob("qazmail-open-*"))
    said = _read_the_next_message_box()  # read, then dismissed: the default answer, Cancel
    qtbot.mouseClick(reading.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=PATIENCE)
    assert "program or a script" in said[0] and "invoice_fdp.exe" in said[0]
    assert set(Path(tempfile.gettempdir()).glob("qazmail-open-*")) == opened_before  # nothing written, nothing run


@pytest.mark.parametrize(
    ("language", "reason"),
    [
        ("ru", "параметр 'boundary' указан дважды в Content-Type"),
        ("kk", "'boundary' параметрі Content-Type өрісінде екі рет берілген"),
    ],
)
def test_why_a_letter_is_ambiguous_is_said_in_the_users_language(
    qtbot, qapp: QApplication, tmp_path: Path, language: str, reason: str
) -> None:
    """The reading pane's banner names the reason in Russian or Kazakh, not in the checker's English."""
    profile = Profile.resolve(str(tmp_path / "p")).ensure()
    Settings(language=language).save(profile.settings_file)
    app = Application(profile, demo=True, qt_app=qapp)
    try:
        app.window.show()
        _synced(qtbot, app)
        assert app.demo is not None
        (spoof,) = [s for s in spoofs(_genuine(app.demo.server.data_dir)) if s.name == "boundary given twice"]
        before = app.window.messages.rowCount()
        app.demo.server.store.deliver("anna@altyn.kz", spoof.raw)
        app.window.sync()
        qtbot.waitUntil(lambda: app.window.messages.rowCount() == before + 1, timeout=PATIENCE)
        _click_letter(qtbot, app, spoof.subject)
        reading = app.window.reading
        qtbot.waitUntil(lambda: reading.raw == spoof.raw and reading.structure.isVisible(), timeout=PATIENCE)
        assert reason in reading.structure.text()
        assert (
            "is given twice" not in reading.structure.text() and "Ambiguous structure" not in reading.structure.text()
        )
        assert "is given twice" not in reading.signatures.text()  # the card too speaks the user's language
        # not shown as signed: the letter's own header lines, not those of the signed letter inside it
        assert reading.subject.text() == spoof.subject and "head@test.kz" in reading.header.text()
        # one way to write a time in every language (issue 29: "3 12 2026", a two-digit year in Kazakh)
        row = next(r for r, m in enumerate(app.window.messages.rows) if m.subject == spoof.subject)
        shown_date = str(app.window.messages.data(app.window.messages.index(row, 4)))
        assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", shown_date), shown_date
    finally:
        for translator in app.translators:
            qapp.removeTranslator(translator)
        app.window.close()
        app.close()
