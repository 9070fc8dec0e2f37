"""No object that holds a password or a private key shows it in repr (logs, tracebacks, crash reports)."""

from __future__ import annotations

from pathlib import Path

from qazmail_desktop.crypto import keys
from qazmail_desktop.profile import Profile
from qazmail_desktop.signing.keystore import KeyStore
from qazmail_desktop.sync.secrets import SecretStore
from tests import rsa_pki
from tests.conftest import PASSWORD

SECRET = "s3cr3t-Пароль-42"


def test_secret_store_repr_hides_passwords() -> None:
    store = SecretStore()
    store.remember_for_session("anna", SECRET)
    assert SECRET not in repr(store) and SECRET not in str(store)


def test_key_store_repr_hides_session_passwords(tmp_path: Path, nca: Path) -> None:
    store = KeyStore(Profile(tmp_path))
    store.unlock(nca / "keys/individual/valid/individual_valid.p12", PASSWORD, remember=True)
    assert PASSWORD not in repr(store)


def test_signing_keys_repr_hides_the_private_key(tmp_path: Path, nca: Path) -> None:
    gost = keys.load_signing_key(nca / "keys/individual/valid/individual_valid.p12", PASSWORD)
    private = gost._private  # type: ignore[attr-defined]
    assert str(private) not in repr(gost) and format(private, "x") not in repr(gost)
    assert repr(gost) == "GostSigningKey('individual_valid.p12')"
    ca = rsa_pki.make_ca(tmp_path)
    rsa = keys.load_signing_key(rsa_pki.make_user(tmp_path, ca, "RSA_repr"), PASSWORD)
    numbers = rsa._private.private_numbers()  # type: ignore[attr-defined]
    assert str(numbers.d) not in repr(rsa) and format(numbers.d, "x") not in repr(rsa)
