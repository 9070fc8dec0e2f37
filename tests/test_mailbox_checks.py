"""Checking a mailbox's signatures in worker processes gives the verdicts checking them here gives,
and stores every one (the window fills them in as they come)."""

from __future__ import annotations

from pathlib import Path

from qazmail_desktop.signing.checker import POOL_THRESHOLD, check_pending
from qazmail_desktop.signing.policy import fingerprint
from tests.signed_mailbox import signed_mailbox


def test_workers_give_the_verdicts_of_one_process(tmp_path: Path) -> None:
    cache, policy = signed_mailbox(tmp_path, POOL_THRESHOLD + 6)
    reports: list[tuple[int, int]] = []
    assert check_pending(cache, policy, lambda done, total: reports.append((done, total)), workers=2) == 70
    assert reports[0] == (0, 70) and reports[-1] == (70, 70) and len(reports) > 2
    key = fingerprint(policy)
    rows = cache.file.db.execute("SELECT blob, verdict FROM signatures WHERE trust_key = ?", (key,)).fetchall()
    in_workers = {blob: verdict for blob, verdict in rows}
    assert len(in_workers) == 70
    cache.file.db.execute("DELETE FROM signatures")
    cache.file.db.commit()
    assert check_pending(cache, policy, workers=1) == 70
    here = dict(cache.file.db.execute("SELECT blob, verdict FROM signatures").fetchall())
    assert here == in_workers  # judged at each letter's proven time: the same JSON
    assert all('"status": "valid"' in v for v in here.values())
