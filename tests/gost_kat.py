"""The known-answer program of the GOST 34.10 C core (tests/native/gost3410_kat.c): built by a given
compiler on a given limb arithmetic, run natively or, built for Windows, under Wine. The tests
(tests/test_native_builds.py) check its answers; bench/ times it."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from qazmail_desktop.crypto import gost3410

REPO = Path(__file__).resolve().parent.parent
CRYPTO = REPO / "qazmail_desktop" / "crypto"
KAT_SOURCE = REPO / "tests" / "native" / "gost3410_kat.c"
LIMBS = {"int128": 1, "x64-intrinsics": 2, "portable": 3}  # GOST_LIMBS in _gost3410_limbs.h
MINGW = "x86_64-w64-mingw32-gcc"
WINE_PLACES = ("/usr/lib/wine/wine64", "/usr/lib64/wine/wine64")  # Debian's wine64 has no wrapper on PATH


def hex_number(value: int) -> str:
    return f"{value:x}"


def curve_line(curve: gost3410.Curve) -> str:
    """The program's "curve" line: the numbers the extension's constructor takes."""
    limbs, p, c, q, q_r2, q_one, q_inv, b, gx, gy = gost3410.native_parameters(curve)
    numbers = [int.from_bytes(p, "little"), c, *(int.from_bytes(v, "little") for v in (q, q_r2, q_one)), q_inv]
    numbers += [int.from_bytes(v, "little") for v in (b, gx, gy)]
    return " ".join(["curve", str(limbs), *map(hex_number, numbers)])


def find_tool(name: str, *places: str) -> str | None:
    return shutil.which(name) or next((p for p in places if Path(p).is_file()), None)


def build(compiler: str, output: Path, limbs: str | None) -> subprocess.CompletedProcess[str]:
    """The program by ``compiler``, on ``limbs`` (None: the compiler's own choice), optimised as
    the extension is."""
    defines = [f"-DGOST_LIMBS={LIMBS[limbs]}"] if limbs else []
    command = [compiler, "-O2", "-Wall", "-Wno-unused-function", *defines, f"-I{CRYPTO}", "-o", str(output)]
    return subprocess.run([*command, str(KAT_SOURCE)], capture_output=True, text=True, timeout=300)


def wine_environment(prefix: Path) -> dict[str, str]:
    """Wine with a prefix of its own (made on first use), without a display or Mono/Gecko prompts."""
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    return env | {"WINEPREFIX": str(prefix), "WINEDEBUG": "-all", "WINEDLLOVERRIDES": "mscoree,mshtml="}


def run(command: list[str], vectors: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    ran = subprocess.run(command, input=vectors, capture_output=True, text=True, timeout=600, env=env)
    return ran.returncode, ran.stdout.replace("\r\n", "\n")
