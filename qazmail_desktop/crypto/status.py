"""A signature's verdict as a status, apart from the verifier: what lists, rules and the command
line read from stored verdicts without loading the verification stack."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """A signature's verdict; the value is what the JSON and the stored verdicts say."""

    VALID = "valid"
    INDETERMINATE = "indeterminate"  # everything checks, but the signer's revocation status is unknown
    UNTRUSTED = "untrusted"
    CONTENT_MISSING = "content_missing"  # a detached CMS without its document
    NOT_YET_VALID = "not_yet_valid"
    EXPIRED = "expired"
    # an older NCA generation (2011–2016 GOST of the 1.3.6.1.4.1.6801 family, RSA with SHA-1):
    # not checkable by this version, never called invalid
    OLDER_GENERATION = "older_generation"
    UNKNOWN_ALGORITHM = "unknown_algorithm"
    KEY_NOT_FOR_SIGNING = "key_not_for_signing"  # e.g. an AUTH key
    SUSPENDED = "suspended"  # on hold (certificateHold) at the time that counts: the CA may lift it
    REVOKED = "revoked"
    INVALID_SIGNATURE = "invalid_signature"
    CONTENT_MODIFIED = "content_modified"
    # a signed letter whose structure another reader could take apart differently: not shown as signed
    AMBIGUOUS = "ambiguous_structure"
    MALFORMED = "malformed"

    @property
    def severity(self) -> int:
        """Higher is worse; a letter's verdict is its worst signature's."""
        return list(Status).index(self)

    @property
    def tone(self) -> str:
        """How a view colours it: "good", "unknown" (not proven either way), "warning" or "bad"."""
        if self is Status.VALID:
            return "good"
        if self in (Status.INDETERMINATE, Status.CONTENT_MISSING, Status.OLDER_GENERATION):
            return "unknown"
        if self in (Status.UNTRUSTED, Status.EXPIRED, Status.NOT_YET_VALID, Status.UNKNOWN_ALGORITHM, Status.SUSPENDED):
            return "warning"
        return "bad"


def status_of(value: str) -> Status:
    """A stored or received status; one this version does not know counts as malformed."""
    try:
        return Status(value)
    except ValueError:
        return Status.MALFORMED
