"""The ``trust`` subcommand: which CAs this profile trusts and where each came from, what is
missing, the pinned download of the NCA 2022 CAs, and adding or removing the user's own."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Collection

from ..crypto import aia
from ..crypto.certificates import load_certificate_file
from ..moments import day
from ..profile import Profile
from ..signing import anchors
from .common import EXIT_NEGATIVE, EXIT_OK, CliError, print_json
from .coretext import core_sentence
from .speech import QT_TRANSLATE_NOOP, fill, translate

# Where a trusted certificate came from (Anchor.origin), what it is, and its role among the CAs of
# Kazakhstan's PKI (nca.ROLE_NAMES' English), in words; the JSON keeps the codes
ORIGIN_WORDS = {
    "shipped": QT_TRANSLATE_NOOP("cli", "shipped"),
    "fetched": QT_TRANSLATE_NOOP("cli", "fetched"),
    "added": QT_TRANSLATE_NOOP("cli", "added"),
}
ROLE_WORDS = (
    QT_TRANSLATE_NOOP("cli", "NCA root"),
    QT_TRANSLATE_NOOP("cli", "NCA issuing CA"),
    QT_TRANSLATE_NOOP("cli", "state bodies' CA (УЦГО)"),
    QT_TRANSLATE_NOOP("cli", "BTS Digital's CA"),
)


def _words(text: str, known: Collection[str]) -> str:
    """A code or name of ``known`` in the user's words; another one as it is."""
    return translate("cli", text) if text in known else text


def cmd_trust_list(args: argparse.Namespace, profile: Profile) -> int:
    found = anchors.list_anchors(profile)
    if args.json:
        print_json([a.to_json() for a in found])
        return EXIT_OK
    for anchor in found:
        kind = translate("cli", "root") if anchor.is_root else translate("cli", "intermediate")
        role = f" — {_words(anchor.role_name, ROLE_WORDS)}" if anchor.role_name else ""
        print(f"[{_words(anchor.origin, ORIGIN_WORDS)} {kind}] {anchor.name}{role}")
        valid = fill(translate("cli", "valid %1 to %2"), day(anchor.not_before), day(anchor.not_after))
        print(f"    {valid}  SHA-256 {anchor.sha256}")
        print("    " + fill(translate("cli", "from %1"), anchor.source))
    if not found:
        print(translate("cli", "no trusted CAs: run `trust update`, or add one with `trust add FILE`"))
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
        state = translate("cli", "NCA 2022 CAs present") if not missing else translate("cli", "incomplete")
        print(fill(translate("cli", "%1 trusted CA certificate(s); %2"), count, state))
        for line in lines:
            print(f"  - {core_sentence(line)}")
    return EXIT_NEGATIVE if missing or refused else EXIT_OK


def cmd_trust_update(args: argparse.Namespace, profile: Profile) -> int:
    missing = anchors.missing_nca_2022(profile)
    if not missing:
        print(translate("cli", "the NCA 2022 CAs are trusted already (shipped with this version); nothing to fetch"))
        return EXIT_OK
    fetched = anchors.update_nca_2022(profile, cas=tuple(missing))
    for anchor in fetched:
        print(fill(translate("cli", "trusted %1"), anchor.name))
        print(f"    SHA-256 {anchor.sha256}")
        print("    " + fill(translate("cli", "from %1"), anchor.source))
    return EXIT_OK


def cmd_trust_add(args: argparse.Namespace, profile: Profile) -> int:
    for file in args.files:
        anchor = anchors.add_anchor(profile, load_certificate_file(file), str(file))
        print(fill(translate("cli", "trusted %1"), anchor.name))
        print(f"    SHA-256 {anchor.sha256}")
    return EXIT_OK


def cmd_trust_fetch(args: argparse.Namespace, profile: Profile) -> int:
    fetched = []
    for url in args.urls:
        chain = aia.fetch_chain(url)
        root = chain[-1]
        print(url)
        print("  " + fill(translate("cli", "root %1"), root.subject.human_friendly))
        print(f"  SHA-256 {root.sha256.hex()}")
        fetched.append((url, chain))
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError(
                translate("cli", "compare the SHA-256 above with the one the CA publishes, then run again with --yes")
            )
        answer = input(translate("cli", "Trust these roots? [y/N] ")).strip().lower()
        if answer not in ("y", "yes", "д", "да", "и", "иә"):
            raise CliError(translate("cli", "nothing was trusted"))
    for url, chain in fetched:
        for cert in chain:
            anchors.add_anchor(profile, cert, url)
    print(
        fill(translate("cli", "trusted %1 root(s) with their intermediates in %2"), len(fetched), profile.trust_dir),
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_trust_remove(args: argparse.Namespace, profile: Profile) -> int:
    prefix = args.sha256.lower()
    removed = 0
    for anchor in anchors.list_anchors(profile):
        if anchor.origin != "shipped" and anchor.sha256.startswith(prefix):
            anchor.path.unlink()
            removed += 1
    if not removed:
        raise CliError(
            fill(
                translate("cli", "no certificate in %1 has a SHA-256 starting with %2"), profile.trust_dir, args.sha256
            )
        )
    print(fill(translate("cli", "removed %1 certificate(s)"), removed), file=sys.stderr)
    return EXIT_OK
