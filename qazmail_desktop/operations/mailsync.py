"""Sync accounts, check the signatures of what arrived, and make it searchable."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..profile import Profile
from ..sync.engine import MailEngine, SyncOutcome
from ..sync.errors import ConnectionFailed, NoPassword
from ..sync.imapsync import SyncCancelled
from . import Cancel, Progress, no_progress
from .outbox import waiting
from .rules import Applied, RuleError, apply_rules


@dataclass
class AccountResult:
    name: str
    outcome: SyncOutcome | None  # None when the server could not be reached
    problem: str = ""
    without_password: bool = False  # not synced because no password was given (a window words it itself)


@dataclass
class SyncRun:
    accounts: list[AccountResult] = field(default_factory=list)
    signatures_checked: int = 0
    signature_statuses: Counter[str] = field(default_factory=Counter)  # of the letters checked
    rules_applied: list[Applied] = field(default_factory=list)
    rules_problem: str = ""  # the rules could not run (a damaged rules file)
    cancelled: bool = False
    notes: list[str] = field(default_factory=list)  # e.g. a letter signed offline still waits for its time-stamp

    @property
    def reached(self) -> int:
        return sum(1 for a in self.accounts if a.outcome is not None)

    @property
    def problems(self) -> list[str]:
        return [a.problem for a in self.accounts if a.problem] + ([self.rules_problem] if self.rules_problem else [])

    @property
    def new_letters(self) -> int:
        return sum(a.outcome.report.new for a in self.accounts if a.outcome is not None)


def sync_accounts(
    engine: MailEngine,
    profile: Profile,
    names: list[str],
    folder: str | None = None,
    progress: Progress = no_progress,
    cancel: Cancel | None = None,
    recheck_on_trust_change: bool = False,
) -> SyncRun:
    """Sync each account (replaying its queue first), verify the signed letters that arrived or
    are still unchecked, and return once everything stored is searchable. An account that cannot
    be reached is reported and the others go on; a cancelled sync keeps what it fetched.
    ``recheck_on_trust_change`` (the window) also re-verifies letters checked under other trust
    data; the command line leaves that to ``verify --message`` so that a no-change sync stays fast."""
    run = SyncRun()
    for name in names:
        run.notes += _complete_proofs(engine, profile, name)
        try:
            outcome = engine.sync(name, lambda p: progress(p.done, p.total, p.folder), cancel, folder)
        except (ConnectionFailed, NoPassword) as exc:
            run.accounts.append(AccountResult(name, None, f"{name}: {exc}", isinstance(exc, NoPassword)))
            continue
        except SyncCancelled:
            run.cancelled = True
            return run
        run.accounts.append(AccountResult(name, outcome))
    new_mail, online = run.new_letters > 0 or recheck_on_trust_change, run.reached > 0
    run.signatures_checked = check_new_signatures(
        engine, profile, new_mail, online, progress, cancel, run.signature_statuses
    )
    run.rules_applied = _run_rules(engine, profile, run)
    engine.wait_searchable(lambda done, total: progress(done, total, "search index"))
    return run


def _complete_proofs(engine: MailEngine, profile: Profile, name: str) -> list[str]:
    """Time-stamp the letters signed offline before the queue goes to the server (the trust store
    is read only when one waits)."""
    if not waiting(engine.cache, name):
        return []
    from ..signing.policy import build_policy
    from .proofs import complete_proofs

    return complete_proofs(engine.cache, name, build_policy(profile).trust)


def _run_rules(engine: MailEngine, profile: Profile, run: SyncRun) -> list[Applied]:
    """The message rules over what arrived (its signatures are checked by now); the moves they
    queue go to the server at once."""
    try:
        applied = apply_rules(engine, profile)
    except RuleError as exc:
        run.rules_problem = str(exc)
        return []
    if any(a.changed for a in applied):
        for result in run.accounts:
            if result.outcome is not None:
                engine.try_replay(engine.account(result.name))
    return applied


def check_new_signatures(
    engine: MailEngine,
    profile: Profile,
    new_mail: bool,
    online: bool,
    progress: Progress = no_progress,
    cancel: Cancel | None = None,
    tally: Counter[str] | None = None,
) -> int:
    """Verify signed letters that have no verdict under the current trust data (``tally`` counts
    them by status). A sync that
    brought nothing new, with nothing left unchecked, never loads the crypto stack: it stays fast."""
    if not new_mail and not engine.cache.verdicts.any_unchecked():
        return 0
    from ..signing.checker import check_pending
    from ..signing.policy import build_policy

    return check_pending(
        engine.cache,
        build_policy(profile, online=online),
        lambda done, total: progress(done, total, "signatures"),
        cancel,
        tally=tally,
    )
