"""Closed sets of choices shared by the core and the command line (kept light to import)."""

SECURITY_CHOICES = ("ssl", "starttls", "none")
ATTACHMENT_FORMATS = ("sig", "cms", "pades")
