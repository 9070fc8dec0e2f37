"""EDS subcommands: sign, cosign, verify, keyinfo."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
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
from ..operations.files import MAX_CMS, companion_document, read_limited
from ..profile import Profile
from ..signing.cosigning import CosignRefused, ensure_intact
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


def _load_key(args: argparse.Namespace) -> keys.SigningKey:
    try:  # before the password is asked for a key that is not there, a folder, a device or a pipe
        check_regular_file(args.key, "key file")
    except UnreadableFileError as exc:
        raise CliError(f"key file: {exc}") from exc
    password = read_password(args.password_env, f"Password for {args.key.name}: ")
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
    check_output(args.output, [args.file, args.key], args.force)
    if args.xml and args.pades:
        raise CliError("choose one of --xml (an XML document) and --pades (a PDF)")
    if args.xml:
        return _sign_xml(args, profile)
    if args.pades:
        return _sign_pdf(args, profile)
    content = Content.of_file(args.file)
    size = args.file.stat().st_size
    if not args.detached and size > MAX_CMS:
        raise CliError(f"{shown(args.file)} is too large to embed; sign it with --detached")
    if size == 0:
        print(f"warning: {shown(args.file)} is empty: the signature will cover no content", file=sys.stderr)
    key = _signing_key(args)
    signed = sign_document(content, key, args.detached, args.tsa or "", _trust(args, profile))
    return _written(args.output, signed, f"signed by {on_terminal(key.info.name)} ({key.info.algorithm})")


def _sign_xml(args: argparse.Namespace, profile: Profile) -> int:
    """`sign FILE.xml --xml`: an enveloped XML signature (another one, when the document has some)."""
    if args.detached or args.tsa is not None:
        raise CliError("--xml makes an enveloped XML signature: it is never detached and has no time-stamp")
    data = read_limited(args.file, "XML document", MAX_XML)
    try:
        parse_xml(data)  # refused before the key password is asked
    except MalformedDataError as exc:
        raise CliError(f"{shown(args.file)}: {exc}") from exc
    key = _signing_key(args)
    try:
        signed = sign_xml(data, key, _trust(args, profile))
    except CosignRefused as exc:  # a verdict on what is there, not bad usage
        raise CliError(str(exc), EXIT_NEGATIVE) from exc
    return _written(args.output, signed, f"signed by {on_terminal(key.info.name)} ({key.info.algorithm})")


def _sign_pdf(args: argparse.Namespace, profile: Profile) -> int:
    """`sign FILE.pdf --pades`: the signature inside the PDF (another one, when it has some)."""
    if args.detached:
        raise CliError("--pades signs inside the PDF: it is never detached")
    data = read_limited(args.file, "PDF", MAX_PDF)
    if not data.startswith(b"%PDF"):
        raise CliError(f"{shown(args.file)} is not a PDF file; --pades signs PDFs only")
    key = _signing_key(args)
    try:
        signed = sign_pdf_document(data, key, args.tsa or "", _trust(args, profile))
    except CosignRefused as exc:  # a verdict on what is there, not bad usage
        raise CliError(str(exc), EXIT_NEGATIVE) from exc
    except MalformedDataError as exc:
        raise CliError(f"{shown(args.file)}: {exc}") from exc
    return _written(args.output, signed, f"signed by {on_terminal(key.info.name)} ({key.info.algorithm})")


def cmd_cosign(args: argparse.Namespace, profile: Profile) -> int:
    check_output(args.output, [args.cms, args.data, args.key], args.force)
    existing = read_limited(args.cms, "CMS", MAX_CMS)
    data = args.data or _document_beside(args.cms, existing)
    content = Content.of_file(data) if data else None
    try:
        ensure_intact(existing, content)  # refused before the key password is asked
        key = _signing_key(args)
        signed = cosign_document(existing, key, content, args.tsa or "", _trust(args, profile))
    except CosignRefused as exc:  # a verdict on what is there, not bad usage
        raise CliError(str(exc), EXIT_NEGATIVE) from exc
    return _written(args.output, signed, f"co-signed by {on_terminal(key.info.name)}")


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
        raise CliError(f"{shown(signature)} is a detached signature: give the signed document with --data FILE")
    print(f"the signed document: {shown(beside)} (found beside the signature)", file=sys.stderr)
    return beside


def _describe_verdict(v: SignerVerdict) -> str:
    info = v.info
    lines = [f"[{v.status.upper()}] {on_terminal(v.message)}"]
    if v.status == Status.CONTENT_MISSING:
        lines.append("  give the signed document with --data FILE to check that it was not changed")
    if info:
        lines.append(
            f"  signer:       {on_terminal(info.name)}" + (f" ({on_terminal(info.email)})" if info.email else "")
        )
        if info.iin:
            lines.append(f"  IIN:          {on_terminal(info.iin)}")
        if info.organization or info.bin:
            organization = on_terminal(info.organization) + (f", BIN {on_terminal(info.bin)}" if info.bin else "")
            lines.append(f"  organization: {organization}")
        if info.roles:
            lines.append(f"  roles:        {on_terminal(', '.join(info.roles))}")
        if info.templates:
            lines.append(f"  template:     {on_terminal('; '.join(info.templates))}")
    if v.issued_by:
        lines.append(f"  certificate:  {v.issued_by}")
    if v.time_proven and v.signing_time:
        lines.append(f"  signed by:    {moment(v.signing_time)} (proven by a trusted time-stamp)")
    if v.claimed_time:
        lines.append(f"  signingTime:  {moment(v.claimed_time)} (claimed by the signer, proves nothing)")
    if v.timestamp:
        trusted = "trusted" if v.timestamp.trusted else (v.timestamp.problem or "not trusted")
        trusted += f"; {v.timestamp.note}" if v.timestamp.note else ""
        tsa = on_terminal(v.timestamp.tsa or "?")
        lines.append(f"  time-stamp:   {moment(v.timestamp.time)} by {tsa} ({on_terminal(trusted)})")
    if v.judged_at and not v.time_proven and v.status not in _NOT_JUDGED:
        lines.append(f"  judged at:    {moment(v.judged_at)} (now: no trusted time-stamp)")
    if v.revocation:
        lines.append(f"  revocation:   {on_terminal(v.revocation)}")
    if v.ca_revocation:
        lines.append(f"  issuing CAs:  {on_terminal(v.ca_revocation)}")
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
            raise CliError("verify --message needs --uid N (and --account, --folder)")
        from .mail import verify_message

        return verify_message(args, profile)
    if args.cms is None:
        raise CliError("name a CMS file, or use --message")
    if args.extract:
        check_output(args.extract, [args.cms, args.data, *args.trust, *args.crl], args.force)
    data = read_limited(args.cms, "signed file", MAX_PDF)
    if data.startswith(b"%PDF"):
        return _verify_pdf(args, profile, data)
    if len(data) > MAX_CMS:
        raise CliError(f"{shown(args.cms)}: a CMS larger than {MAX_CMS >> 20} MiB is not read")
    if looks_like_xml(data):
        return _verify_xml(args, profile, data)
    try:
        parse_signed_data(data)  # the input is judged before any work (the policy may go online)
    except MalformedDataError as exc:
        raise CliError(f"{args.cms}: {exc}") from exc
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
            print("no signatures in this CMS")
        for number, verdict in enumerate(result.signers, 1):
            print(f"signature {number}: " + _describe_verdict(verdict))
    return EXIT_OK if result.valid else EXIT_NEGATIVE


def _verify_pdf(args: argparse.Namespace, profile: Profile, data: bytes) -> int:
    """`verify FILE.pdf`: every signature inside the PDF, each over the bytes it covers, and what
    was added after the last one; ``--extract`` writes the PDF as its last signature signed it."""
    if args.data:
        raise CliError("--data is for a detached CMS: a PDF signature is inside the PDF it signs")
    policy = build_policy(profile, args.trust, args.crl, online=not args.offline)
    print_notes(policy.notes)
    verdict = verify_signed_file(shown(args.cms.name), data, None, policy)
    if args.extract and verdict.items:
        _write_atomically(args.extract, signed_revision(data))
    valid = _all_valid(verdict, whole=True)  # a revision added after the last signature is shown, unsigned
    _print_document_verdict(args, verdict, valid, "no signature inside this PDF")
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
            print(f"signature ({on_terminal(item.name)}): not readable: {on_terminal(item.error)}")
        for signer in item.result.signers if item.result else []:
            number += 1
            print(f"signature {number} ({on_terminal(item.name)}): " + _describe_verdict(signer))
    for part in verdict.unsigned_parts:
        print(f"not signed: {on_terminal(part)}")


def _verify_xml(args: argparse.Namespace, profile: Profile, data: bytes) -> int:
    """`verify FILE.xml`: every XML signature (XMLDSig) of the document, judged now (it has no time-stamp)."""
    if args.data:
        raise CliError("--data is for a detached CMS: an XML signature is inside the document it signs")
    try:
        tree = parse_xml(data)  # refused before any work, as a CMS is
    except MalformedDataError as exc:
        raise CliError(f"{args.cms}: {exc}") from exc
    policy = build_policy(profile, args.trust, args.crl, online=not args.offline)
    print_notes(policy.notes)
    xml = verify_xml(shown(args.cms.name), tree, policy)
    if args.extract and xml.shown is not None:
        _write_atomically(args.extract, xml.shown)
    # a signature over one element (a SOAP Body) is whole as it is: the envelope around it is no document
    valid = _all_valid(xml.verdict, whole=False)
    _print_document_verdict(args, xml.verdict, valid, "no XML signature in this document")
    return EXIT_OK if valid else EXIT_NEGATIVE


def validity_text(info: CertificateInfo, now: dt.datetime | None = None) -> str:
    """The key's validity now: valid until …, N days left / expired on … / not valid until …."""
    now = now or dt.datetime.now(dt.UTC)
    if now > info.not_after:
        return f"EXPIRED on {day(info.not_after)} (cannot sign any more)"
    if now < info.not_before:
        return f"not valid until {day(info.not_before)}"
    days = (info.not_after - now).days
    return f"valid until {day(info.not_after)}, {days} day{'s' if days != 1 else ''} left"


def cmd_keyinfo(args: argparse.Namespace, profile: Profile) -> int:
    key = _load_key(args)
    info = key.info
    trust = _trust(args, profile)
    revocation = current_status(key.certificate, trust) if trust is not None else "not checked (--offline)"
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
    rows = [
        ("Name", info.name),
        ("Surname", info.surname),
        ("Given name", info.given_name),
        ("Patronymic", info.patronymic),
        ("E-mail", info.email),
        ("IIN", info.iin + ("" if info.iin_valid or not info.iin else " (check digit does not match)")),
        ("Born", f"{info.birth_date} ({info.sex})" if info.birth_date else ""),
        ("Organization", info.organization),
        ("BIN", info.bin),
        ("Roles", ", ".join(info.roles)),
        ("Template", "; ".join(info.templates)),
        (
            "Key purpose",
            {
                "sign": "signing",
                "auth": "authentication (AUTH) only: cannot sign documents",
                "sign+auth": "signing and authentication",
                "other": "neither signing nor authentication",
            }[info.purpose],
        ),
        ("Algorithm", info.algorithm),
        ("Valid", f"{day(info.not_before)} to {day(info.not_after)}"),
        ("Status", validity_text(info)),
        ("Revocation", revocation),
        ("Issuer", info.issuer),
        ("Serial", info.serial),
        ("SHA-256", info.sha256_fingerprint),
    ]
    for label, value in rows:
        if value:
            print(f"{label + ':':14}{value}")
    return EXIT_OK
