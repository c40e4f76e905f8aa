"""Round 25 (seen11's cash working group page): an acronym defined on a name with a lower-case
head ("Cash Working group (CWG)") names the body again ("The CWG is ..."); "Its membership at
present includes" lists the members of the body named just before; inside the list, categories
("local NGOs", "consortiums") name no member and the list goes on, a category's examples after
"among them" are members, and a body written in lower case after "the" is one.  Invented page."""

from __future__ import annotations

from snippets import read, roles

PAGE = (
    "The Lesotho Shelter Working group (SWG) steers shelter work after the floods.\n\n"
    "Membership: The SWG is open to every partner in the response. Its membership at present "
    "includes local NGOs, International NGOs and institutions, consortiums, the inter sector "
    "coordination group, the Ministry of Local Government (MoLG), and technical groups, among "
    "them CaLP, REACH and IMPACT.\n"
)


def test_the_acronym_of_a_lower_case_head_names_the_body_again() -> None:
    found = [m.surface for m in read(PAGE).mentions if m.entity.name == "Shelter Working Group"]
    assert "SWG" in found


def test_members_after_categories_and_among_them() -> None:
    found = {(h.casefold(), body) for h, role, body, _ in roles(PAGE) if role == "member"}
    assert {
        ("molg", "SWG"),
        ("calp", "SWG"),
        ("reach", "SWG"),
        ("impact", "SWG"),
        ("inter sector coordination group", "SWG"),
    } <= found


def test_categories_name_no_member() -> None:
    holders = {holder for holder, *_ in roles(PAGE)}
    assert not {"International NGOs and institutions", "consortiums", "technical groups"} & holders
