"""The searchable text of attachments (issue 32): every kind built here as a real file, and the
hostile ones (zip bombs, endless data, a 5,000-page PDF, entity bombs, CMS in CMS) read within
the budget, never raising."""

from __future__ import annotations

import base64
import functools
import io
import struct
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pypdf
import pytest
from asn1crypto import cms as asn1_cms
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from qazmail_desktop.resources import resources_dir
from qazmail_desktop.store.attachmenttext import DEFAULT_BUDGET, TextBudget, attachment_text

SUPPLIER = "жеткізуші"  # Kazakh: the supplier, as an invoice names it
SUPPLIER_RU = "поставщик"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data, zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _docx(body: str) -> bytes:
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    return _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": document.encode()})


def _signed(content: bytes) -> bytes:
    """A well-formed CMS SignedData carrying ``content`` and no signer: enough for search, which
    verifies nothing."""
    signed_data = asn1_cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [],
            "encap_content_info": {"content_type": "data", "content": content},
            "signer_infos": [],
        }
    )
    signed: bytes = asn1_cms.ContentInfo({"content_type": "signed_data", "content": signed_data}).dump()
    return signed


@functools.cache
def _cyrillic_pdf() -> bytes:
    """Two pages in DejaVu Sans (embedded with its ToUnicode map, as any real producer does)."""
    pdfmetrics.registerFont(TTFont("AttachmentTextSans", str(resources_dir() / "fonts" / "DejaVuSans.ttf")))
    out = io.BytesIO()
    page = canvas.Canvas(out)
    for line in (f"Шот-фактура № 17, {SUPPLIER}: ТОО «Дала»", f"{SUPPLIER_RU}: ТОО «Степь»"):
        page.setFont("AttachmentTextSans", 12)
        page.drawString(72, 720, line)
        page.showPage()
    page.save()
    return out.getvalue()


@functools.cache
def _many_pages_pdf(pages: int = 5000) -> bytes:
    """``pages`` pages, "Bet 1" to "Bet <pages>" in Helvetica, written by hand (reportlab takes
    seconds for 5,000 pages)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(pages))
        + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i in range(pages):
        stream = b"BT /F1 12 Tf 72 720 Td (Bet %d) Tj ET" % (i + 1)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
            % (5 + 2 * i)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _deflated(pieces: list[tuple[bytes, int]]) -> tuple[bytes, int, int]:
    """Raw deflate of each piece repeated, with its size and CRC-32, without deflating a gigabyte:
    each piece is packed once and fully flushed (byte-aligned, no back-reference across it), so its
    packed bytes can be repeated; a final empty block ends the stream."""
    packed, size, crc = bytearray(), 0, 0
    for piece, times in pieces:
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        packed += (packer.compress(piece) + packer.flush(zlib.Z_FULL_FLUSH)) * times
        size += len(piece) * times
        for _ in range(times):
            crc = zlib.crc32(piece, crc)
    return bytes(packed + b"\x03\x00"), size, crc


def _text_bomb(megabytes: int) -> list[tuple[bytes, int]]:
    """A document.xml of about ``megabytes`` MiB: one paragraph of the supplier's name over and over
    (it packs about 400 times, where real document XML packs 5 to 30)."""
    head = f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode()
    return [(head, 1), ((SUPPLIER + " ").encode() * 55189, megabytes), (b"</w:t></w:r></w:p></w:body></w:document>", 1)]


def _raw_zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip written by hand from (name, deflated data, declared size, CRC-32): a member may say
    anything about itself."""
    out, central = bytearray(), bytearray()
    for name, data, size, crc in members:
        encoded = name.encode()
        central += struct.pack(
            "<4s6H3L5H2L",
            b"PK\x01\x02",
            20,
            20,
            0,
            8,
            0,
            0,
            crc,
            len(data),
            size,
            len(encoded),
            0,
            0,
            0,
            0,
            0,
            len(out),
        )
        central += encoded
        out += (
            struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data), size, len(encoded), 0)
            + encoded
            + data
        )
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), len(out), 0)
    return bytes(out + central + end)


# --- every kind ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content_type", "data"),
    [
        ("note.txt", "text/plain", f"Жеткізуші: {SUPPLIER}".encode()),
        ("register.csv", "text/csv", f"БИН;Наименование\n050140000014;{SUPPLIER_RU} ТОО «Дала»\n".encode("cp1251")),
        ("note.txt", "text/plain", f"Шот-фактура, {SUPPLIER}".encode("utf-16")),  # with its byte-order mark
        ("data.json", "application/json", f'{{"role": "{SUPPLIER}"}}'.encode()),
        ("untitled", "application/octet-stream", f"{SUPPLIER_RU} ТОО «Дала»".encode()),  # no type: reads as text
    ],
    ids=["utf8", "cp1251", "utf16", "json", "untyped"],
)
def test_plain_text(name: str, content_type: str, data: bytes) -> None:
    text = attachment_text(name, content_type, data)
    assert SUPPLIER in text or SUPPLIER_RU in text
    assert "\ufffd" not in text


def test_html_text_without_script_or_style() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Шот</title><style>.жасырын{color:red}</style>"
        "<script>var секрет = 'құпия';</script></head>"
        f"<body><p>Жеткізуші &amp; <b>{SUPPLIER}</b></p><p>{SUPPLIER_RU}</p></body></html>"
    )
    text = attachment_text("invoice.html", "text/html", page.encode())
    assert SUPPLIER in text and SUPPLIER_RU in text and "Жеткізуші & " in text
    assert "<" not in text and "құпия" not in text and "жасырын" not in text


def test_xml_text_in_its_declared_encoding() -> None:
    # an e-invoice (ЭСФ) as a Windows program writes it: Windows-1251, said in the declaration
    xml = f'<?xml version="1.0" encoding="windows-1251"?><invoice xmlns="esf:v2"><seller><name>ТОО «Дала»</name><role>{SUPPLIER_RU}</role></seller></invoice>'
    text = attachment_text("esf.xml", "application/xml", xml.encode("cp1251"))
    assert SUPPLIER_RU in text and "ТОО «Дала»" in text
    assert "«Дала»поставщик" not in text  # elements do not run together


def test_docx_paragraphs_and_runs() -> None:
    body = (
        f"<w:p><w:r><w:t>Шарт</w:t></w:r><w:r><w:tab/><w:t>№ 7</w:t></w:r></w:p>"
        f"<w:p><w:r><w:t>жеткізу</w:t></w:r><w:r><w:t>ші</w:t></w:r></w:p>"  # a word split into runs
        f"<w:p><w:r><w:instrText>PAGE</w:instrText><w:t>{SUPPLIER_RU}</w:t></w:r></w:p>"
    )
    text = attachment_text(
        "contract.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", _docx(body)
    )
    assert text.splitlines() == ["Шарт\t№ 7", SUPPLIER, SUPPLIER_RU]


def test_xlsx_shared_strings_from_openpyxl() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Рөлі", "Атауы"])
    sheet.append([SUPPLIER, "ТОО «Дала»"])
    out = io.BytesIO()
    workbook.save(out)
    text = attachment_text("register.xlsx", "application/octet-stream", out.getvalue())
    assert SUPPLIER in text.split() and "Рөлі" in text


def test_xlsx_inline_strings() -> None:
    sheet = f'<worksheet xmlns="{S}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{SUPPLIER_RU}</t></is></c><c r="B1"><v>42</v></c></row></sheetData></worksheet>'
    data = _zip({"xl/workbook.xml": f'<workbook xmlns="{S}"/>'.encode(), "xl/worksheets/sheet1.xml": sheet.encode()})
    assert attachment_text("report.xlsx", "", data).split() == [SUPPLIER_RU]


def test_odt_paragraphs() -> None:
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        f"<text:h>Хат</text:h><text:p>Құрметті<text:s/>{SUPPLIER}!</text:p></office:text></office:body></office:document-content>"
    )
    data = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": content.encode()})
    assert attachment_text("letter.odt", "application/vnd.oasis.opendocument.text", data).splitlines() == [
        "Хат",
        f"Құрметті {SUPPLIER}!",
    ]


def test_pdf_text_page_by_page() -> None:
    text = attachment_text("invoice.pdf", "application/pdf", _cyrillic_pdf())
    assert SUPPLIER in text and SUPPLIER_RU in text
    assert text.index(SUPPLIER) < text.index(SUPPLIER_RU)


def test_document_inside_a_cms() -> None:
    docx = _docx(f"<w:p><w:r><w:t>{SUPPLIER}</w:t></w:r></w:p>")
    assert attachment_text("contract.docx.cms", "application/pkcs7-mime", _signed(docx)).split() == [SUPPLIER]
    # the name says nothing: the content is sniffed, outside and in
    assert SUPPLIER_RU in attachment_text("attachment.bin", "", _signed(f"{SUPPLIER_RU} ТОО «Дала»".encode("cp1251")))


def test_cms_as_pem_and_as_base64_under_a_signature_name() -> None:
    signed = base64.encodebytes(_signed(SUPPLIER.encode()))
    assert attachment_text("act.txt.p7s", "", b"-----BEGIN CMS-----\n" + signed + b"-----END CMS-----\n") == SUPPLIER
    assert attachment_text("act.txt.cms", "", signed) == SUPPLIER  # as NCALayer hands it out
    assert attachment_text("act.txt", "text/plain", signed) == signed.decode()  # base64 is only text elsewhere


def test_kalkan_signatures(nca: Path) -> None:
    attached = (nca / "cms" / "individual_attached.der").read_bytes()
    assert (
        attachment_text("document.txt.cms", "application/octet-stream", attached)
        == (nca / "cms" / "individual_document.txt").read_text()
    )
    with_timestamp = (nca / "cms" / "gost2004_attached_with_tsp.pem").read_bytes()
    assert "podpis proverena" in attachment_text("signed.pem", "", with_timestamp)
    assert attachment_text("document.txt.sig", "", (nca / "cms" / "individual_detached.der").read_bytes()) == ""


def test_kind_is_sniffed_not_named() -> None:
    assert SUPPLIER in attachment_text("scan.txt", "text/plain", _cyrillic_pdf())  # a PDF under a text name
    assert (
        attachment_text(
            "readme.txt", "text/plain", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + SUPPLIER.encode()
        )
        == ""
    )
    assert attachment_text("photo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + SUPPLIER.encode()) == ""
    archive = _zip({"invoice.txt": SUPPLIER.encode()})  # an archive is not opened
    assert attachment_text("files.zip", "application/zip", archive) == ""
    assert attachment_text("invoice.docx", "", archive) == ""
    assert attachment_text("photo.jpg", "image/jpeg", SUPPLIER.encode()) == ""  # declared as something else


# --- hostile inputs -----------------------------------------------------------------------------


def test_zip_bomb_disguised_as_docx_is_refused_before_unpacking() -> None:
    document, size, crc = _deflated(_text_bomb(1024))  # 1 GiB of text in under 3 MB
    types, types_size, types_crc = _deflated([(b"<Types/>", 1)])
    bomb = _raw_zip([("[Content_Types].xml", types, types_size, types_crc), ("word/document.xml", document, size, crc)])
    with zipfile.ZipFile(io.BytesIO(bomb)) as archive:  # the bomb is real: zipfile would unpack it all
        assert archive.getinfo("word/document.xml").file_size > 1 << 30 and len(bomb) < 3 << 20
        with archive.open("word/document.xml") as member:
            assert SUPPLIER in member.read(1 << 20).decode(errors="ignore")
    assert attachment_text("contract.docx", "application/octet-stream", bomb) == ""


def test_zip_bomb_within_the_size_budget_is_refused_by_its_ratio() -> None:
    document, size, crc = _deflated(_text_bomb(8))
    bomb = _raw_zip([("word/document.xml", document, size, crc)])
    assert size < DEFAULT_BUDGET.max_input_bytes
    assert attachment_text("contract.docx", "", bomb) == ""
    # the same document stored unpacked is read: the ratio refused it, not its size
    stored = io.BytesIO()
    with zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", b"".join(piece * times for piece, times in _text_bomb(8)))
    assert attachment_text("contract.docx", "", stored.getvalue()).startswith(SUPPLIER)


def test_zip_member_lying_about_its_size_is_read_no_further_than_it_says() -> None:
    document, _, _ = _deflated(_text_bomb(64))
    start = b"".join(piece * times for piece, times in _text_bomb(1))[:1000]
    liar = _raw_zip([("word/document.xml", document, 1000, zlib.crc32(start))])
    text = attachment_text("contract.docx", "", liar)
    assert text.startswith(SUPPLIER) and len(text.encode()) < 1000
    # and with a CRC that does not match what it gives, nothing at all
    assert attachment_text("contract.docx", "", _raw_zip([("word/document.xml", document, 1000, 0)])) == ""


def test_unpacked_members_count_against_the_input_budget() -> None:
    body = "".join(f"<w:p><w:r><w:t>{SUPPLIER} {i}</w:t></w:r></w:p>" for i in range(2000))
    data = _docx(body)
    assert SUPPLIER in attachment_text("contract.docx", "", data)
    # the archive fits the input budget, its document.xml does not: nothing is unpacked
    assert attachment_text("contract.docx", "", data, TextBudget(len(data) + 1, 10**6, 10.0)) == ""


def test_five_thousand_pages_stop_at_the_character_budget() -> None:
    pdf = _many_pages_pdf()
    text = attachment_text("big.pdf", "application/pdf", pdf, TextBudget(DEFAULT_BUDGET.max_input_bytes, 300, 10.0))
    assert len(text) == 300 and text.startswith("Bet 1\n") and "Bet 5000" not in text


def test_five_thousand_pages_stop_at_the_time_budget() -> None:
    pdf = _many_pages_pdf()
    partial = attachment_text(
        "big.pdf", "application/pdf", pdf, TextBudget(DEFAULT_BUDGET.max_input_bytes, 10**7, 0.01)
    )
    assert "Bet 5000" not in partial
    assert partial.split("\n")[: len(partial.split("\n")) - 1] == [
        f"Bet {i}" for i in range(1, partial.count("\n") + 1)
    ]
    assert (
        attachment_text("big.pdf", "application/pdf", pdf, TextBudget(DEFAULT_BUDGET.max_input_bytes, 10**7, 0.0)) == ""
    )


def test_endless_data_is_cut_at_the_input_budget() -> None:
    zeros = bytes(DEFAULT_BUDGET.max_input_bytes * 3)  # like a read of /dev/zero
    assert attachment_text("stream.txt", "text/plain", zeros) == ""
    words = (SUPPLIER + " ").encode() * 2_000_000  # 38 MB of text
    text = attachment_text("stream.txt", "text/plain", words, TextBudget(1001, 10**6, 10.0))
    # 1,001 bytes end in the middle of a letter: the half letter is dropped, not garbled
    assert text.startswith(SUPPLIER) and "\ufffd" not in text and len(text.encode()) == 1000
    assert len(attachment_text("stream.txt", "text/plain", words)) == DEFAULT_BUDGET.max_output_chars


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + bytes(range(256)) * 64,
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
        bytes((i * 7919) % 251 for i in range(50_000)),
        b"",
    ],
    ids=["header-then-garbage", "no-pages", "garbage", "empty"],
)
def test_garbage_named_pdf(data: bytes) -> None:
    assert attachment_text("invoice.pdf", "application/pdf", data) == ""


def test_encrypted_and_truncated_pdf() -> None:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(_cyrillic_pdf()))
    writer.encrypt(user_password="Qwerty12", owner_password="Qwerty12")
    locked = io.BytesIO()
    writer.write(locked)
    assert attachment_text("invoice.pdf", "application/pdf", locked.getvalue()) == ""
    truncated = _docx(f"<w:p><w:r><w:t>{SUPPLIER}</w:t></w:r></w:p>")[:-30]
    assert attachment_text("contract.docx", "", truncated) == ""


def test_cms_inside_cms_is_opened_one_level_only() -> None:
    nested = SUPPLIER.encode()
    for _ in range(200):
        nested = _signed(nested)
    assert attachment_text("deep.p7m", "application/pkcs7-mime", nested) == ""
    assert attachment_text("twice.txt.cms.cms", "", _signed(_signed(SUPPLIER.encode()))) == ""
    assert attachment_text("once.txt.cms", "", _signed(SUPPLIER.encode())) == SUPPLIER


def _billion_laughs() -> str:
    entities = '<!ENTITY lol0 "lol">' + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    return f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]>'


def test_entity_bomb_does_not_expand() -> None:
    xml = _billion_laughs() + f"<lolz>{SUPPLIER} &lol9;</lolz>"
    assert attachment_text("lolz.xml", "application/xml", xml.encode()) == ""  # a DTD: not read at all
    # nor a small one libxml2's own amplification limit lets through, nor one naming a file
    small = f'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "{SUPPLIER_RU}"><!ENTITY f SYSTEM "file:///etc/hostname">]><a>{SUPPLIER} &e; &f;</a>'
    assert attachment_text("small.xml", "application/xml", small.encode()) == ""
    document = (
        _billion_laughs()
        + f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>{SUPPLIER} &lol9;</w:t></w:r></w:p></w:body></w:document>'
    )
    docx = _zip({"word/document.xml": document.encode()})
    assert attachment_text("lolz.docx", "", docx) == ""
    # HTML knows no DTD: the declarations are skipped and the reference stays unexpanded
    html = attachment_text("lolz.html", "text/html", (_billion_laughs() + f"<p>{SUPPLIER} &lol9;</p>").encode())
    assert SUPPLIER in html and "lollol" not in html and len(html) < 200


def test_deeply_nested_markup_and_huge_text_node() -> None:
    deep = "<a>" * 100_000 + SUPPLIER + "</a>" * 100_000
    assert "<" not in attachment_text("deep.xml", "application/xml", deep.encode())
    assert "<" not in attachment_text("deep.html", "text/html", deep.encode())
    huge = "<a>" + "ы" * (6 << 20) + "</a>"  # one text node of 12 MB: above libxml2's 10 MB limit
    assert len(attachment_text("huge.xml", "application/xml", huge.encode())) <= DEFAULT_BUDGET.max_output_chars
