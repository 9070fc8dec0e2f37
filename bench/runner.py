"""The benchmark runner: each measure runs the project and its peer in the same run, on the same
input, and reports both figures and their ratio (project / peer for times, so below 1 is faster).

Quick mode (--quick) uses smaller inputs so the whole run stays under five minutes on two cores.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from qazmail_desktop.crypto import cms, gost3410, keys, streebog  # noqa: E402
from qazmail_desktop.crypto import verify as v  # noqa: E402
from qazmail_desktop.crypto.content import Content  # noqa: E402
from qazmail_desktop.store.cache import Cache, IncomingMessage  # noqa: E402
from qazmail_desktop.store.mailparse import summarize  # noqa: E402
from qazmail_desktop.sync.engine import MailEngine  # noqa: E402
from qazmail_desktop.sync.secrets import SecretStore  # noqa: E402
from tests import gost_kat  # noqa: E402
from tests.accounts import make_account  # noqa: E402
from tests.dovecot import Dovecot  # noqa: E402
from tests.mailgen import letter  # noqa: E402

NCA = Path(os.environ.get("QAZMAIL_NCA_TEST", REPO.parent / "shared" / "nca-test"))
GOST_ENV = {**os.environ, "OPENSSL_CONF": "/dev/null"}
PYTHON = sys.executable


@dataclass
class Row:
    measure: str
    ours: float
    peer: float | None
    unit: str
    peer_name: str
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.ours / self.peer if self.peer else None


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def per_operation(cmd: list[str], count: int, env: dict[str, str] | None = None) -> float:
    """Seconds per run of a command, over ``count`` runs (for peers whose CLI has no loop)."""
    return timed(lambda: [run(cmd, env=env) for _ in range(count)]) / count


def run(
    cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=cwd)


# mail sync ----------------------------------------------------------------------------------
def _seed_maildir(server: Dovecot, user: str, total: int, size: int) -> None:
    """Write the mailbox straight into Dovecot's Maildir++ (fast), three folders."""
    base = server.maildir(user)
    folders = {"": 0.6, ".Archive": 0.3, ".Sent": 0.1}
    n = 0
    for folder, share in folders.items():
        for sub in ("cur", "new", "tmp"):
            (base / folder / sub).mkdir(parents=True, exist_ok=True)
        for _ in range(int(total * share)):
            raw = letter(n, attach=n % 5 == 0, size_hint=size)
            (base / folder / "cur" / f"{1700000000 + n}.M{n}P1.bench:2,{'S' if n % 3 else ''}").write_bytes(raw)
            n += 1
    server.fix_ownership()


def _mbsync_command(mbsync: str, work: Path, name: str, port: int) -> list[str]:
    """An mbsync run pulling every folder into a new Maildir ``work/name``. FSync off, as the cache
    does not fsync letters it can fetch again (with its default FSync on, mbsync is slower still:
    the stronger peer is the fair one)."""
    maildir = work / name
    maildir.mkdir()
    config = work / f"{name}.rc"
    config.write_text(
        f"FSync no\n\nIMAPAccount a\nHost 127.0.0.1\nPort {port}\nUser bench@example.kz\nPass pw\n"
        f"SSLType None\nAuthMechs LOGIN\n\nIMAPStore r\nAccount a\n\nMaildirStore l\n"
        f"Path {maildir}/\nInbox {maildir}/INBOX\nSubFolders Verbatim\n\nChannel c\nFar :r:\n"
        f"Near :l:\nPatterns *\nCreate Near\nSync Pull\nSyncState *\n"
    )
    return [mbsync, "-q", "-c", str(config), "-a"]


def _engine(cache_path: Path, port: int) -> MailEngine:
    cache = Cache(cache_path)
    cache.accounts.add(make_account("b", "bench@example.kz", imap_port=port, smtp_port=9))
    secrets = SecretStore()
    secrets.remember_for_session("b", "pw")
    return MailEngine(cache, secrets)


@dataclass
class FirstSyncs:
    mbsync: list[float]
    stored: list[float]
    searchable: list[float]
    mbsync_cpu: list[float]  # processor seconds of the mbsync process itself
    stored_cpu: list[float]  # ours, this process (the indexing process is not counted)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _first_syncs(server: Dovecot, work: Path, rounds: int, total: int) -> FirstSyncs:
    """Rounds that alternate the peer and us, each into a fresh Maildir or cache, so that what the
    machine's disk and caches do over time falls on both alike. One untimed mbsync run first builds
    Dovecot's own index, which whoever ran first would otherwise pay for alone."""
    mbsync = shutil.which("mbsync")
    if mbsync:
        run(_mbsync_command(mbsync, work, "warm-up", server.port))
        shutil.rmtree(work / "warm-up")
    out = FirstSyncs([], [], [], [], [])
    for n in range(rounds):
        if mbsync:
            cpu = _children_cpu()
            out.mbsync.append(per_operation(_mbsync_command(mbsync, work, f"mbsync-{n}", server.port), 1))
            out.mbsync_cpu.append(_children_cpu() - cpu)
            shutil.rmtree(work / f"mbsync-{n}")
        engine = _engine(work / f"cache-{n}" / "cache.sqlite3", server.port)
        start, cpu = time.perf_counter(), time.process_time()
        engine.sync("b")
        out.stored.append(time.perf_counter() - start)
        out.stored_cpu.append(time.process_time() - cpu)
        engine.wait_searchable()
        out.searchable.append(time.perf_counter() - start)
        count = sum(f.total for f in engine.cache.folders.of_account("b"))
        assert count == total, (count, total)
        engine.cache.close()
        shutil.rmtree(work / f"cache-{n}")
    return out


def bench_sync(rows: list[Row], quick: bool, work: Path) -> None:
    """Issue #5's mailbox: 10,000 letters, about 100 MB, 3 folders, on the disk and, where the
    machine has one, in a RAM file system (which leaves only the processors' work to compare)."""
    total, size, rounds = (2000, 5000, 1) if quick else (10_000, 5000, 3)
    places = [("disk", work)]
    if Path("/dev/shm").is_dir():
        places.append(("RAM (tmpfs)", Path("/dev/shm")))
    for place, base in places:
        root = Path(tempfile.mkdtemp(prefix="qazmail-bench-sync-", dir=base))
        os.chmod(root, 0o755)  # Dovecot's mail user walks through it
        (root / "dovecot").mkdir()
        server = Dovecot({"bench@example.kz": "pw"}, root=root / "dovecot").start()
        try:
            _seed_maildir(server, "bench@example.kz", total, size)
            volume = sum(p.stat().st_size for p in server.maildir("bench@example.kz").rglob("*") if p.is_file())
            firsts = _first_syncs(server, root, rounds, total)
            spread = ", ".join(f"{a:.2f}/{b:.2f}" for a, b in zip(firsts.stored, firsts.mbsync, strict=False))
            cpu = f"{statistics.median(firsts.stored_cpu):.2f}" + (
                f"/{statistics.median(firsts.mbsync_cpu):.2f}" if firsts.mbsync_cpu else ""
            )
            note = (
                f"{total} letters, {volume / 1e6:.0f} MB, 3 folders, Dovecot on loopback, {place}; "
                f"median of {rounds} alternating rounds (ours/mbsync: {spread}); "
                f"processor seconds of the syncing process, ours/mbsync: {cpu}"
            )
            peer_first = statistics.median(firsts.mbsync) if firsts.mbsync else None
            rows.append(
                Row(
                    f"first full sync, letters stored ({place})",
                    statistics.median(firsts.stored),
                    peer_first,
                    "s",
                    "mbsync",
                    note,
                )
            )
            rows.append(
                Row(
                    f"first full sync, all searchable ({place})",
                    statistics.median(firsts.searchable),
                    peer_first,
                    "s",
                    "mbsync",
                    "the search index (FTS5) is built by a second process",
                )
            )
            if place == "disk":
                _bench_resync(rows, server, root)
        finally:
            server.cleanup()
            shutil.rmtree(root, ignore_errors=True)


def _bench_resync(rows: list[Row], server: Dovecot, work: Path) -> None:
    engine = _engine(work / "resync" / "cache.sqlite3", server.port)
    engine.sync("b")
    engine.wait_searchable()
    resync = statistics.median(timed(lambda: engine.sync("b")) for _ in range(5))
    peer_resync = None
    mbsync = shutil.which("mbsync")
    if mbsync:
        command = _mbsync_command(mbsync, work, "mbsync-resync", server.port)
        run(command)
        peer_resync = statistics.median(per_operation(command, 1) for _ in range(5))
    rows.append(Row("no-change re-sync", resync, peer_resync, "s", "mbsync", "median of 5, engine in-process"))
    cli, env = _as_installed(work / "cli-profile", PW="pw")
    account = ["account", "add", "b", "--email", "bench@example.kz", "--imap", f"127.0.0.1:{server.port}"]
    account += ["--smtp", "127.0.0.1:9", "--user", "bench@example.kz", "--security", "none", "--password-env", "PW"]
    run(cli + account, env=env)
    run([*cli, "sync", "--password-env", "PW"], env=env)
    whole = statistics.median(timed(lambda: run([*cli, "sync", "--password-env", "PW"], env=env)) for _ in range(5))
    rows.append(
        Row(
            "no-change re-sync, whole command",
            whole,
            peer_resync,
            "s",
            "mbsync",
            "median of 5, including Python start-up",
        )
    )


def _as_installed(profile: Path, **extra_env: str) -> tuple[list[str], dict[str, str]]:
    """The command line as an installed program runs it: byte-compiled first (pip compiles every
    module; a command that compiles its modules on each start measures the compiler), with its own
    profile and no keyring."""
    run([PYTHON, "-m", "compileall", "-q", str(REPO / "qazmail_desktop")])
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "QAZMAIL_PROFILE": str(profile),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        **extra_env,
    }
    return [PYTHON, "-m", "qazmail_desktop"], env


# GOST and hashing ---------------------------------------------------------------------------
def bench_streebog(rows: list[Row], quick: bool, work: Path) -> None:
    size = (64 if quick else 256) << 20
    path = work / "big.bin"
    with path.open("wb") as out:
        chunk = os.urandom(1 << 20)
        for _ in range(size >> 20):
            out.write(chunk)
    ours = timed(lambda: streebog.hash_stream(path.open("rb")))
    peer = timed(lambda: run(["openssl", "dgst", "-engine", "gost", "-md_gost12_512", str(path)], env=GOST_ENV))
    mb = size / 1e6
    rows.append(
        Row(
            "Streebog-512 throughput",
            mb / ours,
            mb / peer,
            "MB/s",
            "openssl gost engine",
            f"{size >> 20} MiB file; higher is better",
        )
    )
    key = NCA / "keys" / "legal" / "valid" / "head.p12"
    signature = work / "big.sig"
    env = {**os.environ, "PW": "Qwerty12"}
    ours_sign = timed(
        lambda: run(
            [
                PYTHON,
                "-m",
                "qazmail_desktop",
                "sign",
                str(path),
                "--key",
                str(key),
                "--password-env",
                "PW",
                "--detached",
                "-o",
                str(signature),
            ],
            env=env,
        )
    )
    rows.append(
        Row(
            f"sign {size >> 20} MiB detached (whole process)",
            ours_sign,
            peer,
            "s",
            "openssl dgst -md_gost12_512",
            "issue #3 budget: at most 1.5x",
        )
    )


def bench_gost_ops(rows: list[Row], quick: bool, work: Path) -> None:
    n = 30 if quick else 100
    curve = gost3410.TC26_512_A
    d = 0x1234567890ABCDEF1234567890ABCDEF
    point = gost3410.public_key(curve, d)
    digest = streebog.streebog512(b"bench")
    sign_s = timed(lambda: [gost3410.sign(curve, d, digest) for _ in range(n)]) / n
    r, s = gost3410.sign(curve, d, digest)
    verify_s = timed(lambda: [gost3410.verify(curve, point, digest, r, s) for _ in range(n)]) / n
    run(
        [
            "openssl",
            "genpkey",
            "-engine",
            "gost",
            "-algorithm",
            "gost2012_512",
            "-pkeyopt",
            "paramset:A",
            "-out",
            str(work / "k.pem"),
        ],
        env=GOST_ENV,
    )
    run(
        ["openssl", "pkey", "-engine", "gost", "-in", str(work / "k.pem"), "-pubout", "-out", str(work / "p.pem")],
        env=GOST_ENV,
    )
    (work / "m.bin").write_bytes(b"bench")
    m = 20 if quick else 50
    dgst = ["openssl", "dgst", "-engine", "gost", "-md_gost12_512"]
    peer_sign = per_operation(
        [*dgst, "-sign", str(work / "k.pem"), "-out", str(work / "s.bin"), str(work / "m.bin")], m, GOST_ENV
    )
    peer_verify = per_operation(
        [*dgst, "-verify", str(work / "p.pem"), "-signature", str(work / "s.bin"), str(work / "m.bin")], m, GOST_ENV
    )
    note = "peer runs one openssl process per operation (its CLI has no loop), so its figure includes start-up"
    rows.append(
        Row("GOST 2015-512 sign (per process)", 1 / sign_s, 1 / peer_sign, "ops/s", "openssl gost engine", note)
    )
    rows.append(
        Row("GOST 2015-512 verify (per process)", 1 / verify_s, 1 / peer_verify, "ops/s", "openssl gost engine", note)
    )
    _bench_gost_in_process(rows, quick, work)


def _gost_peer(work: Path) -> Path | None:
    """bench/gost_peer.c built against libcrypto (None when there is no compiler or no headers)."""
    binary = work / "gost_peer"
    try:
        run(["cc", "-O2", str(REPO / "bench" / "gost_peer.c"), "-lcrypto", "-o", str(binary)])
    except (OSError, subprocess.CalledProcessError):
        return None
    return binary


def _ours_per_second(curve: gost3410.Curve, count: int) -> tuple[float, float]:
    d = secrets.randbelow(curve.q - 1) + 1
    point = gost3410.public_key(curve, d)
    digest = secrets.token_bytes(curve.size)
    sign_s = timed(lambda: [gost3410.sign(curve, d, digest) for _ in range(count)])
    r, s = gost3410.sign(curve, d, digest)
    verify_s = timed(lambda: [gost3410.verify(curve, point, digest, r, s) for _ in range(count)])
    return count / sign_s, count / verify_s


def _bench_gost_in_process(rows: list[Row], quick: bool, work: Path) -> None:
    """Both sides in-process, in loops over a digest: QazMail's calls from Python (conversions
    included) against a C loop over EVP_PKEY_sign / EVP_PKEY_verify with the GOST engine. Rounds
    alternate between the two and each side's best round counts, so a busy moment on a shared
    machine does not decide the ratio."""
    peer = _gost_peer(work)
    if peer is None:
        print("bench: no C compiler or OpenSSL headers (libssl-dev): in-process GOST rows left out", file=sys.stderr)
        return
    count, rounds = (300, 3) if quick else (2000, 5)
    note = "in-process loops, best of alternating rounds; peer: C harness over the gost engine (bench/gost_peer.c)"
    for label, curve, algorithm in (
        ("GOST 2015-512", gost3410.TC26_512_A, "2012"),
        ("GOST 34.310-2004", gost3410.CRYPTOPRO_A, "2001"),
    ):
        ours: list[tuple[float, float]] = []
        theirs: list[tuple[float, float]] = []
        for _ in range(rounds):
            ours.append(_ours_per_second(curve, count))
            out = run([str(peer), str(count), algorithm], env=GOST_ENV).stdout.split()
            theirs.append((float(out[0]), float(out[1])))
        for index, what in ((0, "sign"), (1, "verify")):
            best_ours = max(o[index] for o in ours)
            best_peer = max(t[index] for t in theirs)
            rows.append(Row(f"{label} {what} (in-process)", best_ours, best_peer, "ops/s", "openssl gost engine", note))


def _kat_rate(command: list[str], vectors: str, env: dict[str, str] | None = None) -> float:
    """Operations per second of the program's repeated vector, as its own clock measured them."""
    code, out = gost_kat.run(command, vectors, env)
    if code != 0:
        raise RuntimeError(f"{command[-1]}: {out}")
    _word, _kind, times, seconds = next(line for line in out.splitlines() if line.startswith("seconds")).split()
    return int(times) / max(float(seconds), 1e-9)


def bench_gost_limbs(rows: list[Row], quick: bool, work: Path) -> None:
    """The GOST 34.10 C core on each limb arithmetic, Windows' included: the known-answer program
    (tests/native/gost3410_kat.c) built by GCC (int128, portable) and by MinGW-w64 for Windows
    (x64-intrinsics as MSVC builds it, portable) and run under Wine, which runs Windows code
    natively (it is not an emulator). The program times its own loop (no start-up counted); the
    peer is OpenSSL's GOST engine in the same run; each side's best of 3."""
    peer = _gost_peer(work)
    wine = gost_kat.find_tool("wine64", *gost_kat.WINE_PLACES)
    mingw = gost_kat.find_tool(gost_kat.MINGW)
    if peer is None or wine is None or mingw is None:
        print("bench: no OpenSSL headers, MinGW-w64 or Wine: the limb-arithmetic rows left out", file=sys.stderr)
        return
    curve, count = gost3410.TC26_512_A, (300 if quick else 2000)
    d, k, digest = secrets.randbelow(curve.q - 1) + 1, secrets.randbelow(curve.q - 1) + 1, secrets.token_bytes(64)
    e = gost3410._digest_scalar(digest, curve)
    r, s = gost3410.sign(curve, d, digest, k)
    point = gost3410.public_key(curve, d)
    v = pow(e, -1, curve.q)
    h = gost_kat.hex_number
    lines = {
        "sign": f"sign {h(d)} {h(e)} {h(k)} {h(r)} {h(s)}",
        "verify": f"verify {h(s * v % curve.q)} {h((curve.q - r) * v % curve.q)} {h(point[0])} {h(point[1])} {h(r)} 1",
    }
    wine_env = gost_kat.wine_environment(work / "wine")
    builds = [
        ("Linux, GCC, int128", "cc", "int128", "kat", []),
        ("Linux, GCC, portable", "cc", "portable", "kat-portable", []),
        ("Windows, MinGW-w64, x64-intrinsics (as MSVC), Wine", mingw, "x64-intrinsics", "kat.exe", [wine]),
        ("Windows, MinGW-w64, portable, Wine", mingw, "portable", "kat-portable.exe", [wine]),
    ]
    peer_out = [run([str(peer), str(count), "2012"], env=GOST_ENV).stdout.split() for _ in range(3)]
    peer_rates = {"sign": max(float(o[0]) for o in peer_out), "verify": max(float(o[1]) for o in peer_out)}
    for label, compiler, limbs, name, runner in builds:
        program = work / name
        built = gost_kat.build(compiler, program, limbs)
        if built.returncode != 0:
            raise RuntimeError(built.stderr)
        command = [*runner, str(program)]
        env = wine_env if runner else None
        for what, line in lines.items():
            vectors = f"{gost_kat.curve_line(curve)}\nrepeat {count}\n{line}\n"
            rate = max(_kat_rate(command, vectors, env) for _ in range(3))
            note = "C core alone, best of 3; peer: bench/gost_peer.c in the same run"
            label_row = f"GOST 2015-512 {what}: {label}"
            rows.append(Row(label_row, rate, peer_rates[what], "ops/s", "openssl gost engine", note))


def bench_rsa_cms(rows: list[Row], quick: bool, work: Path) -> None:
    from tests import rsa_pki

    ca = rsa_pki.make_ca(work)
    key_path = rsa_pki.make_user(work, ca, "RSA_bench")
    key = keys.load_signing_key(key_path, "Qwerty12")
    doc = b"x" * 10_000
    (work / "doc.bin").write_bytes(doc)
    n = 50 if quick else 200
    sign_s = timed(lambda: [cms.sign(Content(data=doc), key, detached=True) for _ in range(n)]) / n
    signed = cms.sign(Content(data=doc), key, detached=True)
    verify_s = timed(lambda: [v.verify(signed, Content(data=doc), v.VerifyPolicy()) for _ in range(n)]) / n
    run(["openssl", "pkcs12", "-in", str(key_path), "-passin", "pass:Qwerty12", "-nodes", "-out", str(work / "k.pem")])
    (work / "s.der").write_bytes(signed)
    m = 20 if quick else 50
    peer_sign = per_operation(
        [
            "openssl",
            "cms",
            "-sign",
            "-binary",
            "-in",
            str(work / "doc.bin"),
            "-signer",
            str(work / "k.pem"),
            "-outform",
            "DER",
            "-out",
            str(work / "o.der"),
        ],
        m,
    )
    peer_verify = per_operation(
        [
            "openssl",
            "cms",
            "-verify",
            "-noverify",
            "-binary",
            "-inform",
            "DER",
            "-in",
            str(work / "s.der"),
            "-content",
            str(work / "doc.bin"),
            "-out",
            "/dev/null",
        ],
        m,
    )
    note = "peer: one openssl process per operation, start-up included"
    rows.append(Row("RSA-2048 CMS sign", 1 / sign_s, 1 / peer_sign, "ops/s", "openssl cms", note))
    rows.append(Row("RSA-2048 CMS verify", 1 / verify_s, 1 / peer_verify, "ops/s", "openssl cms", note))


def bench_verify_command(rows: list[Row], quick: bool, work: Path) -> None:
    """`verify` of a CAdES-T CMS QazMail made with the demo PKI (GOST 2015-512 under a root and an
    issuing CA, the TSA's token, the CA's CRL, offline) as a whole command, against `openssl cms
    -verify` of an RSA CMS of the same shape (signed attributes, a TSA token, its chain) in the same
    run. OpenSSL checks the signature and the chain; it does not read the token or a CRL."""
    from qazmail_desktop.crypto import oids
    from qazmail_desktop.server.demo import local_timestamper
    from qazmail_desktop.server.pki import DEMO_PASSWORD, DemoPki, DemoUser
    from tests import rsa_pki

    pki = DemoPki(work / "pki", "http://127.0.0.1:9")  # nothing listens there: the check stays offline
    user = DemoUser(
        "s.p12",
        "s@dala.kz",
        "ТЕСТОВ ПОДПИСАНТ",
        "ТЕСТОВ",
        "ПОДПИСАНТ",
        "850315400001",
        'АО "Дала"',
        "990240000021",
        (oids.ROLE_HEAD,),
    )
    pki.issue_user(user, work / "keys")
    document = work / "act.txt"
    document.write_bytes("Акт выполненных работ № 1\n".encode() * 400)
    trust = work / "trust"
    trust.mkdir()
    (trust / "root.cer").write_bytes(pki.root.certificate.dump())
    (trust / "ca.cer").write_bytes(pki.ca.certificate.dump())
    (work / "ca.crl").write_bytes(pki.crl())

    def cades_t(key: keys.SigningKey) -> bytes:
        timestamper = local_timestamper(pki, key.digest.oid)
        return cms.sign(Content.of_file(document), key, detached=True, timestamper=timestamper)

    (work / "gost.cms").write_bytes(cades_t(keys.load_signing_key(work / "keys" / "s.p12", DEMO_PASSWORD)))
    ca = rsa_pki.make_ca(work)
    (work / "rsa.cms").write_bytes(cades_t(keys.load_signing_key(rsa_pki.make_user(work, ca, "rsa"), "Qwerty12")))
    run(["openssl", "x509", "-inform", "DER", "-in", str(work / "ca" / "root.cer"), "-out", str(work / "root.pem")])
    cli, env = _as_installed(work / "profile")
    ours = [*cli, "verify", str(work / "gost.cms"), "--data", str(document), "--trust", str(trust)]
    ours += ["--crl", str(work / "ca.crl"), "--offline"]
    peer = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(work / "rsa.cms")]
    peer += ["-content", str(document), "-CAfile", str(work / "root.pem"), "-out", "/dev/null"]
    run(ours, env=env)  # warm: the first run writes the profile
    count = 5 if quick else 20
    ours_s = statistics.median(per_operation(ours, count, env) for _ in range(3))
    peer_s = statistics.median(per_operation(peer, count) for _ in range(3))
    note = f"median of 3 x {count} runs; ours: CAdES-T, GOST 2015-512, 2 CAs, TSA token, CRL; peer: RSA, same shape"
    rows.append(Row("verify a CAdES-T CMS, whole command", ours_s * 1000, peer_s * 1000, "ms", "openssl cms", note))


# a register of a folder of signed files -----------------------------------------------------------
def bench_batch(rows: list[Row], quick: bool, work: Path) -> None:
    """Issue 32: `register FOLDER` over a pile of attached RSA CMS (small acts, one signer, its root
    trusted, its CA's CRL given) as a whole command, against a shell loop of `openssl cms -verify`
    over the same files with the root as CAfile (openssl reads no CRL). Median of 3 runs each."""
    from tests import rsa_pki

    count = 300 if quick else 1000
    ca = rsa_pki.make_ca(work)
    key = keys.load_signing_key(rsa_pki.make_user(work, ca, "accountant"), "Qwerty12")
    crl = rsa_pki.make_crl(work, ca)
    folder = work / "acts"
    folder.mkdir()
    for n in range(count):
        act = f"Акт выполненных работ № {n}\n".encode() * 40
        (folder / f"act_{n:04}.txt.cms").write_bytes(cms.sign(Content(data=act), key, detached=False))
    trust = work / "trust"
    trust.mkdir()
    shutil.copy(work / "ca" / "root.cer", trust / "root.cer")
    run(["openssl", "x509", "-inform", "DER", "-in", str(work / "ca" / "root.cer"), "-out", str(work / "ca.pem")])
    cli, env = _as_installed(work / "profile")
    ours = [*cli, "register", str(folder), "--trust", str(trust), "--crl", str(crl), "--offline"]
    ours += ["-o", str(work / "register.csv"), "--force"]
    loop = "for f in *; do openssl cms -verify -binary -inform DER -in $f -CAfile $0 -purpose any -out /dev/null"
    peer = ["sh", "-c", f"{loop} 2>/dev/null || exit 1; done", str(work / "ca.pem")]
    run(ours, env=env)  # warm: the first run writes the profile
    register = (work / "register.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(register) == count + 1 and all("Signature valid" in line for line in register[1:]), register[:3]
    ours_s = statistics.median(timed(lambda: run(ours, env=env)) for _ in range(3))
    alone_s = statistics.median(timed(lambda: run([*ours, "--jobs", "1"], env=env)) for _ in range(3))
    peer_s = statistics.median(timed(lambda: run(peer, cwd=folder)) for _ in range(3))
    cores = os.cpu_count() or 1
    note = f"median of 3; ours checks the CRL too; {cores} cores; issue #32 goal: at most 1.0x"
    measure = f"register {count} RSA CMS files, whole command"
    rows.append(Row(measure, ours_s, peer_s, "s", "openssl cms -verify loop", note))
    rows.append(Row(f"{measure}, --jobs 1", alone_s, peer_s, "s", "openssl cms -verify loop", "one process"))


# checking a mailbox's signatures ----------------------------------------------------------------
def bench_mailbox_checks(rows: list[Row], quick: bool, work: Path) -> None:
    """Issue #18: every letter GOST-signed, time-stamped, under two CAs with a CRL; checked as a
    first sync checks them (worker processes on every core), verdicts stored."""
    from qazmail_desktop.signing.checker import check_pending
    from tests.signed_mailbox import signed_mailbox

    count = 1000 if quick else 10_000
    cache, policy = signed_mailbox(work, count)
    seconds = timed(lambda: check_pending(cache, policy))
    statuses = cache.file.db.execute("SELECT json_extract(summary, '$.status'), COUNT(*) FROM signatures GROUP BY 1")
    assert dict(statuses.fetchall()) == {"valid": count}, "every letter of the benchmark mailbox is valid"
    cores = os.cpu_count() or 1
    note = f"{count} letters, {cores} cores; budget 20 s for 10,000 on 2 cores"
    rows.append(Row(f"check {count} signed letters (time-stamp, 2 CAs, CRL)", seconds, None, "s", "-", note))
    rows.append(Row("signed letters checked per second", count / seconds, None, "msg/s", "-", note))


# cache, search and UI -----------------------------------------------------------------------
def _big_cache(work: Path, total: int) -> Path:
    profile = work / "ui-profile"
    cache = Cache(profile / "mail.sqlite3")
    cache.accounts.add(make_account("a", "a@x.kz", username="a"))
    folder = cache.folders.upsert("a", "INBOX", "/", "\\Inbox", True)
    batch = []
    for n in range(total):
        raw = letter(n)
        batch.append(IncomingMessage(n + 1, raw, True, ("\\Seen",) if n % 2 else (), len(raw), summary=summarize(raw)))
        if len(batch) == 5000:
            cache.messages.store(folder.id, batch)
            batch = []
    if batch:
        cache.messages.store(folder.id, batch)
    cache.update_search_index()  # the index is built from the queue the store fills
    cache.close()
    return profile


def bench_search_and_ui(rows: list[Row], quick: bool, work: Path) -> None:
    total = 20_000 if quick else 100_000
    profile = _big_cache(work, total)
    cache = Cache(profile / "mail.sqlite3")
    queries = ["сверки", "Invoice 42", "актісі", "Договор поставки", "письма 777", "Accounting", "шот", "meeting"]
    times = []
    for _ in range(5):
        for q in queries:
            started = time.perf_counter()
            hits = cache.lookup.search(q, limit=200)
            times.append(time.perf_counter() - started)
            assert hits, q  # a search that finds nothing would time an empty index
    times.sort()
    p50 = times[len(times) // 2]
    p95 = times[int(len(times) * 0.95)]
    rows.append(Row(f"search p50 over {total} letters", p50 * 1000, None, "ms", "", "8 queries x 5"))
    rows.append(Row(f"search p95 over {total} letters", p95 * 1000, None, "ms", "", "budget: interactive (<100 ms)"))
    script = (
        "import time, sys; t=time.perf_counter()\n"
        "from bench.childprobe import peak_memory_mb\n"
        "from PySide6.QtCore import QTimer\n"
        "from qazmail_desktop.ui.app import Application\nfrom qazmail_desktop.profile import Profile\n"
        f"app=Application(Profile.resolve({str(profile)!r}), demo=False)\n"
        "app.window.show()\n"
        "def painted():\n"
        "    app.window.repaint(); print(time.perf_counter()-t, peak_memory_mb())\n"
        "    app.qt.quit()\n"
        "QTimer.singleShot(0, painted)\napp.qt.exec()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    out = run([PYTHON, "-c", script], env=env, cwd=REPO).stdout.decode().split()
    whole = time.perf_counter() - start
    inside, peak_mb = float(out[0]), float(out[1])
    rows.append(
        Row(
            f"UI cold start to first paint ({total} letters)",
            whole,
            None,
            "s",
            "",
            f"whole process; {inside:.2f} s after interpreter start; budget 1.5 s",
        )
    )
    rows.append(
        Row(f"UI resident memory ({total} letters)", peak_mb, None, "MB", "", "budget 300 MB; VmHWM of the window")
    )


def bench_million(rows: list[Row], quick: bool, work: Path) -> None:
    """Issue #32: a million letters (100,000 quick): storing, indexing, searching, the window (bench/million.py)."""
    from bench import million

    rows.extend(Row(*figure) for figure in million.measure(quick, work))


# embedded server ----------------------------------------------------------------------------
def bench_server(rows: list[Row], quick: bool, work: Path) -> None:
    import imaplib
    import smtplib

    from qazmail_desktop.server.runner import EmbeddedServer

    n = 300 if quick else 1000
    server = EmbeddedServer(work / "srv").start_in_thread()
    try:
        server.store.add_user("a@x.kz", "pw")
        server.store.add_user("b@x.kz", "pw")
        raws = [letter(i, sender="a@x.kz", to="b@x.kz", attach=i % 4 == 0) for i in range(n)]
        smtp = smtplib.SMTP("127.0.0.1", server.smtp_port)
        smtp.login("a@x.kz", "pw")

        def deliver_all() -> None:
            for raw in raws:
                smtp.sendmail("a@x.kz", ["b@x.kz"], raw)

        sent = timed(deliver_all)
        smtp.quit()
        imap = imaplib.IMAP4("127.0.0.1", server.imap_port)
        imap.login("b@x.kz", "pw")
        imap.select("INBOX")
        fetched = timed(lambda: imap.fetch("1:*", "(UID FLAGS BODY.PEEK[])"))
        imap.logout()
        rows.append(Row("embedded SMTP delivery", n / sent, None, "msg/s", "", f"{n} letters, one session"))
        rows.append(Row("embedded IMAP fetch", n / fetched, None, "msg/s", "", "one FETCH 1:* BODY.PEEK[]"))
    finally:
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(prog="bench/run")
    parser.add_argument("--quick", action="store_true", help="smaller inputs: under 5 minutes on 2 cores")
    parser.add_argument("--only", help="comma-separated: sync,streebog,gost,limbs,rsa,verify,batch,checks,ui,server")
    args = parser.parse_args()
    steps = {
        "sync": bench_sync,
        "streebog": bench_streebog,
        "gost": bench_gost_ops,
        "limbs": bench_gost_limbs,
        "rsa": bench_rsa_cms,
        "verify": bench_verify_command,
        "batch": bench_batch,
        "checks": bench_mailbox_checks,
        "ui": bench_search_and_ui,
        "server": bench_server,
        "million": bench_million,
    }
    chosen = args.only.split(",") if args.only else list(steps)
    rows: list[Row] = []
    started = time.perf_counter()
    for name in chosen:
        with tempfile.TemporaryDirectory(prefix=f"qazmail-bench-{name}-") as tmp:
            os.chmod(tmp, 0o755)
            steps[name](rows, args.quick, Path(tmp))
    print(f"{'measure':48} {'QazMail':>12} {'peer':>12} {'unit':>6}  ratio  peer / note")
    for row in rows:
        peer = f"{row.peer:12.3f}" if row.peer is not None else f"{'-':>12}"
        ratio = f"{row.ratio:6.2f}" if row.ratio is not None else "     -"
        print(f"{row.measure:48} {row.ours:12.3f} {peer} {row.unit:>6} {ratio}  {row.peer_name} {row.note}".rstrip())
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}"
    print(f"machine: {machine}; total {time.perf_counter() - started:.0f} s")
    out_dir = REPO / "bench" / "out"
    out_dir.mkdir(exist_ok=True)
    lines = [
        f"Machine: {machine}. Mode: {'quick' if args.quick else 'full'}. "
        f"Run: `bash bench/run{' --quick' if args.quick else ''}` ({time.perf_counter() - started:.0f} s).",
        "",
        "| measure | QazMail | peer | unit | ratio | peer / note |",
        "| --- | ---: | ---: | --- | ---: | --- |",
    ]
    for row in rows:
        peer = f"{row.peer:.3f}" if row.peer is not None else "-"
        ratio = f"{row.ratio:.2f}" if row.ratio is not None else "-"
        lines.append(f"| {row.measure} | {row.ours:.3f} | {peer} | {row.unit} | {ratio} | {row.peer_name} {row.note} |")
    (out_dir / "results.md").write_text("\n".join(lines) + "\n")
    (out_dir / "results.json").write_text(
        json.dumps(
            {"quick": args.quick, "machine": machine, "rows": [{**asdict(r), "ratio": r.ratio} for r in rows]},
            ensure_ascii=False,
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
