"""Signing with eGov Mobile by QR, in the window: File ▸ Sign document… and Co-sign… ("eGov Mobile
(QR)"), and a letter's Send with "eGov Mobile (QR)" chosen instead of a key file. One window for
all of them: the QR code large and sharp with its expiry counting down (each step of a letter named:
its attached files, then the letter), then "confirm on the phone" once the phone has the
documents, then the verdict of the signatures that came back. The procedure (an operation of
``operations.qrsigning``, given by the caller) runs on the thread pool; Cancel stops it there
(SIGEX sees the request closed) and nothing is written or sent.

In the demo, the embedded server's SIGEX has a demo phone: two buttons "scan" the QR with it (it
signs with Bolat's demo key) or decline, so the whole flow is seen on one computer.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ..crypto.verify import VerifyPolicy
from ..operations.qrsigning import QrDifferentSigners, QrSignatureRefused, ShowQr
from ..profile import Profile
from ..signing.cosigning import CosignRefused
from ..signing.egovqr import DOCUMENTS_LIMIT, EgovQrClient, EgovQrError, QrProcedure
from ..signing.policy import build_policy
from ..signing.signers import SigningStep
from .signature_panel import SignaturePanel, plain_label
from .tasks import Task, TaskRunner


class DemoPhone(Protocol):
    """The embedded server's eGov Mobile (``server.sigexqr.DemoPhone``, reached as ``server.sigex.phone``;
    the window does not import the server): it "scans" a QR's link and signs, or declines."""

    def sign(self, link: str) -> object: ...

    def decline(self, link: str) -> None: ...


def address_problem(url: str) -> str:
    """Why ``url`` cannot be SIGEX's address ("" when it can): the client's own rule (HTTPS, or
    plain HTTP to this computer only), said before anything is sent or saved."""
    try:
        EgovQrClient(url)
    except ValueError as exc:
        return str(exc)
    return ""


@dataclass(frozen=True)
class QrService:
    """Where signing by QR goes (``sigex_url``: the setting, or the demo's own SIGEX) and how the
    signatures that come back are checked (the profile's trust, online or not); ``demo_phone``:
    the demo's eGov Mobile, None with a real one."""

    sigex_url: str
    profile: Profile
    online: bool
    demo_phone: DemoPhone | None = None

    @property
    def host(self) -> str:
        """SIGEX's host (and port), as the privacy sentence names it."""
        return urlsplit(self.sigex_url).netloc or self.sigex_url

    def policy(self) -> VerifyPolicy:
        """The verification policy, built off the UI thread (it reads the profile's trust store)."""
        return build_policy(self.profile, online=self.online)


QR_SIDE = 280  # the QR's smallest side on the screen, in pixels (scaled by a whole number: sharp)


def module_size(image: QImage) -> int:
    """The side of one QR module in ``image``'s pixels, read off the top-left finder pattern (seven
    modules across); 0 when the picture is not a clean grid of whole modules (then it is enlarged as it is)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    bits = bytes(gray.constBits())
    for y in range(height):
        row = bits[y * stride : y * stride + width]
        start = next((x for x, value in enumerate(row) if value < 128), -1)
        if start < 0:
            continue
        end = next((x for x in range(start, width) if row[x] >= 128), width)
        size, rest = divmod(end - start, 7)
        whole = size > 0 and not rest and width % size == 0 and height % size == 0
        return size if whole and start % size == 0 and y % size == 0 else 0
    return 0


def sharp_qr(image: QImage, side: int = QR_SIDE) -> QPixmap:
    """``image`` at least ``side`` pixels across, each module a square of the same whole number of
    pixels, by nearest neighbour (smoothing would blur the modules' edges a camera reads): the
    picture is taken down to one pixel per module, then enlarged by a whole factor; one that is not
    a clean grid is enlarged as it is by the smallest whole factor that reaches ``side``."""
    module = module_size(image)
    if module > 1:
        image = image.scaled(
            image.width() // module,
            image.height() // module,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
    factor = max(1, math.ceil(side / max(1, min(image.width(), image.height()))))
    scaled = image.scaled(
        image.width() * factor,
        image.height() * factor,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )
    return QPixmap.fromImage(scaled)


@dataclass(frozen=True)
class QrOutcome:
    """How the procedure ended: ``result`` (what it made: the file written, the letter's send
    result) or ``reason`` (an ``EgovQrError.reason``, "not_valid", "different_signers",
    "cosign_refused", "address") with the core's sentence; ``verdict``: of the signatures that came
    back, when there are any."""

    result: Any = None
    reason: str = ""
    sentence: str = ""
    verdict: dict[str, Any] | None = None


Taken = Callable[[SigningStep], None]
# the caller's procedure, run off the UI thread: it makes its SIGEX clients with the first
# argument, shows each QR with ``show``, says ``taken`` once the phone has a step's documents
QrWork = Callable[[Callable[[], EgovQrClient], ShowQr, Taken, threading.Event], QrOutcome]


class _Bridge(QObject):
    """The procedure's steps, from the worker thread to the dialog (queued onto the UI thread)."""

    shown = Signal(object, object)  # QrProcedure, SigningStep
    taken = Signal(object)  # SigningStep


class QrSignDialog(QDialog):
    """One signing by QR: ``subject`` names what is signed ("Document: act.pdf", "Letter: …");
    ``steps``: the procedures to come, in order (a letter's attached files, then the letter), each
    named when there are several; ``nothing``: what a failure leaves ("Nothing was written.").
    ``succeeded`` carries the procedure's result, also when the dialog was closed meanwhile."""

    succeeded = Signal(object)

    def __init__(
        self,
        service: QrService,
        tasks: TaskRunner,
        subject: str,
        steps: Sequence[SigningStep],
        nothing: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.tasks, self.steps, self.nothing = service, tasks, list(steps), nothing
        self.procedure: QrProcedure | None = None
        self.task: Task | None = None
        self.outcome: QrOutcome | None = None
        self.said: Callable[[Any], str] = str
        self.setWindowTitle(self.tr("Sign with eGov Mobile"))
        self.setMinimumWidth(600)  # the verdict's lines and the core's sentence wrap within it
        layout = QVBoxLayout(self)
        self.document = plain_label(subject)
        self.document.setWordWrap(True)
        layout.addWidget(self.document)
        self.step = plain_label()
        self.step.setObjectName("qrStep")
        bold = self.step.font()
        bold.setBold(True)
        self.step.setFont(bold)
        self.step.hide()
        layout.addWidget(self.step)
        self.state = plain_label(self.tr("Connecting to SIGEX…"))
        self.state.setObjectName("qrState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.qr = QLabel()
        self.qr.setObjectName("qrCode")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(self.tr("QR code for eGov Mobile"))
        self.qr.hide()
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.expiry = plain_label()
        self.expiry.setObjectName("qrExpiry")
        self.expiry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.expiry.hide()
        layout.addWidget(self.expiry)
        self.detail = plain_label()  # the core's own sentence (English), under the window's words
        self.detail.setObjectName("qrDetail")
        self.detail.setWordWrap(True)
        self.detail.hide()
        layout.addWidget(self.detail)
        self.signatures = SignaturePanel(self)
        layout.addWidget(self.signatures)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.scan = QPushButton(self.tr("Scan with the demo phone"))
        self.scan.clicked.connect(lambda: self._demo_phone(decline=False))
        self.decline = QPushButton(self.tr("Decline on the demo phone"))
        self.decline.clicked.connect(lambda: self._demo_phone(decline=True))
        for button in (self.scan, self.decline):
            button.setAutoDefault(False)
            button.setEnabled(False)  # once the QR is there
            button.setVisible(service.demo_phone is not None)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAutoDefault(False)  # Enter must not stop a signing under way: Cancel is clicked or Esc
        self.cancel.clicked.connect(self.reject)
        buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.bridge = _Bridge(self)
        self.bridge.shown.connect(self._show_qr)
        self.bridge.taken.connect(self._taken)

    @property
    def running(self) -> bool:
        return self.task is not None and self.outcome is None

    def start(self, work: QrWork, said: Callable[[Any], str]) -> None:
        """Run ``work`` off the UI thread; ``said(result)``: the sentence shown once it succeeded.
        Its failures are told in the window's words (``failure_text``), the core's sentence under them."""
        self.said = said
        url = self.service.sigex_url
        problem = address_problem(url)
        if problem:  # a setting that is no service address: nothing is started
            self._ended(QrOutcome(reason="address", sentence=problem))
            return
        bridge = self.bridge

        def run(_report: Callable[[int, int, str], None], cancel: threading.Event) -> QrOutcome:
            try:
                outcome = work(lambda: EgovQrClient(url), bridge.shown.emit, bridge.taken.emit, cancel)
            except QrSignatureRefused as exc:
                return QrOutcome(reason="not_valid", sentence=str(exc), verdict=exc.verdict.to_json())
            except QrDifferentSigners as exc:
                return QrOutcome(reason="different_signers", sentence=str(exc))
            except CosignRefused as exc:
                return QrOutcome(reason="cosign_refused", sentence=str(exc))
            except EgovQrError as exc:
                return QrOutcome(reason=exc.reason, sentence=str(exc))
            return outcome

        self.task = self.tasks.start(run, self._ended, lambda message: self._ended(QrOutcome(sentence=message)))

    # -- the procedure's steps ------------------------------------------------------------------------
    def step_text(self, step: SigningStep) -> str:
        """The step under way, when there are several ("Step 1 of 2: the attached files")."""
        if len(self.steps) < 2 or step not in self.steps:
            return ""
        names = {
            SigningStep.ATTACHMENTS: self.tr("the attached files"),
            SigningStep.LETTER: self.tr("the letter"),
            SigningStep.DOCUMENT: self.tr("the document"),
        }
        return (
            self.tr("Step %1 of %2: %3")
            .replace("%1", str(self.steps.index(step) + 1))
            .replace("%2", str(len(self.steps)))
            .replace("%3", names[step])
        )

    def _show_qr(self, procedure: QrProcedure, step: SigningStep) -> None:
        if not self.running:
            return
        self.procedure = procedure
        self.step.setText(self.step_text(step))
        self.step.setVisible(bool(self.step.text()))
        image = QImage.fromData(procedure.qr_image)
        if image.isNull():  # SIGEX's picture cannot be read: its link still works on a phone
            self.qr.setPixmap(QPixmap())
            self.qr.setTextFormat(Qt.TextFormat.PlainText)
            self.qr.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.qr.setWordWrap(True)
            self.qr.setText(procedure.egov_mobile_link or procedure.egov_business_link or "")
        else:
            self.qr.setPixmap(sharp_qr(image))
        self.qr.show()
        self.state.setText(self.tr("Scan the QR code with eGov Mobile. Waiting for the phone…"))
        self.expiry.show()
        self._tick()
        self.timer.start()
        for button in (self.scan, self.decline):
            button.setEnabled(True)
        self.adjustSize()

    def _tick(self) -> None:
        if self.procedure is None:
            return
        left = math.ceil((self.procedure.expires_at - dt.datetime.now(dt.UTC)).total_seconds())
        if left <= 0:
            self.expiry.setText(self.tr("The QR code has expired"))
            self.timer.stop()
            return
        minutes, seconds = divmod(left, 60)
        self.expiry.setText(self.tr("Expires in %1").replace("%1", f"{minutes}:{seconds:02d}"))

    def _taken(self, step: SigningStep) -> None:
        if not self.running:
            return
        self.timer.stop()
        self.qr.hide()  # used up: it must not be scanned again
        self.expiry.hide()
        self.scan.setEnabled(False)
        texts = {
            SigningStep.ATTACHMENTS: self.tr("The phone has the attached files: confirm on the phone…"),
            SigningStep.LETTER: self.tr("The phone has the letter: confirm on the phone…"),
            SigningStep.DOCUMENT: self.tr("The phone has the document: confirm on the phone…"),
        }
        self.state.setText(texts[step])
        self.adjustSize()

    def _ended(self, outcome: QrOutcome) -> None:
        self.outcome = outcome
        self.timer.stop()
        for button in (self.scan, self.decline):
            button.setEnabled(False)
        if outcome.result is not None:  # done, even if the dialog was closed meanwhile (a letter is sent)
            self.succeeded.emit(outcome.result)
        if outcome.reason == "cancelled" and not self.isVisible():
            return  # the person cancelled and the dialog is closed: nothing more to say
        self.qr.hide()
        self.expiry.hide()
        self.step.hide()
        for button in (self.scan, self.decline):
            button.hide()  # the procedure is over: nothing for the demo phone to do
        self.cancel.setText(self.tr("Close"))
        self.signatures.show_verdict(outcome.verdict)
        for card in self.signatures.cards:  # open: who signed, IIN, BIN, role and when, not one folded line
            card.toggle.setChecked(True)
        if outcome.result is not None:
            self.state.set_tone("good", bold=True)
            self.state.setText(self.said(outcome.result))
        else:
            self.state.set_tone("bad", bold=True)
            self.state.setText(f"{self.failure_text(outcome.reason)} {self.nothing}")
            self.detail.setText(outcome.sentence)
            self.detail.setVisible(bool(outcome.sentence))
        self.adjustSize()

    def failure_text(self, reason: str) -> str:
        """What went wrong, in the window's words (the core's English sentence goes under it)."""
        texts = {
            "declined": self.tr("Declined on the phone."),
            "expired": self.tr("The QR code expired before the phone signed."),
            "unreachable": self.tr("SIGEX cannot be reached."),
            "timeout": self.tr("SIGEX did not answer in time."),
            "refused": self.tr("SIGEX refused the signing procedure."),
            "bad_answer": self.tr("SIGEX gave an answer QazMail cannot use."),
            "http_error": self.tr("SIGEX gave an answer QazMail cannot use."),
            "not_valid": self.tr("The signature eGov Mobile sent back is not valid."),
            "different_signers": self.tr(
                "The attached files and the letter came back signed by different people (was the second QR "
                "code scanned by another phone?)."
            ),
            "cosign_refused": self.tr(
                "The earlier signature no longer proves the document: a co-signature would vouch for it."
            ),
            "address": self.tr("The SIGEX address in the settings is not a service address."),
            "cancelled": self.tr("Signing with eGov Mobile was cancelled."),
            "too_large": self.tr("Too much to sign at once: SIGEX takes %1 MiB at most.").replace(
                "%1", str(DOCUMENTS_LIMIT >> 20)
            ),
        }
        return texts.get(reason, self.tr("Signing with eGov Mobile failed."))

    # -- the demo phone -------------------------------------------------------------------------------
    def _demo_phone(self, decline: bool) -> None:
        """The demo phone "scans" the QR (its eGov Mobile link) and signs or declines, off the UI thread."""
        phone, procedure = self.service.demo_phone, self.procedure
        if phone is None or procedure is None or not procedure.egov_mobile_link:
            return
        link = procedure.egov_mobile_link
        for button in (self.scan, self.decline):
            button.setEnabled(False)

        def work(_report: Callable[[int, int, str], None], _cancel: threading.Event) -> Any:
            if decline:
                phone.decline(link)
            else:
                phone.sign(link)

        self.tasks.start(work, None, self._phone_failed)

    def _phone_failed(self, message: str) -> None:
        if self.running:
            self.detail.setText(self.tr("The demo phone: %1").replace("%1", message))
            self.detail.show()

    # -- closing --------------------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel (or Esc, or the window's close): a procedure under way is stopped at SIGEX."""
        if self.running and self.task is not None:
            self.task.cancel.set()
        self.timer.stop()
        super().reject()
