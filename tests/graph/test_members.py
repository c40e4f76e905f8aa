"""Membership lists: a lead-in naming a body and a membership word, then its members in the
same sentence or the lines below (texts written for these tests after constructions of real
pages; rows worked out by hand)."""

from __future__ import annotations

from coordkg.graph.extract.members import member_lists
from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.read.readers import document_from_text
from coordkg.graph.read.text import sentences


def members(text: str) -> set[tuple[str, str, str]]:
    """(holder, role, body) by name, for every membership the lists give."""
    doc = document_from_text(text, "members")
    resolver = Resolver()
    mentions = find_mentions(doc.text, resolver)
    claims = member_lists(doc, list(sentences(doc.text)), mentions, resolver)
    return {(c.holder.name, c.role, c.body.name) for c in claims}


def test_one_member_a_line_under_a_lead_in_naming_the_body() -> None:
    text = (
        "Food Security Cluster Nepal\n"
        "Member agencies of the Food Security Cluster:\n"
        "Ministry of Agricultural Development (MoAD)\n"
        "Hill Farmers Cooperative Federation (HFCF)\n"
        "RUPANTAR\n"
        "Oxfam GB\n"
        "World Food Programme (WFP)\n"
        "\n"
        "Contents\n"
        "Background 4\n"
    )
    body = "Food Security Cluster"
    assert members(text) == {
        ("Ministry of Agricultural Development", "member", body),
        ("Hill Farmers Cooperative Federation", "member", body),
        ("RUPANTAR", "member", body),
        ("Oxfam GB", "member", body),
        ("World Food Programme", "member", body),
    }


def test_its_members_listed_after_a_colon_are_members_of_the_body_named_before() -> None:
    text = (
        "We thank the task team that prepared the review (the Nutrition Review Committee). "
        "Its members were: the Unit of Dietetics (MOH), UNICEF, Hope Relief for Aid and "
        "Development, GK Malawi, Terre des enfants, WFP and DFID."
    )
    body = "Nutrition Review Committee"
    assert members(text) == {
        ("Unit of Dietetics", "member", body),
        ("United Nations Children's Fund", "member", body),
        ("Hope Relief for Aid and Development", "member", body),
        ("GK Malawi", "member", body),
        ("Terre des enfants", "member", body),
        ("World Food Programme", "member", body),
        ("Department for International Development", "member", body),
    }


def test_a_members_heading_under_a_title_naming_the_forum() -> None:
    text = (
        "# Membership of the Malawi NGO Forum\n\n"
        "Twenty INGOs make up the Forum, which elects a steering committee.\n\n"
        "## Members\n\n"
        "1. ACTED\n"
        "2. Kinga Health Trust\n"
        "3. Médecins du Monde (MDM)\n"
        "4. ZOA\n\n"
        "## Observers\n\n"
        "1. ICRC\n"
    )
    body = "Malawi NGO Forum"
    assert members(text) == {
        ("Agency for Technical Cooperation and Development", "member", body),
        ("Kinga Health Trust", "member", body),
        ("Médecins du Monde", "member", body),
        ("ZOA", "member", body),
    }


def test_lead_ins_of_no_body_or_of_no_membership_give_nothing() -> None:
    text = (
        "Members of the community:\n"
        "Village Elders Council\n"
        "\n"
        "The Protection Cluster met twice.\n"
        "Beneficiaries include:\n"
        "Kakuma Primary School\n"
        "\n"
        "The Health Cluster partners supported 3 schools: Lodwar School and Kakuma School.\n"
        "Member States of the Regional Forum: Kenya, Uganda and Tanzania.\n"
    )
    assert members(text) == set()


def test_a_place_or_a_sentence_ends_the_list() -> None:
    text = "The Education Working Group is composed of:\n- UNICEF\n- Zambia\n- Save the Children\n"
    assert members(text) == {
        ("United Nations Children's Fund", "member", "Education Working Group")
    }


def test_members_after_a_membership_phrase_right_after_the_body() -> None:
    text = (
        "WFP leads the Food Security Working Group in Mongolia, whose members are WFP, "
        "the Food and Agriculture Organization of the United Nations (FAO), Khan Relief and "
        "World Vision; the group meets monthly. "
        "The composition of the Humanitarian Country Team includes representatives from the "
        "UN, national NGOs, the Red Crescent Movement and donors."
    )
    group, hct = "Food Security Working Group", "Humanitarian Country Team"
    assert members(text) == {
        ("World Food Programme", "member", group),
        ("Food and Agriculture Organization of the United Nations", "member", group),
        ("Khan Relief", "member", group),
        ("World Vision", "member", group),
        ("UN", "member", hct),
        ("Red Crescent Movement", "member", hct),
    }


def test_a_body_working_with_others_has_no_members_listed() -> None:
    text = (
        "The Protection Working Group works closely with UNICEF, IOM and Plan International. "
        "The Shelter Cluster is made up of several sub-groups, among them housing."
    )
    assert members(text) == set()


def test_partners_in_a_bracket_after_the_body_are_its_members() -> None:
    text = (
        "This year the Cash Consortium for Yemen (CCY) partners (ACTED, Oxfam and CARE, as "
        "lead agency) reached 2,000 households. "
        "The Health Cluster partners (over forty organisations) supported 3 schools."
    )
    body = "Cash Consortium for Yemen"
    assert members(text) == {
        ("Agency for Technical Cooperation and Development", "member", body),
        ("Oxfam", "member", body),
        ("CARE International", "member", body),
    }


def test_members_after_the_body_has_so_many_members() -> None:
    text = (
        "The Protection Working Group was set up in 2016. Today the Protection Working Group "
        "has nine core members; ADRA, KOSAL, The NGO Forum, Green Hands Cambodia and other "
        "volunteers. The Health Cluster has many members who meet monthly."
    )
    body = "Protection Working Group"
    assert members(text) == {
        ("ADRA", "member", body),
        ("KOSAL", "member", body),
        ("NGO Forum", "member", body),
        ("Green Hands Cambodia", "member", body),
    }


def test_people_in_a_member_list_stand_for_their_organisations() -> None:
    text = (
        "Members of the Nutrition Technical Working Group:\n"
        "- Dr Amina Bello (Ministry of Health)\n"
        "- Joseph Phiri, UNICEF\n"
        "- Dr Grace Banda\n"
        "- Concern Worldwide\n"
    )
    body = "Nutrition Technical Working Group"
    assert members(text) == {
        ("Ministry of Health", "member", body),
        ("United Nations Children's Fund", "member", body),
        ("Concern Worldwide", "member", body),
    }


def test_names_no_rule_knows_are_no_organisations_in_a_list_of_no_known_one() -> None:
    text = (
        "## Steering Committee of the Malawi NGO Forum\n\n"
        "Members\n\n"
        "- John Banda\n"
        "- Mary Phiri\n\n"
        "The Education Cluster members are: Grace Mwale, Peter Chirwa and Esther Tembo.\n"
    )
    assert members(text) == set()


def test_members_in_a_table_or_with_a_note_after_the_name() -> None:
    text = (
        "Members of the Shelter Working Group:\n\n"
        "| Organisation | Type |\n"
        "|---|---|\n"
        "| Habitat for Humanity | INGO |\n"
        "| Lumos Housing Trust | national NGO |\n"
        "\n"
        "The Cash Working Group members are:\n"
        "- Mercy Corps – chair of the market sub-group\n"
        "- Oxfam: cash transfers in the north\n"
    )
    assert members(text) == {
        ("Habitat for Humanity International", "member", "Shelter Working Group"),
        ("Lumos Housing Trust", "member", "Shelter Working Group"),
        ("Mercy Corps", "member", "Cash Working Group"),
        ("Oxfam", "member", "Cash Working Group"),
    }


def test_a_name_holding_a_known_organisation_makes_the_list_one_of_organisations() -> None:
    text = "Members of the Education Working Group:\nKathmandu School Board\nOxfam GB\n"
    assert members(text) == {
        ("Kathmandu School Board", "member", "Education Working Group"),
        ("Oxfam GB", "member", "Education Working Group"),
    }


def test_a_body_constituted_by_members_listed_below_and_a_seat_in_a_bracket() -> None:
    # "constituted by" as "composed of"; "– (Chair)" a seat in a bracket after the dash, the
    # chair a member too (C8); a deputy's seat no role of its own, only the membership
    text = (
        "The Ministry has set up a Flood Recovery Committee. "
        "The Flood Recovery Committee will be constituted by members as listed below:\n\n"
        "Ministry of Water Resources – (Chair)\n"
        "Ministry of Roads – (Deputy Chair)\n"
        "Ministry of Lands – Member\n"
    )
    body = "Flood Recovery Committee"
    assert members(text) == {
        ("Ministry of Water Resources", "chair", body),
        ("Ministry of Water Resources", "member", body),
        ("Ministry of Roads", "member", body),
        ("Ministry of Lands", "member", body),
    }


def test_a_post_its_unit_and_organisation_on_a_line_and_a_coordinator_seat() -> None:
    # "Post, Unit, ORG, Seat": the organisation after the last comma holds the post (C1), a
    # bracket after the post is its own; "Coordinator" closing the line is the member's seat,
    # the coordinator a member too (C8)
    text = (
        "Water Sector Steering Committee Members:\n"
        "- Under Secretary, Rural Water Division, Ministry of Water, Coordinator\n"
        "- Programme Officer (WHO, UNICEF), UNDP, Member\n"
    )
    body = "Water Sector Steering Committee"
    assert members(text) == {
        ("Ministry of Water", "coordinator", body),
        ("Ministry of Water", "member", body),
        ("United Nations Development Programme", "member", body),
    }


def test_a_last_line_cut_inside_a_word_names_no_member() -> None:
    # a stored opening that stops inside the last item's name ("Regional Programme Manag...")
    text = (
        "Members of the Drought Response Committee:\n"
        "- Ministry of Agriculture, Member\n"
        "- Regional Programme Manag..."
    )
    assert members(text) == {("Ministry of Agriculture", "member", "Drought Response Committee")}


def test_a_deputy_seat_in_a_list_of_members_is_a_membership_only() -> None:
    # C14: a vice-chair's or vice-president's label in the composition makes its holder a
    # member (C8), with no role of its own
    text = (
        "The members of the River Basin Recovery Committee are:\n"
        "- Vice-Chair: Ministry of Roads\n"
        "- Vice-Président : Ministry of Lands\n"
        "- Ministry of Water\n"
    )
    body = "River Basin Recovery Committee"
    assert members(text) == {
        ("Ministry of Roads", "member", body),
        ("Ministry of Lands", "member", body),
        ("Ministry of Water", "member", body),
    }
