"""The command line in the user's language: Kazakh, Russian or English, from ``--lang`` or the
locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG as gettext reads them; Windows' user locale).

The words live in the window's catalogs (resources/i18n/qazmail_{kk,ru}.ts), under the contexts "cli"
(what the command line writes itself) and "core" (sentences of the core it passes on): one
translation workflow (scripts/update-translations.sh) serves both. Code writes
``translate("cli", "text %1")``: lupdate finds the calls by that name. English is the source text.
The command line reads the catalog's XML source, not Qt's compiled form: it does not load Qt.
"""

from __future__ import annotations

import locale
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from xml.etree import ElementTree

from ..resources import resources_dir

LANGUAGES = ("kk", "ru", "en")
# Windows names its locales in words ("Kazakh_Kazakhstan", "Russian_Russia")
_WINDOWS_NAMES = {"kazakh": "kk", "russian": "ru"}


CONTEXTS = ("cli", "core")


@dataclass
class _Catalog:
    """The chosen language's words, by (context, source text); empty for English."""

    words: dict[tuple[str, str], str] = field(default_factory=dict)
    language: str = "en"
    requested: bool = False  # chosen by --lang, not taken from the locale


_CHOSEN = _Catalog()


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """``kk``, ``ru`` or ``en`` from the first locale variable that is set, as gettext looks them
    up; without any (Windows), the user's locale; another language reads English."""
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return _language_of(value.split(":")[0])
    try:
        return _language_of(locale.getlocale()[0] or "")
    except ValueError:
        return "en"


def _language_of(name: str) -> str:
    lowered = name.lower()
    for word, code in _WINDOWS_NAMES.items():
        if lowered.startswith(word):
            return code
    code = lowered[:2]
    return code if code in LANGUAGES else "en"


def requested_language(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` among the arguments, read before the parser is built (its help
    texts are written in that language); None when not given or not one of LANGUAGES."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        return value if value in LANGUAGES else None
    return None


def without_language(argv: Sequence[str]) -> list[str]:
    """The arguments without ``--lang X`` / ``--lang=X``: it is taken wherever it stands (before
    or after the command), so the parser never sees it in a place it would refuse."""
    out: list[str] = []
    skip = False
    for index, arg in enumerate(argv):
        if skip:
            skip = False
            continue
        if arg == "--":
            return out + list(argv[index:])
        if arg == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGUAGES:
            skip = True
            continue
        if arg.startswith("--lang=") and arg.partition("=")[2] in LANGUAGES:
            continue
        out.append(arg)
    return out


def use_language(language: str, requested: bool = False) -> None:
    """Speak ``language`` from now on (a missing catalog leaves English); ``requested``: asked for
    by --lang (the window then takes it over its own setting)."""
    _CHOSEN.requested = requested
    _CHOSEN.language = language if language in LANGUAGES else "en"
    _CHOSEN.words = {} if _CHOSEN.language == "en" else _catalog(_CHOSEN.language)


def _catalog(language: str) -> dict[tuple[str, str], str]:
    """The finished translations of the command line's contexts (a catalog that cannot be read
    leaves English: the command still runs)."""
    try:
        root = ElementTree.parse(resources_dir() / "i18n" / f"qazmail_{language}.ts").getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    words = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        if name not in CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if source and translation is not None and translation.text and not translation.get("type"):
                words[(name, source)] = translation.text
    return words


def language_requested() -> bool:
    return _CHOSEN.requested


def current_language() -> str:
    return _CHOSEN.language


def translate(context: str, text: str) -> str:
    """``text`` in the chosen language (as it is when there is no translation of it)."""
    return _CHOSEN.words.get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for the catalogs where it is defined, to be translated later by its source."""
    del context
    return text


def fill(template: str, *values: object) -> str:
    """``template`` with %1, %2 … replaced by ``values`` in one pass, as Qt's arg() does (a value
    that itself contains "%2" is not replaced again); translations may reorder the places."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return re.sub(r"%([1-9])", value, template)
