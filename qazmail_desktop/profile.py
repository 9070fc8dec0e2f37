"""Where the user's data lives: ``--profile DIR``, ``$QAZMAIL_PROFILE``, or the platform's place."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_VAR = "QAZMAIL_PROFILE"


@dataclass(frozen=True)
class Profile:
    root: Path

    @classmethod
    def resolve(cls, explicit: str | None = None, demo: bool = False) -> Profile:
        """The chosen profile (argument, else $QAZMAIL_PROFILE), else the user's. ``demo`` without a
        chosen one: a profile of its own beside the user's, for the demo trusts its own CAs and adds
        its own accounts, and must never change the user's real trust store or accounts."""
        chosen = explicit or os.environ.get(ENV_VAR)
        if chosen:
            return cls(Path(chosen).expanduser().resolve())
        import platformdirs  # here, not at the top: 15 ms of start-up that a chosen profile does not need

        name = "QazMail Desktop Demo" if demo else "QazMail Desktop"
        return cls(Path(platformdirs.user_data_dir(name, "QazMail")).resolve())

    def ensure(self) -> Profile:
        """The profile's folders, owner-only (an older version's 0755 profile is tightened)."""
        for sub in (self.root, self.trust_dir, self.crl_cache):
            sub.mkdir(parents=True, exist_ok=True, mode=0o700)
            if sub.stat().st_mode & 0o077:
                sub.chmod(0o700)
        return self

    @property
    def trust_dir(self) -> Path:
        """User-added trusted roots (the shipped NCA roots are in resources/trust)."""
        return self.root / "trust"

    @property
    def crl_cache(self) -> Path:
        return self.root / "crl"

    @property
    def cache_db(self) -> Path:
        return self.root / "mail.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"
