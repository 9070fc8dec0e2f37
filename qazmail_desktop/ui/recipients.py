"""To, Cc and Bcc as "pills": each recipient entered becomes a rounded label with its name and a ×
that removes it, as in Thunderbird and Outlook, so a long list reads at a glance and one wrong
address is taken out without editing a comma-separated line by hand.

The field keeps the line edit's API the compose window, drafts and tests rely on: ``text()`` is
the comma-joined "Name <address>, address" form the letter's headers are built from, and
``setText()`` fills it (drafts, replies, forwards). Parsing lives in plain functions here
(``split_recipients``, ``parse_recipient``) so the rules are the same for what is typed, pasted,
completed or restored from a draft.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import getaddresses
from enum import Enum

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from ..safetext import one_line
from .formatting import plain_tooltip
from .models import tone_color

# where one recipient ends: what the user types (comma, semicolon) and what a pasted column of
# addresses carries (line breaks, tabs)
SEPARATORS = frozenset(",;\n\r\t")
MAX_LINES = 3  # lines of pills shown before the field scrolls: the letter's text keeps its room
PILL_TEXT_WIDTH = 240  # a longer name is elided in its pill; the tooltip says it in full
COMPLETION_WIDTH = 360  # the completion list's least width, whatever room the input has left
INPUT_MIN_WIDTH = 120  # the typing place wraps to a line of its own when less is left of a line
_NAME_SPECIALS = re.compile(r'[][\\()<>@,:;".]')  # a display name with these is quoted (RFC 5322)
_ADDRESS_SPECIALS = re.compile(r'[][\\()<>,:;"]')
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


class Problem(Enum):
    """Why a recipient cannot be sent to: each has its own words, so the user knows what to fix."""

    NO_AT = "no @"
    SPACE = "space"
    MALFORMED = "malformed"


@dataclass(frozen=True)
class Recipient:
    text: str  # as the letter's header carries it: "Name <address>", "address", or as typed when invalid
    name: str
    address: str
    problem: Problem | None = None

    @property
    def shown(self) -> str:
        """What the pill says: the person's name, or the address when there is none."""
        return self.name or self.address or self.text


def _scan(text: str) -> tuple[list[str], bool]:
    """The entries of ``text`` and whether a separator (outside quotes and angle brackets) was seen."""
    entries: list[str] = []
    current: list[str] = []
    quoted = escaped = separated = False
    angle = 0
    for char in text:
        if escaped:
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif not quoted and char == "<":
            angle += 1
        elif not quoted and char == ">":
            angle = max(0, angle - 1)
        elif char in SEPARATORS and ((not quoted and angle == 0) or char in "\r\n"):
            entries.append("".join(current))
            current, angle, quoted, separated = [], 0, False, True
            continue
        current.append(char)
    entries.append("".join(current))
    return [entry.strip() for entry in entries if entry.strip()], separated


def split_recipients(text: str) -> list[str]:
    """The recipients in ``text`` as written, split at commas, semicolons and line breaks outside
    quotes and angle brackets: ``"Ахметова, Дана" <dana@dala.kz>`` stays one recipient. Half-typed
    entries ("dana@") are kept as they are: a draft keeps what the user wrote."""
    return _scan(text)[0]


def has_separator(text: str) -> bool:
    """Whether ``text`` holds more than one recipient's worth: a comma, semicolon or line break
    that ends a recipient."""
    return _scan(text)[1]


def open_quote(text: str) -> bool:
    """Whether ``text`` ends inside a quoted name, where a comma is part of the name."""
    quoted = escaped = False
    for char in text:
        if escaped:
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
    return quoted


def _problem(entry: str, parsed: list[tuple[str, str]]) -> Problem | None:
    if "@" not in entry:
        return Problem.NO_AT
    if len(parsed) != 1 or not parsed[0][1]:
        return Problem.MALFORMED
    address = parsed[0][1]
    if any(char.isspace() for char in address):
        return Problem.SPACE
    local, _, domain = address.rpartition("@")
    if (
        not local
        or not domain
        or "@" in local
        or _ADDRESS_SPECIALS.search(address)
        or _CONTROLS.search(entry)
        or domain.startswith(".")
        or domain.endswith(".")
        or ".." in domain
    ):
        return Problem.MALFORMED
    return None


def _header_form(name: str, address: str) -> str:
    """``Name <address>`` as a header carries it, the name quoted when it holds specials. Not
    email.utils.formataddr: it encodes a Cyrillic name (=?utf-8?b?…?=), which the field would show."""
    if not name:
        return address
    if _NAME_SPECIALS.search(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{address}>"


def parse_recipient(entry: str) -> Recipient:
    """One recipient as typed, pasted or completed. A valid one is written back in its header form
    (``<x@y.kz>`` becomes ``x@y.kz``); an invalid one keeps the user's text, to be corrected."""
    entry = entry.strip()
    parsed = getaddresses([entry])
    problem = _problem(entry, parsed)
    if problem is not None:
        return Recipient(entry, "", "", problem)
    name, address = parsed[0]
    return Recipient(_header_form(name.strip(), address), name.strip(), address)


def parse_recipients(text: str) -> list[Recipient]:
    return [parse_recipient(entry) for entry in split_recipients(text)]


class FlowLayout(QLayout):
    """Items left to right, wrapping onto more lines, all lines as high as the highest item; the
    last item (the place where one types) takes the rest of its line, or a line of its own when
    less than ``INPUT_MIN_WIDTH`` is left."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's API
        self._items.append(item)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        """``widget`` at ``index`` (before the typing place, for a pill)."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's API
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's API
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's API
        size = QSize(INPUT_MIN_WIDTH, self.line_height())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def line_height(self) -> int:
        return max((item.sizeHint().height() for item in self._items if not item.isEmpty()), default=0)

    def lines_height(self, lines: int) -> int:
        """How high ``lines`` lines of items are."""
        margins = self.contentsMargins()
        return lines * self.line_height() + (lines - 1) * self._gap + margins.top() + margins.bottom()

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        line = self.line_height()
        x, y = area.x(), area.y()
        shown = [item for item in self._items if not item.isEmpty()]
        for index, item in enumerate(shown):
            last = index == len(shown) - 1
            wanted = min(INPUT_MIN_WIDTH if last else item.sizeHint().width(), area.width())
            if x > area.x() and x + wanted > area.right() + 1:
                x, y = area.x(), y + line + self._gap
            width = area.right() + 1 - x if last else wanted
            if apply:
                height = min(item.sizeHint().height(), line)
                item.setGeometry(QRect(QPoint(x, y + (line - height) // 2), QSize(max(width, 1), height)))
            x += width + self._gap
        return y + line - rect.y() + margins.bottom()


class Pill(QWidget):
    """One recipient: its name (plain text, bidi controls shown as marks, elided when long) and a ×
    that removes it; an invalid address is drawn with a red outline and a ⚠, and says why in its
    tooltip. Painted from the palette, so it follows the light and the dark theme."""

    remove_clicked = Signal(QWidget)
    clicked = Signal(QWidget)
    double_clicked = Signal(QWidget)

    def __init__(self, recipient: Recipient, tooltip: str, remove_name: str, remove_tip: str) -> None:
        super().__init__()
        self.recipient = recipient
        self.selected = False
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setToolTip(tooltip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        self.mark: QLabel | None = None
        if recipient.problem is not None:
            self.mark = QLabel("⚠")
            self.mark.setTextFormat(Qt.TextFormat.PlainText)
            self.mark.setStyleSheet(f"color: {tone_color('bad')}")
            layout.addWidget(self.mark)
        shown = one_line(recipient.shown)
        self.label = QLabel(self.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, PILL_TEXT_WIDTH))
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a name such as "<b>x</b>" is shown as written
        layout.addWidget(self.label)
        self.remove = QToolButton()
        self.remove.setText("×")
        self.remove.setAutoRaise(True)
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field; Backspace removes
        self.remove.setAccessibleName(remove_name)
        self.remove.setToolTip(remove_tip)
        self.remove.setCursor(Qt.CursorShape.ArrowCursor)
        self.remove.clicked.connect(self._remove_clicked)
        layout.addWidget(self.remove)

    def _remove_clicked(self) -> None:
        self.remove_clicked.emit(self)

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.WindowText
        self.label.setForegroundRole(role)
        self.remove.setForegroundRole(role)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's API
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's API
        if event.button() == Qt.MouseButton.LeftButton:
            self.double_clicked.emit(self)
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        invalid = self.recipient.problem is not None
        outline = QColor(tone_color("bad")) if invalid else palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(outline, 2 if invalid else 1))
        fill = palette.color(QPalette.ColorRole.Highlight if self.selected else QPalette.ColorRole.Button)
        painter.setBrush(fill)
        box = self.rect().adjusted(1, 1, -1, -1)
        radius = box.height() / 2
        painter.drawRoundedRect(box, radius, radius)
        painter.end()


class RecipientInput(QLineEdit):
    """Where the next recipient is typed. Its keys go to the field first (``keys``): a comma makes
    a pill, Backspace reaches the pills. event() rather than keyPressEvent(): Tab never reaches
    keyPressEvent, and the completer hands its keys to event() directly."""

    def __init__(self, keys: Callable[[QKeyEvent], bool], leaving: Callable[[], None]) -> None:
        super().__init__()
        self._keys = keys
        self._leaving = leaving
        self.setFrame(False)
        self.setMaxLength(1 << 20)  # a pasted list of hundreds of addresses is not cut

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self._keys(event):
            event.accept()
            return True
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's API
        super().focusOutEvent(event)
        # not for the completer's list or another window: the user comes back to the same text
        if event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            self._leaving()


class _Pills(QWidget):
    """The scrolled area holding the pills and the input. A key the input leaves goes on to the
    field's parent, not to the field, which would hand it to the input again."""

    def __init__(self, field: RecipientField) -> None:
        super().__init__()
        self._field = field

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's API
        parent = self._field.parentWidget()
        if parent is not None:
            QApplication.sendEvent(parent, event)
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's API
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's API
        self._field.click_beside()
        event.accept()


class RecipientField(QWidget):
    """A To, Cc or Bcc field of recipients shown as pills, with the line edit's API the compose
    window uses: ``text()``, ``setText()``, ``textChanged``, ``completer()``, ``setCompleter()``.
    Focus goes to its input (the focus proxy); keys sent to the field itself reach the input too."""

    textChanged = Signal(str)  # noqa: N815 - as QLineEdit's, which the compose window connected

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pills: list[Pill] = []
        self._selected: Pill | None = None
        self._quiet = 0  # while > 0, changes are told once at the end (setText, a paste)
        self._forwarding = False  # a key sent to the field is on its way to the input
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click beside the pills types; Tab skips it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.input = RecipientInput(self._key, self._leaving)
        self.setFocusProxy(self.input)
        self.input.textChanged.connect(self._changed)
        self.input.textEdited.connect(self._edited)
        self.input.installEventFilter(self)  # its focus draws the field's focus frame
        self.content = _Pills(self)
        self.flow = FlowLayout(self.content)
        self.flow.addWidget(self.input)
        self.area = QScrollArea()
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidgetResizable(True)
        self.area.setWidget(self.content)
        self.area.viewport().setAutoFillBackground(False)
        self.content.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        frame = self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth) + 1
        layout.setContentsMargins(frame + 1, frame, frame, frame)
        layout.addWidget(self.area)
        self._completer: QCompleter | None = None
        self._follow = QTimer(self)  # after the pills were laid out: the input in sight
        self._follow.setSingleShot(True)
        self._follow.setInterval(0)
        self._follow.timeout.connect(self._show_input)
        self.setText(text)
        self._fit()

    # the line edit's API ------------------------------------------------------------------------

    def text(self) -> str:
        """Every recipient as the letter's header carries it, the one still being typed included
        (a draft keeps it, Send sends to it)."""
        typed = self.input.text().strip()
        return ", ".join([pill.recipient.text for pill in self._pills] + ([typed] if typed else []))

    def setText(self, text: str) -> None:  # noqa: N802 - as QLineEdit's
        self._quiet += 1
        try:
            for pill in list(self._pills):
                self._drop(pill)
            self.input.clear()
            self._add(parse_recipients(text))
        finally:
            self._quiet -= 1
        self._changed()

    def clear(self) -> None:
        self.setText("")

    def setCompleter(self, completer: QCompleter) -> None:  # noqa: N802 - as QLineEdit's
        """Completion of the typed text; choosing an entry makes it a pill."""
        self._completer = completer
        self.input.setCompleter(completer)
        popup = completer.popup()
        if popup is not None:  # as wide as the input, it cut "Ерлан Ким <erlan@d…" short
            popup.setMinimumWidth(COMPLETION_WIDTH)
        completer.activated.connect(self._completed)

    def completer(self) -> QCompleter:
        """As QLineEdit's (whose stubs say never None): the one setCompleter() gave."""
        return self.input.completer()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's API
        """The name goes to the input as well: that is what has the focus and a screen reader reads."""
        super().setAccessibleName(name)
        self.input.setAccessibleName(name)

    # reading -------------------------------------------------------------------------------------

    def recipients(self) -> list[Recipient]:
        """The pills' recipients and the one being typed."""
        typed = self.input.text().strip()
        return [pill.recipient for pill in self._pills] + parse_recipients(typed)

    def invalid(self) -> list[Recipient]:
        return [recipient for recipient in self.recipients() if recipient.problem is not None]

    def pills(self) -> list[Pill]:
        return list(self._pills)

    def selected_pill(self) -> Pill | None:
        return self._selected

    # making pills ----------------------------------------------------------------------------------

    def commit(self) -> None:
        """The typed text becomes pills (several when it holds several recipients)."""
        typed = self.input.text()
        self._hide_completions()  # the completer hands Return to the input first and keeps its list open
        if not typed.strip():
            return
        self._quiet += 1
        try:
            self.input.clear()
            self._add(parse_recipients(typed))
        finally:
            self._quiet -= 1
        self._changed()

    def _complete_offered(self) -> None:
        """Enter or Tab on "dana" while the list offers "Дана Ахметова <dana@dala.kz>": the first
        offer is taken, as in other mail programs; a valid address typed in full stays as typed."""
        popup = self._completer.popup() if self._completer is not None else None
        typed = self.input.text().strip()
        if self._completer is None or popup is None or not popup.isVisible() or not typed:
            return
        if self._completer.completionCount() and any(r.problem for r in parse_recipients(typed)):
            self._completer.setCurrentRow(0)
            self.input.setText(self._completer.currentCompletion())

    def reason(self, problem: Problem) -> str:
        """Why a recipient cannot be sent to, in the user's words."""
        if problem is Problem.NO_AT:
            return self.tr("There is no @ in it: an e-mail address looks like name@example.kz")
        if problem is Problem.SPACE:
            return self.tr("An e-mail address has no spaces; separate recipients with commas")
        return self.tr("This is not an e-mail address: an address looks like name@example.kz")

    def _add(self, recipients: list[Recipient]) -> None:
        self.content.setUpdatesEnabled(False)
        try:
            for recipient in recipients:
                pill = self._pill(recipient)
                self.flow.insert_widget(len(self._pills), pill)
                self._pills.append(pill)
                pill.show()
        finally:
            self.content.setUpdatesEnabled(True)
        self._select(None)
        self._fit()

    def _pill(self, recipient: Recipient) -> Pill:
        # unwrapped (Qt wraps a rich-text tooltip after a few words, <nobr> too): "Name <address>" reads whole
        if recipient.problem is None:
            lines = plain_tooltip(_header_form(recipient.name, recipient.address))
        else:
            lines = f"{plain_tooltip(recipient.text)}<br>{plain_tooltip(self.reason(recipient.problem))}"
        tooltip = f'<p style="white-space:pre">{lines}</p>'
        shown = one_line(recipient.shown)
        pill = Pill(
            recipient,
            tooltip,
            self.tr("Remove %1").replace("%1", shown),
            self.tr("Remove this recipient (Backspace)"),
        )
        pill.remove_clicked.connect(self._remove)
        pill.clicked.connect(self._clicked)
        pill.double_clicked.connect(self._edit)
        return pill

    def _drop(self, pill: Pill) -> None:
        if pill is self._selected:
            self._selected = None
        self._pills.remove(pill)
        self.flow.removeWidget(pill)
        pill.hide()
        pill.deleteLater()

    def _remove(self, pill: QWidget) -> None:
        if isinstance(pill, Pill) and pill in self._pills:
            self._drop(pill)
            self._fit()
            self._changed()

    def _clicked(self, pill: QWidget) -> None:
        self.input.setFocus(Qt.FocusReason.MouseFocusReason)
        if isinstance(pill, Pill):
            self._select(pill)

    def _edit(self, pill: QWidget) -> None:
        """A double click puts the recipient back into the input, to be corrected."""
        if not isinstance(pill, Pill) or pill not in self._pills:
            return
        self._quiet += 1
        try:
            self.commit()
            self._drop(pill)
            self.input.setText(pill.recipient.text)
        finally:
            self._quiet -= 1
        self._fit()
        self._changed()
        self.input.setFocus(Qt.FocusReason.MouseFocusReason)

    def _completed(self, text: str) -> None:
        self._quiet += 1
        try:
            self.input.clear()
            self._add(parse_recipients(text))
        finally:
            self._quiet -= 1
        self._changed()

    def _edited(self, text: str) -> None:
        """A paste (or a drop) of several recipients: all of them become pills at once. A comma
        typed reaches here only through the completer's list, which hands keys to the input."""
        if has_separator(text):
            self.commit()
            self._hide_completions()

    def _hide_completions(self) -> None:
        popup = self._completer.popup() if self._completer is not None else None
        if popup is not None and popup.isVisible():
            popup.hide()

    def _leaving(self) -> None:
        self._select(None)
        self.commit()

    def click_beside(self) -> None:
        self._select(None)
        self.input.setFocus(Qt.FocusReason.MouseFocusReason)

    # keys ------------------------------------------------------------------------------------------

    def _key(self, event: QKeyEvent) -> bool:
        """The field's keys in its input; True when the field took the key."""
        key = Qt.Key(event.key())
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self._select(None)
            return False
        typed = self.input.text()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self._select(None)
            self._complete_offered()
            self.commit()  # and the focus moves on, as from any field
            return False
        if event.text() in (",", ";") and not open_quote(typed[: self.input.cursorPosition()]):
            self.commit()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and typed.strip():
            self._complete_offered()
            self.commit()
            return True
        at_start = self.input.cursorPosition() == 0 and not self.input.hasSelectedText()
        if self._selected is not None:
            index = self._pills.index(self._selected)
            if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                self._remove(self._selected)
                return True
            if key == Qt.Key.Key_Left:
                self._select(self._pills[max(0, index - 1)])
                return True
            if key == Qt.Key.Key_Right:
                self._select(self._pills[index + 1] if index + 1 < len(self._pills) else None)
                return True
            self._select(None)
            return False
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Left) and at_start and self._pills:
            self._select(self._pills[-1])  # Backspace again removes it
            return True
        return False

    def _select(self, pill: Pill | None) -> None:
        if self._selected is pill:
            return
        if self._selected is not None:
            self._selected.set_selected(False)
        self._selected = pill
        if pill is not None:
            pill.set_selected(True)
            self.area.ensureWidgetVisible(pill)
            self.input.setAccessibleDescription(
                self.tr("Chosen: %1. Backspace removes it.").replace("%1", pill.recipient.text)
            )
        else:
            self.input.setAccessibleDescription("")

    def event(self, event: QEvent) -> bool:
        """Keys sent to the field itself (QTest, an accessibility tool) go where one types, their
        ShortcutOverride too: else a window's one-letter shortcut took the "a" of "bolat@altyn.kz".
        An override the input leaves comes back here on its way up, and goes on up."""
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and not self._forwarding:
            self._forwarding = True
            try:
                QApplication.sendEvent(self.input, event)
            finally:
                self._forwarding = False
            return True
        return super().event(event)

    # size ------------------------------------------------------------------------------------------

    def _changed(self) -> None:
        if not self._quiet:
            self.textChanged.emit(self.text())

    def _fit(self) -> None:
        """As high as its lines of pills, up to MAX_LINES; beyond, it scrolls."""
        width = self.area.viewport().width() if self.isVisible() else max(self.width() - 8, 200)
        needed = self.flow.heightForWidth(width)
        most = self.flow.lines_height(MAX_LINES)
        self.area.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if needed > most else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        height = min(needed, most)
        if self.area.height() != height or self.area.minimumHeight() != height:
            self.area.setFixedHeight(height)
        if self.input.hasFocus() or self._pills:
            self._follow.start()

    def _show_input(self) -> None:
        if self._selected is None:
            self.area.ensureWidgetVisible(self.input)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's API
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's API
        super().showEvent(event)
        self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's API
        """Framed like a line edit (focus frame included), which the field replaces."""
        option = QStyleOptionFrame()
        option.initFrom(self)
        option.rect = self.rect()
        option.lineWidth = self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, self)
        option.midLineWidth = 0
        option.state |= QStyle.StateFlag.State_Sunken
        if self.input.hasFocus():
            option.state |= QStyle.StateFlag.State_HasFocus
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelLineEdit, option, painter, self)
        painter.end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if watched is self.input and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()  # the focus frame
        return super().eventFilter(watched, event)
