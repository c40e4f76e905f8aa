"""Round 22 (h-seen18), constructions of seen18's pages (a news item listing a council's
committee chairs, a UN country team's composition page): an office written with its holder's
name after it ("Cross River Governor Ada Okon") as a passive's agent, a clause's subject before
"is the chairman of", "will chair", "heads" or "as chairman of"; two passives in one sentence,
each about its own body ("The X is chaired by A, and the Y is chaired by B"); a name listing
several subjects after "on" with commas ("Committee on Youth, Gender and Sports"); a passive in
apposition between a body and its member verb ("The X, led by A, brings together ..."); members
sorted in counted groups ("(5 resident – A, B; 4 non-resident – C, D)"); a long form the page
misspells before an acronym the reference data knows ("United Nation Country Team (UNCT)").

Texts invented after those constructions (tests/generalisation/dev/SOURCES-r22-s18.md); each
expected set worked out by hand from the sentence."""

from __future__ import annotations

from snippets import roles


def test_two_passives_each_about_its_own_body() -> None:
    text = (
        "The Finance Committee is chaired by Sokoto Governor Aliyu Danjuma, and the Health "
        "Committee is chaired by Kano Governor Hauwa Sani."
    )
    assert roles(text) == {
        ("Sokoto Governor", "chair", "Finance Committee", ""),
        ("Kano Governor", "chair", "Health Committee", ""),
    }


def test_two_passives_joined_by_while() -> None:
    text = (
        "The Protection Working Group is chaired by UNHCR, while the Education Working Group is "
        "co-chaired by UNICEF and Save the Children."
    )
    assert roles(text) == {
        ("UNHCR", "chair", "Protection Working Group", ""),
        ("UNICEF", "co-chair", "Education Working Group", ""),
        ("Save the Children", "co-chair", "Education Working Group", ""),
    }


def test_a_two_word_place_before_the_title_is_the_office_s_not_a_name() -> None:
    # "Cross River" would read as a person's name; the title after it makes it the office's
    text = "The Water Committee is chaired by Cross River Governor Ada Okon."
    assert roles(text) == {("Cross River Governor", "chair", "Water Committee", "")}


def test_a_named_office_before_is_the_chairman_of() -> None:
    text = (
        "Zamfara Governor Idris Lawal is the chairman of the Security Committee; Kwara Governor "
        "Femi Adebayo is the chairman of the Trade Committee."
    )
    assert roles(text) == {
        ("Zamfara Governor", "chair", "Security Committee", ""),
        ("Kwara Governor", "chair", "Trade Committee", ""),
    }


def test_a_named_office_after_and_or_while_opens_its_clause() -> None:
    text = (
        "Taraba Governor Usman Dogo will chair the Agriculture Committee, while Benue Governor "
        "Grace Ochai will chair the Committee on Youth, Gender and Sports."
    )
    assert roles(text) == {
        ("Taraba Governor", "chair", "Agriculture Committee", ""),
        ("Benue Governor", "chair", "Committee on Youth, Gender and Sports", ""),
    }


def test_nominees_as_chairman_of_and_heading() -> None:
    text = (
        "The other nominees: Kebbi Governor Tunde Bako as chairman of the ICT Committee, and "
        "Kwara Governor Femi Adebayo heading the Legal Committee."
    )
    assert roles(text) == {
        ("Kebbi Governor", "chair", "ICT Committee", ""),
        ("Kwara Governor", "lead", "Legal Committee", ""),
    }


def test_heads_the_body_is_its_lead() -> None:
    assert roles("The Minister of Interior heads the National Crisis Committee.") == {
        ("Minister of Interior", "lead", "National Crisis Committee", "")
    }
    # "headed by" stays the passive; "the head of" is a title, no verb
    assert roles("The National Crisis Committee is headed by the Minister of Interior.") == {
        ("Minister of Interior", "lead", "National Crisis Committee", "")
    }


def test_a_passive_in_apposition_before_the_member_verb() -> None:
    text = (
        "The UN Country Team (UNCT), led by the UN Resident Coordinator, brings together UNDP, "
        "UNICEF and WHO."
    )
    assert roles(text) == {
        ("Resident Coordinator", "lead", "UNCT", ""),  # the office, named by the reference
        ("UNDP", "member", "UNCT", ""),
        ("UNICEF", "member", "UNCT", ""),
        ("WHO", "member", "UNCT", ""),
    }


def test_members_in_counted_groups() -> None:
    text = (
        "The UN Country Team (UNCT) brings together 12 agencies (5 of them are resident in the "
        "country – UNDP, UNICEF, UNFPA, IOM and UNHCR; 4 keep project offices – FAO, ILO, UN "
        "Women, UNODC; and 3 work with no office in the country – UNEP, UNIDO, IAEA)."
    )
    members = {h for h, role, body, _ in roles(text) if role == "member" and body == "UNCT"}
    assert members == {
        "UNDP", "UNICEF", "UNFPA", "IOM", "UNHCR", "FAO", "ILO", "UN Women", "UNODC", "UNEP",
        "UNIDO", "IAEA",
    }  # fmt: skip


def test_a_semicolon_without_a_counted_group_still_ends_the_list() -> None:
    text = "The HCT brings together UNDP and UNICEF; WHO leads the Health Cluster."
    assert roles(text) == {
        ("UNDP", "member", "HCT", ""),
        ("UNICEF", "member", "HCT", ""),
        ("WHO", "lead", "Health Cluster", ""),
    }


def test_a_misspelt_long_form_before_a_known_acronym() -> None:
    text = "The United Nation Country Team (UNCT) brings together UNDP and WHO."
    assert roles(text) == {("UNDP", "member", "UNCT", ""), ("WHO", "member", "UNCT", "")}


def test_a_long_form_with_another_head_keeps_its_own_meaning() -> None:
    # the page's own "Humanitarian Coordination Forum (HC)" is no Humanitarian Coordinator
    text = "The Humanitarian Coordination Forum (HC) is chaired by OCHA."
    assert {r[2] for r in roles(text)} != {"HC"}


def test_a_cluster_page_s_coordination_arrangement() -> None:
    # a cluster's country page (seen18's Malawi): a field key in sentence case names no body, the
    # arrangement's holders take the role word after them, the host government named alone
    text = (
        "Zambia Nutrition Cluster\n\nCoordination mechanism: Cluster\nYear of activation: 2020\n"
        "Coordination arrangement:\nGovernment lead; UNICEF co-lead\n"
    )
    assert roles(text) == {
        ("Government", "lead", "Nutrition Cluster", ""),
        ("UNICEF", "co-lead", "Nutrition Cluster", ""),
    }


def test_a_lower_case_role_word_is_a_label_only_where_the_item_ends() -> None:
    text = "Health Cluster\n\nWHO and UNICEF lead in the districts with the Ministry"
    assert ("WHO", "lead", "Health Cluster", "") not in roles(text)


def test_the_government_named_alone_holds_a_role() -> None:
    assert roles("The Government leads the Food Security Sector.") == {
        ("Government", "lead", "Food Security Sector", "")
    }


def test_an_appeal_that_is_a_joint_effort_of_its_members() -> None:
    # C11: the organisations an appeal brings together are its members; "the Appeal" refers back
    text = (
        "The United Nations launched a $12 million Flash Appeal today.\n\nThe Appeal is a joint "
        "effort of UNICEF, the National Disaster Management Authority and local NGOs."
    )
    assert roles(text) == {
        ("UNICEF", "member", "Flash Appeal", ""),
        ("National Disaster Management Authority", "member", "Flash Appeal", ""),
    }


def test_a_contact_row_s_post_and_role_after_a_dash() -> None:
    # a cluster page's key contacts: the name, then "<post of an organisation> - <role>" and the
    # e-mail address; the organisation holds the role in the page's cluster (C1)
    text = (
        "Zambia Nutrition Cluster\n\nCountry Key Contacts\n\nJane Banda\nDirector Department of "
        "Nutrition and HIV/AIDS (DNHA) - Co-Coordinator   jane@example.org\n"
    )
    assert roles(text) == {
        ("Department of Nutrition and HIV/AIDS", "co-coordinator", "Nutrition Cluster", "")
    }
