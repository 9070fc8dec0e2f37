"""Text that came from a letter, a certificate or a file name, made safe to show.

Two dangers, one module, so every view neutralises them the same way:

- **Bidirectional controls** (U+202A-U+202E, U+2066-U+2069, U+200E/U+200F, U+061C) reorder what
  follows them: ``invoice\u202efdp.exe`` reads "invoiceexe.pdf". They are shown as visible marks
  instead, so the name reads in the order its characters really have.
- **Terminal controls** (ESC sequences, OSC titles and clipboard writes, a bare CR that overwrites a
  line, backspaces) let a letter clear the screen or print a fake ``[VALID]`` line. Everything a
  command prints that came from a letter loses its control characters.
"""

from __future__ import annotations

import re

BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BIDI = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")
# C0 and C1 controls and DEL, and the line and paragraph separators; tab and newline are kept where
# a caller allows several lines (``multiline``)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROLS_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
EXECUTABLE_SUFFIXES = frozenset(
    {
        ".exe", ".com", ".bat", ".cmd", ".scr", ".pif", ".msi", ".msp", ".msc", ".cpl", ".dll", ".sys",
        ".js", ".jse", ".vbs", ".vbe", ".wsf", ".wsh", ".hta", ".ps1", ".psm1", ".psd1", ".lnk", ".url",
        ".jar", ".reg", ".inf", ".scf", ".appx", ".msix", ".application", ".gadget", ".iso", ".img",
        ".vhd", ".vhdx", ".sh", ".bash", ".run", ".desktop", ".appimage", ".py", ".pyw", ".pl", ".rb",
        ".command", ".app", ".pkg", ".dmg", ".deb", ".rpm", ".xlsm", ".docm", ".pptm", ".chm",
    }
)  # fmt: skip


def _mark(match: re.Match[str]) -> str:
    return f"<U+{ord(match.group(0)):04X}>"


def neutral(text: str) -> str:
    """``text`` with every bidirectional control shown as a visible ``<U+202E>`` mark."""
    return _BIDI.sub(_mark, text)


def one_line(text: str) -> str:
    """For a name, a subject or a header in a list or a line of a command's output: no control
    character of any kind (each becomes a space, runs folded) and bidi controls made visible."""
    return neutral(" ".join(_CONTROLS_ONE_LINE.sub(" ", text).split()))


def printable(text: str) -> str:
    """For a letter's text on a terminal: lines and tabs stay, every other control goes (a CR
    that is not part of a CRLF would overwrite the line), bidi controls made visible."""
    text = text.replace("\r\n", "\n")
    return neutral(_CONTROLS.sub("", text))


def is_executable_name(name: str) -> bool:
    """Whether opening a file of this name would run it (or a script in it) on some desktop: what
    the user is warned about before Open. The name is judged as it really ends, bidi controls and
    trailing dots or spaces (which Windows drops) included."""
    cleaned = _BIDI.sub("", name).rstrip(" .").lower()
    return any(cleaned.endswith(suffix) for suffix in EXECUTABLE_SUFFIXES)
