"""The self-contained bundle: built by installer/build.sh, run with an empty environment (no Python
on PATH, no virtualenv): it prints its version and verifies a Kalkan CMS from the NCA material."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from qazmail_desktop import __version__

REPO = Path(__file__).resolve().parent.parent
BUNDLE = REPO / "dist" / "qazmail-desktop" / "qazmail-desktop"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle() -> Path:
    proc = subprocess.run(["bash", "installer/build.sh"], cwd=REPO, capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert BUNDLE.is_file()
    return BUNDLE


def test_bundle_runs_without_python(bundle: Path, nca: Path, tmp_path: Path) -> None:
    empty_env = {"HOME": str(tmp_path)}
    proc = subprocess.run([str(bundle), "--version"], env=empty_env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == f"qazmail-desktop {__version__}"
    proc = subprocess.run(
        [
            str(bundle),
            "--profile",
            str(tmp_path / "p"),
            "verify",
            str(nca / "cms" / "legal_entity_attached.der"),
            "--trust",
            str(nca / "ca"),
            "--crl",
            str(nca / "crl" / "nca_gost2022_test.crl"),
            "--offline",
            "--json",
        ],
        env=empty_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    (signer,) = json.loads(proc.stdout)["signers"]
    assert signer["status"] == "valid" and signer["bin"] == "123456789021"
    # the compiled Streebog extension is in the bundle, not the slow fallback
    assert list(bundle.parent.rglob("_streebog*.so")) or list(bundle.parent.rglob("_streebog*.pyd"))


def test_debian_package(bundle: Path) -> None:
    debs = list((REPO / "dist").glob("qazmail-desktop_*.deb"))
    assert debs, "installer/build.sh makes a .deb on Debian"
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(debs[0])], capture_output=True, text=True, check=True
    ).stdout
    assert "./opt/qazmail-desktop/qazmail-desktop" in listing
    assert "./usr/share/applications/qazmail-desktop.desktop" in listing
