"""Word forms for search: "договор" finds "договора" and "договору", "келісімшарт" finds
"келісімшартқа", "contract" finds "contracts". Each word is reduced to its stem, the same way when a
letter is indexed and when a query is read, so a query word matches every form of it the letters use.

Letters here mix Russian, Kazakh and English, often in one sentence, so the language is chosen per
word, never per letter: Latin letters are English (Snowball's English stemmer), Cyrillic with a
letter only Kazakh has (ә ғ қ ң ө ұ ү һ і) is Kazakh (``kazakh_stem``), and other Cyrillic words may be
either ("шарттар", "договора"): they get both the Russian (Snowball) and the Kazakh stem, and a query
word matches a letter when any stem of it is among the letter's. Snowball's stemmers are the C ones
of PyStemmer: stemming every word of a million letters must not cost more than reading them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import Stemmer

from .kazakh_stem import looks_kazakh
from .kazakh_stem import stem as kazakh_stem

_RUSSIAN = Stemmer.Stemmer("russian")
_ENGLISH = Stemmer.Stemmer("english")
WORD = re.compile(r"[^\W_]+", re.UNICODE)  # where the index's tokenizer splits: letters and digits
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
MAX_WORD = 40  # longer "words" (base64, hashes) are not language: no stem


def stems(word: str) -> tuple[str, ...]:
    """The stems of one word (lower-cased): one, or two for a Cyrillic word that may be Russian or
    Kazakh; none for numbers, mixed scripts and over-long tokens, which search matches as typed."""
    return _stems(word.lower())


@lru_cache(maxsize=1 << 18)
def _stems(word: str) -> tuple[str, ...]:
    """Remembered: a mailbox uses a few tens of thousands of distinct words over and over, and
    stemming each anew was most of the indexer's time (bench/RESULTS.md)."""
    if len(word) > MAX_WORD or word.isdigit():
        return ()
    cyrillic, latin = _CYRILLIC.search(word) is not None, _LATIN.search(word) is not None
    if cyrillic == latin:  # digits with letters, both scripts, or another script: as typed
        return ()
    if latin:
        return (str(_ENGLISH.stemWord(word)),)
    if looks_kazakh(word):
        return (kazakh_stem(word),)
    russian, kazakh = str(_RUSSIAN.stemWord(word)), kazakh_stem(word)
    return (russian,) if russian == kazakh else (russian, kazakh)


def stem_text(texts: Iterable[str]) -> str:
    """Every distinct stem of ``texts``, space-separated: what the index keeps of a letter's words
    (it needs which stems occur, not where, nor how often). Each text is lower-cased whole and its
    distinct words gathered by C loops (set.update, map over the remembered stems): a word at a
    time in Python was 43% of the index's build time (1.5 million words in 3,000 letters)."""
    distinct: set[str] = set()
    for text in texts:
        distinct.update(WORD.findall(text.lower()))
    return " ".join(sorted(set().union(*map(_stems, distinct))))
