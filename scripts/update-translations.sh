#!/usr/bin/env bash
# Refresh the Kazakh and Russian translation sources from the window's and the command line's code, then compile them; English
# needs only its plural forms ("%n new letter(s)" -> "1 new letter" / "2 new letters").
# Translate new strings in Qt Linguist (pyside6-linguist resources/i18n/qazmail_kk.ts) before compiling.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyside6-lupdate qazmail_desktop/ui/*.py qazmail_desktop/cli/*.py -ts resources/i18n/qazmail_ru.ts resources/i18n/qazmail_kk.ts
.venv/bin/pyside6-lupdate qazmail_desktop/ui/*.py qazmail_desktop/cli/*.py -pluralonly -target-language en -ts resources/i18n/qazmail_en.ts
.venv/bin/pyside6-lrelease resources/i18n/qazmail_ru.ts resources/i18n/qazmail_kk.ts resources/i18n/qazmail_en.ts
