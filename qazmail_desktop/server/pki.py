"""A demo PKI shaped like the NCA's: GOST 2015-512 root and issuing CA, personal and company
certificates (IIN, BIN, company, role OIDs), a TSA, an OCSP responder and CRLs.

It issues real certificates that the app's verifier checks like any other; only the trust in
the demo root is the user's explicit choice (``DIR/pki/demo_root.cer``). The demo CA's own keys
live in ``DIR/pki`` (mode 0600) so a restarted server keeps its identity.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from asn1crypto import cms, core, crl, keys, ocsp, tsp, x509

from ..atomic import write_atomically
from ..crypto import certificates, gost3410, oids, streebog
from ..crypto import cms as cms_builder
from ..crypto.content import Content
from ..crypto.keys import GostSigningKey
from ..crypto.pkcs12_writer import write_container

CURVE = gost3410.TC26_512_A
DEMO_PASSWORD = "Qwerty12"
TSA_POLICY = "1.2.398.3.3.2.6.4"
_EKU_TIME_STAMPING = "1.3.6.1.5.5.7.3.8"
_EKU_OCSP_SIGNING = "1.3.6.1.5.5.7.3.9"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _gen_time() -> dt.datetime:
    """genTime to the millisecond (RFC 3161 allows fractions): signatures made within one second,
    a signature and its co-signature, keep their order wherever they are sorted by it."""
    now = dt.datetime.now(dt.UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def _algorithm(oid: str) -> dict[str, object]:
    return {"algorithm": oid, "parameters": core.Null()}


def _gost_params() -> core.Any:
    """SEQUENCE { curve OID, digest OID }, as NCA certificates carry it."""
    body = (
        core.ObjectIdentifier(oids.NCA_GOST2015_512_CURVE_A).dump()
        + core.ObjectIdentifier(oids.NCA_STREEBOG_512).dump()
    )
    return core.Any.load(b"\x30" + bytes([len(body)]) + body)


def gost_public_key_info(point: tuple[int, int]) -> keys.PublicKeyInfo:
    raw = core.OctetString(point[0].to_bytes(64, "little") + point[1].to_bytes(64, "little")).dump()
    params = _gost_params()
    return keys.PublicKeyInfo(
        {
            "algorithm": {"algorithm": oids.NCA_GOST2015_512_KEY, "parameters": params},
            "public_key": core.OctetBitString(raw),
        }
    )


def gost_private_key_info(private: int) -> keys.PrivateKeyInfo:
    params = _gost_params()
    return keys.PrivateKeyInfo(
        {
            "version": 0,
            "private_key_algorithm": {"algorithm": oids.NCA_GOST2015_512_KEY, "parameters": params},
            "private_key": core.OctetString(core.OctetString(private.to_bytes(64, "little")).dump()),
        }
    )


def gost_sign(private: int, data: bytes) -> bytes:
    r, s = gost3410.sign(CURVE, private, streebog.streebog512(data))
    return certificates.gost_signature_to_bytes(r, s, oids.NCA_GOST2015_512_SIGNATURE)


def nca_name(
    common_name: str,
    surname: str = "",
    iin: str = "",
    given: str = "",
    organization: str = "",
    bin_: str = "",
    email: str = "",
) -> x509.Name:
    values: dict[str, str] = {"common_name": common_name}
    if surname:
        values["surname"] = surname
    if iin:
        values["serial_number"] = "IIN" + iin
    values["country_name"] = "KZ"
    if organization:
        values["organization_name"] = organization
    if bin_:
        values["organizational_unit_name"] = "BIN" + bin_
    if given:
        values["given_name"] = given
    if email:
        values["email_address"] = email
    return x509.Name.build(values, use_printable=False)


@dataclass
class Party:
    """A certificate and its GOST private scalar."""

    certificate: x509.Certificate
    private: int

    def signing_key(self, label: str) -> GostSigningKey:
        return GostSigningKey(self.certificate, label, self.private)


def _key_id(point: tuple[int, int]) -> bytes:
    return hashlib.sha1(point[0].to_bytes(64, "little") + point[1].to_bytes(64, "little")).digest()


def _uri(url: str) -> x509.GeneralName:
    return x509.GeneralName(name="uniform_resource_identifier", value=url)


def issue(
    subject: x509.Name,
    point: tuple[int, int],
    issuer: Party | None,
    issuer_private: int,
    *,
    ca: bool,
    key_usage: set[str],
    eku: list[str],
    days: int,
    base_url: str,
    email: str = "",
    not_before: dt.datetime | None = None,
    issuer_file: str = "demo_ca.cer",
) -> x509.Certificate:
    start = not_before or _now() - dt.timedelta(days=1)
    extensions = [
        {"extn_id": "key_usage", "critical": True, "extn_value": key_usage},
        {"extn_id": "key_identifier", "critical": False, "extn_value": _key_id(point)},
    ]
    if ca:
        extensions.append({"extn_id": "basic_constraints", "critical": True, "extn_value": {"ca": True}})
    if eku:
        extensions.append({"extn_id": "extended_key_usage", "critical": _EKU_TIME_STAMPING in eku, "extn_value": eku})
    if issuer is not None:
        issuer_point = certificates.public_key(issuer.certificate)
        assert isinstance(issuer_point, certificates.GostPublicKey)
        extensions.append(
            {
                "extn_id": "authority_key_identifier",
                "critical": False,
                "extn_value": {"key_identifier": _key_id(issuer_point.point)},
            }
        )
        crl_point = x509.DistributionPointName(name="full_name", value=[_uri(f"{base_url}/crl/demo_ca.crl")])
        extensions.append(
            {"extn_id": "crl_distribution_points", "critical": False, "extn_value": [{"distribution_point": crl_point}]}
        )
        extensions.append(
            {
                "extn_id": "authority_information_access",
                "critical": False,
                "extn_value": [
                    {"access_method": "ocsp", "access_location": _uri(f"{base_url}/ocsp")},
                    {"access_method": "ca_issuers", "access_location": _uri(f"{base_url}/ca/{issuer_file}")},
                ],
            }
        )
    if email:
        extensions.append(
            {
                "extn_id": "subject_alt_name",
                "critical": False,
                "extn_value": [x509.GeneralName(name="rfc822_name", value=email)],
            }
        )
    tbs = x509.TbsCertificate(
        {
            "version": "v3",
            "serial_number": int.from_bytes(secrets.token_bytes(19), "big"),
            "signature": _algorithm(oids.NCA_GOST2015_512_SIGNATURE),
            "issuer": issuer.certificate.subject if issuer else subject,
            "validity": {
                "not_before": x509.Time({"utc_time": start}),
                "not_after": x509.Time({"utc_time": start + dt.timedelta(days=days)}),
            },
            "subject": subject,
            "subject_public_key_info": gost_public_key_info(point),
            "extensions": extensions,
        }
    )
    signature = gost_sign(issuer_private, tbs.dump())
    return x509.Certificate(
        {
            "tbs_certificate": tbs,
            "signature_algorithm": _algorithm(oids.NCA_GOST2015_512_SIGNATURE),
            "signature_value": signature,
        }
    )


def new_private() -> int:
    return secrets.randbelow(CURVE.q - 1) + 1


@dataclass
class DemoUser:
    key_file: str
    email: str
    common_name: str
    surname: str
    given: str
    iin: str
    organization: str = ""
    bin: str = ""
    roles: tuple[str, ...] = (oids.ROLE_INDIVIDUAL,)
    revoked: bool = False


@dataclass
class DemoPki:
    """The demo CA hierarchy, persisted under ``root``; ``base_url`` is where the HTTP side listens."""

    root_dir: Path
    base_url: str
    root: Party = field(init=False)
    ca: Party = field(init=False)
    tsa: Party = field(init=False)
    revoked: dict[int, dt.datetime] = field(default_factory=dict)
    crl_number: int = 1
    urls_named: str = field(init=False)  # the base URL the certificates name (kept from the first run)

    @staticmethod
    def recorded_port(root_dir: Path) -> int | None:
        """The HTTP port the hierarchy's certificates name (OCSP, CRL, CA URLs), once it exists:
        the demo must listen there again, or every check of its signatures finds no responder."""
        try:
            url = json.loads((root_dir / "state.json").read_text()).get("base_url")
        except (OSError, ValueError, AttributeError):
            return None
        return urlsplit(url).port if isinstance(url, str) else None

    def __post_init__(self) -> None:
        self.urls_named = self.base_url
        self.root_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        state = self.root_dir / "state.json"
        if state.exists():
            self._load(json.loads(state.read_text()))
        else:
            self._create()

    def _save(self) -> None:
        data = {
            "root": [self.root.certificate.dump().hex(), format(self.root.private, "x")],
            "ca": [self.ca.certificate.dump().hex(), format(self.ca.private, "x")],
            "tsa": [self.tsa.certificate.dump().hex(), format(self.tsa.private, "x")],
            "revoked": {str(k): v.isoformat() for k, v in self.revoked.items()},
            "crl_number": self.crl_number,
            "base_url": self.urls_named,
        }
        write_atomically(self.root_dir / "state.json", json.dumps(data).encode(), durable=True)
        (self.root_dir / "demo_root.cer").write_bytes(self.root.certificate.dump())
        (self.root_dir / "demo_ca.cer").write_bytes(self.ca.certificate.dump())

    def _load(self, data: dict[str, object]) -> None:
        def party(value: object) -> Party:
            assert isinstance(value, list) and len(value) == 2
            cert_hex, private_hex = str(value[0]), str(value[1])
            return Party(x509.Certificate.load(bytes.fromhex(cert_hex)), int(private_hex, 16))

        self.root, self.ca, self.tsa = party(data["root"]), party(data["ca"]), party(data["tsa"])
        self.revoked = {int(k): dt.datetime.fromisoformat(v) for k, v in data["revoked"].items()}  # type: ignore[attr-defined]
        self.crl_number = int(data["crl_number"])  # type: ignore[call-overload]
        self.urls_named = str(data.get("base_url") or self.base_url)

    def _create(self) -> None:
        root_private = new_private()
        root_point = gost3410.public_key(CURVE, root_private)
        root_name = nca_name("QAZMAIL DEMO ROOT CA (GOST)")
        root_cert = issue(
            root_name,
            root_point,
            None,
            root_private,
            ca=True,
            key_usage={"key_cert_sign", "crl_sign"},
            eku=[],
            days=3650,
            base_url=self.base_url,
            not_before=_now() - dt.timedelta(days=30),
        )
        self.root = Party(root_cert, root_private)
        ca_private = new_private()
        self.ca = Party(
            issue(
                nca_name("QAZMAIL DEMO CA (GOST) 2026"),
                gost3410.public_key(CURVE, ca_private),
                self.root,
                root_private,
                ca=True,
                key_usage={"key_cert_sign", "crl_sign"},
                eku=[],
                days=3000,
                base_url=self.base_url,
                not_before=_now() - dt.timedelta(days=30),
                issuer_file="demo_root.cer",
            ),
            ca_private,
        )
        tsa_private = new_private()
        self.tsa = Party(
            issue(
                nca_name("QAZMAIL DEMO TSA"),
                gost3410.public_key(CURVE, tsa_private),
                self.ca,
                ca_private,
                ca=False,
                key_usage={"digital_signature", "non_repudiation"},
                eku=[_EKU_TIME_STAMPING],
                days=2000,
                base_url=self.base_url,
            ),
            tsa_private,
        )
        self._save()

    # issuing users ---------------------------------------------------------------------------
    def issue_user(self, user: DemoUser, keys_dir: Path) -> Path:
        private = new_private()
        point = gost3410.public_key(CURVE, private)
        subject = nca_name(
            user.common_name, user.surname, user.iin, user.given, user.organization, user.bin, user.email
        )
        cert = issue(
            subject,
            point,
            self.ca,
            self.ca.private,
            ca=False,
            key_usage={"digital_signature", "non_repudiation"},
            eku=[oids.EKU_EMAIL_PROTECTION, *user.roles],
            days=365,
            base_url=self.base_url,
            email=user.email,
        )
        keys_dir.mkdir(parents=True, exist_ok=True)
        path = keys_dir / user.key_file
        path.write_bytes(write_container(gost_private_key_info(private), cert, DEMO_PASSWORD, user.common_name))
        if user.revoked:
            self.revoke(cert.serial_number)
        return path

    def revoke(self, serial: int, when: dt.datetime | None = None) -> None:
        self.revoked[serial] = when or _now()
        self.crl_number += 1
        self._save()

    # the services ---------------------------------------------------------------------------
    def crl(self) -> bytes:
        now = _now()
        entries = [
            {
                "user_certificate": serial,
                "revocation_date": x509.Time({"utc_time": when}),
                "crl_entry_extensions": [{"extn_id": "crl_reason", "critical": False, "extn_value": "key_compromise"}],
            }
            for serial, when in sorted(self.revoked.items())
        ]
        tbs = crl.TbsCertList(
            {
                "version": "v2",
                "signature": _algorithm(oids.NCA_GOST2015_512_SIGNATURE),
                "issuer": self.ca.certificate.subject,
                "this_update": x509.Time({"utc_time": now}),
                "next_update": x509.Time({"utc_time": now + dt.timedelta(days=7)}),
                "revoked_certificates": entries or None,
                "crl_extensions": [{"extn_id": "crl_number", "critical": False, "extn_value": self.crl_number}],
            }
        )
        if not entries:
            del tbs["revoked_certificates"]
        return bytes(
            crl.CertificateList(
                {
                    "tbs_cert_list": tbs,
                    "signature_algorithm": _algorithm(oids.NCA_GOST2015_512_SIGNATURE),
                    "signature": gost_sign(self.ca.private, tbs.dump()),
                }
            ).dump()
        )

    def timestamp(self, request_der: bytes) -> bytes:
        """An RFC 3161 response: a GOST-signed TSTInfo over the request's imprint."""
        try:
            request = tsp.TimeStampReq.load(request_der)
            imprint = request["message_imprint"]
            imprint.native  # noqa: B018 - validate now
        except (ValueError, TypeError, KeyError) as exc:
            return _tsp_rejection(f"malformed request: {exc}")
        info = tsp.TSTInfo(
            {
                "version": "v1",
                "policy": TSA_POLICY,
                "message_imprint": imprint,
                "serial_number": int.from_bytes(secrets.token_bytes(16), "big"),
                "gen_time": _gen_time(),
                "nonce": request["nonce"].native if request["nonce"].native is not None else None,
            }
        )
        if request["nonce"].native is None:
            del info["nonce"]
        token_der = cms_builder.sign(
            Content(data=info.dump()), self.tsa.signing_key("demo TSA"), detached=False, content_type="tst_info"
        )
        token = cms.ContentInfo.load(token_der)
        return bytes(tsp.TimeStampResp({"status": {"status": "granted"}, "time_stamp_token": token}).dump())

    def ocsp(self, request_der: bytes) -> bytes:
        try:
            request = ocsp.OCSPRequest.load(request_der)
            wanted = list(request["tbs_request"]["request_list"])
            nonce = request.nonce_value
            request.native  # noqa: B018
        except (ValueError, TypeError, KeyError):
            return bytes(ocsp.OCSPResponse({"response_status": "malformed_request"}).dump())
        now = _now()
        ca_name_hash = hashlib.sha1(self.ca.certificate.subject.dump()).digest()
        ca_key_hash = hashlib.sha1(self.ca.certificate.public_key["public_key"].contents[1:]).digest()
        responses = []
        for item in wanted:
            cert_id = item["req_cert"]
            serial = cert_id["serial_number"].native
            ours = (
                cert_id["issuer_name_hash"].native == ca_name_hash and cert_id["issuer_key_hash"].native == ca_key_hash
            )
            if not ours:
                status = ocsp.CertStatus({"unknown": core.Null()})
            elif serial in self.revoked:
                status = ocsp.CertStatus(
                    {"revoked": {"revocation_time": self.revoked[serial], "revocation_reason": "key_compromise"}}
                )
            else:
                status = ocsp.CertStatus({"good": core.Null()})
            responses.append(
                {
                    "cert_id": cert_id,
                    "cert_status": status,
                    "this_update": now,
                    "next_update": now + dt.timedelta(hours=1),
                }
            )
        extensions = [{"extn_id": "nonce", "critical": False, "extn_value": nonce}] if nonce is not None else []
        data = ocsp.ResponseData(
            {
                "responder_id": {"by_key": ca_key_hash},
                "produced_at": now,
                "responses": responses,
                **({"response_extensions": extensions} if extensions else {}),
            }
        )
        basic = ocsp.BasicOCSPResponse(
            {
                "tbs_response_data": data,
                "signature_algorithm": _algorithm(oids.NCA_GOST2015_512_SIGNATURE),
                "signature": gost_sign(self.ca.private, data.dump()),
                "certs": [self.ca.certificate],
            }
        )
        return bytes(
            ocsp.OCSPResponse(
                {
                    "response_status": "successful",
                    "response_bytes": {"response_type": "basic_ocsp_response", "response": basic},
                }
            ).dump()
        )


def _tsp_rejection(text: str) -> bytes:
    return bytes(tsp.TimeStampResp({"status": {"status": "rejection", "status_string": [text]}}).dump())


__all__ = ["DEMO_PASSWORD", "DemoPki", "DemoUser"]
