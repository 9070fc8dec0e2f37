#!/usr/bin/env bash
# Refresh the Kazakh and Russian translation sources from the UI code, then compile them.
# Translate new strings in Qt Linguist (pyside6-linguist resources/i18n/qazmail_kk.ts) before compiling.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyside6-lupdate qazmail_desktop/ui/*.py -ts resources/i18n/qazmail_ru.ts resources/i18n/qazmail_kk.ts
.venv/bin/pyside6-lrelease resources/i18n/qazmail_ru.ts resources/i18n/qazmail_kk.ts
