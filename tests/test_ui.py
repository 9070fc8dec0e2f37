"""The real widgets, offscreen: the demo, a signed letter's panel with IIN and BIN, composing and
sending a signed letter, the key manager, blocked remote content, and a 100,000-letter folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from qazmail_desktop.profile import Profile
from qazmail_desktop.server.pki import DEMO_PASSWORD
from qazmail_desktop.store.cache import Account, Cache, IncomingMessage
from qazmail_desktop.store.mailparse import summarize
from qazmail_desktop.ui.app import Application
from qazmail_desktop.ui.models import MessageListModel
from tests.mailgen import letter


@pytest.fixture
def demo_app(qapp: QApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> Iterator[Application]:
    app = Application(Profile.resolve(str(tmp_path / "profile")), demo=True, qt_app=qapp)
    app.window.show()
    yield app
    app.window.close()
    app.close()
    # the demo server shuts down with clients still connected (IDLE): no errors, no tracebacks
    assert [r.getMessage() for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")] == []


def _synced(qtbot, app: Application) -> None:
    app.window.sync()
    qtbot.waitUntil(lambda: not app.window.syncing and app.window.messages.rowCount() >= 6, timeout=60_000)


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
    qtbot.waitUntil(lambda: panel.isVisible() and "850315400037" in panel.text(), timeout=30_000)
    text = panel.text()
    assert "IIN" in text and "990240000021" in text and "Signature valid" in text
    _select(demo_app, "Реквизиты для оплаты")
    qtbot.waitUntil(lambda: "Document modified after signing" in panel.text(), timeout=30_000)
    _select(demo_app, "Доверенность")
    qtbot.waitUntil(lambda: "Certificate revoked" in panel.text(), timeout=30_000)
    _select(demo_app, "Совещание")
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=10_000)  # unsigned: no panel


def test_remote_content_is_blocked_until_allowed(qtbot, demo_app: Application) -> None:
    _synced(qtbot, demo_app)
    _select(demo_app, "Quarterly reconciliation")
    reading = demo_app.window.reading
    qtbot.waitUntil(reading.remote_bar.isVisible, timeout=10_000)
    assert "tracker.example" not in reading.body.toHtml()
    reading.allow_remote()
    assert not reading.remote_bar.isVisible()


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
    qtbot.waitUntil(lambda: not compose.isVisible(), timeout=30_000)
    assert "Letter sent" in window.statusBar().currentMessage()
    dana_inbox = demo_app.demo.server.store.mailbox("dana@dala.kz", "INBOX") if demo_app.demo else None
    assert dana_inbox is not None
    delivered = demo_app.demo.server.store.messages(dana_inbox.id)  # type: ignore[union-attr]
    raw = demo_app.demo.server.store.read(delivered[-1].blob)  # type: ignore[union-attr]
    assert b"multipart/signed" in raw and b"application/pkcs7-signature" in raw


def test_key_manager_lists_demo_keys(qtbot, demo_app: Application) -> None:
    dialog = demo_app.window.open_key_manager()
    qtbot.addWidget(dialog)
    names = [item.text() for r in range(dialog.table.rowCount()) if (item := dialog.table.item(r, 0)) is not None]
    assert len(names) == 3 and any("ЖАНСАЕВА" in n for n in names)


def test_message_model_pages_through_100k(qapp: QApplication, tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.sqlite3")
    cache.add_account(Account("a", "a@x.kz", "a", "127.0.0.1", 1, "none", "127.0.0.1", 1, "none"))
    folder = cache.upsert_folder("a", "INBOX", "/", "\\Inbox", True)
    template = letter(1)
    summary = summarize(template)  # one parse for all: this test is about the model, not the parser
    batch = [IncomingMessage(uid, template, True, (), len(template), summary=summary) for uid in range(1, 100_001)]
    for start in range(0, len(batch), 20_000):
        cache.store_messages(folder.id, batch[start : start + 20_000])
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
            assert menus[1] == "&Хат"
    finally:
        for translator in app.translators:
            qapp.removeTranslator(translator)
        app.window.close()
        app.close()


def test_compiled_translations_match_sources(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    i18n = Path(__file__).resolve().parent.parent / "resources" / "i18n"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for lang in ("ru", "kk"):
        shutil.copy(i18n / f"qazmail_{lang}.ts", tmp_path)
        subprocess.run([str(lrelease), str(tmp_path / f"qazmail_{lang}.ts")], check=True, capture_output=True)
        assert (tmp_path / f"qazmail_{lang}.qm").read_bytes() == (i18n / f"qazmail_{lang}.qm").read_bytes(), (
            "run scripts/update-translations.sh: the .qm files are stale"
        )


def test_new_mail_arrives_by_idle(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    _synced(qtbot, demo_app)
    before = window.messages.rowCount()
    assert window.idle is not None
    qtbot.waitUntil(window.idle.connected.is_set, timeout=10_000)
    assert demo_app.demo is not None
    demo_app.demo.server.store.deliver("anna@altyn.kz", letter(4242, sender="dana@dala.kz", to="anna@altyn.kz"))
    qtbot.waitUntil(lambda: window.messages.rowCount() == before + 1, timeout=30_000)


def test_sync_can_be_cancelled(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    window.sync()
    assert window.cancel_button.isVisible()
    window.cancel_sync()
    qtbot.waitUntil(lambda: not window.syncing, timeout=60_000)
    assert not window.cancel_button.isVisible()


def test_unsent_drafts_reopen_after_a_restart(qtbot, demo_app: Application) -> None:
    window = demo_app.window
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
