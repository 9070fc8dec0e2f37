"""The GOST 34.10 C code on every path a compiler can take it, checked here.

Windows' Python and its wheels are built with MSVC, which has no 128-bit integer: there the limb
arithmetic is _umul128/_addcarry_u64 ("x64-intrinsics"), and a compiler with neither takes the
portable C ("portable"). GCC here builds the 128-bit path. So the same arithmetic, exactly as the
extension includes it (qazmail_desktop/crypto/_gost3410_curve.h), is built as a known-answer
program (tests/native/gost3410_kat.c) by GCC on every path, by tcc (no 128-bit type: it must pick
the portable path by itself), and by MinGW-w64 as a Windows program on every path it can take, run
under Wine: the Windows ABI (LLP64, its calling convention, its C runtime) with the intrinsics MSVC
uses. And a whole extension built portable runs the GOST known-answer and cross-check tests
(OpenSSL's GOST engine), as a wheel built by MSVC would have to pass them.

The vectors have provenance outside our code: public keys and signatures with a given nonce from
gostcrypto (an independent implementation), verification against the real signatures of the NCA's
test certificates (made by the NCA's Kalkan), and forged ones that must be refused.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import gostcrypto.gostsignature as gsig
import pytest

from qazmail_desktop.crypto import certificates, gost3410
from tests import gost_kat
from tests.conftest import NCA, REPO
from tests.gost_kat import hex_number as _hex

# gostcrypto's names of our two curves (CryptoPro-A is TC26's 256-bit paramSetB)
INDEPENDENT = {
    gost3410.TC26_512_A.name: (gsig.MODE_512, "id-tc26-gost-3410-12-512-paramSetA"),
    gost3410.CRYPTOPRO_A.name: (gsig.MODE_256, "id-tc26-gost-3410-2012-256-paramSetB"),
}
# certificate, issuer: real GOST signatures made by the NCA's test CAs
NCA_SIGNED = {
    gost3410.TC26_512_A.name: [
        ("cms/individual_signer.cer", "ca/nca_gost2022_test.cer"),
        ("cms/legal_entity_signer.cer", "ca/nca_gost2022_test.cer"),
        ("ca/nca_gost2022_test.cer", "ca/root_test_gost_2022.cer"),
        ("ca/root_test_gost_2022.cer", "ca/root_test_gost_2022.cer"),
    ],
    gost3410.CRYPTOPRO_A.name: [
        ("legacy-2004/ca/nca_gost_test_3.0.cer", "legacy-2004/ca/root_gost_test.cer"),
        ("legacy-2004/ca/root_gost_test.cer", "legacy-2004/ca/root_gost_test.cer"),
    ],
}


def _independent_lines(curve: gost3410.Curve, rng: random.Random) -> list[str]:
    """Public keys and signatures with a given nonce, computed by gostcrypto: big-endian in and out
    (a signature is r || s); its e is the digest read big-endian, ours little-endian, so it is
    given the digest reversed."""
    mode, name = INDEPENDENT[curve.name]
    signer = gsig.new(mode, gsig.CURVES_R_1323565_1_024_2019[name])
    size = curve.size
    lines = []
    nonces = [rng.randrange(1, curve.q) for _ in range(6)] + [1, 2, 16, 17, 31, 32, 33, curve.q - 1]
    for k in nonces:
        d = rng.randrange(1, curve.q)
        digest = rng.randbytes(size)
        public = bytes(signer.public_key_generate(bytearray(d.to_bytes(size, "big"))))
        x, y = int.from_bytes(public[:size], "big"), int.from_bytes(public[size:], "big")
        lines.append(f"pub {_hex(d)} {_hex(x)} {_hex(y)}")
        signature = bytes(
            signer.sign(bytearray(d.to_bytes(size, "big")), bytearray(digest[::-1]), bytearray(k.to_bytes(size, "big")))
        )
        r, s = int.from_bytes(signature[:size], "big"), int.from_bytes(signature[size:], "big")
        e = gost3410._digest_scalar(digest, curve)
        lines.append(f"sign {_hex(d)} {_hex(e)} {_hex(k)} {_hex(r)} {_hex(s)}")
    return lines


def _verify_line(curve: gost3410.Curve, point: tuple[int, int], e: int, r: int, s: int, expect: bool) -> str:
    v = pow(e, -1, curve.q)
    z1, z2 = s * v % curve.q, (curve.q - r) * v % curve.q
    return f"verify {_hex(z1)} {_hex(z2)} {_hex(point[0])} {_hex(point[1])} {_hex(r)} {int(expect)}"


def _nca_lines(curve: gost3410.Curve) -> list[str]:
    """The NCA's own signatures on its test certificates, each also forged (r + 1) to be refused."""
    lines = []
    for child, parent in NCA_SIGNED[curve.name]:
        cert = certificates.load_certificate_file(NCA / child)
        key = certificates.public_key(certificates.load_certificate_file(NCA / parent))
        assert isinstance(key, certificates.GostPublicKey)
        assert key.curve == curve
        algorithm = cert["signature_algorithm"]["algorithm"].dotted
        r, s = certificates.gost_signature_from_bytes(cert["signature_value"].native, algorithm, curve.size)
        e = gost3410._digest_scalar(key.scheme.digest(certificates.der(cert["tbs_certificate"])), curve)
        lines.append(_verify_line(curve, key.point, e, r, s, expect=True))
        lines.append(_verify_line(curve, key.point, e, (r + 1) % curve.q, s, expect=False))
    return lines


@cache
def kat_vectors() -> str:
    rng = random.Random(20261205)  # fixed: the same vectors in every run
    lines = []
    for curve in (gost3410.TC26_512_A, gost3410.CRYPTOPRO_A):
        lines.append(gost_kat.curve_line(curve))
        lines += _independent_lines(curve, rng)
        lines += _nca_lines(curve)
    return "\n".join(lines) + "\n"


def _vector_count() -> int:
    return sum(1 for line in kat_vectors().splitlines() if not line.startswith("curve"))


def _tool(name: str, package: str, *places: str) -> str:
    found = gost_kat.find_tool(name, *places)
    if found is None:
        pytest.fail(f"{name} is missing: run `make test`, which installs {package}")
    return found


def _build_kat(compiler: str, output: Path, limbs: str | None) -> None:
    built = gost_kat.build(compiler, output, limbs)
    assert built.returncode == 0, built.stderr


@pytest.mark.parametrize(("limbs", "expected"), [(None, "int128"), ("portable", "portable")])
def test_gcc_builds_pass_the_known_answers(tmp_path: Path, limbs: str | None, expected: str) -> None:
    program = tmp_path / "kat"
    _build_kat(_tool("gcc", "gcc"), program, limbs)
    code, out = gost_kat.run([str(program)], kat_vectors())
    assert (code, out) == (0, f"limbs {expected}\nok {_vector_count()}\n")


def test_the_program_fails_a_wrong_answer(tmp_path: Path) -> None:
    """A known answer changed by one in each kind of line is reported, not passed over."""
    program = tmp_path / "kat"
    _build_kat(_tool("gcc", "gcc"), program, "portable")
    lines = kat_vectors().splitlines()
    changed = {
        kind: next(i for i, line in enumerate(lines) if line.startswith(kind)) for kind in ("pub", "sign", "verify")
    }
    for kind, index in changed.items():
        words = lines[index].split()
        last = -2 if kind == "verify" else -1  # a verify line ends with its expectation
        words[last] = _hex(int(words[last], 16) ^ 1)
        lines[index] = " ".join(words)
    code, out = gost_kat.run([str(program)], "\n".join(lines) + "\n")
    assert code == 1
    assert [line.split()[-1] for line in out.splitlines() if line.startswith("FAIL")] == ["pub", "sign", "verify"]


def test_tcc_without_a_128_bit_type_takes_the_portable_path(tmp_path: Path) -> None:
    program = tmp_path / "kat"
    _build_kat(_tool("tcc", "tcc"), program, None)
    code, out = gost_kat.run([str(program)], kat_vectors())
    assert (code, out) == (0, f"limbs portable\nok {_vector_count()}\n")


@pytest.fixture(scope="module")
def wine(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    return _tool("wine64", "wine64", *gost_kat.WINE_PLACES), gost_kat.wine_environment(tmp_path_factory.mktemp("wine"))


@pytest.mark.parametrize(
    ("limbs", "expected"), [(None, "int128"), ("x64-intrinsics", "x64-intrinsics"), ("portable", "portable")]
)
def test_windows_builds_pass_the_known_answers_under_wine(
    tmp_path: Path, wine: tuple[str, dict[str, str]], limbs: str | None, expected: str
) -> None:
    program = tmp_path / "kat.exe"
    _build_kat(_tool(gost_kat.MINGW, "gcc-mingw-w64-x86-64"), program, limbs)
    assert program.read_bytes()[:2] == b"MZ"  # a Windows executable
    command, env = wine
    code, out = gost_kat.run([command, str(program)], kat_vectors(), env)
    assert (code, out) == (0, f"limbs {expected}\nok {_vector_count()}\n")


def _copy_of_the_tree(target: Path) -> Path:
    ignore = shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.so", "*.pyd", ".*_cache"
    )
    shutil.copytree(REPO, target, ignore=ignore)
    return target


def test_a_build_without_extensions_says_so_and_a_portable_build_passes_the_gost_tests(
    tmp_path: Path, openssl_gost: list[str]
) -> None:
    """A tree built without the C extensions says "native GOST: no" and warns at start; built with
    the portable arithmetic (as a compiler without 128-bit integers takes it), its extension passes
    the GOST known-answer tests, the comparison with the Python reference and the cross-checks with
    OpenSSL's GOST engine."""
    del openssl_gost  # the cross-check tests below need the engine
    tree = _copy_of_the_tree(tmp_path / "tree")
    env = {**os.environ, "PYTHONPATH": str(tree), "QAZMAIL_NCA_TEST": str(NCA), "LANGUAGE": "", "LC_ALL": "C.UTF-8"}
    plain = subprocess.run(
        [sys.executable, "-m", "qazmail_desktop", "--version"], cwd=tree, env=env, capture_output=True, text=True
    )
    assert plain.returncode == 0
    assert "native GOST: no" in plain.stdout
    assert "native GOST is missing" in plain.stderr and "30-100 times slower" in plain.stderr

    build_env = {**env, "QAZMAIL_GOST_LIMBS": "portable", "QAZMAIL_REQUIRE_NATIVE": "1"}
    built = subprocess.run(
        [sys.executable, "setup.py", "-q", "build_ext", "--inplace"],
        cwd=tree,
        env=build_env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    version = subprocess.run(
        [sys.executable, "-m", "qazmail_desktop", "--version"], cwd=tree, env=env, capture_output=True, text=True
    )
    assert "native GOST: yes (portable arithmetic)" in version.stdout
    assert version.stderr == ""
    tests = ["tests/test_gost3410.py", "tests/test_gost2004.py", "tests/test_openssl_gost.py"]
    ran = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert ran.returncode == 0, ran.stdout[-3000:]
    assert "skipped" not in ran.stdout.splitlines()[-1]


def test_an_unknown_limb_arithmetic_is_refused() -> None:
    env = {**os.environ, "QAZMAIL_GOST_LIMBS": "int256"}
    ran = subprocess.run(
        [sys.executable, str(REPO / "setup.py"), "--name"], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert ran.returncode != 0
    assert "QAZMAIL_GOST_LIMBS must be one of int128, x64-intrinsics, portable" in ran.stderr
