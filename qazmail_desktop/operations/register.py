"""A register of signatures: files of a folder, or letters, checked and listed one row per signer
(what is signed, who signed it, IIN, BIN, role, the time and whether a time-stamp proves it, the
verdict and the revocation evidence it rests on) as an Excel workbook or CSV, or as a PDF to file.

What an accountant hands to an auditor at the end of a quarter: every signed act and invoice,
and for each one the same verdict the window shows."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import threading
from collections.abc import Iterable
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..atomic import write_atomically
from ..crypto.errors import MalformedDataError
from ..crypto.verify import VerifyPolicy
from ..moments import day, moment
from ..signaturenames import SIGNATURE_SUFFIXES, signed_names
from ..userfiles import shown
from . import Progress
from .documents import verify_file

if TYPE_CHECKING:  # letters' registers only: a worker process checking files needs none of it
    from ..store.cache import Cache
    from ..store.records import MessageRow

# what a folder's register looks at: signatures (.der as Kalkan-based tools save them too), signed
# PDFs, document cards and signed XML
REGISTER_SUFFIXES = (*SIGNATURE_SUFFIXES, ".der", ".pem", ".pdf", ".xml")


@dataclass(frozen=True)
class RegisterRow:
    source: str  # the file, or the letter (subject and date)
    item: str  # what the signature covers: the letter, an attachment, a document
    signer: str
    iin: str
    bin: str
    organization: str
    roles: str
    signed_at: str  # Astana's time with its offset
    time_proof: str  # "time-stamp" (proven), "claimed" (the signer's signingTime) or ""
    status: str
    evidence: str  # the revocation evidence the verdict rests on, or why there is none
    message: str


HEADINGS = {
    "source": "Source / Источник",
    "item": "Signed / Подписано",
    "signer": "Signer / Подписал",
    "iin": "IIN / ИИН",
    "bin": "BIN / БИН",
    "organization": "Organization / Организация",
    "roles": "Role / Роль",
    "signed_at": "Signed at / Время подписи",
    "time_proof": "Time proof / Подтверждение времени",
    "status": "Status / Статус",
    "evidence": "Revocation evidence / Статус сертификата",
    "message": "Verdict / Заключение",
}


# a register is read by people (auditors, courts): statuses and roles in words, English / Russian
# as its headings; the codes stay in `verify --json`
STATUS_WORDS = {
    "valid": "Signature valid / Подпись действительна",
    "indeterminate": "Not proven: revocation unknown / Не доказана: статус отзыва неизвестен",
    "untrusted": "Untrusted certificate / Сертификат не доверенный",
    "content_missing": "Document missing / Нет подписанного документа",
    "not_yet_valid": "Certificate not yet valid / Сертификат ещё не действовал",
    "expired": "Certificate expired / Срок сертификата истёк",
    "older_generation": "Older NCA generation, not checked / Прежнее поколение НУЦ, не проверена",
    "unknown_algorithm": "Unknown algorithm / Неизвестный алгоритм",
    "key_not_for_signing": "Key not for signing / Ключ не для подписи",
    "suspended": "Certificate suspended / Сертификат приостановлен",
    "revoked": "Certificate revoked / Сертификат отозван",
    "invalid_signature": "Signature invalid / Подпись недействительна",
    "content_modified": "Document modified after signing / Документ изменён после подписания",
    "ambiguous_structure": "Ambiguous letter, not shown as signed / Неоднозначное письмо",
    "malformed": "Damaged signature / Повреждённая подпись",
    "unsigned": "No signature / Подписи нет",
    "error": "Could not be checked / Не удалось проверить",
}
ROLE_WORDS = {
    "individual": "Individual / Физическое лицо",
    "legal_entity": "Legal entity / Юридическое лицо",
    "head": "Head / Первый руководитель",
    "sign_right": "Right to sign / Лицо с правом подписи",
    "finance": "Financial documents / Право подписи финансовых документов",
    "hr": "HR / Сотрудник отдела кадров",
    "employee": "Employee / Сотрудник организации",
    "information_system": "Information system / Информационная система",
    "treasury_client": "Treasury client / Клиент казначейства",
}
TIME_PROOF_WORDS = {
    "time-stamp": "time-stamp (proven) / метка времени (доказано)",
    "claimed": "claimed by the signer / заявлено подписавшим",
}


def in_words(row: RegisterRow) -> list[str]:
    """The row as a register shows it: status, roles and time proof in words."""
    shown = dataclasses.replace(
        row,
        status=STATUS_WORDS.get(row.status, row.status),
        roles="; ".join(ROLE_WORDS.get(role, role) for role in row.roles.split(", ") if role),
        time_proof=TIME_PROOF_WORDS.get(row.time_proof, row.time_proof),
    )
    return list(astuple(shown))


def rows_of(source: str, verdict: dict[str, Any] | None, problem: str = "") -> list[RegisterRow]:
    """One row per signer of every signed item of a verdict as the window has it (its JSON: the
    stored one of a letter, or a file's checked now); a source that could not be checked, or holds
    no signature, gets one row that says so (a register never drops a file silently)."""
    items = (verdict or {}).get("signatures") or []
    if not items:
        status = "error" if problem else "unsigned"
        return [RegisterRow(source, "", "", "", "", "", "", "", "", status, "", problem or "no signature found")]
    out = []
    for item in items:
        signers = item.get("signers") or []
        if not signers:
            status, error = str(item.get("status") or ""), str(item.get("error") or "")
            out.append(RegisterRow(source, str(item.get("name") or ""), "", "", "", "", "", "", "", status, "", error))
        for signer in signers:
            proof = {"timestamp": "time-stamp"}.get(signer.get("time_source") or "", "")
            signed_at = _when(signer.get("signing_time"))
            out.append(
                RegisterRow(
                    source=source,
                    item=str(item.get("name") or ""),
                    signer=signer.get("name") or "",
                    iin=signer.get("iin") or "",
                    bin=signer.get("bin") or "",
                    organization=signer.get("organization") or "",
                    roles=", ".join(signer.get("roles") or []),
                    signed_at=moment(signed_at) if signed_at else "",
                    time_proof=proof or ("claimed" if signed_at else ""),
                    status=str(signer.get("status") or ""),
                    evidence=signer.get("revocation") or "",
                    message=signer.get("message") or "",
                )
            )
    return out


def _when(iso: object) -> dt.datetime | None:
    """A verdict's ISO time (None, or not a time, when the JSON has none)."""
    try:
        return dt.datetime.fromisoformat(iso) if isinstance(iso, str) else None
    except ValueError:
        return None


def files_in(paths: Iterable[Path]) -> list[Path]:
    """The files named, and in each folder named the files a register looks at (not recursive)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.iterdir() if p.is_file() and p.name.lower().endswith(REGISTER_SUFFIXES))
        elif path.is_file():
            out.append(path)
        else:
            raise MalformedDataError(f"no such file or folder: {path}")
    return out


# A file of a register: its path, and whether a signature among the files is named after it
# (act.pdf beside act.pdf.sig: its signature's rows cover it, so without signatures of its own it
# is no row of its own).
FileTask = tuple[Path, bool]


def file_rows(path: Path, policy: VerifyPolicy, is_document: bool) -> list[RegisterRow]:
    """The rows of one file: one per signer, or one that says why there is none. A file that is
    no signature, unreadable, too large, a pipe or a device is refused by a bounded read and gets
    its row (``MalformedDataError``)."""
    name = shown(path.name)  # a name that is not UTF-8 still goes into a CSV or PDF
    try:
        verdict = verify_file(path, policy)
        if verdict.items or not is_document:
            return rows_of(name, verdict.to_json())
        return []
    except MalformedDataError as exc:
        return rows_of(name, None, str(exc))


def register_of_files(
    files: list[Path],
    policy: VerifyPolicy,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    jobs: int | None = None,
) -> list[RegisterRow]:
    """The rows of ``files``, in their order. ``jobs``: processes to check them in, this one and
    workers (default: one per core; 1 checks them here alone). The rows are the same, byte for byte,
    whichever way they were checked."""
    from .batch import cores, rows_of_files

    documents = {(path.parent, name) for path in files for name in signed_names(path.name)}
    tasks: list[FileTask] = [(path, (path.parent, path.name) in documents) for path in files]
    return rows_of_files(tasks, policy, jobs or cores(), progress, cancel)


def register_of_letters(
    cache: Cache,
    letters: list[MessageRow],
    policy: VerifyPolicy,
    progress: Progress | None = None,
    judge_again: bool = False,
) -> list[RegisterRow]:
    """The signed ones of ``letters``, each with the verdict the window shows (``shown_verdict``:
    the stored one; a letter never checked is checked now with ``policy``). ``judge_again``: the
    user brought other trust anchors or CRLs, so every letter is checked again with ``policy``.
    Nothing is stored either way."""
    from ..signing.checker import shown_verdict, verify_cached

    signed = [row for row in letters if row.signed]
    rows: list[RegisterRow] = []
    for number, letter in enumerate(signed, 1):
        source = f"{letter.subject} ({day(letter.date)})" if letter.date else letter.subject
        if judge_again:
            fresh = verify_cached(cache, letter.blob, policy)
            verdict = fresh.to_json() if fresh is not None else None
        else:
            verdict = shown_verdict(cache, letter.blob, lambda: policy)
        rows += rows_of(source, verdict, "" if verdict is not None else "the letter's bytes are not in the cache")
        if progress is not None:
            progress(number, len(signed), letter.subject)
    return rows


REGISTER_FORMATS = (".xlsx", ".csv", ".pdf")
# a spreadsheet reads a cell that begins with one of these as a formula: a letter's subject
# "=HYPERLINK(…)" would be one in the accountant's register
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def register_format(path: Path) -> str:
    """ ".xlsx", ".csv" or ".pdf", by the file's name: asked before the work as well as when writing."""
    suffix = path.suffix.lower()
    if suffix not in REGISTER_FORMATS:
        raise MalformedDataError("the register is written as .xlsx, .csv or .pdf: name the file so")
    return suffix


def write_register(path: Path, rows: list[RegisterRow], title: str) -> None:
    """As a spreadsheet, CSV or PDF, by the file's suffix."""
    full_title = f"Register of signatures / Реестр подписей — {title}"
    suffix = register_format(path)
    if suffix == ".xlsx":
        data = to_xlsx(rows, full_title)
    else:
        data = to_csv(rows) if suffix == ".csv" else to_pdf(rows, full_title)
    write_atomically(path, data, private=False)  # a document, where the user chose


def _as_text(value: str) -> str:
    """A cell's text that no spreadsheet takes for a formula (a leading apostrophe, as Excel's own)."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def to_csv(rows: list[RegisterRow]) -> bytes:
    """UTF-8 with a byte-order mark and ';' between fields: what Excel in a Kazakh or Russian
    locale opens as columns, Cyrillic intact. (Excel drops the leading zero of an IIN or BIN here:
    the .xlsx register keeps them as text.)"""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([HEADINGS[f.name] for f in fields(RegisterRow)])
    writer.writerows([_as_text(value) for value in in_words(row)] for row in rows)
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def to_xlsx(rows: list[RegisterRow], title: str) -> bytes:
    """An Excel workbook: every cell text (an IIN or BIN keeps its leading zero, "050140000014";
    nothing is read as a formula), the headings bold and frozen, a filter on every column."""
    from openpyxl import Workbook  # imported when needed: a worker process checking files never is
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has its sheet
    sheet.title = "Register"
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=12)
    names = [f.name for f in fields(RegisterRow)]
    sheet.append([HEADINGS[name] for name in names])
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([None] * len(names))
        for column, value in enumerate(in_words(row), 1):
            cell = sheet.cell(row=sheet.max_row, column=column)
            cell.value = value
            cell.data_type = "s"  # text, whatever it begins with (openpyxl takes "=…" for a formula)
            cell.number_format = "@"
    widths = {"source": 40, "item": 28, "signer": 30, "iin": 15, "bin": 15, "organization": 30, "evidence": 50}
    for column, name in enumerate(names, 1):
        sheet.column_dimensions[get_column_letter(column)].width = widths.get(name, 20)
    sheet.freeze_panes = "A3"
    sheet.auto_filter.ref = f"A2:{get_column_letter(len(names))}{sheet.max_row}"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def to_pdf(rows: list[RegisterRow], title: str, made_at: dt.datetime | None = None) -> bytes:
    from ..card.register import draw_register  # imported when needed, as openpyxl

    columns = ["source", "item", "signer", "iin", "bin", "signed_at", "time_proof", "status", "evidence"]
    names = [f.name for f in fields(RegisterRow)]
    shown = [dict(zip(names, in_words(row), strict=True)) for row in rows]
    table = [[words[name] for name in columns] for words in shown]
    return draw_register(title, [HEADINGS[c] for c in columns], table, made_at or dt.datetime.now(dt.UTC))
