"""Sentences of the core (errors it raises, verdict messages) in the command line's language.

The core knows nothing of languages: it says what happened in English, with the file names,
dates and names of the case. Each sentence the user meets often is listed here as a pattern of
that English (what varies in groups 1, 2, …) beside its translatable template (context "core",
%1, %2 … in the groups' order; a translation may reorder them); a sentence not listed stays
English — never half-translated.

Some groups are core sentences or words themselves (the reason inside "signature 1 (NAME) is
revoked: REASON; co-signing refused", the OS's reason a file cannot be read, "key file"): those
named in ``inner`` are translated in turn, when known, else kept as they are (they are the case's
values then, as a file name is). The core joins sentences with "; " (the problems that left a
revocation status unknown, the issuing CAs' notes): a text no pattern takes whole is read as such
a list, translated when every part is a known sentence.

Bounded whatever the text: every pattern is matched whole (``fullmatch``), no group repeats
another (no nested ``(.+)+``), inner translation goes at most ``MAX_DEPTH`` deep, a list is read
in at most ``MAX_PARTS`` parts, and a text longer than ``MAX_LENGTH`` is no sentence a user
reads: it stays as it is. Dates are the core's ``05.12.2026 11:16 UTC+05:00`` in every language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .speech import QT_TRANSLATE_NOOP, current_language, fill, translate

MAX_LENGTH = 4_000
MAX_DEPTH = 3
MAX_PARTS = 16
_LIST = "; "


@dataclass(frozen=True)
class _Sentence:
    pattern: re.Pattern[str]
    template: str
    inner: frozenset[int]  # groups that are core sentences or words themselves


# (the core's sentence as a pattern, its template to translate, its inner groups), tried in order
_SENTENCES: list[_Sentence] = []
# words the core puts inside its sentences ("key file", a status, the OS's reason), by their text
_WORDS: dict[str, str] = {}


def core_sentence(text: str) -> str:
    """``text`` (a core sentence) in the chosen language when its pattern is known, else as it is."""
    if current_language() == "en":
        return text
    return _translated(text, 0)


def _translated(text: str, depth: int) -> str:
    if depth > MAX_DEPTH or len(text) > MAX_LENGTH:
        return text
    whole = _whole(text, depth)
    if whole is not None:
        return whole
    parts = _as_list(text)
    if parts is None:
        return text
    return _LIST.join(_whole(part, depth + 1) or part for part in parts)


def _whole(text: str, depth: int) -> str | None:
    """``text`` translated as one word or sentence, or None when none is known (or not translated)."""
    word = _WORDS.get(text)
    if word is not None:
        said = translate("core", word)
        return said if said != word else None
    found = _found(text)
    if found is None:
        return None
    sentence, match = found
    values = [
        _translated(value, depth + 1) if number in sentence.inner else value
        for number, value in enumerate(match.groups(), 1)
    ]
    return fill(translate("core", sentence.template), *values)


def _found(text: str) -> tuple[_Sentence, re.Match[str]] | None:
    """The first listed sentence ``text`` is, whole, whose template has a translation."""
    for sentence in _SENTENCES:
        match = sentence.pattern.fullmatch(text)
        if match and translate("core", sentence.template) != sentence.template:
            return sentence, match
    return None


def _as_list(text: str) -> list[str] | None:
    """``text`` cut at "; " into parts that are each a known word or sentence (a part may hold "; "
    itself: each part is the longest known one that ends where it does), or None when it cannot be."""
    pieces = text.split(_LIST)
    if not 2 <= len(pieces) <= MAX_PARTS:
        return None
    # reach[i]: where the last part of a reading of pieces[:i] begins, when they can be read so
    reach: list[int | None] = [0] + [None] * len(pieces)
    for end in range(1, len(pieces) + 1):
        for start in range(end):
            if reach[start] is not None and _known(_LIST.join(pieces[start:end])):
                reach[end] = start
                break
    if reach[-1] is None:
        return None
    parts: list[str] = []
    end = len(pieces)
    while end:
        begins = reach[end]
        assert begins is not None
        parts.append(_LIST.join(pieces[begins:end]))
        end = begins
    return parts[::-1]


def _known(text: str) -> bool:
    word = _WORDS.get(text)
    if word is not None:
        return translate("core", word) != word
    return _found(text) is not None


def _sentence(pattern: str, template: str, inner: Iterable[int] = ()) -> None:
    _SENTENCES.append(_Sentence(re.compile(pattern, re.DOTALL), template, frozenset(inner)))


def _word(text: str) -> str:
    """A word of the core's sentences (the text is its own template)."""
    _WORDS[text] = text
    return text


# --- what a sentence holds -------------------------------------------------------------------
# a moment as the core writes it (qazmail_desktop.moments, to the minute), a day, a number as
# Python writes it with "{:,}"; other values are any text
MOMENT = r"(\d\d\.\d\d\.\d{4} \d\d:\d\d UTC[+-]\d\d:\d\d)"
DAY = r"(\d\d\.\d\d\.\d{4})"
NUMBER = r"(\d[\d,]*)"

# what a named file is (userfiles.read_regular_file's ``what``): a closed list, longest first,
# so that the words never eat into the file's name
_WHATS = [
    _word(QT_TRANSLATE_NOOP("core", "key file")),
    _word(QT_TRANSLATE_NOOP("core", "document")),
    _word(QT_TRANSLATE_NOOP("core", "signature")),
    _word(QT_TRANSLATE_NOOP("core", "signed file")),
    _word(QT_TRANSLATE_NOOP("core", "certificate")),
    _word(QT_TRANSLATE_NOOP("core", "CRL")),
    _word(QT_TRANSLATE_NOOP("core", "attachment")),
    _word(QT_TRANSLATE_NOOP("core", "letter text")),
    _word(QT_TRANSLATE_NOOP("core", "document card")),
    _word(QT_TRANSLATE_NOOP("core", "XML document")),
    _word(QT_TRANSLATE_NOOP("core", "PDF")),
    _word(QT_TRANSLATE_NOOP("core", "CMS")),
]
WHAT = "(" + "|".join(re.escape(what) for what in sorted(_WHATS, key=len, reverse=True)) + ")"

# the OS's reasons (strerror) a file cannot be opened or read
_word(QT_TRANSLATE_NOOP("core", "Permission denied"))
_word(QT_TRANSLATE_NOOP("core", "No such file or directory"))
_word(QT_TRANSLATE_NOOP("core", "Is a directory"))
_word(QT_TRANSLATE_NOOP("core", "Not a directory"))
_word(QT_TRANSLATE_NOOP("core", "File name too long"))
_word(QT_TRANSLATE_NOOP("core", "No such device or address"))
_word(QT_TRANSLATE_NOOP("core", "Input/output error"))
_word(QT_TRANSLATE_NOOP("core", "Too many levels of symbolic links"))
_word(QT_TRANSLATE_NOOP("core", "No space left on device"))
_word(QT_TRANSLATE_NOOP("core", "Read-only file system"))

# a signature's status where a sentence names it (crypto.status.Status)
_word(QT_TRANSLATE_NOOP("core", "content_missing"))
_word(QT_TRANSLATE_NOOP("core", "older_generation"))
_word(QT_TRANSLATE_NOOP("core", "unknown_algorithm"))
_word(QT_TRANSLATE_NOOP("core", "invalid_signature"))
_word(QT_TRANSLATE_NOOP("core", "content_modified"))
_word(QT_TRANSLATE_NOOP("core", "malformed"))
_word(QT_TRANSLATE_NOOP("core", "unknown signer"))
_word(QT_TRANSLATE_NOOP("core", "no signer"))

# what a revocation is said by (crypto.verify)
_word(QT_TRANSLATE_NOOP("core", "OCSP embedded in the signature"))
_word(QT_TRANSLATE_NOOP("core", "OCSP kept from an earlier check"))
_sentence(r"delta CRL #(\d+)", QT_TRANSLATE_NOOP("core", "delta CRL #%1"))

# a limit (userfiles._size)
_sentence(r"(\d+) MiB", QT_TRANSLATE_NOOP("core", "%1 MiB"))
_sentence(r"(\d+) bytes", QT_TRANSLATE_NOOP("core", "%1 bytes"))

# --- files the user names (userfiles, operations.files.read_limited, atomic) -----------------
_sentence(r"no such file: (.+)", QT_TRANSLATE_NOOP("core", "no such file: %1"))
_sentence(r"(.+) is a folder, not a file", QT_TRANSLATE_NOOP("core", "%1 is a folder, not a file"))
_sentence(
    r"(.+) is not a regular file \(a device, pipe or socket\): give a file",
    QT_TRANSLATE_NOOP("core", "%1 is not a regular file (a device, pipe or socket): give a file"),
)
_sentence(rf"cannot read {WHAT} (.+): ([^:]+)", QT_TRANSLATE_NOOP("core", "cannot read %1 %2: %3"), inner=(1, 3))
_sentence(
    rf"{WHAT} (.+) is larger than the (\d+ MiB|\d+ bytes) limit",
    QT_TRANSLATE_NOOP("core", "%1 %2 is larger than the %3 limit"),
    inner=(1, 3),
)
_sentence(
    r"the disk holding (.+) is full: nothing was changed; free some space and try again",
    QT_TRANSLATE_NOOP("core", "the disk holding %1 is full: nothing was changed; free some space and try again"),
    inner=(1,),
)
_sentence(r"the disk holding (.+) is full", QT_TRANSLATE_NOOP("core", "the disk holding %1 is full"), inner=(1,))
_sentence(r"the mail cache (.+)", QT_TRANSLATE_NOOP("core", "the mail cache %1"))
_sentence(
    r"(.+) is a folder: name the file to write", QT_TRANSLATE_NOOP("core", "%1 is a folder: name the file to write")
)

# --- keys (crypto.keys, crypto.pkcs12, signing.keystore, signing.keystatus) ------------------
_sentence(r"wrong password for (.+)", QT_TRANSLATE_NOOP("core", "wrong password for %1"))
_sentence(r"the password for (.+) is needed", QT_TRANSLATE_NOOP("core", "the password for %1 is needed"))
_NOT_PKCS12 = QT_TRANSLATE_NOOP("core", "not a PKCS#12 key file (.p12, as the NCA issues them)")
_sentence(re.escape(_NOT_PKCS12), _NOT_PKCS12)
_sentence(
    r"(.+): not a PKCS#12 key file \(\.p12, as the NCA issues them\)",
    QT_TRANSLATE_NOOP("core", "%1: not a PKCS#12 key file (.p12, as the NCA issues them)"),
)
_sentence(r"(.+): corrupt PKCS#12 content \((.+)\)", QT_TRANSLATE_NOOP("core", "%1: corrupt PKCS#12 content (%2)"))
_sentence(
    rf"(.+): the key file asks for {NUMBER} rounds of password hashing; at most {NUMBER} are accepted "
    r"\(NCA keys use 2,048\): a file made this way would stall the program",
    QT_TRANSLATE_NOOP(
        "core",
        "%1: the key file asks for %2 rounds of password hashing; at most %3 are accepted (NCA keys use 2,048): "
        "a file made this way would stall the program",
    ),
)
_sentence(r"(.+) holds no private key", QT_TRANSLATE_NOOP("core", "%1 holds no private key"))
_sentence(r"(.+) holds no certificate for its key", QT_TRANSLATE_NOOP("core", "%1 holds no certificate for its key"))
_sentence(
    r"(.+): the private key does not match the certificate",
    QT_TRANSLATE_NOOP("core", "%1: the private key does not match the certificate"),
)
_sentence(
    r"(.+) is an authentication \(AUTH\) key; NCA issues a separate key for signing \(RSA_/GOST_ file\)",
    QT_TRANSLATE_NOOP(
        "core", "%1 is an authentication (AUTH) key; NCA issues a separate key for signing (RSA_/GOST_ file)"
    ),
)
_sentence(
    rf"the certificate of (.+) expired on {MOMENT} \(valid {DAY} to {DAY}\); get a new key from the NCA",
    QT_TRANSLATE_NOOP("core", "the certificate of %1 expired on %2 (valid %3 to %4); get a new key from the NCA"),
)
_sentence(
    rf"the certificate of (.+) is not valid until {MOMENT}",
    QT_TRANSLATE_NOOP("core", "the certificate of %1 is not valid until %2"),
)
_sentence(
    r"(.+) is a GOST 34\.310-2004 key: the NCA no longer issues these, and QazMail only verifies what they "
    r"signed; sign with a GOST 34\.10-2015 key",
    QT_TRANSLATE_NOOP(
        "core",
        "%1 is a GOST 34.310-2004 key: the NCA no longer issues these, and QazMail only verifies what they signed; "
        "sign with a GOST 34.10-2015 key",
    ),
)
_sentence(
    rf"the certificate of (.+) was revoked on {MOMENT} \(([a-z_]+)\) according to (\S+): "
    r"a signature made with it would not be valid",
    QT_TRANSLATE_NOOP(
        "core",
        "the certificate of %1 was revoked on %2 (%3) according to %4: a signature made with it would not be valid",
    ),
)
_sentence(
    r"the key's issuing CA is not known here: its revocation status was not checked",
    QT_TRANSLATE_NOOP("core", "the key's issuing CA is not known here: its revocation status was not checked"),
)
_sentence(
    r"revocation status not checked: (.+)", QT_TRANSLATE_NOOP("core", "revocation status not checked: %1"), inner=(1,)
)
_sentence(
    r"not checked: the key's issuing CA is not known here",
    QT_TRANSLATE_NOOP("core", "not checked: the key's issuing CA is not known here"),
)
_sentence(r"not checked: (.+)", QT_TRANSLATE_NOOP("core", "not checked: %1"), inner=(1,))
_sentence(
    rf"suspended on {MOMENT} per (\S+); the CA may lift it",
    QT_TRANSLATE_NOOP("core", "suspended on %1 per %2; the CA may lift it"),
)
_sentence(rf"revoked on {MOMENT} \(([a-z_]+)\) per (\S+)", QT_TRANSLATE_NOOP("core", "revoked on %1 (%2) per %3"))
_sentence(rf"good as of {MOMENT} per (\S+)", QT_TRANSLATE_NOOP("core", "good as of %1 per %2"))
_sentence(
    r"the certificate names no OCSP responder", QT_TRANSLATE_NOOP("core", "the certificate names no OCSP responder")
)
_sentence(
    r"the key's issuing CA is not known here: the signature carries no certificate status",
    QT_TRANSLATE_NOOP("core", "the key's issuing CA is not known here: the signature carries no certificate status"),
)
_sentence(
    r"the signature carries no certificate status, so it proves itself only while the CA's services answer: (.+)",
    QT_TRANSLATE_NOOP(
        "core",
        "the signature carries no certificate status, so it proves itself only while the CA's services answer: %1",
    ),
    inner=(1,),
)
_sentence(r"expires in (\d+) days", QT_TRANSLATE_NOOP("core", "expires in %1 days"))
_word(QT_TRANSLATE_NOOP("core", "expired"))

# --- a CMS, an XML document, a PDF that cannot be read or signed -----------------------------
_sentence(r"neither DER, PEM nor base64 data", QT_TRANSLATE_NOOP("core", "neither DER, PEM nor base64 data"))
_sentence(
    r"not an X\.509 certificate \(DER, PEM or base64\)",
    QT_TRANSLATE_NOOP("core", "not an X.509 certificate (DER, PEM or base64)"),
)
_sentence(
    r"not a CMS signature \(damaged, or another kind of file\)",
    QT_TRANSLATE_NOOP("core", "not a CMS signature (damaged, or another kind of file)"),
)
_sentence(
    r"not a CMS SignedData \(content type (.+)\)", QT_TRANSLATE_NOOP("core", "not a CMS SignedData (content type %1)")
)
_sentence(r"malformed CMS SignedData", QT_TRANSLATE_NOOP("core", "malformed CMS SignedData"))
_sentence(r"malformed CMS \((.+)\)", QT_TRANSLATE_NOOP("core", "malformed CMS (%1)"))
_sentence(
    rf"{NUMBER} bytes follow the end of the CMS: not one signature",
    QT_TRANSLATE_NOOP("core", "%1 bytes follow the end of the CMS: not one signature"),
)
_sentence(
    r"the CMS is detached: give the signed document \(--data FILE\)",
    QT_TRANSLATE_NOOP("core", "the CMS is detached: give the signed document (--data FILE)"),
)
_sentence(
    r"the XML document is larger than (\d+) MiB", QT_TRANSLATE_NOOP("core", "the XML document is larger than %1 MiB")
)
_sentence(
    r"the XML document declares a DTD or entities \(or is not UTF-8\): refused",
    QT_TRANSLATE_NOOP("core", "the XML document declares a DTD or entities (or is not UTF-8): refused"),
)
_sentence(
    r"the XML document declares a DTD: refused", QT_TRANSLATE_NOOP("core", "the XML document declares a DTD: refused")
)
_sentence(r"not well-formed XML \((.+)\)", QT_TRANSLATE_NOOP("core", "not well-formed XML (%1)"))
_sentence(
    r"the XML document is nested more than (\d+) deep: refused",
    QT_TRANSLATE_NOOP("core", "the XML document is nested more than %1 deep: refused"),
)
_sentence(
    r"the XML document holds more than (\d+) signatures: refused",
    QT_TRANSLATE_NOOP("core", "the XML document holds more than %1 signatures: refused"),
)
_sentence(
    r"the signer's certificate is not in the signature \(KeyInfo\)",
    QT_TRANSLATE_NOOP("core", "the signer's certificate is not in the signature (KeyInfo)"),
)
_sentence(
    r"(.+): XML signatures are made with GOST 34\.10-2015 \(512\) or RSA-SHA256 keys",
    QT_TRANSLATE_NOOP("core", "%1: XML signatures are made with GOST 34.10-2015 (512) or RSA-SHA256 keys"),
)
_sentence(r"not a PDF file", QT_TRANSLATE_NOOP("core", "not a PDF file"))
_sentence(
    r"a PDF larger than (\d+) MiB is not signed", QT_TRANSLATE_NOOP("core", "a PDF larger than %1 MiB is not signed")
)
_sentence(
    r"the PDF is encrypted: QazMail signs PDFs that open without a password",
    QT_TRANSLATE_NOOP("core", "the PDF is encrypted: QazMail signs PDFs that open without a password"),
)
_sentence(r"the PDF cannot be signed: (.+)", QT_TRANSLATE_NOOP("core", "the PDF cannot be signed: %1"))
_sentence(
    r"the PDF was changed after its last signature; signing refused",
    QT_TRANSLATE_NOOP("core", "the PDF was changed after its last signature; signing refused"),
)
_sentence(
    r"signature (\d+) of the PDF cannot be read \((.+)\); signing refused",
    QT_TRANSLATE_NOOP("core", "signature %1 of the PDF cannot be read (%2); signing refused"),
    inner=(2,),
)
_sentence(
    r"the signature with its evidence is larger than the room a PDF keeps for it",
    QT_TRANSLATE_NOOP("core", "the signature with its evidence is larger than the room a PDF keeps for it"),
)
_sentence(
    r"what was added to (.+) after its last signature",
    QT_TRANSLATE_NOOP("core", "what was added to %1 after its last signature"),
)
_sentence(
    r"the rest of (.+), outside the element (.+)", QT_TRANSLATE_NOOP("core", "the rest of %1, outside the element %2")
)
_sentence(
    r"this CMS holds no signature to co-sign", QT_TRANSLATE_NOOP("core", "this CMS holds no signature to co-sign")
)
_sentence(
    r"signature (\d+) \((.+?)\) is ([a-z_]+): (.+); co-signing refused",
    QT_TRANSLATE_NOOP("core", "signature %1 (%2) is %3: %4; co-signing refused"),
    inner=(2, 3, 4),
)
_sentence(
    r"signature (\d+) \((.+?)\) is ([a-z_]+): (.+); signing refused",
    QT_TRANSLATE_NOOP("core", "signature %1 (%2) is %3: %4; signing refused"),
    inner=(2, 3, 4),
)
_sentence(
    r"(.+) already carried a signature: yours was added to it \(co-signed\)",
    QT_TRANSLATE_NOOP("core", "%1 already carried a signature: yours was added to it (co-signed)"),
)
_sentence(
    r"(.+) is not co-signed \((.+)\): it is signed as a file instead",
    QT_TRANSLATE_NOOP("core", "%1 is not co-signed (%2): it is signed as a file instead"),
    inner=(2,),
)
_sentence(
    r"(.+) is not a PDF: signed as (\1\.sig) beside it instead",
    QT_TRANSLATE_NOOP("core", "%1 is not a PDF: signed as %2 beside it instead"),
)
_sentence(
    r"(.+) cannot be signed inside a PDF by eGov Mobile: signed as (\1\.sig) beside it instead",
    QT_TRANSLATE_NOOP("core", "%1 cannot be signed inside a PDF by eGov Mobile: signed as %2 beside it instead"),
)
_sentence(
    r"(.+) cannot be signed inside \((.+)\): signed as (\1\.sig) beside it instead",
    QT_TRANSLATE_NOOP("core", "%1 cannot be signed inside (%2): signed as %3 beside it instead"),
    inner=(2,),
)

# --- verdicts (crypto.verify, crypto.trust, crypto.generations, signing.xmlverdict) ----------
_sentence(
    r"signature valid; when it was made is proven by a trusted time-stamp",
    QT_TRANSLATE_NOOP("core", "signature valid; when it was made is proven by a trusted time-stamp"),
)
_sentence(
    r"signature valid; certificate valid and not revoked now; its signing time is only the signer's claim",
    QT_TRANSLATE_NOOP(
        "core", "signature valid; certificate valid and not revoked now; its signing time is only the signer's claim"
    ),
)
_sentence(
    r"signature valid; certificate valid and not revoked now",
    QT_TRANSLATE_NOOP("core", "signature valid; certificate valid and not revoked now"),
)
_sentence(
    r"an XML signature carries no time-stamp: when it was made is not proven",
    QT_TRANSLATE_NOOP("core", "an XML signature carries no time-stamp: when it was made is not proven"),
)
_sentence(
    r"the document differs from the one that was signed \(modified after signing, or another document\)",
    QT_TRANSLATE_NOOP(
        "core", "the document differs from the one that was signed (modified after signing, or another document)"
    ),
)
_sentence(
    r"the XML differs from the one that was signed \(modified after signing\)",
    QT_TRANSLATE_NOOP("core", "the XML differs from the one that was signed (modified after signing)"),
)
_sentence(
    r"the signature does not match the signer's key",
    QT_TRANSLATE_NOOP("core", "the signature does not match the signer's key"),
)
_sentence(
    r"signingCertificateV2 names a different certificate",
    QT_TRANSLATE_NOOP("core", "signingCertificateV2 names a different certificate"),
)
_sentence(
    r"the signed document is needed to check integrity \(detached signature\)",
    QT_TRANSLATE_NOOP("core", "the signed document is needed to check integrity (detached signature)"),
)
_sentence(
    r"CMS without signed attributes is not supported",
    QT_TRANSLATE_NOOP("core", "CMS without signed attributes is not supported"),
)
_sentence(r"signed attributes lack messageDigest", QT_TRANSLATE_NOOP("core", "signed attributes lack messageDigest"))
_sentence(r"unsupported digest algorithm (.+)", QT_TRANSLATE_NOOP("core", "unsupported digest algorithm %1"))
_sentence(r"malformed signer information \((.+)\)", QT_TRANSLATE_NOOP("core", "malformed signer information (%1)"))
_sentence(
    r"the signer's certificate is not included in the CMS",
    QT_TRANSLATE_NOOP("core", "the signer's certificate is not included in the CMS"),
)
_sentence(
    rf"the certificate is not valid until {MOMENT}", QT_TRANSLATE_NOOP("core", "the certificate is not valid until %1")
)
_sentence(
    rf"the certificate expired on {MOMENT}, before the time-stamp's time",
    QT_TRANSLATE_NOOP("core", "the certificate expired on %1, before the time-stamp's time"),
)
_sentence(
    rf"the certificate expired on {MOMENT}; no trusted time-stamp proves the signature was made before the "
    r"certificate expired",
    QT_TRANSLATE_NOOP(
        "core",
        "the certificate expired on %1; no trusted time-stamp proves the signature was made before the certificate "
        "expired",
    ),
)
_sentence(
    r"the certificate does not allow signing documents \(key usage: (.+); an authentication key\)",
    QT_TRANSLATE_NOOP(
        "core", "the certificate does not allow signing documents (key usage: %1; an authentication key)"
    ),
)
_sentence(
    r"the certificate does not chain to a trusted root",
    QT_TRANSLATE_NOOP("core", "the certificate does not chain to a trusted root"),
)
# a revocation or suspension (crypto.verify._judge): "revoked on MOMENT per SOURCE (REASON)" and
# what follows it; "; the CA may lift it" and the ignored evidence are parts of a list
_REVOKED = rf"revoked on {MOMENT} per (.+) \(([a-z_]+)\)"
_SUSPENDED = rf"suspended on {MOMENT} per (.+) \(([a-z_]+)\)"
_sentence(
    _REVOKED + r", before the time-stamp's time",
    QT_TRANSLATE_NOOP("core", "revoked on %1 per %2 (%3), before the time-stamp's time"),
    inner=(2,),
)
_sentence(
    _SUSPENDED + r", before the time-stamp's time",
    QT_TRANSLATE_NOOP("core", "suspended on %1 per %2 (%3), before the time-stamp's time"),
    inner=(2,),
)
_sentence(
    _REVOKED + r"; no trusted time-stamp proves the signature was made before the revocation",
    QT_TRANSLATE_NOOP(
        "core", "revoked on %1 per %2 (%3); no trusted time-stamp proves the signature was made before the revocation"
    ),
    inner=(2,),
)
_sentence(
    _SUSPENDED + r"; no trusted time-stamp proves the signature was made before the suspension",
    QT_TRANSLATE_NOOP(
        "core",
        "suspended on %1 per %2 (%3); no trusted time-stamp proves the signature was made before the suspension",
    ),
    inner=(2,),
)
_sentence(
    _REVOKED + r", after the proven time of signing",
    QT_TRANSLATE_NOOP("core", "revoked on %1 per %2 (%3), after the proven time of signing"),
    inner=(2,),
)
_sentence(
    _SUSPENDED + r", after the proven time of signing",
    QT_TRANSLATE_NOOP("core", "suspended on %1 per %2 (%3), after the proven time of signing"),
    inner=(2,),
)
_sentence(_REVOKED, QT_TRANSLATE_NOOP("core", "revoked on %1 per %2 (%3)"), inner=(2,))
_sentence(_SUSPENDED, QT_TRANSLATE_NOOP("core", "suspended on %1 per %2 (%3)"), inner=(2,))
_sentence(r"the CA may lift it", QT_TRANSLATE_NOOP("core", "the CA may lift it"))
_sentence(r"not revoked per (.+)", QT_TRANSLATE_NOOP("core", "not revoked per %1"), inner=(1,))
_sentence(r"not revocable \(trusted root\)", QT_TRANSLATE_NOOP("core", "not revocable (trusted root)"))
_sentence(r"status unknown: (.+)", QT_TRANSLATE_NOOP("core", "status unknown: %1"), inner=(1,))
_sentence(
    r"the signature is intact, but no CRL or OCSP answer at hand says whether the certificate was revoked "
    r"at the time-stamp's time \(see revocation\)",
    QT_TRANSLATE_NOOP(
        "core",
        "the signature is intact, but no CRL or OCSP answer at hand says whether the certificate was revoked at the "
        "time-stamp's time (see revocation)",
    ),
)
_sentence(
    r"the signature is intact, but no CRL or OCSP answer at hand says whether the certificate was revoked "
    r"now \(see revocation\)",
    QT_TRANSLATE_NOOP(
        "core",
        "the signature is intact, but no CRL or OCSP answer at hand says whether the certificate was revoked now "
        "(see revocation)",
    ),
)
# a piece of revocation evidence (crypto.trust.Evidence.describe): "CRL #166 of MOMENT, next update MOMENT"
_sentence(rf"(.+) of {MOMENT}, next update {MOMENT}", QT_TRANSLATE_NOOP("core", "%1 of %2, next update %3"), inner=(1,))
_sentence(rf"(.+) of {MOMENT}", QT_TRANSLATE_NOOP("core", "%1 of %2"), inner=(1,))
# the chain (crypto.trust.build_chain) and the CRLs at hand (crypto.trust.CrlSet)
_sentence(
    r"issuer (.+) not found among trusted certificates",
    QT_TRANSLATE_NOOP("core", "issuer %1 not found among trusted certificates"),
)
_sentence(r"root (.+) is not trusted", QT_TRANSLATE_NOOP("core", "root %1 is not trusted"))
_sentence(r"(.+) is not a CA certificate", QT_TRANSLATE_NOOP("core", "%1 is not a CA certificate"))
_sentence(
    rf"CA certificate (.+) was not valid at {DAY}", QT_TRANSLATE_NOOP("core", "CA certificate %1 was not valid at %2")
)
_sentence(r"certificate chain too long", QT_TRANSLATE_NOOP("core", "certificate chain too long"))
_sentence(r"no CRL of (.+) at hand", QT_TRANSLATE_NOOP("core", "no CRL of %1 at hand"))
_sentence(
    rf"(.+) was issued {DAY} after the certificate expired \({DAY}\) and no longer lists it",
    QT_TRANSLATE_NOOP("core", "%1 was issued %2 after the certificate expired (%3) and no longer lists it"),
    inner=(1,),
)
_sentence(
    rf"(.+) was issued {MOMENT}, after the time judged",
    QT_TRANSLATE_NOOP("core", "%1 was issued %2, after the time judged"),
    inner=(1,),
)
_sentence(
    rf"(.+) is stale: its next update was due {MOMENT}",
    QT_TRANSLATE_NOOP("core", "%1 is stale: its next update was due %2"),
    inner=(1,),
)
_sentence(
    r"(.+) naming (.+) ignored: not signed by that CA",
    QT_TRANSLATE_NOOP("core", "%1 naming %2 ignored: not signed by that CA"),
    inner=(1,),
)
_sentence(
    r"(.+) of (.+) ignored: the CA's certificate does not allow signing CRLs \(keyUsage cRLSign\)",
    QT_TRANSLATE_NOOP("core", "%1 of %2 ignored: the CA's certificate does not allow signing CRLs (keyUsage cRLSign)"),
    inner=(1,),
)
_sentence(
    r"(.+) ignored: not signed by (.+) or an OCSP responder it issued \(id-kp-OCSPSigning\)",
    QT_TRANSLATE_NOOP("core", "%1 ignored: not signed by %2 or an OCSP responder it issued (id-kp-OCSPSigning)"),
    inner=(1,),
)
_sentence(r"(.+) is not a CRL \((.+)\)", QT_TRANSLATE_NOOP("core", "%1 is not a CRL (%2)"))
_sentence(
    r"trust folder or certificate not found: (.+)",
    QT_TRANSLATE_NOOP("core", "trust folder or certificate not found: %1"),
)
_sentence(r"OCSP (\S+) answered ([a-z_]+)", QT_TRANSLATE_NOOP("core", "OCSP %1 answered %2"))
_sentence(r"(\S+) answered ([a-z_]+)", QT_TRANSLATE_NOOP("core", "%1 answered %2"))
_sentence(r"(\S+) unreachable: (.+)", QT_TRANSLATE_NOOP("core", "%1 unreachable: %2"))
_sentence(r"(\S+) did not send a CRL", QT_TRANSLATE_NOOP("core", "%1 did not send a CRL"))
# the time-stamp (crypto.verify._timestamp)
_sentence(
    r"the time-stamp is not over this signature", QT_TRANSLATE_NOOP("core", "the time-stamp is not over this signature")
)
_sentence(r"unreadable time-stamp: (.+)", QT_TRANSLATE_NOOP("core", "unreadable time-stamp: %1"))
_sentence(r"time-stamp signature: (.+)", QT_TRANSLATE_NOOP("core", "time-stamp signature: %1"), inner=(1,))
_sentence(
    r"not made by a time-stamping authority: (.+)",
    QT_TRANSLATE_NOOP("core", "not made by a time-stamping authority: %1"),
    inner=(1,),
)
_sentence(
    r"the time-stamp authority's certificate was (.+)",
    QT_TRANSLATE_NOOP("core", "the time-stamp authority's certificate was %1"),
    inner=(1,),
)
_sentence(
    r"time-stamp authority not trusted: (.+)",
    QT_TRANSLATE_NOOP("core", "time-stamp authority not trusted: %1"),
    inner=(1,),
)
_sentence(
    r"no evidence at hand says whether the time-stamp authority's certificate was revoked at its time \((.+)\)",
    QT_TRANSLATE_NOOP(
        "core", "no evidence at hand says whether the time-stamp authority's certificate was revoked at its time (%1)"
    ),
    inner=(1,),
)
_sentence(
    r"(.+) is not a time-stamping authority \(no extendedKeyUsage id-kp-timeStamping\)",
    QT_TRANSLATE_NOOP("core", "%1 is not a time-stamping authority (no extendedKeyUsage id-kp-timeStamping)"),
)
_sentence(
    r"(.+) is not a time-stamping authority \(its extendedKeyUsage is (.+)\)",
    QT_TRANSLATE_NOOP("core", "%1 is not a time-stamping authority (its extendedKeyUsage is %2)"),
)
# the issuing CAs (crypto.verify._judge_issuing_cas)
_sentence(
    rf"the issuing CA (.+) was revoked on {MOMENT} \(([a-z_]+)\), before the time-stamp's time",
    QT_TRANSLATE_NOOP("core", "the issuing CA %1 was revoked on %2 (%3), before the time-stamp's time"),
)
_sentence(
    rf"the issuing CA (.+) was revoked on {MOMENT} \(([a-z_]+)\), "
    r"before now \(no trusted time-stamp proves otherwise\)",
    QT_TRANSLATE_NOOP(
        "core", "the issuing CA %1 was revoked on %2 (%3), before now (no trusted time-stamp proves otherwise)"
    ),
)
_sentence(
    r"(.+?): revocation not checked \((.+)\)", QT_TRANSLATE_NOOP("core", "%1: revocation not checked (%2)"), inner=(2,)
)
_sentence(r"(.+?): not revoked per (.+)", QT_TRANSLATE_NOOP("core", "%1: not revoked per %2"), inner=(2,))
_sentence(
    rf"(.+?): revoked on {MOMENT} per (.+), after the time judged",
    QT_TRANSLATE_NOOP("core", "%1: revoked on %2 per %3, after the time judged"),
    inner=(3,),
)
_sentence(
    rf"(.+?): revoked on {MOMENT} per (.+) \(([a-z_]+)\)",
    QT_TRANSLATE_NOOP("core", "%1: revoked on %2 per %3 (%4)"),
    inner=(3,),
)
# an older generation (crypto.generations)
_sentence(
    r"an older NCA generation this version cannot check: RSA with SHA-1; it is neither proven valid nor shown invalid",
    QT_TRANSLATE_NOOP(
        "core",
        "an older NCA generation this version cannot check: RSA with SHA-1; it is neither proven valid nor shown "
        "invalid",
    ),
)
_sentence(
    r"an older NCA generation this version cannot check: the GOST family of 2011–2016 \((.+)\); "
    r"it is neither proven valid nor shown invalid",
    QT_TRANSLATE_NOOP(
        "core",
        "an older NCA generation this version cannot check: the GOST family of 2011–2016 (%1); it is neither proven "
        "valid nor shown invalid",
    ),
)
# who issued the signer's certificate (crypto.nca.ISSUED_BY)
_word(QT_TRANSLATE_NOOP("core", "issued by the NCA root"))
_word(QT_TRANSLATE_NOOP("core", "issued by the NCA"))
_word(QT_TRANSLATE_NOOP("core", "issued by the state bodies' CA (УЦГО)"))
_word(QT_TRANSLATE_NOOP("core", "issued by BTS Digital's CA"))
# a letter's verdict (signing.verdicts)
_sentence(
    r"signed by (.+), but the letter is from (.+)", QT_TRANSLATE_NOOP("core", "signed by %1, but the letter is from %2")
)
_sentence(
    r"the signer's certificate names no e-mail address to compare with From",
    QT_TRANSLATE_NOOP("core", "the signer's certificate names no e-mail address to compare with From"),
)
_sentence(r"the signed file (.+) is not attached", QT_TRANSLATE_NOOP("core", "the signed file %1 is not attached"))
# accounts, folders and letters (sync.engine, operations): what a first command meets
_sentence(
    r"no account yet: add one with `account add`",
    QT_TRANSLATE_NOOP("core", "no account yet: add one with `account add`"),
)
_sentence(
    r"several accounts: name one \(--account NAME\)",
    QT_TRANSLATE_NOOP("core", "several accounts: name one (--account NAME)"),
)
_sentence(r"no account named (.+) \(accounts: (.*)\)", QT_TRANSLATE_NOOP("core", "no account named %1 (accounts: %2)"))
_sentence(r"no folder (.+) in (.+) \(folders: (.*)\)", QT_TRANSLATE_NOOP("core", "no folder %1 in %2 (folders: %3)"))
_sentence(r"no message with UID (\d+) in (.+)", QT_TRANSLATE_NOOP("core", "no message with UID %1 in %2"))
_sentence(r"the letter has no recipient", QT_TRANSLATE_NOOP("core", "the letter has no recipient"))
_sentence(
    r"this letter is not in the cache and the server is unreachable",
    QT_TRANSLATE_NOOP("core", "this letter is not in the cache and the server is unreachable"),
)
_sentence(r"not an e-mail address: (.+)", QT_TRANSLATE_NOOP("core", "not an e-mail address: %1"))
_sentence(
    r"refusing to send a password in clear text to (.+): use ssl or starttls",
    QT_TRANSLATE_NOOP("core", "refusing to send a password in clear text to %1: use ssl or starttls"),
)
# search operators (store.searchquery)
_sentence(
    r"not a date: (.+) \(write 01\.12\.2026, 2026-12-01, today or yesterday\)",
    QT_TRANSLATE_NOOP("core", "not a date: %1 (write 01.12.2026, 2026-12-01, today or yesterday)"),
)
_sentence(r"(\w+): needs a value", QT_TRANSLATE_NOOP("core", "%1: needs a value"))
_sentence(r"(\w+): takes 12 digits, not (.+)", QT_TRANSLATE_NOOP("core", "%1: takes 12 digits, not %2"))
_sentence(
    r"has: takes attachment or signature, not (.+)",
    QT_TRANSLATE_NOOP("core", "has: takes attachment or signature, not %1"),
)
_sentence(r"status: takes ([\w, ]+), not (.+)", QT_TRANSLATE_NOOP("core", "status: takes %1, not %2"))
# signing with eGov Mobile by QR (signing.egovqr, operations.qrsigning)
_sentence(
    r"the QR code expired before the signing was confirmed in eGov Mobile",
    QT_TRANSLATE_NOOP("core", "the QR code expired before the signing was confirmed in eGov Mobile"),
)
_sentence(r"the QR code expired: (.+)", QT_TRANSLATE_NOOP("core", "the QR code expired: %1"))
_sentence(r"eGov Mobile did not sign: (.+)", QT_TRANSLATE_NOOP("core", "eGov Mobile did not sign: %1"))
_sentence(r"SIGEX \((.+)\) cannot be reached: (.+)", QT_TRANSLATE_NOOP("core", "SIGEX (%1) cannot be reached: %2"))
_sentence(r"SIGEX \((.+)\) did not answer in time", QT_TRANSLATE_NOOP("core", "SIGEX (%1) did not answer in time"))
_sentence(
    r"signing with eGov Mobile was cancelled", QT_TRANSLATE_NOOP("core", "signing with eGov Mobile was cancelled")
)
_sentence(
    r"the signature eGov Mobile sent back is not valid: (.+)",
    QT_TRANSLATE_NOOP("core", "the signature eGov Mobile sent back is not valid: %1"),
)
_sentence(
    r"the letter's parts came back signed with different certificates \(was the second QR code scanned by another "
    r"phone\?\): nothing is sent",
    QT_TRANSLATE_NOOP(
        "core",
        "the letter's parts came back signed with different certificates (was the second QR code scanned by another "
        "phone?): nothing is sent",
    ),
)
_sentence(
    r"SIGEX returned a signature with a document inside or other signers, not one detached",
    QT_TRANSLATE_NOOP("core", "SIGEX returned a signature with a document inside or other signers, not one detached"),
)
_sentence(
    r"(\d+) MiB to sign: SIGEX takes (\d+) MiB at most in one signing",
    QT_TRANSLATE_NOOP("core", "%1 MiB to sign: SIGEX takes %2 MiB at most in one signing"),
)
_sentence(
    r"the signature eGov Mobile sent back names no certificate",
    QT_TRANSLATE_NOOP("core", "the signature eGov Mobile sent back names no certificate"),
)
