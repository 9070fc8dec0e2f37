"""A suffix-stripping stemmer for Kazakh in Cyrillic script, for search: "келісімшарт" finds
"келісімшартқа", "келісімшарттарымызға" and "келісімшарты".

Why a stemmer of our own: Snowball has none for Kazakh, and the morphological analysers that exist
(Apertium's, finite-state ones) are large compiled transducers. Search needs less than an analysis:
every form of a word must give the same key, and different words should not. Kazakh nouns make that
feasible by rule, because their inflection is agglutinative and regular: a root takes, in a fixed
order, plural + possessive + case + personal (predicative) ending, and each suffix has a few
allomorphs chosen by vowel harmony and by the last letter before it. So the stemmer strips from the
end, in the reverse of that order, each class at most once.

Facts taken from these published descriptions (no code was taken from anywhere):

* Wikisłownik, "Aneks:Kazachski – końcówki rzeczowników" (pl.wiktionary.org): the plural -лар/-лер
  after vowels and р, й, у; -дар/-дер after м, н, ң, л, ж, з; -тар/-тер after б, в, г, д, к, қ, п,
  с, т, ш; the possessive endings (-ым/-ім/-м, -ың/-ің/-ң, -ыңыз/-іңіз/-ңыз/-ңіз, -ы/-і/-сы/-сі)
  and that the possessive follows the plural (мысық+тар+ым).
* "Kazakh grammar" (draft article User:DDG9912 on en.wikipedia.org): the case allomorphs by the class
  of the last letter: vowels; nasals м н ң; approximants и/й л р у ю; voiced sibilants ж з;
  obstruents (б д ф г ғ һ/х к п қ с т в): accusative -ны/-ды/-ты, genitive -ның/-дың/-тың,
  dative -ға/-қа, locative -да/-та, ablative -дан/-нан/-тан, instrumental -мен/-бен/-пен, each
  with its front-vowel twin.
* Wiktionary, "Appendix:Kazakh suffixes", and "Грамматика просто о сложном" (g.engime.org): after
  the 3rd person possessive the cases take n-forms (-ның, -н, -на/-не, -нда/-нде, -нан/-нен), and
  after the 1st/2nd singular possessive the dative is -а/-е; the predicative personal endings
  (-мын/-бын/-пын, -сың, -сыз, -мыз/-быз/-пыз, -сыңдар, -сыздар).
* tili.softmaker.kz, "Directional-dative (barys septik)": the dative -ға/-ге, -қа/-ке, -на/-не,
  -а/-е and when each is used (ата-м-а, қыз-ы-на).
* shpargalka.kz, "Тәуелдік жалғауы": words ending in a consonant or й, у, ю take -ым/-ың/-ыңыз/-ы,
  words ending in another vowel -м/-ң/-ңыз/-сы; a final к, қ, п becomes г, ғ, б before an ending
  that begins with a vowel (жүрек → жүрегім, қасық → қасығым).
* Background, for the approach (ordered suffix classes stripped from the end, a dictionary of
  exceptions): Bogdanchikov, Baimuratov, Ayazbayev, "Stemming of Kazakh language", Bulletin of Abai
  KazNPU, physics and mathematics series, 1(73), 2021; Kessikbayeva & Cicekli, "Rule Based
  Morphological Analyzer of Kazakh Language", SIGMORPHON 2014.

What the rules do, and why:

* Classes, stripped in this order (the reverse of how they are added): personal ending; case
  (with the locative + -ғы "-дағы" relative form as one case ending); possessive; plural.
* An allomorph is stripped only after a letter that grammar allows before it: -тар after a
  voiceless consonant, -лар after a vowel or р/й/у, -на only after the possessive -ы/-і, and so on.
  This is the main guard against eating a root: "доллар" keeps "-лар" (л takes -дар), "баға" keeps
  "-ға" (the rest would be too short), "анкета" keeps "-та" (after a vowel the locative is -да).
* Both vowel-harmony twins are accepted wherever the letter before allows either: loanwords
  (акт → актіге, банк → банктер) do not follow the harmony of their last vowel.
* A stem keeps at least 3 letters and a vowel (a few common two-letter roots excepted: ай, іс,
  үй, ел), so "шот", "акт", "хат", "қол" survive and short words are left alone.
* The bare 1st/2nd person singular possessives -ым/-ім/-м/-ың/-ің/-ң are NOT stripped: the same
  endings close very many nouns made from verbs (келісім, мерзім, өтінім, төлем, шешім), and a
  mailbox holds "мерзім" far more often than "my X". They are stripped only together with the
  dative that can follow nothing else (-ыма/-іме/-ыңа/-іңе: хатыма → хат). The 3rd person
  possessive + an n-case is likewise stripped as one piece (-ына, -ында, -ынан, -ын, -сына…), so an
  n-case is never taken off a word that has no possessive before it.
* Finally a trailing -ы/-і after a consonant is dropped (the 3rd person possessive, or the linking
  vowel loanwords take: акті-ге), and a final г/ғ/б is written к/қ/п, so салық and салығы,
  серіктестік and серіктестігі, есеп and есебі meet. The stems are keys, not dictionary words.
* A short list of words whose ending only looks like a suffix (алтын, пайда, Қазақстан, тендер…)
  is kept whole, and a few nouns that lose a vowel before a possessive (орын → орны, халық → халқы)
  get it back.

Not handled: verb conjugation beyond the personal endings, derivation (-шы, -лық, -ша are meaning,
not inflection), and the bare -ым/-ің forms above.
"""

from __future__ import annotations

from functools import lru_cache

# Letter classes of the last letter before a suffix (the grammar's, see above).
_VOWELS = frozenset("аәеёоөұүыіэя")  # front and back vowels, Russian ё э я in loanwords
_NASALS = frozenset("мнң")
_APPROXIMANTS = frozenset("ийлруюь")  # ь: Russian loanwords (медаль), which decline like -л
_SIBILANTS = frozenset("жз")
_OBSTRUENTS = frozenset("бдфгғһхкпқствцчшщ")
_CONSONANT_LIKE = _NASALS | _APPROXIMANTS | _SIBILANTS | _OBSTRUENTS
# Words ending in a consonant or й, у, ю take the vowel-initial possessives (-ы, -ым, -ыңыз);
# и is left out: a root ending in и is rare, and "тиын", "қиын" must not lose "-ын".
_TAKES_I_POSSESSIVE = _CONSONANT_LIKE - {"и", "ь"}
_ANY_VOWEL = _VOWELS | {"и", "у", "ю"}

_ALPHABET = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі-")
_ONLY_KAZAKH = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

_MIN_STEM = 3
_TWO_LETTER_ROOTS = frozenset({"ай", "іс", "үй", "ел"})

_Rule = tuple[str, frozenset[str]]  # (suffix, letters allowed right before it)


def _rules(*groups: tuple[str, frozenset[str]]) -> dict[str, tuple[_Rule, ...]]:
    """Suffixes keyed by their last two letters (one-letter suffixes also by their letter), longest
    first: the candidates for a word are one dict look-up, usually one to three of them, and the
    longest ending is tried first (-ында before -да)."""
    rules = [(suffix, allowed) for suffixes, allowed in groups for suffix in suffixes.split()]
    by_end: dict[str, list[_Rule]] = {}
    for suffix, allowed in rules:
        by_end.setdefault(suffix[-2:], []).append((suffix, allowed))
    for suffix, allowed in rules:  # a one-letter suffix is also a candidate under every longer key
        if len(suffix) == 1:
            for end, found in by_end.items():
                if len(end) == 2 and end[-1] == suffix:
                    found.append((suffix, allowed))
    return {end: tuple(sorted(found, key=lambda rule: -len(rule[0]))) for end, found in by_end.items()}


_SONOROUS = _VOWELS | _NASALS | _APPROXIMANTS  # before -мыз, -мен
_VOICED = _VOWELS | _NASALS | _APPROXIMANTS | _SIBILANTS  # before -ға, -да

# Predicative personal endings: "директормын" (I am a director), "дайынбыз" (we are ready).
_PERSONAL = _rules(
    # not after a vowel: "төлемін", "мерзімін" are төлем/мерзім + і + н (its payment, its term),
    # not төле + мін; after a vowel -мын is mostly on verbs, which this stemmer leaves alone
    ("мын мін", _NASALS | _APPROXIMANTS),
    ("мыз міз", _SONOROUS),
    ("бын бін быз біз", _SIBILANTS),
    ("пын пін пыз піз", _OBSTRUENTS),
    ("сың сің сыз сіз сыңдар сіңдер сыздар сіздер", _VOWELS | _CONSONANT_LIKE),
)

_CASE = _rules(
    # genitive
    ("ның нің", _VOWELS | _NASALS),
    ("дың дің", _APPROXIMANTS | _SIBILANTS),
    ("тың тің", _OBSTRUENTS),
    # accusative; after the 3rd person possessive it is -н, stripped with the possessive
    ("ны ні", _VOWELS),
    ("ды ді", _NASALS | _APPROXIMANTS | _SIBILANTS),
    ("ты ті", _OBSTRUENTS),
    ("ын ін", _TAKES_I_POSSESSIVE),
    ("сын сін", _VOWELS),
    # dative; -на/-не after the 3rd person possessive, -а/-е after the 1st/2nd singular one
    ("ға ге", _VOICED),
    ("қа ке", _OBSTRUENTS),
    ("ына іне ыма іме ыңа іңе", _TAKES_I_POSSESSIVE),
    ("сына сіне", _VOWELS),
    # locative, and the locative + -ғы relative form ("шарттағы", "that in the contract")
    ("да де дағы дегі", _VOICED),
    ("та те тағы тегі", _OBSTRUENTS),
    ("ында інде ындағы індегі", _TAKES_I_POSSESSIVE),
    ("сында сінде сындағы сіндегі", _VOWELS),
    # ablative
    ("дан ден", _VOWELS | _APPROXIMANTS | _SIBILANTS),
    ("нан нен", _NASALS),
    ("тан тен", _OBSTRUENTS),
    ("ынан інен", _TAKES_I_POSSESSIVE),
    ("сынан сінен", _VOWELS),
    # instrumental
    ("мен менен", _SONOROUS),
    ("бен бенен", _SIBILANTS),
    ("пен пенен", _OBSTRUENTS),
)

# Possessives that are safe to strip alone (see the module docstring for -ым/-ің).
_POSSESSIVE = _rules(
    ("ымыз іміз ыңыз іңіз ыңыздар іңіздер ы і", _TAKES_I_POSSESSIVE),
    ("мыз міз ңыз ңіз ңыздар ңіздер сы сі", _VOWELS),
)

_PLURAL = _rules(
    ("лар лер", _VOWELS | {"р", "й", "у", "и", "ю"}),
    ("дар дер", _NASALS | {"л"} | _SIBILANTS),
    ("тар тер", _OBSTRUENTS),
)

_CLASSES = (_PERSONAL, _CASE, _POSSESSIVE, _PLURAL)

# "-ысы" is either a root in -ы + the possessive -сы (жалақы-сы, жеткізуші-сі) or a root in -ыс + the
# possessive -ы (тапсырыс-ы, жұмыс-ы, табыс-ы, кіріс-і): both very common in business letters. The
# roots in -ы/-і that take -сы are mostly agent nouns in -шы/-ші and words in -қы/-жы (ақы, жалақы,
# қаржы); the roots in -ыс/-іс have another letter there (р, м, б, ғ, л, н). So -с… after ы/і is
# stripped only when one of these letters precedes the ы/і, or two consonants do: the linking
# vowel of loanwords ending in a cluster (акт → акті-сі, банк → банкі-сі).
_BEFORE_HIGH_VOWEL_S = frozenset("шжқк")
_CLUSTER = _TAKES_I_POSSESSIVE - {"у", "ю"}


def _takes_s_possessive(root: str) -> bool:
    """Whether ``root``, ending in ы/і, is a root that takes -сы/-сі (see above)."""
    return root[-2] in _BEFORE_HIGH_VOWEL_S or (len(root) > 2 and root[-2] in _CLUSTER and root[-3] in _CLUSTER)


# Whole words whose ending only looks like an inflection: kept as they are (and their inflected
# forms stop at them). Place names in -стан would otherwise lose the ablative-looking "-тан".
_PROTECTED = frozenset(
    {
        "алтын", "бүгін", "кейін", "бұрын", "келін", "бейін", "түйін", "үшін", "мұрын", "жақын",
        "мүмкін", "тұрғын", "еркін", "толқын", "салқын", "қорғасын",
        "пайда", "сауда", "почта",
        "гектар", "мастер", "тендер",
        "қазақстан", "өзбекстан", "қырғызстан", "тәжікстан", "түрікменстан", "ауғанстан",
        "пәкістан", "үндістан", "түркістан", "дағыстан", "татарстан", "башқұртстан",
    }
)  # fmt: skip

# Nouns whose second narrow vowel drops before a vowel-initial possessive: the stripped stem is
# given its vowel back so it meets the nominative.
_VOWEL_RESTORED = {
    "орн": "орын",
    "ауз": "ауыз",
    "мұрн": "мұрын",
    "халқ": "халық",
    "ерн": "ерін",
    "қарн": "қарын",
    "көңл": "көңіл",
    "ерк": "ерік",
}

_DEVOICED = str.maketrans({"г": "к", "ғ": "қ", "б": "п"})


def _stem_ok(stem: str) -> bool:
    """Whether what would be left is a possible stem: three letters with a vowel, or a known
    two-letter root."""
    if len(stem) < _MIN_STEM:
        return stem in _TWO_LETTER_ROOTS
    return not _ANY_VOWEL.isdisjoint(stem)


def _strip(word: str, rules: dict[str, tuple[_Rule, ...]]) -> str:
    """``word`` without the longest suffix of one class that grammar allows there, or ``word``.
    A candidate that leaves a protected word wins over a longer one ("алтында" is алтын + да, not
    алты + нда)."""
    candidates = rules.get(word[-2:]) or rules.get(word[-1])
    if candidates is None:
        return word
    chosen = word
    for suffix, allowed in candidates:
        if not word.endswith(suffix):
            continue
        rest = word[: -len(suffix)]
        if not rest or rest[-1] not in allowed or not _stem_ok(rest):
            continue
        if suffix[0] == "с" and rest[-1] in "ыі" and not _takes_s_possessive(rest):
            continue  # тапсырыс+ы, not тапсыры+сы
        if rest in _PROTECTED:
            return rest
        if chosen is word:
            chosen = rest
    return chosen


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The search key of one Kazakh word: the word without its inflectional endings.

    Words that are not Cyrillic (numbers, Latin, mixed) come back unchanged, lower-cased: the
    rules are Kazakh spelling and would only damage them."""
    word = word.lower()
    if len(word) <= 2 or word in _PROTECTED or not _ALPHABET.issuperset(word):
        return word
    current = word
    for rules in _CLASSES:
        current = _strip(current, rules)
        if current in _PROTECTED:
            return current
    # The 3rd person possessive left behind a stripped case or plural (жеткізуші-сі, акті-ге).
    last_is_possessive = current[-1] in "ыі" and current[-2] in _TAKES_I_POSSESSIVE
    if len(current) > _MIN_STEM and last_is_possessive and _stem_ok(current[:-1]):
        current = current[:-1]
    current = _VOWEL_RESTORED.get(current, current)
    if current[-1] in "гғб":
        current = current[:-1] + current[-1].translate(_DEVOICED)
    return current


def looks_kazakh(word: str) -> bool:
    """Whether ``word`` has a letter that Kazakh has and Russian has not (ә ғ қ ң ө ұ ү һ і): such a
    word is surely Kazakh, so the caller stems it with these rules alone."""
    return not _ONLY_KAZAKH.isdisjoint(word)
