"""Who a certificate names, in the NCA profile: person, IIN, company, BIN, roles, key purpose.

NCA subjects put the IIN in SERIALNUMBER ("IIN123456789011"), the BIN in OU ("BIN..."), the
company in O, the surname in SN, the patronymic in G(ivenName), and "SURNAME NAME" in CN; roles
are EKU OIDs. IINs and BINs are checked with the official two-pass mod-11 check digit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

from asn1crypto import x509

from . import certificates, oids

_NAME_OIDS = {
    "2.5.4.3": "common_name",
    "2.5.4.4": "surname",
    "2.5.4.5": "serial_number",
    "2.5.4.6": "country",
    "2.5.4.7": "locality",
    "2.5.4.8": "state",
    "2.5.4.10": "organization",
    "2.5.4.11": "organizational_unit",
    "2.5.4.15": "business_category",
    "2.5.4.42": "given_name",
    "1.2.840.113549.1.9.1": "email",
    "0.9.2342.19200300.100.1.25": "domain_component",
    "0.9.2342.19200300.100.1.1": "user_id",
}
_CHECK_WEIGHTS = ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))


def check_digit_valid(number: str) -> bool:
    """The IIN/BIN control digit: weighted sum mod 11, with a second weighting when it is 10."""
    if len(number) != 12 or not number.isdigit():
        return False
    digits = [int(c) for c in number]
    for weights in _CHECK_WEIGHTS:
        control = sum(d * w for d, w in zip(digits[:11], weights, strict=True)) % 11
        if control != 10:
            return control == digits[11]
    return False


@dataclass(frozen=True)
class IinDetails:
    valid: bool
    birth_date: dt.date | None
    sex: str | None


def iin_details(iin: str) -> IinDetails:
    """Birth date and sex encoded in an IIN (digit 7: century and sex), when they make sense."""
    valid = check_digit_valid(iin)
    if len(iin) != 12 or not iin.isdigit() or iin[6] not in "123456":
        return IinDetails(False, None, None)
    century_digit = int(iin[6])
    century = 1800 + 100 * ((century_digit - 1) // 2)
    sex = "male" if century_digit % 2 else "female"
    try:
        born = dt.date(century + int(iin[:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        return IinDetails(False, None, sex)  # a right check digit cannot save an impossible date
    return IinDetails(valid, born, sex)


def _name_fields(name: x509.Name) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for rdn in name.chosen:
        for attr in rdn:
            oid = attr["type"].dotted
            key = _NAME_OIDS.get(oid, oid)
            value = attr["value"].native
            out.setdefault(key, []).append(value if isinstance(value, str) else str(value))
    return out


def _extension(cert: x509.Certificate, oid: str) -> Any:
    for ext in cert["tbs_certificate"]["extensions"] or []:
        if ext["extn_id"].dotted == oid:
            return ext["extn_value"].parsed
    return None


@dataclass(frozen=True)
class CertificateInfo:
    """Everything the UI and the CLI show about a certificate's owner and the key."""

    name: str
    surname: str
    given_name: str
    patronymic: str
    email: str
    iin: str
    iin_valid: bool
    birth_date: dt.date | None
    sex: str | None
    bin: str
    bin_valid: bool
    organization: str
    roles: list[str]
    key_usage: list[str]
    extended_key_usage: list[str]
    purpose: str  # "sign", "auth", "sign+auth" or "other"
    not_before: dt.datetime
    not_after: dt.datetime
    issuer: str
    serial: str
    algorithm: str
    sha256_fingerprint: str
    subject: dict[str, list[str]] = field(default_factory=dict)
    templates: list[str] = field(default_factory=list)  # certificatePolicies in words, "name (OID)"

    @property
    def can_sign(self) -> bool:
        return "sign" in self.purpose

    def to_json(self) -> dict[str, Any]:
        # field by field: dataclasses.asdict deep-copies recursively, a tenth of a letter's check
        data: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in ("roles", "key_usage", "extended_key_usage", "templates"):
            data[name] = list(data[name])
        data["subject"] = {key: list(values) for key, values in self.subject.items()}
        data["birth_date"] = self.birth_date.isoformat() if self.birth_date else None
        data["not_before"] = self.not_before.isoformat()
        data["not_after"] = self.not_after.isoformat()
        return data


_ALGORITHM_NAMES = {
    oids.NCA_GOST2015_512_KEY: "GOST 34.10-2015 512",
    oids.TC26_GOST2012_512_KEY: "GOST 34.10-2012 512 (TC26)",
    oids.NCA_GOST2004_KEY: "GOST 34.310-2004 (256)",
    "1.2.840.113549.1.1.1": "RSA",
}


def _purpose(key_usage: list[str], eku: list[str]) -> str:
    """The key's purpose: sign, auth, sign+auth, or other (a usage that allows neither).

    The NCA issues two keys: signing (digitalSignature + nonRepudiation, EKU e-mail protection)
    and authentication (digitalSignature + keyEncipherment, EKU clientAuth); an AUTH key's
    signature is a login, never a signature under a document."""
    may_sign = not key_usage or bool({"digital_signature", "non_repudiation"} & set(key_usage))
    auths = oids.EKU_CLIENT_AUTH in eku
    signs = may_sign and ("non_repudiation" in key_usage or oids.EKU_EMAIL_PROTECTION in eku or not auths)
    if signs and auths:
        return "sign+auth"
    if auths:
        return "auth"
    return "sign" if signs else "other"


def _prefixed(values: list[str], prefix: str) -> str:
    for value in values:
        if value.upper().startswith(prefix):
            return value[len(prefix) :]
    return ""


def _algorithm_name(cert: x509.Certificate) -> str:
    oid = certificates.key_algorithm_oid(cert)
    if oid == "1.2.840.113549.1.1.1":
        return f"RSA {cert.public_key['public_key'].parsed['modulus'].native.bit_length()}"
    return _ALGORITHM_NAMES.get(oid, oid)


_DESCRIBED: certificates.Remembered[bytes, CertificateInfo] = certificates.Remembered(1024)


def describe(cert: x509.Certificate) -> CertificateInfo:
    """Who the certificate names and what its key may do. Remembered by the certificate's DER:
    a mailbox's letters come from a few signers and one TSA, and reading a certificate's fields
    through asn1crypto costs a millisecond each time."""
    return _DESCRIBED.get(cert.dump(), lambda: _describe(cert))


def _describe(cert: x509.Certificate) -> CertificateInfo:
    subject = _name_fields(cert.subject)

    def first(key: str) -> str:
        return subject.get(key, [""])[0]

    common_name = first("common_name")
    surname = first("surname")
    given = common_name[len(surname) :].strip() if surname and common_name.startswith(surname) else ""
    emails = subject.get("email", [])
    san = _extension(cert, "2.5.29.17")
    if san is not None:
        emails += [g.native for g in san if g.name == "rfc822_name"]
    iin = _prefixed(subject.get("serial_number", []), "IIN")
    bin_ = _prefixed(subject.get("organizational_unit", []), "BIN")
    ku = _extension(cert, "2.5.29.15")
    key_usage = sorted(ku.native) if ku is not None else []
    eku_ext = _extension(cert, "2.5.29.37")
    eku = [e.dotted for e in eku_ext] if eku_ext is not None else []
    details = iin_details(iin)
    validity = cert["tbs_certificate"]["validity"]
    return CertificateInfo(
        name=common_name,
        surname=surname,
        given_name=given,
        patronymic=first("given_name"),
        email=emails[0] if emails else "",
        iin=iin,
        iin_valid=details.valid,
        birth_date=details.birth_date,
        sex=details.sex,
        bin=bin_,
        bin_valid=check_digit_valid(bin_) if bin_ else False,
        organization=first("organization"),
        roles=[oids.ROLE_NAMES[o] for o in eku if o in oids.ROLE_NAMES],
        key_usage=key_usage,
        extended_key_usage=eku,
        purpose=_purpose(key_usage, eku),
        not_before=validity["not_before"].native,
        not_after=validity["not_after"].native,
        issuer=certificates.friendly_name(cert.issuer),
        serial=format(cert.serial_number, "x"),
        algorithm=_algorithm_name(cert),
        sha256_fingerprint=cert.sha256.hex(),
        subject=subject,
        templates=_templates(cert),
    )


def _templates(cert: x509.Certificate) -> list[str]:
    """The certificate's templates (certificatePolicies): each named in words where the NCA's name
    is known (``oids.POLICY_NAMES``), with its OID; an unknown one by its OID alone."""
    policies = _extension(cert, "2.5.29.32")
    named = []
    for policy in policies or []:
        oid = policy["policy_identifier"].dotted
        named.append(f"{oids.POLICY_NAMES[oid]} ({oid})" if oid in oids.POLICY_NAMES else oid)
    return named
