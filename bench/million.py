"""Issue #32, "A million letters": a simulated cache of N letters (1,000,000; 100,000 with --quick)
and what a user waits for with it: storing, building the search index, searching (word forms and
operators, and Thunderbird-like prefix search for comparison), opening the largest folder, the
window's cold start, its memory, and scrolling the list from top to bottom.

The letters: Russian, Kazakh and English business mail (inflected: договор/договора/договору,
келісімшарт/келісімшартқа/келісімшарттар, contract/contracts), mostly 2-20 KB, some with large
attachments; 10% signed (multipart/signed or a .p7s attachment) with a stored signature verdict
(mostly valid, some revoked); 200 folders in 3 accounts, one of them holding a fifth of the letters;
dates over ten years. They are generated in worker processes (with their summaries); the cache is
written by this one process, in batches of 5,000 as a sync stores them.
"""

from __future__ import annotations

import base64
import cProfile
import datetime as dt
import io
import json
import multiprocessing
import os
import pstats
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from email.utils import format_datetime
from pathlib import Path
from typing import Any, NamedTuple

from qazmail_desktop.store.cache import Cache, Folder, IncomingMessage, MessageRow
from qazmail_desktop.store.mailparse import MessageSummary, summarize
from qazmail_desktop.store.messages import SELECT_ROWS
from qazmail_desktop.store.searchindex import index_path_for
from qazmail_desktop.store.searchquery import parse_query
from qazmail_desktop.store.wordforms import WORD
from tests.accounts import make_account

REPO = Path(__file__).resolve().parent.parent
BATCH = 5000  # letters per stored batch, as _big_cache and a sync store them
FOLDERS = 200
BIG_SHARE = 0.2  # the largest folder: 200,000 of 1,000,000
SEARCH_BUDGET_MS = 50
OPEN_BUDGET_MS = 300
START_BUDGET_S = 2.0
MEMORY_BUDGET_MB = 400
START = dt.datetime(2016, 12, 5, 9, tzinfo=dt.UTC)
SPAN = dt.timedelta(days=3652)  # ten years, to 2026-12-05
TRUST_KEY = "bench-million"


class Figure(NamedTuple):
    """One line of the table (bench.runner.Row's fields)."""

    measure: str
    ours: float
    peer: float | None
    unit: str
    peer_name: str
    note: str = ""


# the vocabulary ---------------------------------------------------------------------------------
def _words(text: str) -> list[str]:
    return text.split()


RU_BUSINESS = _words(
    "договор договора договору договором договоре договоры договоров договорам "
    "акт акта акту актом акты актов сверки сверка сверку взаиморасчётов "
    "счёт счета счету счетом счет-фактура счёт-фактуры счёт-фактуру "
    "поставка поставки поставку поставкой поставок оплата оплаты оплату оплатой "
    "платёж платежа платежу платежи платежей накладная накладной накладные доверенность доверенности "
    "приложение приложения приложению подпись подписи подписью ЭЦП компании компания поставщик поставщика "
    "поставщику заказ заказа заказу услуги услуг работы работ выполненных задолженность задолженности "
    "контрагент контрагента реквизиты реквизитов банка бухгалтерия бухгалтерии отчёт отчёта отчёты "
    "спецификация спецификации претензия претензии гарантия гарантийное письмо письма письму письмом"
)
RU_COMMON = _words(
    "и в на по с для от к что не мы вас просим прошу направляем данный согласно также уважаемые коллеги "
    "добрый день прилагаем срок до после в течение дней просьба подтвердить получение рассмотреть "
    "вопрос наш ваш нашей вашей года месяца квартала за период сумма тенге НДС итого номер дата"
)
KK_BUSINESS = _words(
    "келісімшарт келісімшартқа келісімшарттар келісімшартты келісімшарттың келісімшартқа келісімшарттарды "
    "шот-фактура шот-фактураны шот-фактуралар төлем төлемді төлемнің төлемдер төлемге акт актісі "
    "есеп есепті есептің есеп айырысу салыстыру жеткізу жеткізуге жеткізілім тапсырыс тапсырысты "
    "құжат құжаттар құжаттарды қолтаңба қол қойып мекеме мекемесі серіктестік серіктестігі қосымша "
    "қосымшасы шарт шарттар шарттың бухгалтерия қызмет қызметтер жұмыстар хат хатты"
)
KK_COMMON = _words(
    "және мен бойынша үшін сіздің біз сізге жіберуіңізді сұраймыз қайырлы күн рақмет құрметті "
    "әріптестер мерзімі дейін ішінде күн сома теңге ҚҚС барлығы нөмірі күні тоқсан жыл ай"
)
EN_BUSINESS = _words(
    "contract contracts contractual invoice invoices invoiced payment payments paid delivery deliveries "
    "delivered reconciliation statement statements signature signed signing order orders ordered shipment "
    "agreement agreements amendment annex services supplier suppliers accounting balance overdue"
)
EN_COMMON = _words(
    "the and of to for please we your our find attached kindly confirm receipt by within days regards "
    "dear colleagues best thank you period amount total number date quarter year month as per"
)
FIXED_SENTENCES = (
    "Направляем акт сверки взаиморасчётов за период, просим подписать ЭЦП и вернуть.",
    "Есеп айырысу актісін қол қойып жіберуіңізді сұраймыз.",
    "Please find the signed contract attached, and confirm receipt.",
)
RARE_WORD = "рекламация"  # in one letter of 20,011
CYRILLIC_SYLLABLES = _words(
    "ка ра ма на та са ла да ба за ко ро мо но то со ло до бо зо ку ру му ну ту су лу ду бу зу "
    "қа ға ңа өр ұл үр ің ән ер ек ет ес ен ел ов ев ин ск ст пр тр"
)
LATIN_SYLLABLES = _words("ar or en er an in on al el ul ta ke mi so de ro la ne ti co pro con ex st")
NAMES = (
    ("Болат", "Сейткали", "bolat"),
    ("Айгерим", "Нурланова", "aigerim"),
    ("Дмитрий", "Ким", "dkim"),
    ("Анна", "Петрова", "anna.p"),
    ("Ерлан", "Жумабаев", "erlan"),
    ("Гульнара", "Ахметова", "gulnara"),
    ("Сергей", "Иванов", "s.ivanov"),
    ("Асель", "Касымова", "assel"),
    ("John", "Smith", "j.smith"),
    ("Маржан", "Оспанова", "marzhan"),
    ("Нурсултан", "Абдрахманов", "nursultan"),
    ("Елена", "Ли", "elena.li"),
)
COMPANIES = (
    ("ТОО «Дала Строй»", "dala.kz"),
    ("АО «КазТрансЛогистик»", "ktl.kz"),
    ("ТОО «Алатау Сервис»", "alatau-service.kz"),
    ("ИП Жумабаев", "mail.kz"),
    ("ТОО «Steppe Trading»", "steppe-trading.kz"),
    ("АО «Байтерек Финанс»", "baiterek.kz"),
    ("Astana Logistics LLP", "astlog.kz"),
    ("ТОО «Қазақ Қағазы»", "kagaz.kz"),
)
STATUSES = (("valid", 85), ("revoked", 6), ("expired", 4), ("indeterminate", 3), ("untrusted", 2))


def _long_tail(count: int, syllables: list[str]) -> list[str]:
    """Words of the letters' long tail (names of goods, places, people): made-up, Zipf-distributed."""
    rnd = random.Random(32)
    words = {"".join(rnd.choice(syllables) for _ in range(rnd.randint(2, 5))) for _ in range(count)}
    return sorted(words)


class Vocabulary:
    """Sentences made once (the same in every worker: seeded), which letters are cut from."""

    def __init__(self, sentences: int = 30_000) -> None:
        rnd = random.Random(2026)
        tails = {"cyrillic": _long_tail(60_000, CYRILLIC_SYLLABLES), "latin": _long_tail(30_000, LATIN_SYLLABLES)}
        weights = {k: list(_cumulative([1 / (rank + 10) for rank in range(len(t))])) for k, t in tails.items()}
        kinds = {
            "ru": (RU_BUSINESS, RU_COMMON),
            "kk": (KK_BUSINESS, KK_COMMON),
            "en": (EN_BUSINESS, EN_COMMON),
        }
        self.sentences: dict[str, list[str]] = {}
        for language, (business, common) in kinds.items():
            script = "latin" if language == "en" else "cyrillic"
            tail, tail_weights = tails[script], weights[script]
            made = []
            for _ in range(sentences // 3):
                words = []
                for _w in range(rnd.randint(6, 16)):
                    roll = rnd.random()
                    if roll < 0.22:
                        words.append(rnd.choice(business))
                    elif roll < 0.62:
                        words.append(rnd.choice(common))
                    elif roll < 0.92:
                        words.append(rnd.choices(tail, cum_weights=tail_weights)[0])
                    else:
                        words.append(str(rnd.randint(1, 99_999)))
                sentence = " ".join(words)
                made.append(sentence[0].upper() + sentence[1:] + rnd.choice(".,.!?."))
            self.sentences[language] = made


def _cumulative(weights: list[float]) -> Iterator[float]:
    total = 0.0
    for w in weights:
        total += w
        yield total


_VOCABULARY: Vocabulary | None = None


def _vocabulary() -> Vocabulary:
    global _VOCABULARY  # noqa: PLW0603 - made once per worker process
    if _VOCABULARY is None:
        _VOCABULARY = Vocabulary()
    return _VOCABULARY


# the letters --------------------------------------------------------------------------------------
def _encoded_word(text: str) -> str:
    """A header value as mail programs write non-ASCII: RFC 2047 encoded words, folded."""
    if text.isascii():
        return text
    chunks = [text[i : i + 20] for i in range(0, len(text), 20)]
    return "\r\n ".join(f"=?UTF-8?B?{base64.b64encode(c.encode()).decode()}?=" for c in chunks)


def _subject(rnd: random.Random, n: int, language: str, year: int) -> str:
    templates = {
        "ru": (
            "Договор поставки № {n}-ТОО",
            "Акт сверки за {q} квартал {y}",
            "Счёт-фактура № {n}",
            "Оплата по договору № {n}",
            "Доверенность на получение товара",
            "Претензия по поставке № {n}",
            "Письмо о задолженности",
        ),
        "kk": (
            "Келісімшартқа қосымша № {n}",
            "Шот-фактура № {n}",
            "Төлем туралы хабарлама",
            "Есеп айырысу актісі {y}",
            "Келісімшарттар тізімі {y}",
        ),
        "en": (
            "Invoice {n} for services",
            "Contract renewal {y}",
            "Payment reminder",
            "Signed contracts for Q{q}",
            "Meeting notes {n}",
            "Delivery schedule",
        ),
    }
    subject = rnd.choice(templates[language]).format(n=n % 100_000, q=rnd.randint(1, 4), y=year)
    roll = rnd.random()
    return f"Re: {subject}" if roll < 0.25 else f"Fwd: {subject}" if roll < 0.3 else subject


def _size(rnd: random.Random) -> int:
    """The letter's text part's bytes: mostly 2-20 KB letters in all (html and headers included)."""
    return int(min(max(rnd.lognormvariate(8.2, 0.6), 600), 9000))


def make_letter(n: int, when: dt.datetime, own: str) -> tuple[bytes, dict[str, Any] | None]:
    """Letter ``n`` (raw bytes) and, for a signed one, its signer and verdict status."""
    rnd = random.Random(n * 7919 + 1)
    vocabulary = _vocabulary()
    language = rnd.choices(("ru", "kk", "en"), (55, 25, 20))[0]
    first, last, login = NAMES[min(int(rnd.paretovariate(1.2)) - 1, len(NAMES) - 1)]
    company, domain = rnd.choice(COMPANIES)
    sender = f"{first} {last} <{login}@{domain}>"
    subject = _subject(rnd, n, language, when.year)
    pool = vocabulary.sentences[language]
    target = _size(rnd)
    lines = [{"ru": "Добрый день!", "kk": "Қайырлы күн!", "en": "Hello,"}[language], ""]
    length = 0
    while length < target:
        sentence = rnd.choice(FIXED_SENTENCES) if rnd.random() < 0.03 else rnd.choice(pool)
        lines.append(sentence)
        length += len(sentence.encode())
    if n % 20_011 == 7:
        lines.append(f"Направляем {RARE_WORD} по качеству товара.")
    if subject.startswith("Re:"):
        lines += ["", f"> {rnd.choice(pool)}", f"> {rnd.choice(pool)}"]
    lines += ["", "--", f"{first} {last}", company, f"Номер письма: {n}"]
    text = "\r\n".join(lines) + "\r\n"
    headers = [
        f"From: {_encoded_word(sender)}",
        f"To: {own}",
        *([f"Cc: buh@{domain}"] if rnd.random() < 0.2 else []),
        f"Subject: {_encoded_word(subject)}",
        f"Date: {format_datetime(when)}",
        f"Message-ID: <m{n}.{rnd.getrandbits(32):x}@{domain}>",
        "MIME-Version: 1.0",
    ]
    plain = f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{text}"
    if rnd.random() < 0.6:  # a text and an HTML alternative, as most mail programs send
        html = "<html><body>" + "".join(f"<p>{line}</p>\r\n" for line in lines) + "</body></html>"
        html_part = "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        html_part += _b64(html.encode())
        body = _multipart("alternative", [plain, html_part], f"alt{n}")
    else:
        body = plain
    parts = [body]
    roll = rnd.random()
    if roll < 0.03:  # a large attachment: a scan
        parts.append(_attachment(f"scan_{n}.pdf", "application/pdf", rnd.randbytes(int(rnd.uniform(30_000, 150_000)))))
    elif roll < 0.15:
        act = f"Акт выполненных работ № {n}\r\nЗаказчик: {company}\r\n{rnd.choice(pool)}\r\n"
        parts.append(_attachment(f"akt_{n}.txt", "text/plain; charset=utf-8", act.encode()))
    signature: dict[str, Any] | None = None
    if n % 10 == 3:  # one letter in ten signed
        signer = _signer(rnd)
        status = rnd.choices([s for s, _ in STATUSES], [w for _, w in STATUSES])[0]
        signature = {"status": status, "signer": signer}
        p7s = rnd.randbytes(rnd.randint(2500, 4500))
        if n % 20 == 3:
            signed = _multipart("mixed", parts, f"mix{n}") if len(parts) > 1 else parts[0]
            sig = "Content-Type: application/pkcs7-signature; name=smime.p7s\r\nContent-Transfer-Encoding: base64\r\n"
            sig += "Content-Disposition: attachment; filename=smime.p7s\r\n\r\n" + _b64(p7s)
            boundary = f"sig{n}"
            whole = _multipart("signed", [signed, sig], boundary).replace(
                "multipart/signed;", 'multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256;', 1
            )
            return _raw(headers, whole), signature
        parts.append(_attachment(f"dogovor_{n}.pdf.p7s", "application/pkcs7-signature", p7s))
    whole = _multipart("mixed", parts, f"mix{n}") if len(parts) > 1 else parts[0]
    return _raw(headers, whole), signature


def _signer(rnd: random.Random) -> dict[str, str]:
    index = min(int(rnd.paretovariate(1.0)) - 1, 299)
    first, last, login = NAMES[index % len(NAMES)]
    company, domain = COMPANIES[index % len(COMPANIES)]
    return {
        "name": f"{last.upper()} {first.upper()}",
        "iin": f"{850315400000 + index:012d}",
        "bin": f"{990240000000 + index % len(COMPANIES):012d}",
        "organization": company,
        "email": f"{login}@{domain}",
    }


def _b64(data: bytes) -> str:
    return base64.encodebytes(data).decode().replace("\n", "\r\n")


def _attachment(name: str, content_type: str, data: bytes) -> str:
    return (
        f'Content-Type: {content_type}; name="{name}"\r\nContent-Transfer-Encoding: base64\r\n'
        f'Content-Disposition: attachment; filename="{name}"\r\n\r\n' + _b64(data)
    )


def _multipart(kind: str, parts: list[str], boundary: str) -> str:
    inner = "".join(f"--{boundary}\r\n{part}\r\n" for part in parts)
    return f'Content-Type: multipart/{kind}; boundary="{boundary}"\r\n\r\n{inner}--{boundary}--\r\n'


def _raw(headers: list[str], body: str) -> bytes:
    return ("\r\n".join(headers) + "\r\n" + body).encode()


# the mailbox's shape --------------------------------------------------------------------------------
class Place(NamedTuple):
    account: str
    name: str
    special_use: str
    letters: int


def mailbox_shape(total: int) -> list[Place]:
    """200 folders over 3 accounts; folder 2 of account "a" ("Archive") holds a fifth of the letters,
    the rest by a Zipf-like share (inboxes and Sent large, project folders small)."""
    accounts = ("a", "b", "c")
    names: list[tuple[str, str, str]] = []
    for account in accounts:
        names += [(account, "INBOX", "\\Inbox"), (account, "Sent", "\\Sent"), (account, "Archive", "\\Archive")]
    topics = ("Бухгалтерия", "Проекты", "Clients", "Жобалар", "Tenders", "Договоры", "Кадры", "Logistics")
    while len(names) < FOLDERS:
        k = len(names)
        account = accounts[k % 3]
        names.append((account, f"{topics[k % len(topics)]}/{2016 + k % 11}-{k:03d}", ""))
    big = int(total * BIG_SHARE)
    rest = total - big
    weights = [0.0 if (a, n) == ("a", "Archive") else 1 / (rank + 1) ** 0.9 for rank, (a, n, _s) in enumerate(names)]
    scale = rest / sum(weights)
    counts = [int(w * scale) for w in weights]
    counts[0] += rest - sum(counts)
    return [
        Place(a, n, s, big if (a, n) == ("a", "Archive") else c) for (a, n, s), c in zip(names, counts, strict=True)
    ]


class Task(NamedTuple):
    folder: int  # index in the shape
    first_uid: int
    size: int  # letters
    first_n: int  # the letters' numbers (global)
    folder_letters: int
    own: str


def _tasks(shape: list[Place]) -> list[Task]:
    tasks = []
    n = 0
    for index, place in enumerate(shape):
        for start in range(0, place.letters, BATCH):
            count = min(BATCH, place.letters - start)
            tasks.append(Task(index, start + 1, count, n, place.letters, f"{place.account}@qazmail.kz"))
            n += count
    return tasks


class Made(NamedTuple):
    task: Task
    letters: list[tuple[bytes, MessageSummary, dict[str, Any] | None, tuple[str, ...]]]
    seconds: float  # generating and summarising, in the worker


def _make(task: Task) -> Made:
    started = time.process_time()
    out = []
    step = SPAN / max(task.folder_letters, 1)
    for i in range(task.size):
        n = task.first_n + i
        position = task.first_uid - 1 + i
        jitter = dt.timedelta(seconds=random.Random(n).randint(0, 3600))
        when = START + step * position + jitter  # UIDs grow with the date, as on a server
        raw, signature = make_letter(n, when, task.own)
        flags: tuple[str, ...] = ("\\Seen",) if n % 10 else ()
        if n % 50 == 0:
            flags = (*flags, "\\Flagged")
        out.append((raw, summarize(raw), signature, flags))
    return Made(task, out, time.process_time() - started)


# building the cache ------------------------------------------------------------------------------------
class Built(NamedTuple):
    cache_path: Path
    total: int
    raw_bytes: int
    signed: int
    big_folder: int
    first_inbox_letters: int
    wall: float  # generation and storing, overlapped
    store_seconds: float  # the cache's writes alone
    make_cpu: float  # the workers' processor time (generating and summarize)
    index_seconds: float


def build(work: Path, total: int, jobs: int) -> Built:
    profile = work / "million-profile"
    cache_path = profile / "mail.sqlite3"
    cache = Cache(cache_path)
    for account in ("a", "b", "c"):
        cache.accounts.add(make_account(account, f"{account}@qazmail.kz", username=account))
    shape = mailbox_shape(total)
    folders = [cache.folders.upsert(p.account, p.name, "/", p.special_use, True) for p in shape]
    big = next(f.id for f, p in zip(folders, shape, strict=True) if p.account == "a" and p.name == "Archive")
    raw_bytes = signed = done = 0
    store_seconds = make_cpu = 0.0
    started = time.perf_counter()
    tasks = _tasks(shape)
    _vocabulary()  # made before the workers fork, so each has it
    with multiprocessing.get_context("fork").Pool(jobs) as pool, cache.bulk_writes():
        for made in pool.imap_unordered(_make, tasks, chunksize=1):
            make_cpu += made.seconds
            batch = []
            verdicts = []
            for i, (raw, summary, signature, flags) in enumerate(made.letters):
                batch.append(IncomingMessage(made.task.first_uid + i, raw, True, flags, len(raw), summary=summary))
                raw_bytes += len(raw)
                if signature is not None:
                    assert summary.signed, "a signed letter of the bench is seen as signed"
                    digest = _sha256(raw)
                    verdicts.append((digest, json.dumps(signature, ensure_ascii=False)))
            began = time.perf_counter()
            cache.messages.store(folders[made.task.folder].id, batch)
            # the checker's verdicts, soon after the letters (they queue the letters again for the index)
            cache.verdicts.put_many(((d, v, v) for d, v in verdicts), TRUST_KEY)
            store_seconds += time.perf_counter() - began
            signed += len(verdicts)
            done += len(batch)
            if done % (BATCH * 20) == 0:
                print(f"  stored {done}/{total} ({time.perf_counter() - started:.0f} s)", file=sys.stderr, flush=True)
    wall = time.perf_counter() - started
    began = time.perf_counter()
    cache.update_search_index()
    index_seconds = time.perf_counter() - began
    cache.close()
    inbox = next(p.letters for p in shape if p.account == "a" and p.name == "INBOX")
    return Built(cache_path, total, raw_bytes, signed, big, inbox, wall, store_seconds, make_cpu, index_seconds)


def _sha256(raw: bytes) -> str:
    import hashlib

    return hashlib.sha256(raw).hexdigest()


def _file_size(path: Path) -> int:
    """The file after a checkpoint (its WAL written back)."""
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


# search ----------------------------------------------------------------------------------------------
def typical_queries(cache: Cache) -> list[str]:
    iin = cache.file.db.execute(
        "SELECT json_extract(summary, '$.signer.iin') FROM signatures GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()[0]
    return [
        "договор",  # one word
        "акт сверки",  # two words
        "договору",  # a form: finds договор, договора…
        "келісімшарт",  # a Kazakh stem: келісімшартқа, келісімшарттар…
        f"iin:{iin}",
        "status:revoked",
        "from:bolat договор",
        "after:01.01.2020 before:01.01.2021",
        "has:attachment invoice",
        '"акт сверки взаиморасчётов"',  # a quoted phrase
        "folder:Бухгалтерия оплата",
        RARE_WORD,  # rare
        "письма",  # in (nearly) every letter: the worst case
        "contracts",
        "төлем",
        "шот-фактура",
        "payment reminder",
        "subject:договор поставки",
        "has:signature келісімшартқа",
        "status:valid договор",
    ]


_WRITTEN = "{subject sender recipients body attachments signer}"


def prefix_terms(text: str) -> list[str]:
    """Thunderbird-like: every word typed as a prefix, no word forms, no operators (their values
    are words; has:, status:, dates and folders are not searchable so)."""
    query = parse_query(text)
    values = [*query.words, *query.phrases, *(v for _f, v in query.fields), *query.identities]
    return [t for v in values for t in WORD.findall(v)]


def prefix_search(cache: Cache, terms: list[str], limit: int = 200) -> list[tuple[Folder, MessageRow]]:
    """Search as it was before word forms (git show b3d775e^:qazmail_desktop/store/lookup.py), over
    the same index walked the same way (newest first down its keys, the folders read in one query):
    the difference is what word forms and operators cost."""
    match = f"{_WRITTEN}: (" + " ".join(f'"{t}"*' for t in terms) + ")"
    newest = (
        "SELECT l.message_id FROM search.message_text t CROSS JOIN search.letters l ON l.key = t.rowid "
        "WHERE t.message_text MATCH ? ORDER BY t.rowid DESC LIMIT ?"
    )
    sql = SELECT_ROWS + f"WHERE m.id IN ({newest}) ORDER BY m.date DESC"
    rows = [MessageRow.from_row(r) for r in cache.file.search_db.execute(sql, (match, limit))]
    folders = cache.folders.without_counts({row.folder_id for row in rows})
    return [(folders[row.folder_id], row) for row in rows]


def _percentile(times: list[float], share: float) -> float:
    ordered = sorted(times)
    return ordered[min(int(len(ordered) * share), len(ordered) - 1)]


def measure_search(cache: Cache, total: int) -> tuple[list[Figure], dict[str, float], list[str]]:
    queries = typical_queries(cache)
    per_query: dict[str, list[float]] = {q: [] for q in queries}
    prefix: dict[str, list[float]] = {}
    found: dict[str, int] = {}
    for _ in range(3):
        for q in queries:
            began = time.perf_counter()
            hits = cache.lookup.search(q, limit=200)
            per_query[q].append(time.perf_counter() - began)
            assert hits, f"the query {q!r} found nothing"
            found[q] = len(hits)
            terms = prefix_terms(q)
            if terms:
                began = time.perf_counter()
                prefix_search(cache, terms)
                prefix.setdefault(q, []).append(time.perf_counter() - began)
    counted = {}  # Lookup.count: the number of matches when cheap to know (None: more than FEW_MATCHES)
    for q in queries:
        began = time.perf_counter()
        counted[q] = (cache.lookup.count(q), time.perf_counter() - began)
    ours = [t for times in per_query.values() for t in times]
    theirs = [t for times in prefix.values() for t in times]
    same = [t for q, times in per_query.items() if q in prefix for t in times]
    p50, p95 = _percentile(ours, 0.5) * 1000, _percentile(ours, 0.95) * 1000
    medians = {q: statistics.median(times) * 1000 for q, times in per_query.items()}
    slow = [q for q, ms in medians.items() if ms >= SEARCH_BUDGET_MS]
    lines = [
        f"  {ms:8.1f} ms  {found[q]:4} hits  prefix mode "
        + (f"{statistics.median(prefix[q]) * 1000:8.1f} ms" if q in prefix else "       -   ")
        + f"  count {counted[q][0] if counted[q][0] is not None else 'many':>5} in {counted[q][1] * 1000:6.1f} ms  {q}"
        for q, ms in medians.items()
    ]
    note = "20 queries x 3 rounds; the comparison below: the word queries as prefixes (no forms, no operators)"
    figures = [
        Figure(f"search p50 over {total} letters", p50, None, "ms", "", note),
        Figure(
            f"search p95 over {total} letters",
            p95,
            None,
            "ms",
            "",
            f"budget < {SEARCH_BUDGET_MS} ms: {'met' if p95 < SEARCH_BUDGET_MS else 'NOT met'}",
        ),
        Figure(
            f"search p50, queries prefix mode can ask ({total})",
            _percentile(same, 0.5) * 1000,
            _percentile(theirs, 0.5) * 1000,
            "ms",
            "prefix mode (Thunderbird-like)",
            f"{len(prefix)} queries x 3",
        ),
        Figure(
            f"search p95, queries prefix mode can ask ({total})",
            _percentile(same, 0.95) * 1000,
            _percentile(theirs, 0.95) * 1000,
            "ms",
            "prefix mode (Thunderbird-like)",
            f"{len(prefix)} queries x 3",
        ),
    ]
    print("\n".join(["search, median of 3 per query (ours, hits, prefix mode, count):", *lines]), file=sys.stderr)
    return figures, medians, slow


def profile_search(cache: Cache, query: str) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    cache.lookup.search(query, limit=200)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(12)
    return out.getvalue()


# the window ----------------------------------------------------------------------------------------
WINDOW_SCRIPT = """
import cProfile, io, json, pstats, sys, time
started = time.perf_counter()
from PySide6.QtCore import QModelIndex, QTimer
from qazmail_desktop.profile import Profile
from qazmail_desktop.ui.app import Application
from bench.childprobe import peak_memory_mb  # the window's own peak, not the bench's (see there)
profile, big, max_steps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
app = Application(Profile.resolve(profile), demo=False)
app.window.resize(1280, 800)
app.window.show()
out = {}

def open_folder():
    window = app.window
    index = window.folders.find_folder(big)
    began = time.perf_counter()
    window.folder_view.setCurrentIndex(index)
    app.qt.processEvents()
    window.message_view.repaint()
    return time.perf_counter() - began

def painted():
    window = app.window
    window.repaint()
    out["first_paint"] = time.perf_counter() - started
    out["rss_start"] = peak_memory_mb()
    out["start_folder_rows"] = window.messages.total
    out["open"] = open_folder()
    out["open_rows"] = window.messages.total
    out["loaded"] = len(window.messages.rows)
    cache, folder = window.cache, big
    began = time.perf_counter()
    cache.messages.count(folder)
    out["count"] = time.perf_counter() - began
    began = time.perf_counter()
    cache.messages.in_folder(folder, "date", True, 500, 0)
    out["page0"] = time.perf_counter() - began
    # the open again, profiled (another folder in between, so it is a real change)
    inbox = window.folders.find_folder(window.cache.folders.of_account("a")[0].id)
    window.folder_view.setCurrentIndex(inbox); app.qt.processEvents()
    profiler = cProfile.Profile(); profiler.enable(); out["open_again"] = open_folder(); profiler.disable()
    text = io.StringIO(); pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(14)
    out["open_profile"] = text.getvalue()
    # scrolling from top to bottom, a screen (or more, for at most max_steps steps) at a time
    view = window.message_view
    bar = view.verticalScrollBar()
    rows = window.messages.total
    screen = max(bar.pageStep(), 1)
    stride = max(screen, rows // max_steps)
    steps = []
    worst_at = 0
    began_all = time.perf_counter()
    while True:
        value = bar.value()
        if value >= bar.maximum() and not window.messages.canFetchMore(QModelIndex()):
            break
        began = time.perf_counter()
        bar.setValue(min(value + stride, bar.maximum()))
        app.qt.processEvents()
        view.viewport().repaint()
        took = time.perf_counter() - began
        if not steps or took > max(steps):
            worst_at = len(window.messages.rows)
        steps.append(took)
        if len(steps) > 4 * max_steps:
            break
    out["scroll_all"] = time.perf_counter() - began_all
    out["scroll_steps"] = len(steps)
    out["scroll_stride"] = stride
    out["scroll_worst"] = max(steps) if steps else 0.0
    out["scroll_worst_loaded"] = worst_at
    ordered = sorted(steps)
    out["scroll_p50"] = ordered[len(ordered) // 2] if steps else 0.0
    out["scroll_p99"] = ordered[int(len(ordered) * 0.99)] if steps else 0.0
    out["scroll_rows_loaded"] = len(window.messages.rows)
    out["rss_end"] = peak_memory_mb()
    # the deepest page as the list asks for it (after the last row loaded before it), profiled:
    # what a stall at the bottom is made of
    deep = max(rows - 500, 0)
    after = window.messages.rows[deep - 1].id if deep else None
    profiler = cProfile.Profile(); profiler.enable()
    cache.messages.in_folder(folder, "date", True, 500, deep, after=after)
    profiler.disable()
    text = io.StringIO(); pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(6)
    out["deep_page_profile"] = text.getvalue()
    print("RESULT " + json.dumps(out))
    app.qt.quit()

QTimer.singleShot(0, painted)
app.qt.exec()
"""


def measure_window(built: Built, quick: bool) -> tuple[list[Figure], dict[str, Any]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    profile = built.cache_path.parent
    max_steps = 1500 if quick else 3000
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_SCRIPT, str(profile), str(built.big_folder), str(max_steps)],
        check=True,
        capture_output=True,
        env=env,
        cwd=REPO,
    )
    whole = time.perf_counter() - began  # includes the scrolling; the first paint is timed inside
    line = next(x for x in done.stdout.decode().splitlines() if x.startswith("RESULT "))
    out: dict[str, Any] = json.loads(line[len("RESULT ") :])
    out["process"] = whole
    total, big = built.total, out["open_rows"]
    open_ms = out["open"] * 1000
    figures = [
        Figure(
            f"UI cold start to first paint ({total} letters)",
            out["first_paint"],
            None,
            "s",
            "",
            f"after interpreter start, opening INBOX of {out['start_folder_rows']} letters; "
            f"budget < {START_BUDGET_S} s: {'met' if out['first_paint'] < START_BUDGET_S else 'NOT met'}",
        ),
        Figure(
            f"UI resident memory at first paint ({total} letters)",
            out["rss_start"],
            None,
            "MB",
            "",
            f"budget < {MEMORY_BUDGET_MB} MB: {'met' if out['rss_start'] < MEMORY_BUDGET_MB else 'NOT met'}",
        ),
        Figure(
            f"open a folder of {big} letters",
            open_ms,
            None,
            "ms",
            "",
            f"choose it, process events, paint; again: {out['open_again'] * 1000:.0f} ms; store: COUNT "
            f"{out['count'] * 1000:.0f} ms, first page {out['page0'] * 1000:.0f} ms; "
            f"budget < {OPEN_BUDGET_MS} ms: {'met' if open_ms < OPEN_BUDGET_MS else 'NOT met'}",
        ),
        Figure(
            f"scroll {big} letters top to bottom, worst step",
            out["scroll_worst"] * 1000,
            None,
            "ms",
            "",
            f"{out['scroll_steps']} steps of {out['scroll_stride']} rows (setValue+processEvents+paint); "
            f"p50 {out['scroll_p50'] * 1000:.1f} ms, p99 {out['scroll_p99'] * 1000:.1f} ms; worst at "
            f"{out['scroll_worst_loaded']} rows loaded; all {out['scroll_all']:.1f} s",
        ),
        Figure(
            f"UI resident memory after scrolling {big} letters",
            out["rss_end"],
            None,
            "MB",
            "",
            f"every row of the folder loaded ({out['scroll_rows_loaded']})",
        ),
    ]
    return figures, out


# the step ----------------------------------------------------------------------------------------------
def measure(quick: bool, work: Path, total: int | None = None) -> list[Figure]:
    total = total or int(os.environ.get("QAZMAIL_BENCH_MILLION", "0")) or (100_000 if quick else 1_000_000)
    jobs = max(1, min(2, os.cpu_count() or 1))
    began = time.perf_counter()
    built = build(work, total, jobs)
    print(
        f"  built {total} letters in {built.wall:.0f} s (cache writes {built.store_seconds:.0f} s), "
        f"index {built.index_seconds:.0f} s",
        file=sys.stderr,
        flush=True,
    )
    index_bytes = _file_size(index_path_for(built.cache_path))
    cache_bytes = _file_size(built.cache_path)
    gb = built.raw_bytes / 1e9
    figures = [
        Figure(
            f"store {total} letters ({gb:.1f} GB raw), wall",
            built.wall,
            None,
            "s",
            "",
            f"{total / built.wall:.0f} letters/s; generated+summarized in {jobs} workers "
            f"({built.make_cpu:.0f} processor s), written by one process",
        ),
        Figure(
            "  of which the cache's writes",
            built.store_seconds,
            None,
            "s",
            "",
            f"{total / built.store_seconds:.0f} letters/s, {built.raw_bytes / 1e6 / built.store_seconds:.0f} MB/s; "
            f"{built.signed} verdicts stored; cache file {cache_bytes / 1e9:.2f} GB",
        ),
        Figure(
            f"search index build ({total} letters)",
            built.index_seconds,
            None,
            "s",
            "",
            f"{total / built.index_seconds:.0f} letters/s, {built.raw_bytes / 1e6 / built.index_seconds:.1f} MB/s, "
            "cache.update_search_index(), one process",
        ),
        Figure(
            "search index size, share of raw letters",
            100 * index_bytes / built.raw_bytes,
            None,
            "%",
            "",
            f"{index_bytes / 1e6:.0f} MB index for {built.raw_bytes / 1e6:.0f} MB of letters "
            f"({index_bytes / total:.0f} B/letter)",
        ),
    ]
    cache = Cache(built.cache_path)
    try:
        found, medians, slow = measure_search(cache, total)
        figures += found
        for query in slow[:3]:
            print(f"profile of {query!r} ({medians[query]:.0f} ms):\n{profile_search(cache, query)}", file=sys.stderr)
    finally:
        cache.close()
    window, out = measure_window(built, quick)
    figures += window
    print(f"folder open, profiled:\n{out['open_profile']}", file=sys.stderr)
    print(f"deepest page of the big folder, profiled:\n{out['deep_page_profile']}", file=sys.stderr)
    print(f"  million step: {time.perf_counter() - began:.0f} s in all", file=sys.stderr)
    return figures
