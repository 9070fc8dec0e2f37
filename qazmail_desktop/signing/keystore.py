"""The user's EDS key files: which .p12 files are registered, who they belong to, and unlocking.

Only paths and the public certificates are remembered (profile/keys); a password is asked each
time a key is used unless the user chose to keep it for this session, and then it lives in this
process's memory only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..crypto.certificates import load_certificate
from ..crypto.errors import CryptoError
from ..crypto.identity import CertificateInfo, describe
from ..crypto.keys import SigningKey, load_signing_key
from ..profile import Profile
from ..settings import Settings

EXPIRY_WARNING_DAYS = 30


@dataclass(frozen=True)
class KeyEntry:
    path: Path
    info: CertificateInfo | None  # None until the key was opened once

    def expiry_note(self, now: dt.datetime | None = None) -> str:
        if self.info is None:
            return ""
        now = now or dt.datetime.now(dt.UTC)
        left = self.info.not_after - now
        if left.total_seconds() < 0:
            return "expired"
        if left.days < EXPIRY_WARNING_DAYS:
            return f"expires in {left.days} days"
        return ""


@dataclass
class KeyStore:
    profile: Profile
    session_passwords: dict[str, str] = field(default_factory=dict, repr=False, compare=False)  # never shown

    def _cert_path(self, key_file: Path) -> Path:
        return self.profile.root / "keys" / (hashlib.sha256(str(key_file.resolve()).encode()).hexdigest()[:24] + ".cer")

    def entries(self) -> list[KeyEntry]:
        settings = Settings.load(self.profile.settings_file)
        out = []
        for text in settings.key_files:
            path = Path(text)
            cached = self._cert_path(path)
            info = None
            if cached.exists():
                try:
                    info = describe(load_certificate(cached.read_bytes()))
                except CryptoError:
                    info = None
            out.append(KeyEntry(path, info))
        return out

    def unlock(self, path: Path, password: str | None = None, remember: bool = False) -> SigningKey:
        """Open the key (password given, or kept for the session); remembers its certificate."""
        key_id = str(path.resolve())
        if password is None:
            password = self.session_passwords.get(key_id)
        if password is None:
            raise CryptoError(f"the password for {path.name} is needed")
        key = load_signing_key(path, password)
        if remember:
            self.session_passwords[key_id] = password
        cached = self._cert_path(path)
        cached.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        cached.write_bytes(key.certificate.dump())
        return key

    def has_session_password(self, path: Path) -> bool:
        return str(path.resolve()) in self.session_passwords

    def add(self, path: Path, password: str, remember: bool = False) -> SigningKey:
        key = self.unlock(path, password, remember)
        settings = Settings.load(self.profile.settings_file)
        settings.add_key_file(path)
        settings.save(self.profile.settings_file)
        return key

    def remove(self, path: Path) -> None:
        settings = Settings.load(self.profile.settings_file)
        settings.key_files = [k for k in settings.key_files if Path(k).resolve() != path.resolve()]
        settings.save(self.profile.settings_file)
        self.session_passwords.pop(str(path.resolve()), None)
        self._cert_path(path).unlink(missing_ok=True)
