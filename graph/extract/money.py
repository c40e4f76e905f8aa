"""Read an amount of money as plans write it: a sign or a currency word, a number, a scale.

Plans write the same figure many ways: "$27,500,000", "US$ 12.4M", "USD 3 million",
"3 million US dollars", "EUR 450,000", or a bare "2.1 M" under a table headed "(USD)".  Some
countries group thousands with a space ("$300 000") and mark decimals with a comma before a
scale word ("US$7,2m", "$3,75 million"); some abbreviate million as "mln" ("50 mln USD").  A
figure is money only when a currency is written with it or given by its table's header, so
counts of people ("85,000") are never read as money.
"""

from __future__ import annotations

import re
from decimal import Decimal

from coordkg.graph.extract.rulefiles import alternatives, rules_file, words_of
from coordkg.graph.model import Money

_LANGUAGES = rules_file("funding.toml")["languages"]
"""Spanish, French and Portuguese words for currencies and scales (funding.toml)."""

_CURRENCIES: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "united states dollars": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "chf": "CHF",
    "swiss francs": "CHF",
    **{w: "USD" for w in _LANGUAGES["dollars"]},
    **_LANGUAGES["currencies"],
}
CURRENCY_WORDS = frozenset(_CURRENCIES)
"""The currency signs and words coordkg reads ("us$", "dollars", "euros")."""
_SCALES: dict[str, int] = {
    "k": 1000,
    "thousand": 1000,
    "thousands": 1000,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "million": 10**6,
    "millions": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "billion": 10**9,
    **{w: 10**6 for w in _LANGUAGES["millions"]},
    **{w: 10**9 for w in _LANGUAGES["billions"]},
}


_ENGLISH_SCALES = frozenset(_SCALES) - set(_LANGUAGES["millions"]) - set(_LANGUAGES["billions"])


def _scale_words(least: int = 1) -> str:
    """The scale words of ``_SCALES`` worth ``least`` or more, as an alternation (longest
    first, so "millions" is not cut to "million")."""
    return "|".join(sorted((w for w, v in _SCALES.items() if v >= least), key=len, reverse=True))


_BEFORE = (
    rf"(?P<cur>US\s?\$|(?<![A-Za-z])\$|€|£|USD|EUR|GBP|CHF"
    rf"|{alternatives(_LANGUAGES['currencies'])})"
)
"""A currency before its figure; a dollar sign after letters other than "US" is another
country's dollar ("N$53.3 million", "A$", "HK$"), no amount coordkg reads."""


def _after(word: str, sign: str = "") -> str:
    """A currency after its figure (group ``word``); French pages put the sign there too
    ("19,1 M US$", "5 millions $US", "390,2 M $"), never a dollar sign opening the next amount
    ("$2 million $3 million"), and only after ``sign`` matches (where the figure is plain)."""
    return (
        rf"(?P<{word}>{alternatives(_LANGUAGES['dollars'])}"
        r"|U\.?S\.? dollars|United States dollars|US dollars"
        r"|dollars|USD|EUR|euros|CHF|Swiss francs"
        rf"|{sign}(?:US\s?\$(?!\s*\d)|\$\s?US\b|\$(?!\s*\d)))"
    )


_PLAIN = r"(?=(?P<plain>\d+(?![\d.,\u00a0 ]?\d))?)"
"""Before a figure: group ``plain`` holds it when it is a bare whole number, no thousands
grouped, no decimals ("2019", "3", not "1 250 000" or "19,1")."""
_SIGN_AFTER_PLAIN = r"(?(plain)(?(scale2)|(?!)))"
"""A bare dollar sign after a plain whole number only with a scale word between ("3 millions
$"): "In 1990 $ amounts ..." or "Table 7 $ per head" name no sum."""
_ROMANCE_MILLIONS = alternatives(_LANGUAGES["millions"])
_ROMANCE_SCALES = alternatives(_LANGUAGES["millions"] + _LANGUAGES["billions"])
_NUMBER = (
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    rf"|\d{{1,3}},\d{{1,2}}(?=\s?(?:{_scale_words(10**6)})\b)"
    r"|\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,.])"
    r"|[1-9]\d{0,2}(?:\.\d{3}){2,}(?:,\d{1,2})?(?!\d|[.,]\d)"
    rf"|\d{{1,3}}(?:\.\d{{3}})+(?=\s(?:{_ROMANCE_SCALES})\b)"
    r"|\d+(?:\.\d+)?)"
)
"""Thousands grouped by commas or spaces, by two or more dots ("US$ 2.500.000"), or by dots
before a Spanish, French or Portuguese scale word ("1.900 millones"), a decimal comma before a
scale word, or plain."""
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d{1,2})?")
"""Thousands grouped by dots, as Spanish, Portuguese and French pages write them ("US$
800.000", "900.000 dólares", "R$ 1.250.000,50" with its cents): never a figure with three
decimals when no scale follows it, in an English page either ("USD 3.125" is 3,125: a sum of
dollars, euros or francs has two decimals at most; English writes its decimal point before a
scale word, "USD 3.125 million", or with cents, "USD 3.12")."""
_NUMBER_WORDS = words_of("en", "numbers")  # "zero" .. "twenty", each at its value (languages.toml)
_WORD_NUMBERS: dict[str, Decimal] = {w: Decimal(i) for i, w in enumerate(_NUMBER_WORDS)}
_WORD_NUMBERS["half a"] = Decimal("0.5")  # "half a million dollars"
_WORD_NUMBER = "|".join(r"\s+".join(w.split()) for w in _WORD_NUMBERS if w != "zero")
"""A number in words before a scale word, "half a" too."""
_ROMANCE = ("es", "fr", "pt")
"""The languages whose numbers in words are read before their scale words (languages.toml)."""
_ROMANCE_NUMBERS: dict[str, Decimal] = {
    w: Decimal(n)
    for lang in _ROMANCE
    for n, forms in enumerate(words_of(lang, "numbers"))
    if n  # no "cero millones"
    for w in forms
}
_ROMANCE_UNITS = alternatives(list(_ROMANCE_NUMBERS))
_ROMANCE_TENS: dict[str, Decimal] = {
    w: Decimal(10 * (n + 2))
    for lang in _ROMANCE
    for n, forms in enumerate(words_of(lang, "tens"))
    for w in forms
}
_TENS_JOIN: dict[str, list[str]] = {
    g: [w for w in words_of(g, "and") if " " not in w] for g in _ROMANCE
}
"""The words joining a ten to its unit: each language's one-word "and" ("treinta y dos")."""
_ROMANCE_PARTS = (
    rf"(?P<ten>{alternatives(list(_ROMANCE_TENS))})"
    rf"(?:(?:\s+(?:{alternatives({w for ws in _TENS_JOIN.values() for w in ws})})\s+|-)"
    rf"(?P<unit>{_ROMANCE_UNITS}))?"
    rf"|(?P<alone>{_ROMANCE_UNITS})"
)
_ROMANCE_NUMBER = re.sub(r"\(\?P<\w+>", "(?:", _ROMANCE_PARTS)
"""A number in Spanish, French or Portuguese words before a scale word ("cuatro millones"), a
ten alone or with a unit ("treinta y dos", "vingt et un", "trente-deux", "quatre-vingt-dix")."""
_ROMANCE_FIGURE = re.compile(_ROMANCE_PARTS, re.IGNORECASE)


def _not_after_a_ten() -> str:
    """Lookbehinds that keep the unit of a compound from being read alone ("treinta y dos" is
    read whole from its ten, never "dos"): each ten of a language with that language's joining
    "and" before it, grouped by width (a lookbehind's alternatives are all of one width)."""
    widths: dict[int, set[str]] = {}
    for g in _ROMANCE:
        for forms in words_of(g, "tens"):
            for ten in forms:
                for join in _TENS_JOIN[g]:
                    widths.setdefault(len(ten) + len(join) + 2, set()).add(
                        rf"{re.escape(ten)}\s{re.escape(join)}\s"
                    )
    return "".join(f"(?<!{'|'.join(sorted(ws))})" for _, ws in sorted(widths.items()))


def _romance_figure(words: str) -> Decimal:
    """The value of a number matched by ``_ROMANCE_NUMBER``: its ten and its unit added."""
    m = _ROMANCE_FIGURE.fullmatch(words)
    assert m is not None  # words matched by the same pattern
    return _ROMANCE_TENS.get((m.group("ten") or "").lower(), Decimal(0)) + _ROMANCE_NUMBERS.get(
        (m.group("unit") or m.group("alone") or "").lower(), Decimal(0)
    )


COUNT = rf"(?:\d+|{'|'.join(_NUMBER_WORDS[1:])})"
"""A count of things in figures or words: "54", "five"."""
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_SCALE = rf"(?:\s?(?P<scale>{_scale_words()})\b)?"
AMOUNT = re.compile(
    rf"(?:{_BEFORE}\s?{_NUMBER}{_SCALE}(?:\s+{_after('word')})?"
    rf"|(?<![\w.,]){_PLAIN}{_NUMBER.replace('num', 'num2')}"
    rf"{_SCALE.replace('scale', 'scale2')}\s+{_after('word2', _SIGN_AFTER_PLAIN)}"
    r"|(?<![\w.,$-])(?P<num3>\d+(?:\.\d+)?)-(?P<scale3>million|billion|thousand)"
    r"-(?P<word3>dollars?|euros?)"
    rf"|(?<![\w.,$-])(?P<num4>{_WORD_NUMBER})\s+"
    rf"(?P<scale4>million|billion)\s+{_after('word4')}"
    # never the unit of a compound alone ("treinta y dos" is read whole from its ten; a ten
    # not listed leaves no amount rather than the unit's)
    rf"|(?<![\w.,$-]){_not_after_a_ten()}(?P<num5>{_ROMANCE_NUMBER})\s+"
    rf"(?P<scale5>millions|{_ROMANCE_SCALES})\s+{_after('word5')})"
    r"(?!\w|,\d)",
    re.IGNORECASE,
)
"""A figure with its currency written before it ("US$ 12.4M") or after it ("3 million USD"),
a compound modifier naming both ("a 2-million-dollar allocation", "a 3-million-euro grant"), or
a number in words with its scale and currency ("Five million dollars will be used by UNHCR")."""

SHARED = re.compile(
    rf"(?<![\w$€£.,])(?P<num>\d+(?:[.,]\d+)?|{_WORD_NUMBER})\s+"
    rf"(?P<scale>million|billion|{_ROMANCE_SCALES})\b"
    rf"(?!\s+(?:U\.?S\.?|US|USD|EUR|euros?|dollars|Swiss|CHF|{alternatives(_LANGUAGES['dollars'])})\b)",
    re.IGNORECASE,
)
"""A figure with a scale word and no currency ("five million", "2.5 million"), money only
in a sentence whose other amounts give the currency: "$10 million to health, five million to
education"."""


def shared_amount(match: re.Match[str], code: str) -> Money:
    """The money a ``SHARED`` match states in the currency its sentence gives."""
    number = " ".join(match.group("num").lower().split())
    figure = str(_WORD_NUMBERS[number]) if number in _WORD_NUMBERS else number
    return Money(value(figure, match.group("scale")), code)


LOCAL = re.compile(
    rf"(?:(?<![\w$])(?P<code>(?-i:[A-Z]{{3}}|[A-Z]{{1,3}}\$)|Rs\.?)\s?)?{_NUMBER}{_SCALE}"
    r"(?:\s+(?:de\s+)?(?P<unit>[^\W\d_]+))?",
    re.IGNORECASE,
)
"""A figure in a currency coordkg does not read, by its code before it or a word after it
("KES 150 million", "55 millones de lempiras"), money only beside its equivalent in dollars."""

BARE = re.compile(rf"^{_NUMBER}{_SCALE}$", re.IGNORECASE)
"""A figure alone, money only where a table header gives its currency ("2.1 M", "38,400,000")."""

FIGURE_LINE = re.compile(rf"^{_NUMBER}\s?(?:%|(?:{_scale_words()})\b|(?!(?:st|nd|rd|th)\b)[a-z])")
"""A dashboard tile's line opened by its figure ("3.5 million People in Need", "29% funded",
"2012 year activated"): a figure and its label, no heading ("3 Health Sector" is one, and so
is "2nd Health Cluster meeting": an ordinal is no figure)."""

HEADER_CURRENCY = re.compile(
    rf"(?:(?P<before>millions?|thousands?|{_ROMANCE_MILLIONS})\s+(?:of\s+|de\s+)?)?"
    r"(?P<cur>US\s?\$|USD|EUR|€|CHF|United States dollars|U\.?S\.? dollars|US dollars|\$"
    rf"|{alternatives([w for w in _LANGUAGES['dollars'] if not w.startswith('de ')])})"
    r"(?:\s*(?P<paren>\(\s*)?(?P<scale>millions?|m|mn|thousands?)\b(?(paren)\s*\)))?",
    re.IGNORECASE,
)
"""A currency a table or label names for the figures under or beside it, with its scale
after or before it ("US$ million", "in millions of USD", "million US$", "(million $)"),
bracketed or not ("USD (millions)"); in Spanish, French or Portuguese too ("en millones de
US$", "millions d'USD"); a bare "dollars" after "de" names no currency here: the figures'
own amounts say which dollar."""


def header_multiplier(match: re.Match[str]) -> int:
    """The multiplier a ``HEADER_CURRENCY`` match gives bare figures (1 without a scale)."""
    return int(value("1", match.group("scale") or match.group("before")))


def currency(word: str) -> str:
    """The ISO 4217 code of a currency sign or word ("US$" -> "USD")."""
    return _CURRENCIES.get(" ".join(word.lower().replace(" $", "$").split()), "USD")


def _english(scale_word: str | None) -> bool:
    """Whether a scale word is English ("1.250 million" keeps its decimal point)."""
    return scale_word is not None and " ".join(scale_word.lower().split()) in _ENGLISH_SCALES


def scale(word: str | None) -> int:
    """The multiplier of a scale word ("M", "million") or 1."""
    return _SCALES.get(" ".join(word.lower().split()), 1) if word else 1


def value(number: str, scale_word: str | None, multiplier: int = 1) -> Decimal:
    """A written number times its scale ("2.1", "M" -> 2,100,000), whole when it is whole."""
    if _DECIMAL_COMMA.fullmatch(number):
        number = number.replace(",", ".")
    elif _DOT_GROUPS.fullmatch(number) and scale(scale_word) > 1 and not _english(scale_word):
        number = number.replace(".", "")
    elif _DOT_THOUSANDS.fullmatch(number) and scale(scale_word) == multiplier == 1:
        number = number.replace(".", "").replace(",", ".")
    digits = number.replace(",", "").replace(" ", "").replace("\u00a0", "")
    figure = Decimal(digits) * scale(scale_word) * multiplier
    return figure.quantize(Decimal(1)) if figure == figure.to_integral_value() else figure


def amount(match: re.Match[str]) -> Money:
    """The money an ``AMOUNT`` match states."""
    if match.group("num") is not None:
        word = match.group("cur") or match.group("word")
        return Money(value(match.group("num"), match.group("scale")), currency(word))
    if match.group("num3") is not None:
        return Money(
            value(match.group("num3"), match.group("scale3")), currency(match.group("word3"))
        )
    if match.group("num4") is not None:
        figure = str(_WORD_NUMBERS[" ".join(match.group("num4").lower().split())])
        return Money(value(figure, match.group("scale4")), currency(match.group("word4")))
    if match.group("num5") is not None:
        figure = str(_romance_figure(match.group("num5")))
        return Money(value(figure, match.group("scale5")), currency(match.group("word5")))
    return Money(value(match.group("num2"), match.group("scale2")), currency(match.group("word2")))


def amount_scale(match: re.Match[str]) -> int:
    """The multiplier of the scale an ``AMOUNT`` match writes ("US$ 62 M" -> 1,000,000)."""
    if match.group("num3") is not None:
        return scale(match.group("scale3"))
    if match.group("num4") is not None:
        return scale(match.group("scale4"))
    if match.group("num5") is not None:
        return scale(match.group("scale5"))
    return scale(match.group("scale") if match.group("num") is not None else match.group("scale2"))


def whole_amount(text: str) -> Money | None:
    """The money a text states when the text is nothing but that figure ("USD 3 million")."""
    m = AMOUNT.fullmatch(text.strip())
    return amount(m) if m else None
