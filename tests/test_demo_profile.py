"""The demo never touches the user's real profile: `qazmail-desktop --demo` (what `make demo` runs)
without --profile works in a profile of its own, where it trusts the demo CAs and adds its accounts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qazmail_desktop.profile import ENV_VAR, Profile


def test_the_demo_profile_is_not_the_users(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    real, demo = Profile.resolve(), Profile.resolve(demo=True)
    assert real.root.parent == demo.root.parent == tmp_path and real.root != demo.root
    assert Profile.resolve(str(tmp_path / "chosen"), demo=True).root == tmp_path / "chosen"  # a choice wins


def test_make_demo_leaves_the_real_profile_alone(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    env.update(XDG_DATA_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    demo = subprocess.Popen(
        [sys.executable, "-m", "qazmail_desktop", "--demo"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    trusted = tmp_path / "QazMail Desktop Demo" / "trust" / "demo_ca.cer"
    deadline = time.monotonic() + 120  # a bound on a hang, not a speed check
    while not trusted.exists() and demo.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    demo.send_signal(signal.SIGTERM)
    _out, err = demo.communicate(timeout=60)
    assert trusted.exists(), err.decode()
    assert not (tmp_path / "QazMail Desktop").exists()  # the user's profile: not even created
