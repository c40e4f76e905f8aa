"""Round 33: a country director's post placed in the document's own country gives
no scope ("X, Country Director of Save the Children in Kenya and co-chair of the Y" on a page
about Kenya), as "in <the country>" after a body's name gives none.  Sentences written for these
tests after a page's apposition of a post to a person."""

from __future__ import annotations

import pytest
from snippets import roles


# where the post is held, and the scope of the co-chair it gives: none in the document's own
# country, the other country else
@pytest.mark.parametrize(
    ("place", "scope"),
    [
        pytest.param("Kenya", "", id="a post in the document's own country gives no scope"),
        pytest.param("Uganda", "Uganda", id="a post in another country still scopes the role"),
    ],
)
def test_the_country_of_a_post_and_the_scope_of_the_role(place: str, scope: str) -> None:
    text = (
        "Kenya held its drought review in Nairobi. Kenya's counties took part.\n"
        f"Opening the review, Jane Otieno, Country Director of Oxfam in {place} and co-chair of "
        "the Drought Working Group (DWG), thanked the partners."
    )
    assert roles(text) == {("Oxfam", "co-chair", "DWG", scope)}
