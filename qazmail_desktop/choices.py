"""Closed sets of choices shared by the core and the command line (kept light to import)."""

SECURITY_CHOICES = ("ssl", "starttls", "none")
ATTACHMENT_FORMATS = ("sig", "cms", "pades")

# The NCA's production time-stamping service: `--tsa` without a URL uses it
NCA_TSA_URL = "http://tsp.pki.gov.kz/"
