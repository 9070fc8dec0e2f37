"""The main window: folders, the message list and the reading pane, with Thunderbird-like
shortcuts. It wires widgets to the engine; mail and crypto logic live in the core packages."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QSystemTrayIcon,
    QTableView,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..choices import NCA_TSA_URL
from ..crypto.errors import MalformedDataError
from ..crypto.native import native_gost
from ..operations.accounts import remove_account
from ..operations.archive import archive_letters
from ..operations.attachments import safe_filename, save_attachment
from ..operations.cards import letter_payloads
from ..operations.drafts import draft_letter
from ..operations.mailsync import AccountResult, sync_accounts
from ..operations.register import register_format, register_of_letters, write_register
from ..operations.rules import Applied, apply_rules
from ..profile import Profile
from ..resources import resources_dir
from ..settings import Settings
from ..signing.checker import check_letter
from ..signing.keystore import KeyStore
from ..signing.policy import build_policy
from ..signing.verdicts import SignedPayload
from ..store.cache import Account, Folder, MessageRow
from ..store.mailparse import summarize
from ..store.messages import ListFilter
from ..store.searchquery import SearchQueryError, parse_query
from ..store.sqlerrors import describe
from ..sync.engine import MailEngine
from ..sync.errors import MailError
from ..sync.idle import IdleWatcher
from .about import AboutDialog
from .addressbook import AddressBookDialog
from .cards import DocumentCardDialog
from .compose import ComposeWindow
from .dialogs import AccountWizard, SettingsDialog
from .documents import SignDocumentDialog
from .draftlist import DraftListDialog
from .drafts import DraftData, DraftStore
from .fileview import SIGNED_FILE_FILTER, SignedFileWindow
from .formatting import documents_folder, local_datetime, warn
from .keys import KeyManagerDialog
from .layout import WindowLayout
from .models import ACCOUNT_ROLE, FOLDER_ROLE, FolderModel, MessageListModel
from .outbox import OutboxDialog
from .qrsign import DemoPhone, QrService
from .quickfilter import QuickFilterBar
from .reading import ReadingPane
from .rules import RulesDialog
from .searchbox import OperatorChips, OperatorCompletion
from .signature_panel import plain_label
from .tasks import Task, TaskRunner
from .toolbar import SEARCH_AT_LEAST, FittingToolBar
from .wording import search_refusal

AUTO_SYNC_MS = 120_000
SEARCH_RESULTS = 200  # the newest letters a search lists; how many match in all is said when cheap
SUBJECT_COLUMN = 3  # never hidden
LIVE_REFRESH_MS = 500


class _IdleBridge(QObject):
    """Carries IDLE news from the watcher's thread to the UI thread."""

    changed = Signal(str)


class MainWindow(QMainWindow):
    def __init__(self, profile: Profile, engine: MailEngine, keys: KeyStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile, self.engine, self.keys = profile, engine, keys
        self.cache = engine.cache
        self.tasks = TaskRunner(self)
        self._search: Task | None = None  # the search running, whose results the list is waiting for
        self.drafts = DraftStore(profile.root / "drafts")
        self.compose_windows: list[ComposeWindow] = []
        self.online = True
        self.syncing = False
        self.sync_again = False
        self.tsa_url = NCA_TSA_URL  # the demo sets its own TSA
        self.sigex_url = ""  # "" : the setting's; the demo sets its own SIGEX, with its demo phone
        self.demo_phone: DemoPhone | None = None
        self.setWindowTitle("QazMail")
        self.folders = FolderModel(self.cache, self)
        self.folder_view = QTreeView()
        self.folder_view.setAccessibleName(self.tr("Folders"))
        self.folder_view.setModel(self.folders)
        self.folder_view.setHeaderHidden(True)
        self.folder_view.selectionModel().currentChanged.connect(self._folder_chosen)
        self.folder_view.setAcceptDrops(True)
        self.folder_view.setDropIndicatorShown(True)
        self.folder_view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.folders.letters_dropped.connect(self._letters_dropped)
        self.messages = MessageListModel(self.cache, self)
        self.message_view = QTableView()
        self.message_view.setAccessibleName(self.tr("Letters"))
        self.message_view.setTabKeyNavigation(False)  # Tab goes to the next pane, not the next cell
        self.message_view.setModel(self.messages)
        self.message_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.message_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # Ctrl/Shift+click
        self.message_view.setDragEnabled(True)  # onto a folder: moved there (Ctrl: copied)
        self.message_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.message_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.message_view.setSortingEnabled(True)
        self.message_view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.message_view.verticalHeader().hide()
        self.message_view.verticalHeader().setDefaultSectionSize(22)
        self.message_view.setShowGrid(False)
        header = self.message_view.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 56), (1, 28), (2, 220), (4, 130)):
            self.message_view.setColumnWidth(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)  # "877 bytes" was clipped
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)  # right-click: the column chooser
        header.customContextMenuRequested.connect(self._column_menu)
        self.message_view.selectionModel().selectionChanged.connect(self._message_chosen)
        self.message_view.activated.connect(self._letter_activated)
        self.quick_filter = QuickFilterBar()
        self.quick_filter.changed.connect(self._filter_letters)
        self.quick_filter.left.connect(self.message_view.setFocus)
        self.messages.modelReset.connect(self._show_filter_count)
        letters = QWidget()
        letters_layout = QVBoxLayout(letters)
        letters_layout.setContentsMargins(0, 0, 0, 0)
        letters_layout.setSpacing(0)
        self.search_chips = OperatorChips()
        self.search_chips.remove.connect(self._search_without)
        letters_layout.addWidget(self.search_chips)
        letters_layout.addWidget(self.quick_filter)
        letters_layout.addWidget(self.message_view)
        self.reading = ReadingPane()
        self.reading.open_signature.connect(self.open_signed_file)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("readingSplitter")
        right.addWidget(letters)
        right.addWidget(self.reading)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.setObjectName("mainSplitter")
        main.addWidget(self.folder_view)
        main.addWidget(right)
        self.setCentralWidget(main)
        self.splitters = {"main": main, "reading": right}
        # Tab follows the panes: folders, letters, the letter's text, its attachments
        QWidget.setTabOrder(self.folder_view, self.message_view)
        QWidget.setTabOrder(self.message_view, self.reading.body)
        QWidget.setTabOrder(self.reading.body, self.reading.attachments)
        self.layout_memory = WindowLayout(profile.root / "window.ini")
        self._build_actions()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.online_label = plain_label()
        self.online_label.setWordWrap(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setFlat(True)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_sync)
        self.sync_task: Task | None = None
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.statusBar().addPermanentWidget(self.online_label)
        self.native_warning = self._native_gost_warning()
        self._set_online(True)
        self.tray = QSystemTrayIcon(self) if QSystemTrayIcon.isSystemTrayAvailable() else None
        # While a sync runs, what it stored so far is listed (and verdicts fill in) every
        # LIVE_REFRESH_MS at most, instead of an empty window until every letter is checked;
        # a letter sent is listed in Sent the same way.
        self.live_refresh = QTimer(self)
        self.live_refresh.setSingleShot(True)
        self.live_refresh.setInterval(LIVE_REFRESH_MS)
        self.live_refresh.timeout.connect(self.reload_folders)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_SYNC_MS)
        self.timer.timeout.connect(self.sync)
        self.timer.start()
        self.idle: IdleWatcher | None = None
        self.idle_bridge = _IdleBridge(self)
        self.idle_bridge.changed.connect(lambda _folder: self.sync())
        self.layout_memory.restore(self, self.splitters, self.message_view.horizontalHeader())
        header.setSectionHidden(SUBJECT_COLUMN, False)  # whatever a hand-edited layout file says
        self.group_by_conversation(self.layout_memory.grouped_by_conversation)
        self.reload_folders()

    # actions --------------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        shortcut: str | QKeySequence.StandardKey | None,
        slot: Callable[[], Any],
        menu: Any,
        toolbar: QToolBar | None = None,
        icon: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if icon:  # resources/icons/<icon>.svg
            action.setIcon(QIcon(str(resources_dir() / "icons" / f"{icon}.svg")))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        if toolbar is not None:
            toolbar.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = FittingToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        self.addToolBar(bar)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        message_menu = self.menuBar().addMenu(self.tr("&Message"))
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self._action(self.tr("New"), "Ctrl+N", self.new_letter, file_menu, bar, "new")
        self._action(self.tr("Get mail"), "F5", self.sync, file_menu, bar, "get-mail")
        self._action(self.tr("Open signed file…"), "Ctrl+O", self.open_signed_file, file_menu)
        self._action(self.tr("Drafts…"), None, self.open_drafts, file_menu)
        self._action(self.tr("Sign document…"), None, lambda: self.sign_document(cosign=False), file_menu, icon="sign")
        self._action(self.tr("Co-sign…"), None, lambda: self.sign_document(cosign=True), file_menu)
        self._action(self.tr("Add account…"), None, self.add_account, file_menu)
        self._action(self.tr("Account settings…"), None, self.edit_account, tools_menu)
        self._action(self.tr("Remove account…"), None, self.remove_account, tools_menu)
        self._action(self.tr("Quit"), "Ctrl+Q", self.close, file_menu)
        self.conversations = self._action(
            self.tr("Group by conversation"), None, lambda: self.group_by_conversation(None), view_menu
        )
        self.conversations.setCheckable(True)
        self._action(self.tr("Reply"), "Ctrl+R", lambda: self.reply(False), message_menu, bar, "reply")
        self._action(self.tr("Reply all"), "Ctrl+Shift+R", lambda: self.reply(True), message_menu, bar, "reply-all")
        self._action(self.tr("Forward"), "Ctrl+L", self.forward, message_menu, bar, "forward")
        self._action(self.tr("Delete"), "Delete", self.delete, message_menu, bar, "delete")
        archive = self._action(self.tr("Archive"), None, self.archive, message_menu, bar, "archive")
        archive.setToolTip(self.tr("Archive the selected letters (A)"))
        # "A" as in Thunderbird, but only where letters are read: a window-wide shortcut would fire
        # on an "a" typed where nothing takes text (the folder tree), and archive the open letter
        for reader in (self.message_view, self.reading.body):
            reader.installEventFilter(self)
        self._action(self.tr("Print…"), QKeySequence.StandardKey.Print, self.print_letter, message_menu, icon="print")
        self._action(self.tr("Save as PDF…"), None, self.save_letter_as_pdf, message_menu)
        self._action(self.tr("Save as document card…"), None, self.save_document_card, message_menu)
        self._action(self.tr("Save signature register…"), None, self.save_register, message_menu)
        self._action(self.tr("Move to…"), "Ctrl+Shift+M", self.move_message, message_menu)
        self._action(self.tr("Mark read/unread"), "M", lambda: self.toggle_flag("\\Seen"), message_menu)
        self._action(self.tr("Flag"), "S", lambda: self.toggle_flag("\\Flagged"), message_menu)
        self._action(self.tr("Verify signatures again"), None, self.reverify, message_menu)
        self._action(self.tr("Outbox…"), None, self.open_outbox, message_menu)
        self._action(self.tr("EDS keys…"), None, self.open_key_manager, tools_menu, bar, "key")
        self._action(self.tr("Address book…"), "Ctrl+Shift+B", self.open_address_book, tools_menu)
        self._action(self.tr("Message rules…"), None, self.open_rules, tools_menu)
        self._action(self.tr("Settings…"), None, self.open_settings, tools_menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(self.tr("About QazMail Desktop…"), None, self.show_about, help_menu)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Search: words, names, IIN, BIN, from:, status:…"))
        self.search.setMaximumWidth(320)
        self.search.setMinimumWidth(SEARCH_AT_LEAST)
        self.search.returnPressed.connect(self.run_search)
        self.search_completion = OperatorCompletion(self.search)
        bar.addWidget(self.search)
        focus = QAction(self)
        focus.setShortcut(QKeySequence("Ctrl+K"))
        focus.triggered.connect(self.search.setFocus)
        self.addAction(focus)
        filter_focus = QAction(self)
        filter_focus.setShortcut(QKeySequence("Ctrl+Shift+K"))  # Thunderbird's quick filter key
        filter_focus.triggered.connect(self.quick_filter.focus_text)
        self.addAction(filter_focus)

    # folders and messages --------------------------------------------------------------------
    def reload_folders(self) -> None:
        current = self.messages.folder_id
        self.folders.reload()
        self.folder_view.expandAll()
        index = self.folders.find_folder(current) if current is not None else QModelIndex()
        if not index.isValid() and self.folders.rowCount():
            top = self.folders.index(0, 0)
            index = self.folders.index(0, 0, top) if self.folders.rowCount(top) else QModelIndex()
        if index.isValid():
            self.folder_view.setCurrentIndex(index)
        self._refresh_messages()

    def _refresh_messages(self) -> None:
        """Reload the list (after a sync, a flag, a delete) keeping a letter selected: the open one
        while it is still there, else the one now in its place, so that Reply, Ctrl+R and Del act
        on what is on screen. The open letter is not opened again."""
        current = self.current_row()
        position = self.message_view.currentIndex().row()
        self.messages.refresh()
        if current is None or not self.messages.rows:
            return
        if not self._select_quietly(current):  # it was deleted or moved: the next letter takes its place, opened
            self.message_view.selectRow(min(position, len(self.messages.rows) - 1))

    def _select_quietly(self, letter: MessageRow) -> bool:
        """Select the letter again where it is listed now, without opening it again; whether it is."""
        number = next(
            (
                n
                for n, row in enumerate(self.messages.rows)
                if (row.folder_id, row.uid) == (letter.folder_id, letter.uid)
            ),
            None,
        )
        if number is None:
            return False
        selection = self.message_view.selectionModel()
        selection.blockSignals(True)
        self.message_view.selectRow(number)
        selection.blockSignals(False)
        self.message_view.viewport().update()
        return True

    def _filter_letters(self, only: ListFilter) -> None:
        """The quick filter changed: the list anew from the cache; the open letter stays selected
        (and open) while the filter lets it through, else the reading pane empties."""
        current = self.current_row()
        self.messages.set_filter(only)
        if current is None:
            return
        if self._select_quietly(current):
            self.messages.keep_listed(current.id)
        else:
            self.reading.clear()

    def _show_filter_count(self) -> None:
        model = self.messages
        self.quick_filter.show_count(model.total, model.folder_total, model.only.active)

    def _column_menu(self, position: QPoint) -> QMenu:
        """The list's columns, each with a tick: unticked, it is hidden (remembered with the layout).
        The subject stays: a list without it tells letters apart by date alone."""
        header = self.message_view.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            action = menu.addAction(self.messages.column_name(column))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != SUBJECT_COLUMN)
            action.toggled.connect(lambda shown, column=column: self._show_column(column, shown))
        menu.popup(header.mapToGlobal(position))
        return menu

    def _show_column(self, column: int, shown: bool) -> None:
        header = self.message_view.horizontalHeader()
        header.setSectionHidden(column, not shown and column != SUBJECT_COLUMN)
        self.layout_memory.save(self, self.splitters, header)  # kept even if the app is killed

    def group_by_conversation(self, grouped: bool | None) -> None:
        """View ▸ Group by conversation (``None``: as the menu item now says). Remembered."""
        grouped = self.conversations.isChecked() if grouped is None else grouped
        self.conversations.setChecked(grouped)
        self.layout_memory.grouped_by_conversation = grouped
        if grouped != self.messages.threaded:
            self.messages.set_threaded(grouped)

    def _folder_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        folder_id = current.data(FOLDER_ROLE)
        if folder_id is not None and folder_id != self.messages.folder_id:
            self._drop_search()  # a search still running lists nothing over the folder chosen
            self.quick_filter.reset()  # another folder's list starts whole, as in Thunderbird
            self.messages.only = ListFilter()
            self.messages.set_folder(int(folder_id))
            self.reading.clear()
            self.watch_folder(int(folder_id))

    def watch_folder(self, folder_id: int) -> None:
        """IDLE on the folder in view, so new mail shows without waiting for the next timed sync."""
        folder = self.cache.folders.by_id(folder_id)
        if folder is None or (
            self.idle is not None and self.idle.folder == folder.name and self.idle.account.name == folder.account
        ):
            return
        if self.idle is not None:
            old, self.idle = self.idle, None
            threading.Thread(target=old.stop, daemon=True).start()  # never wait on the network here
        account = self.engine.account(folder.account)
        secrets = self.engine.secrets
        self.idle = IdleWatcher(
            account, lambda: secrets.get(account.name), folder.name, self.idle_bridge.changed.emit
        ).start()

    def current_row(self) -> MessageRow | None:
        return self.messages.row_at(self.message_view.currentIndex())

    def current_account_name(self) -> str | None:
        index = self.folder_view.currentIndex()
        name = index.data(ACCOUNT_ROLE) if index.isValid() else None
        if name is None:
            accounts = self.cache.accounts.all()
            return accounts[0].name if accounts else None
        return str(name)

    def _message_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.current_row()
        if row is None:
            self.reading.clear()
            return
        self.messages.keep_listed(row.id)  # read with "Unread" on, it stays listed while open
        self.open_message(row)

    def open_message(self, row: MessageRow) -> None:
        folder = self.cache.folders.by_id(row.folder_id)
        if folder is None:
            return
        account = self.engine.account(folder.account)
        raw = self.cache.messages.raw(row)
        verdict = self.cache.verdicts.get(row.blob)
        if raw is not None:
            self.reading.show_letter(raw, verdict)
        if raw is None or not row.has_body or (row.signed and verdict is None):
            self._load_in_background(row)
        if not row.seen:
            try:
                self.engine.set_flags(account, folder, row, ["\\Seen"], [])
            except sqlite3.Error as exc:  # a full disk: the letter is read all the same, and stays unread
                self.statusBar().showMessage(describe(exc, self.cache.path))
                return
            self.tasks.start(lambda _r, _c: self.engine.try_replay(account))

    def _load_in_background(self, row: MessageRow) -> None:
        """Fetch a headers-only letter and verify its signatures without blocking the window."""
        folder = self.cache.folders.by_id(row.folder_id)
        assert folder is not None
        account = self.engine.account(folder.account)
        engine, profile, online = self.engine, self.profile, self.online

        def work(report: Callable[[int, int, str], None], cancel: threading.Event) -> Any:
            raw = engine.raw_message(account, folder, row)
            fresh = engine.cache.messages.by_id(row.id) or row
            checked = (
                check_letter(engine.cache, fresh.blob, build_policy(profile, online=online)) if fresh.signed else None
            )
            return fresh, raw, checked.to_json() if checked is not None else None

        def done(result: Any) -> None:
            fresh, raw, checked = result  # checked: not stored when the disk is full
            if self.current_row() is not None and self.current_row().id == fresh.id:  # type: ignore[union-attr]
                self.reading.show_letter(raw, checked if checked is not None else self.cache.verdicts.get(fresh.blob))
            self._refresh_messages()

        self.tasks.start(work, done, lambda message: self.statusBar().showMessage(message, 8000))

    # sync -----------------------------------------------------------------------------------
    def sync(self) -> None:
        """Get mail for every account in the background; asked while one runs, another follows it
        (what was queued meanwhile, and what IDLE announced, is not left for the timer)."""
        if self.syncing:
            self.sync_again = True
            return
        self.sync_again = False
        names = [a.name for a in self.cache.accounts.all()]
        if not names:
            return
        self.syncing = True
        self.progress.setRange(0, 0)
        self.progress.show()
        engine, profile = self.engine, self.profile
        before = sum(f.unread for n in names for f in self.cache.folders.of_account(n))

        def work(report: Callable[[int, int, str], None], cancel: threading.Event) -> Any:
            run = sync_accounts(engine, profile, names, progress=report, cancel=cancel, recheck_on_trust_change=True)
            if run.cancelled:
                return run.reached, [self.tr("Sync cancelled: what was fetched is kept")]
            problems = [self._account_problem(account) for account in run.accounts if account.problem]
            return run.reached, problems + ([run.rules_problem] if run.rules_problem else [])

        self.sync_task = self.tasks.start(
            work, lambda result: self._synced(result, before), self._sync_failed, self._sync_progress
        )
        self.cancel_button.show()

    def _account_problem(self, account: AccountResult) -> str:
        """Why an account was not synced; the one the window itself asked about, in its language."""
        if account.without_password:
            return self.tr("No password was given for %1: its mail was not fetched.").replace("%1", account.name)
        return account.problem

    def cancel_sync(self) -> None:
        self.sync_again = False
        if self.sync_task is not None:
            self.sync_task.cancel.set()

    def _sync_ended(self) -> None:
        self.syncing = False
        self.live_refresh.stop()
        self.progress.hide()
        self.cancel_button.hide()
        for dialog in self.findChildren(OutboxDialog):  # what the sync sent leaves the open outbox
            if dialog.isVisible():
                dialog.reload()
        if self.sync_again:
            QTimer.singleShot(0, self.sync)

    def _sync_progress(self, done: int, total: int, what: str) -> None:
        if not self.live_refresh.isActive():
            self.live_refresh.start()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.statusBar().showMessage(
            self.tr("Syncing %1: %2 of %3").replace("%1", what).replace("%2", str(done)).replace("%3", str(total))
        )

    def _synced(self, result: Any, unread_before: int) -> None:
        reached, problems = result
        self._sync_ended()
        self._set_online(reached > 0 or not problems)
        self.reload_folders()
        unread = sum(f.unread for a in self.cache.accounts.all() for f in self.cache.folders.of_account(a.name))
        if unread > unread_before:
            text = self.tr("%n new letter(s)", "", unread - unread_before)  # Qt plural forms per language
            if self.tray is not None:
                self.tray.showMessage("QazMail", text)
            self.statusBar().showMessage(text, 8000)
        elif problems:
            self.statusBar().showMessage(problems[0], 8000)
        else:
            self.statusBar().showMessage(self.tr("Mail is up to date"), 5000)

    def _sync_failed(self, message: str) -> None:
        self._sync_ended()
        self.reload_folders()  # what was stored before the failure is kept and listed
        self.statusBar().showMessage(message, 10000)

    def _set_online(self, online: bool) -> None:
        self.online = online
        self.online_label.setText(self.tr("● Online") if online else self.tr("○ Offline — working from the cache"))
        self.online_label.set_tone("good" if online else "warning")

    # commands -------------------------------------------------------------------------------
    def _account(self) -> Any:
        name = self.current_account_name()
        if name is None:
            QMessageBox.information(self, "QazMail", self.tr("Add a mail account first."))
            return None
        return self.engine.account(name)

    def new_letter(self, draft: DraftData | None = None) -> ComposeWindow | None:
        account = self._account()
        if account is None:
            return None
        return self._open_compose(account, draft)

    def _open_compose(self, account: Account, draft: DraftData | None) -> ComposeWindow:
        profile = self.profile
        window = ComposeWindow(
            self.engine,
            self.keys,
            self.drafts,
            self.tasks,
            account,
            draft,
            trust_store=lambda: build_policy(profile).trust,
            tsa_url=lambda: self.tsa_url if self.online else "",
            proof_tsa=lambda: "" if self.online else self.tsa_url,
            qr_service=self.qr_service,
        )
        window.sent.connect(lambda text: self.statusBar().showMessage(text, 10000))
        window.sent.connect(lambda _t: self.live_refresh.start())  # the Sent folder, once the copy is there
        window.drafts_changed.connect(self._drafts_changed)
        self.compose_windows.append(window)
        # over the main window, a step down for each one already open (not at the screen's corner)
        step = 24 * (sum(1 for w in self.compose_windows if w.isVisible()) % 8)
        frame = self.frameGeometry()
        window.move(
            max(frame.left(), frame.center().x() - window.width() // 2) + step,
            max(frame.top(), frame.center().y() - window.height() // 2) + step,
        )
        window.show()
        return window

    def open_drafts(self) -> DraftListDialog:
        """The letters being written, also those whose window was closed (they are kept on disk)."""
        dialog = DraftListDialog(self.drafts, self)
        dialog.open_draft.connect(self._reopen_draft)
        dialog.show()
        return dialog

    def _reopen_draft(self, draft: DraftData) -> None:
        for window in self.compose_windows:
            if window.isVisible() and window.draft.id == draft.id:
                window.activateWindow()
                return
        account = self.cache.accounts.get(draft.account) or self._account()
        if account is not None:
            self._open_compose(account, draft)

    def _drafts_changed(self) -> None:
        """A draft's old version left Drafts (in the cache already); the new one is there after a
        sync, which hands the queued save to the server first."""
        self._refresh_messages()
        self.reload_folders()
        self.sync()

    def _letter_activated(self, index: QModelIndex) -> None:
        """Enter or a double click on a letter in Drafts: write on it (the window's own copy when this
        draft is still on disk here, with its key and signing choices; else as the letter says)."""
        row = self.messages.row_at(index)
        located = self._located(row) if row is not None else None
        if located is None or located[1].special_use != "\\Drafts":
            return
        account, folder, row = located
        try:
            letter = draft_letter(self.engine.raw_message(account, folder, row))
        except MailError as exc:  # only its header is cached, and the server is out of reach
            warn(self, self.tr("Cannot open the draft"), str(exc))
            return
        own = next((d for d in self.drafts.load_all() if letter.draft_id and d.id == letter.draft_id), None)
        if own is not None:
            own.server_message_id = row.message_id
            self._reopen_draft(own)
            return
        draft = DraftData(
            account=account.name,
            to=letter.to,
            cc=letter.cc,
            bcc=letter.bcc,
            subject=letter.subject,
            body=letter.body,
            in_reply_to=letter.in_reply_to,
            references=letter.references,
            server_message_id=row.message_id,
        )
        if letter.attachments:  # files again, in an owner-only folder of the profile
            files = self.profile.root / "drafts" / "files" / draft.id
            files.mkdir(parents=True, exist_ok=True, mode=0o700)
            draft.attachments = [str(save_attachment(data, name, files)) for name, data in letter.attachments]
        self._open_compose(account, draft)

    def restore_drafts(self) -> list[ComposeWindow]:
        """Letters whose windows were open when the app crashed open again; a letter whose window
        was closed (also by quitting) waits in File ▸ Drafts… and the Drafts folder."""
        opened = []
        for draft in self.drafts.load_all():
            if not draft.window_open:
                continue
            account = self.cache.accounts.get(draft.account)
            if account is not None:  # a removed account's draft file stays for the user to find
                window = self._open_compose(account, draft)
                window.keep_in_drafts_on_close()
                opened.append(window)
        return opened

    def reply(self, to_all: bool) -> None:
        row = self.current_row()
        if row is None:
            return
        account = self._account()
        recipients = [row.sender] + ([a for a in (row.to, row.cc) if a and account.email not in a] if to_all else [])
        subject = row.subject if row.subject.lower().startswith(("re:", "ответ:")) else f"Re: {row.subject}"
        quoted = "\n".join("> " + line for line in (self.reading.body.toPlainText() or "").splitlines())
        wrote = (
            self.tr("On %1, %2 wrote:").replace("%1", local_datetime(row.date)).replace("%2", row.sender)
            if row.date
            else self.tr("%1 wrote:").replace("%1", row.sender)
        )
        raw = self.cache.messages.raw(row)
        self.new_letter(
            DraftData(
                account=account.name,
                to=", ".join(recipients),
                subject=subject,
                body="\n\n" + wrote + "\n" + quoted,
                in_reply_to=row.message_id,
                references=summarize(raw, with_text=False).references if raw else "",
            )
        )

    def forward(self) -> None:
        row = self.current_row()
        if row is None:
            return
        account = self._account()
        draft = DraftData(
            account=account.name,
            subject=f"Fwd: {row.subject}",
            body="\n\n" + self._forwarded_header(row) + "\n\n" + self.reading.body.toPlainText(),
        )
        view = self.reading.view
        if view is not None and view.attachments:
            # byte for byte (a signed .cms stays verifiable), in an owner-only folder of the profile
            folder = self.profile.root / "forwarded" / draft.id
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            draft.attachments = [str(save_attachment(a.data, a.name, folder)) for a in view.attachments]
        self.new_letter(draft)

    def _forwarded_header(self, row: MessageRow) -> str:
        """The forwarded letter's own header lines, in the user's language, as mail clients write them."""
        lines = ["---- " + self.tr("Forwarded letter") + " ----", self.tr("From: %1").replace("%1", row.sender)]
        if row.date:
            lines.append(self.tr("Date: %1").replace("%1", local_datetime(row.date)))
        lines.append(self.tr("Subject: %1").replace("%1", row.subject))
        lines.append(self.tr("To: %1").replace("%1", row.to))
        if row.cc:
            lines.append(self.tr("Cc: %1").replace("%1", row.cc))
        return "\n".join(lines)

    def _selected(self) -> tuple[Any, Any, MessageRow] | None:
        row = self.current_row()
        return self._located(row) if row is not None else None

    def _located(self, row: MessageRow) -> tuple[Account, Folder, MessageRow] | None:
        folder = self.cache.folders.by_id(row.folder_id)
        if folder is None:
            return None
        return self.engine.account(folder.account), folder, row

    def _chosen_letters(self) -> list[tuple[Account, Folder, MessageRow]]:
        """Every selected letter (Ctrl/Shift+click), else the current one."""
        rows = [self.messages.row_at(index) for index in self.message_view.selectionModel().selectedRows()]
        chosen = [found for row in rows if row is not None and (found := self._located(row)) is not None]
        if not chosen and (current := self._selected()) is not None:
            chosen = [current]
        return chosen

    def _replay_soon(self, accounts: set[str]) -> None:
        """Hand what was queued to the servers in the background (it waits there when offline)."""
        engine = self.engine
        for name in accounts:
            account = engine.account(name)

            def replay(
                _report: Callable[[int, int, str], None], _cancel: threading.Event, account: Account = account
            ) -> Any:
                return engine.try_replay(account)

            self.tasks.start(replay)

    def _after_change(self, accounts: set[str]) -> None:
        self._refresh_messages()
        self.reload_folders()
        self._replay_soon(accounts)

    def delete(self) -> None:
        chosen = self._chosen_letters()
        for account, folder, row in chosen:
            self.engine.delete(account, folder, row)
        if chosen:
            self.reading.clear()
            self._after_change({account.name for account, _f, _r in chosen})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        """The "A" key in the letter list or a letter's text: Archive."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_A
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            self.archive()
            return True
        return super().eventFilter(watched, event)

    def archive(self) -> None:
        """The selected letters to their account's Archive folder (made when it has none); the
        next letter is selected, as after Delete."""
        chosen = self._chosen_letters()
        if not chosen:
            return
        try:
            archived = archive_letters(self.engine, chosen)
        except MailError as exc:  # the Archive folder is missing and the first letter is not here whole
            self.statusBar().showMessage(str(exc), 8000)
            return
        except sqlite3.Error as exc:
            self.statusBar().showMessage(describe(exc, self.cache.path), 8000)
            return
        if archived:
            self.reading.clear()
            self._after_change({account.name for account, _f, _r in chosen})
        self.statusBar().showMessage(self.tr("Archived %n letter(s)", "", archived), 5000)

    def move_message(self) -> None:
        chosen = self._chosen_letters()
        if not chosen:
            return
        account, folder, _row = chosen[0]
        names = [f.name for f in self.cache.folders.of_account(account.name) if f.id != folder.id]
        target, ok = QInputDialog.getItem(self, self.tr("Move to"), self.tr("Folder:"), names, 0, False)
        if ok and target:
            self._move(chosen, target, copy=False)

    def _letters_dropped(self, target_id: int, letters: list[tuple[int, int]], copy: bool) -> None:
        target = self.cache.folders.by_id(target_id)
        if target is None:
            return
        rows = [self.cache.messages.get(folder_id, uid) for folder_id, uid in letters]
        chosen = [found for row in rows if row is not None and (found := self._located(row)) is not None]
        # Within the account only: another account's folder is another server.
        self._move([c for c in chosen if c[0].name == target.account], target.name, copy)

    def _move(self, chosen: list[tuple[Account, Folder, MessageRow]], target: str, copy: bool) -> None:
        for account, folder, row in chosen:
            if copy:
                self.engine.copy(account, folder, row, target)
            else:
                self.engine.move(account, folder, row, target)
        if chosen:
            if not copy:
                self.reading.clear()
            self._after_change({account.name for account, _f, _r in chosen})

    def toggle_flag(self, flag: str) -> None:
        chosen = self._chosen_letters()
        if not chosen:
            return
        setting = flag not in chosen[0][2].flags  # as the first one: all get it, or all lose it
        for account, folder, row in chosen:
            self.engine.set_flags(account, folder, row, [flag] if setting else [], [] if setting else [flag])
        self._after_change({account.name for account, _f, _r in chosen})

    def print_letter(self) -> None:
        """The open letter with its signature verdicts, to a printer or a PDF file."""
        document = self.reading.printable()
        if document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print letter"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            document.print_(printer)
            self.statusBar().showMessage(self.tr("Letter printed"), 5000)

    def save_letter_as_pdf(self) -> None:
        """The printed form of the open letter (verdicts included) as a PDF file."""
        document = self.reading.printable()
        if document is None:
            return
        name = safe_filename(self.reading.subject.text(), "letter") + ".pdf"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save letter as PDF"), name, "PDF (*.pdf)")
        if not chosen:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(chosen)
        document.print_(printer)
        self.statusBar().showMessage(self.tr("Saved to %1").replace("%1", chosen), 8000)

    def save_document_card(self) -> None:
        """The open letter's signed document and its signatures as a document card (kaarkz/ddcard)."""
        located = self._selected()
        if located is None:
            return
        engine, subject = self.engine, self.reading.subject.text()

        def work(_report: Callable[[int, int, str], None], _cancel: threading.Event) -> Any:
            return letter_payloads(engine.raw_message(*located))

        def chosen(payloads: list[SignedPayload]) -> None:
            if not payloads:
                warn(
                    self,
                    self.tr("Save as document card"),
                    self.tr("This letter carries no signed document to make a card of."),
                    QMessageBox.Icon.Information,
                )
                return
            dialog = DocumentCardDialog(payloads, subject, self.profile, self.tasks, self)
            dialog.saved.connect(self._card_saved)
            dialog.show()

        self.tasks.start(work, chosen, lambda message: warn(self, self.tr("Save as document card"), message))

    def save_register(self) -> None:
        """The selected letters' signatures (every signed letter of the folder when none is
        selected) as a register: CSV for a spreadsheet, PDF to file."""
        chosen = [row for _account, _folder, row in self._chosen_letters() if row.signed]
        if not chosen and self.messages.folder_id is not None:
            chosen = [row for row in self.cache.messages.in_folder(self.messages.folder_id) if row.signed]
        caption = self.tr("Save signature register")
        if not chosen:
            warn(self, caption, self.tr("No signed letter to list."), QMessageBox.Icon.Information)
            return
        suggested = str(documents_folder() / "register.pdf")
        path, _ = QFileDialog.getSaveFileName(self, caption, suggested, "PDF (*.pdf);;Excel (*.xlsx);;CSV (*.csv)")
        if not path:
            return
        out, cache, profile = Path(path), self.cache, self.profile
        try:
            register_format(out)  # refused before any letter is checked, as the command line does
        except MalformedDataError:
            warn(
                self,
                caption,
                self.tr("A register is saved as .pdf, .xlsx or .csv: give the file one of these endings."),
            )
            return
        title = self.tr("%n letter(s)", "", len(chosen))

        def work(report: Callable[[int, int, str], None], _cancel: threading.Event) -> Any:
            write_register(out, register_of_letters(cache, chosen, build_policy(profile), report), title)
            return out

        self.tasks.start(work, self._register_saved, self._register_failed, self._register_progress)

    def _register_saved(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Register saved to %1").replace("%1", str(path)), 10000)

    def _register_failed(self, message: str) -> None:
        warn(self, self.tr("Save signature register"), message)

    def _register_progress(self, done: int, total: int, _what: str) -> None:
        text = self.tr("Checking signatures: %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        self.statusBar().showMessage(text)

    def _card_saved(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Document card saved to %1").replace("%1", str(path)), 10000)

    def reverify(self) -> None:
        row = self.current_row()
        if row is not None and row.signed:
            self._load_in_background(row)

    def run_search(self) -> None:
        """The search box's query, searched off the UI thread (a word of a few letters can take
        seconds in a large archive); its results replace the list unless another search or another
        folder was asked for meanwhile."""
        self._drop_search()
        text = self.search.text().strip()
        if not text:
            self.search_chips.show_for("")
            self.messages.set_folder(self.messages.folder_id)
            return
        try:
            query = parse_query(text)
        except SearchQueryError as exc:  # an operator's value it cannot take: said, the list stays
            self.statusBar().showMessage(search_refusal(exc), 10000)
            return
        limit, lookup = SEARCH_RESULTS, self.cache.lookup

        def work(_report: Callable[[int, int, str], None], _cancel: threading.Event) -> Any:
            hits = [row for _folder, row in lookup.search(query, limit=limit)]
            # all there are, or how many more when that is cheap to know (None: too many to count)
            return hits, lookup.count(query) if len(hits) >= limit else len(hits), lookup.unindexed()

        def done(result: tuple[list[MessageRow], int | None, int]) -> None:
            if task.cancel.is_set():
                return
            self._search = None
            hits, found, unindexed = result
            self.search_chips.show_for(text)
            self.messages.show_found(hits)
            if found is None:
                said = self.tr("Many letters found: the newest %1 are shown").replace("%1", str(len(hits)))
            elif found > len(hits):
                said = self.tr("%n letter(s) found, the newest %1 shown", "", found).replace("%1", str(len(hits)))
            else:
                said = self.tr("%n letter(s) found", "", len(hits))
            if unindexed:  # after an update that rebuilds the index, for minutes in a large archive
                said += " " + self.tr("(the search index is still being built: some letters are not found yet)")
            self.statusBar().showMessage(said, 15000 if unindexed else 5000)

        def failed(message: str) -> None:
            if not task.cancel.is_set():
                self._search = None
                self.statusBar().showMessage(self.tr("Search failed: %1").replace("%1", message), 10000)

        self.statusBar().showMessage(self.tr("Searching…"))
        task = self._search = self.tasks.start(work, done, failed, own_thread=True)

    def _drop_search(self) -> None:
        """The search still running, if any, will list nothing: another search or folder was asked for."""
        if self._search is not None:
            self._search.cancel.set()
            self._search = None
            self.statusBar().clearMessage()

    def _search_without(self, rest: str) -> None:
        """A chip's ×: the query without that operator, searched again (the folder when nothing is left)."""
        self.search.setText(rest)
        self.run_search()

    def open_signed_file(self, path: Path | None = None, called: str = "") -> SignedFileWindow | None:
        """A .sig/.cms/.p7s/.p7m/.pem signature, a signed PDF or XML, checked and shown on its own;
        ``called``: what to call it instead of its path (a letter's attachment, copied to open it)."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Open a signed file"),
                "",
                self.tr("Signatures, PDF and XML (%1);;All files (*)").replace("%1", SIGNED_FILE_FILTER),
            )
            if not chosen:
                return None
            path = Path(chosen)
        window = SignedFileWindow(path, self.profile, self.online, self.tasks, self, called)
        window.show()
        return window

    def qr_service(self) -> QrService:
        """Where signing by QR goes now (the demo's own SIGEX and phone, else the setting, read
        afresh: it may have changed), its signatures checked online or not as the window is."""
        sigex_url = self.sigex_url or Settings.load(self.profile.settings_file).sigex_url
        return QrService(sigex_url, self.profile, self.online, self.demo_phone)

    def sign_document(self, cosign: bool) -> SignDocumentDialog:
        dialog = SignDocumentDialog(
            self.keys,
            self.profile,
            self.tasks,
            self.tsa_url,
            self.online,
            cosign,
            self,
            qr=self.qr_service(),
        )
        dialog.signed.connect(self._document_signed)
        dialog.show()
        return dialog

    def _document_signed(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Signature written to %1").replace("%1", str(path)), 10000)
        self.open_signed_file(path)

    def open_address_book(self) -> AddressBookDialog:
        dialog = AddressBookDialog(self.cache, self)
        dialog.write_to.connect(lambda address: self.new_letter(DraftData(to=address)))
        dialog.show()
        return dialog

    def open_rules(self) -> RulesDialog:
        dialog = RulesDialog(self.profile, self.cache, self)
        dialog.apply_now.connect(lambda: self._apply_rules(dialog))
        dialog.show()
        return dialog

    def _apply_rules(self, dialog: RulesDialog) -> None:
        """Every letter in the inbox through the rules, off the UI thread; the moves go to the server."""
        engine, profile = self.engine, self.profile

        def work(_report: Callable[[int, int, str], None], _cancel: threading.Event) -> Any:
            applied = apply_rules(engine, profile, only_new=False)
            for account in engine.cache.accounts.all():
                engine.try_replay(account)
            return applied

        def done(applied: list[Applied]) -> None:
            dialog.show_applied(applied)
            self._refresh_messages()
            self.reload_folders()

        self.tasks.start(work, done, lambda message: warn(self, self.tr("Message rules"), message))

    def open_outbox(self) -> OutboxDialog:
        dialog = OutboxDialog(self.cache, self)
        dialog.retried.connect(self.sync)
        dialog.show()
        return dialog

    def open_key_manager(self) -> KeyManagerDialog:
        dialog = KeyManagerDialog(self.keys, self)
        dialog.show()
        return dialog

    def show_about(self) -> None:
        AboutDialog(self.profile.root, self).exec()

    def _native_gost_warning(self) -> QLabel | None:
        """A build without the C extensions says so for as long as the window is open: its GOST is
        30-100 times slower, and whoever waits for a mailbox check should know why."""
        if native_gost().complete:
            return None
        warning = plain_label(self.tr("No native GOST: 30-100 times slower"))
        warning.setWordWrap(False)
        warning.setToolTip(
            self.tr(
                "Native GOST is missing: GOST signatures are made and checked 30-100 times slower. "
                "Reinstall QazMail Desktop with a C compiler."
            )
        )
        warning.setStyleSheet("color: #a33; font-weight: bold")
        self.statusBar().addPermanentWidget(warning)
        return warning

    def open_settings(self) -> None:
        settings = Settings.load(self.profile.settings_file)
        if SettingsDialog(settings, self).exec():
            settings.save(self.profile.settings_file)

    def add_account(self) -> None:
        if AccountWizard(self.engine, self).exec():
            self.reload_folders()
            self.sync()

    def edit_account(self) -> None:
        """The settings of the account selected in the folder tree (or the first one)."""
        name = self.current_account_name()
        account = self.cache.accounts.get(name) if name else None
        if account is not None and AccountWizard(self.engine, self, existing=account).exec():
            self.reload_folders()
            self.sync()

    def remove_account(self) -> None:
        name = self.current_account_name()
        if name is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove account"),
            self.tr(
                "Remove the account %1 from QazMail? Its letters are deleted from this computer only; "
                "they stay on the server. Letters not sent yet are dropped."
            ).replace("%1", name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            if self.idle is not None and self.idle.account.name == name:
                old, self.idle = self.idle, None
                threading.Thread(target=old.stop, daemon=True).start()
            remove_account(self.engine, name)
            self._drop_search()  # its results may hold the account's letters
            self.messages.set_folder(None)
            self.reading.clear()
            self.reload_folders()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's API
        self.layout_memory.save(self, self.splitters, self.message_view.horizontalHeader())
        for compose in list(self.compose_windows):  # each puts its letter in Drafts
            compose.close()
        self.timer.stop()
        self.live_refresh.stop()  # the cache is closed after this window
        if self.idle is not None:
            self.idle.stop(wait=2.0)
        self.tasks.cancel_all()
        self.tasks.wait(10_000)
        self.tasks.stop_own_thread()
        super().closeEvent(event)
