"""The local cache: messages, folders, flags, sync state and the offline action queue. No Qt here."""
