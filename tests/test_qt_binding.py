"""The Qt binding keeps its books on None (issue 29: "the app aborts after hours on Python 3.11").

PySide6 6.12.0 drops a reference to None on every wrapped call that returns None — setData,
setFont, the data of a role never set, QStandardItemModel.clear — and on Python 3.11, where None
is reference counted, the count reaches zero and the interpreter aborts ("Fatal Python error:
none_dealloc"); the demo window died within two minutes. pyproject.toml keeps that release out;
this test fails on any binding that does it again, so an upgrade cannot bring it back. On
Python 3.12 and later None is immortal, its count never moves, and the test passes trivially
there — the binding must still be checked on the oldest Python the project supports.

The calls run in a fresh interpreter of their own: None's count is the whole process's, and the
threads other tests leave behind (a demo server, the window's workers) move it meanwhile."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = r"""
import json, sys
from PySide6.QtCore import QModelIndex, QSettings, Qt, QTemporaryDir
from PySide6.QtGui import QAction, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QListWidget, QListWidgetItem

CALLS = 300  # 6.12.0 loses one reference per call: 300 is plain, and far below None's count
app = QApplication([])
model = QStandardItemModel()
model.appendRow(QStandardItem("letter"))
item = QStandardItem("folder")
combo = QComboBox()
combo.addItem("key", None)
action = QAction("Reply")
label = QLabel()
attachments = QListWidget()
attachments.addItem(QListWidgetItem("act.txt"))
folder = QTemporaryDir()
settings = QSettings(folder.filePath("settings.ini"), QSettings.Format.IniFormat)

def refill():
    model.clear()
    model.appendRow(QStandardItem("letter"))

calls = {
    "QStandardItem.setData(None)": lambda: item.setData(None, Qt.ItemDataRole.UserRole),
    "QStandardItem.setData(str)": lambda: item.setData("uid", Qt.ItemDataRole.UserRole + 1),
    "QStandardItem.setFont": lambda: item.setFont(QFont()),
    "index.data of an unset role": lambda: model.index(0, 0).data(Qt.ItemDataRole.UserRole + 7),
    "QModelIndex().data()": lambda: QModelIndex().data(),
    "QStandardItemModel.clear": refill,
    "QComboBox.itemData of None": lambda: combo.itemData(0),
    "QAction.setData(None)": lambda: action.setData(None),
    "QAction.data()": action.data,
    "QLabel.setText": lambda: label.setText("Signature valid"),
    "QListWidgetItem.data of an unset role": lambda: attachments.item(0).data(Qt.ItemDataRole.UserRole),
    "QSettings.value of a missing key": lambda: settings.value("missing"),
}
moved = {}
for name, call in calls.items():
    for _ in range(50):
        call()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    moved[name] = sys.getrefcount(None) - before
    if abs(moved[name]) > 20:
        break  # a few more such calls and None's count could reach zero: the interpreter would abort
print(json.dumps(moved))
"""


def test_no_call_of_the_qt_binding_loses_or_keeps_a_reference_to_none() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    probe = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=300)
    assert probe.returncode == 0, f"the probe ended with {probe.returncode}: {probe.stderr[-2000:]}"
    moved = json.loads(probe.stdout.strip().splitlines()[-1])
    assert {name: change for name, change in moved.items() if abs(change) > 2} == {}, (
        "the Qt binding miscounts references to None (see pyproject.toml: PySide6-Essentials)"
    )
