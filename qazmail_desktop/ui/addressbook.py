"""Tools ▸ Address book…: everyone who wrote, with the signer identities their letters carried.
It is read from every cached letter, off the UI thread: the dialog opens at once and fills in."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..operations.addressbook import Correspondent, Relation, SignerSeen, address_book
from ..store.cache import Cache
from .formatting import button_row, list_table, local_datetime, plain_tooltip
from .tasks import TaskRunner


class AddressBookDialog(QDialog):
    write_to = Signal(str)  # an address to write a letter to

    def __init__(self, cache: Cache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Address book"))
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find by name, e-mail, company, IIN or BIN"))
        self.search.setAccessibleName(self.tr("Find"))
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.table = list_table(
            [
                self.tr("Name"),
                self.tr("E-mail"),
                self.tr("Company"),
                self.tr("IIN"),
                self.tr("BIN"),
                self.tr("Letters"),
                self.tr("Last letter"),
                self.tr("Certificates"),
            ],
            self.tr("Correspondents"),
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda _index: self._write())
        layout.addWidget(self.table)
        self.write_button = QPushButton(self.tr("&Write letter"))
        self.write_button.clicked.connect(self._write)
        layout.addLayout(button_row(self, self.write_button))
        self.status = QLabel(self.tr("Reading the letters…"))
        layout.insertWidget(2, self.status)
        self.resize(980, 420)
        self.rows: list[tuple[Correspondent, list[str], str]] = []
        self.tasks = TaskRunner(self)

        def read(_report: Callable[[int, int, str], None], _cancel: threading.Event) -> list[Correspondent]:
            return address_book(cache)

        self.tasks.start(read, self._fill, self._failed)

    def _failed(self, reason: str) -> None:
        self.status.setText(self.tr("The letters could not be read: %1").replace("%1", reason))

    def _fill(self, people: list[Correspondent]) -> None:
        """One row per signer identity seen from a correspondent (one row when none signed)."""
        self.status.hide()
        rows: list[tuple[Correspondent, list[str], str]] = []
        for person in people:
            signers: list[SignerSeen | None] = [*person.signers.values()] or [None]
            for signer in signers:
                last = local_datetime(person.last_letter) if person.last_letter else ""
                values = [
                    self._who(person, signer),
                    person.address,
                    signer.organization if signer else "",
                    signer.iin if signer else "",
                    signer.bin if signer else "",
                    str(person.letters),
                    last,
                    str(len(signer.certificates)) if signer else "",
                ]
                rows.append((person, values, "\n".join(sorted(signer.certificates)) if signer else ""))
        self.table.setRowCount(len(rows))
        self.rows = rows
        for r, (_person, values, certificates) in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 7 and certificates:
                    item.setToolTip(plain_tooltip(self.tr("SHA-256 of the certificates:") + "\n" + certificates))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._filter(self.search.text())

    def _who(self, person: Correspondent, signer: SignerSeen | None) -> str:
        """The row's name: the correspondent's own signer identity, or a signer and how they
        relate (the signer of a document the correspondent forwarded is not the correspondent)."""
        if signer is None:
            return person.display_name
        if signer.relation == Relation.SENDER:
            return signer.name or person.display_name
        how = {
            Relation.DOCUMENT: self.tr("signed a document that %1 sent"),
            Relation.OTHER_ADDRESS: self.tr("signed a letter from %1 with a certificate for another address"),
            Relation.NOT_VALID: self.tr("signed a letter from %1, but the signature is not valid"),
        }[signer.relation]
        return f"{signer.name} — {how.replace('%1', person.address)}"

    def _filter(self, text: str) -> None:
        for r, (person, _values, _certificates) in enumerate(self.rows):
            self.table.setRowHidden(r, not person.matches(text))

    def _write(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows) and not self.table.isRowHidden(row):
            self.write_to.emit(self.rows[row][0].address)
