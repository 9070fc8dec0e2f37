"""Locating the shipped resources (trust store, translations, icons, fonts).

One copy lives in the project's top-level ``resources/``; pyproject.toml installs it as the package
data folder ``qazmail_desktop/data/``, so a wheel carries it, and installer/qazmail.spec puts it at
the same place in the PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The folder holding ``trust/``, ``i18n/``, ``icons/`` and ``fonts/``, in one of three places:

    - a PyInstaller bundle: the spec unpacks them under ``sys._MEIPASS`` at ``qazmail_desktop/data``;
    - an installed wheel: the build copies ``resources/`` into the package as ``data/``, beside
      this module;
    - a checkout, run from the tree or through the editable install (which points at the tree and
      copies nothing): ``resources/`` beside the package folder.

    The wheel's place is asked first: beside an installed package lies site-packages, where a
    ``resources/`` would be another distribution's; a checkout has no ``qazmail_desktop/data/``.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "qazmail_desktop" / "data"
    package = Path(__file__).resolve().parent
    installed = package / "data"
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def shipped_trust_dir() -> Path:
    return resources_dir() / "trust"
