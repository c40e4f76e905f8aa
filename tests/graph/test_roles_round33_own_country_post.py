"""Round 33: a country director's post placed in the document's own country gives
no scope ("X, Country Director of Save the Children in Kenya and co-chair of the Y" on a page
about Kenya), as "in <the country>" after a body's name gives none.  Sentences written for these
tests after a page's apposition of a post to a person."""

from __future__ import annotations

from snippets import roles


def test_a_post_in_the_documents_own_country_gives_no_scope() -> None:
    text = (
        "Kenya held its drought review in Nairobi. Kenya's counties took part.\n"
        "Opening the review, Jane Otieno, Country Director of Oxfam in Kenya and co-chair of the "
        "Drought Working Group (DWG), thanked the partners."
    )
    assert roles(text) == {("Oxfam", "co-chair", "DWG", "")}


def test_a_post_in_another_country_still_scopes_the_role() -> None:
    text = (
        "Kenya held its drought review in Nairobi. Kenya's counties took part.\n"
        "Opening the review, Jane Otieno, Country Director of Oxfam in Uganda and co-chair of the "
        "Drought Working Group (DWG), thanked the partners."
    )
    assert roles(text) == {("Oxfam", "co-chair", "DWG", "Uganda")}
