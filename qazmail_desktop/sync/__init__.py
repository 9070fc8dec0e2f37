"""The mail engine: IMAP sync into the cache, SMTP sending, and the offline action queue. No Qt here."""
