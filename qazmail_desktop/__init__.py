"""QazMail Desktop: a mail client for signed, legally binding e-mail in Kazakhstan."""

__version__ = "0.1.0"
