"""The self-contained bundle: built by installer/build.sh, run with an empty environment (no Python
on PATH, no virtualenv): it prints its version and verifies a Kalkan CMS from the NCA material."""

from __future__ import annotations

import json
import shutil
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
    assert proc.returncode == 0
    version, native = proc.stdout.splitlines()
    assert version == f"qazmail-desktop {__version__}"
    assert native.startswith("native GOST: yes (")  # the bundle carries the C extensions
    assert proc.stderr == ""  # and finds them at start: no warning of a missing native GOST
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
    was English-only, icon-less, and could not draw a document card. They live in the top-level
    resources/ and install as qazmail_desktop/data/ (pyproject.toml), where resources_dir() looks.

    The wheel is built from a copy of the build's inputs: an in-place build reuses build/lib, whose
    files from earlier builds would hide a resource or a package the configuration leaves out."""
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(REPO / name, source / name)
    for folder in ("qazmail_desktop", "resources"):
        shutil.copytree(REPO / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            str(source),
            "-w",
            str(tmp_path / "wheel"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    (wheel,) = (tmp_path / "wheel").glob("qazmail_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "qazmail_desktop/data/i18n/qazmail_kk.qm",
        "qazmail_desktop/data/i18n/qazmail_ru.qm",
        "qazmail_desktop/data/i18n/qazmail_en.qm",
        "qazmail_desktop/data/i18n/qazmail_kk.ts",  # the command line reads its sentences from the .ts
        "qazmail_desktop/data/icons/qazmail.svg",
        "qazmail_desktop/data/trust/root_gost_2015.cer",
        "qazmail_desktop/data/trust/sources.json",
        "qazmail_desktop/data/fonts/DejaVuSans.ttf",
    ):
        assert needed in names, needed
    shipped = {
        f"qazmail_desktop/data/{p.relative_to(REPO / 'resources').as_posix()}"
        for p in (REPO / "resources").rglob("*")
        if p.is_file()
    }
    assert shipped - names == set()
    # pyproject.toml lists the code packages by name (the mapped data package needs it): none left out
    packages = {p.parent.relative_to(REPO).as_posix() for p in (REPO / "qazmail_desktop").rglob("__init__.py")}
    assert {f"{p}/__init__.py" for p in packages} - names == set()

    # unpacked as pip would install it, the package finds its resources inside itself
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = "import sys; sys.path.insert(0, sys.argv[1]); from qazmail_desktop.resources import resources_dir; print(resources_dir())"
    proc = subprocess.run(
        [sys.executable, "-c", probe, str(site)], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert Path(proc.stdout.strip()) == site / "qazmail_desktop" / "data"
