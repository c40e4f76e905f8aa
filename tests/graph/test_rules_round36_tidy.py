"""Round 36 tidying (h-tidy36): each word list the rules read is defined once, the rule files
built from languages.toml's lists.  Values worked out by hand from the rule files."""

from __future__ import annotations

from coordkg.graph.extract.roles import role_rules
from coordkg.graph.extract.rulefiles import and_phrases


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
