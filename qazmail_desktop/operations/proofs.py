"""Letters signed offline get their proof before they leave: the time-stamp over the letter's
signature and the signer's status right after it, asked at the next sync (loaded only when a
letter waits: a sync with nothing waiting never loads the crypto stack)."""

from __future__ import annotations

import dataclasses
from functools import partial

from ..crypto import tsp_client
from ..crypto.errors import CryptoError
from ..crypto.trust import TrustStore
from ..signing.keystatus import status_evidence
from ..signing.outgoing import tsa_timestamper
from ..signing.smime import add_proof_to_letter
from ..store.cache import Cache
from ..sync.actionkinds import payload
from .outbox import waiting


def complete_proofs(cache: Cache, account: str, trust: TrustStore) -> list[str]:
    """Letters signed offline get their time-stamp and their signer's status now, before the replay
    sends them; one whose TSA still does not answer waits on. Returns what the user should know."""
    notes: list[str] = []
    for action_id, action in waiting(cache, account):
        raw = cache.blobs.get(action.blob)
        if raw is None:
            continue  # the replay reports the missing copy
        try:
            proved = add_proof_to_letter(
                raw, partial(tsa_timestamper, action.proof_tsa), lambda cert: status_evidence(cert, trust, notes)
            )
        except tsp_client.TimestampUnreachable as exc:
            notes.append(f"“{action.subject}” still waits for its time-stamp: {exc}")
            continue
        except CryptoError as exc:
            notes.append(f"“{action.subject}” could not be time-stamped ({exc}); it waits in the outbox")
            continue
        digest = cache.blobs.put(proved, durable=True)
        cache.actions.mark(
            action_id, "pending", payload=payload(dataclasses.replace(action, blob=digest, proof_tsa=""))
        )
    return notes
