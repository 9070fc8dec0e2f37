"""The letter list's look and handling (issue 29): the quick filter bar, the column chooser,
Archive and the paperclip, driven through the real widgets as a person would."""

from __future__ import annotations

import re
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QImage, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget

from qazmail_desktop.profile import Profile
from qazmail_desktop.store.cache import Cache, IncomingMessage
from qazmail_desktop.store.mailparse import summarize
from qazmail_desktop.store.messages import ListFilter
from qazmail_desktop.ui.app import Application
from qazmail_desktop.ui.main_window import MainWindow
from qazmail_desktop.ui.models import MessageListModel
from tests.accounts import make_account
from tests.mailgen import letter

# A bound on hangs, never a speed check (as in test_ui.py).
PATIENCE = 300_000
DEMO_LETTERS = 6


def _synced(qtbot, app: Application, letters: int = DEMO_LETTERS) -> None:
    app.window.sync()
    qtbot.waitUntil(lambda: not app.window.syncing and app.window.messages.rowCount() >= letters, timeout=PATIENCE)


def _click_letter(qtbot, window: MainWindow, words: str) -> None:
    view = window.message_view
    row = next(r for r, message in enumerate(window.messages.rows) if words in message.subject)
    index = window.messages.index(row, 3)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def _subjects(window: MainWindow) -> list[str]:
    return [row.subject for row in window.messages.rows]


def _toggle(window: MainWindow, text: str) -> QToolButton:
    bar = window.quick_filter
    return next(b for b in bar.toggles if b.text() == text)


def _count_says(window: MainWindow, shown: int, total: int) -> bool:
    """ "2 of 6 letters" (or, before the translation file has the plural forms, "letter(s)")."""
    return re.fullmatch(rf"{shown} of {total} letter(s|\(s\))", window.quick_filter.count.text()) is not None


def _type(widget: QWidget, text: str) -> None:
    """Key presses carrying each character, as a keyboard layout sends them (QTest's keyClicks
    knows ASCII only: a Cyrillic or Kazakh letter aborts it)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _type_filter(qtbot, window: MainWindow, text: str) -> None:
    box = window.quick_filter.text
    box.setFocus()
    _type(box, text)


def test_toggles_and_text_narrow_the_list_and_combine(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    _synced(qtbot, demo_app)
    assert window.quick_filter.count.text() == ""  # nothing filtered: no count
    qtbot.mouseClick(_toggle(window, "Attachments"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.messages.rows) == 4, timeout=PATIENCE)
    assert all(row.has_attachments for row in window.messages.rows)
    assert _count_says(window, 4, 6)
    qtbot.mouseClick(_toggle(window, "Unread"), Qt.MouseButton.LeftButton)  # AND: the Шот-фактура is read
    qtbot.waitUntil(lambda: len(window.messages.rows) == 3, timeout=PATIENCE)
    assert not any("Шот-фактура" in s for s in _subjects(window))
    # typed in another case than the letters': Cyrillic folded as Python folds it
    _type_filter(qtbot, window, "ДАНА")
    qtbot.waitUntil(lambda: len(window.messages.rows) == 2, timeout=PATIENCE)
    assert all("Дана" in row.sender for row in window.messages.rows)
    assert _count_says(window, 2, 6)
    qtbot.keyClick(window.quick_filter.text, Qt.Key.Key_Escape)  # the text goes, the toggles stay
    qtbot.waitUntil(lambda: len(window.messages.rows) == 3, timeout=PATIENCE)
    assert window.quick_filter.text.text() == ""
    assert _toggle(window, "Unread").isChecked() and _toggle(window, "Attachments").isChecked()
    qtbot.keyClick(window.quick_filter.text, Qt.Key.Key_Escape)  # a second Escape: the whole filter
    qtbot.waitUntil(lambda: len(window.messages.rows) == DEMO_LETTERS, timeout=PATIENCE)
    assert not any(b.isChecked() for b in window.quick_filter.toggles)
    assert window.quick_filter.count.text() == ""


def test_kazakh_letters_and_the_signed_toggle(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    _synced(qtbot, demo_app)
    _type_filter(qtbot, window, "СЕРІКҰЛЫ")  # Kazakh letters, upper case; the sender is «Серікұлы»
    qtbot.waitUntil(lambda: len(window.messages.rows) == 2, timeout=PATIENCE)
    assert all("bolat@" in row.sender for row in window.messages.rows)
    window.quick_filter.text.clear()
    qtbot.waitUntil(lambda: len(window.messages.rows) == DEMO_LETTERS, timeout=PATIENCE)
    qtbot.mouseClick(_toggle(window, "Signed"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.messages.rows) == 4, timeout=PATIENCE)
    # "signed" is what carries the list's signature cue
    assert all(str(window.messages.data(window.messages.index(r, 1))) for r in range(4))


def test_the_open_letter_stays_selected_while_the_filter_lets_it_through(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    _synced(qtbot, demo_app)
    _click_letter(qtbot, window, "Доверенность")  # unread, with an attachment
    qtbot.waitUntil(lambda: window.reading.subject.text().startswith("Доверенность"), timeout=PATIENCE)
    qtbot.mouseClick(_toggle(window, "Attachments"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.messages.rows) == 4, timeout=PATIENCE)
    row = window.current_row()
    assert row is not None and row.subject.startswith("Доверенность")
    assert window.message_view.selectionModel().isRowSelected(window.message_view.currentIndex().row())
    assert window.reading.subject.text().startswith("Доверенность")
    # opened, it is read now; with "Unread" on it is not listed (the filter changed), and the
    # reading pane does not show a letter the list no longer has
    qtbot.mouseClick(_toggle(window, "Unread"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any("Доверенность" in s for s in _subjects(window)), timeout=PATIENCE)
    assert window.current_row() is None and not window.reading.subject.text().startswith("Доверенность")
    # a letter opened while "Unread" is on stays listed while it is open, after a sync too
    _click_letter(qtbot, window, "Реквизиты")
    qtbot.waitUntil(lambda: window.reading.subject.text().startswith("Реквизиты"), timeout=PATIENCE)
    opened = window.current_row()
    assert opened is not None
    qtbot.waitUntil(lambda: (row := window.cache.messages.by_id(opened.id)) is not None and row.seen, timeout=PATIENCE)
    window.sync()
    qtbot.waitUntil(lambda: not window.syncing, timeout=PATIENCE)
    row = window.current_row()
    assert row is not None and row.subject.startswith("Реквизиты")


def test_escape_and_ctrl_shift_k(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    _synced(qtbot, demo_app)
    window.activateWindow()
    window.message_view.setFocus()
    qtbot.keyClick(
        window.message_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(window.quick_filter.text.hasFocus, timeout=PATIENCE)
    qtbot.keyClicks(window.quick_filter.text, "quarterly")
    qtbot.waitUntil(lambda: len(window.messages.rows) == 1, timeout=PATIENCE)
    qtbot.keyClick(window.quick_filter.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(window.messages.rows) == DEMO_LETTERS, timeout=PATIENCE)
    qtbot.keyClick(window.quick_filter.text, Qt.Key.Key_Escape)  # nothing left to clear: back to the list
    qtbot.waitUntil(window.message_view.hasFocus, timeout=PATIENCE)


def test_another_folder_starts_unfiltered(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    _synced(qtbot, demo_app)
    qtbot.mouseClick(_toggle(window, "Flagged"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.messages.rows == [], timeout=PATIENCE)
    assert _count_says(window, 0, 6)
    sent = window.cache.folders.special("anna", "\\Sent")
    assert sent is not None
    window.folder_view.setCurrentIndex(window.folders.find_folder(sent.id))
    assert not _toggle(window, "Flagged").isChecked() and window.quick_filter.count.text() == ""
    assert not window.messages.only.active


def _hostile_letter() -> bytes:
    msg = EmailMessage()
    msg["From"] = Address("evil\u202etxt.exe <b>Boss</b>", addr_spec="boss@evil.example")
    msg["To"] = "anna@altyn.kz"
    msg["Subject"] = "<img src=http://tracker.example/x.png> Urgent %_'\" payment"
    msg["Message-ID"] = "<hostile@evil.example>"
    msg.set_content("pay now")
    return msg.as_bytes()


def test_hostile_senders_and_filter_texts(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    assert demo_app.demo is not None
    demo_app.demo.server.store.deliver("anna@altyn.kz", _hostile_letter())
    _synced(qtbot, demo_app, DEMO_LETTERS + 1)
    _type_filter(qtbot, window, "<B>BOSS")
    qtbot.waitUntil(lambda: len(window.messages.rows) == 1, timeout=PATIENCE)
    shown = str(window.messages.data(window.messages.index(0, 2)))
    assert "\u202e" not in shown and "<U+202E>" in shown  # the reversal shown, not obeyed
    assert "<b>Boss</b>" in shown  # markup shown as the characters it is, never drawn as bold
    assert "<img" in str(window.messages.data(window.messages.index(0, 3)))
    # SQL-ish characters are only characters: they match literally, and nothing else
    window.quick_filter.text.clear()
    _type_filter(qtbot, window, "%_'\"")
    qtbot.waitUntil(lambda: len(window.messages.rows) == 1, timeout=PATIENCE)
    assert window.messages.rows[0].message_id == "<hostile@evil.example>"
    for text in ("%", "_", "'", "' OR 1=1 --", '"; DROP TABLE messages; --'):
        window.quick_filter.text.clear()
        with qtbot.waitSignal(window.quick_filter.changed, timeout=PATIENCE):
            qtbot.keyClicks(window.quick_filter.text, text)
        assert all(text.casefold() in (r.sender + r.to + r.subject).casefold() for r in window.messages.rows)
    # 10,000 characters: typed in at once (as a paste would), found nowhere, and nothing breaks
    window.quick_filter.text.clear()
    window.quick_filter.text.setFocus()
    QApplication.clipboard().setText("ы" * 10_000)
    qtbot.keyClick(window.quick_filter.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(window.quick_filter.text.text()) == 10_000
    qtbot.waitUntil(lambda: window.messages.rows == [] and _count_says(window, 0, 7), timeout=PATIENCE)
    assert window.cache.messages.count(window.messages.folder_id or 0) == DEMO_LETTERS + 1  # the table is there


def test_the_filter_pages_through_100k_in_the_cache(qapp: QApplication, tmp_path: Path) -> None:
    """The cache filters: the model still holds a page, not the folder (see the 100k model test)."""
    cache = Cache(tmp_path / "c.sqlite3")
    cache.accounts.add(make_account("a", "a@x.kz", username="a"))
    folder = cache.folders.upsert("a", "INBOX", "/", "\\Inbox", True)
    template = letter(1, sender="Қанат Әлиев <kanat@x.kz>")
    summary = summarize(template)
    batch = [IncomingMessage(uid, template, True, (), len(template), summary=summary) for uid in range(1, 100_001)]
    for start in range(0, len(batch), 25_000):
        cache.messages.store(folder.id, batch[start : start + 25_000])
    cache.messages.set_flags(folder.id, {uid: ["\\Seen"] for uid in range(1, 100_001) if uid % 4})
    model = MessageListModel(cache)
    model.set_folder(folder.id)
    model.set_filter(ListFilter(unread=True, text="ҚАНАТ"))
    assert (model.total, model.folder_total, model.rowCount()) == (25_000, 100_000, 500)
    model.fetchMore(model.index(0, 0).parent())
    assert model.rowCount() == 1000 and all(not row.seen for row in model.rows)
    model.set_filter(ListFilter(text="нет такого"))
    assert (model.total, model.rowCount()) == (0, 0)


def _header_menu(qtbot, window: MainWindow) -> QMenu:
    header = window.message_view.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(3) + 10, header.height() // 2)
    # what the platform sends on a right click (QTest's clicks make no context menu event)
    asked = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position, header.viewport().mapToGlobal(position))
    QApplication.sendEvent(header.viewport(), asked)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=10_000)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def _click_menu_item(qtbot, menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text() == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_the_column_chooser_hides_columns_and_remembers(qtbot, qapp: QApplication, tmp_path: Path) -> None:
    profile = Profile.resolve(str(tmp_path / "p")).ensure()
    app = Application(profile, demo=False, qt_app=qapp)
    window = app.window
    window.show()
    header = window.message_view.horizontalHeader()
    menu = _header_menu(qtbot, window)
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Unread, flagged, attachments", "Electronic signature", "From", "Subject", "Date", "Size"]
    subject = next(a for a in menu.actions() if a.text() == "Subject")
    assert subject.isChecked() and not subject.isEnabled()  # the subject cannot be hidden
    _click_menu_item(qtbot, menu, "Size")
    qtbot.waitUntil(lambda: header.isSectionHidden(5), timeout=PATIENCE)
    menu.close()
    # the menu again, by keyboard this time: Date unticked with the arrow keys and Enter
    menu = _header_menu(qtbot, window)
    for _ in range(len(menu.actions())):
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        if menu.activeAction() is not None and menu.activeAction().text() == "Date":
            break
    assert menu.activeAction() is not None and menu.activeAction().text() == "Date"
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: header.isSectionHidden(4), timeout=PATIENCE)
    menu = _header_menu(qtbot, window)
    assert [a.isChecked() for a in menu.actions()] == [True, True, True, True, False, False]
    _click_menu_item(qtbot, menu, "Subject")  # disabled: nothing happens
    assert not header.isSectionHidden(3)
    menu.close()
    window.close()
    app.close()
    again = Application(profile, demo=False, qt_app=qapp)
    try:
        again.window.show()
        restored = again.window.message_view.horizontalHeader()
        assert restored.isSectionHidden(4) and restored.isSectionHidden(5)
        assert not any(restored.isSectionHidden(c) for c in (0, 1, 2, 3))
    finally:
        again.window.close()
        again.close()


def test_archive_by_a_and_by_the_toolbar(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    _synced(qtbot, demo_app)
    assert window.cache.folders.special("anna", "\\Archive") is None  # the demo account has none
    _click_letter(qtbot, window, "Quarterly")
    qtbot.waitUntil(lambda: window.reading.subject.text().startswith("Quarterly"), timeout=PATIENCE)
    position = window.message_view.currentIndex().row()
    following = window.messages.rows[position + 1].subject
    window.activateWindow()
    window.message_view.setFocus()
    qtbot.keyClick(window.message_view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: not any("Quarterly" in s for s in _subjects(window)), timeout=PATIENCE)
    assert re.fullmatch(r"Archived 1 letter(\(s\))?", window.statusBar().currentMessage())
    archive = window.cache.folders.special("anna", "\\Archive")
    assert archive is not None and archive.name == "Archive"
    assert window.folders.find_folder(archive.id).isValid()  # in the folder tree already
    row = window.current_row()  # the next letter is selected, and open, as after Delete
    assert row is not None and row.subject == following
    qtbot.waitUntil(lambda: window.reading.subject.text() == following, timeout=PATIENCE)
    # two more, by the toolbar button: Ctrl+click selects both
    _click_letter(qtbot, window, "Совещание")
    view = window.message_view
    row_number = next(r for r, m in enumerate(window.messages.rows) if "Шот-фактура" in m.subject)
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        view.visualRect(window.messages.index(row_number, 3)).center(),
    )
    button = next(b for b in window.findChildren(QToolButton) if b.text() == "Archive")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.messages.rows) == DEMO_LETTERS - 3, timeout=PATIENCE)
    assert re.fullmatch(r"Archived 2 letter(s|\(s\))", window.statusBar().currentMessage())
    # the queue made the folder on the server and moved the three there
    window.sync()
    qtbot.waitUntil(lambda: not window.syncing, timeout=PATIENCE)
    archive = next(f for f in window.cache.folders.of_account("anna") if f.name == "Archive")
    archived = sorted(r.subject for r in window.cache.messages.in_folder(archive.id))
    assert len(archived) == 3 and any("Quarterly" in s for s in archived)
    inbox = window.cache.folders.special("anna", "\\Inbox")
    assert inbox is not None and window.cache.messages.count(inbox.id) == DEMO_LETTERS - 3
    assert [(a.kind, a.last_error) for a in window.cache.actions.all("anna") if a.state == "failed"] == []


def _cell(window: MainWindow, row: int) -> QImage:
    """The flags cell as the list draws it on screen."""
    view = window.message_view
    return view.viewport().grab(view.visualRect(window.messages.index(row, 0))).toImage()


def _ink(image: QImage, color: QColor) -> int:
    """Pixels close to ``color``: the paperclip's strokes."""
    found = 0
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - color.red()) + abs(pixel.green() - color.green()) + abs(pixel.blue() - color.blue())
                < 60
            ):
                found += 1
    return found


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_paperclip_shows_on_a_selected_row_and_in_the_dark(qtbot, demo_app: Application, theme: str) -> None:
    from qazmail_desktop.ui.theme import apply_theme

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    original, style = qapp.palette(), qapp.style().name()
    apply_theme(qapp, theme)
    try:
        window = demo_app.window
        _synced(qtbot, demo_app)
        row = next(r for r, m in enumerate(window.messages.rows) if m.has_attachments)
        letter_ = window.messages.rows[row]
        plain = next(  # the same unread and flagged marks, so that only the paperclip differs
            r
            for r, m in enumerate(window.messages.rows)
            if not m.has_attachments and (m.seen, m.flagged) == (letter_.seen, letter_.flagged)
        )
        index = window.messages.index(row, 0)
        assert window.messages.data(index, Qt.ItemDataRole.ToolTipRole).endswith("Has attachments")
        assert "Has attachments" in window.messages.data(index, Qt.ItemDataRole.AccessibleTextRole)
        assert "Has attachments" not in str(
            window.messages.data(window.messages.index(plain, 0), Qt.ItemDataRole.ToolTipRole)
        )
        palette = window.message_view.palette()
        for selected, ink in ((False, palette.text().color()), (True, palette.highlightedText().color())):
            selection = window.message_view.selectionModel()
            selection.blockSignals(True)  # selected, not opened (that would mark it read)
            selection.clearSelection()
            if selected:
                for number in (row, plain):
                    selection.select(
                        window.messages.index(number, 0),
                        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                    )
            selection.blockSignals(False)
            with_clip = _ink(_cell(window, row), ink)
            without = _ink(_cell(window, plain), ink)
            assert with_clip > without + 20, (theme, selected, with_clip, without)
    finally:
        qapp.setPalette(original)
        if style:
            from PySide6.QtWidgets import QStyleFactory

            restored = QStyleFactory.create(style)
            if restored is not None:
                qapp.setStyle(restored)
        QApplication.setPalette(QPalette(original))
