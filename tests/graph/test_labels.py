"""Roles stated by layout: label lines, tables of leads, bullets under a role lead-in, a role in
a bracket after its holder (texts written for these tests; rows worked out by hand)."""

from __future__ import annotations

from coordkg.graph.extract.labels import deputy_seat, label_roles
from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.model import RoleClaim
from coordkg.graph.read.html import main_text
from coordkg.graph.read.readers import document_from_text
from coordkg.graph.read.text import sentences


def claims(text: str, country: str | None = None) -> list[RoleClaim]:
    doc = document_from_text(text, "labels")
    resolver = Resolver()
    mentions = find_mentions(doc.text, resolver)
    return label_roles(doc, list(sentences(doc.text)), mentions, country, resolver)


def rows(text: str) -> set[tuple[str, str, str, str, tuple[str, ...]]]:
    """(holder, role, body, scope, co-holders) by acronym or name."""
    return {
        (
            c.holder.acronym or c.holder.name,
            c.role,
            c.body.acronym or c.body.name,
            c.scope.label,
            tuple(sorted(e.acronym or e.name for e in c.co_holders)),
        )
        for c in claims(text)
    }


def test_label_lines_under_a_heading_take_its_body() -> None:
    text = (
        "## Health Cluster\n\n"
        "Chair: Ministry of Health / Co-chairs: WHO & Save the Children\n"
        "Coordinator: UNFPA\n"
    )
    assert rows(text) == {
        ("Ministry of Health", "chair", "Health Cluster", "", ()),
        ("WHO", "co-chair", "Health Cluster", "", ("Save the Children",)),
        ("Save the Children", "co-chair", "Health Cluster", "", ("WHO",)),
        ("UNFPA", "coordinator", "Health Cluster", "", ()),
    }
    assert {c.evidence.rule for c in claims(text)} == {
        "label.chair",
        "label.co-chair",
        "label.coordinator",
    }


def test_a_label_glued_to_the_value_before_it_opens_its_own_segment() -> None:
    # a flattened header: no comma between "ABCD" and the next label; an acronym no rule
    # knows, alone as the value, holds the role; French "et" joins two holders
    assert rows(
        "## Food Security Cluster\n\nLead: FAO, Co-lead: ABCD Co-facilitator: IRC et NRC\n"
    ) == {
        ("FAO", "lead", "FSC", "", ()),
        ("ABCD", "co-lead", "FSC", "", ()),
        ("IRC", "co-coordinator", "FSC", "", ("NRC",)),
        ("NRC", "co-coordinator", "FSC", "", ("IRC",)),
    }


def test_a_body_named_in_the_label_wins_over_the_heading() -> None:
    assert rows("## Health Cluster\n\nProtection Cluster co-leads: UNHCR and NRC\n") == {
        ("UNHCR", "co-lead", "Protection Cluster", "", ("NRC",)),
        ("NRC", "co-lead", "Protection Cluster", "", ("UNHCR",)),
    }


def test_holders_followed_by_their_role_word_with_the_level_of_the_label() -> None:
    text = (
        "# Nutrition Cluster\n\n"
        "- National level: UNICEF Lead, WFP (nutrition unit) Co-lead, Save the Children "
        "Co-coordinator\n"
    )
    assert rows(text) == {
        ("UNICEF", "lead", "Nutrition Cluster", "national", ()),
        ("WFP", "co-lead", "Nutrition Cluster", "national", ()),
        ("Save the Children", "co-coordinator", "Nutrition Cluster", "national", ()),
    }


def test_places_after_the_role_words_are_their_scopes() -> None:
    text = "# Nutrition Cluster in Kenya\n\n- Regional level: UNICEF Lead and NRC Co-lead in Turkana and Marsabit\n"
    assert {(h, r, s) for h, r, _, s, _ in rows(text)} == {
        ("UNICEF", "lead", "Turkana"),
        ("UNICEF", "lead", "Marsabit"),
        ("NRC", "co-lead", "Turkana"),
        ("NRC", "co-lead", "Marsabit"),
    }


def test_a_table_header_gives_each_column_its_role() -> None:
    text = (
        "Cluster | Lead | Co-lead\n"
        "Protection Cluster | UNHCR | NRC\n"
        "WASH Cluster | UNICEF | Oxfam\n"
        "Camp Management | IOM | UNHCR\n"  # the header's kind names it: Camp Management Cluster
    )
    assert {(h, r, b) for h, r, b, _, _ in rows(text)} == {
        ("UNHCR", "lead", "Protection Cluster"),
        ("NRC", "co-lead", "Protection Cluster"),
        ("UNICEF", "lead", "WASH Cluster"),
        ("Oxfam", "co-lead", "WASH Cluster"),
        ("IOM", "lead", "Camp Management Cluster"),
        ("UNHCR", "co-lead", "Camp Management Cluster"),
    }
    # under a header naming no kind, a row no mention names gives nothing
    assert rows("Area | Lead | Co-lead\nCamp Management | IOM | UNHCR\n") == set()


def test_a_table_flattened_to_runs_of_spaces() -> None:
    text = "Sector    Lead    Co-lead\nProtection Cluster    IOM    NRC\n"
    assert rows(text) == {
        ("IOM", "lead", "Protection Cluster", "", ()),
        ("NRC", "co-lead", "Protection Cluster", "", ()),
    }
    assert rows("Sector Lead Co-lead\nProtection Cluster IOM NRC\n") == set()  # no columns


def test_a_place_column_is_the_scope_of_its_row() -> None:
    text = "# Kenya\n\nRegion | Sector | Lead\nTurkana | Food Security Sector | FAO\n"
    assert rows(text) == {("FAO", "lead", "Food Security Sector", "Turkana", ())}


def test_bullets_under_a_role_lead_in_share_the_role() -> None:
    text = "Co-chairs of the Shelter Working Group:\n- IOM\n- Norwegian Refugee Council\n"
    assert rows(text) == {
        ("IOM", "co-chair", "Shelter Working Group", "", ("NRC",)),
        ("NRC", "co-chair", "Shelter Working Group", "", ("IOM",)),
    }
    assert [c.evidence.quote for c in claims(text)] == ["- IOM", "- Norwegian Refugee Council"]


def test_rows_naming_their_body_under_a_lead_in_without_one() -> None:
    text = (
        "Cluster lead agencies:\n"
        "- Education Cluster (EC), UNICEF\n"
        "- Logistics Cluster (LC), WFP\n"
        "- Site Management: IOM\n"  # a body no mention names: nothing
    )
    assert rows(text) == {
        ("UNICEF", "lead", "Education Cluster", "", ()),
        ("WFP", "lead", "Logistics Cluster", "", ()),
    }


def test_a_heading_holds_for_a_few_lines_only() -> None:
    # on a page naming another body too: a page naming one body only has it as its subject
    # (test_labels_page_subject.py)
    filler = "".join(f"Paragraph {i} tells of something else entirely.\n" for i in range(13))
    filler += "The Food Security Cluster met too.\n"
    assert rows(f"## Health Cluster\n\n{filler}\nLead: WHO\n") == set()
    assert rows("## Health Cluster\n\nLead: WHO\n") == {("WHO", "lead", "Health Cluster", "", ())}


def test_decoy_labels_and_tables_give_nothing() -> None:
    text = (
        "## Protection Cluster\n\n"
        "Contact: protection.lead@example.org\n"
        "Location: Aden\n"
        "Date: 2024\n"
        "Partner: UNHCR\n"
        "Mechanism: Working Group\n\n"
        "Site    Households    Individuals\n"
        "Camp A    120    600\n"
        "UNHCR leads the response in the camps and WFP lead partners meet weekly.\n"
    )
    assert rows(text) == set()


def test_a_label_line_is_no_heading_for_the_lines_below() -> None:
    assert rows("Coordination structure: Protection Cluster\nLead: UNHCR\n") == set()


def test_a_long_list_under_a_role_label_gives_no_co_holders() -> None:
    names = ["UNHCR", "NRC", "IOM", "WFP", "WHO", "FAO", "UNFPA", "UNICEF", "Oxfam"]
    text = "Co-leads of the Protection Cluster:\n" + "".join(f"- {n}\n" for n in names)
    got = claims(text)
    assert sorted(c.holder.acronym or c.holder.name for c in got) == sorted(names)
    assert all(c.co_holders == () for c in got)


# Layout constructions of real cluster and platform pages (issue 13): lists pairing bodies with
# their holders under a role lead-in, pipe tables with empty cells, a "Body:" key over label
# lines, a member lead-in with a verb, level and place headings as scopes.


def test_a_list_of_groups_and_their_leads() -> None:
    text = (
        "Working groups and their leads:\n"
        "- Cash Working Group (CWG), WFP\n"
        "- Protection Working Group – UNHCR\n"
        "Education Cluster: UNICEF/Save the Children\n"
    )
    assert rows(text) == {
        ("WFP", "lead", "CWG", "", ()),
        ("UNHCR", "lead", "Protection Working Group", "", ()),
        ("UNICEF", "lead", "Education Cluster", "", ("Save the Children",)),
        ("Save the Children", "lead", "Education Cluster", "", ("UNICEF",)),
    }


def test_a_lead_in_with_other_words_opens_no_list() -> None:
    text = "Contacts of the cluster coordinators:\n- Protection Working Group – UNHCR\n"
    assert rows(text) == set()


def test_a_row_with_words_beside_its_body_and_holders_is_no_pair() -> None:
    text = (
        "Sectors and lead agencies:\n"
        "- the Health Cluster will work with WHO on the review\n"
        "- Protection Working Group – UNHCR\n"
    )
    assert rows(text) == {("UNHCR", "lead", "Protection Working Group", "", ())}


def test_an_empty_cell_of_a_pipe_table_keeps_the_columns() -> None:
    text = (
        "Cluster | Lead | Co-lead\n"
        "Protection Cluster | UNHCR | NRC\n"
        "WASH Cluster | UNICEF |\n"
        "Nutrition Cluster | | Save the Children\n"
    )
    assert rows(text) == {
        ("UNHCR", "lead", "Protection Cluster", "", ()),
        ("NRC", "co-lead", "Protection Cluster", "", ()),
        ("UNICEF", "lead", "WASH Cluster", "", ()),
        ("Save the Children", "co-lead", "Nutrition Cluster", "", ()),
    }


def test_cells_separated_by_tabs() -> None:
    text = "Sector\tLead\tCo-lead\nHealth Cluster\tWHO\tSave the Children\n"
    assert rows(text) == {
        ("WHO", "lead", "Health Cluster", "", ()),
        ("Save the Children", "co-lead", "Health Cluster", "", ()),
    }


def test_a_body_key_names_the_body_of_the_label_lines_below() -> None:
    text = "Body: Protection Cluster\nLead: UNHCR\nCo-lead: NRC\n"
    assert rows(text) == {
        ("UNHCR", "lead", "Protection Cluster", "", ()),
        ("NRC", "co-lead", "Protection Cluster", "", ()),
    }


def test_a_body_lead_in_with_a_membership_verb_over_bullets() -> None:
    text = "The Humanitarian Country Team is composed of:\n- UNICEF\n- WHO\n- Save the Children\n"
    assert rows(text) == {
        ("UNICEF", "member", "HCT", "", ()),
        ("WHO", "member", "HCT", "", ()),
        ("Save the Children", "member", "HCT", "", ()),
    }
    assert {c.evidence.rule for c in claims(text)} == {"label.lead-in-member"}


def test_a_level_heading_is_the_scope_of_the_labels_below() -> None:
    text = (
        "## Education Cluster\n\n"
        "At national level\n"
        "- Lead: UNICEF\n"
        "- Co-lead: Save the Children\n"
        "Regional level:\n"
        "- Lead: NRC\n"
    )
    assert rows(text) == {
        ("UNICEF", "lead", "Education Cluster", "national", ()),
        ("Save the Children", "co-lead", "Education Cluster", "national", ()),
        ("NRC", "lead", "Education Cluster", "regional", ()),
    }


def test_a_place_heading_is_the_scope_of_the_table_below() -> None:
    text = "## Protection Cluster\n\nIn Erbil and Dohuk:\nLead | Co-lead\nUNHCR | NRC\n"
    assert {(h, r, s) for h, r, _, s, _ in rows(text)} == {
        ("UNHCR", "lead", "Erbil"),
        ("UNHCR", "lead", "Duhok"),  # the reference spelling of Dohuk
        ("NRC", "co-lead", "Erbil"),
        ("NRC", "co-lead", "Duhok"),
    }


def test_responsibility_bullets_and_contact_lines_give_nothing() -> None:
    text = (
        "## Health Cluster\n\n"
        "The cluster lead agency will:\n"
        "- lead the annual review with WHO\n"
        "- coordinate with UNICEF\n"
        "Contact: WHO, health@example.org\n"
    )
    assert rows(text) == set()


def test_holders_in_a_bracket_after_a_counted_role_word_in_a_row() -> None:
    text = (
        "Group | Leadership | Meetings\n"
        "Cash Working Group | 2 Co-chairs (NRC + vacant) + an information officer. | Monthly.\n"
        "Health Cluster | 2 Co-chairs (WHO and UNICEF) | Weekly.\n"
    )
    assert rows(text) == {
        ("NRC", "co-chair", "Cash Working Group", "", ()),
        ("WHO", "co-chair", "Health Cluster", "", ("UNICEF",)),
        ("UNICEF", "co-chair", "Health Cluster", "", ("WHO",)),
    }


def test_a_bracket_with_other_words_after_a_role_word_gives_nothing() -> None:
    text = "Health Cluster | Co-chairs (to be elected after consulting WHO) | Weekly\n"
    assert rows(text) == set()


def test_an_ingo_representation_label_lists_members_of_the_heading_body() -> None:
    text = (
        "## Humanitarian Country Team (HCT)\n\n"
        "The HCT is the top forum of the response.\n\n"
        "INGO Representation: IRC and NRC\n"
    )
    assert rows(text) == {("IRC", "member", "HCT", "", ()), ("NRC", "member", "HCT", "", ())}


def test_a_role_word_in_a_cell_of_the_role_column_keeps_the_column_role() -> None:
    text = "Cluster | Lead | Co-lead\nHealth Cluster | WHO (cluster lead agency) | UNICEF\n"
    assert rows(text) == {
        ("WHO", "lead", "Health Cluster", "", ()),
        ("UNICEF", "co-lead", "Health Cluster", "", ()),
    }


def test_a_level_column_gives_each_row_its_level() -> None:
    text = (
        "## Protection Cluster\n\n"
        "Level | Lead | Co-lead\n"
        "National | UNHCR | NRC\n"
        "Sub-national | DRC |\n"
    )
    assert {(h, r, s) for h, r, _, s, _ in rows(text)} == {
        ("UNHCR", "lead", "national"),
        ("NRC", "co-lead", "national"),
        ("DRC", "lead", "sub-national"),
    }


def test_a_contact_block_gives_no_role() -> None:
    text = (
        "## Health Cluster\n\n"
        "Coordinator: WHO, coordinator@example.org\n"
        "Co-lead: Save the Children, tel. +000 700 123 456\n"
    )
    assert rows(text) == set()


def test_an_action_point_table_of_minutes_gives_no_role() -> None:
    text = (
        "Action | Responsible | Status\n"
        "Share the stock figures with the Protection Sector | UNHCR | Done\n"
        "Circulate the guidance to the Cash Working Group | WFP | On-going\n"
    )
    assert rows(text) == set()


def test_an_html_table_with_an_empty_cell_and_a_spanning_body() -> None:
    html = (
        "<html><body><main><table><tr><th>Sector</th><th>Area</th><th>Lead agency</th>"
        "<th>Co-lead</th></tr>"
        '<tr><td rowspan="2">Protection Cluster</td><td>Erbil</td><td>UNHCR</td><td></td></tr>'
        "<tr><td>Dohuk</td><td></td><td>NRC</td></tr></table></main></body></html>"
    )
    assert {(h, r, b, s) for h, r, b, s, _ in rows(main_text(html))} == {
        ("UNHCR", "lead", "Protection Cluster", "Erbil"),
        ("NRC", "co-lead", "Protection Cluster", "Duhok"),  # the reference spelling of Dohuk
    }


def test_a_bullet_naming_a_place_is_no_scope_for_the_lines_below() -> None:
    text = "## Protection Cluster\n\nOffices:\n- Erbil\n- Dohuk\n\nLead: UNHCR\n"
    assert rows(text) == {("UNHCR", "lead", "Protection Cluster", "", ())}


def test_an_item_marked_observer_in_brackets_is_no_member() -> None:
    from snippets import roles

    text = (
        "Shelter Sector meeting, Kindu\n\n"
        "## Shelter Sector\n\n"
        "Member Agencies: NRC, IOM, UNHCR and UNOCHA (Observer)\n"
    )
    found = {(holder, role) for holder, role, body, _ in roles(text) if body == "Shelter Sector"}
    assert ("NRC", "member") in found and ("IOM", "member") in found
    assert not any(holder in ("UNOCHA", "OCHA") for holder, _ in found)


def test_a_deputy_seat_label_gives_no_role_in_any_language() -> None:
    # C14: "Vice-Chair", "Vicepresidente", "Vice-Présidente", "Co-Vice Chair" name one who
    # stands in for the chair, no co-chair
    text = (
        "## River Basin Shelter Group\n\n"
        "Chair: UNHCR\n"
        "Vice-Chair: CARE\n"
        "Vicepresidente: Oxfam\n"
        "Vice-Présidente : NRC\n"
        "Co-Vice Chair (IRC)\n"
    )
    assert {(h, r) for h, r, *_ in rows(text)} == {("UNHCR", "chair")}


def test_a_deputy_seat_label_in_lower_case_gives_no_role() -> None:
    # C14: "vice chair:" written in lower case is the deputy's label too, on a line of its own
    # after a label line or a list item, never the chair's value going on
    for text in (
        "## River Basin Shelter Group\n\nChair: UNHCR\nvice chair: CARE\n",
        "## River Basin Shelter Group\n\nChair:\n- UNHCR\nvice-chair:\n- CARE\n",
    ):
        assert {(h, r) for h, r, *_ in rows(text)} == {("UNHCR", "chair")}, text


def test_a_deputy_seat_label_closes_the_chair_list_above_it() -> None:
    # the holder under "Vice-Chair:" does not go on the chair's list
    text = "## River Basin Shelter Group\n\nChair:\n- UNHCR\nVice-Chair:\n- CARE\n"
    assert {(h, r) for h, r, *_ in rows(text)} == {("UNHCR", "chair")}


def test_a_deputy_co_seat_label_is_a_deputy_seat_and_closes_the_list_above_it() -> None:
    # C14: "Vice Co-Chair" and "Deputy Co-Lead" are deputies' seats, as "Deputy Coordinator"
    # is: the "Co" of "Coordinator" stays with its role word (roles.toml [deputies] reads a
    # "co-" after the deputy word only where the role word after it needs it)
    for seat in ("Vice Co-Chair", "Vice Co Chair", "Deputy Co-Lead", "Deputy Coordinator"):
        assert deputy_seat(seat), seat
        text = f"## River Basin Shelter Group\n\nChair:\n- UNHCR\n{seat}:\n- CARE\n"
        assert {(h, r) for h, r, *_ in rows(text)} == {("UNHCR", "chair")}, seat
    assert not deputy_seat("Co-Chair") and not deputy_seat("Coordinator")


def test_role_labels_chained_by_commas_each_take_their_own_holders() -> None:
    text = "## Shelter Cluster\n\nLead: UNHCR, Co-lead: NRC, Coordinator: IOM\n"
    assert rows(text) == {
        ("UNHCR", "lead", "Shelter Cluster", "", ()),
        ("NRC", "co-lead", "Shelter Cluster", "", ()),
        ("IOM", "coordinator", "Shelter Cluster", "", ()),
    }


def test_a_label_right_before_chained_labels_gives_them_way() -> None:
    text = "## Health Cluster\n\nCoordination: lead: WHO, Co-lead: UNICEF\n"
    assert rows(text) == {
        ("WHO", "lead", "Health Cluster", "", ()),
        ("UNICEF", "co-lead", "Health Cluster", "", ()),
    }


def test_a_comma_inside_a_value_opens_no_label() -> None:
    text = "## Health Cluster\n\nLead: WHO, Location: Erbil\n"
    assert ("WHO", "lead", "Health Cluster", "", ()) in rows(text)


def test_a_contact_block_s_post_is_held_by_the_organisation_above_it() -> None:
    # name / organisation / post: the organisation holds the post's role (C1), in the body
    # the post names, or the one its kind makes with the topic after it; a deputy's post none
    text = (
        "Key contacts\n\n"
        "Jane Doe\nWorld Food Programme (WFP)\nCluster Coordinator Logistics\n+1 234 567 8901\n"
        "John Roe\nNorwegian Refugee Council (NRC)\nFood Security Cluster Co-coordinator\n"
        "Mary Poe\nInternational Rescue Committee (IRC)\nDeputy Cluster Coordinator Logistics\n"
    )
    assert rows(text) == {
        ("WFP", "coordinator", "Logistics Cluster", "", ()),
        ("NRC", "co-coordinator", "FSC", "", ()),
    }


def test_a_fact_box_row_with_an_unknown_acronym_as_its_value() -> None:
    # "Co-coordinator ABCD" without its colon: the acronym holds the role; "NA" is no holder
    # nor a word of a line in capitals ("LEAD MINISTRY", a key over its value)
    assert rows("## Health Cluster\n\nCo-coordinator ABCD\nCo-lead NA\n\nLEAD MINISTRY\n") == {
        ("ABCD", "co-coordinator", "Health Cluster", "", ()),
    }


def test_a_value_line_under_a_key_joined_by_another_language_s_and() -> None:
    # round 30: the value's glue takes every language's "and", as the holders' split does
    text = "## Nutrition Cluster\n\nLead Agency\nUNICEF et WFP\n"
    assert rows(text) == {
        ("UNICEF", "lead", "Nutrition Cluster", "", ("WFP",)),
        ("WFP", "lead", "Nutrition Cluster", "", ("UNICEF",)),
    }


def test_a_facilitator_in_a_minutes_header_ran_that_meeting_only() -> None:
    # round 31: "Facilitator: A" heads one set of minutes as "Chair: A" does (C12)
    minutes = "Shelter Working Group meeting minutes\nDate: 2 March\nFacilitator: IOM\n"
    assert rows(minutes) == set()
    # the twins: outside minutes it coordinates the body, and a co-facilitator in minutes stays
    assert rows("## Shelter Working Group\n\nFacilitator: IOM\n") == {
        ("IOM", "coordinator", "Shelter Working Group", "", ())
    }
    assert rows(
        "Shelter Working Group meeting minutes\nDate: 2 March\nLead: IOM, Co-facilitator: NRC\n"
    ) >= {("NRC", "co-coordinator", "Shelter Working Group", "", ())}
