"""Sentences of the core (errors it raises, verdict messages) in the command line's language.

The core knows nothing of languages: it says what happened in English, with the file names,
dates and names of the case. Each sentence the user meets often is listed here as a pattern of
that English (what varies in named groups 1, 2, …) beside its translatable template (context
"core", %1, %2 … in the groups' order); a sentence not listed stays English — never half-translated.
"""

from __future__ import annotations

import re

from .speech import QT_TRANSLATE_NOOP, current_language, fill, translate

# (the core's sentence as a pattern, its template to translate)
_SENTENCES: list[tuple[re.Pattern[str], str]] = []


def core_sentence(text: str) -> str:
    """``text`` (a core sentence) in the chosen language when its pattern is known, else as it is."""
    if current_language() == "en":
        return text
    for pattern, template in _SENTENCES:
        match = pattern.fullmatch(text)
        if match:
            return fill(translate("core", template), *match.groups())
    return text


def _sentence(pattern: str, template: str) -> None:
    _SENTENCES.append((re.compile(pattern, re.DOTALL), template))


_sentence(r"(.+) is a folder, not a file", QT_TRANSLATE_NOOP("core", "%1 is a folder, not a file"))
