"""The verification policy of a profile: which roots are trusted and which CRLs are known.

Shipped production CAs (resources/trust, each only when it matches its pinned SHA-256,
with its role), NCA CAs fetched into the profile and roots the user added (profile/trust), roots
named on the command line; CRLs given as files and
those cached in the profile. The fingerprint changes whenever any of that changes, so stored
verdicts know when to be re-checked.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from ..crypto.errors import MalformedDataError
from ..crypto.trust import CrlSet, TrustStore
from ..crypto.verify import VerifyPolicy
from ..profile import Profile
from . import anchors


def build_policy(
    profile: Profile, trust_dirs: Sequence[Path] = (), crl_files: Sequence[Path] = (), online: bool = False
) -> VerifyPolicy:
    """``online`` lets verification ask OCSP responders and download CRLs (kept in the profile);
    the first online use also fetches the NCA 2022 CAs when the profile lacks them."""
    store = TrustStore()
    shipped = anchors.shipped_store()
    notes = list(shipped.refused)
    for anchor in shipped.anchors:
        store.add(anchor.certificate, anchor.role)
    if profile.trust_dir.is_dir():
        notes += store.add_folder(profile.trust_dir)
        store.roles.update(anchors.fetched_roles(profile))
    for folder in trust_dirs:  # what the user named is read first: a wrong name stops before any work
        notes += store.add_folder(folder)
    crls = CrlSet()
    for path in crl_files:
        crls.add_file(path)
    if online:
        note, fetched = anchors.update_if_due(profile, store.roots + store.intermediates)
        notes += [note] if note else []
        for anchor in fetched:
            store.add(anchor.certificate, anchor.role)
    if profile.crl_cache.is_dir():
        for path in sorted(profile.crl_cache.glob("*.crl")):
            try:
                crls.add_file(path)
            except MalformedDataError:
                continue  # a damaged cache entry is ignored; it is fetched again when online
    return VerifyPolicy(trust=store, crls=crls, online=online, crl_cache=profile.crl_cache, notes=notes)


def fingerprint(policy: VerifyPolicy) -> str:
    digest = hashlib.sha256()
    for cert in sorted(c.dump() for c in policy.trust.roots + policy.trust.intermediates):
        digest.update(hashlib.sha256(cert).digest())
    for crl in sorted(c.dump() for c in policy.crls.crls):
        digest.update(hashlib.sha256(crl).digest())
    return digest.hexdigest()[:32]
