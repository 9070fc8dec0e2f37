"""The embedded IMAP server's protocol: the connection's I/O, the session's state and loop, one
module of command handlers per IMAP state (any, authenticated, selected) and the FETCH item table."""
