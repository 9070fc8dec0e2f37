#!/usr/bin/env bash
# Builds the self-contained bundle dist/qazmail-desktop/ (PyInstaller) and, on Linux, a .deb.
#   bash installer/build.sh            bundle + .deb
# Windows: run the same on Windows, then compile installer/windows/qazmail.iss with Inno Setup.
# macOS:   run the same on macOS: the spec also produces dist/QazMail.app.
set -euo pipefail
cd "$(dirname "$0")/.."
make -s setup
.venv/bin/python -m pip install --quiet "pyinstaller>=6"
rm -rf build/pyinstaller dist/qazmail-desktop
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN --workpath build/pyinstaller \
  --distpath dist installer/qazmail.spec
# Qt's offscreen and xcb platforms are kept; the bundle must not need Python on the machine
test -x dist/qazmail-desktop/qazmail-desktop
if [ "$(uname -s)" = Linux ] && command -v dpkg-deb >/dev/null; then
  bash installer/linux/make-deb.sh
fi
du -sh dist/qazmail-desktop | sed 's/^/bundle size: /'
