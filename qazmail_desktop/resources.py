"""Locating the shipped resources (trust store, translations, icons, fonts): ``data/`` inside the
package, so a checkout, a wheel and the PyInstaller bundle all carry them."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks the package data here
    if bundle:
        return Path(bundle) / "qazmail_desktop" / "data"
    return Path(__file__).resolve().parent / "data"


def shipped_trust_dir() -> Path:
    return resources_dir() / "trust"
