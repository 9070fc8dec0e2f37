"""RSA test keys made with ``cryptography``: an NCA-like CA and PKCS#12 files in several PBEs."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
from pathlib import Path

from asn1crypto import cms as asn1_cms
from asn1crypto import ocsp as asn1_ocsp
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

from qazmail_desktop.crypto import cms
from qazmail_desktop.crypto.cms import TimestampRequester
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.keys import SigningKey
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


def make_ca(
    tmp: Path, name_text: str = "TEST RSA ROOT", crl_sign: bool = True
) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """A self-signed CA (written to ``tmp``/ca/root.cer); ``crl_sign``: its keyUsage allows CRLs."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = _name(name_text)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1000))
        .not_valid_after(NOW + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, crl_sign, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    (tmp / "ca").mkdir(exist_ok=True)
    (tmp / "ca" / "root.cer").write_bytes(cert.public_bytes(serialization.Encoding.DER))
    return key, cert


def make_intermediate(
    tmp: Path, root: tuple[rsa.RSAPrivateKey, x509.Certificate], name_text: str, crl_url: str = ""
) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """An issuing CA under ``root`` (kept beside it in ``tmp``/ca, as a helper for path building);
    ``crl_url``, where its root's CRL is published (its CDP)."""
    root_key, root_cert = root
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(name_text))
        .issuer_name(root_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=900))
        .not_valid_after(NOW + dt.timedelta(days=300))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if crl_url:
        point = x509.DistributionPoint([x509.UniformResourceIdentifier(crl_url)], None, None, None)
        builder = builder.add_extension(x509.CRLDistributionPoints([point]), critical=False)
    cert = builder.sign(root_key, hashes.SHA256())
    (tmp / "ca").mkdir(exist_ok=True)
    (tmp / "ca" / f"{name_text.replace(' ', '_').lower()}.cer").write_bytes(
        cert.public_bytes(serialization.Encoding.DER)
    )
    return key, cert


def make_user(
    tmp: Path,
    ca: tuple[rsa.RSAPrivateKey, x509.Certificate],
    name: str,
    auth: bool = False,
    encryption: str = "3des",
    email: str = "user@example.kz",
    usage: x509.KeyUsage | None = None,
    valid: tuple[dt.datetime, dt.datetime] | None = None,
    tsa: bool = False,
    purposes: tuple[list[ObjectIdentifier], bool] | None = None,
) -> Path:
    """A PKCS#12 (password Qwerty12) of a new key and a certificate ``ca`` issues; ``valid`` is its
    (notBefore, notAfter), by default from yesterday for 90 days; ``tsa`` makes a time-stamping key;
    ``purposes`` sets the extendedKeyUsage and whether it is critical."""
    ca_key, ca_cert = ca
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    eku = [ExtendedKeyUsageOID.CLIENT_AUTH] if auth else [ExtendedKeyUsageOID.EMAIL_PROTECTION]
    eku = [ExtendedKeyUsageOID.TIME_STAMPING] if tsa else [*eku, ObjectIdentifier("1.2.398.3.3.4.1.1")]
    eku, eku_critical = purposes or (eku, tsa)
    not_before, not_after = valid or (NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=90))
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
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(usage, critical=True)
        .add_extension(x509.ExtendedKeyUsage(eku), critical=eku_critical)
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    algo = legacy_encryption() if encryption == "3des" else serialization.BestAvailableEncryption(b"Qwerty12")
    path = tmp / f"{name}.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(name.encode(), key, cert, None, algo))
    (tmp / f"{name}.cer").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def private_key(p12: Path) -> rsa.RSAPrivateKey:
    """The RSA key a test PKCS#12 (password Qwerty12) holds."""
    key, _, _ = pkcs12.load_key_and_certificates(p12.read_bytes(), b"Qwerty12")
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


def ocsp_answer(
    responder: tuple[rsa.RSAPrivateKey, x509.Certificate],
    leaf: x509.Certificate,
    issuer: x509.Certificate,
    this_update: dt.datetime,
    revoked_at: dt.datetime | None = None,
) -> asn1_ocsp.BasicOCSPResponse:
    """A BasicOCSPResponse about ``leaf`` (of ``issuer``): "good", or "revoked" at ``revoked_at``,
    signed by ``responder`` (whose certificate it carries), as a signature's revocation-values hold it."""
    responder_key, responder_cert = responder
    issuer_der = issuer.public_bytes(serialization.Encoding.DER)
    issuer_asn1 = asn1_x509.Certificate.load(issuer_der)
    status = (
        asn1_ocsp.CertStatus({"good": None})
        if revoked_at is None
        else asn1_ocsp.CertStatus({"revoked": {"revocation_time": revoked_at, "revocation_reason": "key_compromise"}})
    )
    data = asn1_ocsp.ResponseData(
        {
            "responder_id": {
                "by_key": asn1_x509.Certificate.load(
                    responder_cert.public_bytes(serialization.Encoding.DER)
                ).public_key.sha1
            },
            "produced_at": this_update,
            "responses": [
                {
                    "cert_id": {
                        "hash_algorithm": {"algorithm": "sha1"},
                        "issuer_name_hash": hashlib.sha1(issuer_asn1.subject.dump()).digest(),
                        "issuer_key_hash": issuer_asn1.public_key.sha1,
                        "serial_number": leaf.serial_number,
                    },
                    "cert_status": status,
                    "this_update": this_update,
                }
            ],
        }
    )
    signature = responder_key.sign(data.dump(), padding.PKCS1v15(), hashes.SHA256())
    return asn1_ocsp.BasicOCSPResponse(
        {
            "tbs_response_data": data,
            "signature_algorithm": {"algorithm": "sha256_rsa"},
            "signature": signature,
            "certs": [asn1_x509.Certificate.load(responder_cert.public_bytes(serialization.Encoding.DER))],
        }
    )


def legacy_encryption(rounds: int = 2048) -> serialization.KeySerializationEncryption:
    """PKCS#12 protection as the NCA's files have it (3DES, SHA-1 MAC), password Qwerty12."""
    return (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(rounds)
        .key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
        .hmac_hash(hashes.SHA1())
        .build(b"Qwerty12")
    )


def make_crl(
    tmp: Path,
    ca: tuple[rsa.RSAPrivateKey, x509.Certificate],
    revoked: dict[int, dt.datetime] | None = None,
    this_update: dt.datetime | None = None,
    next_update: dt.datetime | None = None,
    number: int = 1,
    delta_of: int | None = None,
    expired_certs_since: dt.datetime | None = None,
    reason: x509.ReasonFlags | None = None,
) -> Path:
    """A CRL of the test CA listing ``revoked`` (serial -> revocation time), each entry with
    ``reason`` when given (certificate_hold, remove_from_crl …); current by default."""
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
    if expired_certs_since is not None:  # ExpiredCertsOnCRL: a GeneralizedTime
        stamp = expired_certs_since.strftime("%Y%m%d%H%M%SZ").encode()
        value = bytes([0x18, len(stamp)]) + stamp
        builder = builder.add_extension(
            x509.UnrecognizedExtension(ObjectIdentifier("2.5.29.60"), value), critical=False
        )
    for serial, when in (revoked or {}).items():
        entry = x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(when)
        if reason is not None:
            entry = entry.add_extension(x509.CRLReason(reason), critical=False)
        builder = builder.add_revoked_certificate(entry.build())
    crl = builder.sign(ca_key, hashes.SHA256())
    (tmp / "crl").mkdir(exist_ok=True)
    path = tmp / "crl" / f"{'delta' if delta_of is not None else 'full'}_{number}_{this_update:%Y%m%d%H%M}.crl"
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


def timestamper(tsa_key: SigningKey, gen_time: dt.datetime) -> TimestampRequester:
    """An RFC 3161 token over a signature value, from the test TSA, at ``gen_time``."""

    def stamp(signature: bytes) -> asn1_cms.ContentInfo:
        info = tsp.TSTInfo(
            {
                "version": "v1",
                "policy": "1.2.398.3.3.2.6.4",
                "message_imprint": {
                    "hash_algorithm": {"algorithm": "sha256"},
                    "hashed_message": hashlib.sha256(signature).digest(),
                },
                "serial_number": int.from_bytes(os.urandom(8), "big"),
                "gen_time": gen_time.replace(microsecond=0),
            }
        )
        token = cms.sign(Content(data=info.dump()), tsa_key, detached=False, now=gen_time, content_type="tst_info")
        return asn1_cms.ContentInfo.load(token)

    return stamp


def openssl_verify(
    signature: Path, ca_pem: Path, out: Path, content: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``openssl cms -verify`` of a DER CMS against ``ca_pem`` (the document in ``content`` when
    detached), the signed content written to ``out``: the independent RSA check."""
    cmd = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(signature)]
    cmd += ["-CAfile", str(ca_pem), "-purpose", "any", "-out", str(out)]
    if content is not None:
        cmd += ["-content", str(content)]
    return subprocess.run(cmd, capture_output=True, text=True)
