"""The ``trust`` subcommand: which CAs this profile trusts and where each came from, what is
missing, the pinned download of the NCA 2022 CAs, and adding or removing the user's own."""

from __future__ import annotations

import argparse
import sys

from ..crypto import aia
from ..crypto.certificates import load_certificate_file
from ..moments import day
from ..profile import Profile
from ..signing import anchors
from .common import EXIT_NEGATIVE, EXIT_OK, CliError, print_json


def cmd_trust_list(args: argparse.Namespace, profile: Profile) -> int:
    found = anchors.list_anchors(profile)
    if args.json:
        print_json([a.to_json() for a in found])
        return EXIT_OK
    for anchor in found:
        kind = "root" if anchor.is_root else "intermediate"
        role = f" — {anchor.role_name}" if anchor.role_name else ""
        print(f"[{anchor.origin} {kind}] {anchor.name}{role}")
        print(f"    valid {day(anchor.not_before)} to {day(anchor.not_after)}  SHA-256 {anchor.sha256}")
        print(f"    from {anchor.source}")
    if not found:
        print("no trusted CAs: run `trust update`, or add one with `trust add FILE`")
    return EXIT_OK


def cmd_trust_status(args: argparse.Namespace, profile: Profile) -> int:
    lines = anchors.status_lines(profile)
    missing = anchors.missing_nca_2022(profile)
    refused = anchors.shipped_store().refused
    if args.json:
        print_json(
            {"complete": not missing, "missing": [ca.name for ca in missing], "refused": refused, "notes": lines}
        )
    else:
        count = len(anchors.list_anchors(profile))
        print(f"{count} trusted CA certificate(s); " + ("NCA 2022 CAs present" if not missing else "incomplete"))
        for line in lines:
            print(f"  - {line}")
    return EXIT_NEGATIVE if missing or refused else EXIT_OK


def cmd_trust_update(args: argparse.Namespace, profile: Profile) -> int:
    missing = anchors.missing_nca_2022(profile)
    if not missing:
        print("the NCA 2022 CAs are trusted already (shipped with this version); nothing to fetch")
        return EXIT_OK
    fetched = anchors.update_nca_2022(profile, cas=tuple(missing))
    for anchor in fetched:
        print(f"trusted {anchor.name}\n    SHA-256 {anchor.sha256}\n    from {anchor.source}")
    return EXIT_OK


def cmd_trust_add(args: argparse.Namespace, profile: Profile) -> int:
    for file in args.files:
        anchor = anchors.add_anchor(profile, load_certificate_file(file), str(file))
        print(f"trusted {anchor.name}\n    SHA-256 {anchor.sha256}")
    return EXIT_OK


def cmd_trust_fetch(args: argparse.Namespace, profile: Profile) -> int:
    fetched = []
    for url in args.urls:
        chain = aia.fetch_chain(url)
        root = chain[-1]
        print(f"{url}\n  root {root.subject.human_friendly}\n  SHA-256 {root.sha256.hex()}")
        fetched.append((url, chain))
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError("compare the SHA-256 above with the one the CA publishes, then run again with --yes")
        if input("Trust these roots? [y/N] ").strip().lower() not in ("y", "yes", "д", "да", "и", "иә"):
            raise CliError("nothing was trusted")
    for url, chain in fetched:
        for cert in chain:
            anchors.add_anchor(profile, cert, url)
    print(f"trusted {len(fetched)} root(s) with their intermediates in {profile.trust_dir}", file=sys.stderr)
    return EXIT_OK


def cmd_trust_remove(args: argparse.Namespace, profile: Profile) -> int:
    prefix = args.sha256.lower()
    removed = 0
    for anchor in anchors.list_anchors(profile):
        if anchor.origin != "shipped" and anchor.sha256.startswith(prefix):
            anchor.path.unlink()
            removed += 1
    if not removed:
        raise CliError(f"no certificate in {profile.trust_dir} has a SHA-256 starting with {args.sha256}")
    print(f"removed {removed} certificate(s)", file=sys.stderr)
    return EXIT_OK
