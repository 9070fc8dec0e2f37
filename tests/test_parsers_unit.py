"""Unit tests of the small parsers: modified UTF-7, IMAP tokens and sequence sets, SEARCH,
raw MIME with exact offsets, and the letter view's sanitiser and safe file names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from qazmail_desktop.operations.attachments import safe_filename, save_attachment
from qazmail_desktop.server import imapparse, utf7
from qazmail_desktop.server.imapsearch import Candidate, SearchParser
from qazmail_desktop.server.mailstore import StoredMessage
from qazmail_desktop.store import rawmime
from qazmail_desktop.ui.letterview import sanitize_html


@pytest.mark.parametrize(
    ("name", "wire"),
    [
        ("INBOX", "INBOX"),
        ("Входящие", "&BBIERQQ+BDQETwRJBDgENQ-"),
        ("A&B", "A&-B"),
        ("Жіберілген", "&BBYEVgQxBDUEQARWBDsEMwQ1BD0-"),
    ],
)
def test_modified_utf7_both_ways(name: str, wire: str) -> None:
    assert utf7.encode(name) == wire and utf7.decode(wire) == name


def test_modified_utf7_rejects_an_unterminated_shift() -> None:
    with pytest.raises(ValueError, match="modified UTF-7"):
        utf7.decode("&BBI")


def test_tokens_with_lists_quotes_and_literals() -> None:
    # the I/O loop cuts the {5} marker off the line before the literal's bytes
    tokens = imapparse.tokenize([b'FETCH 1:3 (FLAGS "a \\"q\\"" BODY[]) ', b"hello", b""])
    assert tokens == ["FETCH", "1:3", ["FLAGS", 'a "q"', "BODY[]"], b"hello"]
    with pytest.raises(imapparse.ParseError):
        imapparse.tokenize([b"(unbalanced"])


def test_sequence_sets() -> None:
    assert imapparse.sequence_set("1:4,7,9:*", 12) == [(1, 4), (7, 7), (9, 12)]
    assert imapparse.sequence_set("*:3", 10) == [(3, 10)]
    for bad in ("", "0", "1:x", "99999999999"):
        with pytest.raises(imapparse.ParseError):
            imapparse.sequence_set(bad, 10)


def _candidate(raw: bytes, flags: frozenset[str] = frozenset()) -> Candidate:
    stored = StoredMessage(1, flags, dt.datetime(2026, 11, 30, tzinfo=dt.UTC), len(raw), "x", 1)
    return Candidate(1, stored, lambda _m: raw)


LETTER = "From: Дана <dana@dala.kz>\r\nSubject: =?utf-8?b?0JDQutGC?= 45\r\nDate: Mon, 30 Nov 2026 10:00:00 +0500\r\n\r\nсальдо 0\r\n".encode()


@pytest.mark.parametrize(
    ("criteria", "matches"),
    [
        ([b"SUBJECT", "акт"], True),
        ([b"FROM", "dala.kz"], True),
        ([b"UNSEEN"], True),
        ([b"SEEN"], False),
        ([b"NOT", b"SEEN"], True),
        ([b"OR", b"SEEN", [b"TEXT", "сальдо"]], True),
        ([b"SENTON", "30-Nov-2026"], True),
    ],
)
def test_search_criteria(criteria: list[imapparse.Token], matches: bool) -> None:
    predicate = SearchParser(criteria, 1, 1).parse_all()
    assert predicate(_candidate(LETTER)) is matches


def test_search_needs_criteria() -> None:
    with pytest.raises(imapparse.ParseError):
        SearchParser([], 1, 1).parse_all()


MULTIPART = (
    b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\npreamble\r\n--b1\r\nContent-Type: text/plain\r\n\r\n'
    b"first\r\n--b1\r\nContent-Type: application/pdf\r\n"
    b"Content-Disposition: attachment; filename*=utf-8''%D0%90%D0%BA%D1%82.pdf\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\nJVBERg==\r\n--b1--\r\n"
)


def test_raw_mime_keeps_exact_bytes_and_decodes_names() -> None:
    root = rawmime.parse(MULTIPART)
    text, pdf = root.children
    assert text.body == b"first" and root.content_type == "multipart/mixed"
    assert pdf.filename() == "Акт.pdf" and pdf.decoded_body() == b"%PDF"
    assert rawmime.section(root, "1", MULTIPART) == b"first"
    assert rawmime.section(root, "2.MIME", MULTIPART).startswith(b"Content-Type: application/pdf")


def test_raw_mime_nesting_is_bounded() -> None:
    raw = b"x"
    for level in range(100):
        raw = (
            f'Content-Type: multipart/mixed; boundary="n{level}"\r\n\r\n--n{level}\r\n'.encode()
            + raw
            + f"\r\n--n{level}--\r\n".encode()
        )
    depth, part = 0, rawmime.parse(raw)
    while part.children:
        part, depth = part.children[0], depth + 1
    assert depth == rawmime.MAX_DEPTH


@pytest.mark.parametrize(
    "attack",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        '<a href="javascript:alert(1)">x</a>',
        "<iframe src=http://evil></iframe>",
        '<p style="background:url(http://track)">x</p>',
        # the three that got through the first sanitiser (issue #19)
        '<font color="url(http://track/x.png)">x</font>',
        "<img alt='x\" onerror=\"alert(1)' src=cid:logo>",
        "<img src='cid:logo\" onerror=\"alert(1)'>",
        '<a href="mailto:a@b.kz" onclick="alert(1)">x</a>',
        '<td width="100 onmouseover=alert(1)">x</td>',
        '<img src="data:image/svg+xml;base64,PHN2Zz4=">',
        '<a href="https://bank.kz/" onclick="alert(1)">x</a>',
    ],
)
def test_sanitiser_drops_active_content(attack: str) -> None:
    for remote in (False, True):
        safe, _blocked = sanitize_html(attack, allow_remote=remote)
        assert "script" not in safe and "onerror" not in safe and "javascript" not in safe
        assert "iframe" not in safe and "url(" not in safe and "onclick" not in safe and "onmouseover" not in safe
        assert "svg" not in safe and "track" not in safe


def test_sanitiser_keeps_what_letters_use() -> None:
    safe, _ = sanitize_html(
        '<table border="1" width="100%"><tr><td align="center" valign="top" colspan="2">'
        '<font color="#336699" face="Arial, sans-serif" size="+1">Акт</font>'
        '<img alt="Logo" src="cid:logo@altyn.kz"><a href="mailto:anna@altyn.kz">Anna</a></td></tr></table>'
    )
    for kept in (
        'border="1"',
        'width="100%"',
        'align="center"',
        'color="#336699"',
        'face="Arial, sans-serif"',
        'src="cid:logo@altyn.kz"',
        'href="mailto:anna@altyn.kz"',
        'alt="Logo"',
    ):
        assert kept in safe, kept


def test_remote_images_blocked_until_allowed() -> None:
    html = '<img src="https://tracker.example/p.png"><a href="https://bank.kz">bank</a>'
    blocked, count = sanitize_html(html)
    assert count == 2 and "tracker.example" not in blocked.replace('title="https://bank.kz"', "")
    allowed, _ = sanitize_html(html, allow_remote=True)
    assert 'src="https://tracker.example/p.png"' in allowed and 'href="https://bank.kz"' in allowed


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Windows\\con.txt", "attachment_con.txt"),
        ('a<b>:"c".pdf', "a_b___c_.pdf"),
        ("", "attachment"),
    ],
)
def test_safe_file_names(name: str, safe: str) -> None:
    assert safe_filename(name) == safe


def test_save_attachment_stays_in_its_folder_and_never_overwrites(tmp_path: Path) -> None:
    first = save_attachment(b"1", "act.txt", tmp_path)
    second = save_attachment(b"2", "../act.txt", tmp_path)
    assert first.parent == tmp_path == second.parent and first.read_bytes() == b"1" and second.name == "act (1).txt"


def test_a_huge_folded_header_unfolds_whole() -> None:
    """A header folded over 100,000 lines (1.3 MB; such a letter stalled a sync: the lines were
    joined one by one) is read whole, and the fields after it are still found."""
    from qazmail_desktop.store.mailparse import summarize

    folded = b"".join(b" word%06d\r\n" % n for n in range(100_000))
    raw = b"Subject: start\r\n" + folded + b"From: dana@dala.kz\r\n\r\nbody\r\n"
    summary = summarize(raw)
    words = summary.subject.split()
    assert words[0] == "start" and len(words) == 100_001 and words[-1] == "word099999"
    assert summary.sender == "dana@dala.kz" and summary.text.strip() == "body"
