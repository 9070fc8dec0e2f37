"""Tools ▸ Message rules…: move or flag letters by sender, subject, signer (IIN, BIN, role) and
verdict, as they arrive and on demand (the rules themselves are the core's: operations.rules)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..crypto.oids import ROLE_NAMES
from ..operations.rules import Applied, Rule, RuleBook, RuleError
from ..profile import Profile
from ..store.cache import Cache
from .formatting import button_row, list_table, warn
from .signature_panel import plain_label
from .wording import role_label


class RulesDialog(QDialog):
    apply_now = Signal()  # the window runs the rules (off the UI thread) and reports

    def __init__(self, profile: Profile, cache: Cache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.setWindowTitle(self.tr("Message rules"))
        layout = QVBoxLayout(self)
        self.table = list_table([self.tr("Rule"), self.tr("When"), self.tr("Then")], self.tr("Rules"))
        layout.addWidget(self.table)
        form = QFormLayout()
        self.name = QLineEdit()
        self.from_contains = QLineEdit()
        self.subject = QLineEdit()
        self.iin = QLineEdit()
        self.bin = QLineEdit()
        self.role = QComboBox()
        self.role.addItem(self.tr("any role"), "")
        for role in ROLE_NAMES.values():
            self.role.addItem(role_label(role), role)
        self.verdict = QComboBox()
        for label, value in (
            (self.tr("any letter"), ""),
            (self.tr("signature valid"), "good"),
            (self.tr("signature bad (modified, revoked, invalid)"), "bad"),
            (self.tr("signature with warnings (untrusted, expired)"), "warning"),
            (self.tr("signature not proven either way"), "unknown"),
        ):
            self.verdict.addItem(label, value)
        self.move_to = QComboBox()
        self.move_to.addItem(self.tr("(do not move)"), "")
        for name in sorted({f.name for a in cache.accounts.all() for f in cache.folders.of_account(a.name)}):
            self.move_to.addItem(name, name)
        self.flag = QCheckBox(self.tr("Flag it"))
        self.any_signature = QCheckBox(self.tr("Also when the signer's signature is not valid"))
        self.any_signature.setToolTip(
            self.tr(
                "A rule on a signer (IIN, BIN, role) takes only letters whose signature by that signer is valid: "
                "a tampered, revoked or forged letter in their name is left where it is. Tick this to take those "
                "letters too."
            )
        )
        for label, widget in (
            (self.tr("Name:"), self.name),
            (self.tr("From contains:"), self.from_contains),
            (self.tr("Subject contains:"), self.subject),
            (self.tr("Signer's IIN:"), self.iin),
            (self.tr("Signer's BIN:"), self.bin),
            (self.tr("Signer's role:"), self.role),
            ("", self.any_signature),
            (self.tr("Signature:"), self.verdict),
            (self.tr("Move to:"), self.move_to),
        ):
            form.addRow(label, widget)
        form.addRow("", self.flag)
        layout.addLayout(form)
        self.add_button = QPushButton(self.tr("&Add rule"))
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button = QPushButton(self.tr("&Remove rule"))
        self.remove_button.clicked.connect(self.remove_rule)
        self.apply_button = QPushButton(self.tr("Apply to the inbox &now"))
        self.apply_button.clicked.connect(self.apply_now.emit)
        layout.addLayout(button_row(self, self.add_button, self.remove_button, self.apply_button))
        self.report = plain_label()
        self.report.setObjectName("rulesReport")
        layout.addWidget(self.report)
        self.resize(760, 560)
        try:
            self.book = RuleBook.load(profile)
        except RuleError as exc:
            warn(self, self.tr("Message rules"), str(exc))
            self.book = RuleBook()
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.book.rules))
        for r, rule in enumerate(self.book.rules):
            when = [
                f"{label} {value}"
                for label, value in (
                    (self.tr("from"), rule.sender_contains),
                    (self.tr("subject"), rule.subject_contains),
                    (self.tr("IIN"), rule.signer_iin),
                    (self.tr("BIN"), rule.signer_bin),
                    (self.tr("role"), role_label(rule.signer_role) if rule.signer_role else ""),
                    (self.tr("signature"), rule.verdict),
                )
                if value
            ]
            if (rule.signer_iin or rule.signer_bin or rule.signer_role) and not rule.any_signature:
                when.append(self.tr("valid signatures only"))
            then = ([self.tr("move to %1").replace("%1", rule.move_to)] if rule.move_to else []) + (
                [self.tr("flag")] if rule.flag else []
            )
            for c, value in enumerate((rule.name, ", ".join(when), ", ".join(then))):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def add_rule(self) -> None:
        rule = Rule(
            name=self.name.text().strip() or self.tr("Rule %1").replace("%1", str(len(self.book.rules) + 1)),
            sender_contains=self.from_contains.text().strip(),
            subject_contains=self.subject.text().strip(),
            signer_iin=self.iin.text().strip(),
            signer_bin=self.bin.text().strip(),
            signer_role=str(self.role.currentData() or ""),
            verdict=str(self.verdict.currentData() or ""),
            move_to=str(self.move_to.currentData() or ""),
            flag=self.flag.isChecked(),
            any_signature=self.any_signature.isChecked(),
        )
        try:
            rule.check()
            RuleBook([*self.book.rules, rule]).save(self.profile)
        except (RuleError, OSError) as exc:
            warn(self, self.tr("Cannot add the rule"), str(exc))
            return
        self.book.rules.append(rule)
        for entry in (self.name, self.from_contains, self.subject, self.iin, self.bin):
            entry.clear()
        for choice in (self.role, self.verdict, self.move_to):
            choice.setCurrentIndex(0)
        self.flag.setChecked(False)
        self.any_signature.setChecked(False)
        self._fill()

    def remove_rule(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.book.rules):
            del self.book.rules[row]
            self.book.save(self.profile)
            self._fill()

    def show_applied(self, applied: list[Applied]) -> None:
        lines = [f"{a.rule}: {a.subject} — {a.action}" for a in applied]
        self.report.setText("\n".join(lines) if lines else self.tr("No letter in the inbox matched."))
