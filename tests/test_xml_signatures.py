"""XML signatures (issue 30): real samples from Kalkan's and NCANode's tests (tests/xml/README.md)
verify; a changed character is content_modified, a changed SignatureValue invalid_signature; a
comment is neither signed nor shown; hostile XML is refused in one line; xmlsec1 (not our code)
and gostcrypto (not our GOST) agree with the verdicts."""

from __future__ import annotations

import base64
import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from qazmail_desktop.crypto import certificates
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.errors import MalformedDataError, SigningRefusedError
from qazmail_desktop.crypto.status import Status
from qazmail_desktop.crypto.xmldsig import DSIG, XmlSignatureCheck, check_signature, signatures_in
from qazmail_desktop.crypto.xmlsafe import parse_xml
from qazmail_desktop.operations.documents import check_file
from qazmail_desktop.signing.xmlverdict import verify_xml
from tests import independent_gost
from tests.conftest import run_cli

SAMPLES = Path(__file__).parent / "xml"
KALKAN = SAMPLES / "kalkan_gost2015.xml"
RSA = SAMPLES / "ncanode_rsa.xml"
WSSE = SAMPLES / "ncanode_wsse_rsa.xml"
IN_KALKAN_VALIDITY = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)


def _checks(data: bytes) -> list[XmlSignatureCheck]:
    tree = parse_xml(data)
    return [check_signature(tree, signature) for signature in signatures_in(tree)]


@pytest.mark.parametrize(("sample", "scope"), [(KALKAN, ""), (RSA, ""), (WSSE, "Body")])
def test_real_samples_check(sample: Path, scope: str) -> None:
    (check,) = _checks(sample.read_bytes())
    assert (check.status, check.scope) == (Status.VALID, scope), check.message
    assert check.signer is not None and certificates.display_name(check.signer.subject)


def test_kalkans_gost_signature_is_valid_for_the_nca_test_pki(test_policy: v.VerifyPolicy) -> None:
    """Judged at a time inside the certificate's validity with the NCA GOST test CAs trusted: the
    verdict names the signer as the certificate does, and says the time is not proven."""
    test_policy.now = IN_KALKAN_VALIDITY
    xml = verify_xml("kalkan_gost2015.xml", parse_xml(KALKAN.read_bytes()), test_policy)
    (item,) = xml.verdict.items
    assert item.result is not None
    (signer,) = item.result.signers
    assert signer.info is not None
    assert (signer.info.iin, signer.info.bin) == ("123456789011", "123456789021")
    assert signer.chain and "TEST 2022" in certificates.display_name(signer.chain[-1].subject)
    assert signer.status in (Status.VALID, Status.INDETERMINATE), signer.message
    assert signer.status != Status.VALID or "no time-stamp" in signer.message
    assert signer.signing_time is None and signer.time_source == ""  # nothing claims or proves a time
    assert xml.shown is not None and b"<message>QCxn00hfuH9zCv58</message>" in xml.shown


def test_now_an_expired_certificate_is_expired(test_policy: v.VerifyPolicy) -> None:
    """The time rule: an XML signature has no time-stamp, so its certificate is judged now."""
    test_policy.now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    xml = verify_xml("kalkan_gost2015.xml", parse_xml(KALKAN.read_bytes()), test_policy)
    assert xml.verdict.items[0].result is not None
    assert xml.verdict.items[0].result.signers[0].status == Status.EXPIRED


@pytest.mark.parametrize(
    ("sample", "signed", "changed"),
    [
        (KALKAN, b"QCxn00hfuH9zCv58", b"QCxn00hfuH9zCv59"),
        (RSA, b"<b>test</b>", b"<b>tesT</b>"),
        (WSSE, b"<iin>931002451325</iin>", b"<iin>931002451326</iin>"),
    ],
)
def test_a_changed_character_is_content_modified(sample: Path, signed: bytes, changed: bytes) -> None:
    data = sample.read_bytes()
    assert data.count(signed) == 1
    (check,) = _checks(data.replace(signed, changed))
    assert check.status == Status.CONTENT_MODIFIED


@pytest.mark.parametrize("sample", [KALKAN, RSA, WSSE])
def test_a_changed_signature_value_is_invalid_signature(sample: Path) -> None:
    tree = parse_xml(sample.read_bytes())
    value = next(tree.getroot().iter(f"{{{DSIG}}}SignatureValue"))
    raw = bytearray(base64.b64decode("".join((value.text or "").split())))
    raw[len(raw) // 2] ^= 0x01
    value.text = base64.b64encode(bytes(raw)).decode()
    (check,) = _checks(etree.tostring(tree))
    assert check.status == Status.INVALID_SIGNATURE


def test_a_comment_is_not_signed_and_not_shown(test_policy: v.VerifyPolicy) -> None:
    """URI="" is the document without its comments (XMLDSig 4.3.3.3), whatever the C14N variant:
    a comment added after signing changes no verdict, and is not shown as signed."""
    data = KALKAN.read_bytes().replace(b"<message>", b"<!-- pay to KZ00 0000 --><message>")
    (check,) = _checks(data)
    assert check.status == Status.VALID
    assert b"pay to" not in check.signed
    test_policy.now = IN_KALKAN_VALIDITY
    assert b"pay to" not in (verify_xml("x.xml", parse_xml(data), test_policy).shown or b"")


def test_the_signed_xml_is_shown_without_its_signature(tmp_path: Path, test_policy: v.VerifyPolicy) -> None:
    copy = tmp_path / "answer.xml"
    shutil.copy(WSSE, copy)
    checked = check_file(copy, test_policy)
    assert checked.document is not None
    text = checked.document.data.decode()
    assert text.startswith("<SOAP-ENV:Body") and "SignatureValue" not in text
    assert checked.verdict.unsigned_parts == ["the rest of answer.xml, outside the element Body"]
    assert checked.verdict.items[0].name == "answer.xml — element Body only"


def test_a_wrapped_body_with_the_same_id_is_refused() -> None:
    """Signature wrapping: a second element with the signed Body's wsu:Id, so that a reader could
    take one and the check the other. The reference must name exactly one element."""
    data = WSSE.read_bytes()
    tree = parse_xml(data)
    body = next(e for e in tree.getroot().iter() if etree.QName(e).localname == "Body")
    header = next(e for e in tree.getroot().iter() if etree.QName(e).localname == "Header")
    forged = etree.fromstring(etree.tostring(body))
    header.append(forged)
    (check,) = _checks(etree.tostring(tree))
    assert check.status == Status.MALFORMED and "names 2 elements" in check.message


def test_what_cannot_be_read_one_way_is_not_checked() -> None:
    data = RSA.read_bytes()
    tree = parse_xml(data)
    signed_info = next(tree.getroot().iter(f"{{{DSIG}}}SignedInfo"))
    reference = next(signed_info.iter(f"{{{DSIG}}}Reference"))
    signed_info.append(etree.fromstring(etree.tostring(reference)))
    (check,) = _checks(etree.tostring(tree))
    assert check.status == Status.UNKNOWN_ALGORITHM and "2 references" in check.message
    xpath = data.replace(
        b"http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments", b"http://www.w3.org/TR/1999/REC-xpath-19991116"
    )
    if xpath != data:
        (check,) = _checks(xpath)
        assert check.status == Status.UNKNOWN_ALGORITHM
    no_key = etree.fromstring(data)
    for key_info in list(no_key.iter(f"{{{DSIG}}}KeyInfo")):
        parent = key_info.getparent()
        assert parent is not None
        parent.remove(key_info)
    (check,) = _checks(etree.tostring(no_key))
    assert check.status == Status.MALFORMED and "certificate" in check.message


HOSTILE = {
    "billion_laughs.xml": b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;'
    b'&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><l>&c;&c;&c;&c;&c;&c;&c;</l>',
    "external.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    "deep.xml": b"<a>" * 300 + b"</a>" * 300,
    "torn.xml": b"<a><b></a>",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_xml_is_refused(name: str) -> None:
    with pytest.raises(MalformedDataError):
        parse_xml(HOSTILE[name])


def test_the_command_line_verifies_xml_and_refuses_hostile_xml(tmp_path: Path, profile_dir: Path, nca: Path) -> None:
    ok = run_cli("verify", KALKAN, "--offline", "--trust", nca / "ca", profile=profile_dir)
    assert ok.returncode == 1, ok.stderr  # expired now, judged now: no time-stamp
    assert "signature 1 (kalkan_gost2015.xml): [EXPIRED]" in ok.stdout and "IIN:          123456789011" in ok.stdout
    wsse = json.loads(run_cli("verify", WSSE, "--offline", "--json", profile=profile_dir).stdout)
    assert [signer["covers"] for signer in wsse["signers"]] == ["ncanode_wsse_rsa.xml — element Body only"]
    assert wsse["signers"][0]["iin"] == "123456789011" and wsse["valid"] is False  # expired now
    for name, data in HOSTILE.items():
        path = tmp_path / name
        path.write_bytes(data)
        proc = run_cli("verify", path, "--offline", profile=profile_dir)
        assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1 and "root:" not in proc.stdout + proc.stderr
    detached = run_cli("verify", KALKAN, "--data", RSA, "--offline", profile=profile_dir)
    assert detached.returncode == 2 and "inside the document it signs" in detached.stderr


def test_gostcrypto_agrees_with_the_gost_check() -> None:
    """The digest of what the Reference covers and the signature over SignedInfo, each computed by
    gostcrypto (not our Streebog, not our GOST 34.10) over our canonical bytes."""
    tree = parse_xml(KALKAN.read_bytes())
    (signature,) = signatures_in(tree)
    check = check_signature(tree, signature)
    digest = base64.b64decode(next(tree.getroot().iter(f"{{{DSIG}}}DigestValue")).text or "")
    assert independent_gost.streebog512(check.signed) == digest
    signed_info = next(tree.getroot().iter(f"{{{DSIG}}}SignedInfo"))
    canonical = etree.tostring(signed_info, method="c14n")
    value = base64.b64decode("".join((next(tree.getroot().iter(f"{{{DSIG}}}SignatureValue")).text or "").split()))
    assert check.signer is not None
    key = certificates.public_key(check.signer)
    assert isinstance(key, certificates.GostPublicKey)
    public = key.point[0].to_bytes(64, "little") + key.point[1].to_bytes(64, "little")
    assert independent_gost.verify_nca(public, canonical, value)
    assert not independent_gost.verify_nca(public, canonical.replace(b"Reference", b"Referencf"), value)


xmlsec1 = pytest.mark.skipif(shutil.which("xmlsec1") is None, reason="xmlsec1 (scripts/system-deps.sh) not installed")


@xmlsec1
@pytest.mark.parametrize("sample", [RSA])
def test_xmlsec1_agrees_on_the_rsa_samples(sample: Path, tmp_path: Path) -> None:
    """xmlsec1 checks the same signature with the signer's key (its certificate expired in 2022,
    so the key is given, not the chain): valid as is, refused once a signed character changes."""
    (check,) = _checks(sample.read_bytes())
    assert check.signer is not None
    pem = tmp_path / "signer.pem"
    der = check.signer.dump()
    pem.write_text("-----BEGIN CERTIFICATE-----\n" + base64.encodebytes(der).decode() + "-----END CERTIFICATE-----\n")

    def xmlsec_says(data: bytes) -> bool:
        target = tmp_path / "in.xml"
        target.write_bytes(data)
        without_x509 = ["--enabled-key-data", "key-name"]
        proc = subprocess.run(
            ["xmlsec1", "--verify", *without_x509, "--pubkey-cert-pem", str(pem), str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        return proc.returncode == 0

    data = sample.read_bytes()
    assert xmlsec_says(data)
    assert not xmlsec_says(data.replace(b"<b>test</b>", b"<b>tesu</b>"))


ACT = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<act xmlns="urn:demo:act"><n>45</n><sum>1 250 000</sum><!-- c --></act>\n'
)


def _rsa_key(tmp_path: Path):
    from qazmail_desktop.crypto import keys
    from tests import rsa_pki
    from tests.conftest import PASSWORD

    ca = rsa_pki.make_ca(tmp_path)
    return keys.load_signing_key(rsa_pki.make_user(tmp_path, ca, "USER"), PASSWORD)


def test_an_rsa_signature_made_here_verifies_in_xmlsec1_and_here(tmp_path: Path) -> None:
    from qazmail_desktop.operations.documents import sign_xml

    key = _rsa_key(tmp_path)
    signed = sign_xml(ACT, key).data
    assert signed.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<act xmlns="urn:demo:act">')
    (check,) = _checks(signed)
    assert check.status == Status.VALID and check.scope == "" and b"<!--" not in check.signed
    if shutil.which("xmlsec1"):
        pem = tmp_path / "signer.pem"
        pem.write_text(
            "-----BEGIN CERTIFICATE-----\n"
            + base64.encodebytes(key.certificate.dump()).decode()
            + "-----END CERTIFICATE-----\n"
        )
        for data, accepted in ((signed, True), (signed.replace(b"1 250 000", b"9 250 000"), False)):
            (tmp_path / "in.xml").write_bytes(data)
            proc = subprocess.run(
                [
                    "xmlsec1",
                    "--verify",
                    "--enabled-key-data",
                    "key-name",
                    "--pubkey-cert-pem",
                    str(pem),
                    str(tmp_path / "in.xml"),
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            assert (proc.returncode == 0) is accepted, proc.stderr


def test_a_gost_signature_made_here_checks_in_gostcrypto(nca: Path) -> None:
    """An NCA GOST 2015 test key (expired now, so made below the operation's refusal): our check and
    gostcrypto's both accept the signature; a second signer keeps the first one valid."""
    from qazmail_desktop.crypto import keys
    from qazmail_desktop.crypto.xmldsig import sign_enveloped

    p12s = sorted((nca / "keys" / "gost512-2023").glob("*.p12"))
    first, second = (keys.load_signing_key(p, "Qwerty12") for p in p12s[:2])
    once = sign_enveloped(parse_xml(ACT), first)
    twice = sign_enveloped(parse_xml(once), second)
    checks = _checks(twice)
    assert [c.status for c in checks] == [Status.VALID, Status.VALID]
    assert checks[0].signer is not None and checks[0].signer.dump() == first.certificate.dump()
    tree = parse_xml(twice)
    signed_infos = list(tree.getroot().iter(f"{{{DSIG}}}SignedInfo"))
    values = [
        base64.b64decode("".join((v.text or "").split())) for v in tree.getroot().iter(f"{{{DSIG}}}SignatureValue")
    ]
    for signer, signed_info, value in zip((first, second), signed_infos, values, strict=True):
        key = certificates.public_key(signer.certificate)
        assert isinstance(key, certificates.GostPublicKey)
        public = key.point[0].to_bytes(64, "little") + key.point[1].to_bytes(64, "little")
        assert independent_gost.verify_nca(public, etree.tostring(signed_info, method="c14n"), value)
    assert independent_gost.streebog512(checks[0].signed) == base64.b64decode(
        next(tree.getroot().iter(f"{{{DSIG}}}DigestValue")).text or ""
    )


def test_signing_over_a_broken_signature_is_refused(tmp_path: Path) -> None:
    from qazmail_desktop.operations.documents import sign_xml
    from qazmail_desktop.signing.cosigning import CosignRefused

    key = _rsa_key(tmp_path)
    tampered = sign_xml(ACT, key).data.replace(b"1 250 000", b"9 250 000")
    with pytest.raises(CosignRefused, match="content_modified"):
        sign_xml(tampered, key)


def test_sign_xml_on_the_command_line(tmp_path: Path, profile_dir: Path) -> None:
    from tests import rsa_pki
    from tests.conftest import PASSWORD

    ca = rsa_pki.make_ca(tmp_path)
    p12 = rsa_pki.make_user(tmp_path, ca, "USER")
    act = tmp_path / "act.xml"
    act.write_bytes(ACT)
    env = {"PW": PASSWORD}
    base: list[str | Path] = ["--key", p12, "--password-env", "PW", "--offline"]
    made = run_cli("sign", act, "--xml", *base, "-o", tmp_path / "act.signed.xml", env=env, profile=profile_dir)
    assert made.returncode == 0, made.stderr
    verdict = json.loads(
        run_cli("verify", tmp_path / "act.signed.xml", "--offline", "--json", profile=profile_dir).stdout
    )
    assert [s["covers"] for s in verdict["signers"]] == ["act.signed.xml"] and verdict["signers"][0][
        "status"
    ] == "untrusted"
    for extra, message in (("--detached", "never detached"), ("--tsa", "no time-stamp")):
        proc = run_cli("sign", act, "--xml", extra, *base, "-o", tmp_path / "x.xml", env=env, profile=profile_dir)
        assert proc.returncode == 2 and message in proc.stderr
    (tmp_path / "bomb.xml").write_bytes(HOSTILE["billion_laughs.xml"])
    proc = run_cli(
        "sign", tmp_path / "bomb.xml", "--xml", *base, "-o", tmp_path / "y.xml", env=env, profile=profile_dir
    )
    assert proc.returncode == 2 and "DTD" in proc.stderr and not (tmp_path / "y.xml").exists()


def test_a_letters_signed_xml_attachment_is_checked(test_policy: v.VerifyPolicy) -> None:
    """Issue 30: an e-government answer attached to a letter: the list marks the letter signed and
    the verdict has the attachment's XML signature (content_modified once a character changes)."""
    from email.message import EmailMessage

    from qazmail_desktop.signing.verdicts import verify_letter
    from qazmail_desktop.store.mailparse import summarize

    def letter(xml: bytes) -> bytes:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = "egov@gov.kz", "anna@altyn.kz", "Ответ на запрос"
        msg.set_content("Ответ во вложении.")
        msg.add_attachment(xml, maintype="application", subtype="xml", filename="answer.xml")
        return msg.as_bytes()

    test_policy.now = IN_KALKAN_VALIDITY
    raw = letter(KALKAN.read_bytes())
    assert summarize(raw).signed
    verdict = verify_letter(raw, test_policy)
    (item,) = verdict.items
    assert (item.kind, item.name) == ("attachment", "answer.xml")
    assert item.result is not None and item.result.signers[0].info is not None
    assert item.result.signers[0].info.iin == "123456789011"
    assert "answer.xml" not in verdict.unsigned_parts
    tampered = verify_letter(letter(KALKAN.read_bytes().replace(b"Cv58", b"Cv59")), test_policy)
    assert tampered.items[0].status == Status.CONTENT_MODIFIED
    plain = EmailMessage()
    plain["From"], plain["Subject"] = "a@b.kz", "no signature"
    plain.add_attachment(b"<a>no signature</a>", maintype="application", subtype="xml", filename="a.xml")
    assert not summarize(plain.as_bytes()).signed and not verify_letter(plain.as_bytes(), test_policy).items


def test_an_older_generation_certificate_is_named_not_judged() -> None:
    """A signer whose certificate is of the 2011–2016 GOST family (1.3.6.1.4.1.6801): older_generation,
    as for CMS — neither valid nor invalid, the signer still named."""
    from asn1crypto import x509 as asn1_x509

    tree = parse_xml(KALKAN.read_bytes())
    element = next(tree.getroot().iter(f"{{{DSIG}}}X509Certificate"))
    cert = asn1_x509.Certificate.load(base64.b64decode("".join((element.text or "").split())))
    cert["tbs_certificate"]["subject_public_key_info"]["algorithm"]["algorithm"] = "1.3.6.1.4.1.6801.1.5.8"
    element.text = base64.b64encode(cert.dump(force=True)).decode()
    (check,) = _checks(etree.tostring(tree))
    assert check.status == Status.OLDER_GENERATION and "6801" in check.message
    assert check.signer is not None and check.signed == b""


@pytest.mark.gost_engine
def test_a_gost_2004_xml_signature_checks_here_and_in_openssl(
    nca: Path, openssl_gost: list[str], tmp_path: Path
) -> None:
    """GOST 34.310-2004 with GOST 34.311 (archives of the previous generation): a signature made with
    the NCA's 2004 test key (below the operation, which refuses 2004 keys) checks here, and OpenSSL's
    GOST engine accepts its value over the canonical SignedInfo; a changed character is refused."""
    from qazmail_desktop.crypto import gost341194, keys
    from qazmail_desktop.crypto.xmldsig import GOST2004_SIGNATURE, sign_enveloped
    from qazmail_desktop.operations.documents import sign_xml
    from tests.test_gost2004 import openssl_verifies_gost2004

    key = keys.load_signing_key(nca / "legacy-2004" / "keys" / "gost2004_individual.p12", "Qwerty12")
    signed = sign_enveloped(parse_xml(ACT), key)
    assert GOST2004_SIGNATURE.encode() in signed
    (check,) = _checks(signed)
    assert check.status == Status.VALID and check.digest_oid == "1.2.398.3.10.1.3.1"
    tree = parse_xml(signed)
    signed_info = etree.tostring(next(tree.getroot().iter(f"{{{DSIG}}}SignedInfo")), method="c14n")
    value = base64.b64decode("".join((next(tree.getroot().iter(f"{{{DSIG}}}SignatureValue")).text or "").split()))
    assert openssl_verifies_gost2004(openssl_gost, tmp_path, key.certificate, gost341194.gost341194(signed_info), value)
    changed = signed_info.replace(b"Reference", b"Referencf")
    assert not openssl_verifies_gost2004(openssl_gost, tmp_path, key.certificate, gost341194.gost341194(changed), value)
    (tampered,) = _checks(signed.replace(b"1 250 000", b"9 250 000"))
    assert tampered.status == Status.CONTENT_MODIFIED
    with pytest.raises(SigningRefusedError, match="2004"):  # the operation never makes one
        sign_xml(ACT, key)
