"""A letter's attachments saved to a folder: under names that stay in that folder, are no device
and no path, show no bidi trick, and clobber nothing (the window's Save and `save-attachments`)."""

from __future__ import annotations

import re
from pathlib import Path

from ..safetext import BIDI_CONTROLS
from ..signing.presented import PresentedLetter

_UNSAFE_NAME = re.compile('[\x00-\x1f\x7f-\x9f<>:"/\\\\|?*' + "".join(sorted(BIDI_CONTROLS)) + "]")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


class NothingToSave(ValueError):
    """The letter has no attachment that can be saved; the message says why."""


def safe_filename(name: str, fallback: str = "attachment") -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE_NAME.sub("_", base).strip(" .")
    if not base or base.split(".")[0].lower() in _RESERVED:
        base = fallback + ("_" + base if base else "")
    return base[:200]


def save_attachment(data: bytes, name: str, folder: Path) -> Path:
    """Write into ``folder`` under a safe, non-clobbering name; never anywhere else."""
    folder = folder.resolve()
    target = (folder / safe_filename(name)).resolve()
    if target.parent != folder:
        raise ValueError(f"refusing to write outside {folder}")
    stem, suffix = target.stem, target.suffix
    counter = 1
    while target.exists():
        target = folder / f"{stem} ({counter}){suffix}"
        counter += 1
    target.write_bytes(data)
    return target


def save_attachments(letter: PresentedLetter, folder: Path) -> list[Path]:
    """Every attachment the letter presents (the one reading the pane and the verdict share), into
    ``folder``. An ambiguous signed letter presents none: its parts are not taken apart."""
    if letter.raw_source is not None:
        raise NothingToSave(
            "the letter's structure can be read in more than one way: its attachments are not taken apart"
        )
    if not letter.attachments:
        raise NothingToSave("the letter has no attachments")
    return [save_attachment(attachment.data, attachment.name, folder) for attachment in letter.attachments]
