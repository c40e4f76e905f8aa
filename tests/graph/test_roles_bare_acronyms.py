"""A word in capitals holds a role as an acronym no one defines only where it stands as one
(roles._bare_acronyms): not in a line in capitals, not in a run of capitalised words, not a
word the document also writes in lower case, not a word joined to a number ("COVID-19")."""

from __future__ import annotations

from snippets import roles


def test_an_acronym_standing_alone_holds_the_role() -> None:
    assert roles("The Partners Committee is chaired by MINSANTE and UNICEF.") == {
        ("MINSANTE", "chair", "Partners Committee", ""),
        ("UNICEF", "chair", "Partners Committee", ""),
    }


def test_a_heading_in_capitals_names_no_acronym() -> None:
    assert roles("PARTNERS COMMITTEE CHAIRED BY MOLSA\n\nThe committee meets monthly.") == set()


def test_the_article_in_capitals_and_a_run_of_capitals_are_no_acronym() -> None:
    assert roles("The Partners Committee is chaired by THE MINISTRY.") == set()
    assert roles("The Partners Committee is chaired by NATIONAL AUTHORITIES and UNICEF.") == {
        ("UNICEF", "chair", "Partners Committee", "")
    }


def test_a_word_the_document_writes_in_lower_case_is_no_acronym() -> None:
    text = "The Partners Committee is chaired by GOVERNMENT and UNICEF. The government funds it."
    assert roles(text) == {("UNICEF", "chair", "Partners Committee", "")}
    text = "COVID is also a member of the Partners Committee. It fights covid in the camps."
    assert roles(text) == set()


def test_covid_19_is_no_acronym() -> None:
    assert roles("The response is led by COVID-19 task forces in each district.") == set()
    assert roles("COVID-19 is also a member of the Partners Committee.") == set()
