"""The window's search box with operators (issue 32): typed as a person types, completed from
the popup, refused with the reason when an operator cannot take the value."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from qazmail_desktop.ui.models import FOLDER_ROLE

PATIENCE = 300_000


def _status(row: Any) -> str | None:
    """The verdict's status of a listed letter (its summary, as the list has it)."""
    return row.signature.get("status") if row.signature else None


def _synced(qtbot: Any, window: Any) -> None:
    """The demo's letters listed: a sync asked now (the window's own comes two minutes after start)."""
    window.sync()
    qtbot.waitUntil(lambda: not window.syncing and bool(window.messages.rows), timeout=PATIENCE)


def _search_typed(qtbot: Any, window: Any, text: str) -> None:
    """``text`` typed into the search box (what was there replaced) and Enter pressed, no completion
    popup in the way."""
    box = window.search
    box.setFocus()
    box.clear()
    qtbot.keyClicks(box, text)  # QTest types ASCII only
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # the popup, if any, closes; the text stays
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_operators_complete_and_search_from_the_box(qtbot: Any, demo_app: Any) -> None:
    window = demo_app.window
    _synced(qtbot, window)
    qtbot.waitUntil(lambda: any(_status(r) == "valid" for r in window.messages.rows), timeout=PATIENCE)
    valid_here = {r.blob for r in window.messages.rows if _status(r) == "valid"}
    box = window.search
    box.setFocus()
    qtbot.keyClicks(box, "stat")
    popup = window.search_completion.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert "status:revoked" in offered and "status:valid" in offered and "from:" not in offered
    # down to status:valid and Enter: the word is completed, the rest of the query stays
    row = offered.index("status:valid")
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert box.text() == "status:valid"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().endswith(" found"), timeout=PATIENCE)
    found = list(window.messages.rows)
    assert valid_here <= {r.blob for r in found}
    assert found and all(_status(r) == "valid" for r in found)  # of every account, valid only

    _search_typed(qtbot, window, "status:gold")
    assert window.statusBar().currentMessage().startswith("status: takes valid")
    assert window.messages.rows == found  # the list is left as it was


def test_operators_searched_show_as_chips_that_take_them_out(qtbot: Any, demo_app: Any) -> None:
    window = demo_app.window
    _synced(qtbot, window)
    box = window.search
    _search_typed(qtbot, window, "118 from:bolat has:attachment")
    chips = window.search_chips
    qtbot.waitUntil(chips.isVisible)
    assert [c.text() for c in chips.chips] == ["from:bolat  ×", "has:attachment  ×"]
    assert chips.chips[0].accessibleName() == "Remove from:bolat from the search"
    qtbot.mouseClick(chips.chips[0], Qt.MouseButton.LeftButton)
    assert box.text() == "118 has:attachment"
    qtbot.waitUntil(lambda: [c.text() for c in chips.chips] == ["has:attachment  ×"])
    assert window.messages.rows and all(r.has_attachments for r in window.messages.rows)
    qtbot.mouseClick(chips.chips[0], Qt.MouseButton.LeftButton)
    assert box.text() == "118"
    qtbot.waitUntil(lambda: not chips.isVisible())


def test_how_many_letters_match_is_said_when_more_than_are_listed(
    qtbot: Any, demo_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list holds the newest letters found; the status bar says how many match in all when that
    is cheap to know, else that there are many (the 200 listed were once said to be all)."""
    from qazmail_desktop.store import lookup
    from qazmail_desktop.ui import main_window

    window = demo_app.window
    _synced(qtbot, window)
    matching = window.cache.lookup.count("has:signature")
    assert matching is not None and matching > 2  # the demo's signed letters, in every account
    monkeypatch.setattr(main_window, "SEARCH_RESULTS", 2)
    box = window.search
    _search_typed(qtbot, window, "has:signature")
    said = window.statusBar().currentMessage
    qtbot.waitUntil(lambda: said() == f"{matching} letters found, the newest 2 shown", timeout=PATIENCE)
    assert len(window.messages.rows) == 2
    monkeypatch.setattr(lookup, "FEW_MATCHES", 1)  # too many to count cheaply
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: said() == "Many letters found: the newest 2 are shown", timeout=PATIENCE)
    _search_typed(qtbot, window, "118")  # Shot-faktura No 118
    qtbot.waitUntil(lambda: said().endswith(" found"), timeout=PATIENCE)
    rows = len(window.messages.rows)
    assert rows and said() == ("1 letter found" if rows == 1 else f"{rows} letters found")


def test_a_search_runs_beside_the_window_and_a_folder_chosen_meanwhile_stays(qtbot: Any, demo_app: Any) -> None:
    """A search runs off the window's thread ("Searching…": in a large archive a word of a few
    letters takes seconds), and a folder chosen before its results came stays listed: they are
    dropped, not shown over it."""
    window = demo_app.window
    _synced(qtbot, window)
    _search_typed(qtbot, window, "has:signature")
    assert window.statusBar().currentMessage() == "Searching…"
    tree = window.folder_view
    chosen = next(
        tree.model().index(c, 0, tree.model().index(r, 0))
        for r in range(tree.model().rowCount())
        for c in range(tree.model().rowCount(tree.model().index(r, 0)))
        if tree.model().index(c, 0, tree.model().index(r, 0)).data(FOLDER_ROLE) != window.messages.folder_id
    )
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(chosen).center())
    folder_id = chosen.data(FOLDER_ROLE)
    assert window.messages.folder_id == folder_id
    assert window.tasks.wait()  # the search has ended; what it found reaches the window now
    qtbot.wait(200)
    assert window.messages.found is None and window.messages.folder_id == folder_id
    assert window.statusBar().currentMessage() != "Searching…" and not window.search_chips.isVisible()


def test_a_search_says_when_the_index_has_not_taken_in_every_letter(qtbot: Any, demo_app: Any) -> None:
    """While the index is being built (a first sync, or after an update that builds it anew), the
    count of what was found says some letters may be missing; once it has caught up, it does not."""
    from qazmail_desktop.store.cache import IncomingMessage
    from tests.mailgen import written_letter

    window = demo_app.window
    _synced(qtbot, window)
    inbox = window.cache.folders.of_account("anna")[0]
    letter = written_letter(1, "Рекламация 7", "Рекламация по договору 7")
    window.cache.messages.store(inbox.id, [IncomingMessage(9001, letter, True, (), 0)])  # queued, not indexed
    said = window.statusBar().currentMessage
    _search_typed(qtbot, window, "has:signature")
    qtbot.waitUntil(lambda: "found" in said(), timeout=PATIENCE)
    assert said().endswith(" (the search index is still being built: some letters are not found yet)")
    window.cache.update_search_index()
    _search_typed(qtbot, window, "has:signature")
    qtbot.waitUntil(lambda: said().endswith(" found"), timeout=PATIENCE)
