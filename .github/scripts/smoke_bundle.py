"""Smoke test of a built QazMail bundle or installed copy, as the release workflow runs it on each OS.

    python .github/scripts/smoke_bundle.py PATH/TO/qazmail-desktop[.exe] [--expect-keyring]

Needs nothing but the Python standard library and the executable under test (no QazMail package,
no NCA test material: the keys come from the bundle's own demo PKI, `serve --demo`). Checks, with a
profile, documents and outputs under a folder named like C:\\Users\\Әлия Сәрсенқызы\\Менің құжаттарым:

1. `--version` names the version and says "native GOST: yes" (the C extensions are in the bundle);
2. the demo PKI starts (`serve --demo`): its keys, TSA and OCSP responder on loopback;
3. `sign` (attached, with a time-stamp; detached) and `verify --json` give "valid" with the native code;
4. `account add` stores the account's password in the OS keyring (`--expect-keyring`: on Windows the
   Credential Locker, keyring.backends.Windows.WinVaultKeyring) and `account remove` takes it out;
5. neither the key's password nor the account's is found in any file of the profile or of the
   temporary folders the program used (as UTF-8 or as Windows' UTF-16).
Exit 0 when every check passed; the first failure is printed with what the program said.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

DEMO_KEY_PASSWORD = "Qwerty12"  # the demo PKI's keys (qazmail_desktop.server.pki.DEMO_PASSWORD)
ACCOUNT_PASSWORD = "smoke-Пароль-" + os.urandom(6).hex()  # unique to this run
HOME_PARTS = ("Users", "Әлия Сәрсенқызы", "Менің құжаттарым")
DOCUMENT = "Шарт № 5: 1 200 000 ₸\nҚазақша: әғқңөұүһі\n".encode()


class SmokeFailure(Exception):
    pass


def check(condition: bool, what: str, proc: subprocess.CompletedProcess[str] | None = None) -> None:
    if not condition:
        said = f"\n--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}" if proc is not None else ""
        raise SmokeFailure(f"FAILED: {what}{said}")
    print(f"ok: {what}", flush=True)


class Bundle:
    def __init__(self, exe: Path, profile: Path, temp: Path) -> None:
        self.exe, self.profile, self.temp = exe, profile, temp
        self.env = {
            **os.environ,
            "LANGUAGE": "",
            "QAZMAIL_SMOKE_KEY_PW": DEMO_KEY_PASSWORD,
            "QAZMAIL_SMOKE_ACCOUNT_PW": ACCOUNT_PASSWORD,
            # every temporary file the program makes lands where step 5 looks
            "TMP": str(temp),
            "TEMP": str(temp),
            "TMPDIR": str(temp),
        }
        self.env.pop("QAZMAIL_PROFILE", None)
        if sys.platform == "linux":
            self.env["LC_ALL"] = "C.UTF-8"
        elif sys.platform == "darwin":
            self.env["LC_ALL"] = "en_US.UTF-8"

    def command(self, *args: str | Path) -> list[str]:
        return [str(self.exe), "--lang", "en", "--profile", str(self.profile), *map(str, args)]

    def run(self, *args: str | Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*args),
            check=False,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=self.env,
            timeout=timeout,
        )


def wait_for_demo_pki(data: Path, server: subprocess.Popen[bytes], seconds: float = 120) -> str:
    """The demo PKI's base URL once its keys are written and its HTTP port answers."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SmokeFailure(f"FAILED: `serve --demo` exited with {server.returncode}")
        state = data / "pki" / "state.json"
        if (data / "keys" / "anna_sign.p12").is_file() and state.is_file():
            try:
                base_url = str(json.loads(state.read_text(encoding="utf-8"))["base_url"])
                parts = urlsplit(base_url)
                with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80), timeout=2):
                    return base_url
            except (OSError, ValueError, KeyError):
                pass
        time.sleep(1)
    raise SmokeFailure("FAILED: the demo PKI did not start within two minutes")


def secrets_on_disk(folders: Sequence[Path], secrets: Sequence[str], since: float, skip: Path) -> list[str]:
    """Files written since ``since`` (the system's temporary folder holds older ones of other programs)
    that hold one of ``secrets`` as UTF-8 or UTF-16, ``skip`` (the demo server's log) apart."""
    found = []
    forms = [(s, form) for s in secrets for form in (s.encode(), s.encode("utf-16-le"))]
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                path = Path(root) / name
                try:
                    info = path.stat()
                    if path == skip or info.st_mtime < since or info.st_size > 256 * 1024 * 1024:
                        continue
                    data = path.read_bytes()
                except OSError:  # in use by another program, gone meanwhile
                    continue
                found += [f"{secret!r} in {path}" for secret, form in forms if form in data]
    return found


def smoke(exe: Path, work: Path, expect_keyring: bool) -> None:
    started = time.time() - 2  # file times may be coarser than the clock
    home = work.joinpath(*HOME_PARTS)
    home.mkdir(parents=True, exist_ok=True)
    temp = home / "Уақытша файлдар"
    temp.mkdir(exist_ok=True)
    bundle = Bundle(exe, home / "QazMail профилі", temp)

    proc = bundle.run("--version")
    check(proc.returncode == 0 and proc.stdout.startswith("qazmail-desktop "), "--version runs", proc)
    check("native GOST: yes" in proc.stdout, "--version says 'native GOST: yes'", proc)
    top = exe.resolve().parent  # a macOS .app keeps its libraries beside Contents/MacOS, not in it
    top = next((p for p in (top, *top.parents) if p.name == "Contents"), top)
    natives = [p.name for p in top.rglob("_gost3410*") if p.suffix in (".pyd", ".so")]
    check(bool(natives), f"the GOST 34.10 extension is in the bundle ({', '.join(natives) or 'none'})")

    data = home / "Демо сервер"
    log_path = work / "serve.log"
    log = log_path.open("wb")  # outside the folders searched below: it prints the demo password
    server = subprocess.Popen(
        bundle.command("serve", "--data", data, "--demo", "--imap-port", "0", "--smtp-port", "0", "--http-port", "0"),
        stdout=log,
        stderr=subprocess.STDOUT,
        env=bundle.env,
    )
    try:
        base_url = wait_for_demo_pki(data, server)
        check(True, f"the demo PKI answers at {base_url}")
        pki, key = data / "pki", data / "keys" / "anna_sign.p12"
        proc = bundle.run("trust", "add", pki / "demo_root.cer", pki / "demo_ca.cer")
        check(proc.returncode == 0, "trust add of the demo CAs", proc)

        doc = home / "Шарт № 5 — акт.txt"
        doc.write_bytes(DOCUMENT)
        signed = home / "Шарт № 5 — акт.txt.cms"
        proc = bundle.run("sign", doc, "--key", key, "--password-env", "QAZMAIL_SMOKE_KEY_PW",
                          "--tsa", f"{base_url}/tsp", "-o", signed)  # fmt: skip
        check(proc.returncode == 0 and signed.is_file(), "sign (attached, CAdES-T) with the demo key", proc)
        proc = bundle.run("verify", signed, "--json")
        verdict = json.loads(proc.stdout) if proc.stdout.startswith("{") else {}
        signers = verdict.get("signers") or [{}]
        check(
            proc.returncode == 0 and verdict.get("valid") is True and signers[0].get("status") == "valid",
            f"verify says valid ({signers[0].get('name', '?')}, {signers[0].get('time_source', '?')})",
            proc,
        )
        extracted = home / "Шарт (шығарылған).txt"
        proc = bundle.run("verify", signed, "--extract", extracted)
        check(proc.returncode == 0 and extracted.read_bytes() == DOCUMENT, "verify --extract gives the document", proc)

        detached = home / "Шарт № 5 — акт.txt.sig"
        proc = bundle.run("sign", doc, "--key", key, "--password-env", "QAZMAIL_SMOKE_KEY_PW", "--detached",
                          "-o", detached)  # fmt: skip
        check(proc.returncode == 0, "sign --detached", proc)
        proc = bundle.run("verify", detached, "--data", doc)
        check(proc.returncode == 0 and "[VALID]" in proc.stdout, "verify --data of the detached signature", proc)
        doc.write_bytes(DOCUMENT + b"changed")
        proc = bundle.run("verify", detached, "--data", doc)
        check(proc.returncode == 1 and "CONTENT_MODIFIED" in proc.stdout, "a changed document is caught", proc)

        proc = bundle.run("account", "add", "smoke", "--email", "anna@altyn.kz", "--imap", "127.0.0.1:1",
                          "--smtp", "127.0.0.1:2", "--user", "anna@altyn.kz", "--security", "none",
                          "--password-env", "QAZMAIL_SMOKE_ACCOUNT_PW")  # fmt: skip
        check(proc.returncode == 0, "account add", proc)
        in_keyring = "stored in the OS keyring" in proc.stderr
        print(f"   account add said: {proc.stderr.strip()}", flush=True)
        if expect_keyring:
            check(in_keyring, "the account's password went into the OS keyring", proc)
        proc = bundle.run("account", "remove", "smoke")
        check(proc.returncode == 0, "account remove (and its keyring entry)", proc)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()

    searched = [bundle.profile, temp, Path(tempfile.gettempdir())]
    leaks = secrets_on_disk(searched, [DEMO_KEY_PASSWORD, ACCOUNT_PASSWORD], started, log_path.resolve())
    check(not leaks, "no password in the profile or the temporary folders: " + ("; ".join(leaks) or "none found"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exe", type=Path, help="the bundle's or the installed qazmail-desktop executable")
    parser.add_argument("--work", type=Path, help="a folder for the run (default: a new temporary one)")
    parser.add_argument("--expect-keyring", action="store_true", help="fail unless the OS keyring took the password")
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # Kazakh file names in the log, whatever the runner's code page
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8")
    work = args.work or Path(tempfile.mkdtemp(prefix="qazmail-smoke-", dir=Path.cwd()))
    try:
        smoke(args.exe.resolve(), work.resolve(), args.expect_keyring)
    except SmokeFailure as exc:
        print(exc, file=sys.stderr)
        return 1
    print("smoke test passed", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
