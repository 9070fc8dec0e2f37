"""The accounts table."""

from __future__ import annotations

from .blobs import Blobs
from .connections import CacheFile
from .records import Account


class Accounts:
    def __init__(self, file: CacheFile, blobs: Blobs) -> None:
        self._file = file
        self._blobs = blobs

    def add(self, account: Account) -> None:
        with self._file.transaction() as db:
            db.execute(
                "INSERT INTO accounts VALUES (:name, :email, :username, :imap_host, :imap_port, :imap_security,"
                " :smtp_host, :smtp_port, :smtp_security, :display_name, :max_body_bytes, :max_age_days)",
                account.__dict__,
            )

    def update(self, account: Account) -> None:
        """New settings for an existing account (found by name); its folders and letters stay."""
        with self._file.transaction() as db:
            db.execute(
                "UPDATE accounts SET email = :email, username = :username, imap_host = :imap_host,"
                " imap_port = :imap_port, imap_security = :imap_security, smtp_host = :smtp_host,"
                " smtp_port = :smtp_port, smtp_security = :smtp_security, display_name = :display_name,"
                " max_body_bytes = :max_body_bytes, max_age_days = :max_age_days WHERE name = :name",
                account.__dict__,
            )

    def get(self, name: str) -> Account | None:
        row = self._file.db.execute("SELECT * FROM accounts WHERE name = ?", (name,)).fetchone()
        return Account(**dict(row)) if row else None

    def all(self) -> list[Account]:
        return [Account(**dict(r)) for r in self._file.db.execute("SELECT * FROM accounts ORDER BY name")]

    def remove(self, name: str) -> None:
        """The account, its folders and letters (cascade) and its queued actions; then their bytes."""
        with self._file.transaction() as db:
            db.execute("DELETE FROM actions WHERE account = ?", (name,))
            db.execute("DELETE FROM accounts WHERE name = ?", (name,))
        self._blobs.drop_unreferenced()
