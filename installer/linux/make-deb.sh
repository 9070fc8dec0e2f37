#!/usr/bin/env bash
# Packs dist/qazmail-desktop/ into dist/qazmail-desktop_VERSION_ARCH.deb (installs under /opt).
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(.venv/bin/python -c "import qazmail_desktop; print(qazmail_desktop.__version__)")
arch=$(dpkg --print-architecture)
root=build/deb
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps"
cp -a dist/qazmail-desktop "$root/opt/qazmail-desktop"
ln -s /opt/qazmail-desktop/qazmail-desktop "$root/usr/bin/qazmail-desktop"
cp installer/linux/qazmail-desktop.desktop "$root/usr/share/applications/"
cp resources/icons/qazmail.svg "$root/usr/share/icons/hicolor/scalable/apps/qazmail-desktop.svg"
cat > "$root/DEBIAN/control" <<CONTROL
Package: qazmail-desktop
Version: $version
Section: mail
Priority: optional
Architecture: $arch
Maintainer: QazMail Desktop developers <dev@qazmail.kz>
Depends: libegl1, libgl1, libxkbcommon0, libfontconfig1, libdbus-1-3, libxcb-cursor0
Description: mail client with Kazakh EDS (NCA) signing and offline verification
 Syncs IMAP mail for offline reading and search, signs and verifies letters and documents
 with NCA GOST 34.10-2015 and RSA keys, and runs a demo server on loopback.
CONTROL
dpkg-deb --build --root-owner-group "$root" "dist/qazmail-desktop_${version}_${arch}.deb" >/dev/null
echo "built dist/qazmail-desktop_${version}_${arch}.deb"
