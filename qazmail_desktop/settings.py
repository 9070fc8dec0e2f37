"""User settings kept in the profile (settings.json): language, registered key files, limits.

Only non-secret things live here: key *paths*, never key passwords; account passwords are in
the OS keyring (sync.secrets).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .atomic import write_atomically
from .choices import SIGEX_URL

LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}


@dataclass
class Settings:
    language: str = ""  # "" follows the system
    theme: str = ""  # "" follows the system, else "light" or "dark"
    key_files: list[str] = field(default_factory=list)
    sigex_url: str = SIGEX_URL  # where signing by QR with eGov Mobile goes (signing/egovqr.py)

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps(asdict(self), ensure_ascii=False, indent=2).encode())

    def add_key_file(self, path: Path) -> None:
        text = str(path.resolve())
        if text not in self.key_files:
            self.key_files.append(text)
