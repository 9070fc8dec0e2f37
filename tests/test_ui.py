"""The real widgets, offscreen: the demo, a signed letter's panel with IIN and BIN, composing and
sending a signed letter, the key manager, blocked remote content, and a 100,000-letter folder."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from qazmail_desktop.profile import Profile
from qazmail_desktop.resources import resources_dir
from qazmail_desktop.server.pki import DEMO_PASSWORD
from qazmail_desktop.store.cache import Cache, IncomingMessage
from qazmail_desktop.store.mailparse import summarize
from qazmail_desktop.ui.app import Application
from qazmail_desktop.ui.compose import ComposeWindow
from qazmail_desktop.ui.formatting import local_datetime
from qazmail_desktop.ui.main_window import MainWindow
from qazmail_desktop.ui.models import ACCOUNT_ROLE, FOLDER_ROLE, MessageListModel
from tests.accounts import make_account
from tests.mailgen import letter

# How long a wait may last before the test is taken as hung: a bound on hangs, never a speed
# check (speed lives in bench/); generous so that a busy 2-core machine never fails a test.
PATIENCE = 300_000


def _synced(qtbot, app: Application) -> None:
    app.window.sync()
    qtbot.waitUntil(lambda: not app.window.syncing and app.window.messages.rowCount() >= 6, timeout=PATIENCE)


def _select(app: Application, words: str) -> None:
    window = app.window
    for row, message in enumerate(window.messages.rows):
        if words in message.subject:
            window.message_view.selectRow(row)
            return
    raise AssertionError(f"no letter about {words!r}")


def test_demo_window_and_signed_letter_panel(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    assert window.windowTitle() == "QazMail"
    _synced(qtbot, demo_app)
    _select(demo_app, "Акт выполненных работ")
    panel = window.reading.signatures
    qtbot.waitUntil(lambda: panel.isVisible() and "850315400037" in panel.text(), timeout=PATIENCE)
    text = panel.text()
    assert "IIN" in text and "990240000021" in text and "Signature valid" in text
    _select(demo_app, "Реквизиты для оплаты")
    qtbot.waitUntil(lambda: "Document modified after signing" in panel.text(), timeout=PATIENCE)
    _select(demo_app, "Доверенность")
    qtbot.waitUntil(lambda: "Certificate revoked" in panel.text(), timeout=PATIENCE)
    _select(demo_app, "Совещание")
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=PATIENCE)  # unsigned: no panel


def _png(color: str) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes str
    return bytes(data.data())


def _pixels(widget, color: str) -> int:
    """How many pixels of ``color`` the widget shows (what the user sees, not what it holds)."""
    from PySide6.QtGui import QColor

    image = widget.grab().toImage()
    wanted = QColor(color).rgb()
    return sum(image.pixel(x, y) == wanted for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))


def test_remote_images_load_only_after_show_remote_content(qtbot, demo_app: Application) -> None:
    """Blocked first (no request reaches the image server), the letter's own cid: image shown at
    once; a click on the real button fetches the remote image in the background and shows it."""
    import http.server
    import threading
    from email.message import EmailMessage

    from PySide6.QtCore import Qt

    requests: list[str] = []
    red = _png("#ff0000")

    class Images(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(red)))
            self.end_headers()
            self.wfile.write(red)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Images)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        letter_ = EmailMessage()
        letter_["From"], letter_["To"], letter_["Subject"] = "news@bank.kz", "anna@altyn.kz", "Remote images"
        letter_.set_content("text version")
        url = f"http://127.0.0.1:{server.server_port}/banner.png"
        letter_.add_alternative(f'<p>Hello</p><img src="{url}"><img src="cid:logo@bank.kz">', subtype="html")
        html_part = letter_.get_body(("html",))
        assert isinstance(html_part, EmailMessage)
        html_part.add_related(_png("#00ff00"), "image", "png", cid="<logo@bank.kz>")
        assert demo_app.demo is not None
        window, reading = demo_app.window, demo_app.window.reading
        _synced(qtbot, demo_app)
        before = window.messages.rowCount()
        demo_app.demo.server.store.deliver("anna@altyn.kz", letter_.as_bytes())
        window.sync()
        qtbot.waitUntil(lambda: not window.syncing and window.messages.rowCount() == before + 1, timeout=PATIENCE)
        _click_letter(qtbot, demo_app, "Remote images")
        qtbot.waitUntil(reading.remote_bar.isVisible, timeout=PATIENCE)
        qtbot.waitUntil(lambda: _pixels(reading.body.viewport(), "#00ff00") > 100, timeout=PATIENCE)
        assert requests == [] and _pixels(reading.body.viewport(), "#ff0000") == 0
        # by Qt's plural forms: it said "1 remote images or links were blocked"
        assert reading.remote_label.text() == "1 remote image or link blocked to protect your privacy."

        qtbot.mouseClick(reading.remote_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: _pixels(reading.body.viewport(), "#ff0000") > 100, timeout=PATIENCE)
        assert requests == ["/banner.png"] and not reading.remote_bar.isVisible()
    finally:
        server.shutdown()


def test_compose_and_send_a_signed_letter(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    _synced(qtbot, demo_app)
    compose = window.new_letter()
    assert compose is not None
    compose.to.setText("dana@dala.kz")
    compose.subject.setText("Подписанный ответ")
    compose.body.setPlainText("Акт подписан с нашей стороны.")
    compose.sign.setChecked(True)
    anna_key = next(i for i in range(compose.key_choice.count()) if "anna" in str(compose.key_choice.itemData(i)))
    compose.key_choice.setCurrentIndex(anna_key)
    compose.send(key_password=DEMO_PASSWORD)
    qtbot.waitUntil(lambda: not compose.isVisible(), timeout=PATIENCE)
    assert "Letter sent" in window.statusBar().currentMessage()
    dana_inbox = demo_app.demo.server.store.mailbox("dana@dala.kz", "INBOX") if demo_app.demo else None
    assert dana_inbox is not None
    delivered = demo_app.demo.server.store.messages(dana_inbox.id)  # type: ignore[union-attr]
    raw = demo_app.demo.server.store.read(delivered[-1].blob)  # type: ignore[union-attr]
    assert b"multipart/signed" in raw and b"application/pkcs7-signature" in raw


def test_a_letter_is_sent_from_the_account_chosen_in_from(qtbot, demo_app: Application) -> None:
    """Issue 29: with several accounts the letter always left from the one selected in the folder
    tree. The From chooser of the compose window (keyboard: Down) sends it from Bolat's account."""
    window = demo_app.window
    _synced(qtbot, demo_app)
    compose = _new_letter_by_keyboard(qtbot, window)
    assert compose.from_choice.isVisible() and compose.from_choice.count() == 3
    assert compose.from_choice.currentText().endswith("<anna@altyn.kz>")
    compose.from_choice.setFocus()
    while "bolat@altyn.kz" not in compose.from_choice.currentText():
        qtbot.keyClick(compose.from_choice, Qt.Key.Key_Down)
    qtbot.keyClicks(compose.to, "dana@dala.kz")
    qtbot.keyClicks(compose.subject, "From Bolat, chosen")
    qtbot.keyClicks(compose.body, "Sent from the second account.")
    assert compose.current_draft().account == "bolat"
    qtbot.mouseClick(compose.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not compose.isVisible(), timeout=PATIENCE)
    store, inbox = _server_mailbox(demo_app, "dana@dala.kz", "INBOX")
    raw = store.read(store.messages(inbox.id)[-1].blob)
    assert b"From Bolat, chosen" in raw and b"bolat@altyn.kz" in raw.split(b"\r\n\r\n")[0]
    assert b"anna@altyn.kz" not in raw.split(b"\r\n\r\n")[0]


def test_key_manager_lists_demo_keys(qtbot, demo_app: Application) -> None:
    dialog = demo_app.window.open_key_manager()
    qtbot.addWidget(dialog)
    names = [item.text() for r in range(dialog.table.rowCount()) if (item := dialog.table.item(r, 0)) is not None]
    assert len(names) == 3 and any("ЖАНСАЕВА" in n for n in names)


def test_message_model_pages_through_100k(qapp: QApplication, tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.sqlite3")
    cache.accounts.add(make_account("a", "a@x.kz", username="a"))
    folder = cache.folders.upsert("a", "INBOX", "/", "\\Inbox", True)
    template = letter(1)
    summary = summarize(template)  # one parse for all: this test is about the model, not the parser
    batch = [IncomingMessage(uid, template, True, (), len(template), summary=summary) for uid in range(1, 100_001)]
    for start in range(0, len(batch), 20_000):
        cache.messages.store(folder.id, batch[start : start + 20_000])
    model = MessageListModel(cache)
    model.set_folder(folder.id)
    assert model.total == 100_000 and model.rowCount() == 500  # loaded lazily, a page at a time
    model.fetchMore(model.index(0, 0).parent())
    assert model.rowCount() == 1000


@pytest.mark.parametrize(("language", "file_menu"), [("ru", "&Файл"), ("kk", "&Файл"), ("en", "&File")])
def test_languages(qapp: QApplication, tmp_path: Path, language: str, file_menu: str) -> None:
    from qazmail_desktop.settings import Settings

    profile = Profile.resolve(str(tmp_path / "p")).ensure()
    Settings(language=language).save(profile.settings_file)
    app = Application(profile, demo=False, qt_app=qapp)
    try:
        menus = [a.text() for a in app.window.menuBar().actions()]
        assert menus[0] == file_menu
        if language == "kk":
            assert menus[1:3] == ["&Көрініс", "&Хат"]
    finally:
        for translator in app.translators:
            qapp.removeTranslator(translator)
        app.window.close()
        app.close()


def test_gui_lang_opens_the_window_in_that_language_over_the_settings(qapp: QApplication, tmp_path: Path) -> None:
    """`gui --lang kk` (cli.gui passes the language asked for): the window speaks Kazakh although
    the settings chose Russian; without it the settings' choice stands."""
    from qazmail_desktop.settings import Settings

    profile = Profile.resolve(str(tmp_path / "p")).ensure()
    Settings(language="ru").save(profile.settings_file)
    for asked, menus in (("kk", ["&Файл", "&Көрініс", "&Хат"]), ("", ["&Файл", "&Вид", "&Письмо"])):
        app = Application(profile, demo=False, qt_app=qapp, language=asked)
        try:
            assert [a.text() for a in app.window.menuBar().actions()][:3] == menus
        finally:
            for translator in app.translators:
                qapp.removeTranslator(translator)
            app.window.close()
            app.close()


def test_compiled_translations_match_sources(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    i18n = resources_dir() / "i18n"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for lang in ("ru", "kk", "en"):
        shutil.copy(i18n / f"qazmail_{lang}.ts", tmp_path)
        subprocess.run([str(lrelease), str(tmp_path / f"qazmail_{lang}.ts")], check=True, capture_output=True)
        assert (tmp_path / f"qazmail_{lang}.qm").read_bytes() == (i18n / f"qazmail_{lang}.qm").read_bytes(), (
            "run scripts/update-translations.sh: the .qm files are stale"
        )


def test_every_visible_string_is_translated() -> None:
    """pyside6-lupdate marks a new or changed string unfinished until it is translated."""
    import xml.etree.ElementTree as ET

    i18n = resources_dir() / "i18n"
    for lang in ("ru", "kk", "en"):  # English: plural forms only
        messages = list(ET.parse(i18n / f"qazmail_{lang}.ts").iter("message"))

        def translated(message: ET.Element) -> bool:
            t = message.find("translation")
            if t is None or t.get("type") == "unfinished":
                return False
            numerus = message.get("numerus") == "yes"
            forms = [f.text or "" for f in t.findall("numerusform")] if numerus else [t.text or ""]
            return t.get("type") == "vanished" or all(form.strip() for form in forms)

        untranslated = [m.findtext("source") for m in messages if not translated(m)]
        assert messages and untranslated == [], f"{lang}: {untranslated}"


def test_new_mail_arrives_by_idle(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    _synced(qtbot, demo_app)
    before = window.messages.rowCount()
    assert window.idle is not None
    qtbot.waitUntil(window.idle.connected.is_set, timeout=PATIENCE)
    assert demo_app.demo is not None
    demo_app.demo.server.store.deliver("anna@altyn.kz", letter(4242, sender="dana@dala.kz", to="anna@altyn.kz"))
    qtbot.waitUntil(lambda: window.messages.rowCount() == before + 1, timeout=PATIENCE)


def test_sync_can_be_cancelled(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    window.sync()
    assert window.cancel_button.isVisible()
    window.cancel_sync()
    qtbot.waitUntil(lambda: not window.syncing, timeout=PATIENCE)
    assert not window.cancel_button.isVisible()


def test_unsent_drafts_reopen_after_a_restart(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    _synced(qtbot, demo_app)  # the account's Drafts folder is known
    compose = window.new_letter()
    assert compose is not None
    compose.to.setText("dana@dala.kz")
    compose.subject.setText("Черновик акта")
    compose.body.setPlainText("Не потерять!")
    compose.save_draft()  # what the autosave timer does every two seconds
    compose.autosave.stop()
    window.compose_windows.clear()  # as if the app had been closed or had crashed
    (reopened,) = window.restore_drafts()
    qtbot.addWidget(reopened)
    assert reopened.subject.text() == "Черновик акта"
    assert reopened.body.toPlainText() == "Не потерять!"
    # closed, it goes to Drafts (whether it had reached them before the crash is not known) and
    # does not open again at the next start
    reopened.close()
    assert [d.subject for d in window.drafts.load_all()] == ["Черновик акта"]  # in File ▸ Drafts…
    assert window.restore_drafts() == []
    _sync_until(qtbot, window, lambda: _in_drafts_folder(window) == ["Черновик акта"])


def _in_drafts_folder(window: MainWindow) -> list[str]:
    drafts = window.cache.folders.special("anna", "\\Drafts")
    return [r.subject for r in window.cache.messages.in_folder(drafts.id)] if drafts else []


def _click_letter(qtbot, app: Application, words: str) -> None:
    """Click the letter's row in the list, as a person would."""
    from PySide6.QtCore import Qt

    window = app.window
    view = window.message_view
    row = next(r for r, message in enumerate(window.messages.rows) if words in message.subject)
    index = window.messages.index(row, 3)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def _hostile_letters(demo_dir: Path) -> dict[str, bytes]:
    """A signature-wrapping spoof, a red card with an HTML-named attachment, and 1,000-deep nesting."""
    from email.message import EmailMessage

    from qazmail_desktop.crypto import cms, keys
    from qazmail_desktop.crypto.content import Content
    from qazmail_desktop.server.demo import DEMO_ACCOUNTS
    from qazmail_desktop.signing import smime
    from qazmail_desktop.sync.compose import Draft, build_message
    from tests.test_letter_coverage import _deep, _text, _wrap

    bolat = DEMO_ACCOUNTS[1]
    key = keys.load_signing_key(demo_dir / "keys" / bolat.key.key_file, DEMO_PASSWORD)
    account = make_account("bolat", bolat.email, username="bolat", host="h")
    genuine = smime.sign_letter(build_message(account, Draft(to=["anna@altyn.kz"], subject="x", body=GENUINE)), key)
    wrapped = _wrap("multipart/mixed", _text(SPOOF), genuine).replace(
        b"Subject: \xd0\x90", b"Subject: Wrapped \xd0\x90"
    )
    signed = bytearray(cms.sign(Content(data=b"Act 45: 100 KZT"), key, detached=False))
    signed[bytes(signed).index(b"100 KZT")] ^= 1  # tampered: a red card
    named = EmailMessage()
    named["From"], named["To"], named["Subject"] = bolat.email, "anna@altyn.kz", "Named attachment"
    named.set_content("see the attachment")
    named.add_attachment(bytes(signed), maintype="application", subtype="pkcs7-mime", filename=HTML_NAME)
    deep = _deep(1000).replace(b"Subject: deep", b"Subject: Deep nesting")
    return {"Wrapped": wrapped, "Named attachment": named.as_bytes(), "Deep nesting": deep}


GENUINE = "Акт сверки: сальдо 0 KZT."
SPOOF = "URGENT: the account changed, pay 9,000,000 KZT to KZ99"
HTML_NAME = '<b style="color:#1e8e3e">✔ Signature valid</b><img src="http://tracker.example/x.png">.cms'


def test_the_lists_signature_cue_is_a_shape_in_its_own_column(qtbot, demo_app: Application) -> None:
    """Issue 29: the cue was a small ✍ told apart by colour only, white on a selected row. Now a
    shape per verdict (✔ valid, ✖ not valid, ⚠ warning, ? not proven), and the tooltip in words."""
    window = demo_app.window
    _synced(qtbot, demo_app)

    def mark(words: str) -> str:
        row = next(r for r, m in enumerate(window.messages.rows) if words in m.subject)
        return str(window.messages.data(window.messages.index(row, 1)))

    qtbot.waitUntil(lambda: mark("Акт выполненных работ") == "✔", timeout=PATIENCE)  # once checked
    assert mark("Реквизиты для оплаты") == "✖" and mark("Доверенность") == "✖"  # tampered; revoked key
    assert mark("Quarterly reconciliation") == ""  # not signed
    row = next(r for r, m in enumerate(window.messages.rows) if "Реквизиты" in m.subject)
    tip = str(window.messages.data(window.messages.index(row, 1), Qt.ItemDataRole.ToolTipRole))
    assert "Signature not valid (content_modified): АХМЕТОВА ДАНА" in tip


def test_hostile_letters_in_the_reading_pane(qtbot, demo_app: Application) -> None:
    """Signature wrapping never sits under a green card; names are shown as text, never HTML; a
    letter that cannot be shown clears the pane instead of leaving the previous letter's text."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    window = demo_app.window
    _synced(qtbot, demo_app)
    assert demo_app.demo is not None
    before = window.messages.rowCount()
    for raw in _hostile_letters(demo_app.demo.server.data_dir).values():
        demo_app.demo.server.store.deliver("anna@altyn.kz", raw)
    window.sync()
    qtbot.waitUntil(lambda: not window.syncing and window.messages.rowCount() == before + 3, timeout=PATIENCE)
    panel, reading = window.reading.signatures, window.reading

    _click_letter(qtbot, demo_app, "Wrapped")
    qtbot.waitUntil(lambda: panel.isVisible() and panel.coverage.isVisible(), timeout=PATIENCE)
    assert "Only a part of this letter is signed" in panel.coverage.text()
    assert all(not card.title.text().startswith("✔") for card in panel.cards)
    # the warning first (issue 29: "Signature valid — A part of the letter only" led with the good news)
    assert any(card.title.text().startswith("⚠ Only a part of the letter is signed") for card in panel.cards)
    assert GENUINE in panel.text() and SPOOF in reading.body.toPlainText()
    row = next(r for r, m in enumerate(window.messages.rows) if "Wrapped" in m.subject)
    assert window.messages.data(window.messages.index(row, 1)) == "⚠"  # partly signed: a warning

    _click_letter(qtbot, demo_app, "Named attachment")
    qtbot.waitUntil(lambda: any("<img" in card.title.text() for card in panel.cards), timeout=PATIENCE)
    (card,) = panel.cards
    assert card.title.textFormat() == Qt.TextFormat.PlainText and card.title.text().startswith("✖")
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in panel.findChildren(QLabel))
    assert reading.header.textFormat() == Qt.TextFormat.PlainText

    _click_letter(qtbot, demo_app, "Wrapped")
    qtbot.waitUntil(lambda: SPOOF in reading.body.toPlainText(), timeout=PATIENCE)
    _click_letter(qtbot, demo_app, "Deep nesting")
    qtbot.waitUntil(lambda: reading.subject.text() == "Deep nesting", timeout=PATIENCE)
    assert SPOOF not in reading.body.toPlainText() and "cannot be shown" in reading.body.toPlainText()
    assert not panel.isVisible()


def test_send_a_signed_letter_by_clicking_send(qtbot, demo_app: Application) -> None:
    """The real Send button, 'Sign with EDS' ticked by a click, the password typed into the real
    prompt: the letter that arrives is multipart/signed and verifies (it failed before: the
    button's `checked` flag reached the key store as the password)."""
    from PySide6.QtCore import Qt

    from qazmail_desktop.crypto import verify as v
    from qazmail_desktop.crypto.trust import TrustStore
    from qazmail_desktop.signing import verdicts

    window = demo_app.window
    _synced(qtbot, demo_app)
    compose = window.new_letter()
    assert compose is not None
    qtbot.keyClicks(compose.to, "dana@dala.kz")
    qtbot.keyClicks(compose.subject, "Act 45 signed (by the Send button)")  # QTest types Latin-1 only
    qtbot.keyClicks(compose.body, "Signed on our side.")
    anna_key = next(i for i in range(compose.key_choice.count()) if "anna" in str(compose.key_choice.itemData(i)))
    compose.key_choice.setCurrentIndex(anna_key)
    if not compose.sign.isChecked():
        qtbot.mouseClick(compose.sign, Qt.MouseButton.LeftButton, pos=compose.sign.rect().center())
    assert compose.sign.isChecked()
    prompts: list[str] = []
    _type_key_password_when_asked(qtbot, prompts)
    qtbot.mouseClick(compose.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not compose.isVisible(), timeout=PATIENCE)
    assert prompts and "Letter sent" in window.statusBar().currentMessage()
    store, inbox = _server_mailbox(demo_app, "dana@dala.kz", "INBOX")
    raw = store.read(store.messages(inbox.id)[-1].blob)
    assert b"multipart/signed" in raw and b"Act 45 signed (by the Send button)" in raw
    assert demo_app.demo is not None
    trust = TrustStore()
    trust.add_folder(demo_app.demo.server.data_dir / "pki")
    verdict = verdicts.verify_letter(raw, v.VerifyPolicy(trust=trust, online=True))
    assert verdict.coverage == "full" and verdict.status == v.VALID, verdict.to_json()


def test_a_signed_letter_by_keyboard_alone(qtbot, demo_app: Application) -> None:
    """Ctrl+N opens a letter with the cursor in To; Tab goes To -> Subject -> text (Cc/Bcc only on
    demand); Alt+S ticks 'Sign with EDS'; Ctrl+Return sends; the password prompt takes the
    password and Enter. The letter arrives at bolat@altyn.kz signed."""
    from PySide6.QtCore import Qt

    window = demo_app.window
    _synced(qtbot, demo_app)
    compose = _new_letter_by_keyboard(qtbot, window)
    assert not compose.cc.isVisible() and not compose.bcc.isVisible()
    qtbot.keyClicks(compose.to, "bolat@altyn.kz")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is compose.subject
    qtbot.keyClicks(compose.subject, "Keyboard only")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is compose.body
    qtbot.keyClicks(compose.body, "Signed without a mouse.")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is compose.sign and compose.body.toPlainText() == "Signed without a mouse."
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(compose.sign.isChecked, timeout=PATIENCE)  # a mnemonic "animates" the click
    prompts: list[str] = []
    _type_key_password_when_asked(qtbot, prompts)
    qtbot.keyClick(compose.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not compose.isVisible(), timeout=PATIENCE)
    assert "Letter sent" in window.statusBar().currentMessage()
    store, inbox = _server_mailbox(demo_app, "bolat@altyn.kz", "INBOX")
    raw = store.read(store.messages(inbox.id)[-1].blob)
    assert b"multipart/signed" in raw and b"Keyboard only" in raw and b"Signed without a mouse." in raw
    # online, the window's signature carries its time-stamp and the signer's status (issue #20)
    assert sorted(_unsigned_attributes(raw)) == ["1.2.840.113549.1.9.16.2.14", "1.2.840.113549.1.9.16.2.24"]


def _server_mailbox(app: Application, user: str, name: str):
    """The demo server's store and one of its users' mailboxes."""
    assert app.demo is not None
    store = app.demo.server.store
    mailbox = store.mailbox(user, name)
    assert mailbox is not None
    return store, mailbox


def _new_letter_by_keyboard(qtbot, window: MainWindow) -> ComposeWindow:
    """Ctrl+N in the main window: the new letter's window, active, the cursor in To."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=PATIENCE)  # a shortcut reaches the active window only
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.compose_windows) and window.compose_windows[-1].isVisible(), timeout=PATIENCE)
    compose = window.compose_windows[-1]
    compose.activateWindow()
    qtbot.waitUntil(compose.to.hasFocus, timeout=PATIENCE)  # its input, the focus proxy
    return compose


def _unsigned_attributes(raw: bytes) -> list[str]:
    """The unsigned attribute types of a signed letter's S/MIME signature."""
    from asn1crypto import cms as asn1_cms

    from qazmail_desktop.store.mailparse import parse_message

    part = next(p for p in parse_message(raw).walk() if p.get_content_type() == "application/pkcs7-signature")
    signature = part.get_payload(decode=True)
    assert isinstance(signature, bytes)
    signer = asn1_cms.ContentInfo.load(signature)["content"]["signer_infos"][0]
    return [a["type"].dotted for a in signer["unsigned_attrs"] or []]


def test_cc_and_bcc_appear_on_demand(qtbot, demo_app: Application) -> None:
    from PySide6.QtCore import Qt

    compose = demo_app.window.new_letter()
    assert compose is not None
    qtbot.waitExposed(compose)
    compose.activateWindow()
    assert not compose.cc.isVisible()
    qtbot.mouseClick(compose.copies_button, Qt.MouseButton.LeftButton)
    assert compose.cc.isVisible() and compose.bcc.isVisible() and not compose.copies_button.isVisible()
    qtbot.waitUntil(compose.cc.hasFocus, timeout=PATIENCE)
    qtbot.keyClick(compose.cc, Qt.Key.Key_Tab)
    assert compose.bcc.hasFocus()


def test_the_open_letter_stays_selected_after_a_sync_and_reply_acts_on_it(qtbot, demo_app: Application) -> None:
    """Opening an unread letter, or a sync, cleared the selection: Reply and Ctrl+R did nothing."""
    from PySide6.QtCore import Qt

    window = demo_app.window
    _synced(qtbot, demo_app)
    _click_letter(qtbot, demo_app, "Совещание")  # unread: opening it marks it read and refreshes
    qtbot.waitUntil(lambda: window.reading.subject.text().startswith("Совещание"), timeout=PATIENCE)
    window.sync()
    qtbot.waitUntil(lambda: not window.syncing, timeout=PATIENCE)
    row = window.current_row()
    assert row is not None and row.subject.startswith("Совещание")
    window.activateWindow()
    before = len(window.compose_windows)
    qtbot.keyClick(window.message_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.compose_windows) == before + 1, timeout=PATIENCE)
    reply = window.compose_windows[-1]
    assert reply.subject.text().startswith("Re:") and "Совещание" in reply.subject.text()
    # the quote says whose words it quotes and when (issue 29)
    assert row.date is not None
    wrote = f"On {local_datetime(row.date)}, {row.sender} wrote:\n> "
    assert wrote in reply.body.toPlainText()
    reply.autosave.stop()
    reply.close()


def test_signed_letters_show_single_line_breaks(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    _synced(qtbot, demo_app)
    _click_letter(qtbot, demo_app, "Акт выполненных работ")
    qtbot.waitUntil(lambda: "Добрый день" in window.reading.body.toPlainText(), timeout=PATIENCE)
    text = window.reading.body.toPlainText()
    assert "Просим подписать со своей стороны и вернуть.\n\nС уважением,\nДана Ахметова" in text


def test_ctrl_q_closes_every_window_and_keeps_the_draft(qtbot, demo_app: Application) -> None:
    """With a letter being written, Ctrl+Q left the compose window open and the process running."""
    from PySide6.QtCore import Qt

    window = demo_app.window
    _synced(qtbot, demo_app)  # the account's Drafts folder is known
    compose = window.new_letter()
    assert compose is not None
    qtbot.waitExposed(compose)
    qtbot.keyClicks(compose.subject, "Unfinished act")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=PATIENCE)
    assert not compose.isVisible()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()] == []
    # kept in Drafts, where the user opens it again; not a window that reopens at every start (issue 29)
    assert [d.subject for d in window.drafts.load_all()] == ["Unfinished act"]
    assert window.restore_drafts() == []


def test_without_a_keyring_the_password_is_asked_in_a_dialog(qtbot, demo_app: Application) -> None:
    """It said 'give --password-env VAR', a hint for the command line, in the window."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QLabel, QToolButton

    from qazmail_desktop.ui.keys import AccountPasswordDialog

    window = demo_app.window
    _synced(qtbot, demo_app)
    demo_app.secrets.session.clear()  # as on a system with no OS keyring, in a new session
    asked: list[str] = []
    finished = False

    def answer() -> None:
        if finished:
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AccountPasswordDialog):
            QTimer.singleShot(100, answer)
            return
        asked.append(dialog.windowTitle())
        password = {"anna": "demo-anna", "bolat": "demo-bolat", "dana": "demo-dana"}
        account = next(name for name in password if name in dialog.findChildren(QLabel)[0].text())
        qtbot.keyClicks(dialog.password, password[account])
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        QTimer.singleShot(100, answer)  # the next account's turn

    QTimer.singleShot(100, answer)
    get_mail = next(b for b in window.findChildren(QToolButton) if b.text() == "Get mail")
    qtbot.mouseClick(get_mail, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.syncing, timeout=PATIENCE)
    finished = True
    assert asked, "no password dialog was shown"
    message = window.statusBar().currentMessage()
    assert "--password-env" not in message and "no password" not in message, message
    assert sorted(demo_app.secrets.session) == ["anna", "bolat", "dana"]


def test_a_password_dialog_cancelled_is_said_in_the_windows_words(qtbot, demo_app: Application) -> None:
    """Seen in the Russian window: the status bar showed the core's 'anna: no password was given for
    account anna'. Cancel (Esc) in the password dialog is now said in the window's own sentence."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QToolButton

    from qazmail_desktop.ui.keys import AccountPasswordDialog

    window = demo_app.window
    _synced(qtbot, demo_app)
    demo_app.secrets.session.clear()
    finished = False

    def refuse() -> None:
        if finished:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, AccountPasswordDialog):
            qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
        QTimer.singleShot(100, refuse)

    QTimer.singleShot(100, refuse)
    get_mail = next(b for b in window.findChildren(QToolButton) if b.text() == "Get mail")
    qtbot.mouseClick(get_mail, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.syncing, timeout=PATIENCE)
    finished = True
    assert window.statusBar().currentMessage() == "No password was given for anna: its mail was not fetched."


def test_address_completion_offers_correspondents(qtbot, demo_app: Application) -> None:
    from PySide6.QtCore import Qt

    window = demo_app.window
    _synced(qtbot, demo_app)
    compose = window.new_letter()
    assert compose is not None
    qtbot.waitExposed(compose)
    compose.activateWindow()
    qtbot.waitUntil(compose.to.hasFocus, timeout=PATIENCE)
    qtbot.keyClicks(compose.to, "dana")
    popup = compose.to.completer().popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=PATIENCE)
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert "Дана Ахметова <dana@dala.kz>" in offered
    for _ in range(offered.index("Дана Ахметова <dana@dala.kz>") + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert compose.to.text() == "Дана Ахметова <dana@dala.kz>"
    compose.autosave.stop()


def test_forward_carries_the_attachments_byte_for_byte(qtbot, demo_app: Application) -> None:
    """Forward dropped every attachment, the signed .cms included."""
    from pathlib import Path as _Path

    from PySide6.QtCore import Qt

    window = demo_app.window
    _synced(qtbot, demo_app)
    _click_letter(qtbot, demo_app, "Акт выполненных работ")
    qtbot.waitUntil(lambda: window.reading.attachments.count() == 1, timeout=PATIENCE)
    original = window.reading.view.attachments[0] if window.reading.view else None
    assert original is not None and original.name == "act_45.txt.cms"
    before = len(window.compose_windows)
    qtbot.keyClick(window.message_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.compose_windows) == before + 1, timeout=PATIENCE)
    forward = window.compose_windows[-1]
    items = forward.attachment_paths()
    assert len(items) == 1 and items[0].endswith("act_45.txt.cms")
    assert _Path(items[0]).read_bytes() == original.data
    # by name and size, never the folder of the profile it was copied to (issue 29)
    shown = forward.attachment_list.item(0).text()
    assert shown.startswith("act_45.txt.cms  (") and "/" not in shown
    # the forwarded letter's own header lines come with its text
    row = window.current_row()
    assert row is not None and row.date is not None
    block = (
        f"---- Forwarded letter ----\nFrom: {row.sender}\nDate: {local_datetime(row.date)}\n"
        f"Subject: {row.subject}\nTo: {row.to}\n\nДобрый день"
    )
    assert block in forward.body.toPlainText()
    forward.autosave.stop()
    forward.close()


def test_files_dropped_or_pasted_on_the_text_are_attached_and_can_be_removed(
    qtbot, demo_app: Application, tmp_path: Path
) -> None:
    """Issue 29: a file dropped on the letter's text became a 'file:///home/…' line in it; the
    attachment list showed full paths and nothing could be taken out of it."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
    from PySide6.QtWidgets import QPushButton

    act, scan = tmp_path / "act_53.txt", tmp_path / "scan.png"
    act.write_bytes("Акт № 53".encode())
    scan.write_bytes(_png("#00ff00"))
    compose = _new_letter_by_keyboard(qtbot, demo_app.window)
    qtbot.keyClicks(compose.body, "Dear Bolat,")
    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(act))])
    where, how = compose.body.viewport().rect().center(), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # what a drag from a file manager delivers: it enters the text, moves over it, is dropped
    for event in (
        QDragEnterEvent(where, how, dropped, buttons, keys),
        QDragMoveEvent(where, how, dropped, buttons, keys),
        QDropEvent(QPointF(where), how, dropped, buttons, keys),
    ):
        QApplication.sendEvent(compose.body.viewport(), event)
    qtbot.waitUntil(lambda: compose.attachment_list.count() == 1, timeout=PATIENCE)
    assert compose.body.toPlainText() == "Dear Bolat,"
    assert compose.attachment_list.item(0).text() == "act_53.txt  (13 bytes)"
    # files copied in a file manager and pasted with Ctrl+V
    copied = QMimeData()
    copied.setUrls([QUrl.fromLocalFile(str(scan))])
    QGuiApplication.clipboard().setMimeData(copied)
    compose.body.setFocus()
    qtbot.keyClick(compose.body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: compose.attachment_list.count() == 2, timeout=PATIENCE)
    assert "file:" not in compose.body.toPlainText()
    assert compose.attachment_paths() == [str(act), str(scan)]
    # a folder is said, not attached
    said = _read_the_next_message_box()
    compose.add_attachments([tmp_path])
    assert said and "Only files can be attached" in said[0] and tmp_path.name in said[0]
    # Delete on the chosen attachment, and the Remove button, take them out
    compose.activateWindow()  # back from the message box
    qtbot.waitUntil(compose.isActiveWindow, timeout=PATIENCE)
    compose.attachment_list.setCurrentRow(0)
    compose.attachment_list.setFocus()
    qtbot.keyClick(compose.attachment_list, Qt.Key.Key_Delete)
    assert compose.attachment_paths() == [str(scan)]
    compose.attachment_list.setCurrentRow(0)
    remove = next(b for b in compose.findChildren(QPushButton) if b.text() == "Remove")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert compose.attachment_paths() == [] and not compose.attachment_list.isVisible()
    assert compose.current_draft().attachments == []
    compose.autosave.stop()
    compose.close()


def test_open_says_when_no_program_opens_the_attachment(qtbot, demo_app: Application) -> None:
    """'Open' failed silently when the system had no program for the file (as here, off screen)."""
    from email.message import EmailMessage

    from PySide6.QtCore import Qt

    window = demo_app.window
    _synced(qtbot, demo_app)
    assert demo_app.demo is not None
    letter = EmailMessage()
    letter["From"], letter["To"], letter["Subject"] = "bolat@altyn.kz", "anna@altyn.kz", "Archive of acts"
    letter.set_content("the archive is attached")
    letter.add_attachment(b"\x00\x01odd", maintype="application", subtype="x-odd", filename="acts.odd")
    demo_app.demo.server.store.deliver("anna@altyn.kz", letter.as_bytes())
    window.sync()
    qtbot.waitUntil(lambda: any("Archive of acts" in r.subject for r in window.messages.rows), timeout=PATIENCE)
    _click_letter(qtbot, demo_app, "Archive of acts")
    qtbot.waitUntil(lambda: window.reading.attachments.count() == 1, timeout=PATIENCE)
    said = _read_the_next_message_box()
    qtbot.mouseClick(window.reading.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=PATIENCE)
    assert "acts.odd" in said[0] and "Save" in said[0]


def _preview_by_space(qtbot, reading, row: int):
    """Space on the attachment in ``row`` of the reading pane's list: its preview, once shown."""
    from qazmail_desktop.ui.preview import AttachmentPreview

    reading.attachments.setCurrentRow(row)
    reading.attachments.setFocus()
    qtbot.keyClick(reading.attachments, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in reading.findChildren(AttachmentPreview)), timeout=PATIENCE)
    return next(d for d in reading.findChildren(AttachmentPreview) if d.isVisible())


def test_a_signature_attachment_shows_its_document_and_opens_in_qazmail(qtbot, demo_app: Application) -> None:
    """Issue 29: Space on act_45.txt.cms showed 'No preview for this kind of file', and Open said
    that no program opens it. Now the preview is the act inside the signature, and Open checks the
    signature in QazMail's own window, the act shown under the verdict."""
    from PySide6.QtCore import Qt

    from qazmail_desktop.ui.fileview import SignedFileWindow

    window, reading = demo_app.window, demo_app.window.reading
    _synced(qtbot, demo_app)
    _click_letter(qtbot, demo_app, "Акт выполненных работ")
    qtbot.waitUntil(lambda: reading.attachments.count() == 1, timeout=PATIENCE)
    preview = _preview_by_space(qtbot, reading, 0)
    assert preview.heading.text() == "The document inside the signature: act_45.txt"
    assert preview.document is not None and preview.document.text is not None
    assert "Сумма: 1 250 000 тенге" in preview.document.text.toPlainText()
    preview.close()

    qtbot.mouseClick(reading.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(SignedFileWindow)), timeout=PATIENCE)
    viewer = next(w for w in window.findChildren(SignedFileWindow) if w.isVisible())
    qtbot.waitUntil(lambda: "Signature valid" in viewer.signatures.text(), timeout=PATIENCE)
    assert viewer.path.name == "act_45.txt.cms"
    # named as the letter's attachment, not by the temporary copy's path
    assert (
        viewer.file_label.text() == "act_45.txt.cms, attached to the letter “Акт выполненных работ № 45 (подписан ЭЦП)”"
    )
    assert viewer.document_heading.text() == "The signed document: act_45.txt"
    assert viewer.document_view is not None and viewer.document_view.text is not None
    assert "Сумма: 1 250 000 тенге" in viewer.document_view.text.toPlainText()
    viewer.close()


def test_new_mail_is_counted_with_plural_forms(qtbot, demo_app: Application) -> None:
    """The status bar said '1 new letters'."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolButton

    window = demo_app.window
    _synced(qtbot, demo_app)
    assert demo_app.demo is not None
    demo_app.demo.server.store.deliver("anna@altyn.kz", letter(4343, sender="dana@dala.kz", to="anna@altyn.kz"))
    get_mail = next(b for b in window.findChildren(QToolButton) if b.text() == "Get mail")
    qtbot.mouseClick(get_mail, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "1 new letter", timeout=PATIENCE)


def test_size_column_shows_whole_sizes(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    _synced(qtbot, demo_app)
    view = window.message_view
    width = view.columnWidth(5)
    metrics = view.fontMetrics()
    sizes = [str(window.messages.data(window.messages.index(r, 5))) for r in range(window.messages.rowCount())]
    assert all(metrics.horizontalAdvance(text) < width for text in sizes), (width, sizes)


def _contrast(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""

    def luminance(color: QColor) -> float:
        channels = [c / 255 for c in (color.red(), color.green(), color.blue())]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_an_expired_key_reads_clearly_in_the_key_manager(qtbot, demo_app: Application, nca: Path, theme: str) -> None:
    """It was white on white (the palette's brightText). Opened by clicking the real toolbar button."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QToolBar

    from qazmail_desktop.ui.keys import KeyManagerDialog

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    original = qapp.palette()
    if theme == "dark":
        dark = QPalette(original)
        for role, color in ((QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#e8eaed")):
            dark.setColor(role, QColor(color))
        qapp.setPalette(dark)
    try:
        expired = sorted((nca / "keys" / "gost512-2023").glob("*.p12"))[0]
        demo_app.keys.add(expired, "Qwerty12", False)
        window = demo_app.window
        bar = window.findChild(QToolBar, "mainToolbar")
        assert bar is not None
        action = next(a for a in bar.actions() if a.text() == "EDS keys…")
        qtbot.mouseClick(bar.widgetForAction(action), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(KeyManagerDialog)), timeout=PATIENCE)
        dialog = next(d for d in window.findChildren(KeyManagerDialog) if d.isVisible())
        cells = [dialog.table.item(r, 5) for r in range(dialog.table.rowCount())]
        (cell,) = [c for c in cells if c is not None and "expired" in c.text()]
        background = dialog.table.palette().base().color()
        assert _contrast(cell.foreground().color(), background) >= 4.5
        assert cell.font().bold()
        dialog.close()
    finally:
        qapp.setPalette(original)


def test_what_an_xml_signature_covers_is_said_in_kazakh(qtbot, qapp: QApplication, tmp_path: Path) -> None:
    """Issue 30, seen in the window: the card said "answer.xml — element Body only" and the panel
    "the rest of answer.xml, outside the element Body" in English under Kazakh words."""
    import shutil

    from qazmail_desktop.settings import Settings

    answer = tmp_path / "answer.xml"
    shutil.copy(Path(__file__).parent / "xml" / "ncanode_wsse_rsa.xml", answer)
    profile = Profile.resolve(str(tmp_path / "p")).ensure()
    Settings(language="kk").save(profile.settings_file)
    app = Application(profile, demo=True, qt_app=qapp)
    try:
        viewer = app.window.open_signed_file(answer)
        assert viewer is not None
        qtbot.waitUntil(lambda: viewer.document_view is not None, timeout=PATIENCE)
        assert "answer.xml — тек Body элементі" in viewer.signatures.text()
        assert "answer.xml файлының Body элементінен тыс қалған бөлігі" in viewer.signatures.coverage.text()
        assert "element" not in viewer.signatures.text() + viewer.signatures.coverage.text()
        viewer.close()
    finally:
        for translator in app.translators:
            qapp.removeTranslator(translator)
        app.window.close()
        app.close()


def test_roles_and_security_modes_in_russian(qtbot, qapp: QApplication, tmp_path: Path) -> None:
    """Roles in the key manager and security modes in the account dialog were English in kk/ru."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QComboBox, QMenu

    from qazmail_desktop.settings import Settings
    from qazmail_desktop.ui.dialogs import AccountWizard
    from qazmail_desktop.ui.keys import KeyManagerDialog

    profile = Profile.resolve(str(tmp_path / "p")).ensure()
    Settings(language="ru").save(profile.settings_file)
    app = Application(profile, demo=True, qt_app=qapp)
    try:
        app.window.show()
        dialog = app.window.open_key_manager()
        roles = {dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())}  # type: ignore[union-attr]
        assert any("Первый руководитель" in text for text in roles), roles
        assert not any("head" in text or "sign_right" in text for text in roles)
        dialog.close()

        seen: list[str] = []

        def read_and_cancel() -> None:
            wizard = next(w for w in qapp.topLevelWidgets() if isinstance(w, AccountWizard) and w.isVisible())
            combo = wizard.findChild(QComboBox)
            assert combo is not None
            seen.extend(combo.itemText(i) for i in range(combo.count()))
            wizard.reject()

        QTimer.singleShot(0, read_and_cancel)
        menu = next(a for a in app.window.menuBar().actions() if a.text() == "&Файл").menu()
        assert isinstance(menu, QMenu)
        add_account = next(a for a in menu.actions() if a.text().startswith("Добавить учётную"))
        add_account.trigger()
        assert seen and all(text and not text.islower() for text in seen), seen
        assert any("только" in text for text in seen)
        assert not [w for w in qapp.topLevelWidgets() if isinstance(w, KeyManagerDialog) and w.isVisible()]
    finally:
        for translator in app.translators:
            qapp.removeTranslator(translator)
        app.window.close()
        app.close()


def test_letters_are_listed_while_their_signatures_are_still_being_checked(
    qtbot, demo_app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first sync left the window empty until every signature was checked: the letters show
    as soon as they are stored (the check is held until the test has seen them listed)."""
    import threading

    from PySide6.QtCore import Qt

    from qazmail_desktop.operations import mailsync

    window = demo_app.window
    _synced(qtbot, demo_app)
    assert demo_app.demo is not None
    before = window.messages.rowCount()
    for n in range(5):
        demo_app.demo.server.store.deliver("anna@altyn.kz", letter(n, to="anna@altyn.kz"))
    release = threading.Event()
    real_check = mailsync.check_new_signatures

    def held_check(*args, **kwargs):
        release.wait(PATIENCE / 1000)
        return real_check(*args, **kwargs)

    monkeypatch.setattr(mailsync, "check_new_signatures", held_check)
    qtbot.keyClick(window, Qt.Key.Key_F5)  # Get mail
    try:
        qtbot.waitUntil(lambda: window.messages.rowCount() == before + 5, timeout=PATIENCE)
        assert window.syncing  # listed before the sync (and its signature checks) ended
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.syncing, timeout=PATIENCE)


def test_a_signed_letters_body_gets_the_space_at_1024_by_700(qtbot, demo_app: Application) -> None:
    """At 1024×700 the body was a two-line box under the cards: now good verdicts fold to one
    line, the header and cards scroll within part of the pane, and nothing is squashed."""
    from PySide6.QtWidgets import QLabel

    window = demo_app.window
    window.resize(1024, 700)
    _synced(qtbot, demo_app)
    reading = window.reading
    _click_letter(qtbot, demo_app, "Акт выполненных работ")
    qtbot.waitUntil(lambda: len(reading.signatures.cards) == 2, timeout=PATIENCE)
    qtbot.waitUntil(lambda: reading.body.height() >= reading.height() * 0.4, timeout=PATIENCE)
    date_line = reading.header.text().splitlines()[-1]
    assert "+0000" not in date_line  # local time with its zone, not the raw header
    assert re.search(r"\d\d\.\d\d\.\d{4} \d\d:\d\d UTC[+-]\d\d:\d\d", date_line), date_line
    card = reading.signatures.cards[0]
    assert card.card.isHidden() and card.summary.isVisible() and "850315400037" in card.summary.text()  # folded
    # issue 29: the folded line gives the signer, IIN and BIN, and the proven time
    assert "990240000021" in card.summary.text() and "time-stamped" in card.summary.text()
    folded_height = reading.details.height()
    qtbot.mouseClick(card.toggle, Qt.MouseButton.LeftButton)  # unfolds to the whole card
    qtbot.waitUntil(card.card.isVisible, timeout=PATIENCE)
    qtbot.waitUntil(lambda: reading.details.height() > folded_height, timeout=PATIENCE)
    assert reading.body.height() >= reading.fontMetrics().lineSpacing() * 4
    _click_letter(qtbot, demo_app, "Реквизиты для оплаты")  # a red card stays unfolded
    qtbot.waitUntil(lambda: "Document modified" in reading.signatures.text(), timeout=PATIENCE)
    (red,) = reading.signatures.cards
    qtbot.waitUntil(red.card.isVisible, timeout=PATIENCE)
    qtbot.waitUntil(lambda: reading.body.height() >= reading.height() * 0.4, timeout=PATIENCE)

    def squashed() -> list[str]:
        return [
            label.text()
            for label in reading.details_content.findChildren(QLabel)
            if label.isVisible() and label.wordWrap() and label.height() < label.heightForWidth(label.width()) - 1
        ]

    # laid out when Qt gets to it (a busy machine took longer than the test's first look)
    qtbot.waitUntil(lambda: squashed() == [], timeout=PATIENCE)


def test_the_window_layout_is_remembered(qtbot, qapp: QApplication, tmp_path: Path) -> None:
    profile = Profile.resolve(str(tmp_path / "p")).ensure()
    app = Application(profile, demo=False, qt_app=qapp)
    window = app.window
    window.show()
    window.resize(740, 560)  # within the offscreen screen (800×600): a restore keeps a window on screen
    window.splitters["reading"].setSizes([150, 350])
    window.message_view.horizontalHeader().resizeSection(2, 300)
    sizes = window.splitters["reading"].sizes()
    window.close()  # as File ▸ Quit does
    app.close()
    again = Application(profile, demo=False, qt_app=qapp)
    try:
        again.window.show()
        assert (again.window.width(), again.window.height()) == (740, 560)
        assert again.window.splitters["reading"].sizes() == sizes
        assert again.window.message_view.columnWidth(2) == 300
    finally:
        again.window.close()
        again.close()


def _read_the_next_message_box(press: QMessageBox.StandardButton | None = None) -> list[str]:
    """The text of the next message box that opens, as a person reads it and then dismisses it
    (or clicks its ``press`` button: Yes or No to a question)."""
    from PySide6.QtCore import QTimer

    said: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(100, read_and_close)
            return
        said.append(box.text())
        if press is None:
            box.accept()
        else:
            box.button(press).click()

    QTimer.singleShot(100, read_and_close)
    return said


def _answer_file_dialog(qtbot, path: Path) -> None:
    """When the real file dialog opens, choose ``path`` in it as a person would, and accept."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog

    def choose() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, choose)
            return
        dialogs[0].selectFile(str(path))
        dialogs[0].accept()

    QTimer.singleShot(0, choose)


def test_open_a_signed_file_from_the_file_menu(qtbot, demo_app: Application, tmp_path: Path) -> None:
    """File ▸ Open signed file…: a detached signature beside its document verifies at once; one
    without it says the document is needed, and the real 'Choose the signed document…' button
    completes the check."""
    from PySide6.QtWidgets import QMenu

    from qazmail_desktop.crypto import keys
    from qazmail_desktop.crypto.content import Content
    from qazmail_desktop.operations.documents import sign_document
    from qazmail_desktop.ui.fileview import SignedFileWindow

    assert demo_app.demo is not None
    key = keys.load_signing_key(demo_app.demo.server.data_dir / "keys" / "anna_sign.p12", DEMO_PASSWORD)
    document = tmp_path / "act_46.txt"
    document.write_text("Акт № 46: 250 000 KZT", encoding="utf-8")
    signature = sign_document(Content.of_file(document), key, detached=True).data
    (tmp_path / "act_46.txt.sig").write_bytes(signature)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "act_46.txt.sig").write_bytes(signature)
    window = demo_app.window
    menu = next(a for a in window.menuBar().actions() if a.text() == "&File").menu()
    assert isinstance(menu, QMenu)
    open_file = next(a for a in menu.actions() if a.text() == "Open signed file…")

    def opened(name_part: str) -> SignedFileWindow:
        found = [w for w in window.findChildren(SignedFileWindow) if w.isVisible() and name_part in w.path.parts]
        assert found
        return found[-1]

    _answer_file_dialog(qtbot, tmp_path / "act_46.txt.sig")
    open_file.trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(SignedFileWindow)), timeout=PATIENCE)
    beside = opened(tmp_path.name)
    qtbot.waitUntil(lambda: "Signature valid" in beside.signatures.text(), timeout=PATIENCE)
    assert "Document: act_46.txt.sig" in beside.signatures.text() and "ЖАНСАЕВА" in beside.signatures.text()
    assert not beside.choose_document.isVisible()
    # the document the verdict is about, under it (issue 29)
    assert beside.document_heading.text() == "The signed document: act_46.txt"
    assert beside.document_view is not None and beside.document_view.text is not None
    assert beside.document_view.text.toPlainText() == "Акт № 46: 250 000 KZT"

    _answer_file_dialog(qtbot, tmp_path / "elsewhere" / "act_46.txt.sig")
    open_file.trigger()
    qtbot.waitUntil(
        lambda: len([w for w in window.findChildren(SignedFileWindow) if w.isVisible()]) == 2, timeout=PATIENCE
    )
    lonely = opened("elsewhere")
    qtbot.waitUntil(lonely.choose_document.isVisible, timeout=PATIENCE)
    assert "Signature valid" not in lonely.signatures.text()
    _answer_file_dialog(qtbot, document)
    qtbot.mouseClick(lonely.choose_document, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Signature valid" in lonely.signatures.text(), timeout=PATIENCE)
    assert not lonely.choose_document.isVisible()


def test_an_attached_signature_opened_beside_another_document_says_it_differs(
    qtbot, demo_app: Application, tmp_path: Path
) -> None:
    """Issue 28: the verdict is about the document the file stands beside, even when the CMS holds
    one itself: File ▸ Open signed file… on act_47.txt.sig next to a different act_47.txt."""
    from PySide6.QtWidgets import QMenu

    from qazmail_desktop.crypto import keys
    from qazmail_desktop.crypto.content import Content
    from qazmail_desktop.operations.documents import sign_document
    from qazmail_desktop.ui.fileview import SignedFileWindow

    assert demo_app.demo is not None
    key = keys.load_signing_key(demo_app.demo.server.data_dir / "keys" / "anna_sign.p12", DEMO_PASSWORD)
    signed = sign_document(Content(data="Акт № 47: 250 000 KZT".encode()), key, detached=False).data
    (tmp_path / "act_47.txt.sig").write_bytes(signed)
    (tmp_path / "act_47.txt").write_text("Акт № 47: 950 000 KZT", encoding="utf-8")
    window = demo_app.window
    menu = next(a for a in window.menuBar().actions() if a.text() == "&File").menu()
    assert isinstance(menu, QMenu)
    _answer_file_dialog(qtbot, tmp_path / "act_47.txt.sig")
    next(a for a in menu.actions() if a.text() == "Open signed file…").trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(SignedFileWindow)), timeout=PATIENCE)
    (viewer,) = [w for w in window.findChildren(SignedFileWindow) if w.isVisible()]
    qtbot.waitUntil(lambda: "Document modified after signing" in viewer.signatures.text(), timeout=PATIENCE)
    assert "Signature valid" not in viewer.signatures.text()
    # what is shown is the file the verdict is about, not the text inside the signature
    assert viewer.document_view is not None and viewer.document_view.text is not None
    assert viewer.document_view.text.toPlainText() == "Акт № 47: 950 000 KZT"


def test_a_signed_xml_opens_with_what_its_signature_covers(qtbot, demo_app: Application, tmp_path: Path) -> None:
    """Issue 30: File ▸ Open signed file… on a SmartBridge answer whose signature covers the SOAP
    Body only: the card names the element, the panel says the rest is not covered, and the
    document shown is the signed Body, not the file."""
    import shutil

    from qazmail_desktop.ui.fileview import SignedFileWindow

    answer = tmp_path / "answer.xml"
    shutil.copy(Path(__file__).parent / "xml" / "ncanode_wsse_rsa.xml", answer)
    window = demo_app.window
    _answer_file_dialog(qtbot, answer)
    _menu_item(window, "&File", "Open signed file…").trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(SignedFileWindow)), timeout=PATIENCE)
    viewer = next(w for w in window.findChildren(SignedFileWindow) if w.isVisible())
    qtbot.waitUntil(lambda: viewer.document_view is not None, timeout=PATIENCE)
    text = viewer.signatures.text()
    assert "Document: answer.xml — element Body only" in text and "ТЕСТОВ ТЕСТ" in text
    assert "Signature valid" not in text  # the certificate expired in 2022: judged now
    assert viewer.signatures.coverage.text() == (
        "Not covered by any signature: the rest of answer.xml, outside the element Body"
    )
    assert viewer.document_view is not None and viewer.document_view.text is not None
    shown = viewer.document_view.text.toPlainText()
    assert shown.startswith("<SOAP-ENV:Body") and "<iin>931002451325</iin>" in shown and "Signature" not in shown
    assert not viewer.make_card.isVisible()
    viewer.close()


def test_a_suspended_signature_has_its_own_words(qtbot) -> None:
    """Status.SUSPENDED: its title and explanation, coloured as a warning (not as revoked)."""
    from qazmail_desktop.ui.signature_panel import SignaturePanel

    panel = SignaturePanel()
    qtbot.addWidget(panel)
    message = "suspended on 2026-11-01 10:00 UTC per CRL #5 (certificate_hold); the CA may lift it"
    signer = {"status": "suspended", "message": message, "name": "ТЕСТОВ ТЕСТ"}
    panel.show_verdict(
        {"signatures": [{"kind": "document", "name": "act.txt", "status": "suspended", "signers": [signer]}]}
    )
    text = panel.text()
    assert "⚠ Certificate suspended — Document: act.txt" in text
    assert "The CA may lift the suspension" in text and "revoked" not in text.lower()


def test_a_file_that_is_no_signature_says_so(qtbot, demo_app: Application, tmp_path: Path) -> None:
    from qazmail_desktop.ui.fileview import SignedFileWindow

    junk = tmp_path / "junk.sig"
    junk.write_bytes(b"not a signature at all")
    viewer = demo_app.window.open_signed_file(junk)
    assert isinstance(viewer, SignedFileWindow)
    qtbot.waitUntil(lambda: "Signature" in viewer.signatures.text() or viewer.state.isVisible(), timeout=PATIENCE)
    qtbot.waitUntil(lambda: "damaged" in viewer.signatures.text().lower(), timeout=PATIENCE)
    viewer.close()


def test_an_older_nca_generation_is_named_in_the_window(qtbot, demo_app: Application, tmp_path: Path) -> None:
    """File ▸ Open signed file… of a 2011–2016 GOST signature: the panel names its generation and
    says what that means; it never calls it invalid or modified."""
    from PySide6.QtWidgets import QMenu

    from qazmail_desktop.ui.fileview import SignedFileWindow
    from tests.test_older_generation import older_gost_cms

    signature = tmp_path / "order_2014.cms"
    signature.write_bytes(older_gost_cms(tmp_path))
    window = demo_app.window
    menu = next(a for a in window.menuBar().actions() if a.text() == "&File").menu()
    assert isinstance(menu, QMenu)
    _answer_file_dialog(qtbot, signature)
    next(a for a in menu.actions() if a.text() == "Open signed file…").trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(SignedFileWindow)), timeout=PATIENCE)
    viewer = next(w for w in window.findChildren(SignedFileWindow) if w.isVisible())
    qtbot.waitUntil(lambda: "Older NCA generation" in viewer.signatures.text(), timeout=PATIENCE)
    text = viewer.signatures.text()
    assert "this version cannot check" in text and "123456789011" in text
    assert "invalid" not in text.replace("shown invalid", "").lower() and "modified" not in text.lower()
    viewer.close()


def test_the_panel_names_the_ca_that_issued_the_signer(qtbot, tmp_path: Path) -> None:
    """A signer under the state bodies' CA: the card says so, and Details… shows what the issuing
    CA's own revocation check came to."""
    from PySide6.QtWidgets import QDialog, QPlainTextEdit

    from qazmail_desktop.crypto import cms, keys
    from qazmail_desktop.crypto.certificates import load_certificate_file
    from qazmail_desktop.crypto.content import Content
    from qazmail_desktop.crypto.trust import TrustStore
    from qazmail_desktop.crypto.verify import VerifyPolicy
    from qazmail_desktop.operations.documents import verify_file
    from qazmail_desktop.ui.signature_panel import SignaturePanel
    from tests import rsa_pki
    from tests.conftest import PASSWORD

    root = rsa_pki.make_ca(tmp_path)
    issuing = rsa_pki.make_intermediate(tmp_path, root, "STATE BODIES TEST CA")
    key = keys.load_signing_key(rsa_pki.make_user(tmp_path, issuing, "official"), PASSWORD)
    signature = tmp_path / "order.cms"
    signature.write_bytes(cms.sign(Content(data="Бұйрық № 7".encode()), key, detached=False))
    store = TrustStore()
    store.add(load_certificate_file(tmp_path / "ca" / "root.cer"), "nca_root")
    store.add(load_certificate_file(tmp_path / "ca" / "state_bodies_test_ca.cer"), "state_bodies")
    verdict = verify_file(signature, VerifyPolicy(trust=store)).to_json()
    panel = SignaturePanel()
    qtbot.addWidget(panel)
    panel.show_verdict(verdict)
    assert "Certificate issued by the state bodies' CA (УЦГО)" in panel.text()
    card = panel.cards[0]
    details = next(b for b in card.findChildren(QPushButton) if b.text() == "Details…")
    qtbot.mouseClick(details, Qt.MouseButton.LeftButton)
    dialog = next(d for d in card.findChildren(QDialog) if d.isVisible())
    box = dialog.findChild(QPlainTextEdit)
    assert box is not None
    shown = box.toPlainText()
    assert "Issuing CAs: STATE BODIES TEST CA: revocation not checked" in shown
    dialog.close()


def _type_key_password_when_asked(qtbot, prompts: list[str]) -> None:
    from PySide6.QtCore import QTimer

    from qazmail_desktop.ui.keys import PasswordDialog

    def type_password() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PasswordDialog):
            QTimer.singleShot(100, type_password)
            return
        prompts.append(dialog.windowTitle())
        qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    QTimer.singleShot(100, type_password)


def test_sign_and_cosign_a_document_from_the_file_menu(qtbot, demo_app: Application, tmp_path: Path) -> None:
    """An accountant signs a file without mailing it: File ▸ Sign document… with a time-stamp
    writes act.txt.sig beside it and shows it valid; File ▸ Co-sign… adds a second signer."""
    from PySide6.QtWidgets import QMenu

    from qazmail_desktop.ui.documents import SignDocumentDialog
    from qazmail_desktop.ui.fileview import SignedFileWindow

    window = demo_app.window
    document = tmp_path / "act_47.txt"
    document.write_text("Act 47: 90 000 KZT", encoding="utf-8")
    menu = next(a for a in window.menuBar().actions() if a.text() == "&File").menu()
    assert isinstance(menu, QMenu)

    def run_dialog(action_text: str, chosen: Path, owner: str, by_keyboard: bool) -> None:
        next(a for a in menu.actions() if a.text() == action_text).trigger()
        dialog = next(d for d in window.findChildren(SignDocumentDialog) if d.isVisible())
        dialog.key.setCurrentIndex(next(i for i in range(dialog.key.count()) if owner in str(dialog.key.itemData(i))))
        assert dialog.timestamp.isChecked()  # online: a time-stamp by default
        prompts: list[str] = []
        if by_keyboard:  # the path typed, Enter signs (it opened the file chooser)
            qtbot.keyClicks(dialog.file, str(chosen))
            _type_key_password_when_asked(qtbot, prompts)
            qtbot.keyClick(dialog.file, Qt.Key.Key_Return)
        else:
            _answer_file_dialog(qtbot, chosen)
            qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.file.text() == str(chosen), timeout=PATIENCE)
            _type_key_password_when_asked(qtbot, prompts)
            qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=PATIENCE)
        assert prompts

    run_dialog("Sign document…", document, "anna", by_keyboard=False)
    signature = tmp_path / "act_47.txt.sig"
    assert signature.is_file() and document.read_text(encoding="utf-8") == "Act 47: 90 000 KZT"
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(SignedFileWindow)), timeout=PATIENCE)
    viewer = next(w for w in window.findChildren(SignedFileWindow) if w.isVisible())
    qtbot.waitUntil(lambda: "Signature valid" in viewer.signatures.text(), timeout=PATIENCE)
    assert "proven by a trusted time-stamp" in viewer.signatures.text()
    viewer.close()

    run_dialog("Co-sign…", signature, "bolat", by_keyboard=True)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(SignedFileWindow)), timeout=PATIENCE)
    viewer = next(w for w in window.findChildren(SignedFileWindow) if w.isVisible())
    qtbot.waitUntil(lambda: "СЕРІКҰЛЫ" in viewer.signatures.text(), timeout=PATIENCE)
    assert viewer.signatures.text().count("Signature valid") == 1  # one card: the document, both signers
    from qazmail_desktop.operations.documents import verify_file
    from qazmail_desktop.signing.policy import build_policy

    result = verify_file(signature, build_policy(demo_app.profile, online=True))
    (item,) = result.items
    assert item.result is not None and [s.status for s in item.result.signers] == ["valid", "valid"]


def test_sign_document_signs_an_xml_inside_it(qtbot, demo_app: Application, tmp_path: Path) -> None:
    """Issue 30: File ▸ Sign document… on an .xml offers the XML signature inside the document (on
    by default; no detached file, no time-stamp), writes act.signed.xml and shows it valid."""
    from qazmail_desktop.ui.documents import SignDocumentDialog
    from qazmail_desktop.ui.fileview import SignedFileWindow

    window = demo_app.window
    document = tmp_path / "act_49.xml"
    document.write_text('<?xml version="1.0" encoding="UTF-8"?><act><sum>49 000</sum></act>', encoding="utf-8")
    _menu_item(window, "&File", "Sign document…").trigger()
    dialog = next(d for d in window.findChildren(SignDocumentDialog) if d.isVisible())
    dialog.key.setCurrentIndex(next(i for i in range(dialog.key.count()) if "anna" in str(dialog.key.itemData(i))))
    assert not dialog.inside.isVisible()
    qtbot.keyClicks(dialog.file, str(document))
    assert dialog.inside.isVisible() and dialog.inside.isChecked()
    assert not dialog.timestamp.isEnabled() and not dialog.detached.isEnabled()
    assert dialog.target.text() == f"The signature will be written to {tmp_path / 'act_49.signed.xml'}"
    prompts: list[str] = []
    _type_key_password_when_asked(qtbot, prompts)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=PATIENCE)
    signed = tmp_path / "act_49.signed.xml"
    assert signed.is_file() and b"<ds:Signature" in signed.read_bytes()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(SignedFileWindow)), timeout=PATIENCE)
    viewer = next(w for w in window.findChildren(SignedFileWindow) if w.isVisible())
    qtbot.waitUntil(lambda: "Signature valid" in viewer.signatures.text(), timeout=PATIENCE)
    assert "ЖАНСАЕВА" in viewer.signatures.text()
    assert viewer.document_view is not None and viewer.document_view.text is not None
    assert "<sum>49 000</sum>" in viewer.document_view.text.toPlainText()
    viewer.close()


def test_signing_asks_before_an_empty_file_and_never_writes_over_the_document(
    qtbot, demo_app: Application, tmp_path: Path
) -> None:
    """Sign document…: an empty file is signed only after Yes (No leaves the dialog open and
    nothing written); a signature name that links to the document itself is refused."""
    from PySide6.QtWidgets import QMenu

    from qazmail_desktop.ui.documents import SignDocumentDialog

    window = demo_app.window
    menu = next(a for a in window.menuBar().actions() if a.text() == "&File").menu()
    assert isinstance(menu, QMenu)
    next(a for a in menu.actions() if a.text() == "Sign document…").trigger()
    dialog = next(d for d in window.findChildren(SignDocumentDialog) if d.isVisible())
    dialog.key.setCurrentIndex(next(i for i in range(dialog.key.count()) if "anna" in str(dialog.key.itemData(i))))
    dialog.timestamp.setChecked(False)

    linked = tmp_path / "act_48.txt"
    linked.write_text("Act 48: 12 000 KZT", encoding="utf-8")
    (tmp_path / "act_48.txt.sig").symlink_to(linked)
    qtbot.keyClicks(dialog.file, str(linked))
    said = _read_the_next_message_box()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert said and "would be written over" in said[0] and "act_48.txt" in said[0]
    assert linked.read_text(encoding="utf-8") == "Act 48: 12 000 KZT" and dialog.isVisible()

    empty = tmp_path / "empty.txt"
    empty.touch()
    dialog.file.clear()
    qtbot.keyClicks(dialog.file, str(empty))
    said = _read_the_next_message_box(QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert said and "empty.txt is empty" in said[0]
    assert not (tmp_path / "empty.txt.sig").exists() and dialog.isVisible()

    said = _read_the_next_message_box(QMessageBox.StandardButton.Yes)
    prompts: list[str] = []
    _type_key_password_when_asked(qtbot, prompts)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=PATIENCE)
    assert said and prompts and (tmp_path / "empty.txt.sig").stat().st_size > 0


def test_the_outbox_shows_a_refused_letter_and_its_buttons_act(qtbot, demo_app: Application) -> None:
    """A letter the server refused: listed with the reason; Send again puts it back in line (and
    the window syncs, where the server refuses it again); Drop removes it."""

    from qazmail_desktop.ui.outbox import OutboxDialog

    window = demo_app.window
    _synced(qtbot, demo_app)
    compose = window.new_letter()
    assert compose is not None
    qtbot.keyClicks(compose.to, "someone@gmail.com")  # the demo server relays nowhere
    qtbot.keyClicks(compose.subject, "Invoice 12")
    qtbot.mouseClick(compose.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not compose.isVisible(), timeout=PATIENCE)
    _menu_item(window, "&Message", "Outbox…").trigger()
    dialog = next(d for d in window.findChildren(OutboxDialog) if d.isVisible())
    assert dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in range(5)]  # type: ignore[union-attr]
    assert cells[1] == "someone@gmail.com" and cells[2] == "Invoice 12" and cells[3] == "failed" and cells[4]
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    assert dialog.table.item(0, 3).text() == "waits for the next sync"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not window.syncing, timeout=PATIENCE)
    dialog.reload()
    qtbot.mouseClick(dialog.drop_button, Qt.MouseButton.LeftButton)
    assert dialog.empty.isVisible() and not dialog.table.isVisible()


def _folder_total(app: Application, account: str, name: str) -> int:
    folder = app.cache.folders.get(account, name)
    assert folder is not None
    return folder.total


def _sync_until(qtbot, window, done) -> None:
    """Get mail (the queued moves reach the server first) until ``done``."""

    def check() -> bool:
        if done():
            return True
        if not window.syncing:
            window.sync()
        return False

    qtbot.waitUntil(check, timeout=PATIENCE)
    qtbot.waitUntil(lambda: not window.syncing, timeout=PATIENCE)


def test_several_letters_deleted_at_once_and_dragged_to_a_folder(qtbot, demo_app: Application) -> None:
    """Ctrl+click picks several letters; Del moves them all to Trash; letters dropped on a folder
    in the tree move there (the drag carries the letters the list had selected)."""
    from PySide6.QtCore import Qt

    window = demo_app.window
    _synced(qtbot, demo_app)
    view = window.message_view

    def click(words: str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        row = next(r for r, message in enumerate(window.messages.rows) if words in message.subject)
        index = window.messages.index(row, 3)
        view.scrollTo(index)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center())

    trash_before, inbox_before = _folder_total(demo_app, "anna", "Trash"), window.messages.rowCount()
    click("Совещание")
    click("Quarterly reconciliation", Qt.KeyboardModifier.ControlModifier)
    assert len(view.selectionModel().selectedRows()) == 2
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.messages.rowCount() == inbox_before - 2, timeout=PATIENCE)
    _sync_until(qtbot, window, lambda: _folder_total(demo_app, "anna", "Trash") == trash_before + 2)

    junk_before = _folder_total(demo_app, "anna", "Junk")
    click("Доверенность")
    click("Шот-фактура", Qt.KeyboardModifier.ControlModifier)
    dragged = window.messages.mimeData(view.selectionModel().selectedRows())
    junk = next(
        window.folders.index(r, 0, window.folders.index(0, 0))
        for r in range(window.folders.rowCount(window.folders.index(0, 0)))
        if window.folders.index(r, 0, window.folders.index(0, 0)).data(FOLDER_ROLE)
        == demo_app.cache.folders.get("anna", "Junk").id  # type: ignore[union-attr]
    )
    assert window.folders.canDropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, junk)
    window.folders.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, junk)
    qtbot.waitUntil(lambda: window.messages.rowCount() == inbox_before - 4, timeout=PATIENCE)
    _sync_until(qtbot, window, lambda: _folder_total(demo_app, "anna", "Junk") == junk_before + 2)


def test_edit_and_remove_an_account_from_the_tools_menu(qtbot, demo_app: Application) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMenu, QMessageBox, QWizard

    from qazmail_desktop.ui.dialogs import AccountWizard

    window = demo_app.window
    _synced(qtbot, demo_app)
    tools = next(a for a in window.menuBar().actions() if a.text() == "&Tools").menu()
    assert isinstance(tools, QMenu)

    def choose_account(name: str) -> None:
        tree = window.folder_view
        row = next(r for r in range(window.folders.rowCount()) if window.folders.index(r, 0).data(ACCOUNT_ROLE) == name)
        index = window.folders.index(row, 0)
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
        assert window.current_account_name() == name

    def rename_in_wizard() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, AccountWizard):
            QTimer.singleShot(50, rename_in_wizard)
            return
        assert wizard.name.isReadOnly() and wizard.email.text() == "bolat@altyn.kz"
        wizard.display_name.clear()
        qtbot.keyClicks(wizard.display_name, "Bolat S., director")
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    choose_account("bolat")
    QTimer.singleShot(0, rename_in_wizard)
    next(a for a in tools.actions() if a.text() == "Account settings…").trigger()
    bolat = demo_app.cache.accounts.get("bolat")
    assert bolat is not None and bolat.display_name == "Bolat S., director" and bolat.imap_port > 0
    assert demo_app.cache.folders.get("bolat", "INBOX") is not None  # its mail stays
    labels = [window.folders.index(r, 0).data() for r in range(window.folders.rowCount())]
    assert "Bolat S., director" in labels

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, confirm)
            return
        assert "dana" in box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    choose_account("dana")
    QTimer.singleShot(0, confirm)
    next(a for a in tools.actions() if a.text() == "Remove account…").trigger()
    assert demo_app.cache.accounts.get("dana") is None and demo_app.cache.folders.of_account("dana") == []
    labels = [window.folders.index(r, 0).data() for r in range(window.folders.rowCount())]
    assert not any("Дана" in str(label) for label in labels)


def test_save_a_signed_letter_as_pdf_with_its_verdict(qtbot, demo_app: Application, tmp_path: Path) -> None:
    """Message ▸ Save as PDF… (the printed form): the letter with every signature's verdict, signer,
    IIN and proven time, read back by another PDF library (pypdf)."""
    from pypdf import PdfReader
    from PySide6.QtWidgets import QMenu

    window = demo_app.window
    _synced(qtbot, demo_app)
    _click_letter(qtbot, demo_app, "Акт выполненных работ")
    qtbot.waitUntil(lambda: "850315400037" in window.reading.signatures.text(), timeout=PATIENCE)
    pdf = tmp_path / "act.pdf"
    _answer_file_dialog(qtbot, pdf)
    menu = next(a for a in window.menuBar().actions() if a.text() == "&Message").menu()
    assert isinstance(menu, QMenu)
    next(a for a in menu.actions() if a.text() == "Save as PDF…").trigger()
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    flat = " ".join(text.split())
    assert "Акт выполненных работ" in flat and "Signature valid" in flat and "850315400037" in flat
    assert "990240000021" in flat and "proven by a trusted time-stamp" in flat and "Направляем акт" in flat


def _unnamed_controls(root) -> list[str]:
    """Controls a screen reader could not name: no accessible name, no text, no label for them
    (Qt's own helper widgets aside)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QSpinBox,
        QTextEdit,
        QWidget,
    )

    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    kinds = (QLineEdit, QAbstractButton, QComboBox, QAbstractItemView, QTextEdit, QPlainTextEdit, QSpinBox)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
            continue
        if widget.parent() is not None and type(widget).__name__ == "QListView":  # a completer's popup
            continue
        named = widget.accessibleName() or widget in buddies
        if not named and not (isinstance(widget, QAbstractButton) and widget.text().replace("&", "")):
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing


def test_controls_have_names_and_tab_follows_the_panes(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    _synced(qtbot, demo_app)
    assert _unnamed_controls(window) == []
    compose = window.new_letter()
    assert compose is not None
    assert _unnamed_controls(compose) == []
    compose.close()
    _click_letter(qtbot, demo_app, "Акт выполненных работ")
    window.activateWindow()
    qtbot.waitUntil(window.message_view.hasFocus, timeout=PATIENCE)
    qtbot.keyClick(window.message_view, Qt.Key.Key_Tab)  # it moved from cell to cell before
    qtbot.waitUntil(window.reading.body.hasFocus, timeout=PATIENCE)
    qtbot.keyClick(window.reading.body, Qt.Key.Key_Tab)
    qtbot.waitUntil(window.reading.attachments.hasFocus, timeout=PATIENCE)


def test_address_book_shows_signers_and_writes_a_letter(qtbot, demo_app: Application) -> None:
    """Tools ▸ Address book…: correspondents with the IIN, BIN and company their signatures carried;
    typing a BIN finds the people of that company; Write letter opens a letter to the one chosen."""
    from qazmail_desktop.ui.addressbook import AddressBookDialog

    window = demo_app.window
    _synced(qtbot, demo_app)
    _click_letter(qtbot, demo_app, "Акт выполненных работ")
    qtbot.waitUntil(lambda: "850315400037" in window.reading.signatures.text(), timeout=PATIENCE)
    _menu_item(window, "&Tools", "Address book…").trigger()
    book = next(d for d in window.findChildren(AddressBookDialog) if d.isVisible())
    table = book.table
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=PATIENCE)  # read off the UI thread
    assert not book.status.isVisible()

    def cell(r: int, c: int) -> str:
        item = table.item(r, c)
        assert item is not None
        return item.text()

    def visible_rows() -> list[list[str]]:
        shown = [r for r in range(table.rowCount()) if not table.isRowHidden(r)]
        return [[cell(r, c) for c in range(table.columnCount())] for r in shown]

    dana = next(row for row in visible_rows() if row[1] == "dana@dala.kz")
    assert dana[2] == 'АО "Дала Логистика"' and dana[3] == "850315400037" and dana[4] == "990240000021"
    assert dana[7] == "1"
    qtbot.keyClicks(book.search, "990240000021")  # the company's BIN: everyone who signed for it
    assert {row[1] for row in visible_rows()} == {"dana@dala.kz", "erlan@dala.kz"}
    table.selectRow(
        next(r for r in range(table.rowCount()) if not table.isRowHidden(r) and cell(r, 1) == "erlan@dala.kz")
    )
    qtbot.mouseClick(book.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.compose_windows), timeout=PATIENCE)
    compose = next(w for w in window.compose_windows if w.isVisible())
    assert compose.to.text() == "erlan@dala.kz"
    compose.close()
    erlan = next(row for row in visible_rows() if row[1] == "erlan@dala.kz")
    assert erlan[0].endswith("signed a letter from erlan@dala.kz, but the signature is not valid")  # revoked


def test_the_address_book_never_takes_a_forwarded_acts_signer_for_the_sender(qtbot, demo_app: Application) -> None:
    """Issue 29: after Anna forwarded Dana's signed act, the address book listed 'АХМЕТОВА ДАНА ·
    anna@altyn.kz · IIN 850315400037'. A letter from Anna, signed by Anna, carrying Dana's act:
    Anna's row is Anna's identity; Dana is listed as the signer of a document Anna sent."""
    from qazmail_desktop.crypto import keys
    from qazmail_desktop.signing import smime
    from qazmail_desktop.sync.compose import Draft, build_message
    from qazmail_desktop.ui.addressbook import AddressBookDialog
    from tests.accounts import make_account

    window = demo_app.window
    _synced(qtbot, demo_app)
    _click_letter(qtbot, demo_app, "Акт выполненных работ")
    qtbot.waitUntil(lambda: window.reading.attachments.count() == 1, timeout=PATIENCE)
    assert window.reading.view is not None and demo_app.demo is not None
    act = window.reading.view.attachments[0]
    data_dir = demo_app.demo.server.data_dir
    forwarded = data_dir / act.name
    forwarded.write_bytes(act.data)
    anna = make_account("anna", "anna@altyn.kz", username="anna", host="h")
    draft = Draft(to=["bolat@altyn.kz"], subject="Fwd: Акт № 45", body="Пересылаю акт.", attachments=[forwarded])
    key = keys.load_signing_key(data_dir / "keys" / "anna_sign.p12", DEMO_PASSWORD)
    demo_app.demo.server.store.deliver("anna@altyn.kz", smime.sign_letter(build_message(anna, draft), key))
    before = window.messages.rowCount()
    window.sync()
    qtbot.waitUntil(lambda: not window.syncing and window.messages.rowCount() == before + 1, timeout=PATIENCE)
    _click_letter(qtbot, demo_app, "Fwd: Акт № 45")
    qtbot.waitUntil(lambda: "ЖАНСАЕВА" in window.reading.signatures.text().upper(), timeout=PATIENCE)

    _menu_item(window, "&Tools", "Address book…").trigger()
    book = next(d for d in window.findChildren(AddressBookDialog) if d.isVisible())
    qtbot.waitUntil(lambda: book.table.rowCount() > 0, timeout=PATIENCE)
    rows = [
        [book.table.item(r, c).text() for c in range(book.table.columnCount())]  # type: ignore[union-attr]
        for r in range(book.table.rowCount())
    ]
    annas = [row for row in rows if row[1] == "anna@altyn.kz"]
    assert ["ЖАНСАЕВА АННА", "900101400013"] in [[row[0], row[3]] for row in annas]  # her own signature
    danas_act = next(row for row in annas if row[3] == "850315400037")
    assert danas_act[0] == "АХМЕТОВА ДАНА — signed a document that anna@altyn.kz sent"
    book.close()


def test_attachments_preview_as_text_and_image(qtbot, demo_app: Application) -> None:
    """Preview (the button, or Space on the list) shows a text attachment's words, an image scaled
    to fit and a PDF's first page; a PDF that cannot be read and other kinds say they have none."""
    from email.message import EmailMessage

    from qazmail_desktop.ui.preview import AttachmentPreview

    window, reading = demo_app.window, demo_app.window.reading
    _synced(qtbot, demo_app)
    assert demo_app.demo is not None
    picture = EmailMessage()
    picture["From"], picture["To"], picture["Subject"] = "bolat@altyn.kz", "anna@altyn.kz", "Scan of the stamp"
    picture.set_content("the scan is attached")
    picture.add_attachment(_png("#0000ff"), maintype="image", subtype="png", filename="stamp.png")
    picture.add_attachment(
        "Акт № 51: 70 000 KZT".encode("cp1251"), maintype="text", subtype="plain", filename="act.txt"
    )
    picture.add_attachment(b"PK\x03\x04", maintype="application", subtype="zip", filename="archive.zip")
    picture.add_attachment(_pdf_with_blue_square(pages=2), maintype="application", subtype="pdf", filename="act.pdf")
    picture.add_attachment(b"%PDF-1.7 torn off", maintype="application", subtype="pdf", filename="torn.pdf")
    before = window.messages.rowCount()
    demo_app.demo.server.store.deliver("anna@altyn.kz", picture.as_bytes())
    window.sync()
    qtbot.waitUntil(lambda: not window.syncing and window.messages.rowCount() == before + 1, timeout=PATIENCE)
    _click_letter(qtbot, demo_app, "Scan of the stamp")
    qtbot.waitUntil(lambda: reading.attachments.count() == 5, timeout=PATIENCE)

    def shown() -> AttachmentPreview:
        qtbot.waitUntil(lambda: any(d.isVisible() for d in reading.findChildren(AttachmentPreview)), timeout=PATIENCE)
        dialog = next(d for d in reading.findChildren(AttachmentPreview) if d.isVisible())
        return dialog

    reading.attachments.setCurrentRow(0)
    qtbot.mouseClick(reading.preview_button, Qt.MouseButton.LeftButton)
    dialog = shown()
    image = dialog.document
    assert image is not None and image.image is not None and image.image.pixmap().width() == 40
    dialog.close()
    # sizes as the list's Size column gives them ("4 KB" was English, and rounded down, in every language)
    assert reading.attachments.item(1).text() == "act.txt  (20 bytes)"
    reading.attachments.setCurrentRow(1)
    reading.attachments.setFocus()
    qtbot.keyClick(reading.attachments, Qt.Key.Key_Space)
    dialog = shown()
    text = dialog.document
    assert text is not None and text.text is not None
    assert text.text.toPlainText() == "Акт № 51: 70 000 KZT"  # cp1251 read right
    dialog.close()
    reading.attachments.setCurrentRow(2)
    qtbot.mouseClick(reading.preview_button, Qt.MouseButton.LeftButton)
    dialog = shown()
    other = dialog.document
    assert other is not None and other.image is None and other.text is None
    dialog.close()
    reading.attachments.setCurrentRow(3)
    qtbot.mouseClick(reading.preview_button, Qt.MouseButton.LeftButton)
    dialog = shown()
    pdf = dialog.document
    assert pdf is not None
    qtbot.waitUntil(lambda: pdf.image is not None, timeout=PATIENCE)  # drawn off the UI thread
    assert pdf.note.text() == "Page 1 of 2"
    assert pdf.image is not None and _pixels(pdf.image, "#0000ff") > 1000
    dialog.close()
    reading.attachments.setCurrentRow(4)
    qtbot.mouseClick(reading.preview_button, Qt.MouseButton.LeftButton)
    dialog = shown()
    torn = dialog.document
    assert torn is not None
    qtbot.waitUntil(lambda: torn.note.text().startswith("No preview"), timeout=PATIENCE)
    assert torn.note.text() == "No preview: the file is not a readable PDF." and torn.image is None
    dialog.close()


def test_a_signed_xml_attachment_previews_what_its_signature_covers(qtbot, demo_app: Application) -> None:
    """Issue 30: Space on an e-government answer attached to a letter shows what its XML signature
    covers (a comment added after signing is not part of it and is not shown); the letter's panel
    has the attachment's signature card."""
    from email.message import EmailMessage

    window, reading = demo_app.window, demo_app.window.reading
    _synced(qtbot, demo_app)
    assert demo_app.demo is not None
    answer = (Path(__file__).parent / "xml" / "kalkan_gost2015.xml").read_bytes()
    answer = answer.replace(b"<message>", b"<!-- pay to KZ00 --><message>")
    letter = EmailMessage()
    letter["From"], letter["To"], letter["Subject"] = "egov@gov.kz", "anna@altyn.kz", "Ответ госоргана"
    letter.set_content("Ответ во вложении.")
    letter.add_attachment(answer, maintype="application", subtype="xml", filename="answer.xml")
    demo_app.demo.server.store.deliver("anna@altyn.kz", letter.as_bytes())
    window.sync()
    qtbot.waitUntil(lambda: any("Ответ госоргана" in r.subject for r in window.messages.rows), timeout=PATIENCE)
    _click_letter(qtbot, demo_app, "Ответ госоргана")
    qtbot.waitUntil(lambda: reading.attachments.count() == 1, timeout=PATIENCE)
    qtbot.waitUntil(lambda: "answer.xml" in reading.signatures.text(), timeout=PATIENCE)
    assert "ТЕСТОВ ТЕСТ" in reading.signatures.text()
    preview = _preview_by_space(qtbot, reading, 0)
    assert preview.heading.text() == "What the XML signature covers: the whole document"
    assert preview.document is not None and preview.document.text is not None
    shown = preview.document.text.toPlainText()
    assert "<message>QCxn00hfuH9zCv58</message>" in shown and "pay to" not in shown and "Signature" not in shown
    preview.close()


def _pdf_with_blue_square(pages: int) -> bytes:
    """A real PDF, written by Qt's PDF writer: a blue square on the first of ``pages`` pages."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    painter.fillRect(0, 0, writer.width() // 2, writer.width() // 2, QColor("#0000ff"))
    for _ in range(pages - 1):
        writer.newPage()
    painter.end()
    buffer.close()
    return bytes(data.data())


def test_message_rules_by_signer_apply_now_and_as_letters_arrive(qtbot, demo_app: Application) -> None:
    """Tools ▸ Message rules…: 'letters signed by BIN 990240000021's head go to Junk' and 'flag any
    letter whose signature is bad', made in the real dialog; Apply now moves and flags what is in
    the inbox — the head's valid letter only: the letter tampered in transit in her name stays
    (issue 29: a rule on a signer took bad signatures too); a new letter from that head is moved
    as it arrives (sync). A third rule, with 'Also when the signer's signature is not valid'
    ticked, takes the tampered one."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QMenu

    from qazmail_desktop.operations.rules import RuleBook
    from qazmail_desktop.ui.rules import RulesDialog

    window = demo_app.window
    _synced(qtbot, demo_app)
    head_letter = demo_app.cache.messages.raw(next(r for r in window.messages.rows if "Акт выполненных" in r.subject))
    tools = next(a for a in window.menuBar().actions() if a.text() == "&Tools").menu()
    assert isinstance(tools, QMenu)
    next(a for a in tools.actions() if a.text() == "Message rules…").trigger()
    dialog = next(d for d in window.findChildren(RulesDialog) if d.isVisible())
    qtbot.keyClicks(dialog.name, "Dala head")
    qtbot.keyClicks(dialog.bin, "990240000021")
    dialog.role.setCurrentIndex(dialog.role.findData("head"))
    dialog.move_to.setCurrentIndex(dialog.move_to.findData("Junk"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name, "Bad signatures")
    dialog.verdict.setCurrentIndex(dialog.verdict.findData("bad"))
    dialog.flag.setChecked(True)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 2
    assert [r.name for r in RuleBook.load(demo_app.profile).rules] == ["Dala head", "Bad signatures"]
    when = dialog.table.item(0, 1)
    assert when is not None and "valid signatures only" in when.text()

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.report.text()), timeout=PATIENCE)
    report = dialog.report.text()
    assert "Dala head: Акт выполненных работ" in report and "moved to Junk" in report
    assert "Bad signatures: Доверенность" in report and "flagged" in report
    subjects = [row.subject for row in window.messages.rows]
    assert not any("Акт выполненных работ" in s for s in subjects)  # Дана is the head
    assert any("Реквизиты" in s for s in subjects)  # tampered after Дана signed: not hers to file
    assert "Dala head: Реквизиты" not in report
    erlan = next(row for row in window.messages.rows if "Доверенность" in row.subject)
    assert erlan.flagged  # revoked: bad

    _sync_until(qtbot, window, lambda: _folder_total(demo_app, "anna", "Junk") == 1)
    assert demo_app.demo is not None
    assert head_letter is not None
    demo_app.demo.server.store.deliver("anna@altyn.kz", head_letter.replace(b"Subject: ", b"Subject: Again: ", 1))
    _sync_until(qtbot, window, lambda: _folder_total(demo_app, "anna", "Junk") == 2)  # moved as it arrived
    assert not any("Again" in row.subject for row in window.messages.rows)

    qtbot.keyClicks(dialog.name, "Dala, any signature")
    qtbot.keyClicks(dialog.bin, "990240000021")
    dialog.move_to.setCurrentIndex(dialog.move_to.findData("Junk"))
    box = dialog.any_signature  # its box, at the left: the row is wider than its words
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert RuleBook.load(demo_app.profile).rules[-1].any_signature
    when = dialog.table.item(2, 1)
    assert when is not None and "valid signatures only" not in when.text()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Dala, any signature: Реквизиты" in dialog.report.text(), timeout=PATIENCE)
    assert not any("Реквизиты" in row.subject for row in window.messages.rows)


def test_toolbar_actions_have_shipped_icons(qtbot, demo_app: Application) -> None:
    from PySide6.QtWidgets import QToolBar

    bar = demo_app.window.findChild(QToolBar, "mainToolbar")
    assert bar is not None
    actions = [a for a in bar.actions() if a.text()]
    assert len(actions) >= 7
    for action in actions:
        assert not action.icon().pixmap(24, 24).isNull(), action.text()


@contextmanager
def _app_in_theme(qapp: QApplication, tmp_path: Path, theme: str) -> Iterator[Application]:
    """A demo app whose settings say ``theme``; the test process's palette and style come back after."""
    from PySide6.QtWidgets import QStyleFactory

    from qazmail_desktop.settings import Settings

    original_palette, original_style = qapp.palette(), qapp.style().name()
    profile = Profile.resolve(str(tmp_path / "p")).ensure()
    Settings(theme=theme).save(profile.settings_file)
    app = Application(profile, demo=True, qt_app=qapp)
    try:
        yield app
    finally:
        app.window.close()
        app.close()
        qapp.setPalette(original_palette)
        style = QStyleFactory.create(original_style)
        if style is not None:
            qapp.setStyle(style)


def test_dark_theme_keeps_verdicts_readable(qtbot, qapp: QApplication, tmp_path: Path) -> None:
    """Settings ▸ Theme: Dark gives a dark palette, and the verdict colours switch to their light
    variants: a green card's title keeps a contrast of 4.5:1 on the dark window."""
    import re

    with _app_in_theme(qapp, tmp_path, "dark") as app:
        app.window.show()
        assert qapp.palette().base().color().lightness() < 64
        _synced(qtbot, app)
        _click_letter(qtbot, app, "Акт выполненных работ")
        qtbot.waitUntil(lambda: len(app.window.reading.signatures.cards) == 2, timeout=PATIENCE)
        title = app.window.reading.signatures.cards[0].title
        found = re.search(r"color: (#[0-9a-fA-F]{6})", title.styleSheet())
        assert found is not None
        assert _contrast(QColor(found.group(1)), qapp.palette().window().color()) >= 4.5


def test_switching_to_the_dark_theme_recolours_the_open_cards(qtbot, qapp: QApplication, tmp_path: Path) -> None:
    """Issue 29: after Settings ▸ Theme: Dark the open letter's cards stayed black on dark grey
    (light colours and text) until a restart. Chosen in the real dialog, they follow at once."""
    import re

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QDialogButtonBox

    from qazmail_desktop.settings import Settings
    from qazmail_desktop.ui.dialogs import SettingsDialog

    with _app_in_theme(qapp, tmp_path, "light") as app:
        app.window.show()
        _synced(qtbot, app)
        _click_letter(qtbot, app, "Акт выполненных работ")
        qtbot.waitUntil(lambda: len(app.window.reading.signatures.cards) == 2, timeout=PATIENCE)
        card = app.window.reading.signatures.cards[0]
        light_title = card.title.styleSheet()

        def choose_dark() -> None:
            dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible())
            dialog.theme.setFocus()
            qtbot.keyClick(dialog.theme, Qt.Key.Key_End)  # Dark, the last choice
            box = dialog.findChild(QDialogButtonBox)
            assert box is not None
            ok = box.button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

        QTimer.singleShot(300, choose_dark)
        _menu_item(app.window, "&Tools", "Settings…").trigger()
        assert Settings.load(app.profile.settings_file).theme == "dark"
        window_color = qapp.palette().window().color()
        assert window_color.lightness() < 64
        found = re.search(r"color: (#[0-9a-fA-F]{6})", card.title.styleSheet())
        assert found is not None and card.title.styleSheet() != light_title
        assert _contrast(QColor(found.group(1)), window_color) >= 4.5
        summary = card.summary.palette()
        assert summary.color(QPalette.ColorRole.WindowText).lightness() > 192  # light words, dark ground
        assert card.palette().color(QPalette.ColorRole.Window).lightness() < 64
        online = re.search(r"color: (#[0-9a-fA-F]{6})", app.window.online_label.styleSheet())
        assert online is not None and _contrast(QColor(online.group(1)), window_color) >= 4.5


def test_drafts_of_closed_windows_are_listed_and_reopen(qtbot, demo_app: Application) -> None:
    """A letter whose window was closed is kept on disk; File ▸ Drafts… lists it, Open brings it
    back as it was, Delete removes it."""
    from PySide6.QtWidgets import QMenu

    from qazmail_desktop.ui.draftlist import DraftListDialog

    window = demo_app.window
    compose = window.new_letter()
    assert compose is not None
    qtbot.keyClicks(compose.to, "bolat@altyn.kz")
    qtbot.keyClicks(compose.subject, "Half-written act")
    compose.close()
    menu = next(a for a in window.menuBar().actions() if a.text() == "&File").menu()
    assert isinstance(menu, QMenu)
    next(a for a in menu.actions() if a.text() == "Drafts…").trigger()
    dialog = next(d for d in window.findChildren(DraftListDialog) if d.isVisible())
    item = dialog.table.item(0, 0)
    assert dialog.table.rowCount() == 1 and item is not None and item.text() == "Half-written act"
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.compose_windows), timeout=PATIENCE)
    reopened = next(w for w in window.compose_windows if w.isVisible())
    assert reopened.subject.text() == "Half-written act" and reopened.to.text() == "bolat@altyn.kz"
    reopened.close()
    next(a for a in menu.actions() if a.text() == "Drafts…").trigger()
    dialog = next(d for d in window.findChildren(DraftListDialog) if d.isVisible())
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.empty.isVisible() and window.drafts.load_all() == []


def _menu_item(window, menu: str, item: str):
    """The action ``item`` of the window's menu ``menu`` (as the menu bar shows them, with '&')."""
    from PySide6.QtWidgets import QMenu

    found = next(a for a in window.menuBar().actions() if a.text() == menu).menu()
    assert isinstance(found, QMenu)
    return next(a for a in found.actions() if a.text() == item)


def test_letters_grouped_by_conversation_and_a_reply_stays_in_it(qtbot, demo_app: Application) -> None:
    """View ▸ Group by conversation: a conversation's letters stand together under its first
    letter, answers indented; off again, the list is by date. A reply carries the conversation on."""
    from PySide6.QtCore import Qt

    from tests.test_threads import LETTERS

    window = demo_app.window
    _synced(qtbot, demo_app)
    assert demo_app.demo is not None
    before = window.messages.rowCount()
    for raw in LETTERS:
        demo_app.demo.server.store.deliver("anna@altyn.kz", raw)
    _sync_until(qtbot, window, lambda: window.messages.rowCount() == before + len(LETTERS))

    def subjects() -> list[str]:
        shown = [window.messages.index(r, 3).data() for r in range(window.messages.rowCount())]
        return [s for s in shown if s.strip(" ↳") in {"Договор", "Re: Договор", "Re: Re: Договор", "Акт", "Re: Акт"}]

    assert subjects()[:2] == ["Re: Re: Договор", "Re: Акт"]  # by date, newest first
    grouping = _menu_item(window, "&View", "Group by conversation")
    grouping.trigger()
    assert grouping.isChecked()
    assert subjects() == ["Договор", "    ↳ Re: Договор", "    ↳ Re: Re: Договор", "Акт", "    ↳ Re: Акт"]
    _click_letter(qtbot, demo_app, "Re: Re: Договор")
    qtbot.waitUntil(lambda: window.reading.subject.text() == "Re: Re: Договор", timeout=PATIENCE)
    before_compose = len(window.compose_windows)
    qtbot.keyClick(window.message_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.compose_windows) == before_compose + 1, timeout=PATIENCE)
    reply = window.compose_windows[-1]
    assert reply.draft.references.split() == ["<contract@dala.kz>", "<c2@altyn.kz>"]
    assert reply.draft.in_reply_to == "<c3@dala.kz>"
    reply.autosave.stop()
    reply.close()
    assert demo_app.window.layout_memory.grouped_by_conversation  # remembered for the next start
    grouping.trigger()
    assert not grouping.isChecked()
    assert subjects()[:2] == ["Re: Re: Договор", "Re: Акт"]


def test_drafts_are_kept_in_the_drafts_folder_and_written_on_from_there(
    qtbot, demo_app: Application, tmp_path: Path
) -> None:
    """Ctrl+S puts the letter into the account's Drafts folder; closing after a change replaces that
    version; Enter on it in Drafts (on another computer: nothing of it on disk) opens it again,
    attachment included; once sent, it leaves Drafts."""
    from PySide6.QtCore import Qt

    window = demo_app.window
    _synced(qtbot, demo_app)
    store, server_drafts = _server_mailbox(demo_app, "anna@altyn.kz", "Drafts")

    def on_server() -> list[bytes]:
        return [store.read(m.blob) for m in store.messages(server_drafts.id)]

    attachment = tmp_path / "act_52.txt"
    attachment.write_bytes("Акт № 52".encode())
    compose = _new_letter_by_keyboard(qtbot, window)
    qtbot.keyClicks(compose.to, "bolat@altyn.kz")
    qtbot.keyClicks(compose.subject, "Act 52, first words")
    qtbot.keyClicks(compose.body, "Dear Bolat,")
    _answer_file_dialog(qtbot, attachment)
    qtbot.mouseClick(
        next(b for b in compose.findChildren(QPushButton) if b.text() == "Attach…"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: compose.attachment_list.count() == 1, timeout=PATIENCE)
    compose.activateWindow()  # back from the file dialog
    qtbot.waitUntil(compose.isActiveWindow, timeout=PATIENCE)
    qtbot.keyClick(compose.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(on_server()) == 1, timeout=PATIENCE)
    assert b"Act 52, first words" in on_server()[0]
    qtbot.keyClicks(compose.subject, " and more")
    compose.close()
    qtbot.waitUntil(
        lambda: len(on_server()) == 1 and b"Act 52, first words and more" in on_server()[0], timeout=PATIENCE
    )
    drafts = window.cache.folders.special("anna", "\\Drafts")
    assert drafts is not None
    window.folder_view.setCurrentIndex(window.folders.find_folder(drafts.id))
    _sync_until(qtbot, window, lambda: [r.subject for r in window.messages.rows] == ["Act 52, first words and more"])
    # whom a draft is for, not who wrote it (always the user)
    assert window.messages.headerData(2, Qt.Orientation.Horizontal) == "To"
    assert window.messages.index(0, 2).data() == "bolat@altyn.kz"
    for path in (demo_app.profile.root / "drafts").glob("*.json"):  # as on another computer
        path.unlink()
    before = len(window.compose_windows)
    window.message_view.setFocus()
    window.message_view.selectRow(0)
    qtbot.keyClick(window.message_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.compose_windows) == before + 1, timeout=PATIENCE)
    again = window.compose_windows[-1]
    assert (again.to.text(), again.subject.text()) == ("bolat@altyn.kz", "Act 52, first words and more")
    assert again.body.toPlainText().strip() == "Dear Bolat,"
    assert [Path(p).read_bytes() for p in again.attachment_paths()] == [attachment.read_bytes()]
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow, timeout=PATIENCE)
    qtbot.keyClick(again.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=PATIENCE)
    qtbot.waitUntil(lambda: on_server() == [], timeout=PATIENCE)
    _sync_until(qtbot, window, lambda: window.messages.rowCount() == 0)
    inbox = store.mailbox("bolat@altyn.kz", "INBOX")
    assert inbox is not None
    assert b"Act 52, first words and more" in store.read(store.messages(inbox.id)[-1].blob)


def test_a_letters_signed_act_saved_as_a_document_card_and_opened_again(
    qtbot, demo_app: Application, tmp_path: Path
) -> None:
    """Message ▸ Save as document card…: the dialog offers the letter and its signed act; the act
    chosen with the keyboard, the file dialog answered, Save clicked: the card is written and
    checks out. File ▸ Open signed file… on the card shows both its parts' verdicts in the panel."""
    from PySide6.QtWidgets import QComboBox

    from qazmail_desktop.operations.cards import check_card
    from qazmail_desktop.signing.policy import build_policy
    from qazmail_desktop.ui.cards import DocumentCardDialog
    from qazmail_desktop.ui.fileview import SignedFileWindow

    window = demo_app.window
    _synced(qtbot, demo_app)
    _click_letter(qtbot, demo_app, "Акт выполненных работ № 45")
    _menu_item(window, "&Message", "Save as document card…").trigger()

    def dialog() -> DocumentCardDialog | None:
        found = [w for w in window.findChildren(DocumentCardDialog) if w.isVisible()]
        return found[-1] if found else None

    qtbot.waitUntil(lambda: dialog() is not None, timeout=PATIENCE)
    card_dialog = dialog()
    assert card_dialog is not None
    combo = card_dialog.findChild(QComboBox)
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == ["The letter itself", "act_45.txt"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "act_45.txt"
    qtbot.mouseClick(card_dialog.qr_codes, Qt.MouseButton.LeftButton)  # no QR codes on this one
    target = tmp_path / "act_45.card.pdf"
    _answer_file_dialog(qtbot, target)
    qtbot.mouseClick(card_dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: target.is_file() and "Document card saved" in window.statusBar().currentMessage(), timeout=PATIENCE
    )
    check = check_card(target.read_bytes(), build_policy(demo_app.profile))
    assert check.trustworthy and check.document_name == "act_45.txt"
    assert check.document.decode().startswith("АКТ выполненных работ № 45")

    _answer_file_dialog(qtbot, target)
    _menu_item(window, "&File", "Open signed file…").trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(SignedFileWindow)), timeout=PATIENCE)
    viewer = next(w for w in window.findChildren(SignedFileWindow) if w.isVisible())
    qtbot.waitUntil(lambda: "Signature valid" in viewer.signatures.text(), timeout=PATIENCE)
    assert "act_45.txt (1.cms)" in viewer.signatures.text() and "АХМЕТОВА" in viewer.signatures.text().upper()
    assert "do not trust" not in viewer.signatures.text()
    assert viewer.state.text() == (
        "Document card: every signature is valid over the original and proves itself, and the pages show them."
    )


def test_a_register_of_the_chosen_signed_letters(qtbot, demo_app: Application, tmp_path: Path) -> None:
    """Message ▸ Save signature register…: the letter clicked in the list, the file dialog answered
    with a .csv name: one row per signature of that letter, with the verdict the panel shows."""
    window = demo_app.window
    _synced(qtbot, demo_app)
    _click_letter(qtbot, demo_app, "Акт выполненных работ № 45")
    target = tmp_path / "register.csv"
    _answer_file_dialog(qtbot, target)
    _menu_item(window, "&Message", "Save signature register…").trigger()
    qtbot.waitUntil(lambda: "Register saved" in window.statusBar().currentMessage(), timeout=PATIENCE)
    lines = target.read_bytes().decode("utf-8-sig").splitlines()
    assert len(lines) == 3 and lines[0].startswith("Source / Источник;")
    assert all(
        line.startswith("Акт выполненных работ № 45") and ";Signature valid / Подпись действительна;" in line
        for line in lines[1:]
    )

    # a name that is neither .pdf nor .csv is refused before any letter is checked, in the window's words
    window.statusBar().clearMessage()
    _answer_file_dialog(qtbot, tmp_path / "register.txt")
    said = _read_the_next_message_box()
    _menu_item(window, "&Message", "Save signature register…").trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=PATIENCE)
    assert said == ["A register is saved as .pdf, .xlsx or .csv: give the file one of these endings."]
    assert not (tmp_path / "register.txt").exists() and "Checking" not in window.statusBar().currentMessage()


def test_a_letter_signed_while_the_tsa_is_away_waits_and_can_be_released(qtbot, demo_app: Application) -> None:
    """The TSA does not answer: Ctrl+Return still signs, the status bar says the letter waits for its
    time-stamp, and it does not leave at a sync. Message ▸ Outbox… lists it as waiting; the
    'Send without time-stamp' button releases it and the next sync delivers it."""
    from qazmail_desktop.operations.outbox import outbox
    from qazmail_desktop.ui.outbox import OutboxDialog

    window = demo_app.window
    _synced(qtbot, demo_app)
    store, inbox = _server_mailbox(demo_app, "bolat@altyn.kz", "INBOX")
    before = len(store.messages(inbox.id))
    window.tsa_url = "http://127.0.0.1:9/tsp"  # the configured TSA is away (discard port: nothing listens)
    compose = _new_letter_by_keyboard(qtbot, window)
    qtbot.keyClicks(compose.to, "bolat@altyn.kz")
    qtbot.keyClicks(compose.subject, "Waits for its time-stamp")
    qtbot.keyClicks(compose.body, "Signed while the TSA was away.")
    qtbot.mouseClick(compose.sign, Qt.MouseButton.LeftButton)
    prompts: list[str] = []
    _type_key_password_when_asked(qtbot, prompts)
    qtbot.keyClick(compose.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not compose.isVisible(), timeout=PATIENCE)
    assert "waits in the outbox for its time-stamp" in window.statusBar().currentMessage()
    _sync_until(qtbot, window, lambda: True)
    assert len(store.messages(inbox.id)) == before  # nothing leaves without its proof

    _menu_item(window, "&Message", "Outbox…").trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(OutboxDialog)), timeout=PATIENCE)
    dialog = next(w for w in window.findChildren(OutboxDialog) if w.isVisible())
    cells = [[dialog.table.item(r, c) for c in range(5)] for r in range(dialog.table.rowCount())]
    texts = [[cell.text() if cell is not None else "" for cell in row] for row in cells]
    row = next(r for r, values in enumerate(texts) if values[2] == "Waits for its time-stamp")
    assert texts[row][3] == "signed offline: waits for its time-stamp"
    dialog.table.selectRow(row)
    said = _read_the_next_message_box(QMessageBox.StandardButton.No)  # read what is lost, then think again
    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=PATIENCE)
    assert "nothing proves when this letter was signed" in said[0]
    assert dialog.table.rowCount() == 1 and outbox(demo_app.cache)[0].awaiting_proof  # still waits
    said = _read_the_next_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=PATIENCE)
    _sync_until(qtbot, window, lambda: len(store.messages(inbox.id)) > before)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=PATIENCE)  # the open outbox follows the sync
    raw = store.read(store.messages(inbox.id)[-1].blob)
    assert b"multipart/signed" in raw and _unsigned_attributes(raw) == []  # released: no time-stamp


def test_a_signed_file_opened_from_the_file_menu_saved_as_a_document_card(
    qtbot, demo_app: Application, tmp_path: Path
) -> None:
    """File ▸ Open signed file… on a detached signature made online (time-stamp and OCSP inside), its
    document beside it: once checked, 'Save as document card…' opens the card dialog; Save writes a
    card that checks out, carrying that document."""
    from qazmail_desktop.crypto import keys
    from qazmail_desktop.crypto.content import Content
    from qazmail_desktop.crypto.trust import TrustStore
    from qazmail_desktop.operations.cards import check_card
    from qazmail_desktop.operations.documents import sign_document
    from qazmail_desktop.signing.policy import build_policy
    from qazmail_desktop.ui.cards import DocumentCardDialog
    from qazmail_desktop.ui.fileview import SignedFileWindow

    assert demo_app.demo is not None
    server = demo_app.demo.server
    trust = TrustStore()
    trust.add_folder(server.data_dir / "pki")
    key = keys.load_signing_key(server.data_dir / "keys" / "anna_sign.p12", DEMO_PASSWORD)
    document = tmp_path / "act_47.txt"
    document.write_text("Акт № 47: 470 000 KZT", encoding="utf-8")
    signed = sign_document(Content.of_file(document), key, True, f"{server.base_url}/tsp", trust)
    (tmp_path / "act_47.txt.sig").write_bytes(signed.data)
    window = demo_app.window
    _answer_file_dialog(qtbot, tmp_path / "act_47.txt.sig")
    _menu_item(window, "&File", "Open signed file…").trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(SignedFileWindow)), timeout=PATIENCE)
    viewer = next(w for w in window.findChildren(SignedFileWindow) if w.isVisible())
    qtbot.waitUntil(viewer.make_card.isVisible, timeout=PATIENCE)
    qtbot.mouseClick(viewer.make_card, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in viewer.findChildren(DocumentCardDialog)), timeout=PATIENCE)
    dialog = next(w for w in viewer.findChildren(DocumentCardDialog) if w.isVisible())
    target = tmp_path / "act_47.card.pdf"
    _answer_file_dialog(qtbot, target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.is_file() and "Document card saved" in viewer.state.text(), timeout=PATIENCE)
    check = check_card(target.read_bytes(), build_policy(demo_app.profile))
    assert check.trustworthy and check.document_name == "act_47.txt" and check.document == document.read_bytes()


def test_the_outbox_says_when_a_letter_the_server_turned_away_goes_again(qtbot, demo_app: Application) -> None:
    """Issue 29: 'the reason a letter waits'. The SMTP server answers 451 to a letter sent from the
    window: the outbox lists it as asked for later, not before a time, with the server's words;
    Send again clears the wait."""
    import dataclasses

    from qazmail_desktop.ui.outbox import OutboxDialog
    from tests.test_send import _MisbehavingSmtp

    window = demo_app.window
    _synced(qtbot, demo_app)
    busy = _MisbehavingSmtp(after_data=b"451 4.3.0 mailbox busy, try later\r\n")
    try:
        account = demo_app.cache.accounts.get("anna")
        assert account is not None
        demo_app.cache.accounts.update(dataclasses.replace(account, smtp_port=busy.port))
        compose = window.new_letter()
        assert compose is not None
        qtbot.keyClicks(compose.to, "bolat@altyn.kz")
        qtbot.keyClicks(compose.subject, "Busy server")
        qtbot.keyClicks(compose.body, "Later, please.")
        if compose.sign.isChecked():
            qtbot.mouseClick(compose.sign, Qt.MouseButton.LeftButton, pos=compose.sign.rect().center())
        qtbot.mouseClick(compose.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not compose.isVisible(), timeout=PATIENCE)
        _menu_item(window, "&Message", "Outbox…").trigger()
        qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(OutboxDialog)), timeout=PATIENCE)
        dialog = next(w for w in window.findChildren(OutboxDialog) if w.isVisible())

        def cell(r: int, c: int) -> str:
            item = dialog.table.item(r, c)
            return item.text() if item is not None else ""

        def busy_row() -> int:
            return next(r for r in range(dialog.table.rowCount()) if cell(r, 2) == "Busy server")

        def row_texts() -> list[str]:
            return [cell(busy_row(), c) for c in range(5)]

        state, last = row_texts()[3:5]
        assert state.startswith("the server asked for it later: not before "), state
        assert "451" in last and "next attempt at" in last
        dialog.table.selectRow(busy_row())
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not row_texts()[3].startswith("the server asked"), timeout=PATIENCE)
        dialog.close()
    finally:
        busy.close()


def test_alt_s_in_russian_keeps_typing_in_the_text_and_esc_asks_before_closing(
    qtbot, qapp: QApplication, tmp_path: Path
) -> None:
    """Issue 29: in Russian and Kazakh the mnemonic became Alt+П / Alt+Қ and Alt+S typed 's'; a
    toggle moved the focus to the box, so a space unticked it. Alt+S now ticks 'Sign' and the text
    goes on in the body. Esc on a changed letter asks: Discard throws the draft away and closes."""
    from qazmail_desktop.settings import Settings
    from qazmail_desktop.ui.drafts import DraftStore

    profile = Profile.resolve(str(tmp_path / "p")).ensure()
    Settings(language="ru").save(profile.settings_file)
    app = Application(profile, demo=True, qt_app=qapp)
    try:
        window = app.window
        window.show()
        _synced(qtbot, app)
        # sizes by the language's plural forms (Qt's own word was "616 байты")
        small = next(r for r, m in enumerate(window.messages.rows) if m.size < 1024)
        size = window.messages.rows[small].size
        word = "байта" if size % 10 in (2, 3, 4) and size % 100 not in (12, 13, 14) else "байт"
        assert window.messages.data(window.messages.index(small, 5)) == f"{size} {word}"
        blocked = "%n remote image(s) or link(s) blocked to protect your privacy."
        assert [" ".join(QApplication.translate("ReadingPane", blocked, None, n).split()[1:4]) for n in (1, 3, 5)] == [
            "1 внешнее изображение",
            "3 внешних изображения",
            "5 внешних изображений",
        ]
        compose = _new_letter_by_keyboard(qtbot, window)
        qtbot.keyClicks(compose.to, "bolat@altyn.kz")
        compose.body.setFocus()
        qtbot.keyClicks(compose.body, "Act 45")  # QTest types Latin-1 only
        ticked = compose.sign.isChecked()
        qtbot.keyClick(compose.body, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        assert compose.sign.isChecked() is not ticked
        qtbot.keyClicks(QApplication.focusWidget(), " signed")
        assert compose.body.toPlainText() == "Act 45 signed" and compose.sign.isChecked() is not ticked
        assert "Alt+S" in compose.sign.text() and "&" not in compose.sign.text()

        draft_id = compose.draft.id
        said = _read_the_next_message_box(QMessageBox.StandardButton.Discard)
        qtbot.keyClick(compose.body, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: bool(said), timeout=PATIENCE)
        assert said == ["Сохранить письмо в черновиках?"]
        qtbot.waitUntil(lambda: not compose.isVisible(), timeout=PATIENCE)
        assert all(d.id != draft_id for d in DraftStore(profile.root / "drafts").load_all())
    finally:
        for translator in app.translators:
            qapp.removeTranslator(translator)
        window.close()
        app.close()


def test_sign_document_signs_a_pdf_inside_it(qtbot, demo_app: Application, tmp_path: Path) -> None:
    """Issue 29 (`sign --pades` in the window too): File ▸ Sign document… on a PDF offers the
    signature inside it (on by default, with a time-stamp), writes dogovor.signed.pdf, and the
    check that opens shows it valid; unticked, a detached .sig is made as for any file."""
    from qazmail_desktop.signing.pdf import pdf_signatures
    from qazmail_desktop.ui.documents import SignDocumentDialog
    from qazmail_desktop.ui.fileview import SignedFileWindow
    from tests.pdfgen import one_page_pdf

    window = demo_app.window
    document = tmp_path / "dogovor.pdf"
    document.write_bytes(one_page_pdf())
    _menu_item(window, "&File", "Sign document…").trigger()
    dialog = next(d for d in window.findChildren(SignDocumentDialog) if d.isVisible())
    dialog.key.setCurrentIndex(next(i for i in range(dialog.key.count()) if "anna" in str(dialog.key.itemData(i))))
    qtbot.keyClicks(dialog.file, str(document))
    assert dialog.inside.isVisible() and dialog.inside.isChecked() and "PDF" in dialog.inside.text()
    assert dialog.timestamp.isEnabled() and not dialog.detached.isEnabled()
    assert dialog.target.text() == f"The signature will be written to {tmp_path / 'dogovor.signed.pdf'}"
    qtbot.mouseClick(dialog.inside, Qt.MouseButton.LeftButton)  # unticked: a signature beside the PDF
    assert dialog.detached.isEnabled() and dialog.target.text().endswith("dogovor.pdf.sig")
    qtbot.mouseClick(dialog.inside, Qt.MouseButton.LeftButton)
    prompts: list[str] = []
    _type_key_password_when_asked(qtbot, prompts)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=PATIENCE)
    signed = tmp_path / "dogovor.signed.pdf"
    assert signed.is_file() and len(pdf_signatures(signed.read_bytes())) == 1
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(SignedFileWindow)), timeout=PATIENCE)
    viewer = next(w for w in window.findChildren(SignedFileWindow) if w.isVisible())
    qtbot.waitUntil(lambda: "Signature valid" in viewer.signatures.text(), timeout=PATIENCE)
    assert "ЖАНСАЕВА" in viewer.signatures.text() and "time-stamped" in viewer.signatures.text()
    viewer.close()


def test_a_pdf_changed_after_its_signature_says_so(qtbot, demo_app: Application, tmp_path: Path) -> None:
    """A genuinely signed PDF with a revision appended afterwards (what a PDF reader shows): File ▸
    Open signed file… says that revision is covered by no signature, in the window's words."""
    from qazmail_desktop.crypto import keys
    from qazmail_desktop.signing.pdf import sign_pdf
    from qazmail_desktop.ui.fileview import SignedFileWindow
    from tests.conftest import NCA, PASSWORD
    from tests.pdfgen import one_page_pdf

    key = keys.load_signing_key(NCA / "keys/legal/valid/head.p12", PASSWORD)
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(sign_pdf(one_page_pdf(), key) + b"\n% a later revision\n%%EOF\n")
    window = demo_app.window
    _answer_file_dialog(qtbot, changed)
    _menu_item(window, "&File", "Open signed file…").trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(SignedFileWindow)), timeout=PATIENCE)
    viewer = next(w for w in window.findChildren(SignedFileWindow) if w.isVisible())
    qtbot.waitUntil(lambda: "ТЕСТОВ ТЕСТ" in viewer.signatures.text(), timeout=PATIENCE)
    assert viewer.signatures.coverage.text() == (
        "Not covered by any signature: what was added to changed.pdf after its last signature"
    )
    viewer.close()


def test_the_toolbar_drops_its_words_before_the_search_box_gets_too_narrow(qtbot, demo_app: Application) -> None:
    """At 1024 px in Kazakh the buttons' words squeezed the search box to 90 px: in a narrow window
    the buttons show their icons alone (words in the tooltips and for screen readers), every one of
    them still on the bar, and the search box keeps a width to read."""
    from PySide6.QtWidgets import QToolButton

    from qazmail_desktop.ui.toolbar import SEARCH_AT_LEAST, FittingToolBar

    window = demo_app.window
    bar = window.findChild(FittingToolBar)
    assert bar is not None
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon, timeout=PATIENCE)
    window.resize(760, 700)
    qtbot.waitUntil(lambda: bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly, timeout=PATIENCE)
    overflow = bar.findChild(QToolButton, "qt_toolbar_ext_button")  # Qt's ">>" for buttons that do not fit
    qtbot.waitUntil(lambda: overflow is None or not overflow.isVisible(), timeout=PATIENCE)
    assert window.search.width() >= SEARCH_AT_LEAST
    reply = next(a for a in bar.actions() if a.text() == "Reply")
    button = bar.widgetForAction(reply)
    assert button is not None and button.isVisible() and button.toolTip().startswith("Reply")
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon, timeout=PATIENCE)
