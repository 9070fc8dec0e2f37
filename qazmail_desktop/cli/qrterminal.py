"""Signing with eGov Mobile from the command line (``sign``, ``cosign`` and ``send`` with ``--qr``):
the SIGEX client for ``--sigex``, the QR code drawn in the terminal with the links for a phone's
own browser and the QR's expiry, and each way the procedure can end as one clear error."""

from __future__ import annotations

import sys
import tempfile

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


class QrTerminal:
    """eGov Mobile's side of a command in the terminal. Before the first QR is drawn, what passes
    through SIGEX (``letter``: the letter and its files, else the document): said when something
    is about to go there, not before checks that may refuse everything. A QR is drawn from its
    eGov Mobile link, taken to be what SIGEX's picture encodes (not confirmed against the real
    SIGEX: docs/egov-qr.md); a link too long for a QR code is printed alone, and without any link
    SIGEX's own picture is written to a file to open and scan."""

    def __init__(self, letter: bool = False) -> None:
        self.letter = letter
        self.shown = 0

    def show(self, procedure: QrProcedure, heading: str = "") -> None:
        """The QR code, the links, and until when it can be scanned; ``heading``: which step of several."""
        import segno  # the terminal's QR code: loaded by these commands alone

        if not self.shown:
            private = (
                translate("cli", "the letter and the files it signs pass through SIGEX to eGov Mobile")
                if self.letter
                else translate("cli", "the document passes through SIGEX to eGov Mobile")
            )
            print(private, file=sys.stderr)
        self.shown += 1
        if heading:
            print(heading)
        link = procedure.egov_mobile_link or procedure.egov_business_link
        if link:
            try:
                segno.make(link, error="m").terminal(out=sys.stdout, compact=True)
            except segno.DataOverflowError:
                print(translate("cli", "the link is too long for a QR code in the terminal: open it on the phone"))
        else:
            print(fill(translate("cli", "SIGEX gave no link: scan its QR code in %1"), self._picture(procedure)))
        for label, value in (
            (translate("cli", "eGov Mobile:"), procedure.egov_mobile_link),
            (translate("cli", "eGov Business:"), procedure.egov_business_link),
        ):
            if value:
                print(f"{label} {value}")
        until = fill(translate("cli", "scan the QR code with eGov Mobile before %1"), moment(procedure.expires_at))
        print(until, file=sys.stderr)
        sys.stdout.flush()

    @staticmethod
    def _picture(procedure: QrProcedure) -> str:
        """SIGEX's QR picture in a file of its own (this user's temporary folder), to open and scan."""
        with tempfile.NamedTemporaryFile(
            prefix="qazmail-qr-", suffix=f".{procedure.qr_image_type}", delete=False
        ) as picture:
            picture.write(procedure.qr_image)
        return picture.name

    def taken(self) -> None:
        print(translate("cli", "the phone has the document: confirm the signature on it"), file=sys.stderr)


def qr_failure(exc: EgovQrError | QrSignatureRefused | QrDifferentSigners) -> CliError:
    """The error to exit with: a signature that came back and is not valid (or signed by someone
    else) is a verdict (exit 1); the procedure failing (declined, expired, unreachable…) is exit 2."""
    negative = isinstance(exc, QrSignatureRefused | QrDifferentSigners)
    return CliError(core_sentence(str(exc)), EXIT_NEGATIVE) if negative else CliError(core_sentence(str(exc)))
