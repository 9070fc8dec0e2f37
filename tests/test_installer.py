"""The self-contained bundle: built by installer/build.sh, run with an empty environment (no Python
on PATH, no virtualenv): it prints its version and verifies a Kalkan CMS from the NCA material."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from qazmail_desktop import __version__

REPO = Path(__file__).resolve().parent.parent
BUNDLE = REPO / "dist" / "qazmail-desktop" / "qazmail-desktop"


@pytest.fixture(scope="module")
def bundle() -> Path:
    proc = subprocess.run(["bash", "installer/build.sh"], cwd=REPO, capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert BUNDLE.is_file()
    return BUNDLE


@pytest.mark.slow
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


@pytest.mark.slow
def test_debian_package(bundle: Path) -> None:
    debs = list((REPO / "dist").glob("qazmail-desktop_*.deb"))
    assert debs, "installer/build.sh makes a .deb on Debian"
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(debs[0])], capture_output=True, text=True, check=True
    ).stdout
    assert "./opt/qazmail-desktop/qazmail-desktop" in listing
    assert "./usr/share/applications/qazmail-desktop.desktop" in listing


@pytest.mark.integration
def test_a_wheel_carries_translations_icons_trust_store_and_fonts(tmp_path: Path) -> None:
    """`pip wheel .` used to ship none of them (they lay outside the package): an installed QazMail
    was English-only, icon-less, and could not draw a document card."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            str(REPO),
            "-w",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    (wheel,) = tmp_path.glob("qazmail_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "qazmail_desktop/data/i18n/qazmail_kk.qm",
        "qazmail_desktop/data/i18n/qazmail_ru.qm",
        "qazmail_desktop/data/icons/qazmail.svg",
        "qazmail_desktop/data/trust/root_gost_2015.cer",
        "qazmail_desktop/data/fonts/DejaVuSans.ttf",
    ):
        assert needed in names, needed
