"""What a search box's text asks for: words, "quoted phrases", and field operators.

    договор from:bolat has:signature status:revoked after:01.12.2026 "акт № 45"

Words match any form of themselves (``wordforms``) or, as typed so far, the beginning of a word; a
quoted word or phrase matches exactly as written. The operators narrow by field:

    from: to: subject: signer:          words in that field (the signer: name, company, e-mail)
    iin: bin:                           the signer's IIN or BIN (12 digits)
    has:attachment has:signature        letters with attachments, with a signature
    status:valid|revoked|suspended|indeterminate|modified|invalid|expired|untrusted|…
    folder:NAME                         the folder's name (any account), or a part of it
    before:DATE after:DATE on:DATE      by date: 01.12.2026, 2026-12-01, today, yesterday
                                        (сегодня/вчера, бүгін/кеше)

The same parse serves the window and ``search`` on the command line. A value an operator cannot
take (``status:gold``, ``after:31.02.2026``) is refused with the reason, not searched as a word.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from ..errors import UserFacingError

# The statuses of a signature verdict (crypto.status.Status values) by the words people use
STATUSES: dict[str, tuple[str, ...]] = {
    "valid": ("valid",),
    "indeterminate": ("indeterminate",),
    "untrusted": ("untrusted",),
    "expired": ("expired",),
    "notyetvalid": ("not_yet_valid",),
    "revoked": ("revoked",),
    "suspended": ("suspended",),
    "invalid": ("invalid_signature",),
    "modified": ("content_modified",),
    "missing": ("content_missing",),
    "older": ("older_generation",),
    "malformed": ("malformed", "ambiguous_structure"),
    "unknown": ("unknown_algorithm",),
    "notforsigning": ("key_not_for_signing",),
}
HAS = ("attachment", "signature")
TEXT_FIELDS = ("from", "to", "subject", "signer")
OPERATORS = (*TEXT_FIELDS, "iin", "bin", "has", "status", "folder", "before", "after", "on")
_TODAY = {"today", "сегодня", "бүгін"}
_YESTERDAY = {"yesterday", "вчера", "кеше"}
# operator:value (the value quoted or not), a quoted phrase, or a word: in the order people type them
_TOKEN = re.compile(r'(?P<op>[a-z]+):(?:"(?P<qvalue>[^"]*)"|(?P<value>\S+))|"(?P<phrase>[^"]*)"?|(?P<word>\S+)')
_IDENTITY = re.compile(r"\d{12}")


class Refusal(enum.Enum):
    """Why an operator's value was refused: the window words each in the user's language."""

    NOT_A_DATE = "date"
    NO_VALUE = "empty"
    NOT_AN_IDENTITY = "identity"
    NOT_A_KIND = "has"
    NOT_A_STATUS = "status"


class SearchQueryError(UserFacingError):
    """An operator's value that cannot be searched for, said in a sentence (English, for the
    command line's catalogs), with the reason and the operator and value apart for the window."""

    def __init__(self, sentence: str, reason: Refusal, operator: str, value: str) -> None:
        super().__init__(sentence)
        self.reason, self.operator, self.value = reason, operator, value


@dataclass(frozen=True)
class SearchQuery:
    words: tuple[str, ...] = ()  # any form of the word, or a word beginning so
    phrases: tuple[str, ...] = ()  # exactly as written, its words in this order
    fields: tuple[tuple[str, str], ...] = ()  # (from|to|subject|signer, words)
    identities: tuple[str, ...] = ()  # IINs and BINs of the signer
    has_attachment: bool = False
    has_signature: bool = False
    statuses: tuple[str, ...] = ()  # any of these verdict statuses
    folders: tuple[str, ...] = ()
    after: dt.date | None = None  # on or after
    before: dt.date | None = None  # strictly before

    @property
    def empty(self) -> bool:
        return self == SearchQuery()

    @property
    def narrows(self) -> bool:
        """Whether it asks for more than words: a kind of letter, a verdict, a folder or dates."""
        return bool(
            self.has_attachment or self.has_signature or self.statuses or self.folders or self.after or self.before
        )


def parse_date(text: str, today: dt.date) -> dt.date:
    """A date as people type it: 01.12.2026, 1.12.2026, 2026-12-01, today, yesterday (ru, kk)."""
    lowered = text.lower()
    if lowered in _TODAY:
        return today
    if lowered in _YESTERDAY:
        return today - dt.timedelta(days=1)
    for pattern in ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    sentence = f"not a date: {text} (write 01.12.2026, 2026-12-01, today or yesterday)"
    raise SearchQueryError(sentence, Refusal.NOT_A_DATE, "", text)


def operator_spans(text: str) -> list[tuple[int, int]]:
    """Where each operator stands in ``text`` (start, end): the window shows each as a chip that
    removes it from the query."""
    return [m.span() for m in _TOKEN.finditer(text) if m.group("op") in OPERATORS]


def parse_query(text: str, today: dt.date | None = None) -> SearchQuery:
    """``text`` as a query; raises SearchQueryError for an operator value it cannot take. A word
    with a colon that is no operator ("Re:", "10:30") is a word."""
    today = today or dt.date.today()
    words: list[str] = []
    phrases: list[str] = []
    fields: list[tuple[str, str]] = []
    identities: list[str] = []
    statuses: list[str] = []
    folders: list[str] = []
    has: set[str] = set()
    after: dt.date | None = None
    before: dt.date | None = None
    for match in _TOKEN.finditer(text):
        operator = match.group("op")
        if operator is not None and operator in OPERATORS:
            value = match.group("qvalue") if match.group("qvalue") is not None else match.group("value")
            value = value.strip()
            if not value:
                raise SearchQueryError(f"{operator}: needs a value", Refusal.NO_VALUE, operator, "")
            if operator in TEXT_FIELDS:
                fields.append((operator, value))
            elif operator in ("iin", "bin"):
                if not _IDENTITY.fullmatch(value):
                    sentence = f"{operator}: takes 12 digits, not {value}"
                    raise SearchQueryError(sentence, Refusal.NOT_AN_IDENTITY, operator, value)
                identities.append(value)
            elif operator == "has":
                if value.lower() not in HAS:
                    sentence = f"has: takes attachment or signature, not {value}"
                    raise SearchQueryError(sentence, Refusal.NOT_A_KIND, operator, value)
                has.add(value.lower())
            elif operator == "status":
                key = value.lower().replace("_", "").replace("-", "")
                if key not in STATUSES:
                    sentence = f"status: takes {', '.join(STATUSES)}, not {value}"
                    raise SearchQueryError(sentence, Refusal.NOT_A_STATUS, operator, value)
                statuses.extend(STATUSES[key])
            elif operator == "folder":
                folders.append(value)
            else:
                day = parse_date(value, today)
                if operator in ("after", "on"):
                    after = max(after, day) if after else day
                if operator in ("before", "on"):
                    end = day + dt.timedelta(days=1) if operator == "on" else day
                    before = min(before, end) if before else end
        elif match.group("phrase") is not None:
            phrase = " ".join(match.group("phrase").split())
            if phrase:
                phrases.append(phrase)
        else:
            words.append(match.group(0))
    return SearchQuery(
        words=tuple(words),
        phrases=tuple(phrases),
        fields=tuple(fields),
        identities=tuple(identities),
        has_attachment="attachment" in has,
        has_signature="signature" in has,
        statuses=tuple(statuses),
        folders=tuple(folders),
        after=after,
        before=before,
    )
