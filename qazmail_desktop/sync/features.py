"""What an IMAP server offers, read once per connection and named, instead of byte-string checks
scattered over the sync, the replay and IDLE."""

from __future__ import annotations

from dataclasses import dataclass

import imapclient


@dataclass(frozen=True)
class ServerFeatures:
    capabilities: frozenset[bytes]

    @classmethod
    def of(cls, client: imapclient.IMAPClient) -> ServerFeatures:
        """The logged-in connection's features (imapclient keeps the CAPABILITY answer it got)."""
        return cls(frozenset(bytes(c).upper() for c in client.capabilities()))

    def has(self, name: str) -> bool:
        return name.upper().encode() in self.capabilities

    @property
    def qresync(self) -> bool:
        """QRESYNC can be (and by ``open_imap`` is) enabled: expunges arrive as VANISHED UIDs."""
        return self.has("ENABLE") and self.has("QRESYNC")

    @property
    def condstore(self) -> bool:
        """Flag changes can be asked for since a MODSEQ (QRESYNC implies it)."""
        return self.has("CONDSTORE") or self.has("QRESYNC")

    @property
    def enable_condstore(self) -> bool:
        """CONDSTORE must be turned on with ENABLE before any SELECT reports HIGHESTMODSEQ."""
        return self.has("ENABLE") and self.has("CONDSTORE")

    @property
    def move(self) -> bool:
        return self.has("MOVE")

    @property
    def uidplus(self) -> bool:
        """UID EXPUNGE removes only the letters named (without it, EXPUNGE removes all deleted)."""
        return self.has("UIDPLUS")

    @property
    def idle(self) -> bool:
        return self.has("IDLE")
