"""Message rules: move or flag letters by sender, subject and, what no other mail client can, by
who signed them (IIN, BIN, role) and the signature's verdict. "Letters signed by BIN 990240000021's
head go to Contracts." Rules run on the inbox as letters arrive (after their signatures are
checked, so the verdict is known) and on demand.

The rules live in the profile (rules.json); which letters they have seen, per account, beside them
(rules-state.json), so a letter is handled once even if the user moves it back.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from ..atomic import write_atomically
from ..profile import Profile
from ..store.cache import Folder, MessageRow
from ..sync.engine import MailEngine
from ..sync.errors import AccountError

RULES_FILE = "rules.json"
STATE_FILE = "rules-state.json"


class RuleError(ValueError):
    """A rule that cannot work (no condition, no action, a damaged rules file)."""


@dataclass
class Rule:
    """Every condition given must hold; empty ones are ignored. One action at least."""

    name: str
    sender_contains: str = ""
    subject_contains: str = ""
    signer_iin: str = ""
    signer_bin: str = ""
    signer_role: str = ""  # a role name of crypto.identity: head, finance, sign_right, …
    verdict: str = ""  # a status (valid, revoked, …) or a tone (good, bad, warning, unknown)
    move_to: str = ""  # a folder of the letter's account
    flag: bool = False
    # A rule that names a signer takes only their valid signatures: a tampered, revoked or forged
    # letter in their name is not theirs to file. True: any signature by them (the user's choice);
    # rules saved before this field existed read it as False.
    any_signature: bool = False

    def check(self) -> None:
        conditions = (self.sender_contains, self.subject_contains, self.signer_iin, self.signer_bin)
        if not any(conditions) and not self.signer_role and not self.verdict:
            raise RuleError(f"rule {self.name!r} has no condition: it would take every letter")
        if not self.move_to and not self.flag:
            raise RuleError(f"rule {self.name!r} does nothing: give a folder to move to, or flag")

    def matches(self, row: MessageRow, verdict: dict[str, Any] | None) -> bool:
        if self.sender_contains and self.sender_contains.casefold() not in row.sender.casefold():
            return False
        if self.subject_contains and self.subject_contains.casefold() not in row.subject.casefold():
            return False
        if self.verdict:
            from ..crypto.status import status_of  # only for rules on verdicts: a sync without any stays light

            status = status_of(str((row.signature or {}).get("status", ""))) if row.signed else None
            if status is None or self.verdict not in (status.value, status.tone):
                return False
        if self.signer_iin or self.signer_bin or self.signer_role:
            return any(self._signer_matches(signer) for signer in self._counted(_signers(verdict)))
        return True

    def _counted(self, signers: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The signers the rule looks at: their valid signatures only, unless the user chose any
        signature, or asked for letters whose signature is not valid (verdict bad, warning…)."""
        if self.any_signature or self.verdict not in ("", "good", "valid"):
            return signers
        return [signer for signer in signers if signer.get("status") == "valid"]

    def _signer_matches(self, signer: dict[str, Any]) -> bool:
        return (
            (not self.signer_iin or signer.get("iin") == self.signer_iin)
            and (not self.signer_bin or signer.get("bin") == self.signer_bin)
            and (not self.signer_role or self.signer_role in (signer.get("roles") or []))
        )


def _signers(verdict: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Every signer of every signature in a stored verdict (letter, parts, attachments)."""
    out = []
    for item in (verdict or {}).get("signatures") or []:
        out += [s for s in item.get("signers") or [] if isinstance(s, dict)]
    return out


@dataclass
class RuleBook:
    rules: list[Rule] = field(default_factory=list)

    @classmethod
    def load(cls, profile: Profile) -> RuleBook:
        path = profile.root / RULES_FILE
        if not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            known = {f.name for f in fields(Rule)}
            return cls([Rule(**{k: v for k, v in item.items() if k in known}) for item in data["rules"]])
        except (ValueError, KeyError, TypeError) as exc:
            raise RuleError(f"the rules file {path} is damaged ({exc}); fix or remove it") from exc

    def save(self, profile: Profile) -> None:
        for rule in self.rules:
            rule.check()
        data = {"rules": [asdict(rule) for rule in self.rules]}
        write_atomically(profile.ensure().root / RULES_FILE, json.dumps(data, ensure_ascii=False, indent=2).encode())


@dataclass(frozen=True)
class Applied:
    rule: str
    subject: str
    action: str  # "moved to Contracts", "flagged", "not moved: …"
    changed: bool = True  # False: the letter stayed as it was (its folder is gone)


def apply_rules(engine: MailEngine, profile: Profile, only_new: bool = True) -> list[Applied]:
    """Run the rules over each account's inbox: letters not seen by the rules yet (``only_new``),
    or every letter there (on demand). The first rule that moves a letter ends its turn."""
    book = RuleBook.load(profile)
    if not book.rules:
        return []
    state_path = profile.root / STATE_FILE
    seen = _load_state(state_path)
    done: list[Applied] = []
    for account in engine.cache.accounts.all():
        inbox = engine.cache.folders.special(account.name, "\\Inbox") or engine.cache.folders.get(account.name, "INBOX")
        if inbox is None:
            continue
        after = seen.get(account.name, 0) if only_new else 0
        rows = engine.cache.messages.after_uid(inbox.id, after)
        for row in rows:
            done += _apply_to(engine, account.name, inbox, row, book)
        if rows:
            seen[account.name] = max(seen.get(account.name, 0), rows[-1].uid)
    write_atomically(state_path, json.dumps(seen).encode())
    return done


def _apply_to(engine: MailEngine, account_name: str, inbox: Folder, row: MessageRow, book: RuleBook) -> list[Applied]:
    account = engine.account(account_name)
    verdict = engine.cache.verdicts.get(row.blob) if row.signed else None
    done = []
    for rule in book.rules:
        if not rule.matches(row, verdict):
            continue
        if rule.flag and not row.flagged:
            engine.set_flags(account, inbox, row, ["\\Flagged"], [])
            done.append(Applied(rule.name, row.subject, "flagged"))
        if rule.move_to and rule.move_to != inbox.name:
            try:
                engine.move(account, inbox, row, rule.move_to)
            except AccountError as exc:  # the folder is gone: the letter stays, the user is told
                done.append(Applied(rule.name, row.subject, f"not moved: {exc}", changed=False))
                continue
            done.append(Applied(rule.name, row.subject, f"moved to {rule.move_to}"))
            break
    return done


def _load_state(path: Path) -> dict[str, int]:
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return {str(k): int(v) for k, v in data.items()} if isinstance(data, dict) else {}
