"""Closed sets of choices shared by the core and the command line (kept light to import).

They are ``StrEnum``s: the value is what settings, the cache and the command line store and
type, and a member compares equal to it, so stored strings keep working.
"""

from enum import StrEnum


class Security(StrEnum):
    """How a connection to a mail server is protected."""

    SSL = "ssl"  # TLS from the first byte (993, 465)
    STARTTLS = "starttls"  # plain, then upgraded (143, 587)
    NONE = "none"  # no TLS: allowed for loopback servers only


class AttachmentSignature(StrEnum):
    """How each attached file is signed when a letter is sent."""

    SIG = "sig"  # a detached NAME.sig beside the file
    CMS = "cms"  # NAME.cms carrying the file inside
    PADES = "pades"  # a PDF signed inside (other files get a .sig)


SECURITY_CHOICES = tuple(mode.value for mode in Security)
ATTACHMENT_FORMATS = tuple(form.value for form in AttachmentSignature)

# The NCA's production time-stamping service: `--tsa` without a URL uses it
NCA_TSA_URL = "http://tsp.pki.gov.kz/"
# SIGEX, which relays signing by QR code with eGov Mobile (signing/egovqr.py); a setting may name another
SIGEX_URL = "https://sigex.kz"
