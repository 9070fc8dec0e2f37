"""EDS subcommands: sign, cosign, verify, keyinfo."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from ..atomic import write_atomically
from ..crypto import keys
from ..crypto.cms import content_inside, parse_signed_data
from ..crypto.content import Content
from ..crypto.errors import MalformedDataError
from ..crypto.identity import CertificateInfo
from ..crypto.status import Status
from ..crypto.trust import TrustStore
from ..crypto.verify import SignerVerdict
from ..crypto.xmlsafe import MAX_XML, looks_like_xml, parse_xml
from ..moments import day, moment
from ..operations.documents import (
    Signed,
    cosign_document,
    sign_document,
    sign_pdf_document,
    sign_xml,
    verify_document,
)
from ..operations.files import MAX_CMS, companion_document, read_limited, starts_with
from ..operations.qrsigning import QrSignatureRefused, QrSigned, cosign_document_by_qr, sign_document_by_qr
from ..profile import Profile
from ..signing.cosigning import CosignRefused, ensure_intact
from ..signing.egovqr import EgovQrError
from ..signing.keystatus import current_status
from ..signing.letterverdict import LetterVerdict
from ..signing.pdf import MAX_PDF, signed_revision
from ..signing.policy import build_policy
from ..signing.verdicts import verify_signed_file
from ..signing.xmlverdict import verify_xml
from ..userfiles import UnreadableFileError, check_regular_file, shown
from .common import (
    EXIT_NEGATIVE,
    EXIT_OK,
    CliError,
    check_output,
    on_terminal,
    print_json,
    print_notes,
    read_password,
)
from .coretext import core_sentence
from .qrterminal import QrTerminal, qr_failure, sigex_client
from .speech import QT_TRANSLATE_NOOP, current_language, fill, translate

# A signature's status in the window's words (its signature cards); English keeps the status code.
_STATUS_WORDS: dict[str, str] = {
    Status.VALID: QT_TRANSLATE_NOOP("cli", "Signature valid"),
    Status.INDETERMINATE: QT_TRANSLATE_NOOP("cli", "Signature intact, revocation status unknown"),
    Status.CONTENT_MISSING: QT_TRANSLATE_NOOP("cli", "Signed document missing"),
    Status.CONTENT_MODIFIED: QT_TRANSLATE_NOOP("cli", "Document modified after signing"),
    Status.INVALID_SIGNATURE: QT_TRANSLATE_NOOP("cli", "Signature invalid"),
    Status.KEY_NOT_FOR_SIGNING: QT_TRANSLATE_NOOP("cli", "Key not for signing"),
    Status.SUSPENDED: QT_TRANSLATE_NOOP("cli", "Certificate suspended"),
    Status.REVOKED: QT_TRANSLATE_NOOP("cli", "Certificate revoked"),
    Status.EXPIRED: QT_TRANSLATE_NOOP("cli", "Certificate expired"),
    Status.NOT_YET_VALID: QT_TRANSLATE_NOOP("cli", "Certificate not yet valid"),
    Status.UNTRUSTED: QT_TRANSLATE_NOOP("cli", "Untrusted certificate"),
    Status.OLDER_GENERATION: QT_TRANSLATE_NOOP("cli", "Older NCA generation"),
    Status.UNKNOWN_ALGORITHM: QT_TRANSLATE_NOOP("cli", "Unsupported algorithm"),
    Status.AMBIGUOUS: QT_TRANSLATE_NOOP("cli", "Ambiguous structure — not shown as signed"),
    Status.MALFORMED: QT_TRANSLATE_NOOP("cli", "Damaged signature"),
}

# The signer's roles (crypto.identity's names) as the window names them; English keeps the names.
_ROLE_WORDS: dict[str, str] = {
    "individual": QT_TRANSLATE_NOOP("cli", "Individual"),
    "legal_entity": QT_TRANSLATE_NOOP("cli", "Legal entity"),
    "head": QT_TRANSLATE_NOOP("cli", "Head of the organisation"),
    "sign_right": QT_TRANSLATE_NOOP("cli", "Authorised to sign"),
    "finance": QT_TRANSLATE_NOOP("cli", "Authorised to sign financial documents"),
    "hr": QT_TRANSLATE_NOOP("cli", "HR officer"),
    "employee": QT_TRANSLATE_NOOP("cli", "Employee"),
    "information_system": QT_TRANSLATE_NOOP("cli", "Information system"),
    "treasury_client": QT_TRANSLATE_NOOP("cli", "Treasury client"),
}

# The NCA's certificate templates (crypto.oids.POLICY_NAMES), shown as "name (OID)"
_TEMPLATE_NAMES = (
    QT_TRANSLATE_NOOP("cli", "Root CA of the Republic of Kazakhstan policy"),
    QT_TRANSLATE_NOOP("cli", "NCA regulations (certificates before 2022)"),
    QT_TRANSLATE_NOOP("cli", "NCA certificate policy"),
    QT_TRANSLATE_NOOP("cli", "NCA policy: legal entity, signature"),
    QT_TRANSLATE_NOOP("cli", "NCA policy: legal entity, authentication"),
    QT_TRANSLATE_NOOP("cli", "NCA policy: individual, signature"),
    QT_TRANSLATE_NOOP("cli", "NCA policy: individual, authentication"),
)
_TEMPLATE = re.compile(r"(.+) (\([0-9.]+\))")

# The labels of a signature's description, aligned by the longest in the language shown
SIGNER = QT_TRANSLATE_NOOP("cli", "signer:")
IIN = QT_TRANSLATE_NOOP("cli", "IIN:")
ORGANIZATION = QT_TRANSLATE_NOOP("cli", "organization:")
ROLES = QT_TRANSLATE_NOOP("cli", "roles:")
TEMPLATE = QT_TRANSLATE_NOOP("cli", "template:")
CERTIFICATE = QT_TRANSLATE_NOOP("cli", "certificate:")
SIGNED_BY = QT_TRANSLATE_NOOP("cli", "signed by:")
SIGNING_TIME = QT_TRANSLATE_NOOP("cli", "signingTime:")
TIME_STAMP = QT_TRANSLATE_NOOP("cli", "time-stamp:")
JUDGED_AT = QT_TRANSLATE_NOOP("cli", "judged at:")
REVOCATION = QT_TRANSLATE_NOOP("cli", "revocation:")
ISSUING_CAS = QT_TRANSLATE_NOOP("cli", "issuing CAs:")
_VERDICT_LABELS = (
    SIGNER,
    IIN,
    ORGANIZATION,
    ROLES,
    TEMPLATE,
    CERTIFICATE,
    SIGNED_BY,
    SIGNING_TIME,
    TIME_STAMP,
    JUDGED_AT,
    REVOCATION,
    ISSUING_CAS,
)


def status_words(status: str) -> str:
    """A signature's status for people: its code in English as always (VALID, REVOKED…), the
    window's words in Kazakh and Russian (the code when a word is missing)."""
    code = str(status).upper()
    source = _STATUS_WORDS.get(status)
    if current_language() == "en" or source is None:
        return code
    words = translate("cli", source)
    return code if words == source else words


def roles_text(roles: Sequence[str]) -> str:
    """The signer's roles: their names in English (as always), the window's words otherwise."""
    if current_language() == "en":
        return ", ".join(roles)
    return ", ".join(translate("cli", _ROLE_WORDS[role]) if role in _ROLE_WORDS else role for role in roles)


def templates_text(templates: Sequence[str]) -> str:
    """The certificate's templates, "name (OID)" each, the name in the user's language when known."""

    def one(template: str) -> str:
        match = _TEMPLATE.fullmatch(template)
        if match is None or match.group(1) not in _TEMPLATE_NAMES:
            return template
        return f"{translate('cli', match.group(1))} {match.group(2)}"

    return "; ".join(one(template) for template in templates)


def labelled(label: str, value: str, labels: Sequence[str], indent: str = "  ") -> str:
    """``label`` (one of ``labels``, untranslated) and ``value``, the values of every line of
    ``labels`` in one column: as wide as the longest label in the chosen language, and a space."""
    width = max(len(translate("cli", each)) for each in labels) + 1
    return f"{indent}{translate('cli', label):{width}}{value}"


def _load_key(args: argparse.Namespace) -> keys.SigningKey:
    try:  # before the password is asked for a key that is not there, a folder, a device or a pipe
        check_regular_file(args.key, "key file")
    except UnreadableFileError as exc:
        raise CliError(fill(translate("cli", "key file: %1"), core_sentence(str(exc)))) from exc
    password = read_password(args.password_env, fill(translate("cli", "Password for %1: "), args.key.name))
    return keys.load_signing_key(args.key, password)


def _signing_key(args: argparse.Namespace) -> keys.SigningKey:
    key = _load_key(args)
    key.ensure_can_sign()  # before any network: an expired key is refused at once
    return key


def _trust(args: argparse.Namespace, profile: Profile) -> TrustStore | None:
    """The trust store to find the key's issuer for the OCSP question; None with --offline."""
    return None if args.offline else build_policy(profile).trust


def _write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target and rename, so a failure never leaves half a signature; the file gets
    the mode any program would give it (or keeps the one of the file it replaces)."""
    write_atomically(path, data, private=False)


def cmd_sign(args: argparse.Namespace, profile: Profile) -> int:
    check_output(args.output, [args.file, *([args.key] if args.key else [])], args.force)
    if args.qr:
        return _sign_by_qr(args, profile)
    if args.xml and args.pades:
        raise CliError(translate("cli", "choose one of --xml (an XML document) and --pades (a PDF)"))
    if args.xml:
        return _sign_xml(args, profile)
    if args.pades:
        return _sign_pdf(args, profile)
    content = Content.of_file(args.file)
    size = args.file.stat().st_size
    if not args.detached and size > MAX_CMS:
        raise CliError(fill(translate("cli", "%1 is too large to embed; sign it with --detached"), shown(args.file)))
    if size == 0:
        empty = translate("cli", "warning: %1 is empty: the signature will cover no content")
        print(fill(empty, shown(args.file)), file=sys.stderr)
    key = _signing_key(args)
    signed = sign_document(content, key, args.detached, args.tsa or "", _trust(args, profile))
    return _written(args.output, signed, _signed_by(key))


def _sign_by_qr(args: argparse.Namespace, profile: Profile) -> int:
    """`sign FILE --qr`: eGov Mobile signs; the QR in the terminal (and its link for a phone's own
    browser), then what the phone sent back is checked like any signature before it is written."""
    if args.xml or args.pades:
        raise CliError(translate("cli", "--qr makes a CMS: not with --xml or --pades"))
    if args.tsa is not None:
        raise CliError(translate("cli", "--qr: eGov Mobile time-stamps its signature itself; leave out --tsa"))
    data = read_limited(args.file, "document", MAX_CMS)
    if not data:
        empty = translate("cli", "warning: %1 is empty: the signature will cover no content")
        print(fill(empty, shown(args.file)), file=sys.stderr)
    client = sigex_client(args.sigex)
    policy = build_policy(profile, args.trust, (), online=not args.offline)
    print_notes(policy.notes)
    terminal = QrTerminal()
    try:
        signed = sign_document_by_qr(client, args.file.name, data, args.detached, policy, terminal.show, terminal.taken)
    except (QrSignatureRefused, EgovQrError) as exc:
        raise qr_failure(exc) from exc
    _write_atomically(args.output, signed.data)
    print(
        fill(translate("cli", "signed in eGov Mobile by %1 -> %2"), _phone_signer(signed), shown(args.output)),
        file=sys.stderr,
    )
    return EXIT_OK


def _phone_signer(signed: QrSigned) -> str:
    """Who signed in eGov Mobile: the phone's signature's signer, never an earlier one of a co-signed file."""
    info = signed.phone_signer.info
    return on_terminal(info.name) if info is not None else "?"


def _signed_by(key: keys.SigningKey) -> str:
    return fill(translate("cli", "signed by %1 (%2)"), on_terminal(key.info.name), key.info.algorithm)


def _sign_xml(args: argparse.Namespace, profile: Profile) -> int:
    """`sign FILE.xml --xml`: an enveloped XML signature (another one, when the document has some)."""
    if args.detached or args.tsa is not None:
        raise CliError(
            translate("cli", "--xml makes an enveloped XML signature: it is never detached and has no time-stamp")
        )
    data = read_limited(args.file, "XML document", MAX_XML)
    try:
        parse_xml(data)  # refused before the key password is asked
    except MalformedDataError as exc:
        raise CliError(f"{shown(args.file)}: {core_sentence(str(exc))}") from exc
    key = _signing_key(args)
    try:
        signed = sign_xml(data, key, _trust(args, profile))
    except CosignRefused as exc:  # a verdict on what is there, not bad usage
        raise CliError(core_sentence(str(exc)), EXIT_NEGATIVE) from exc
    return _written(args.output, signed, _signed_by(key))


def _sign_pdf(args: argparse.Namespace, profile: Profile) -> int:
    """`sign FILE.pdf --pades`: the signature inside the PDF (another one, when it has some)."""
    if args.detached:
        raise CliError(translate("cli", "--pades signs inside the PDF: it is never detached"))
    data = read_limited(args.file, "PDF", MAX_PDF)
    if not data.startswith(b"%PDF"):
        raise CliError(fill(translate("cli", "%1 is not a PDF file; --pades signs PDFs only"), shown(args.file)))
    key = _signing_key(args)
    try:
        signed = sign_pdf_document(data, key, args.tsa or "", _trust(args, profile))
    except CosignRefused as exc:  # a verdict on what is there, not bad usage
        raise CliError(core_sentence(str(exc)), EXIT_NEGATIVE) from exc
    except MalformedDataError as exc:
        raise CliError(f"{shown(args.file)}: {core_sentence(str(exc))}") from exc
    return _written(args.output, signed, _signed_by(key))


def cmd_cosign(args: argparse.Namespace, profile: Profile) -> int:
    check_output(args.output, [args.cms, args.data, *([args.key] if args.key else [])], args.force)
    existing = read_limited(args.cms, "CMS", MAX_CMS)
    data = args.data or _document_beside(args.cms, existing)
    content = Content.of_file(data) if data else None
    if args.qr:
        return _cosign_by_qr(args, profile, existing, data)
    try:
        ensure_intact(existing, content)  # refused before the key password is asked
        key = _signing_key(args)
        signed = cosign_document(existing, key, content, args.tsa or "", _trust(args, profile))
    except CosignRefused as exc:  # a verdict on what is there, not bad usage
        raise CliError(core_sentence(str(exc)), EXIT_NEGATIVE) from exc
    return _written(args.output, signed, fill(translate("cli", "co-signed by %1"), on_terminal(key.info.name)))


def _cosign_by_qr(args: argparse.Namespace, profile: Profile, existing: bytes, document: Path | None) -> int:
    """`cosign CMS --qr`: eGov Mobile signs the document the CMS signs; its signature joins the others."""
    if args.tsa is not None:
        raise CliError(translate("cli", "--qr: eGov Mobile time-stamps its signature itself; leave out --tsa"))
    data = read_limited(document, "document", MAX_CMS) if document is not None else None
    client = sigex_client(args.sigex)
    policy = build_policy(profile, args.trust, (), online=not args.offline)
    print_notes(policy.notes)
    terminal = QrTerminal()
    name = document.name if document is not None else args.cms.name.removesuffix(".cms")
    try:
        signed = cosign_document_by_qr(client, name, existing, data, policy, terminal.show, terminal.taken)
    except CosignRefused as exc:  # a verdict on what is there, not bad usage
        raise CliError(core_sentence(str(exc)), EXIT_NEGATIVE) from exc
    except (QrSignatureRefused, EgovQrError) as exc:
        raise qr_failure(exc) from exc
    except MalformedDataError as exc:
        raise CliError(f"{shown(args.cms)}: {core_sentence(str(exc))}") from exc
    _write_atomically(args.output, signed.data)
    said = translate("cli", "co-signed in eGov Mobile by %1 -> %2")
    print(fill(said, _phone_signer(signed), shown(args.output)), file=sys.stderr)
    return EXIT_OK


def _written(output: Path, signed: Signed, made: str) -> int:
    """What signing has to tell, the signature written, and who made it, where."""
    print_notes(signed.notes)
    _write_atomically(output, signed.data)
    print(f"{made} -> {shown(output)}", file=sys.stderr)
    return EXIT_OK


def _document_beside(signature: Path, existing: bytes) -> Path | None:
    """The document a detached signature is named after (act.txt.sig → act.txt), as verify finds
    it; a detached signature without one is a usage error, said before anything is checked."""
    try:
        if content_inside(parse_signed_data(existing)) is not None:
            return None
    except MalformedDataError:
        return None  # not a CMS at all: the check that follows says so
    beside = companion_document(signature)
    if beside is None:
        detached = translate("cli", "%1 is a detached signature: give the signed document with --data FILE")
        raise CliError(fill(detached, shown(signature)))
    found = translate("cli", "the signed document: %1 (found beside the signature)")
    print(fill(found, shown(beside)), file=sys.stderr)
    return beside


def _describe_verdict(v: SignerVerdict) -> str:
    info = v.info

    def line(label: str, value: str) -> str:
        return labelled(label, value, _VERDICT_LABELS)

    lines = [f"[{status_words(v.status)}] {on_terminal(core_sentence(v.message))}"]
    if v.status == Status.CONTENT_MISSING:
        lines.append(
            "  " + translate("cli", "give the signed document with --data FILE to check that it was not changed")
        )
    if info:
        lines.append(line(SIGNER, on_terminal(info.name) + (f" ({on_terminal(info.email)})" if info.email else "")))
        if info.iin:
            lines.append(line(IIN, on_terminal(info.iin)))
        if info.organization or info.bin:
            organization = on_terminal(info.organization)
            if info.bin:
                organization = fill(translate("cli", "%1, BIN %2"), organization, on_terminal(info.bin))
            lines.append(line(ORGANIZATION, organization))
        if info.roles:
            lines.append(line(ROLES, on_terminal(roles_text(info.roles))))
        if info.templates:
            lines.append(line(TEMPLATE, on_terminal(templates_text(info.templates))))
    if v.issued_by:
        lines.append(line(CERTIFICATE, core_sentence(v.issued_by)))
    if v.time_proven and v.signing_time:
        proven = translate("cli", "%1 (proven by a trusted time-stamp)")
        lines.append(line(SIGNED_BY, fill(proven, moment(v.signing_time))))
    if v.claimed_time:
        claimed = translate("cli", "%1 (claimed by the signer, proves nothing)")
        lines.append(line(SIGNING_TIME, fill(claimed, moment(v.claimed_time))))
    if v.timestamp:
        if v.timestamp.trusted:
            trusted = translate("cli", "trusted")
        else:
            trusted = core_sentence(v.timestamp.problem) if v.timestamp.problem else translate("cli", "not trusted")
        trusted += f"; {core_sentence(v.timestamp.note)}" if v.timestamp.note else ""
        tsa = on_terminal(v.timestamp.tsa or "?")
        stamp = translate("cli", "%1 by %2 (%3)")
        lines.append(line(TIME_STAMP, fill(stamp, moment(v.timestamp.time), tsa, on_terminal(trusted))))
    if v.judged_at and not v.time_proven and v.status not in _NOT_JUDGED:
        now = translate("cli", "%1 (now: no trusted time-stamp)")
        lines.append(line(JUDGED_AT, fill(now, moment(v.judged_at))))
    if v.revocation:
        lines.append(line(REVOCATION, on_terminal(core_sentence(v.revocation))))
    if v.ca_revocation:
        lines.append(line(ISSUING_CAS, on_terminal(core_sentence(v.ca_revocation))))
    return "\n".join(lines)


_NOT_JUDGED = {
    Status.MALFORMED,
    Status.OLDER_GENERATION,
    Status.UNKNOWN_ALGORITHM,
    Status.INVALID_SIGNATURE,
    Status.CONTENT_MODIFIED,
}


def cmd_verify(args: argparse.Namespace, profile: Profile) -> int:
    if args.message:
        if args.uid is None:
            raise CliError(translate("cli", "verify --message needs --uid N (and --account, --folder)"))
        from .mail import verify_message

        return verify_message(args, profile)
    if args.cms is None:
        raise CliError(translate("cli", "name a CMS file, or use --message"))
    if args.extract:
        check_output(args.extract, [args.cms, args.data, *args.trust, *args.crl], args.force)
    if starts_with(args.cms, b"%PDF"):  # a signed PDF may be larger than a CMS is ever read
        return _verify_pdf(args, profile, read_limited(args.cms, "PDF", MAX_PDF))
    data = read_limited(args.cms, "CMS", MAX_CMS)
    if looks_like_xml(data):
        return _verify_xml(args, profile, data)
    try:
        parse_signed_data(data)  # the input is judged before any work (the policy may go online)
    except MalformedDataError as exc:
        raise CliError(f"{args.cms}: {core_sentence(str(exc))}") from exc
    content = Content.of_file(args.data) if args.data else None
    policy = build_policy(profile, args.trust, args.crl, online=not args.offline)
    print_notes(policy.notes)
    result = verify_document(data, content, policy)
    if args.extract and result.content is not None:
        _write_atomically(args.extract, result.content)
    if args.json:
        print_json(result.to_json())
    else:
        if not result.signers:
            print(translate("cli", "no signatures in this CMS"))
        for number, verdict in enumerate(result.signers, 1):
            print(fill(translate("cli", "signature %1: %2"), number, _describe_verdict(verdict)))
    return EXIT_OK if result.valid else EXIT_NEGATIVE


def _verify_pdf(args: argparse.Namespace, profile: Profile, data: bytes) -> int:
    """`verify FILE.pdf`: every signature inside the PDF, each over the bytes it covers, and what
    was added after the last one; ``--extract`` writes the PDF as its last signature signed it."""
    if args.data:
        raise CliError(translate("cli", "--data is for a detached CMS: a PDF signature is inside the PDF it signs"))
    policy = build_policy(profile, args.trust, args.crl, online=not args.offline)
    print_notes(policy.notes)
    verdict = verify_signed_file(shown(args.cms.name), data, None, policy)
    if args.extract and verdict.items:
        _write_atomically(args.extract, signed_revision(data))
    valid = _all_valid(verdict, whole=True)  # a revision added after the last signature is shown, unsigned
    _print_document_verdict(args, verdict, valid, translate("cli", "no signature inside this PDF"))
    return EXIT_OK if valid else EXIT_NEGATIVE


def _all_valid(verdict: LetterVerdict, whole: bool) -> bool:
    """Every signature readable and valid, and (``whole``) nothing of the document outside them."""
    signers = [signer for item in verdict.items for signer in (item.result.signers if item.result else [])]
    readable = all(item.result is not None and item.result.signers for item in verdict.items)
    outside = whole and bool(verdict.unsigned_parts)
    return bool(signers) and readable and all(s.valid for s in signers) and not outside


def _print_document_verdict(args: argparse.Namespace, verdict: LetterVerdict, valid: bool, none_found: str) -> None:
    """A signed PDF's or XML document's verdict: each signature with what it covers, then what no
    signature covers (as JSON with ``--json``)."""
    if args.json:
        print_json(
            {
                "valid": valid,
                "signers": [
                    {"covers": item.name, **signer.to_json()}
                    for item in verdict.items
                    for signer in (item.result.signers if item.result else [])
                ],
                "unreadable": [{"name": item.name, "error": item.error} for item in verdict.items if not item.result],
                "unsigned_parts": verdict.unsigned_parts,
            }
        )
        return
    if not verdict.items:
        print(none_found)
    number = 0
    for item in verdict.items:
        if item.result is None:
            unreadable = translate("cli", "signature (%1): not readable: %2")
            print(fill(unreadable, on_terminal(item.name), on_terminal(core_sentence(item.error))))
        for signer in item.result.signers if item.result else []:
            number += 1
            described = translate("cli", "signature %1 (%2): %3")
            print(fill(described, number, on_terminal(item.name), _describe_verdict(signer)))
    for part in verdict.unsigned_parts:
        print(fill(translate("cli", "not signed: %1"), on_terminal(core_sentence(part))))


def _verify_xml(args: argparse.Namespace, profile: Profile, data: bytes) -> int:
    """`verify FILE.xml`: every XML signature (XMLDSig) of the document, judged now (it has no time-stamp)."""
    if args.data:
        raise CliError(
            translate("cli", "--data is for a detached CMS: an XML signature is inside the document it signs")
        )
    try:
        tree = parse_xml(data)  # refused before any work, as a CMS is
    except MalformedDataError as exc:
        raise CliError(f"{args.cms}: {core_sentence(str(exc))}") from exc
    policy = build_policy(profile, args.trust, args.crl, online=not args.offline)
    print_notes(policy.notes)
    xml = verify_xml(shown(args.cms.name), tree, policy)
    if args.extract and xml.shown is not None:
        _write_atomically(args.extract, xml.shown)
    # a signature over one element (a SOAP Body) is whole as it is: the envelope around it is no document
    valid = _all_valid(xml.verdict, whole=False)
    _print_document_verdict(args, xml.verdict, valid, translate("cli", "no XML signature in this document"))
    return EXIT_OK if valid else EXIT_NEGATIVE


def validity_text(info: CertificateInfo, now: dt.datetime | None = None) -> str:
    """The key's validity now: valid until …, N days left / expired on … / not valid until …."""
    now = now or dt.datetime.now(dt.UTC)
    if now > info.not_after:
        return fill(translate("cli", "EXPIRED on %1 (cannot sign any more)"), day(info.not_after))
    if now < info.not_before:
        return fill(translate("cli", "not valid until %1"), day(info.not_before))
    days = (info.not_after - now).days
    if days == 1:
        return fill(translate("cli", "valid until %1, %2 day left"), day(info.not_after), days)
    return fill(translate("cli", "valid until %1, %2 days left"), day(info.not_after), days)


_KEY_PURPOSES = {
    "sign": QT_TRANSLATE_NOOP("cli", "signing"),
    "auth": QT_TRANSLATE_NOOP("cli", "authentication (AUTH) only: cannot sign documents"),
    "sign+auth": QT_TRANSLATE_NOOP("cli", "signing and authentication"),
    "other": QT_TRANSLATE_NOOP("cli", "neither signing nor authentication"),
}
_SEXES = {"male": QT_TRANSLATE_NOOP("cli", "male"), "female": QT_TRANSLATE_NOOP("cli", "female")}
_KEYINFO_LABELS = (
    QT_TRANSLATE_NOOP("cli", "Name:"),
    QT_TRANSLATE_NOOP("cli", "Surname:"),
    QT_TRANSLATE_NOOP("cli", "Given name:"),
    QT_TRANSLATE_NOOP("cli", "Patronymic:"),
    QT_TRANSLATE_NOOP("cli", "E-mail:"),
    QT_TRANSLATE_NOOP("cli", "IIN:"),
    QT_TRANSLATE_NOOP("cli", "Born:"),
    QT_TRANSLATE_NOOP("cli", "Organization:"),
    QT_TRANSLATE_NOOP("cli", "BIN:"),
    QT_TRANSLATE_NOOP("cli", "Roles:"),
    QT_TRANSLATE_NOOP("cli", "Template:"),
    QT_TRANSLATE_NOOP("cli", "Key purpose:"),
    QT_TRANSLATE_NOOP("cli", "Algorithm:"),
    QT_TRANSLATE_NOOP("cli", "Valid:"),
    QT_TRANSLATE_NOOP("cli", "Status:"),
    QT_TRANSLATE_NOOP("cli", "Revocation:"),
    QT_TRANSLATE_NOOP("cli", "Issuer:"),
    QT_TRANSLATE_NOOP("cli", "Serial:"),
    "SHA-256:",
)


def cmd_keyinfo(args: argparse.Namespace, profile: Profile) -> int:
    key = _load_key(args)
    info = key.info
    trust = _trust(args, profile)
    if trust is not None:
        revocation = current_status(key.certificate, trust)
    else:
        revocation = QT_TRANSLATE_NOOP("cli", "not checked (--offline)")
    if args.json:
        now = dt.datetime.now(dt.UTC)
        print_json(
            {
                "file": str(args.key),
                "can_sign": info.can_sign and info.not_before <= now <= info.not_after,
                "expired": now > info.not_after,
                "days_left": max(0, (info.not_after - now).days),
                "revocation": revocation,
                **info.to_json(),
            }
        )
        return EXIT_OK
    iin = info.iin
    if info.iin and not info.iin_valid:
        iin = fill(translate("cli", "%1 (check digit does not match)"), info.iin)
    born = ""
    if info.birth_date:
        born = f"{info.birth_date} ({translate('cli', _SEXES[info.sex]) if info.sex in _SEXES else info.sex})"
    values = (
        info.name,
        info.surname,
        info.given_name,
        info.patronymic,
        info.email,
        iin,
        born,
        info.organization,
        info.bin,
        roles_text(info.roles),
        templates_text(info.templates),
        translate("cli", _KEY_PURPOSES[info.purpose]),
        info.algorithm,
        fill(translate("cli", "%1 to %2"), day(info.not_before), day(info.not_after)),
        validity_text(info),
        translate("cli", revocation) if trust is None else core_sentence(revocation),
        info.issuer,
        info.serial,
        info.sha256_fingerprint,
    )
    for label, value in zip(_KEYINFO_LABELS, values, strict=True):
        if value:
            print(labelled(label, value, _KEYINFO_LABELS, indent=""))
    return EXIT_OK


def cmd_demo_phone(args: argparse.Namespace, profile: Profile) -> int:
    """`demo-phone LINK`: the demo's eGov Mobile "scans" a QR code of the embedded server's SIGEX
    and signs with a demo person's key (or declines): the whole QR flow on one computer."""
    del profile
    from http.client import HTTPException
    from urllib.error import URLError
    from urllib.parse import urlsplit
    from urllib.request import Request, urlopen

    from ..hosts import is_loopback

    parts = urlsplit(args.link)
    marker = "/demo-phone/"
    if parts.scheme != "http" or not parts.hostname or not is_loopback(parts.hostname) or marker not in parts.path:
        raise CliError(translate("cli", "not a demo QR link: the demo phone scans the embedded server's links only"))
    procedure = parts.path.split(marker, 1)[1].strip("/")
    action = "decline" if args.decline else "sign"
    url = f"http://{parts.netloc}{marker}{procedure}/{action}"
    try:
        with urlopen(Request(url, data=b"", method="POST"), timeout=120) as answer:  # loopback only (above)
            reply = json.loads(answer.read(1 << 16) or b"{}")
    except (URLError, OSError, ValueError, HTTPException) as exc:  # HTTPException: a service that is no SIGEX
        cause = on_terminal(str(exc))
        raise CliError(fill(translate("cli", "the demo phone cannot reach %1: %2"), parts.netloc, cause)) from exc
    if isinstance(reply, dict) and reply.get("message"):
        raise CliError(fill(translate("cli", "the demo phone: %1"), on_terminal(str(reply["message"]))))
    if args.decline:
        print(translate("cli", "declined on the demo phone"), file=sys.stderr)
    else:
        print(translate("cli", "signed on the demo phone"), file=sys.stderr)
    return EXIT_OK
