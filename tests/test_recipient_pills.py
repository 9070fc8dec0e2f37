"""Issue 29, recipients as removable pills: the compose window's To, Cc and Bcc driven as a user
drives them (typing, comma, Enter, Tab, Backspace, the ×, the completion list, a paste), checked by
the To header the window would write, with hostile names and a list of 200."""

from __future__ import annotations

import email.utils

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from qazmail_desktop.safetext import neutral
from qazmail_desktop.sync.compose import letter_of
from qazmail_desktop.ui.app import Application
from qazmail_desktop.ui.compose import ComposeWindow, _letter
from qazmail_desktop.ui.recipients import (
    Problem,
    RecipientField,
    has_separator,
    parse_recipient,
    split_recipients,
)

PATIENCE = 300_000  # a bound on hangs, never a speed check (as in test_ui)


def _compose(qtbot, app: Application) -> ComposeWindow:
    """A new letter, shown and active, the cursor in To."""
    compose = app.window.new_letter()
    assert compose is not None
    qtbot.waitExposed(compose)
    compose.activateWindow()
    qtbot.waitUntil(compose.to.hasFocus, timeout=PATIENCE)
    return compose


def _header(compose: ComposeWindow, name: str = "To") -> str:
    """The header the letter would carry, read as the window reads its recipients for a draft."""
    letter = letter_of(compose.account, _letter(compose.current_draft()))
    return str(letter[name] or "")


def _shown(field: RecipientField) -> list[str]:
    return [pill.label.text() for pill in field.pills()]


def _answer_message_box(texts: list[str]) -> None:
    """The next message box's text is noted and the box closed (as a user pressing OK)."""

    def close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, close)
            return
        texts.append(box.text())
        box.accept()

    QTimer.singleShot(50, close)


# parsing, without widgets ----------------------------------------------------------------------


def test_recipients_split_at_separators_outside_quotes() -> None:
    text = 'a@x.kz, "Ахметова, Дана" <dana@dala.kz>; b@y.kz\nc@z.kz\t d@w.kz'
    assert split_recipients(text) == ["a@x.kz", '"Ахметова, Дана" <dana@dala.kz>', "b@y.kz", "c@z.kz", "d@w.kz"]
    assert split_recipients("dana@") == ["dana@"] and split_recipients(" , ;") == []
    assert has_separator("a@x.kz,") and not has_separator('"Ахметова, Дана')


def test_a_recipient_is_judged_and_written_in_header_form() -> None:
    dana = parse_recipient("Дана Ахметова <dana@dala.kz>")
    assert (dana.name, dana.address, dana.text, dana.problem) == (
        "Дана Ахметова",
        "dana@dala.kz",
        "Дана Ахметова <dana@dala.kz>",
        None,
    )
    assert parse_recipient("<x@y.kz>").text == "x@y.kz"
    assert parse_recipient('"Ахметова, Дана" <d@d.kz>').text == '"Ахметова, Дана" <d@d.kz>'
    assert parse_recipient("dana").problem is Problem.NO_AT
    assert parse_recipient("a b@x.kz").problem is Problem.SPACE
    for bad in ("dana@", "@x.kz", "a@b@c", "<b>html</b> <x@y.kz>", "Дана <d@d.kz> extra", "a@x..kz"):
        assert parse_recipient(bad).problem is not None, bad
        assert parse_recipient(bad).text == bad  # kept as typed, to be corrected


# the real window ----------------------------------------------------------------------------------


def test_comma_return_and_tab_make_pills_and_tab_moves_on(qtbot, demo_app: Application) -> None:
    compose = _compose(qtbot, demo_app)
    qtbot.keyClicks(compose.to, "dana@dala.kz")
    qtbot.keyClick(compose.to, Qt.Key.Key_Comma)
    assert _shown(compose.to) == ["dana@dala.kz"] and compose.to.input.text() == ""
    qtbot.keyClicks(compose.to, "bolat@altyn.kz;")  # a semicolon too
    qtbot.keyClicks(compose.to, "erlan@dala.kz")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert _shown(compose.to) == ["dana@dala.kz", "bolat@altyn.kz", "erlan@dala.kz"]
    assert compose.to.hasFocus()  # Enter stays in To
    qtbot.keyClicks(compose.to, "anna@altyn.kz")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is compose.subject  # committed and moved on in one Tab
    assert len(compose.to.pills()) == 4
    assert _header(compose) == "dana@dala.kz, bolat@altyn.kz, erlan@dala.kz, anna@altyn.kz"
    # Enter and Tab in an empty field make nothing
    compose.to.setFocus()
    qtbot.waitUntil(compose.to.hasFocus, timeout=PATIENCE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert len(compose.to.pills()) == 4
    compose.autosave.stop()


def test_text_being_typed_is_part_of_the_letter(qtbot, demo_app: Application) -> None:
    """A draft (or Send) reads the half-typed recipient too: it is not lost for want of a comma."""
    compose = _compose(qtbot, demo_app)
    qtbot.keyClicks(compose.to, "dana@dala.kz,bolat@")
    assert _shown(compose.to) == ["dana@dala.kz"] and compose.to.input.text() == "bolat@"
    assert compose.to.text() == "dana@dala.kz, bolat@"
    letter = letter_of(compose.account, _letter(compose.current_draft()))
    assert letter["To"] == "dana@dala.kz" and letter["X-QazMail-Unfinished-To"] == "bolat@"
    compose.autosave.stop()


def test_backspace_selects_then_removes_the_last_pill_and_the_cross_removes_any(qtbot, demo_app: Application) -> None:
    compose = _compose(qtbot, demo_app)
    qtbot.keyClicks(compose.to, "dana@dala.kz,bolat@altyn.kz,erlan@dala.kz,")
    assert len(compose.to.pills()) == 3
    qtbot.keyClick(compose.to, Qt.Key.Key_Backspace)  # first: the last pill is chosen, not removed
    chosen = compose.to.selected_pill()
    assert chosen is not None and chosen.recipient.address == "erlan@dala.kz" and len(compose.to.pills()) == 3
    qtbot.keyClick(compose.to, Qt.Key.Key_Backspace)
    assert _shown(compose.to) == ["dana@dala.kz", "bolat@altyn.kz"] and compose.to.selected_pill() is None
    # typing after choosing a pill leaves it be
    qtbot.keyClick(compose.to, Qt.Key.Key_Backspace)
    qtbot.keyClicks(compose.to, "x")
    assert len(compose.to.pills()) == 2 and compose.to.input.text() == "x" and compose.to.selected_pill() is None
    qtbot.keyClick(compose.to, Qt.Key.Key_Backspace)  # erases the x, as in any text
    assert compose.to.input.text() == "" and len(compose.to.pills()) == 2
    # the mouse: the × of the first pill
    first = compose.to.pills()[0]
    assert first.remove.accessibleName() == "Remove dana@dala.kz"
    qtbot.mouseClick(first.remove, Qt.MouseButton.LeftButton)
    assert _shown(compose.to) == ["bolat@altyn.kz"]
    assert compose.to.hasFocus()  # the × takes no focus: typing goes on
    assert _header(compose) == "bolat@altyn.kz"
    compose.autosave.stop()


def test_choosing_a_completion_makes_a_pill(qtbot, demo_app: Application) -> None:
    window = demo_app.window
    window.sync()
    qtbot.waitUntil(lambda: not window.syncing and window.messages.rowCount() >= 6, timeout=PATIENCE)
    compose = _compose(qtbot, demo_app)
    qtbot.keyClicks(compose.to, "bolat@altyn.kz,")
    qtbot.keyClicks(compose.to, "dana")
    completer = compose.to.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=PATIENCE)
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    for _ in range(offered.index("Дана Ахметова <dana@dala.kz>") + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert _shown(compose.to) == ["bolat@altyn.kz", "Дана Ахметова"]
    assert compose.to.input.text() == "" and not popup.isVisible()
    dana = compose.to.pills()[1]
    assert "Дана Ахметова &lt;dana@dala.kz&gt;" in dana.toolTip()
    assert _header(compose) == "bolat@altyn.kz, Дана Ахметова <dana@dala.kz>"
    compose.autosave.stop()


def test_a_pasted_list_becomes_pills(qtbot, demo_app: Application) -> None:
    compose = _compose(qtbot, demo_app)
    QApplication.clipboard().setText("a@x.kz, Дана Ахметова <dana@dala.kz>; b@y.kz")
    qtbot.keyClick(compose.to, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert _shown(compose.to) == ["a@x.kz", "Дана Ахметова", "b@y.kz"]
    assert compose.to.input.text() == ""
    assert _header(compose) == "a@x.kz, Дана Ахметова <dana@dala.kz>, b@y.kz"
    # one address pasted is only text, to be finished or corrected
    QApplication.clipboard().setText("erlan@dala")
    qtbot.keyClick(compose.to, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(compose.to.pills()) == 3 and compose.to.input.text() == "erlan@dala"
    compose.autosave.stop()


def test_hostile_names_show_as_plain_text(qtbot, demo_app: Application) -> None:
    """A name with a right-to-left override and HTML: the pill and its tooltip show it as written,
    the override as a visible mark; the letter still carries the name as given."""
    compose = _compose(qtbot, demo_app)
    hostile = "\u202eevil <b>html</b>"
    QApplication.clipboard().setText(f'"{hostile}" <e@x.kz>, <b>html</b> <x@y.kz>')
    qtbot.keyClick(compose.to, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    named, broken = compose.to.pills()
    assert named.recipient.problem is None and named.recipient.name == hostile
    assert named.label.text() == neutral(hostile) == "<U+202E>evil <b>html</b>"
    assert named.label.textFormat() == Qt.TextFormat.PlainText
    assert "\u202e" not in named.toolTip() and "&lt;b&gt;html&lt;/b&gt;" in named.toolTip()
    assert "<b>" not in named.toolTip()
    assert "\u202e" not in named.remove.accessibleName()
    # unquoted, the HTML is no address: an invalid pill, shown as typed
    assert broken.recipient.problem is not None and broken.label.text() == "<b>html</b> <x@y.kz>"
    assert broken.label.textFormat() == Qt.TextFormat.PlainText and "<b>" not in broken.toolTip()
    assert _header(compose) == f'"{hostile}" <e@x.kz>'
    compose.autosave.stop()


def test_an_invalid_address_is_a_red_pill_and_send_refuses_it(qtbot, demo_app: Application) -> None:
    compose = _compose(qtbot, demo_app)
    qtbot.keyClicks(compose.to, "dana@dala.kz,")
    qtbot.keyClicks(compose.to, "dana at dala")
    qtbot.keyClick(compose.to, Qt.Key.Key_Return)
    good, bad = compose.to.pills()
    assert good.mark is None and bad.mark is not None and bad.mark.isVisible()  # the ⚠
    assert bad.recipient.problem is Problem.NO_AT and "There is no @ in it" in bad.toolTip()
    assert compose.to.invalid() == [bad.recipient] and compose.to.text() == "dana@dala.kz, dana at dala"
    qtbot.keyClicks(compose.subject, "Never sent")
    texts: list[str] = []
    _answer_message_box(texts)
    qtbot.mouseClick(compose.send_button, Qt.MouseButton.LeftButton)  # before any password is asked
    assert texts and "not e-mail addresses: dana at dala" in texts[0]
    assert compose.isVisible() and compose.send_button.isEnabled()
    assert compose.focusWidget() is compose.to.input  # the cursor goes where the fix is
    compose.activateWindow()  # offscreen, closing the box left no window active
    qtbot.waitUntil(compose.to.hasFocus, timeout=PATIENCE)
    # a double click puts it back to be corrected; then it goes
    qtbot.mouseDClick(bad.label, Qt.MouseButton.LeftButton)
    assert compose.to.input.text() == "dana at dala" and len(compose.to.pills()) == 1
    compose.to.input.setText("erlan@dala.kz")
    qtbot.keyClick(compose.to, Qt.Key.Key_Return)
    assert compose.to.invalid() == [] and _header(compose) == "dana@dala.kz, erlan@dala.kz"
    compose.autosave.stop()


def test_two_hundred_recipients_keep_the_field_bounded(qtbot, demo_app: Application) -> None:
    compose = _compose(qtbot, demo_app)
    compose.resize(1024, 700)
    one_line_high = compose.to.height()
    many = [f"Получатель {n} <user{n}@dala.kz>" for n in range(200)]
    QApplication.clipboard().setText(", ".join(many))
    qtbot.keyClick(compose.to, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(compose.to.pills()) == 200
    qtbot.waitUntil(lambda: compose.to.height() > one_line_high, timeout=PATIENCE)
    QApplication.processEvents()
    assert compose.to.height() <= 4 * one_line_high  # three lines of pills, then it scrolls
    assert compose.to.area.verticalScrollBar().maximum() > 0
    assert compose.body.height() >= 150  # the letter's text keeps its room at 1024×700
    assert compose.to.text() == ", ".join(many)
    assert _header(compose).count("@dala.kz") == 200
    # the cursor stays in sight, below the last pill
    bar = compose.to.area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=PATIENCE)
    compose.autosave.stop()


def test_drafts_and_replies_fill_the_field_with_pills(qtbot, demo_app: Application) -> None:
    """setText (drafts, replies, forwards) and text() round-trip, a comma inside a quoted name
    included; Cc and Bcc are pills as well, and Tab goes Cc -> Bcc -> Subject."""
    compose = _compose(qtbot, demo_app)
    compose.to.setText('"Ахметова, Дана" <dana@dala.kz>, bolat@altyn.kz')
    assert _shown(compose.to) == ["Ахметова, Дана", "bolat@altyn.kz"]
    assert compose.to.text() == '"Ахметова, Дана" <dana@dala.kz>, bolat@altyn.kz'
    assert _letter(compose.current_draft()).to == ['"Ахметова, Дана" <dana@dala.kz>', "bolat@altyn.kz"]
    qtbot.mouseClick(compose.copies_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(compose.cc.hasFocus, timeout=PATIENCE)
    qtbot.keyClicks(compose.cc, "erlan@dala.kz")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert compose.bcc.hasFocus() and _shown(compose.cc) == ["erlan@dala.kz"]
    qtbot.keyClicks(compose.bcc, "anna@altyn.kz")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is compose.subject
    assert (_header(compose, "Cc"), _header(compose, "Bcc")) == ("erlan@dala.kz", "anna@altyn.kz")
    draft = compose.current_draft()
    compose.autosave.stop()
    compose.close()
    reopened = demo_app.window.new_letter(draft)
    assert reopened is not None
    assert _shown(reopened.to) == ["Ахметова, Дана", "bolat@altyn.kz"] and _shown(reopened.bcc) == ["anna@altyn.kz"]
    assert reopened.cc.isVisible() and reopened.to.accessibleName() == "To"
    assert reopened.to.input.accessibleName() == "To"
    reopened.autosave.stop()


def test_keys_sent_to_the_field_reach_the_input_shortcuts_aside(qtbot, demo_app: Application) -> None:
    """Keys given to the field itself (not its input), the window not yet active: the "a" of
    "bolat@altyn.kz" went to a one-letter shortcut of the main window, and the field held "bolt@ltyn.kz"."""
    compose = demo_app.window.new_letter()
    assert compose is not None
    qtbot.keyClicks(compose.to, "bolat@altyn.kz")
    assert compose.to.text() == "bolat@altyn.kz"
    compose.autosave.stop()


def test_completion_shows_bidi_marks_and_completes_the_address_as_it_is(qtbot, demo_app: Application) -> None:
    """A correspondent's name with U+202E read backwards in the completion list; the list shows
    the control as a visible mark, and choosing it fills in the address exactly as it is."""
    compose = _compose(qtbot, demo_app)
    hostile = "Evil \u202egnp.exe <evil@dala.kz>"
    compose.address_model.setStringList([hostile, "Дана Ахметова <dana@dala.kz>"])
    qtbot.keyClicks(compose.to, "evil")
    completer = compose.to.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=PATIENCE)
    shown = popup.model().index(0, 0).data()
    assert "\u202e" not in shown and shown == neutral(hostile).replace("\n", " ")
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert email.utils.parseaddr(_header(compose)) == ("Evil \u202egnp.exe", "evil@dala.kz")
    compose.autosave.stop()
