"""How signature files are named, one rule for every reader of them: the mail verdict, the
outgoing letter, the command line, cards and registers. ``act.pdf.sig`` (or .cms, .p7s, .p7m)
signs ``act.pdf``; a second signature of the same file is ``act.pdf.2.sig`` (as Kalkan-based
tools number them), and it signs ``act.pdf`` too when no file ``act.pdf.2`` is there."""

from __future__ import annotations

import re

CMS_SUFFIXES = (".cms", ".p7s", ".p7m")  # a CMS, with its document inside or detached
SIGNATURE_SUFFIXES = (*CMS_SUFFIXES, ".sig")  # .sig: always detached, beside its document

# an .xml attachment that names this namespace carries an XML signature (XMLDSig) and is checked
XMLDSIG_NAMESPACE = "http://www.w3.org/2000/09/xmldsig#"

_NUMBERED = re.compile(r"(.+)\.([2-9]|[1-9]\d{1,2})")  # the copy number of a second, third… signature


def is_signature_name(name: str) -> bool:
    lowered = name.lower()
    return lowered.endswith(SIGNATURE_SUFFIXES) and len(lowered) > 4


def signed_names(signature_name: str) -> list[str]:
    """The names of the file a signature file is named after, the most specific first:
    ``act.txt.sig`` → ``act.txt``; ``act.txt.2.sig`` → ``act.txt.2``, then ``act.txt``."""
    if not is_signature_name(signature_name):
        return []
    stem = signature_name[:-4]
    numbered = _NUMBERED.fullmatch(stem)
    return [stem, numbered.group(1)] if numbered else [stem]


def is_signed_xml(name: str, data: bytes) -> bool:
    """An .xml attachment carrying an XML signature (the XMLDSig namespace is in it): checked as one."""
    return name.lower().endswith(".xml") and XMLDSIG_NAMESPACE.encode() in data


def embedded_name(signature_name: str) -> str:
    """The name of the document inside an attached CMS: the file the signature is named after,
    not its copy number (``act.docx.2.cms`` → ``act.docx``); a ``.pem`` drops its suffix; any other
    name gets ``.bin``, so the document is never taken for the signature."""
    names = signed_names(signature_name)
    if names:
        return names[-1]
    if signature_name.lower().endswith(".pem") and len(signature_name) > 4:
        return signature_name[:-4]
    return signature_name + ".bin"


def free_signature_name(document_name: str, suffix: str, taken: set[str]) -> str:
    """``document_name`` + ``suffix``, numbered (``act.txt.2.sig``) when that name is taken."""
    name, number = document_name + suffix, 2
    while name in taken:
        name, number = f"{document_name}.{number}{suffix}", number + 1
    return name
