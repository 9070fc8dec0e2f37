"""Issue 27, the embedded server: no client stops it or floods a mailbox.

The policies (``server/limits.py``) are tested alone with a fake clock; then the real server, over
real sockets on loopback, started with small limits and short timeouts. Tests never measure time:
a timeout is either long enough that only a hang trips it, or the server is configured to wait far
longer (minutes) than the test waits for an answer that must not come.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import imaplib
import smtplib
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from qazmail_desktop.server.limits import AuthThrottle, ConnectionLimiter, ServerLimits, Throttled, source_key
from tests.embedded import Embedded, ImapFrom
from tests.mailgen import letter

USERS = {"anna@example.kz": "pw-anna", "bolat@example.kz": "pw-bolat", "chingis@example.kz": "pw-chingis"}
HANG = 60.0  # seconds: only a hung server takes this long
OTHER = "127.0.0.2"  # another client on the same machine (all of 127.0.0.0/8 is loopback)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# the policies alone ---------------------------------------------------------------------------


def test_connection_limiter_caps_each_address_and_the_total() -> None:
    limiter = ConnectionLimiter(per_address=2, total=3)
    assert limiter.acquire("10.0.0.1") and limiter.acquire("10.0.0.1")
    assert not limiter.acquire("10.0.0.1")  # the address's cap
    assert limiter.acquire("10.0.0.2")
    assert not limiter.acquire("10.0.0.3")  # the total
    limiter.release("10.0.0.1")
    assert limiter.open_from("10.0.0.1") == 1
    assert limiter.acquire("10.0.0.3")
    for _ in range(5):  # releasing more than was acquired never makes room beyond the cap
        limiter.release("10.0.0.2")
    assert limiter.open_from("10.0.0.2") == 0


def test_addresses_are_counted_per_ipv4_address_and_per_ipv6_64() -> None:
    assert source_key("2001:db8:1:2::1") == source_key("2001:db8:1:2:ffff::9") == "2001:db8:1:2::/64"
    assert source_key("2001:db8:1:3::1") != source_key("2001:db8:1:2::1")
    assert source_key("::ffff:127.0.0.1") == source_key("127.0.0.1") == "127.0.0.1"
    limiter = ConnectionLimiter(per_address=1, total=10)
    assert limiter.acquire("2001:db8::1")
    assert not limiter.acquire("2001:db8::2")  # the same site


def test_auth_throttle_doubles_the_delay_per_failure_up_to_the_cap() -> None:
    clock = FakeClock()
    throttle = AuthThrottle(free_failures=2, base_delay=1.0, max_delay=8.0, clock=clock)
    waits = []
    for _ in range(7):
        wait = throttle.admit("10.0.0.1")
        assert wait is not None
        waits.append(wait)
        clock.now += wait  # the attempt waits its turn, is checked and fails
        throttle.failed("10.0.0.1")
    assert waits == [0.0, 0.0, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert throttle.admit("10.0.0.9") == 0.0  # another address is not slowed down
    assert throttle.failures("10.0.0.1") == 7


def test_auth_throttle_queues_parallel_attempts_and_refuses_past_the_cap() -> None:
    clock = FakeClock()
    throttle = AuthThrottle(free_failures=1, base_delay=2.0, max_delay=5.0, clock=clock)
    throttle.failed("10.0.0.1")  # each check from here on waits 2 s
    assert [throttle.admit("10.0.0.1") for _ in range(3)] == [2.0, 4.0, None]  # the third would wait 6 s
    clock.now += 4.0
    assert throttle.admit("10.0.0.1") == 2.0  # the queue moved on


def test_auth_throttle_forgets_old_failures_and_keeps_its_table_bounded() -> None:
    clock = FakeClock()
    throttle = AuthThrottle(
        free_failures=0, base_delay=1.0, max_delay=8.0, forget_after=60.0, max_tracked=8, clock=clock
    )
    throttle.failed("10.0.0.1")
    clock.now += 61.0
    assert throttle.admit("10.0.0.1") == 0.0 and throttle.failures("10.0.0.1") == 0
    for n in range(100):
        clock.now += 0.001
        throttle.failed(f"10.1.0.{n}")
    assert len(throttle._failures) <= 8
    assert throttle.failures("10.1.0.99") == 1  # the newest are kept


def test_auth_throttle_check_counts_failures_and_refuses_untried() -> None:
    throttle = AuthThrottle(free_failures=1, base_delay=100.0, max_delay=100.0)
    tried: list[str] = []

    def verify(password: str) -> str | None:
        tried.append(password)
        return "anna@example.kz" if password == "right" else None

    async def scenario() -> None:
        assert await throttle.check("10.0.0.1", lambda: verify("right")) == "anna@example.kz"
        assert await throttle.check("10.0.0.1", lambda: verify("wrong")) is None
        waiting = asyncio.ensure_future(throttle.check("10.0.0.1", lambda: verify("queued")))  # waits 100 s
        await asyncio.sleep(0)
        with pytest.raises(Throttled, match="too many failed logins from your address"):
            await throttle.check("10.0.0.1", lambda: verify("refused"))  # would wait 200 s
        waiting.cancel()
        assert await throttle.check("10.0.0.2", lambda: verify("right")) == "anna@example.kz"

    asyncio.run(scenario())
    assert tried == ["right", "wrong", "right"]
    assert throttle.failures("10.0.0.1") == 1


# the real server --------------------------------------------------------------------------------


StartServer = Callable[..., Embedded]


@pytest.fixture
def start() -> Iterator[StartServer]:
    """Starts the embedded server with these ``ServerLimits``; stops it after the test."""
    started: list[Embedded] = []

    def run(**limits: Any) -> Embedded:
        server = Embedded(dict(USERS), limits=ServerLimits(**limits)).start()
        started.append(server)
        return server

    yield run
    for server in started:
        server.cleanup()


def _connect(port: int, source: str = "127.0.0.1") -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), HANG, source_address=(source, 0))


def _read_until_closed(conn: socket.socket, budget: int = 1 << 16) -> bytes:
    """Everything the server says until it closes the connection (a hang fails after ``HANG``)."""
    received = b""
    while len(received) < budget:
        chunk = conn.recv(4096)
        if not chunk:
            return received
        received += chunk
    raise AssertionError(f"the server kept talking: {received[:200]!r}")


def _plain(user: str, password: str) -> str:
    return base64.b64encode(f"\0{user}\0{password}".encode()).decode()


@contextlib.contextmanager
def _held(port: int, count: int, greeting: bytes) -> Iterator[list[socket.socket]]:
    """``count`` connections from 127.0.0.1, each greeted, open until the block ends."""
    held = [_connect(port) for _ in range(count)]
    try:
        for conn in held:
            assert conn.recv(1000).startswith(greeting)
        yield held
    finally:
        for conn in held:
            conn.close()


def test_one_address_cannot_take_every_imap_connection(start: StartServer) -> None:
    server = start(imap_per_address=3)
    with _held(server.port, 3, b"* OK") as held:
        with _connect(server.port) as one_too_many:
            said = _read_until_closed(one_too_many)
        assert said == b"* BYE too many connections from your address, try again later\r\n"
        other = ImapFrom(OTHER, server.port)  # another client is served
        assert other.login("anna@example.kz", USERS["anna@example.kz"])[0] == "OK"
        other.logout()
        held[0].close()
        for _ in range(200):  # the freed slot is given again (once the server has seen the close)
            time.sleep(0.05)
            with _connect(server.port) as again:
                if again.recv(1000).startswith(b"* OK"):
                    break
        else:
            raise AssertionError("a closed connection's slot was never freed")


def test_one_address_cannot_take_every_smtp_connection(start: StartServer) -> None:
    server = start(smtp_per_address=2)
    with _held(server.smtp_port, 2, b"220 "):
        with _connect(server.smtp_port) as one_too_many:
            assert _read_until_closed(one_too_many).startswith(b"421 4.7.0 too many connections from your address")
        other = smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=HANG, source_address=(OTHER, 0))
        other.login("anna@example.kz", USERS["anna@example.kz"])
        other.quit()


def test_imap_client_that_does_not_log_in_is_cut(start: StartServer) -> None:
    """Silent, or busy with commands that do not log in: either is told BYE after the login
    timeout (1 s here), counted from connecting."""
    server = start(login_timeout=1)
    with _connect(server.port) as silent:
        assert _read_until_closed(silent).endswith(b"* BYE log in sooner\r\n")
    with _connect(server.port) as chatty:
        said = chatty.recv(1000)
        for n in range(2000):  # a NOOP every 50 ms: the loop outlasts the 1 s deadline 100 times over
            time.sleep(0.05)
            try:
                chatty.sendall(b"n%d NOOP\r\n" % n)
                said += chatty.recv(4096)
            except (BrokenPipeError, ConnectionResetError):
                break
            if b"BYE" in said:
                break
        assert b"* BYE log in sooner\r\n" in said


def test_imap_client_idle_too_long_is_told_bye(start: StartServer) -> None:
    server = start(imap_idle_timeout=1)
    with _connect(server.port) as silent:
        silent.recv(1000)
        silent.sendall(b"a1 LOGIN bolat@example.kz pw-bolat\r\n")
        assert _read_until_closed(silent).endswith(b"* BYE idle for too long\r\n")
    with _connect(server.port) as idling:
        idling.recv(1000)
        idling.sendall(b"a1 LOGIN bolat@example.kz pw-bolat\r\na2 SELECT INBOX\r\na3 IDLE\r\n")
        said = _read_until_closed(idling)
        assert b"+ idling\r\n" in said and said.endswith(b"* BYE idle for too long\r\n")


def test_defaults_keep_a_logged_in_client_for_thirty_minutes() -> None:
    """RFC 9051 5.4; the client renews IDLE every 25 minutes (sync/idle.py)."""
    from qazmail_desktop.sync.idle import IDLE_RENEW

    limits = ServerLimits()
    assert limits.imap_idle_timeout >= 30 * 60 > IDLE_RENEW
    assert limits.login_timeout == 60
    assert limits.max_recipients >= 100  # RFC 5321 4.5.3.1.8


def test_smtp_client_silent_too_long_is_told_421(start: StartServer) -> None:
    server = start(login_timeout=1, smtp_idle_timeout=1)
    with _connect(server.smtp_port) as silent:
        said = _read_until_closed(silent)
        assert said.startswith(b"220 ") and said.endswith(
            b"421 4.4.2 qazmail.local idle for too long, closing the connection\r\n"
        )
    with _connect(server.smtp_port) as logged_in:
        logged_in.sendall(f"EHLO me\r\nAUTH PLAIN {_plain('anna@example.kz', 'pw-anna')}\r\n".encode())
        said = _read_until_closed(logged_in)
        assert b"235 2.7.0" in said and said.endswith(
            b"421 4.4.2 qazmail.local idle for too long, closing the connection\r\n"
        )


def test_every_failed_smtp_auth_is_answered_535_and_the_owner_still_gets_in(start: StartServer) -> None:
    """Sixty pipelined wrong passwords: sixty 535s (none went unanswered), each check after the
    third waiting its turn (short delays here); then the right password is accepted."""
    server = start(auth_free_failures=3, auth_base_delay=0.001, auth_max_delay=0.004)
    with _connect(server.smtp_port) as conn:
        wrong = "".join(f"AUTH PLAIN {_plain('anna@example.kz', f'guess-{n}')}\r\n" for n in range(60))
        conn.sendall(
            b"EHLO me\r\n" + wrong.encode() + f"AUTH PLAIN {_plain('anna@example.kz', 'pw-anna')}\r\nQUIT\r\n".encode()
        )
        said = _read_until_closed(conn)
    assert said.count(b"535 5.7.8 Authentication credentials invalid\r\n") == 60
    assert b"235 2.7.0 Authentication successful" in said
    assert server.server is not None and server.server.smtp.throttle.failures("127.0.0.1") == 60


def test_guessing_from_one_address_is_slowed_there_and_the_account_stays_open(start: StartServer) -> None:
    """After two failures each check from 127.0.0.1 waits 300 s: the next attempt gets no answer
    while the test looks, one more is refused at once (over IMAP and SMTP: one count), and the
    owner logs in from another address at once, with the same password (before, ten failures
    locked the account for everyone)."""
    server = start(auth_free_failures=2, auth_base_delay=300, auth_max_delay=300)
    for _ in range(2):
        guess = imaplib.IMAP4("127.0.0.1", server.port, timeout=HANG)
        with pytest.raises(imaplib.IMAP4.error, match=r"\[AUTHENTICATIONFAILED\] wrong user name or password"):
            guess.login("bolat@example.kz", "guess")
        guess.shutdown()
    with _connect(server.port) as queued:
        queued.recv(1000)
        queued.sendall(b"a1 LOGIN bolat@example.kz guess\r\n")
        queued.settimeout(1.0)
        with pytest.raises(TimeoutError):
            queued.recv(1000)  # waiting its turn, in five minutes
        refused = imaplib.IMAP4("127.0.0.1", server.port, timeout=HANG)
        with pytest.raises(imaplib.IMAP4.error, match=r"\[UNAVAILABLE\] too many failed logins from your address"):
            refused.login("bolat@example.kz", USERS["bolat@example.kz"])
        refused.shutdown()
        smtp = smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=HANG)
        with pytest.raises(smtplib.SMTPAuthenticationError) as refused_smtp:
            smtp.login("bolat@example.kz", USERS["bolat@example.kz"])
        assert refused_smtp.value.smtp_code == 454
        smtp.close()
        owner = ImapFrom(OTHER, server.port)
        assert owner.login("bolat@example.kz", USERS["bolat@example.kz"])[0] == "OK"
        owner.logout()


def test_the_owner_behind_the_same_address_gets_in_after_the_wait(start: StartServer) -> None:
    server = start(auth_free_failures=1, auth_base_delay=0.05, auth_max_delay=0.2)
    for _ in range(4):
        guess = imaplib.IMAP4("127.0.0.1", server.port, timeout=HANG)
        with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
            guess.login("bolat@example.kz", "guess")
        guess.shutdown()
    owner = imaplib.IMAP4("127.0.0.1", server.port, timeout=HANG)
    assert owner.login("bolat@example.kz", USERS["bolat@example.kz"])[0] == "OK"
    owner.logout()


def _inbox_counts(server: Embedded, *users: str) -> list[int]:
    """How many letters each user's INBOX holds."""
    counts = []
    for user in users:
        imap = imaplib.IMAP4("127.0.0.1", server.port, timeout=HANG)
        imap.login(user, USERS[user])
        counts.append(int(imap.select("INBOX")[1][0] or b"0"))
        imap.logout()
    return counts


def _smtp_as_anna(server: Embedded) -> smtplib.SMTP:
    smtp = smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=HANG)
    smtp.login("anna@example.kz", USERS["anna@example.kz"])
    return smtp


def _anna_to_bolat(n: int) -> bytes:
    return letter(n, sender="anna@example.kz", to="bolat@example.kz")


def test_a_mailbox_named_many_times_gets_one_copy(start: StartServer) -> None:
    server = start()
    smtp = _smtp_as_anna(server)
    recipients = ["bolat@example.kz", "BOLAT@example.kz"] * 100 + ["chingis@example.kz"]
    smtp.sendmail("anna@example.kz", recipients, _anna_to_bolat(1))
    smtp.quit()
    assert _inbox_counts(server, "bolat@example.kz", "chingis@example.kz") == [1, 1]


def test_recipients_past_the_cap_are_told_452(start: StartServer) -> None:
    server = start(max_recipients=2)
    smtp = _smtp_as_anna(server)
    smtp.mail("anna@example.kz")
    assert smtp.rcpt("bolat@example.kz")[0] == 250
    assert smtp.rcpt("anna@example.kz")[0] == 250
    assert smtp.rcpt("bolat@example.kz")[0] == 250  # a repeat is no new recipient
    code, message = smtp.rcpt("chingis@example.kz")
    assert code == 452 and b"at most 2 per letter" in message
    assert smtp.data(_anna_to_bolat(2))[0] == 250
    smtp.quit()
    assert _inbox_counts(server, "bolat@example.kz", "chingis@example.kz") == [1, 0]


def test_smtp_line_and_message_limits_hold(start: StartServer) -> None:
    server = start(max_message=20_000)
    smtp = _smtp_as_anna(server)
    assert smtp.docmd("NOOP " + "x" * 5000)[0] == 500  # a command line past 512 bytes
    big = _anna_to_bolat(3) + b"\r\n" + (b"y" * 998 + b"\r\n") * 30
    with pytest.raises(smtplib.SMTPSenderRefused) as announced:  # smtplib declares SIZE= in MAIL FROM
        smtp.sendmail("anna@example.kz", ["bolat@example.kz"], big)
    assert announced.value.smtp_code == 552
    smtp.mail("anna@example.kz")  # undeclared: refused once the data passes the limit
    smtp.rcpt("bolat@example.kz")
    assert smtp.data(big)[0] == 552
    long_line = _anna_to_bolat(4) + b"\r\n" + b"z" * 5000 + b"\r\n"
    with pytest.raises(smtplib.SMTPDataError) as too_long:
        smtp.sendmail("anna@example.kz", ["bolat@example.kz"], long_line)
    assert too_long.value.smtp_code == 500
    smtp.sendmail("anna@example.kz", ["bolat@example.kz"], _anna_to_bolat(5))
    smtp.quit()
    assert _inbox_counts(server, "bolat@example.kz") == [1]  # only the letter within the limits
