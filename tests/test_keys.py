"""NCA PKCS#12 containers (legacy 3DES + RC2-40), PBES2, key information, AUTH refusal."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from qazmail_desktop.crypto import identity, keys
from qazmail_desktop.crypto.errors import KeyFileError, SigningRefusedError, WrongPasswordError
from tests import rsa_pki
from tests.conftest import EXPIRED_KEYS, PASSWORD, REVOKED_KEYS, VALID_KEYS


@pytest.mark.parametrize("path", VALID_KEYS + REVOKED_KEYS + EXPIRED_KEYS, ids=lambda p: p.parent.name + "/" + p.name)
def test_every_nca_key_opens_and_matches_its_certificate(path: Path) -> None:
    key = keys.load_signing_key(path, PASSWORD)
    assert isinstance(key, keys.GostSigningKey)
    assert key.info.algorithm == "GOST 34.10-2015 512"
    assert key.info.can_sign
    assert key.digest.oid == "1.2.398.3.10.1.3.3"


def test_wrong_password_is_named(nca: Path) -> None:
    with pytest.raises(WrongPasswordError, match=r"wrong password for head\.p12"):
        keys.load_signing_key(nca / "keys/legal/valid/head.p12", "Qwerty13")


def test_garbage_and_missing_files(tmp_path: Path) -> None:
    garbage = tmp_path / "junk.p12"
    garbage.write_bytes(b"\x30\x82\x05\x00 not a pkcs12 at all")
    with pytest.raises(KeyFileError):
        keys.load_signing_key(garbage, PASSWORD)
    with pytest.raises(KeyFileError, match="no such file"):
        keys.load_signing_key(tmp_path / "absent.p12", PASSWORD)


def test_head_of_legal_entity_identity(nca: Path) -> None:
    info = keys.load_signing_key(nca / "keys/legal/valid/head.p12", PASSWORD).info
    assert info.name == "ТЕСТОВ ТЕСТ"
    assert (info.surname, info.given_name, info.patronymic) == ("ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ")
    assert info.iin == "123456789011"
    assert info.bin == "123456789021"
    assert info.organization == 'АО "ТЕСТ"'
    assert info.roles == ["legal_entity", "head"]
    assert info.not_after.year == 2027


def test_roles_of_employees(nca: Path) -> None:
    assert "employee" in keys.load_signing_key(nca / "keys/legal/valid/employee.p12", PASSWORD).info.roles
    assert "sign_right" in keys.load_signing_key(nca / "keys/legal/valid/employee_signright.p12", PASSWORD).info.roles
    assert keys.load_signing_key(nca / "keys/individual/valid/individual_valid.p12", PASSWORD).info.roles == [
        "individual"
    ]


@pytest.mark.parametrize("encryption", ["3des", "pbes2"])
def test_rsa_containers(tmp_path: Path, encryption: str) -> None:
    ca = rsa_pki.make_ca(tmp_path)
    path = rsa_pki.make_user(tmp_path, ca, "RSA_user", encryption=encryption)
    key = keys.load_signing_key(path, PASSWORD)
    assert isinstance(key, keys.RsaSigningKey)
    assert key.info.algorithm == "RSA 2048"
    assert key.info.email == "user@example.kz"
    with pytest.raises(WrongPasswordError):
        keys.load_signing_key(path, "nope")


def test_auth_key_refuses_to_sign(tmp_path: Path) -> None:
    ca = rsa_pki.make_ca(tmp_path)
    key = keys.load_signing_key(rsa_pki.make_user(tmp_path, ca, "AUTH_user", auth=True), PASSWORD)
    assert key.info.purpose == "auth"
    with pytest.raises(SigningRefusedError, match="authentication"):
        key.ensure_can_sign()


@pytest.mark.parametrize(
    ("iin", "valid", "born", "sex"),
    [
        ("900101300017", True, dt.date(1990, 1, 1), "male"),
        ("900101400013", True, dt.date(1990, 1, 1), "female"),
        ("900101400012", False, dt.date(1990, 1, 1), "female"),
        ("901301300017", False, None, "male"),
        ("123456789011", False, None, None),
        ("12345", False, None, None),
    ],
)
def test_iin_details(iin: str, valid: bool, born: dt.date | None, sex: str | None) -> None:
    details = identity.iin_details(iin)
    assert details.valid is valid
    assert details.birth_date == born
    assert details.sex == sex


def test_check_digit_uses_second_weights() -> None:
    # 12345678901x: the first weighted sum is 10 mod 11, so the second weights decide: x = 3
    assert identity.check_digit_valid("123456789013")
    assert not identity.check_digit_valid("123456789011")


def test_information_system_and_treasury_client_roles(nca: Path) -> None:
    """The corpus README: the file names are swapped; the certificates say which role they hold."""
    legal = nca / "keys" / "legal" / "valid"
    treasury = keys.load_signing_key(legal / "infosystem.p12", PASSWORD).info
    system = keys.load_signing_key(legal / "treasury_client.p12", PASSWORD).info
    assert "treasury_client" in treasury.roles and "information_system" not in treasury.roles
    assert "information_system" in system.roles and system.name == 'ИС "Тест"'


def test_keyinfo_tells_validity(nca: Path, profile_dir: Path) -> None:
    from tests.conftest import EXPIRED_KEYS, run_cli

    valid = run_cli(
        "keyinfo", nca / "keys/legal/valid/head.p12", "--password-env", "QAZMAIL_TEST_PW", profile=profile_dir
    )
    assert valid.returncode == 0 and "valid until 08.05.2027" in valid.stdout and "days left" in valid.stdout
    expired = run_cli("keyinfo", EXPIRED_KEYS[0], "--password-env", "QAZMAIL_TEST_PW", profile=profile_dir)
    assert expired.returncode == 0 and re.search(r"EXPIRED on \d\d\.\d\d\.2024 ", expired.stdout)


def test_a_key_file_asking_for_millions_of_hash_rounds_is_refused_at_once(tmp_path: Path) -> None:
    """A container whose MAC and PBE ask for 10,000,000 rounds took 22 s to open before the
    password could even be found wrong; it is refused, saying why, before any hashing."""
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    algorithm = rsa_pki.legacy_encryption(rounds=1_000_000)
    path = tmp_path / "slow.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"slow", key, None, None, algorithm))
    with pytest.raises(KeyFileError, match="1,000,000 rounds of password hashing"):
        keys.load_signing_key(path, "Qwerty12")
