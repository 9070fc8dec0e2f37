"""RSA test keys made with ``cryptography``: an NCA-like CA and PKCS#12 files in several PBEs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

from qazmail_desktop.crypto.trust import CrlSet, TrustStore
from qazmail_desktop.crypto.verify import VerifyPolicy

NOW = dt.datetime.now(dt.UTC)


def _name(cn: str, **extra: str) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ")]
    if "iin" in extra:
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, "IIN" + extra["iin"]))
    if "email" in extra:
        attrs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, extra["email"]))
    return x509.Name(attrs)


def make_ca(tmp: Path) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = _name("TEST RSA ROOT")
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    (tmp / "ca").mkdir(exist_ok=True)
    (tmp / "ca" / "root.cer").write_bytes(cert.public_bytes(serialization.Encoding.DER))
    return key, cert


def make_user(
    tmp: Path,
    ca: tuple[rsa.RSAPrivateKey, x509.Certificate],
    name: str,
    auth: bool = False,
    encryption: str = "3des",
    email: str = "user@example.kz",
    usage: x509.KeyUsage | None = None,
) -> Path:
    ca_key, ca_cert = ca
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    eku = [ExtendedKeyUsageOID.CLIENT_AUTH] if auth else [ExtendedKeyUsageOID.EMAIL_PROTECTION]
    eku.append(ObjectIdentifier("1.2.398.3.3.4.1.1"))
    usage = usage or (
        x509.KeyUsage(True, False, True, False, False, False, False, False, False)
        if auth
        else x509.KeyUsage(True, True, False, False, False, False, False, False, False)
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("ТЕСТОВ ТЕСТ", iin="123456789011", email=email))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=90))
        .add_extension(usage, critical=True)
        .add_extension(x509.ExtendedKeyUsage(eku), critical=False)
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    if encryption == "3des":
        algo = (
            serialization.PrivateFormat.PKCS12.encryption_builder()
            .kdf_rounds(2048)
            .key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
            .hmac_hash(hashes.SHA1())
            .build(b"Qwerty12")
        )
    else:
        algo = serialization.BestAvailableEncryption(b"Qwerty12")
    path = tmp / f"{name}.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(name.encode(), key, cert, None, algo))
    (tmp / f"{name}.cer").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def make_crl(
    tmp: Path,
    ca: tuple[rsa.RSAPrivateKey, x509.Certificate],
    revoked: dict[int, dt.datetime] | None = None,
    this_update: dt.datetime | None = None,
    next_update: dt.datetime | None = None,
    number: int = 1,
    delta_of: int | None = None,
) -> Path:
    """A CRL of the test CA listing ``revoked`` (serial -> revocation time); current by default."""
    ca_key, ca_cert = ca
    this_update = this_update or NOW - dt.timedelta(hours=1)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca_cert.subject)
        .last_update(this_update)
        .next_update(next_update or this_update + dt.timedelta(days=7))
        .add_extension(x509.CRLNumber(number), critical=False)
    )
    if delta_of is not None:
        builder = builder.add_extension(x509.DeltaCRLIndicator(delta_of), critical=True)
    for serial, when in (revoked or {}).items():
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(when).build()
        )
    crl = builder.sign(ca_key, hashes.SHA256())
    (tmp / "crl").mkdir(exist_ok=True)
    path = tmp / "crl" / f"{'delta' if delta_of is not None else 'full'}_{number}.crl"
    path.write_bytes(crl.public_bytes(serialization.Encoding.DER))
    return path


def policy(tmp: Path, crl_paths: list[Path] | None = None, now: dt.datetime | None = None) -> VerifyPolicy:
    """The test CA trusted, with the given CRLs (default: every one made in ``tmp``/crl)."""
    trust = TrustStore()
    trust.add_folder(tmp / "ca")
    crls = CrlSet()
    for path in crl_paths if crl_paths is not None else sorted((tmp / "crl").glob("*.crl")):
        crls.add_file(path)
    return VerifyPolicy(trust=trust, crls=crls, now=now)
