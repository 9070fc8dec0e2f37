"""The ``trust`` subcommand: which roots this profile trusts, adding them, and the first-run
download of the NCA production roots (shown with their SHA-256 before they are trusted)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..crypto import aia
from ..crypto.certificates import load_certificate_file
from ..crypto.identity import describe
from ..crypto.trust import TrustStore
from ..profile import Profile
from ..resources import shipped_trust_dir
from .common import EXIT_OK, CliError, print_json


def _rows(profile: Profile) -> list[dict[str, str]]:
    rows = []
    for origin, folder in (("shipped", shipped_trust_dir()), ("profile", profile.trust_dir)):
        if not folder.is_dir():
            continue
        store = TrustStore()
        store.add_folder(folder)
        for kind, certs in (("root", store.roots), ("intermediate", store.intermediates)):
            for cert in certs:
                info = describe(cert)
                rows.append(
                    {
                        "origin": origin,
                        "kind": kind,
                        "subject": cert.subject.human_friendly,
                        "sha256": info.sha256_fingerprint,
                        "valid_until": info.not_after.isoformat(),
                    }
                )
    return rows


def cmd_trust_list(args: argparse.Namespace, profile: Profile) -> int:
    rows = _rows(profile.ensure())
    if args.json:
        print_json(rows)
        return EXIT_OK
    for row in rows:
        print(f"[{row['origin']} {row['kind']}] {row['subject']}")
        print(f"    SHA-256 {row['sha256']}  until {row['valid_until'][:10]}")
    if not rows:
        print("no trusted roots: add them with `trust add FILE` or `trust fetch`")
    return EXIT_OK


def _save(profile: Profile, der: bytes, sha256: str) -> Path:
    path = profile.ensure().trust_dir / f"{sha256[:16]}.cer"
    path.write_bytes(der)
    return path


def cmd_trust_add(args: argparse.Namespace, profile: Profile) -> int:
    for file in args.files:
        cert = load_certificate_file(file)
        info = describe(cert)
        _save(profile, cert.dump(), info.sha256_fingerprint)
        print(f"trusted {cert.subject.human_friendly}\n    SHA-256 {info.sha256_fingerprint}")
    return EXIT_OK


def cmd_trust_fetch(args: argparse.Namespace, profile: Profile) -> int:
    urls = args.urls or list(aia.NCA_ISSUING_CA_URLS)
    fetched = []
    for url in urls:
        chain = aia.fetch_chain(url)
        root = chain[-1]
        fingerprint = describe(root).sha256_fingerprint
        print(f"{url}\n  root {root.subject.human_friendly}\n  SHA-256 {fingerprint}")
        fetched.append(chain)
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError("compare the SHA-256 above with the one the NCA publishes, then run again with --yes")
        if input("Trust these roots? [y/N] ").strip().lower() not in ("y", "yes", "д", "да", "и", "иә"):
            raise CliError("nothing was trusted")
    for chain in fetched:
        for cert in chain:
            _save(profile, cert.dump(), describe(cert).sha256_fingerprint)
    print(f"trusted {len(fetched)} root(s) with their intermediates in {profile.trust_dir}", file=sys.stderr)
    return EXIT_OK


def cmd_trust_remove(args: argparse.Namespace, profile: Profile) -> int:
    removed = 0
    for path in profile.trust_dir.glob("*"):
        is_cert = path.suffix.lower() in (".cer", ".crt", ".pem", ".der")
        if is_cert and describe(load_certificate_file(path)).sha256_fingerprint.startswith(args.sha256.lower()):
            path.unlink()
            removed += 1
    if not removed:
        raise CliError(f"no root in {profile.trust_dir} has a SHA-256 starting with {args.sha256}")
    print(f"removed {removed} certificate(s)", file=sys.stderr)
    return EXIT_OK
