"""Signing with eGov Mobile from the command line (``sign``, ``cosign`` and ``send`` with ``--qr``):
the SIGEX client for ``--sigex``, the QR code drawn in the terminal with the links for a phone's
own browser and the QR's expiry, and each way the procedure can end as one clear error."""

from __future__ import annotations

import sys

from ..moments import moment
from ..operations.qrsigning import QrDifferentSigners, QrSignatureRefused
from ..signing.egovqr import EgovQrClient, EgovQrError, QrProcedure
from .common import EXIT_NEGATIVE, CliError
from .coretext import core_sentence
from .speech import fill, translate


def sigex_client(url: str) -> EgovQrClient:
    """A client of the SIGEX service at ``url`` (``--sigex``); a usage error for an address that is none."""
    try:
        return EgovQrClient(url)
    except ValueError as exc:
        raise CliError(fill(translate("cli", "--sigex: %1"), core_sentence(str(exc)))) from exc


def say_privacy(letter: bool = False) -> None:
    """What passes through SIGEX, said before anything is sent there."""
    if letter:
        print(translate("cli", "the letter and the files it signs pass through SIGEX to eGov Mobile"), file=sys.stderr)
    else:
        print(translate("cli", "the document passes through SIGEX to eGov Mobile"), file=sys.stderr)


def show_qr(procedure: QrProcedure, heading: str = "") -> None:
    """The QR code (its eGov Mobile link, which is what SIGEX's picture encodes), the links, and
    until when it can be scanned. ``heading``: which step of several this QR signs."""
    import segno  # the terminal's QR code: loaded by these commands alone

    if heading:
        print(heading)
    link = procedure.egov_mobile_link or procedure.egov_business_link
    if link:
        segno.make(link, error="m").terminal(out=sys.stdout, compact=True)
    for label, value in (
        (translate("cli", "eGov Mobile:"), procedure.egov_mobile_link),
        (translate("cli", "eGov Business:"), procedure.egov_business_link),
    ):
        if value:
            print(f"{label} {value}")
    until = fill(translate("cli", "scan the QR code with eGov Mobile before %1"), moment(procedure.expires_at))
    print(until, file=sys.stderr)
    sys.stdout.flush()


def say_taken() -> None:
    print(translate("cli", "the phone has the document: confirm the signature on it"), file=sys.stderr)


def qr_failure(exc: EgovQrError | QrSignatureRefused | QrDifferentSigners) -> CliError:
    """The error to exit with: a signature that came back and is not valid (or signed by someone
    else) is a verdict (exit 1); the procedure failing (declined, expired, unreachable…) is exit 2."""
    negative = isinstance(exc, QrSignatureRefused | QrDifferentSigners)
    return CliError(core_sentence(str(exc)), EXIT_NEGATIVE) if negative else CliError(core_sentence(str(exc)))
