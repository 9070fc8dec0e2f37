"""The core's sentences reach the user in Kazakh and Russian (issue 29): each family is produced by
the real core code (a folder given as a key, a wrong password, an expired key, a revoked
certificate, a changed PDF …) and read through ``coretext.core_sentence`` in kk, ru and en, the
case's values (names, dates, files) in place; a sentence not known stays English, never half
translated; hostile text comes back in bounded time."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from cryptography import x509

from qazmail_desktop.atomic import disk_full_sentence
from qazmail_desktop.cli import coretext, speech
from qazmail_desktop.cli.coretext import core_sentence
from qazmail_desktop.crypto import cms, keys, pkcs12
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.errors import CryptoError, MalformedDataError
from qazmail_desktop.crypto.trust import TrustStore
from qazmail_desktop.crypto.xmlsafe import parse_xml
from qazmail_desktop.errors import UserFacingError
from qazmail_desktop.operations.files import read_limited
from qazmail_desktop.resources import resources_dir
from qazmail_desktop.signing import cosigning, keystatus, pdf
from qazmail_desktop.userfiles import read_regular_file
from tests import rsa_pki
from tests.conftest import EXPIRED_KEYS, PASSWORD, run_cli
from tests.pdfgen import one_page_pdf

MOMENT = r"\d\d\.\d\d\.\d{4} \d\d:\d\d UTC[+-]\d\d:\d\d"


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    speech.use_language("en")


def said(text: str, language: str) -> str:
    speech.use_language(language)
    try:
        return core_sentence(text)
    finally:
        speech.use_language("en")


def check(text: str, kk: str, ru: str) -> None:
    """``text`` reads ``kk`` in Kazakh and ``ru`` in Russian, and stays itself in English."""
    assert said(text, "en") == text
    assert said(text, "kk") == kk, text
    assert said(text, "ru") == ru, text


def message(error: pytest.ExceptionInfo[BaseException]) -> str:
    return str(error.value)


# --- files -----------------------------------------------------------------------------------


def test_a_file_that_cannot_be_read_is_said_in_the_users_language(tmp_path: Path) -> None:
    folder = tmp_path / "кілттер"
    folder.mkdir()
    with pytest.raises(UserFacingError) as error:
        read_regular_file(folder, "key file", 1 << 20)
    check(message(error), f"{folder} — бұл қалта, файл емес", f"{folder} — это папка, а не файл")

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(MalformedDataError) as error:
        read_limited(fifo, "CMS", 1 << 20)
    check(
        message(error),
        f"{fifo} — кәдімгі файл емес (құрылғы, арна немесе сокет): файл көрсетіңіз",
        f"{fifo} — не обычный файл (устройство, канал или сокет): укажите файл",
    )

    missing = tmp_path / "жоқ.p12"
    with pytest.raises(UserFacingError) as error:
        read_regular_file(missing, "key file", 1 << 20)
    check(message(error), f"мұндай файл жоқ: {missing}", f"нет такого файла: {missing}")


def test_a_file_too_large_names_its_limit(tmp_path: Path) -> None:
    big = tmp_path / "үлкен.pdf"
    big.write_bytes(b"%PDF" + bytes(2000))
    with pytest.raises(UserFacingError) as error:
        read_regular_file(big, "document", 1000)
    assert message(error) == f"document {big} is larger than the 1000 bytes limit"
    check(message(error), f"құжат {big} 1000 байт шегінен үлкен", f"документ {big} больше предела в 1000 байт")
    huge = tmp_path / "huge.cms"
    huge.write_bytes(bytes((1 << 20) + 1))
    with pytest.raises(MalformedDataError) as error:
        read_limited(huge, "signed file", 1 << 20)
    check(
        message(error),
        f"қол қойылған файл {huge} 1 МиБ шегінен үлкен",
        f"подписанный файл {huge} больше предела в 1 МиБ",
    )


def test_the_reason_the_system_gives_is_translated_when_known(tmp_path: Path) -> None:
    """A socket opens with ENXIO: "cannot read WHAT PATH: REASON", each part in the language."""
    path = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(UserFacingError) as error:
            read_regular_file(path, "key file", 1 << 20)
    finally:
        server.close()
    assert message(error) == f"cannot read key file {path}: No such device or address"
    check(
        message(error),
        f"кілт файлы {path} оқылмады: мұндай құрылғы немесе мекенжай жоқ",
        f"файл ключа {path}: не удаётся прочитать — нет такого устройства или адреса",
    )
    # a reason the table does not know stays the system's words; the sentence around it is translated
    odd = f"cannot read certificate {path}: Stale file handle"
    assert said(odd, "ru") == f"сертификат {path}: не удаётся прочитать — Stale file handle"


def test_a_full_disk(tmp_path: Path) -> None:
    check(
        disk_full_sentence(tmp_path / "out.cms"),
        f"{tmp_path / 'out.cms'} тұрған диск толы: ештеңе өзгерген жоқ; орын босатып, қайталап көріңіз",
        f"диск, на котором находится {tmp_path / 'out.cms'}, заполнен: ничего не изменено; освободите место и повторите",
    )
    cache = tmp_path / "cache.sqlite3"
    assert said(disk_full_sentence(f"the mail cache {cache}"), "ru").startswith(
        f"диск, на котором находится кэш почты {cache}, заполнен: ничего не изменено"
    )


# --- keys ------------------------------------------------------------------------------------


def test_a_wrong_password_and_a_file_that_is_no_key(nca: Path, tmp_path: Path) -> None:
    with pytest.raises(CryptoError) as error:
        keys.load_signing_key(nca / "keys/legal/valid/head.p12", "not-the-password")
    check(message(error), "head.p12 үшін құпиясөз қате", "неверный пароль для head.p12")

    garbage = tmp_path / "RSA_мой.p12"
    garbage.write_bytes(b"this is no key")
    with pytest.raises(CryptoError) as error:
        keys.load_signing_key(garbage, PASSWORD)
    check(
        message(error),
        "RSA_мой.p12: PKCS#12 кілт файлы емес (ҰКО беретін .p12 файлы)",
        "RSA_мой.p12: не файл ключа PKCS#12 (.p12, какие выдаёт НУЦ)",
    )
    with pytest.raises(CryptoError) as error:
        pkcs12.open_container(b"this is no key", PASSWORD)
    assert said(message(error), "kk") == "PKCS#12 кілт файлы емес (ҰКО беретін .p12 файлы)"


def test_a_key_that_cannot_sign_says_why(nca: Path, tmp_path: Path) -> None:
    expired = keys.load_signing_key(EXPIRED_KEYS[0], PASSWORD)
    with pytest.raises(CryptoError) as error:
        expired.ensure_can_sign()
    found = re.fullmatch(
        rf"the certificate of (.+) expired on ({MOMENT}) \(valid (\S+) to (\S+)\); get a new key from the NCA",
        message(error),
    )
    assert found, message(error)
    name, when, start, end = found.groups()
    check(
        message(error),
        f"{name} куәлігінің мерзімі {when} өтті ({start} – {end} аралығында жарамды болған); ҰКО-дан жаңа кілт алыңыз",
        f"срок сертификата {name} истёк {when} (действовал с {start} по {end}); получите новый ключ в НУЦ",
    )

    head = keys.load_signing_key(nca / "keys/legal/valid/head.p12", PASSWORD)
    with pytest.raises(CryptoError) as error:
        head.ensure_can_sign(head.info.not_before - dt.timedelta(days=1))
    found = re.fullmatch(rf"the certificate of head\.p12 is not valid until ({MOMENT})", message(error))
    assert found, message(error)
    check(
        message(error),
        f"head.p12 куәлігі тек {found[1]} бастап жарамды",
        f"сертификат head.p12 действует только с {found[1]}",
    )

    ca = rsa_pki.make_ca(tmp_path)
    auth = keys.load_signing_key(rsa_pki.make_user(tmp_path, ca, "AUTH_RSA_x", auth=True), PASSWORD)
    with pytest.raises(CryptoError) as error:
        auth.ensure_can_sign()
    check(
        message(error),
        "AUTH_RSA_x.p12 — аутентификация кілті (AUTH); қол қою үшін ҰКО бөлек кілт береді (RSA_/GOST_ файлы)",
        "AUTH_RSA_x.p12 — ключ аутентификации (AUTH); для подписи НУЦ выдаёт отдельный ключ (файл RSA_/GOST_)",
    )

    legacy = keys.load_signing_key(sorted((nca / "legacy-2004" / "keys").glob("*.p12"))[0], PASSWORD)
    with pytest.raises(CryptoError) as error:
        legacy.ensure_can_sign()
    assert said(message(error), "ru") == (
        f"{legacy.label} — ключ ГОСТ 34.310-2004: НУЦ такие больше не выдаёт, а QazMail только проверяет "
        "подписанное ими; подписывайте ключом ГОСТ 34.10-2015"
    )
    assert said(message(error), "kk").startswith(f"{legacy.label} — ГОСТ 34.310-2004 кілті: ҰКО")


def test_a_key_its_ocsp_responder_says_is_revoked(demo: object) -> None:
    from qazmail_desktop.server.demo import REVOKED_USER
    from qazmail_desktop.server.runner import EmbeddedServer

    assert isinstance(demo, EmbeddedServer)
    trust = TrustStore()
    trust.add_folder(demo.data_dir / "pki")
    key = keys.load_signing_key(demo.data_dir / "keys" / REVOKED_USER.key_file, PASSWORD)
    with pytest.raises(CryptoError) as error:
        keystatus.ensure_not_revoked(key, trust)
    found = re.fullmatch(
        rf"the certificate of (.+) was revoked on ({MOMENT}) \((\w+)\) according to (\S+): "
        "a signature made with it would not be valid",
        message(error),
    )
    assert found, message(error)
    label, when, reason, url = found.groups()
    check(
        message(error),
        f"{url} мәліметі бойынша {label} куәлігі {when} кері қайтарылған ({reason}): "
        "онымен қойылған қолтаңба жарамсыз болар еді",
        f"сертификат {label} отозван {when} ({reason}) по данным {url}: подпись этим ключом была бы недействительна",
    )
    status = keystatus.current_status(key.certificate, trust)
    assert said(status, "ru") == re.sub(
        rf"revoked on ({MOMENT}) \((\w+)\) per (\S+)", r"отозван \1 (\2) по данным \3", status
    ), status


# --- a CMS, XML, a PDF that cannot be read or signed -----------------------------------------


def test_cms_and_xml_that_are_refused(nca: Path) -> None:
    with pytest.raises(MalformedDataError) as error:
        cms.parse_signed_data(b"not a signature at all")
    check(message(error), "DER де, PEM де, base64 те емес деректер", "данные не в DER, не в PEM и не в base64")
    with pytest.raises(MalformedDataError) as error:
        cms.parse_signed_data((nca / "cms" / "individual_signer.cer").read_bytes())
    check(
        message(error),
        "CMS қолтаңбасы емес (бүлінген немесе басқа түрдегі файл)",
        "не подпись CMS (повреждена или это файл другого вида)",
    )
    detached = (nca / "cms" / "individual_detached.der").read_bytes()
    with pytest.raises(MalformedDataError) as error:
        cms.parse_signed_data(detached + b"tail!")
    check(
        message(error),
        "CMS соңынан кейін 5 байт бар: бұл бір қолтаңба емес",
        "после конца CMS идут ещё 5 байт: это не одна подпись",
    )
    head = keys.load_signing_key(nca / "keys/legal/valid/head.p12", PASSWORD)
    with pytest.raises(MalformedDataError) as error:
        cms.cosign(detached, head)
    check(
        message(error),
        "CMS бөлек: қол қойылған құжатты көрсетіңіз (--data FILE)",
        "CMS отсоединённая: укажите подписанный документ (--data FILE)",
    )
    with pytest.raises(MalformedDataError) as error:
        parse_xml(b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')
    check(
        message(error),
        "XML құжатында DTD немесе entity жарияланған (не UTF-8 емес): қабылданбады",
        "XML-документ объявляет DTD или сущности (или не в UTF-8): отклонён",
    )
    with pytest.raises(MalformedDataError) as error:
        parse_xml(b"<a><b></a>")
    found = re.fullmatch(r"not well-formed XML \((.+)\)", message(error))
    assert found, message(error)
    check(message(error), f"XML дұрыс құрылмаған ({found[1]})", f"XML построен неправильно ({found[1]})")


def test_pdf_refusals(nca: Path) -> None:
    head = keys.load_signing_key(nca / "keys/legal/valid/head.p12", PASSWORD)
    with pytest.raises(MalformedDataError) as error:
        pdf.sign_pdf(b"plain text", head)
    check(message(error), "PDF файлы емес", "не PDF-файл")

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.writer import copy_into_new_writer

    writer = copy_into_new_writer(PdfFileReader(io.BytesIO(one_page_pdf())))
    writer.encrypt("owner-secret", "secret")
    locked = io.BytesIO()
    writer.write(locked)
    with pytest.raises(MalformedDataError) as error:
        pdf.sign_pdf(locked.getvalue(), head)
    check(
        message(error),
        "PDF шифрланған: QazMail құпиясөзсіз ашылатын PDF-терге ғана қол қояды",
        "PDF зашифрован: QazMail подписывает только PDF, которые открываются без пароля",
    )

    with pytest.raises(MalformedDataError) as error:
        pdf.sign_pdf(b"%PDF-1.7\nno objects here\n", head)
    found = re.fullmatch(r"the PDF cannot be signed: (.+)", message(error), re.DOTALL)
    assert found, message(error)  # pyhanko's own reason stays as it said it
    check(message(error), f"PDF-ке қол қою мүмкін емес: {found[1]}", f"PDF нельзя подписать: {found[1]}")

    signed = pdf.sign_pdf(one_page_pdf(), head)
    changed = signed + b"\n9 0 obj\n<< /Length 0 >>\nstream\n\nendstream\nendobj\n%%EOF\n"
    with pytest.raises(CryptoError) as refused:
        pdf.sign_pdf(changed, head)
    check(
        message(refused),
        "PDF соңғы қолтаңбадан кейін өзгертілген; қол қоюдан бас тартылды",
        "PDF изменён после последней подписи; подписание отклонено",
    )
    (unsigned,) = pdf.unsigned_after("шарт.pdf", changed)
    check(
        unsigned,
        "шарт.pdf құжатына соңғы қолтаңбадан кейін қосылғаны",
        "добавленное в шарт.pdf после его последней подписи",
    )


def test_cosigning_refused_names_the_inner_reason(nca: Path) -> None:
    """A sentence with another core sentence inside: both parts are translated."""
    detached = (nca / "cms" / "individual_detached.der").read_bytes()
    with pytest.raises(CryptoError) as error:
        cosigning.ensure_intact(detached, Content(data=b"another document"))
    found = re.fullmatch(r"signature 1 \((.+)\) is content_modified: .+; co-signing refused", message(error))
    assert found, message(error)
    check(
        message(error),
        f"1-қолтаңба ({found[1]}): мазмұны өзгертілген — құжат қол қойылғанынан өзгеше (қол қойылғаннан кейін "
        "өзгертілген немесе басқа құжат); қосымша қол қоюдан бас тартылды",
        f"подпись 1 ({found[1]}): содержимое изменено — документ отличается от подписанного (изменён после "
        "подписания или это другой документ); добавление подписи отклонено",
    )


# --- verdicts --------------------------------------------------------------------------------


def test_an_expired_certificate_without_a_time_stamp(test_policy: v.VerifyPolicy) -> None:
    key = keys.load_signing_key(EXPIRED_KEYS[0], PASSWORD)
    claimed = key.info.not_before + dt.timedelta(days=30)
    (signer,) = v.verify(cms.sign(Content(data=b"doc"), key, detached=False, now=claimed), None, test_policy).signers
    found = re.fullmatch(
        rf"the certificate expired on ({MOMENT}); no trusted time-stamp proves the signature was made before the "
        "certificate expired",
        signer.message,
    )
    assert found, signer.message
    check(
        signer.message,
        f"куәліктің мерзімі {found[1]} өтті; қолтаңбаның куәлік мерзімі өткенге дейін қойылғанын сенімді уақыт "
        "белгісі дәлелдемейді",
        f"срок сертификата истёк {found[1]}; нет доверенной метки времени, доказывающей, что подпись сделана до "
        "истечения срока сертификата",
    )


def test_a_valid_signature_and_its_evidence(nca: Path, test_policy: v.VerifyPolicy) -> None:
    key = keys.load_signing_key(nca / "keys/individual/valid/individual_valid.p12", PASSWORD)
    (signer,) = v.verify(cms.sign(Content(data=b"doc"), key, detached=False), None, test_policy).signers
    assert signer.status == v.VALID, signer.message
    check(
        signer.message,
        "қолтаңба жарамды; куәлік қазір жарамды әрі кері қайтарылмаған; қол қою уақыты — тек қол қоюшының мәлімдемесі",
        "подпись действительна; сертификат сейчас действителен и не отозван; время подписи — лишь утверждение "
        "подписавшего",
    )
    found = re.fullmatch(rf"not revoked per (CRL #\d+) of ({MOMENT}), next update ({MOMENT})", signer.revocation)
    assert found, signer.revocation
    label, issued, due = found.groups()
    check(
        signer.revocation,
        f"{issued} күнгі {label}, келесі жаңартуы {due} бойынша кері қайтарылмаған",
        f"не отозван по данным {label} от {issued}, следующее обновление {due}",
    )


def test_suspended_revoked_and_untrusted(nca: Path, tmp_path: Path, test_policy: v.VerifyPolicy) -> None:
    """CRL #166 lists the revoked test keys on hold: the sentence, its "; the CA may lift it" and
    the reason code in place."""
    key = keys.load_signing_key(nca / "keys/legal/revoked/head.p12", PASSWORD)
    (signer,) = v.verify(cms.sign(Content(data=b"doc"), key, detached=False), None, test_policy).signers
    found = re.fullmatch(
        rf"suspended on ({MOMENT}) per (CRL #\d+) \(certificate_hold\); no trusted time-stamp proves the "
        "signature was made before the suspension; the CA may lift it",
        signer.message,
    )
    assert found, signer.message
    when, source = found.groups()
    check(
        signer.message,
        f"{source} бойынша {when} тоқтатыла тұрған (certificate_hold); қолтаңбаның тоқтатылғанға дейін қойылғанын "
        "сенімді уақыт белгісі дәлелдемейді; КО тоқтатуды алып тастауы мүмкін",
        f"приостановлен {when} по данным {source} (certificate_hold); нет доверенной метки времени, "
        "доказывающей, что подпись сделана до приостановки; УЦ может снять приостановку",
    )

    ca = rsa_pki.make_ca(tmp_path)
    user = rsa_pki.make_user(tmp_path, ca, "RSA_revoked")
    revoked_key = keys.load_signing_key(user, PASSWORD)
    serial = revoked_key.certificate.serial_number
    rsa_pki.make_crl(tmp_path, ca, {serial: rsa_pki.NOW - dt.timedelta(minutes=30)}, reason=_key_compromise())
    signature = cms.sign(Content(data=b"doc"), revoked_key, detached=False)
    (signer,) = v.verify(signature, None, rsa_pki.policy(tmp_path)).signers
    found = re.fullmatch(
        rf"revoked on ({MOMENT}) per (CRL #1) \(key_compromise\); no trusted time-stamp proves the signature was "
        "made before the revocation",
        signer.message,
    )
    assert found, signer.message
    check(
        signer.message,
        f"CRL #1 бойынша {found[1]} кері қайтарылған (key_compromise); қолтаңбаның кері қайтарылғанға дейін "
        "қойылғанын сенімді уақыт белгісі дәлелдемейді",
        f"отозван {found[1]} по данным CRL #1 (key_compromise); нет доверенной метки времени, доказывающей, что "
        "подпись сделана до отзыва",
    )

    (untrusted,) = v.verify(signature, None, v.VerifyPolicy()).signers
    found = re.fullmatch(r"issuer (.+) not found among trusted certificates", untrusted.message)
    assert found and "TEST RSA ROOT" in found[1], untrusted.message
    check(
        untrusted.message,
        f"беруші {found[1]} сенімді куәліктер арасында табылмады",
        f"издатель {found[1]} не найден среди доверенных сертификатов",
    )
    check(
        untrusted.revocation,
        "мәртебесі белгісіз: куәлік сенімді түбір куәлікке апармайды",
        "статус неизвестен: сертификат не ведёт к доверенному корневому сертификату",
    )


def _key_compromise() -> x509.ReasonFlags:
    return x509.ReasonFlags.key_compromise


def test_a_changed_document_and_a_detached_signature_without_it(nca: Path, test_policy: v.VerifyPolicy) -> None:
    detached = (nca / "cms" / "individual_detached.der").read_bytes()
    (changed,) = v.verify(detached, Content(data=b"another"), test_policy).signers
    check(
        changed.message,
        "құжат қол қойылғанынан өзгеше (қол қойылғаннан кейін өзгертілген немесе басқа құжат)",
        "документ отличается от подписанного (изменён после подписания или это другой документ)",
    )
    (alone,) = v.verify(detached, None, test_policy).signers
    first, _, rest = alone.message.partition("; ")
    assert first == "the signed document is needed to check integrity (detached signature)", alone.message
    assert said(alone.message, "ru").startswith(
        "для проверки целостности нужен подписанный документ (отсоединённая подпись); "
    )
    assert said(rest, "ru") != rest and said(alone.message, "ru").endswith(said(rest, "ru"))


def test_an_xml_signature_says_it_has_no_time_stamp(nca: Path, test_policy: v.VerifyPolicy) -> None:
    from qazmail_desktop.crypto.xmldsig import sign_enveloped
    from qazmail_desktop.signing.xmlverdict import verify_xml

    key = keys.load_signing_key(nca / "keys/legal/valid/head.p12", PASSWORD)
    signed = sign_enveloped(parse_xml(b"<act><sum>100</sum></act>"), key)
    (item,) = verify_xml("act.xml", parse_xml(signed), test_policy).verdict.items
    assert item.result is not None
    (signer,) = item.result.signers
    assert signer.message.endswith("; an XML signature carries no time-stamp: when it was made is not proven")
    assert said(signer.message, "kk") == (
        "қолтаңба жарамды; куәлік қазір жарамды әрі кері қайтарылмаған; "
        "XML қолтаңбасында уақыт белгісі жоқ: қашан қойылғаны дәлелденбеген"
    )
    assert said(signer.message, "ru") == (
        "подпись действительна; сертификат сейчас действителен и не отозван; "
        "у XML-подписи нет метки времени: время её создания не доказано"
    )


def test_who_issued_the_certificate() -> None:
    from qazmail_desktop.crypto import nca

    assert {said(text, "ru") for text in nca.ISSUED_BY.values()} == {
        "выдан корневым УЦ НУЦ",
        "выдан НУЦ",
        "выдан УЦ государственных органов (УЦГО)",
        "выдан УЦ BTS Digital",
    }
    assert said(nca.ISSUED_BY[nca.CaRole.NCA_ISSUING], "kk") == "ҰКО берген"


# --- what stays English, and what cannot slow it down ---------------------------------------


def test_an_unknown_sentence_stays_english_whole() -> None:
    for text in (
        "something the core said that no pattern knows",
        "signature valid; and something unknown",  # a list with an unknown part: not half translated
        "",
    ):
        assert said(text, "ru") == text and said(text, "kk") == text


def test_hostile_text_comes_back_in_bounded_time() -> None:
    """Long text, text made of the patterns' own words, and regex syntax in a name: the answer is
    right (the same text, or the sentence with the name in place), and the test ends."""
    huge = "x" * 100_000 + " is a folder, not a file"
    assert said(huge, "ru") == huge  # longer than any sentence a user reads: left as it is
    tricky = "(.+)*[a-z]{2,}\\1 $^ %1 %2" + "?" * 50
    assert said(f"{tricky} is a folder, not a file", "ru") == f"{tricky} — это папка, а не файл"
    assert said(f"wrong password for {tricky}", "kk") == f"{tricky} үшін құпиясөз қате"
    # the words of the patterns, over and over, just under the length that is still read
    for unit in (
        " of 01.01.2026 00:00 UTC+05:00, next update ",
        "revoked on 01.01.2026 00:00 UTC+05:00 per ",
        ": not revoked per ; ",
        "signature 1 (",
        ") is malformed: ; co-signing refused",
        "cannot read key file : ",
    ):
        text = (unit * (coretext.MAX_LENGTH // len(unit)))[: coretext.MAX_LENGTH - 1]
        started = time.monotonic()
        result = said(text, "ru")
        assert isinstance(result, str) and time.monotonic() - started < 60


# --- the catalogs and the command line -------------------------------------------------------


def _translations(language: str) -> dict[str, str]:
    root = ElementTree.parse(resources_dir() / "i18n" / f"qazmail_{language}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") != "core":
            continue
        for item in context.iter("message"):
            translation = item.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                found[item.findtext("source") or ""] = translation.text
    return found


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_sentence_and_word_has_a_translation(language: str) -> None:
    translations = _translations(language)
    templates = [*coretext._WORDS, *(sentence.template for sentence in coretext._SENTENCES)]
    missing = [template for template in templates if template not in translations]
    assert not missing, missing
    for template in templates:  # every place kept, none invented
        places = sorted(re.findall(r"%\d", template))
        assert sorted(re.findall(r"%\d", translations[template])) == places, template
        assert max((int(p[1]) for p in places), default=0) == len(places), template


def test_every_pattern_has_as_many_groups_as_its_template_has_places() -> None:
    for sentence in coretext._SENTENCES:
        places = {int(place) for place in re.findall(r"%(\d)", sentence.template)}
        assert places == set(range(1, sentence.pattern.groups + 1)), sentence.template
        assert sentence.inner <= places, sentence.template


def test_the_user_sees_the_core_in_russian_and_kazakh(nca: Path, tmp_path: Path, profile_dir: Path) -> None:
    key = nca / "keys/legal/valid/head.p12"
    for args, env, expected in (
        (["--lang", "ru"], {}, "неверный пароль для head.p12"),
        ([], {"LC_ALL": "kk_KZ.UTF-8"}, "head.p12 үшін құпиясөз қате"),
        ([], {}, "wrong password for head.p12"),
    ):
        proc = run_cli(
            *args, "keyinfo", key, "--password-env", "WRONG", env={"WRONG": "wrong!", **env}, profile=profile_dir
        )
        assert proc.returncode != 0 and expected in proc.stderr, proc.stderr
    garbage = tmp_path / "not-a.cms"
    garbage.write_bytes(b"garbage")
    proc = run_cli("--lang", "ru", "verify", garbage, profile=profile_dir)
    assert proc.returncode == 2 and f"{garbage}: данные не в DER, не в PEM и не в base64" in proc.stderr, proc.stderr
