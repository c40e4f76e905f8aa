"""Round 25 (seen15's UN country team, seen11's cash working group page): inside a member list,
categories ("local NGOs", "consortiums", "International Financial Institutions", a counted "11
Resident UN Funds") name no member and the list goes on, and a category's examples after "among
them" are members.  Invented page."""

from __future__ import annotations

from snippets import roles

PAGE = (
    "The Lesotho Shelter Working Group (SWG) steers shelter work after the floods. Its members "
    "include local NGOs, 11 Resident UN Funds, consortiums, the Ministry of Local Government (MoLG), "
    "International Financial Institutions, among them the World Bank and the African "
    "Development Bank, and technical groups, among them CaLP, REACH and IMPACT.\n"
)


def test_members_after_categories_and_among_them() -> None:
    found = {(h.casefold(), body) for h, role, body, _ in roles(PAGE) if role == "member"}
    assert {
        ("molg", "SWG"),
        ("world bank", "SWG"),
        ("afdb", "SWG"),
        ("calp", "SWG"),
        ("reach", "SWG"),
        ("impact", "SWG"),
    } <= found


def test_categories_name_no_member() -> None:
    holders = {holder.casefold() for holder, *_ in roles(PAGE)}
    categories = {"11 resident un funds", "consortiums", "international financial institutions"}
    assert not categories & holders
