"""Round 36 tidying (h-tidy36): each word list the rules read is defined once, the rule files
built from languages.toml's lists.  Values worked out by hand from the rule files."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from coordkg.graph.extract.memberitems import office_item
from coordkg.graph.extract.money import (
    _ROMANCE_NUMBERS,
    _ROMANCE_TENS,
    AMOUNT,
    _not_after_a_ten,
    amount,
)
from coordkg.graph.extract.roles import role_rules
from coordkg.graph.extract.rulefiles import and_phrases, rules_file
from coordkg.graph.model import Money


def test_the_and_of_several_words_is_languages_toml_own() -> None:
    # languages.toml `and` of several words, English, Spanish, French, Portuguese
    assert set(and_phrases().split("|")) == {
        r"as\s+well\s+as",
        r"así\s+como",
        r"ainsi\s+que",
        r"bem\s+como",
    }


def test_a_semicolon_before_an_and_of_several_words_ends_no_list() -> None:
    brk = role_rules().clause_break
    # each language's "as well as" running to the clause's end adds to the list
    for text in (
        "A and B; as well as C.",
        "A y B; así como la C.",
        "A; ainsi que B",
        "A; bem como B",
    ):
        assert brk.search(text) is None, text
    # with a comma after it, it opens a clause; a bare "and" after a semicolon too
    assert [m.start() for m in brk.finditer("A; as well as OCHA, the IOM chairs")] == [1]
    assert [m.start() for m in brk.finditer("A; and B.")] == [1]


def test_an_office_item_reads_the_small_words_of_languages_toml() -> None:
    # an office "of" an organisation: the organisation is the member (convention C1)
    assert office_item("the Superintendent of the Public Works Department") == (
        "Public Works Department",
        "Directorate",
    )
    assert office_item("Director of the Met Office Agency") == (
        "Met Office Agency",
        "GovernmentBody",
    )
    # a portfolio stays the office's, its "and" and articles inside it
    assert office_item("the Minister of Health and Social Welfare") == (
        "Minister of Health and Social Welfare",
        "Office",
    )
    assert office_item("Directeur de l'Appui au Développement local") == (
        "Directeur de l'Appui au Développement local",
        "Office",
    )
    assert office_item("Secretario de la Defensa Nacional") == (
        "Secretario de la Defensa Nacional",
        "Office",
    )
    # a capitalised article opening the item, or a stand-in after "o"/"ou": no office here
    assert office_item("Le Ministre de la Santé") is None
    assert office_item("Secretario de Salud o su representante") is None
    assert office_item("Ministre de la Santé ou son représentant") is None


def test_an_article_after_of_is_a_whole_word() -> None:
    # "LA" opening an acronym is no article: the acronym is served whole (it was "WA")
    assert office_item("A Representative of LAWA") == ("LAWA", "Actor")
    assert office_item("A Representative of the JIS") == ("JIS", "Actor")


def test_the_romance_numbers_are_languages_toml_own() -> None:
    # each language's `numbers` at its value's place, its `tens` at theirs from twenty
    assert "numbers" not in rules_file("funding.toml")["languages"]
    assert {w: int(v) for w, v in _ROMANCE_NUMBERS.items() if int(v) in (1, 2, 10)} == {
        "un": 1,
        "una": 1,
        "une": 1,
        "um": 1,
        "uma": 1,
        "dos": 2,
        "deux": 2,
        "dois": 2,
        "duas": 2,
        "diez": 10,
        "dix": 10,
        "dez": 10,
    }
    assert (_ROMANCE_TENS["veinte"], _ROMANCE_TENS["soixante"], _ROMANCE_TENS["noventa"]) == (
        20,
        60,
        90,
    )
    assert "cero" not in _ROMANCE_NUMBERS  # "cero millones" is no amount


@pytest.mark.parametrize(
    ("written", "millions"),
    [
        ("quatre-vingts millions de dollars", 80),  # four twenties
        ("quatre-vingt-deux millions de dollars", 82),  # 80 + 2, no "s" before a unit
        ("quatre-vingt-dix millions de dollars", 90),  # four twenties and ten
        ("quatre-vingt-dix-neuf millions de dollars", 99),  # 90 + 9
        ("soixante-dix-huit millions de dollars", 78),  # 70 + 8
        ("Quatre-Vingts millions de dollars", 80),
    ],
)
def test_french_eighty_and_ninety_are_read(written: str, millions: int) -> None:
    assert [amount(m) for m in AMOUNT.finditer(written)] == [Money(Decimal(millions * 10**6))]


def test_a_unit_after_a_ten_and_its_and_is_never_read_alone() -> None:
    # the lookbehinds come from each language's tens and one-word "and"
    behind = _not_after_a_ten()
    for before, unit in [
        ("treinta y ", "dos"),
        ("noventa e ", "dois"),
        ("vingt et ", "un"),
        ("quatre-vingt et ", "un"),
    ]:
        assert re.search(behind + unit, before + unit) is None, before
    # a unit after another word is read
    assert re.search(behind + "dos", "los dos") is not None
