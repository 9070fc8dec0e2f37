"""Re-wrapped genuine letters (issue 27): every way found for two mail readers to disagree about a
signed letter, and the classic signature-wrapping forms. Each is built around a genuine signed
letter and tagged with what an honest reader must make of it:

- ``ambiguous``: readers could show different text: never green, "ambiguous structure";
- ``partial``: a signed part beside or around unsigned words: never green, the words shown;
- ``full``: the signed letter is all that is shown: green, and none of the attacker's words;
- ``unsigned``: the signature does not sign this letter: never green.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

SPOOF = "URGENT: the account changed, pay 9,000,000 KZT to KZ99 0000 1111"
GENUINE = "Акт сверки за 3 квартал: сальдо 0 KZT."
SIGNED_SUBJECT = "Акт сверки № 27-Q3"
# characters that end a line for some reader but not for mail (str.splitlines(), CR-readers)
LINE_BREAKERS = ("\f", "\v", "\x1c", "\x1d", "\x1e", "\u0085", "\u2028", "\u2029", "\r")


@dataclass(frozen=True)
class Spoof:
    name: str
    raw: bytes
    expect: str  # ambiguous, partial, full, unsigned

    @property
    def subject(self) -> str:
        """The outer Subject it carries (what the list shows)."""
        return SIGNED_SUBJECT if self.name == "genuine" else f"Spoof {self.name}"


def text_part(body: str, subtype: str = "plain") -> bytes:
    return f"Content-Type: text/{subtype}; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}".encode()


def _head(subject: str) -> bytes:
    return f"From: head@test.kz\r\nTo: partner@test.kz\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n".encode()


def _wrap(subject: str, content_type: str, *parts: bytes) -> bytes:
    boundary = "WRAP" + secrets.token_hex(6)
    out = _head(subject) + f'Content-Type: {content_type}; boundary="{boundary}"\r\n\r\n'.encode()
    for part in parts:
        out += f"--{boundary}\r\n".encode() + part + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


def _forwarded(letter: bytes) -> bytes:
    return b"Content-Type: message/rfc822\r\nContent-Disposition: inline\r\n\r\n" + letter


def _with_subject(genuine: bytes, subject: str) -> bytes:
    """The genuine letter with its outer Subject replaced (the signed copy inside stays)."""
    head, _, body = genuine.partition(b"\r\n\r\n")
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"subject:")]
    return b"\r\n".join([*lines, f"Subject: {subject}".encode()]) + b"\r\n\r\n" + body


def _preamble_spoof(name: str, header: bytes, genuine: bytes, expect: str = "ambiguous") -> Spoof:
    """The genuine letter as the only part under ``header`` (which names the boundary B), the
    attacker's words in the preamble: what a reader that cuts the header elsewhere shows."""
    raw = _head(f"Spoof {name}") + header + b"\r\n" + SPOOF.encode() + b"\r\n--B\r\n" + genuine + b"\r\n--B--\r\n"
    return Spoof(name, raw, expect)


def spoofs(genuine: bytes) -> list[Spoof]:
    """Every variant around ``genuine`` (a multipart/signed letter with CRLF lines)."""
    spoof = text_part(SPOOF)
    out: list[Spoof] = []
    for breaker in LINE_BREAKERS:
        header = f"X-Mailer: QazMail{breaker}Content-Type: text/plain\r\n".encode()
        header += b'Content-Type: multipart/mixed; boundary="B"\r\n'
        out.append(_preamble_spoof(f"line broken by U+{ord(breaker):04X}", header, genuine))

    def two_boundaries(name: str, parameters: str) -> Spoof:
        raw = (
            _head(f"Spoof {name}")
            + f"Content-Type: multipart/mixed; {parameters}\r\n\r\n".encode()
            + b"--A\r\n"
            + spoof
            + b"\r\n--A--\r\n--B\r\n"
            + genuine
            + b"\r\n--B--\r\n"
        )
        return Spoof(name, raw, "ambiguous")

    out += [
        two_boundaries("boundary given twice", 'boundary="A"; boundary="B"'),
        two_boundaries("boundary in two cases", 'boundary="A"; BOUNDARY="B"'),
        two_boundaries("boundary in its extended form too", "boundary=\"A\"; boundary*=utf-8''B"),
        two_boundaries("boundary continued", 'boundary="A"; boundary*0="B"'),
        Spoof(
            "two Content-Type fields",
            _head("Spoof two Content-Type fields")
            + b'Content-Type: multipart/mixed; boundary="A"\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n'
            + b"--A\r\n"
            + spoof
            + b"\r\n--A--\r\n--B\r\n"
            + genuine
            + b"\r\n--B--\r\n",
            "ambiguous",
        ),
        _preamble_spoof("space before the colon", b'Content-Type : multipart/mixed; boundary="B"\r\n', genuine),
        _preamble_spoof(
            "line without a colon", b'X-Junk-Line\r\nContent-Type: multipart/mixed; boundary="B"\r\n', genuine
        ),
        Spoof(
            "bare CR before a boundary",
            _head("Spoof bare CR before a boundary")
            + b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n'
            + b"intro\r--B\rContent-Type: text/plain\r\r"
            + SPOOF.encode()
            + b"\r\n--B\r\n"
            + genuine
            + b"\r\n--B--\r\n",
            "ambiguous",
        ),
        Spoof(
            "boundary inside the enclosing one",
            _head("Spoof boundary inside the enclosing one")
            + b'Content-Type: multipart/mixed; boundary="=_qazmail"\r\n\r\n--=_qazmail\r\n'
            + genuine
            + b"\r\n--=_qazmail--\r\n",
            "ambiguous",
        ),
        Spoof("mixed", _wrap("Spoof mixed", "multipart/mixed", spoof, genuine), "partial"),
        Spoof("alternative", _wrap("Spoof alternative", "multipart/alternative", spoof, genuine), "partial"),
        Spoof(
            "html beside", _wrap("Spoof html beside", "multipart/mixed", text_part(SPOOF, "html"), genuine), "partial"
        ),
        Spoof("forwarded", _wrap("Spoof forwarded", "multipart/mixed", spoof, _forwarded(genuine)), "partial"),
        _preamble_spoof("preamble", b'Content-Type: multipart/mixed; boundary="B"\r\n', genuine, "full"),
        Spoof(
            "epilogue",
            _head("Spoof epilogue")
            + b'Content-Type: multipart/mixed; boundary="W"\r\n\r\n--W\r\n'
            + genuine
            + b"\r\n--W--\r\n"
            + SPOOF.encode(),
            "full",
        ),
        Spoof("third part", _third_part(genuine, spoof), "unsigned"),
        Spoof("outer subject changed", _with_subject(genuine, "Spoof outer subject changed"), "full"),
        Spoof("genuine", genuine, "full"),
    ]
    return out


def _third_part(genuine: bytes, part: bytes) -> bytes:
    """A third part slipped into the multipart/signed, after the signature."""
    head, _, body = genuine.partition(b"\r\n\r\n")
    boundary = head.split(b'boundary="', 1)[1].split(b'"', 1)[0]
    closing = b"--" + boundary + b"--"
    body = body.replace(closing, b"--" + boundary + b"\r\n" + part + b"\r\n" + closing)
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"subject:")]
    return b"\r\n".join([*lines, b"Subject: Spoof third part"]) + b"\r\n\r\n" + body
