"""Issue 33: File ▸ Sign document… by eGov Mobile (QR) in the window, against the demo's local SIGEX
and its demo phone: the QR large and sharp with its countdown, the phone's signature checked and
written; Cancel stops the procedure at SIGEX; a decline writes nothing."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from qazmail_desktop.ui.app import Application
from qazmail_desktop.ui.documents import SignDocumentDialog
from qazmail_desktop.ui.qrsign import QR_SIDE, QrSignDialog, module_size, sharp_qr
from tests.test_ui import PATIENCE, _answer_file_dialog, _menu_item


def _qr_dialog_for(qtbot, app: Application, document: Path) -> tuple[SignDocumentDialog, QrSignDialog]:
    """File ▸ Sign document…, the document chosen in the real file dialog, eGov Mobile (QR), Sign:
    the QR dialog, once its QR code is on the screen."""
    window = app.window
    _menu_item(window, "&File", "Sign document…").trigger()
    dialog = next(d for d in window.findChildren(SignDocumentDialog) if d.isVisible())
    _answer_file_dialog(qtbot, document)
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.file.text() == str(document), timeout=PATIENCE)
    assert not dialog.privacy.isVisible() and dialog.key.isEnabled()
    qtbot.mouseClick(dialog.with_qr, Qt.MouseButton.LeftButton)
    assert dialog.with_qr.isChecked()
    assert dialog.privacy.isVisible()
    assert app.demo is not None
    host = urlsplit(app.demo.server.sigex.base_url).netloc  # where the document goes: the demo's own SIGEX
    assert dialog.privacy.text() == f"The document passes through SIGEX ({host}) to eGov Mobile."
    assert not dialog.key.isEnabled() and not dialog.timestamp.isEnabled()  # no key, no password asked
    assert dialog.target.text() == f"The signature will be written to {document}.sig"
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QrSignDialog)), timeout=PATIENCE)
    qr = next(d for d in window.findChildren(QrSignDialog) if d.isVisible())
    qtbot.waitUntil(qr.qr.isVisible, timeout=PATIENCE)
    return dialog, qr


def test_sign_a_document_with_the_demo_phone(qtbot, demo_app: Application, tmp_path: Path) -> None:
    from qazmail_desktop.operations.documents import verify_file
    from qazmail_desktop.signing.policy import build_policy

    document = tmp_path / "act_50.txt"
    document.write_text("Act 50: 75 000 KZT", encoding="utf-8")
    dialog, qr = _qr_dialog_for(qtbot, demo_app, document)
    pixmap = qr.qr.pixmap()
    assert not pixmap.isNull() and min(pixmap.width(), pixmap.height()) >= QR_SIDE
    assert qr.procedure is not None
    original = QImage.fromData(qr.procedure.qr_image)
    module = module_size(original)
    assert module == 5  # the local SIGEX's PNG: five pixels a module
    shown = pixmap.toImage()
    side = pixmap.width() // (original.width() // module)  # each module a square of whole pixels
    assert side * (original.width() // module) == pixmap.width() and side >= 2
    for y in range(0, original.height(), module):  # every module the same colour as SIGEX drew it
        for x in range(0, original.width(), module):
            expected = original.pixelColor(x, y).lightness() < 128
            block = {
                shown.pixelColor(x // module * side + dx, y // module * side + dy).lightness() < 128
                for dx in (0, side - 1)
                for dy in (0, side - 1)
            }
            assert block == {expected}
    assert re.fullmatch(r"Expires in [0-2]:\d\d", qr.expiry.text()), qr.expiry.text()
    assert "Waiting for the phone" in qr.state.text()
    first = qr.expiry.text()
    qtbot.waitUntil(lambda: qr.expiry.text() != first, timeout=5_000)  # counting down each second

    qtbot.mouseClick(qr.scan, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Signed in eGov Mobile" in qr.state.text(), timeout=PATIENCE)
    signature = tmp_path / "act_50.txt.sig"
    assert str(signature) in qr.state.text()
    assert not qr.qr.isVisible()
    said = qr.signatures.text()
    assert "СЕРІКҰЛЫ" in said and "800505300026" in said and "Signature valid" in said
    assert not dialog.isVisible()  # the Sign document dialog's work is done
    assert signature.is_file() and document.read_text(encoding="utf-8") == "Act 50: 75 000 KZT"
    result = verify_file(signature, build_policy(demo_app.profile, online=True))
    (item,) = result.items
    assert item.result is not None and [s.status for s in item.result.signers] == ["valid"]
    assert qr.cancel.text() == "Close"
    qtbot.mouseClick(qr.cancel, Qt.MouseButton.LeftButton)
    assert not qr.isVisible()


def test_cancel_while_waiting_stops_the_procedure(qtbot, demo_app: Application, tmp_path: Path) -> None:
    document = tmp_path / "act_51.txt"
    document.write_text("Act 51: 12 000 KZT", encoding="utf-8")
    dialog, qr = _qr_dialog_for(qtbot, demo_app, document)
    assert demo_app.demo is not None
    sigex = demo_app.demo.server.sigex
    # the window's request waits at SIGEX for the phone to take the document
    assert sigex.wait_until(lambda: any(p.waiting for p in sigex.procedures.values()), timeout=60)
    qtbot.mouseClick(qr.cancel, Qt.MouseButton.LeftButton)
    assert not qr.isVisible()
    assert sigex.wait_until(lambda: any(p.abandoned for p in sigex.procedures.values()), timeout=60)
    qtbot.waitUntil(lambda: qr.outcome is not None, timeout=PATIENCE)
    assert qr.outcome is not None and qr.outcome.reason == "cancelled"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["act_51.txt", "profile"]  # nothing written
    assert dialog.isVisible() and dialog.sign_button.isEnabled()  # another try, or Cancel
    dialog.close()


def test_declined_on_the_demo_phone_writes_nothing(qtbot, demo_app: Application, tmp_path: Path) -> None:
    document = tmp_path / "act_52.txt"
    document.write_text("Act 52: 3 000 KZT", encoding="utf-8")
    dialog, qr = _qr_dialog_for(qtbot, demo_app, document)
    qtbot.mouseClick(qr.decline, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: qr.outcome is not None, timeout=PATIENCE)
    assert qr.state.text() == "Declined on the phone. Nothing was written."
    assert qr.detail.isVisible() and qr.detail.text()  # the core's own sentence under it
    assert not qr.qr.isVisible() and not qr.signatures.isVisible()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["act_52.txt", "profile"]
    qtbot.keyClick(qr, Qt.Key.Key_Escape)
    assert not qr.isVisible()
    assert dialog.isVisible() and dialog.sign_button.isEnabled()
    dialog.close()


def test_the_qr_is_enlarged_module_by_module(qapp) -> None:
    """A QR drawn at any scale is shown at QR_SIDE or more with every module the same whole number of
    pixels: exactly the picture segno draws at that scale (nearest neighbour, nothing blurred)."""
    import io

    def drawn(scale: int, border: int = 4) -> QImage:
        out = io.BytesIO()
        segno.make("http://127.0.0.1:1/demo-phone/abc?app=egov-mobile", error="m").save(
            out, kind="png", scale=scale, border=border
        )
        return QImage.fromData(out.getvalue()).convertToFormat(QImage.Format.Format_Grayscale8)

    for scale in (1, 3, 5, 8):
        image = drawn(scale)
        assert module_size(image) == scale
        shown = sharp_qr(image).toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        assert shown.width() >= QR_SIDE
        factor = shown.width() // (image.width() // scale)
        assert shown == drawn(factor)
    noise = QImage(200, 200, QImage.Format.Format_Grayscale8)
    noise.fill(255)
    assert module_size(noise) == 0 and sharp_qr(noise).width() == 400  # no grid: a whole multiple of it
