"""An organisation's name that a list item ends with "in" and a country takes the country in
("- Council for Non-Governmental Organisations in Malawi", dev's Malawi member list), as the
page names it; a body's place stays its scope, and "in" a country in running text ends the
name (mentions._item_countries)."""

from __future__ import annotations

from snippets import read


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entity.name) for m in read(text).mentions]


def test_a_list_item_keeps_the_country_in_the_organisations_name() -> None:
    text = "Members of the committee:\n- Council for Relief Agencies in Lesotho\n- Oxfam\n"
    names = _names(text)
    assert ("Council for Relief Agencies in Lesotho", "Council for Relief Agencies in Lesotho") in (
        names
    )
    assert not any(surface == "Lesotho" for surface, _ in names)


def test_a_body_or_running_text_leaves_the_country_out() -> None:
    # a cluster's place is its scope
    body = _names("Members of the forum:\n- Water Working Group in Lesotho\n")
    assert body == [("Water Working Group", "Water Working Group"), ("Lesotho", "Lesotho")]
    # the country after "in" in a sentence is where the organisation works
    prose = _names("The Council for Relief Agencies in Lesotho met UNICEF.\n")
    assert ("Council for Relief Agencies", "Council for Relief Agencies") in prose
    # a sentence ending with the country is no list item either: no bullet or number before it
    closing = _names("UNICEF works closely with the Council for Relief Agencies in Lesotho.\n")
    assert ("Council for Relief Agencies", "Council for Relief Agencies") in closing
    # an item that goes on after the country is no name ending there
    item = _names("- Council for Relief Agencies in Lesotho and its members\n")
    assert ("Council for Relief Agencies", "Council for Relief Agencies") in item
