"""Text from letters made safe to show: bidi controls visible, terminal controls gone, executables known."""

from __future__ import annotations

import pytest

from qazmail_desktop.safetext import is_executable_name, neutral, one_line, printable


def test_a_right_to_left_override_is_shown_not_obeyed() -> None:
    assert neutral("invoice\u202efdp.exe") == "invoice<U+202E>fdp.exe"
    assert neutral("обычное имя.pdf") == "обычное имя.pdf"


@pytest.mark.parametrize(
    "hostile",
    [
        "\x1b[2J\x1b[H",  # clear the screen
        "\x1b]0;title\x07",  # OSC title
        "\x1b]52;c;ZXZpbA==\x07",  # OSC 52: write the clipboard
        "text\r[VALID] forged",  # a bare CR overwrites the line
        "\x9b31m",  # a C1 CSI
        "back\x08\x08",
    ],
)
def test_terminal_controls_never_reach_the_terminal(hostile: str) -> None:
    for shown in (printable(hostile), one_line(hostile)):
        assert not any((ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in shown)


def test_printed_text_keeps_its_lines_and_a_one_line_value_has_none() -> None:
    assert printable("line one\r\nline two\n\ttab") == "line one\nline two\n\ttab"
    assert one_line("Subject\r\n that folds\u2028here") == "Subject that folds here"


@pytest.mark.parametrize(
    ("name", "executable"),
    [
        ("invoice\u202efdp.exe", True),
        ("setup.EXE", True),
        ("report.pdf.js", True),
        ("act.pdf", False),
        ("archive.bat. . ", True),  # Windows drops the trailing dots and spaces
        ("shortcut.lnk", True),
        ("notes.txt", False),
    ],
)
def test_executable_names(name: str, executable: bool) -> None:
    assert is_executable_name(name) is executable
