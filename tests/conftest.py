"""Shared fixtures: the NCA ground-truth material, keys, and helper programs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from qazmail_desktop.crypto.trust import CrlSet, TrustStore
from qazmail_desktop.crypto.verify import VerifyPolicy
from qazmail_desktop.server.demo import seed_demo
from qazmail_desktop.server.runner import EmbeddedServer
from tests import dovecot
from tests.dovecot import Dovecot
from tests.embedded import Embedded

REPO = Path(__file__).resolve().parent.parent
NCA = Path(os.environ.get("QAZMAIL_NCA_TEST", REPO.parent / "shared" / "nca-test"))
PRODUCTION = Path(os.environ.get("QAZMAIL_NCA_PRODUCTION", NCA.parent / "nca-production"))
PASSWORD = "Qwerty12"

VALID_KEYS = sorted((NCA / "keys" / "individual" / "valid").glob("*.p12")) + sorted(
    (NCA / "keys" / "legal" / "valid").glob("*.p12")
)
REVOKED_KEYS = sorted((NCA / "keys" / "individual" / "revoked").glob("*.p12")) + sorted(
    (NCA / "keys" / "legal" / "revoked").glob("*.p12")
)
EXPIRED_KEYS = sorted((NCA / "keys" / "gost512-2023").glob("*.p12"))


# Fixtures that bring a real server, the real window, another program or the real command line:
# a test that uses one is an integration test; the others are the fast unit tier (`make test-fast`).
INTEGRATION_FIXTURES = {
    "dovecot_factory",
    "imap_server_factory",
    "demo",
    "demo_app",
    "qtbot",
    "qapp",
    "openssl_gost",
    "profile_dir",
}


# Fixtures of single modules that start the embedded server in this process, and names whose use
# in a test's own code means a server, a child process or the real command line: `make test-fast`
# took 3 minutes while it said "unit tests" (servers started in-process were counted as units).
SERVER_FIXTURES = {"server", "start", "mailbox", "embedded"}
INTEGRATION_NAMES = {"run_cli", "EmbeddedServer", "subprocess", "make_demo", "start_demo", "check_pending"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        code = getattr(getattr(item, "function", None), "__code__", None)
        names = set(code.co_names) if code is not None else set()
        if (INTEGRATION_FIXTURES | SERVER_FIXTURES) & set(getattr(item, "fixturenames", ())) or (
            INTEGRATION_NAMES & names
        ):
            item.add_marker(pytest.mark.integration)


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the UI tests draw real widgets, off screen
    if not NCA.is_dir():
        raise pytest.UsageError(f"NCA test material not found at {NCA} (set QAZMAIL_NCA_TEST)")


@pytest.fixture(scope="session")
def nca() -> Path:
    return NCA


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    path = tmp_path / "profile"
    path.mkdir()
    return path


def run_cli(
    *args: str | Path, env: dict[str, str] | None = None, input_: bytes | None = None, profile: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real console entry point in a child process, as a user would."""
    full_env = {
        **os.environ,
        "QAZMAIL_TEST_PW": PASSWORD,
        "LANGUAGE": "",  # the command line speaks English unless a test asks for a language
        "LC_ALL": "C.UTF-8",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",  # never touch a real keyring
        **(env or {}),
    }
    if profile is not None:
        full_env["QAZMAIL_PROFILE"] = str(profile)
    return subprocess.run(
        [sys.executable, "-m", "qazmail_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        env=full_env,
        input=input_.decode() if input_ else None,
        timeout=300,
    )


def gost_openssl() -> list[str] | None:
    """The openssl command with the GOST engine loaded, or None when the engine is missing."""
    if not shutil.which("openssl"):
        return None
    probe = subprocess.run(
        ["openssl", "engine", "gost"], capture_output=True, text=True, env={**os.environ, "OPENSSL_CONF": "/dev/null"}
    )
    return ["openssl"] if probe.returncode == 0 else None


@pytest.fixture(scope="session")
def openssl_gost() -> Iterator[list[str]]:
    cmd = gost_openssl()
    if cmd is None:
        pytest.fail("OpenSSL's GOST engine is missing: run `make test`, which installs libengine-gost-openssl")
    yield cmd


@pytest.fixture
def dovecot_factory() -> Iterator[Callable[..., Dovecot]]:
    """Start Dovecot servers on free loopback ports; all stopped and removed after the test."""
    if not dovecot.available():
        pytest.fail("Dovecot is missing: run `make test`, which installs dovecot-imapd")
    started: list[Dovecot] = []

    def start(users: dict[str, str] | None = None, condstore: bool = True) -> Dovecot:
        server = Dovecot(users or {"anna@example.kz": "secret", "bolat@example.kz": "secret2"}, condstore=condstore)
        started.append(server.start())
        return server

    yield start
    for server in started:
        server.cleanup()


@pytest.fixture(params=["dovecot", "embedded"])
def imap_server_factory(
    request: pytest.FixtureRequest, dovecot_factory: Callable[..., Dovecot]
) -> Iterator[Callable[..., Dovecot | Embedded]]:
    """The same sync tests against Dovecot and against the embedded server."""
    if request.param == "dovecot":
        yield dovecot_factory
        return
    started: list[Embedded] = []

    def start(users: dict[str, str] | None = None, condstore: bool = True) -> Embedded:
        if not condstore:
            pytest.skip("the embedded server always offers CONDSTORE")
        server = Embedded(users or {"anna@example.kz": "secret", "bolat@example.kz": "secret2"})
        started.append(server.start())
        return server

    yield start
    for server in started:
        server.cleanup()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedServer]:
    """The embedded server with its demo PKI (TSA, OCSP, CRL on loopback), users, keys and letters."""
    server = EmbeddedServer(tmp_path_factory.mktemp("demo-server")).start_in_thread()
    seed_demo(server)
    yield server
    server.stop()


@pytest.fixture
def test_policy(nca: Path) -> VerifyPolicy:
    """The NCA test roots trusted and the GOST 2022 test CA's CRL known: how the issues check verdicts."""
    trust = TrustStore()
    trust.add_folder(nca / "ca")
    crls = CrlSet()
    crls.add_file(nca / "crl" / "nca_gost2022_test.crl")
    return VerifyPolicy(trust=trust, crls=crls)


_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without the interpreter's final garbage collection. After dozens of demo windows in one
    process, PySide6 6.12 drops one reference too many to True during that collection and aborts
    ('bool_dealloc'), turning a green run red after every test and the summary passed; the app
    itself runs one window per process and never reaches that point."""
    if _EXIT_STATUS and "PySide6.QtCore" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])


@pytest.fixture
def demo_app(qapp: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> Iterator[Any]:
    """The real window against the embedded demo server (window tests); closed after the test with
    no error logged: the server shuts down with clients still in IDLE. Qt is imported here, not
    when the unit tier starts."""
    from qazmail_desktop.profile import Profile
    from qazmail_desktop.ui.app import Application

    app = Application(Profile.resolve(str(tmp_path / "profile")), demo=True, qt_app=qapp)
    app.window.show()
    yield app
    app.window.close()
    app.close()
    assert [r.getMessage() for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")] == []
