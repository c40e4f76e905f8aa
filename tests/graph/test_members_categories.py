"""Round 14 (seen10): membership lists whose lines are labelled by a kind of members ("Donors:
A, B") or by a role ("Chair: C") under a bare "Composition" heading, and rosters of seats
("Two representatives from the X", "- D – Secretary") under a lead-in naming its body through
an owner ("The membership of the Fund's Steering Committee is as follows:").  Texts written
here, with invented bodies, after the constructions of real pages (seen10's oPt working group
and Liberian committee, a Lao sector working group page and a Georgian forum's steering
committee in the search tool's pages); rows worked out by hand."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.labels import label_rules
from tests.graph.test_labels import rows
from tests.graph.test_members import members

BODY = "Riverland Water Sector Working Group"
COMPOSITION = (
    "Riverland Water Sector Working Group (RWSWG)\n"
    "\n"
    "The RWSWG links the water ministry with its partners. It meets every month.\n"
    "It reviews the sector plan. It tracks funding. It shares maps. It agrees on targets.\n"
    "It reports to the cabinet. It keeps minutes. It welcomes new partners. It has a website.\n"
    "It has a budget. It holds a retreat. It publishes a bulletin. It trains its staff.\n"
    "\n"
    "Composition\n"
    "Chair: Ministry of Water\n"
    "Technical Advisor: UNICEF\n"
    "Donors: Norway, Japan and the World Bank\n"
    "UN Agencies: WHO, UNDP\n"
    "Private Sector: Aquaflow Holdings\n"
    "Secretariat: Oxfam\n"
)


def test_member_kinds_are_categories_and_names_are_not() -> None:
    kinds = label_rules().member_categories
    for said in (
        "Donors",
        "UN Agencies",
        "Government institutions",
        "Private Sector",
        "CSOs",
        "Civil Society",
        "Development Partners",
        "Christian community",
        "Women Groups",
    ):
        assert kinds.fullmatch(said), said
    for said in (
        "Oxfam",
        "World Bank",
        "Ministry of Health",
        "Observers",
        "Chair",
        "Technical Advisor",
        "Riverland Water Sector Working Group",
    ):
        assert not kinds.fullmatch(said), said


def test_kind_labels_under_composition_list_members_of_the_title_body() -> None:
    # 14 sentences stand between the title and "Composition": further than a heading holds,
    # not further than the page's own title does; the advisor's post is no membership; the
    # chair's line is one of the composition's, so the chair is a member too (C8, as seen10's
    # gold reads its "Chair:" line under "Composition", round 29)
    assert members(COMPOSITION) == {
        ("Ministry of Water", "chair", BODY),
        ("Ministry of Water", "member", BODY),
        ("Norway", "member", BODY),
        ("Japan", "member", BODY),
        ("World Bank", "member", BODY),
        ("World Health Organization", "member", BODY),
        ("United Nations Development Programme", "member", BODY),
        ("Aquaflow Holdings", "member", BODY),
        ("Oxfam", "secretariat", BODY),
    }


def test_a_kind_label_is_no_title_for_the_label_lines_below_it() -> None:
    # before round 14 "Private Sector:" became the body of "Secretariat: Oxfam"; the label
    # rules alone read the chair (the title is near enough for them) and no secretariat
    found = rows(COMPOSITION)
    assert not any(body == "Private Sector" for _, _, body, _, _ in found)


ROSTER = (
    "The Minister named a steering committee for the cash programme.\n"
    "\n"
    "The membership of the Programme's National Steering Committee is the following:\n"
    "\n"
    "- Ministry of Trade – Chair\n"
    "- Oxfam — Secretary\n"
    "- Ministry of Justice\n"
    "- Two representatives from Civil Society\n"
    "- Two representative from the farming community\n"
    "- One Representative from Women Groups\n"
    "- Representative from United Nations Organizations\n"
    "- Representative from the International Monetary Fund\n"
    "\n"
    "The committee meets each week.\n"
)


def test_a_roster_under_an_owned_body_gives_seats_and_represented_members() -> None:
    body = "National Steering Committee"
    assert members(ROSTER) == {
        ("Ministry of Trade", "chair", body),
        ("Ministry of Trade", "member", body),  # a chair listed among the members (C8)
        ("Oxfam", "secretariat", body),
        ("Ministry of Justice", "member", body),
        ("International Monetary Fund", "member", body),
    }


def test_an_uncounted_representative_of_an_unknown_acronym_is_that_organisation() -> None:
    # seen5's parish rosters: "Representative of X" with X an acronym no rule knows is X's
    # (convention C1: the office of an organisation stands for it)
    text = (
        "The membership of the Valley Disaster Committee is the following:\n"
        "- Ministry of Justice\n"
        "- Representative of KTA\n"
    )
    body = "Valley Disaster Committee"
    assert members(text) == {
        ("Ministry of Justice", "member", body),
        ("KTA", "member", body),
    }


def test_a_role_inside_a_body_named_after_the_holders_is_not_a_role_in_that_body() -> None:
    # "inside the X", like "within the X", places the group in X: X is no body the holders chair
    assert (
        roles(
            "It works as a technical group co-chaired by ACTED and OCHA inside the Inter-Cluster "
            "Coordination Group (ICCG)."
        )
        == set()
    )
