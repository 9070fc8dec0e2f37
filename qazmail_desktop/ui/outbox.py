"""The outbox window: letters not sent yet, why the last attempt failed, and Retry / Drop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import moments
from ..operations import outbox
from ..store.cache import Cache
from .formatting import warn
from .listdialog import ListDialog


class OutboxDialog(ListDialog):
    retried = Signal()  # a letter went back in line: the window syncs to send it

    def __init__(self, cache: Cache, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Outbox"),
            self.tr("The outbox is empty: every letter was sent."),
            [self.tr("Account"), self.tr("To"), self.tr("Subject"), self.tr("State"), self.tr("Last attempt")],
            self.tr("Letters not sent yet"),
            (self.tr("Send &again"), self.tr("&Drop"), self.tr("Send &without time-stamp")),
            parent,
        )
        self.cache = cache
        self.retry_button, self.drop_button = self.first_button, self.second_button
        self.retry_button.clicked.connect(self.retry)
        self.drop_button.clicked.connect(self.drop)
        self.release_button = self.buttons[2]
        self.release_button.setToolTip(
            self.tr(
                "A letter signed offline waits for its time-stamp, which proves when it was signed. Sent "
                "without, its signing time is only your claim."
            )
        )
        self.release_button.clicked.connect(self.release)
        self.resize(820, 300)
        self.letters: list[outbox.OutboxLetter] = []
        self.reload()

    def reload(self) -> None:
        self.letters = outbox.outbox(self.cache)
        self.show_rows(
            [
                [letter.account, ", ".join(letter.recipients), letter.subject, self._state(letter), letter.last_error]
                for letter in self.letters
            ]
        )

    def _state(self, letter: outbox.OutboxLetter) -> str:
        """Why the letter is still here, in words (the last attempt's own words stand beside it)."""
        if letter.awaiting_proof:
            return self.tr("signed offline: waits for its time-stamp")
        if letter.retry_at is not None:
            return self.tr("the server asked for it later: not before %1").replace(
                "%1", moments.moment(letter.retry_at, seconds=False)
            )
        if letter.failed and "may have been sent" in letter.last_error:
            return self.tr("may have been sent: ask the recipient, then Send again or Drop")
        states = {
            "pending": self.tr("waits for the next sync"),
            "running": self.tr("being sent"),
            "failed": self.tr("failed"),
        }
        return states.get(letter.state, letter.state)

    def _chosen(self) -> outbox.OutboxLetter | None:
        row = self.chosen_row()
        return self.letters[row] if 0 <= row < len(self.letters) else None

    def retry(self) -> None:
        if self._act(outbox.retry):
            self.retried.emit()

    def drop(self) -> None:
        self._act(outbox.drop)

    def release(self) -> None:
        """Send a letter signed offline without its time-stamp, once the user has read what that loses."""
        letter = self._chosen()
        if letter is None or not letter.awaiting_proof:
            self._act(outbox.release)  # says why it cannot be
            return
        sure = QMessageBox.question(
            self,
            self.tr("Send without time-stamp?"),
            self.tr(
                "Without its time-stamp, nothing proves when this letter was signed: its signing time is only "
                "your computer's claim, and whether your certificate was valid is judged whenever the letter is "
                "checked — after the certificate expires or is revoked, the signature will not be valid. "
                "Send it without the time-stamp?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if sure == QMessageBox.StandardButton.Yes and self._act(outbox.release):
            self.retried.emit()

    def _act(self, action: Callable[[Cache, int], outbox.OutboxLetter]) -> bool:
        """``action`` on the chosen letter; whether there was one."""
        letter = self._chosen()
        if letter is None:
            return False
        try:
            action(self.cache, letter.id)
        except outbox.NotInOutbox as exc:
            warn(self, self.tr("Outbox"), str(exc))
        self.reload()
        return True
