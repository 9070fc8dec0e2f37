"""Installs QazMail-Setup.exe silently on a Windows runner, checks what it registered, runs the bundle
smoke test on the installed copy, uninstalls, and checks what the uninstaller left behind.

    python .github/scripts/windows_installer_check.py dist\\QazMail-Setup.exe

The installation folder has Kazakh letters and spaces (…\\Бағдарламалар\\QazMail Әлия), as a user's
might. Checked after the install (all users, HKLM; `reg query` on HKEY_CLASSES_ROOT as Explorer
reads it):
- .cms .sig .p7s open with QazMail.Signature, whose command is `"…\\qazmail.exe" gui "%1"` (the
  window without a console; qazmail-desktop.exe beside it is the command line);
- .xml lists QazMail.Signature under OpenWithProgids, and its default program is the one it had;
- the uninstaller puts back the .p7s handler Windows had (P7SFile) and removes the ProgID.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from smoke_bundle import SmokeFailure, check, smoke

PROGID = "QazMail.Signature"
EXTENSIONS = (".cms", ".sig", ".p7s")


def classes_default(subkey: str) -> str | None:
    """The default value of HKEY_CLASSES_ROOT\\subkey (the merged HKCU+HKLM view Explorer uses)."""
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, subkey) as key:
            value, _kind = winreg.QueryValueEx(key, "")
            return str(value)
    except OSError:
        return None


def reg_query(*args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(["reg", "query", *args], check=False, capture_output=True, text=True, errors="replace")
    print(f"> reg query {' '.join(args)}\n{proc.stdout.strip()}", flush=True)
    return proc


def run_setup(command: list[str]) -> None:
    print("> " + " ".join(command), flush=True)
    proc = subprocess.run(command, check=False, timeout=600)
    check(proc.returncode == 0, f"{Path(command[0]).name} exited with {proc.returncode}")


def main(argv: list[str]) -> int:
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8")
    setup = Path(argv[0]).resolve()
    base = Path(os.environ.get("RUNNER_TEMP", Path.cwd()))
    target = base / "Бағдарламалар" / "QazMail Әлия"
    before = {ext: classes_default(ext) for ext in (*EXTENSIONS, ".xml")}
    print(f"defaults before: {before}", flush=True)
    try:
        run_setup([str(setup), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/ALLUSERS",
                   f"/DIR={target}", f"/LOG={base / 'qazmail-install.log'}"])  # fmt: skip
        exe = target / "qazmail.exe"
        check(exe.is_file() and (target / "qazmail-desktop.exe").is_file(), f"installed into {target}")

        for ext in EXTENSIONS:
            proc = reg_query(f"HKCR\\{ext}", "/ve")
            check(proc.returncode == 0 and PROGID in proc.stdout, f"{ext} opens with {PROGID}")
        proc = reg_query(f"HKCR\\{PROGID}\\shell\\open\\command", "/ve")
        check(proc.returncode == 0, f"{PROGID} has an open command")
        command = classes_default(f"{PROGID}\\shell\\open\\command") or ""
        check(command == f'"{exe}" gui "%1"', f"the open command is {command!r}")
        proc = reg_query("HKCR\\.xml\\OpenWithProgids", "/v", PROGID)
        check(proc.returncode == 0, ".xml offers QazMail under Open with")
        check(classes_default(".xml") == before[".xml"], f".xml's default stays {before['.xml']!r}")

        smoke(exe, base / "smoke-installed", expect_keyring=True)

        uninstaller = target / "unins000.exe"
        run_setup([str(uninstaller), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"])
        for _ in range(60):  # the uninstaller hands over to a copy of itself and returns at once
            if not exe.exists():
                break
            time.sleep(1)
        check(not exe.exists(), "the uninstaller removed the program")
        check(reg_query(f"HKCR\\{PROGID}").returncode != 0, f"{PROGID} is gone after uninstall")
        after = {ext: classes_default(ext) for ext in (*EXTENSIONS, ".xml")}
        check(after == before, f"every default handler is as before the install: {after}")
        check(reg_query("HKCR\\.xml\\OpenWithProgids", "/v", PROGID).returncode != 0, ".xml no longer lists it")
    except SmokeFailure as exc:
        print(exc, file=sys.stderr)
        return 1
    print("Windows installer check passed", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
