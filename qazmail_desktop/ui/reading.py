"""The reading pane: headers, the sanitised body, attachments (open/save), the signature panel."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QImage,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..crypto.status import Status
from ..operations.attachments import save_attachment
from ..safetext import is_executable_name
from ..signaturenames import signed_names
from ..store.rawmime import Ambiguity, AmbiguityKind
from .formatting import letter_date, local_size, warn
from .letterview import AttachmentView, LetterView, letter_view
from .preview import AttachmentPreview
from .remote import RemoteImages
from .signature_panel import SignaturePanel, plain_label


class SafeBrowser(QTextBrowser):
    """Shows what the letter carries (cid: and data: images); remote images only once allowed,
    fetched in the background (``RemoteImages``); links open only on request."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.inline_images: dict[str, bytes] = {}
        self.remote = RemoteImages(self)
        self.remote.arrived.connect(self._image_arrived)
        self._remote_allowed = False

    def show_html(self, body_html: str, inline_images: dict[str, bytes], remote_allowed: bool) -> None:
        self.remote.clear()
        self.inline_images = inline_images
        self._remote_allowed = remote_allowed
        self.setHtml(body_html)

    def clear(self) -> None:
        self.remote.clear()
        self.inline_images = {}
        self._remote_allowed = False
        super().clear()

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802 - Qt's API
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return None
        url = QUrl(url)
        if url.scheme() == "cid":
            data = self.inline_images.get(url.path())
            return QImage.fromData(data) if data else None
        if url.scheme() == "data":
            return super().loadResource(kind, url)
        if self._remote_allowed:
            self.remote.request(url)  # shown when it arrives
        return None

    def _image_arrived(self, url: QUrl, image: QImage) -> None:
        document = self.document()
        document.addResource(QTextDocument.ResourceType.ImageResource.value, url, image)
        document.markContentsDirty(0, document.characterCount())

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


DETAILS_SHARE = 45  # percent of the pane's height the header and signature cards may take
MAX_ATTACHMENT_ROWS = 4


class ReadingPane(QWidget):
    # a signature attachment opened with Open: its own window in QazMail, not another program
    # (the copy's path, and what to call it: the attachment of this letter, not a temporary file)
    open_signature = Signal(Path, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.subject = plain_label()
        self.subject.setObjectName("letterSubject")
        font = self.subject.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.subject.setFont(font)
        layout.addWidget(self.subject)
        # The header and the signature cards scroll within at most DETAILS_SHARE of the pane:
        # the letter's body always keeps the larger part (it was a two-line box at 1024×700).
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        self.header = plain_label()  # what a letter says is never read as HTML
        self.header.setObjectName("letterHeader")
        details_layout.addWidget(self.header)
        self.signatures = SignaturePanel(self)
        details_layout.addWidget(self.signatures)
        details_layout.addStretch(1)
        self.details = QScrollArea()
        self.details.setObjectName("letterDetails")
        self.details.setWidget(details)
        self.details_content = details
        details.installEventFilter(self)  # a card folded or unfolded: the share is measured again
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.details)
        self.remote_bar = QWidget()
        bar = QHBoxLayout(self.remote_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.remote_label = QLabel()
        self.remote_button = QPushButton(self.tr("Show remote content"))
        self.remote_button.clicked.connect(self.allow_remote)
        bar.addWidget(self.remote_label, 1)
        bar.addWidget(self.remote_button)
        self.remote_bar.hide()
        layout.addWidget(self.remote_bar)
        self.structure = plain_label()  # why the letter's structure is ambiguous, above its text
        self.structure.setObjectName("structureWarning")
        self.structure.set_tone(Status.AMBIGUOUS.tone, bold=True)
        self.structure.hide()
        layout.addWidget(self.structure)
        self.body = SafeBrowser(self)
        self.body.setAccessibleName(self.tr("Letter text"))
        self.body.setTabChangesFocus(True)  # Tab leaves the text for the next pane
        self.body.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.body, 1)
        self.attachment_row = QWidget()
        row = QHBoxLayout(self.attachment_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.attachments = QListWidget()
        self.attachments.setAccessibleName(self.tr("Attachments"))
        self.attachments.itemDoubleClicked.connect(self._open_attachment)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self.attachments)  # a quick look, as in file managers
        space.setContext(Qt.ShortcutContext.WidgetShortcut)
        space.activated.connect(lambda: self.preview(self.attachments.currentItem()))
        row.addWidget(self.attachments, 1)
        buttons = QVBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(lambda: self.preview(self.attachments.currentItem()))
        buttons.addWidget(self.preview_button)
        self.open_button = QPushButton(self.tr("Open"))
        self.save_button = QPushButton(self.tr("Save…"))
        self.open_button.clicked.connect(lambda: self._open_attachment(self.attachments.currentItem()))
        self.save_button.clicked.connect(self._save_attachment)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addWidget(self.attachment_row)
        self.raw: bytes | None = None
        self.view: LetterView | None = None
        self.clear()

    def clear(self, reason: str = "") -> None:
        """Show nothing of any letter: on no selection, and when a letter cannot be shown."""
        self.raw = None
        self.view = None
        self._verdict: dict[str, Any] | None = None
        self.subject.setText(reason or self.tr("No letter selected"))
        self.header.setText("")
        self.body.clear()
        self.attachments.clear()
        self.attachment_row.hide()
        self.remote_bar.hide()
        self.structure.hide()
        self.signatures.show_verdict(None)

    def show_letter(self, raw: bytes, verdict: dict[str, Any] | None, allow_remote: bool = False) -> None:
        try:
            view = letter_view(raw, allow_remote)
        except Exception as exc:  # a letter the views cannot take apart must not leave another letter on screen
            self.clear(self.tr("This letter cannot be shown: %1").replace("%1", str(exc) or type(exc).__name__))
            return
        self.raw = raw
        self.view = view
        self.subject.setText(view.subject or self.tr("(no subject)"))
        # tr() outside f-strings: lupdate does not see calls inside them
        sender, to, cc, date = self.tr("From"), self.tr("To"), self.tr("Cc"), self.tr("Date")
        rows = [f"{sender}: {view.sender}", f"{to}: {view.to}"]
        if view.cc:
            rows.append(f"{cc}: {view.cc}")
        if view.date:  # a letter without a Date line shows none, not an empty one
            rows.append(f"{date}: {letter_date(view.date)}")
        self.header.setText("\n".join(rows))
        self._show_structure(view)
        if view.problem:
            self.body.setPlainText(
                self.tr(
                    "The body of this letter cannot be shown (%1). Its bytes are kept; save it to inspect it."
                ).replace("%1", view.problem)
            )
        else:
            self.body.show_html(view.body_html, view.inline_images, allow_remote)
        self.remote_label.setText(  # Qt's plural forms: "1 remote image or link was", "2 …were", "5 …"
            self.tr("%n remote image(s) or link(s) blocked to protect your privacy.", "", view.blocked_remote)
        )
        self.remote_bar.setVisible(view.blocked_remote > 0 and not allow_remote)
        self.attachments.clear()
        for attachment in view.attachments:
            item = QListWidgetItem(
                self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon),
                f"{attachment.name}  ({local_size(attachment.size)})",  # as the list's Size, in the UI's language
            )
            item.setData(256, attachment)
            self.attachments.addItem(item)
        listed = min(len(view.attachments), MAX_ATTACHMENT_ROWS)
        self.attachments.setFixedHeight(
            self.attachments.sizeHintForRow(0) * listed + 2 * self.attachments.frameWidth() + 2
        )
        self.attachment_row.setVisible(bool(view.attachments))
        self.signatures.show_verdict(verdict)
        self._verdict = verdict
        self._limit_details()

    def _show_structure(self, view: LetterView) -> None:
        reasons = "; ".join(self.ambiguity_text(ambiguity) for ambiguity in view.ambiguities)
        if view.raw_source:
            text = self.tr(
                "Ambiguous structure — not shown as signed. Mail programs can read this letter in different ways "
                "(%1). Below is its raw source, as it arrived."
            ).replace("%1", reasons)
        elif view.ambiguities:
            text = self.tr("This letter's structure can be read in more than one way (%1).").replace("%1", reasons)
        else:
            text = ""
        self.structure.setText(text)
        self.structure.setVisible(bool(text))

    def ambiguity_text(self, ambiguity: Ambiguity) -> str:
        """Why a letter can be read in two ways, in the user's language (the checker's English
        sentence is what ``show`` and the stored verdict carry)."""
        kind = AmbiguityKind
        sentences = {
            kind.UNCLOSED_QUOTE: self.tr("an unclosed quote in %2"),
            kind.PARAMETER_TWICE: self.tr("the parameter %1 is given twice in %2"),
            kind.PARAMETER_TWO_FORMS: self.tr("the parameter %1 is given in two forms in %2"),
            kind.BOUNDARY_OVERLAPS: self.tr("the boundary %1 overlaps the enclosing boundary %2"),
            kind.CR_BEFORE_BOUNDARY: self.tr("a boundary line begins after a bare CR"),
            kind.CR_AFTER_BOUNDARY: self.tr("a boundary line ends with a bare CR"),
            kind.LINE_BROKEN: self.tr("a header line is broken by the control character %1"),
            kind.FOLDED_START: self.tr("the header starts with a folded line"),
            kind.NO_COLON: self.tr("a header line without a colon: %1"),
            kind.NAME_NOT_ONE_WORD: self.tr("a header field name that is not one word before its colon: %1"),
            kind.FIELD_TWICE: self.tr("the header field %1 is given twice"),
        }
        details = {"%1": ambiguity.what, "%2": ambiguity.where}
        return re.sub("%[12]", lambda found: details[found.group()], sentences[ambiguity.kind])  # one pass

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's API
        super().resizeEvent(event)
        self._limit_details()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if watched is self.details_content and event.type() == QEvent.Type.LayoutRequest:
            self._limit_details()
        return super().eventFilter(watched, event)

    def _limit_details(self) -> None:
        width = self.details.viewport().width()
        content = self.details_content.heightForWidth(width)  # word-wrapped labels at this width
        if content < 0:
            content = self.details_content.sizeHint().height()
        self.details.setFixedHeight(min(content, max(self.height() * DETAILS_SHARE // 100, 60)))

    def printable(self) -> QTextDocument | None:
        """The open letter as it prints: subject, header, the signature verdicts in full, then
        the body as shown (letter text is inserted as text, never read as HTML)."""
        if self.view is None:
            return None
        document = self.body.document().clone(self)
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        cursor.insertText(self.subject.text() + "\n", bold)
        lines = [self.header.text(), *self.signatures.printable_lines()]
        cursor.insertText("\n".join(line for line in lines if line) + "\n", QTextCharFormat())
        cursor.insertText("—" * 40 + "\n")
        return document

    def allow_remote(self) -> None:
        if self.raw is not None:
            self.show_letter(self.raw, self._verdict, allow_remote=True)

    def _attachment(self, item: QListWidgetItem | None) -> AttachmentView | None:
        if item is None:
            item = self.attachments.item(0)
        data = item.data(256) if item is not None else None
        return data if isinstance(data, AttachmentView) else None

    def preview(self, item: QListWidgetItem | None) -> AttachmentPreview | None:
        attachment = self._attachment(item)
        if attachment is None:
            return None
        dialog = AttachmentPreview(attachment, self)
        dialog.show()
        return dialog

    def _open_attachment(self, item: QListWidgetItem | None) -> None:
        attachment = self._attachment(item)
        if attachment is None:
            return
        if is_executable_name(attachment.name) and not self._confirm_executable(attachment.name):
            return
        folder = Path(tempfile.mkdtemp(prefix="qazmail-open-"))  # owner-only, as mkdtemp makes it
        try:
            path = save_attachment(attachment.data, attachment.name, folder)
            if attachment.is_signature:
                # with the document it names, so that a detached signature is checked over it
                for named in self._signed_by(attachment.name):
                    save_attachment(named.data, named.name, folder)
                subject = self.view.subject if self.view is not None else ""
                self.open_signature.emit(
                    path,
                    self.tr("%1, attached to the letter “%2”").replace("%1", attachment.name).replace("%2", subject),
                )
                return
        except (OSError, ValueError) as exc:
            warn(self, self.tr("Cannot open"), str(exc))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            warn(
                self,
                self.tr("Cannot open"),
                self.tr("No program on this computer opens %1. Use Save… to keep it and open it yourself.").replace(
                    "%1", attachment.name
                ),
            )

    def _signed_by(self, signature_name: str) -> list[AttachmentView]:
        """The letter's attachment a signature file is named after (act.txt.sig → act.txt)."""
        names = signed_names(signature_name)
        attachments = self.view.attachments if self.view is not None else []
        return [a for a in attachments if a.name in names][:1]

    def _confirm_executable(self, name: str) -> bool:
        """A program or script runs when opened: the user says so first (No is the default)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Open a program?"),
            self.tr(
                "%1 is a program or a script: opening it runs it on this computer. Letters are a common way to "
                "spread harmful programs. Open it only if you expected it from this sender."
            ).replace("%1", name),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Open

    def _save_attachment(self) -> None:
        attachment = self._attachment(self.attachments.currentItem())
        if attachment is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save attachment to folder"))
        if not folder:
            return
        try:
            path = save_attachment(attachment.data, attachment.name, Path(folder))
        except (OSError, ValueError) as exc:
            warn(self, self.tr("Cannot save"), str(exc))
            return
        warn(self, self.tr("Saved"), str(path), QMessageBox.Icon.Information)
