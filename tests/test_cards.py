"""Document cards (issue #20, kaarkz/ddcard): made from signatures of the demo PKI (GOST, OCSP) and of
an RSA test PKI (CRL), read back by other programs than the ones that wrote them: poppler renders the
pages and unpacks the attachments, PDFium unpacks them too, zbar reads the QR codes, and OpenSSL
verifies the RSA CMS; checked years later, offline, from what the card carries alone."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pypdfium2
import pytest
from asn1crypto import cms as asn1_cms
from asn1crypto import crl as asn1_crl
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.x509 import Certificate
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from qazmail_desktop.card import qr
from qazmail_desktop.card.pdf import Attachment, attachments, compose
from qazmail_desktop.crypto import cms, keys
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.evidence import REVOCATION_VALUES, SigningEvidence, embedded_revocation
from qazmail_desktop.crypto.status import Status
from qazmail_desktop.crypto.trust import TrustStore
from qazmail_desktop.crypto.verify import VerifyPolicy
from qazmail_desktop.operations.cards import CardOptions, CardRefused, check_card, make_card
from qazmail_desktop.operations.documents import cosign_document, sign_document
from qazmail_desktop.server.demo import DEMO_ACCOUNTS
from qazmail_desktop.server.pki import DEMO_PASSWORD
from qazmail_desktop.server.runner import EmbeddedServer
from tests import rsa_pki
from tests.conftest import run_cli
from tests.test_demo_pki import _add_account

DOCUMENT = "Акт сверки № 12\nСумма: 1 200 000 KZT\nҚазақша: әғқңөұүһі\n".encode()

ZBAR = "{http://zbar.sourceforge.net/2008/barcode}"
needs_poppler = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils (make system-deps)")


def _trust(demo: EmbeddedServer) -> TrustStore:
    trust = TrustStore()
    trust.add_folder(demo.data_dir / "pki")
    return trust


def _signed_by_two(demo: EmbeddedServer, document: bytes) -> bytes:
    """Anna signs, Bolat co-signs: both online, so each signature carries its time-stamp and OCSP."""
    tsa, trust = f"{demo.base_url}/tsp", _trust(demo)
    anna = keys.load_signing_key(demo.data_dir / "keys" / "anna_sign.p12", DEMO_PASSWORD)
    bolat = keys.load_signing_key(demo.data_dir / "keys" / "bolat_sign.p12", DEMO_PASSWORD)
    first = sign_document(Content(data=document), anna, True, tsa, trust)
    return cosign_document(first.data, bolat, Content(data=document), tsa, trust).data


@pytest.fixture(scope="module")
def gost_card(demo: EmbeddedServer) -> bytes:
    return make_card("Акт сверки.txt", DOCUMENT, [_signed_by_two(demo, DOCUMENT)], VerifyPolicy(trust=_trust(demo)))


def _pdftotext(pdf: Path, page: int) -> str:
    proc = subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@needs_poppler
def test_a_card_opens_in_another_reader_with_every_page_the_specification_asks(gost_card: bytes, tmp_path: Path):
    card = tmp_path / "card.pdf"
    card.write_bytes(gost_card)
    info = subprocess.run(["pdfinfo", str(card)], capture_output=True, text=True, check=True).stdout
    version = next(line.split()[-1] for line in info.splitlines() if line.startswith("PDF version:"))
    assert "(A4)" in info and tuple(map(int, version.split("."))) >= (1, 4)
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages == 4  # the information block, the text, one page per signature
    proc = subprocess.run(["pdftoppm", "-r", "40", "-gray", str(card), str(tmp_path / "page")], capture_output=True)
    assert proc.returncode == 0 and proc.stderr == b"", proc.stderr
    for image in sorted(tmp_path.glob("page-*.pgm")):  # every page drawn with something on it
        pixels = image.read_bytes().split(b"\n", 3)[3]
        assert sum(1 for p in pixels if p < 128) > 200, image.name

    first = _pdftotext(card, 1)
    for expected in ("КАРТОЧКА ЭЛЕКТРОННОГО ДОКУМЕНТА", "ЭЛЕКТРОНДЫҚ ҚҰЖАТ КАРТОЧКАСЫ", "Акт сверки.txt", "UTC+05:00"):
        assert expected in first
    assert "QazMail Desktop" in first and "1.cms" in first and "2.cms" in first
    assert "Подлинник электронного документа" in first and "ЖАНСАЕВА АННА" in first
    assert "стр." not in first  # no page number on the first page
    document_page = _pdftotext(card, 2)
    assert "Сумма: 1 200 000 KZT" in document_page and "Қазақша: әғқңөұүһі" in document_page
    assert "Визуализация электронного документа" in document_page  # the header and the watermark
    for page in (2, 3, 4):
        text = _pdftotext(card, page)
        assert "Карточка электронного документа" in text and f"стр. {page} из 4" in text
    anna_page = _pdftotext(card, 3)  # she signed first: the first signature page
    for expected in ("Подпись №1", "ЖАНСАЕВА АННА", "900101400013", "050140000014", "Метка времени", "OCSP: good"):
        assert expected in anna_page, expected
    assert "SERIALNUMBER=IIN900101400013" in anna_page.replace("\n", "").replace(" ", "")


@needs_poppler
def test_the_attachments_come_out_with_other_libraries_original_first(gost_card: bytes, tmp_path: Path) -> None:
    card = tmp_path / "card.pdf"
    card.write_bytes(gost_card)
    listing = subprocess.run(["pdfdetach", "-list", str(card)], capture_output=True, text=True, check=True).stdout
    assert listing.splitlines()[1:] == ["1: Акт сверки.txt", "2: 1.cms", "3: 2.cms"]
    subprocess.run(["pdfdetach", "-saveall", "-o", str(tmp_path), str(card)], check=True)
    assert (tmp_path / "Акт сверки.txt").read_bytes() == DOCUMENT
    document = pypdfium2.PdfDocument(gost_card)
    extracted = [
        (document.get_attachment(i).get_name(), bytes(document.get_attachment(i).get_data())) for i in range(3)
    ]
    assert [name for name, _ in extracted] == ["Акт сверки.txt", "1.cms", "2.cms"]
    assert extracted[1][1] == (tmp_path / "1.cms").read_bytes()

    gen_times = []
    for name in ("1.cms", "2.cms"):  # every requirement of the specification's "Требования к ЭЦП"
        signed = asn1_cms.ContentInfo.load((tmp_path / name).read_bytes())["content"]
        assert not signed["encap_content_info"]["content"]  # detached
        (signer,) = signed["signer_infos"]
        serial = signer["sid"].chosen["serial_number"].native
        assert any(c.chosen.serial_number == serial for c in signed["certificates"])  # the signer's certificate
        unsigned = {a["type"].dotted: a["values"][0] for a in signer["unsigned_attrs"]}
        assert "1.2.840.113549.1.9.16.2.14" in unsigned and REVOCATION_VALUES in unsigned
        token = unsigned["1.2.840.113549.1.9.16.2.14"]["content"]
        gen_time = token["encap_content_info"]["content"].parsed["gen_time"].native
        (response,) = embedded_revocation(signer).responses
        single = response["tbs_response_data"]["responses"][0]
        assert single["cert_status"].name == "good"
        assert abs(single["this_update"].native - gen_time) <= dt.timedelta(minutes=5)
        gen_times.append(gen_time)
    assert gen_times == sorted(gen_times)  # in the order they were made


@pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbar-tools (make system-deps)")
@needs_poppler
def test_the_qr_codes_read_by_zbar_give_back_each_signature(gost_card: bytes, tmp_path: Path) -> None:
    card = tmp_path / "card.pdf"
    card.write_bytes(gost_card)
    subprocess.run(["pdftoppm", "-r", "200", "-f", "3", "-gray", str(card), str(tmp_path / "sig")], check=True)
    codes = []
    for image in sorted(tmp_path.glob("sig-*.pgm")):
        proc = subprocess.run(["zbarimg", "-q", "--xml", str(image)], capture_output=True, text=True)
        codes += [data.text or "" for data in ElementTree.fromstring(proc.stdout).iter(f"{ZBAR}data")]
    signatures = qr.assemble(codes)
    pdfium = pypdfium2.PdfDocument(gost_card)
    assert signatures == {n: bytes(pdfium.get_attachment(n).get_data()) for n in (1, 2)}


def test_qr_pieces_fit_version_25_level_m_and_any_order_reassembles() -> None:
    data = os.urandom(8000)  # a CMS compresses little
    texts = qr.payloads(7, data)
    assert all(len(t) <= qr.CAPACITY for t in texts) and len(texts) > 3
    for text in texts:
        assert len(qr.modules(text)) == 117  # version 25
    assert qr.assemble(list(reversed(texts))) == {7: data}
    with pytest.raises(qr.QrSetError):
        qr.assemble(texts[1:])


def test_a_card_proves_itself_years_later_offline(gost_card: bytes, demo: EmbeddedServer) -> None:
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=6 * 365)  # past the signers' and the TSA's certificates
    check = check_card(gost_card, VerifyPolicy(trust=_trust(demo), now=later, online=False))
    assert check.trustworthy, [s.problems for s in check.signatures]
    assert check.document == DOCUMENT and check.document_name == "Акт сверки.txt"
    assert [s.verdict.info.name for s in check.signatures if s.verdict.info] == ["ЖАНСАЕВА АННА", "СЕРІКҰЛЫ БОЛАТ"]
    untrusted = check_card(gost_card, VerifyPolicy(online=False))
    assert not untrusted.trustworthy


def _replace_attachment(card: bytes, index: int, data: bytes) -> bytes:
    """The card with one attachment swapped, as someone who edits a card would."""
    items = attachments(card)
    items[index] = Attachment(items[index].name, data)
    writer = PdfWriter()
    writer.add_blank_page(width=A4[0], height=A4[1])
    out = io.BytesIO()
    writer.write(out)
    return compose(out.getvalue(), [], None, items)


def test_a_changed_original_or_a_signature_without_evidence_fails_the_card(gost_card: bytes, demo: EmbeddedServer):
    policy = VerifyPolicy(trust=_trust(demo))
    changed = check_card(_replace_attachment(gost_card, 0, DOCUMENT.replace(b"200", b"900")), policy)
    assert not changed.trustworthy
    assert {s.verdict.status for s in changed.signatures} == {Status.CONTENT_MODIFIED}
    # each carries its time-stamp: a tampered signature is not also said to lack one
    assert not any("no time-stamp" in p for s in changed.signatures for p in s.problems)

    anna = keys.load_signing_key(demo.data_dir / "keys" / "anna_sign.p12", DEMO_PASSWORD)
    bare = sign_document(Content(data=DOCUMENT), anna, detached=True).data  # offline: no time-stamp, no OCSP
    with pytest.raises(CardRefused, match="no time-stamp"):
        make_card("act.txt", DOCUMENT, [bare], policy)
    swapped = check_card(_replace_attachment(gost_card, 1, bare), policy)
    assert not swapped.trustworthy
    assert any("no time-stamp" in p for p in swapped.signatures[0].problems)
    with pytest.raises(CardRefused, match="program"):
        make_card("setup.exe", b"MZ\x90\x00", [bare], policy)


def _pdf_document(path: Path) -> bytes:
    """Two pages, the second in landscape and turned by /Rotate, as scanners make them."""
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont("Helvetica", 28)
    canvas.drawString(100, 700, "Contract page one")
    canvas.showPage()
    canvas.setPageSize(landscape(A4))
    canvas.drawString(100, 400, "Annex page two")
    canvas.showPage()
    canvas.save()
    writer = PdfWriter(clone_from=str(path))
    writer.pages[1].rotate(90)
    writer.write(path)
    return path.read_bytes()


@needs_poppler
def test_a_pdf_document_is_shown_page_by_page_as_readers_show_it(demo: EmbeddedServer, tmp_path: Path) -> None:
    document = _pdf_document(tmp_path / "contract.pdf")
    signed = _signed_by_two(demo, document)
    card_bytes = make_card(
        "contract.pdf", document, [signed], VerifyPolicy(trust=_trust(demo)), CardOptions(qr_codes=False)
    )
    card = tmp_path / "card.pdf"
    card.write_bytes(card_bytes)
    assert len(PdfReader(card).pages) == 1 + 2 + 2
    assert "Contract page one" in _pdftotext(card, 2) and "Annex page two" in _pdftotext(card, 3)
    assert "Визуализация электронного документа" in _pdftotext(card, 3)
    contents = " ".join(_pdftotext(card, 1).split())
    assert "Визуализация электронного документа 2" in contents  # the contents give each section's page
    assert re.search("Визуализация подписей под электронным( документом)? 4", contents)
    no_pages = make_card(
        "contract.pdf",
        document,
        [signed],
        VerifyPolicy(trust=_trust(demo)),
        CardOptions(show_document=False, show_signatures=False),
    )
    assert len(PdfReader(io.BytesIO(no_pages)).pages) == 1
    assert check_card(no_pages, VerifyPolicy(trust=_trust(demo))).trustworthy


def _stamped_signature(
    tmp_path: Path,
    issuer: tuple[RSAPrivateKey, Certificate],
    root: tuple[RSAPrivateKey, Certificate],
    name: str,
    chain: tuple[asn1_x509.Certificate, ...] = (),
) -> bytes:
    """A detached RSA signature of DOCUMENT by a new user of ``issuer``, time-stamped by a TSA of
    ``root`` and carrying ``issuer``'s CRL (and ``chain``) as evidence, as a card takes it."""
    signer = keys.load_signing_key(rsa_pki.make_user(tmp_path, issuer, name), "Qwerty12")
    tsa = keys.load_signing_key(rsa_pki.make_user(tmp_path, root, "tsa", tsa=True), "Qwerty12")
    crl = asn1_crl.CertificateList.load(rsa_pki.make_crl(tmp_path, issuer).read_bytes())
    return cms.sign(
        Content(data=DOCUMENT),
        signer,
        detached=True,
        timestamper=rsa_pki.timestamper(tsa, dt.datetime.now(dt.UTC)),
        evidence=lambda: SigningEvidence(crls=[crl], chain=list(chain)),
    )


@pytest.mark.skipif(not shutil.which("openssl"), reason="openssl")
def test_an_rsa_card_with_crl_evidence_verifies_with_openssl(tmp_path: Path) -> None:
    ca = rsa_pki.make_ca(tmp_path)
    root = asn1_x509.Certificate.load((tmp_path / "ca" / "root.cer").read_bytes())
    signed = _stamped_signature(tmp_path, ca, ca, "anna", chain=(root,))
    policy = rsa_pki.policy(tmp_path, crl_paths=[])  # the CRL only inside the signature
    card = make_card("act.txt", DOCUMENT, [signed], policy)
    check = check_card(card, policy)
    assert check.trustworthy, check.signatures[0].problems
    assert check.signatures[0].facts and check.signatures[0].facts.crls[0].listed == ""
    (tmp_path / "1.cms").write_bytes(check.signatures[0].cms)
    (tmp_path / "act.txt").write_bytes(check.document)
    root_pem = tmp_path / "root.pem"
    subprocess.run(
        ["openssl", "x509", "-inform", "DER", "-in", str(tmp_path / "ca" / "root.cer"), "-out", str(root_pem)],
        check=True,
    )
    proc = rsa_pki.openssl_verify(tmp_path / "1.cms", root_pem, tmp_path / "out", tmp_path / "act.txt")
    assert proc.returncode == 0 and "Verification successful" in proc.stderr, proc.stderr


@needs_poppler
def test_a_card_names_the_state_bodies_ca_that_issued_the_signer(tmp_path: Path) -> None:
    """A civil servant's signature (issuing CA with the state bodies' role in the trust store): the
    card's certificate box names that CA in Kazakh and Russian, and the check carries the role."""
    root = rsa_pki.make_ca(tmp_path)
    issuing = rsa_pki.make_intermediate(tmp_path, root, "STATE BODIES TEST CA")
    signed = _stamped_signature(tmp_path, issuing, root, "official")
    policy = rsa_pki.policy(tmp_path, crl_paths=[])
    policy.trust.roles[
        asn1_x509.Certificate.load((tmp_path / "ca" / "state_bodies_test_ca.cer").read_bytes()).sha256.hex()
    ] = "state_bodies"
    card = tmp_path / "card.pdf"
    card.write_bytes(make_card("order.txt", DOCUMENT, [signed], policy))
    check = check_card(card.read_bytes(), policy)
    assert check.trustworthy, check.signatures[0].problems
    assert check.signatures[0].verdict.issuer_role == "state_bodies"
    page = _pdftotext(card, 3)  # the certificate box is the right column: its lines wrap there
    assert "Сертификат выдан удостоверяющим центром:" in page and "(УЦГО)" in page
    assert "Мемлекеттік органдардың куәландырушы орталығы /" in page


def test_a_signature_stamped_by_a_key_that_is_no_tsa_never_makes_a_trusted_card(
    tmp_path: Path, profile_dir: Path
) -> None:
    """Issue 28: a signer's own key "time-stamps" its signature. `card create` refuses it, and a
    card someone made with it anyway says DO NOT TRUST with the reason."""
    ca = rsa_pki.make_ca(tmp_path)
    signer = keys.load_signing_key(rsa_pki.make_user(tmp_path, ca, "anna"), "Qwerty12")
    tsa = keys.load_signing_key(rsa_pki.make_user(tmp_path, ca, "tsa", tsa=True), "Qwerty12")
    crl = asn1_crl.CertificateList.load(rsa_pki.make_crl(tmp_path, ca).read_bytes())
    now = dt.datetime.now(dt.UTC)

    def signed_with(stamper: keys.SigningKey) -> bytes:
        stamp = rsa_pki.timestamper(stamper, now)
        evidence = SigningEvidence(crls=[crl])
        return cms.sign(Content(data=DOCUMENT), signer, detached=True, timestamper=stamp, evidence=lambda: evidence)

    genuine_card = make_card("act.txt", DOCUMENT, [signed_with(tsa)], rsa_pki.policy(tmp_path, crl_paths=[]))
    (tmp_path / "act.txt").write_bytes(DOCUMENT)
    (tmp_path / "act.txt.cms").write_bytes(signed_with(signer))
    trust = ["--trust", str(tmp_path / "ca")]
    refused = run_cli("card", "create", "--signature", tmp_path / "act.txt.cms", "-o", tmp_path / "c.pdf", *trust)
    assert refused.returncode == 1 and not (tmp_path / "c.pdf").exists()
    assert "its time-stamp is not trusted: not made by a time-stamping authority" in refused.stderr, refused.stderr
    (tmp_path / "c.pdf").write_bytes(_replace_attachment(genuine_card, 1, (tmp_path / "act.txt.cms").read_bytes()))
    checked = run_cli("card", "verify", tmp_path / "c.pdf", *trust, profile=profile_dir)
    assert checked.returncode == 1 and "DO NOT TRUST" in checked.stdout
    assert "problem:      its time-stamp is not trusted: not made by a time-stamping authority" in checked.stdout


def test_card_commands_as_a_user_runs_them(demo: EmbeddedServer, tmp_path: Path, profile_dir: Path) -> None:
    (tmp_path / "act.txt").write_bytes(DOCUMENT)
    (tmp_path / "act.txt.cms").write_bytes(_signed_by_two(demo, DOCUMENT))
    trust = ["--trust", str(demo.data_dir / "pki")]
    made = run_cli(
        "card",
        "create",
        tmp_path / "act.txt",
        "--signature",
        tmp_path / "act.txt.cms",
        "-o",
        tmp_path / "c.pdf",
        "--description",
        "Акт сверки за III квартал",
        *trust,
        profile=profile_dir,
    )
    assert made.returncode == 0, made.stderr
    if shutil.which("pdftotext"):  # the description stands under the document's name
        assert "Акт сверки за III квартал" in _pdftotext(tmp_path / "c.pdf", 1)
    beside = run_cli(
        "card",
        "create",
        "--signature",
        tmp_path / "act.txt.cms",
        "-o",
        tmp_path / "c2.pdf",
        *trust,
        profile=profile_dir,
    )
    assert beside.returncode == 0, beside.stderr  # the document found beside its signature (act.txt.cms → act.txt)
    out = tmp_path / "out"
    out.mkdir()
    checked = run_cli("card", "verify", tmp_path / "c.pdf", *trust, "--extract", out, profile=profile_dir)
    assert checked.returncode == 0, checked.stderr
    assert "signature 1 (1.cms): PASSES" in checked.stdout and "every signature is valid" in checked.stdout
    assert (out / "act.txt").read_bytes() == DOCUMENT and (out / "2.cms").is_file()
    untrusted = run_cli("card", "verify", tmp_path / "c.pdf", profile=profile_dir)
    assert untrusted.returncode == 1 and "DO NOT TRUST" in untrusted.stdout

    (tmp_path / "lonely.cms").write_bytes((tmp_path / "act.txt.cms").read_bytes())  # no document beside it
    bad_runs: list[tuple[list[str | Path], str]] = [
        (["card", "verify", tmp_path / "act.txt"], "not a PDF"),
        (["card", "verify", tmp_path / "missing.pdf"], "no such file"),
        (["card", "create", tmp_path / "act.txt", "-o", tmp_path / "x.pdf"], "--signature"),
        (["card", "create", "--signature", tmp_path / "lonely.cms", "-o", tmp_path / "x.pdf"], "detached"),
        (
            ["card", "create", tmp_path / "act.txt", "--signature", tmp_path / "act.txt", "-o", tmp_path / "x.pdf"],
            "CMS",
        ),
        (["card", "verify", tmp_path / "c.pdf", "--extract", tmp_path / "nope"], "existing folder"),
    ]
    for bad, message in bad_runs:
        proc = run_cli(*bad, profile=profile_dir)
        assert proc.returncode == 2, (bad, proc.stderr)
        assert message in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_a_card_of_a_received_letter_and_of_its_signed_act(demo: EmbeddedServer, profile_dir: Path, tmp_path: Path):
    anna = DEMO_ACCOUNTS[0]
    _add_account(demo, anna, profile_dir)
    (profile_dir / "trust").mkdir(exist_ok=True)
    for name in ("demo_root.cer", "demo_ca.cer"):
        (profile_dir / "trust" / name).write_bytes((demo.data_dir / "pki" / name).read_bytes())
    env = {"ANNA_PW": anna.password}
    assert run_cli("sync", "anna", "--password-env", "ANNA_PW", env=env, profile=profile_dir).returncode == 0
    rows = json.loads(run_cli("list", "--account", "anna", "--json", profile=profile_dir).stdout)
    uid = str(next(r["uid"] for r in rows if r["subject"].startswith("Акт выполненных работ № 45")))
    letter = ["card", "create", "--message", "--account", "anna", "--uid", uid]

    both = run_cli(*letter, "-o", tmp_path / "c.pdf", profile=profile_dir)
    assert both.returncode == 2 and "letter.eml, act_45.txt" in both.stderr and "--attachment" in both.stderr
    for name in ("act_45.txt", "letter.eml"):
        made = run_cli(*letter, "--attachment", name, "-o", tmp_path / f"{name}.pdf", profile=profile_dir)
        assert made.returncode == 0, made.stderr
        out = tmp_path / name.replace(".", "_")
        out.mkdir()
        checked = run_cli("card", "verify", tmp_path / f"{name}.pdf", "--extract", out, profile=profile_dir)
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert "ДАНА" in checked.stdout.upper() or "АХМЕТОВА" in checked.stdout.upper()
    assert (tmp_path / "act_45_txt" / "act_45.txt").read_text(encoding="utf-8").startswith("АКТ выполненных работ № 45")
    assert b"Content-Type:" in (tmp_path / "letter_eml" / "letter.eml").read_bytes()  # the signed MIME entity


def test_a_damaged_time_stamp_or_evidence_never_breaks_a_cards_facts(tmp_path: Path) -> None:
    """Issue 27: one bit flipped in the TSA's name inside a card's signature raised a traceback in
    card/facts. Every bit flip in that name, and one byte in every seven of the whole signature,
    either fails to read as a signature (said so) or gives facts; never another exception."""
    from qazmail_desktop.card import facts as card_facts
    from qazmail_desktop.crypto.cms import parse_signed_data
    from qazmail_desktop.crypto.errors import CryptoError
    from qazmail_desktop.crypto.verify import verify_signed_data

    ca = rsa_pki.make_ca(tmp_path)
    signed = _stamped_signature(tmp_path, ca, ca, "anna")
    policy = rsa_pki.policy(tmp_path, crl_paths=[])
    info = parse_signed_data(signed)["signer_infos"][0]
    token = next(a for a in info["unsigned_attrs"] if a["type"].native == "signature_time_stamp_token")
    tsa_name = next(iter(token["values"][0]["content"]["certificates"])).chosen.subject.dump()
    at = signed.rfind(tsa_name)  # the TSA's own certificate, inside the token
    flips = [(i, bit) for i in range(at, at + len(tsa_name)) for bit in (0x01, 0x80)]
    flips += [(i, 0x10) for i in range(0, len(signed), 7)]
    facts_read = 0
    for index, bit in flips:
        damaged = bytearray(signed)
        damaged[index] ^= bit
        try:
            data = parse_signed_data(bytes(damaged))
            (verdict,) = verify_signed_data(data, Content(data=DOCUMENT), policy).signers
        except CryptoError:
            continue  # "not a CMS signature": a clear message, the card says DO NOT TRUST
        card_facts.signature_facts(data["signer_infos"][0], verdict)
        facts_read += 1
    assert facts_read > len(tsa_name)  # the name flips reached the facts, not only the parser


def test_a_numbered_second_signature_names_its_original_and_the_card_speaks_kk_and_ru_only(
    demo: EmbeddedServer, tmp_path: Path, profile_dir: Path
) -> None:
    """`card create --signature Договор_7.docx.2.cms` (a second signature, the document inside, as
    Kalkan-based tools number them): the card's original is 'Договор_7.docx', and a document it
    cannot show is said so in Kazakh and Russian, not in English."""
    from qazmail_desktop.pdfpages import OpenPdf

    docx = b"PK\x03\x04" + bytes(range(256)) * 4  # a Word file is a ZIP: no text, PDF or image to show
    anna = keys.load_signing_key(demo.data_dir / "keys" / "anna_sign.p12", DEMO_PASSWORD)
    signed = sign_document(Content(data=docx), anna, False, f"{demo.base_url}/tsp", _trust(demo)).data
    (tmp_path / "Договор_7.docx.2.cms").write_bytes(signed)
    trust = ["--trust", str(demo.data_dir / "pki")]
    made = run_cli(
        "card",
        "create",
        "--signature",
        tmp_path / "Договор_7.docx.2.cms",
        "-o",
        tmp_path / "c.pdf",
        *trust,
        profile=profile_dir,
    )
    assert made.returncode == 0, made.stderr
    checked = run_cli("card", "verify", tmp_path / "c.pdf", *trust, profile=profile_dir)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "document: Договор_7.docx (" in checked.stdout
    with OpenPdf((tmp_path / "c.pdf").read_bytes()) as card:
        first = " ".join(card.text(0).split())
    assert "DOCX: мәтін, PDF немесе сурет емес / не текст, PDF и не изображение" in first
    assert "not text" not in first
