"""A signature as a set of QR codes, exactly as the specification builds them: the CMS packed as
``signId.cms`` in a ZIP (DEFLATE), the archive in Base64, cut into pieces that each fit a version
25 / level M code inside the JSON ``{"signId", "total", "index", "data"}``. segno encodes them: a
pure-Python, dependency-free QR library that lets the version and level be fixed, as the
specification asks."""

from __future__ import annotations

import base64
import functools
import io
import json
import zipfile

import segno

VERSION = 25
LEVEL = "M"
# bytes a version 25 / level M code holds in byte mode (ISO/IEC 18004, table 7)
CAPACITY = 997
_RESERVED = 10  # the specification's allowance for the digits of total and index
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest date a ZIP entry can carry


class QrSetError(ValueError):
    """QR contents that do not make up one whole signature."""


def _payload(sign_id: int, total: int, index: int, data: str) -> str:
    return json.dumps({"signId": sign_id, "total": total, "index": index, "data": data}, separators=(",", ":"))


def payloads(sign_id: int, cms_bytes: bytes) -> list[str]:
    """The JSON text of every QR code of one signature, in order (index from 1)."""
    buffer = io.BytesIO()
    # the ZIP's own epoch for the file's date, not the clock: the same signature always makes the
    # same codes, so a card's pages can be drawn again from its attachments and compared
    entry = zipfile.ZipInfo(f"{sign_id}.cms", date_time=ZIP_EPOCH)
    entry.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(entry, cms_bytes)
    text = base64.b64encode(buffer.getvalue()).decode("ascii")
    size = CAPACITY - len(_payload(sign_id, 0, 0, "")) - _RESERVED
    pieces = [text[i : i + size] for i in range(0, len(text), size)]
    return [_payload(sign_id, len(pieces), index, piece) for index, piece in enumerate(pieces, 1)]


@functools.lru_cache(maxsize=64)
def modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The dark (True) and light modules of one code, without the quiet zone. Remembered: a card
    is drawn twice (the first pass counts pages), and choosing a code's mask is most of its cost."""
    code = segno.make(payload, version=VERSION, error=LEVEL, mode="byte", boost_error=False)
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix)


def assemble(texts: list[str]) -> dict[int, bytes]:
    """The CMS of each signature from the contents of its QR codes, in any order (what a reader
    of a printed card does); every set must be complete."""
    sets: dict[int, dict[int, str]] = {}
    totals: dict[int, int] = {}
    for text in texts:
        try:
            item = json.loads(text)
            sign_id, total, index, data = int(item["signId"]), int(item["total"]), int(item["index"]), str(item["data"])
        except (ValueError, KeyError, TypeError) as exc:
            raise QrSetError(f"not a document card QR code: {text[:40]!r}") from exc
        totals[sign_id] = total
        sets.setdefault(sign_id, {})[index] = data
    out = {}
    for sign_id, pieces in sets.items():
        if sorted(pieces) != list(range(1, totals[sign_id] + 1)):
            raise QrSetError(f"signature {sign_id}: {len(pieces)} of {totals[sign_id]} QR codes")
        archive = base64.b64decode("".join(pieces[i] for i in sorted(pieces)))
        with zipfile.ZipFile(io.BytesIO(archive)) as opened:
            out[sign_id] = opened.read(f"{sign_id}.cms")
    return out
