"""Signing a document with eGov Mobile by QR, in the window (File ▸ Sign document…, "eGov Mobile
(QR)"): the QR code large and sharp with its expiry counting down, then "confirm on the phone"
once the phone has the document, then the verdict of the signature that came back and the file
written. The procedure (``operations.qrsigning.sign_document_by_qr``) runs on the thread pool;
Cancel stops it there (SIGEX sees the request closed) and nothing is written.

In the demo, the embedded server's SIGEX has a demo phone: two buttons "scan" the QR with it (it
signs with Bolat's demo key) or decline, so the whole flow is seen on one computer.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ..operations.files import MAX_CMS, read_limited
from ..operations.qrsigning import QrSignatureRefused, sign_document_by_qr
from ..profile import Profile
from ..signing.egovqr import EgovQrClient, EgovQrError, QrProcedure
from ..signing.policy import build_policy
from .signature_panel import SignaturePanel, plain_label
from .tasks import Task, TaskRunner


class DemoPhone(Protocol):
    """The embedded server's eGov Mobile (``server.sigexqr.DemoPhone``, reached as ``server.sigex.phone``;
    the window does not import the server): it "scans" a QR's link and signs, or declines."""

    def sign(self, link: str) -> object: ...

    def decline(self, link: str) -> None: ...


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
class _Outcome:
    """How the procedure ended: ``written`` (the file) or ``reason`` (an ``EgovQrError.reason``, or
    "not_valid") with the core's sentence; ``verdict``: the signature's verdict, when one came back."""

    written: Path | None = None
    reason: str = ""
    sentence: str = ""
    verdict: dict[str, Any] | None = None


class _Bridge(QObject):
    """The procedure's steps, from the worker thread to the dialog (queued onto the UI thread)."""

    shown = Signal(object)  # QrProcedure
    taken = Signal()


class QrSignDialog(QDialog):
    """One QR signing procedure of ``source``; the CMS is written to ``out`` by ``save`` (the
    Sign document dialog's own writing), only when valid and not cancelled."""

    written = Signal(Path)

    def __init__(
        self,
        source: Path,
        out: Path,
        detached: bool,
        sigex_url: str,
        profile: Profile,
        online: bool,
        tasks: TaskRunner,
        save: Callable[[Path, bytes], None],
        demo_phone: DemoPhone | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source, self.out, self.detached, self.sigex_url = source, out, detached, sigex_url
        self.profile, self.online, self.tasks, self.save, self.demo_phone = profile, online, tasks, save, demo_phone
        self.procedure: QrProcedure | None = None
        self.task: Task | None = None
        self.outcome: _Outcome | None = None
        self.setWindowTitle(self.tr("Sign with eGov Mobile"))
        self.setMinimumWidth(600)  # the verdict's lines and the core's sentence wrap within it
        layout = QVBoxLayout(self)
        self.document = plain_label(self.tr("Document: %1").replace("%1", source.name))
        layout.addWidget(self.document)
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
            button.setVisible(demo_phone is not None)
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

    def start(self) -> None:
        """Register the procedure at SIGEX and wait for the phone, off the UI thread."""
        try:
            client = EgovQrClient(self.sigex_url)
        except ValueError as exc:  # a setting that is no service address
            self._ended(_Outcome(reason="address", sentence=str(exc)))
            return
        source, out, detached, profile, online, save = (
            self.source,
            self.out,
            self.detached,
            self.profile,
            self.online,
            self.save,
        )
        bridge = self.bridge

        def work(_report: Callable[[int, int, str], None], cancel: threading.Event) -> Any:
            data = read_limited(source, "document", MAX_CMS)
            policy = build_policy(profile, online=online)
            try:
                signed = sign_document_by_qr(
                    client, source.name, data, detached, policy, bridge.shown.emit, bridge.taken.emit, cancel
                )
            except QrSignatureRefused as exc:
                return _Outcome(reason="not_valid", sentence=str(exc), verdict=exc.verdict.to_json())
            except EgovQrError as exc:
                return _Outcome(reason=exc.reason, sentence=str(exc))
            if cancel.is_set():  # cancelled as the signature came: nothing is written
                return _Outcome(reason="cancelled")
            save(out, signed.data)
            return _Outcome(written=out, verdict=signed.verdict.to_json())

        self.task = self.tasks.start(work, self._ended, lambda message: self._ended(_Outcome(sentence=message)))

    # -- the procedure's steps ------------------------------------------------------------------------
    def _show_qr(self, procedure: QrProcedure) -> None:
        if not self.running:
            return
        self.procedure = procedure
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

    def _taken(self) -> None:
        if not self.running:
            return
        self.timer.stop()
        self.qr.hide()  # used up: it must not be scanned again
        self.expiry.hide()
        self.scan.setEnabled(False)
        self.state.setText(self.tr("The phone has the document: confirm on the phone…"))
        self.adjustSize()

    def _ended(self, outcome: _Outcome) -> None:
        self.outcome = outcome
        self.timer.stop()
        for button in (self.scan, self.decline):
            button.setEnabled(False)
        if outcome.reason == "cancelled" and not self.isVisible():
            return  # the person cancelled and the dialog is closed: nothing more to say
        self.qr.hide()
        self.expiry.hide()
        for button in (self.scan, self.decline):
            button.hide()  # the procedure is over: nothing for the demo phone to do
        self.cancel.setText(self.tr("Close"))
        self.signatures.show_verdict(outcome.verdict)
        for card in self.signatures.cards:  # open: who signed, IIN, BIN, role and when, not one folded line
            card.toggle.setChecked(True)
        if outcome.written is not None:
            self.state.set_tone("good", bold=True)
            self.state.setText(
                self.tr("Signed in eGov Mobile. The signature is written to %1").replace("%1", str(outcome.written))
            )
            self.written.emit(outcome.written)
        else:
            self.state.set_tone("bad", bold=True)
            self.state.setText(self.failure_text(outcome.reason))
            self.detail.setText(outcome.sentence)
            self.detail.setVisible(bool(outcome.sentence))
        self.adjustSize()

    def failure_text(self, reason: str) -> str:
        """What went wrong, in the window's words (the core's English sentence goes under it)."""
        texts = {
            "declined": self.tr("Declined on the phone: nothing was signed or written."),
            "expired": self.tr("The QR code expired before the phone signed: nothing was written. Sign again."),
            "unreachable": self.tr("SIGEX cannot be reached: nothing was signed or written."),
            "timeout": self.tr("SIGEX did not answer in time: nothing was signed or written."),
            "refused": self.tr("SIGEX refused the signing procedure: nothing was signed or written."),
            "bad_answer": self.tr("SIGEX gave an answer QazMail cannot use: nothing was written."),
            "http_error": self.tr("SIGEX gave an answer QazMail cannot use: nothing was written."),
            "not_valid": self.tr("The signature eGov Mobile sent back is not valid: nothing was written."),
            "address": self.tr("The SIGEX address in the settings is not a service address."),
            "cancelled": self.tr("Signing with eGov Mobile was cancelled: nothing was written."),
        }
        return texts.get(reason, self.tr("Signing with eGov Mobile failed: nothing was written."))

    # -- the demo phone -------------------------------------------------------------------------------
    def _demo_phone(self, decline: bool) -> None:
        """The demo phone "scans" the QR (its eGov Mobile link) and signs or declines, off the UI thread."""
        phone, procedure = self.demo_phone, self.procedure
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
