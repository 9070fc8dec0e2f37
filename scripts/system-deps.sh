#!/usr/bin/env bash
# Installs the Debian packages the test suite talks to, when they are missing:
#   dovecot-imapd          a real IMAP server for the sync engine's integration tests
#   libengine-gost-openssl OpenSSL's GOST engine, the independent GOST implementation
#   isync                  mbsync, a real third-party IMAP client (embedded server, benchmarks)
#   libssl-dev             headers for bench/gost_peer.c, the GOST engine's in-process benchmark peer
#   poppler-utils          pdftoppm, pdftotext, pdfdetach: another PDF reader renders and unpacks document cards
#   zbar-tools             zbarimg: an independent QR decoder reads a card's printed signature back
#   xmlsec1                xmlsec's command line: an independent XMLDSig verifier for signed XML
#   gcc-mingw-w64-x86-64 wine64  the GOST arithmetic built as a Windows program and run (tests/test_native_builds.py)
#   tcc                    a C compiler without a 128-bit integer type: the portable GOST arithmetic
#   libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3  what Qt's offscreen platform loads
set -euo pipefail
need=()
dpkg -s dovecot-imapd >/dev/null 2>&1 || need+=(dovecot-imapd)
dpkg -s libengine-gost-openssl >/dev/null 2>&1 || need+=(libengine-gost-openssl)
dpkg -s isync >/dev/null 2>&1 || need+=(isync)
dpkg -s libssl-dev >/dev/null 2>&1 || need+=(libssl-dev)
dpkg -s poppler-utils >/dev/null 2>&1 || need+=(poppler-utils)
dpkg -s zbar-tools >/dev/null 2>&1 || need+=(zbar-tools)
dpkg -s xmlsec1 >/dev/null 2>&1 || need+=(xmlsec1)
dpkg -s gcc-mingw-w64-x86-64 >/dev/null 2>&1 || need+=(gcc-mingw-w64-x86-64)
dpkg -s wine64 >/dev/null 2>&1 || need+=(wine64)
dpkg -s tcc >/dev/null 2>&1 || need+=(tcc)
for lib in libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3; do
  dpkg -s "$lib" >/dev/null 2>&1 || need+=("$lib")
done
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "system-deps: need root to install: ${need[*]}" >&2; exit 2; fi
echo "system-deps: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
