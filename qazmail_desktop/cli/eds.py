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
from ..operations.documents import Signed, cosign_document, sign_document, sign_xml, verify_document
from ..operations.files import MAX_CMS, companion_document, read_limited
from ..profile import Profile
from ..signing.cosigning import CosignRefused, ensure_intact
from ..signing.keystatus import current_status
from ..signing.policy import build_policy
from ..signing.xmlverdict import verify_xml
from ..userfiles import UnreadableFileError, check_regular_file, shown
from .common import (
    EXIT_NEGATIVE,
    EXIT_OK,
    CliError,
    check_output,
    local_time,
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
    if args.xml:
        return _sign_xml(args, profile)
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
        lines.append(f"  signed by:    {local_time(v.signing_time)} (proven by a trusted time-stamp)")
    if v.claimed_time:
        lines.append(f"  signingTime:  {local_time(v.claimed_time)} (claimed by the signer, proves nothing)")
    if v.timestamp:
        trusted = "trusted" if v.timestamp.trusted else (v.timestamp.problem or "not trusted")
        trusted += f"; {v.timestamp.note}" if v.timestamp.note else ""
        tsa = on_terminal(v.timestamp.tsa or "?")
        lines.append(f"  time-stamp:   {local_time(v.timestamp.time)} by {tsa} ({on_terminal(trusted)})")
    if v.judged_at and not v.time_proven and v.status not in _NOT_JUDGED:
        lines.append(f"  judged at:    {local_time(v.judged_at)} (now: no trusted time-stamp)")
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
    data = read_limited(args.cms, "CMS", MAX_CMS)
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
    signatures = [(item.name, signer) for item in xml.verdict.items if item.result for signer in item.result.signers]
    valid = bool(signatures) and all(signer.valid for _name, signer in signatures)
    if args.json:
        print_json(
            {
                "valid": valid,
                "signers": [{"covers": name, **signer.to_json()} for name, signer in signatures],
                "unsigned_parts": xml.verdict.unsigned_parts,
            }
        )
    else:
        if not signatures:
            print("no XML signature in this document")
        for number, (name, signer) in enumerate(signatures, 1):
            print(f"signature {number} ({name}): " + _describe_verdict(signer))
        for part in xml.verdict.unsigned_parts:
            print(f"not signed: {part}")
    return EXIT_OK if valid else EXIT_NEGATIVE


def validity_text(info: CertificateInfo, now: dt.datetime | None = None) -> str:
    """The key's validity now: valid until …, N days left / expired on … / not valid until …."""
    now = now or dt.datetime.now(dt.UTC)
    if now > info.not_after:
        return f"EXPIRED on {info.not_after:%Y-%m-%d} (cannot sign any more)"
    if now < info.not_before:
        return f"not valid until {info.not_before:%Y-%m-%d}"
    days = (info.not_after - now).days
    return f"valid until {info.not_after:%Y-%m-%d}, {days} day{'s' if days != 1 else ''} left"


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
        ("Valid", f"{info.not_before:%Y-%m-%d} to {info.not_after:%Y-%m-%d}"),
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
