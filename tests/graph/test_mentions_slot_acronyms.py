"""An acronym a page never spells out names a body where it fills a role statement's body slot
("The WXYZ is chaired by ...", "a co-chair of the WXYZ", "the group called the Q7, made up of
..."), and then wherever the page writes it (mentions._slot_acronyms, kinds.toml
[[acronym_slots]]).  Seen in seen4 (the P5), seen9 (the CSSSC, REACT) and seen3 (MIRPS).  In
round 27 the same in Spanish, French and Portuguese ("miembro del WXYZ", "é parte do WXYZ"), and
a holder's slot: an acronym right after a passive role's agent word ("coordonné par la QRST") or
right before "is part of" ("O QRST é parte do ...") names an organisation (seen23's pages)."""

from __future__ import annotations

from snippets import read, roles


def _slot_bodies(text: str, rule: str = "acronym.body-slot") -> list[tuple[str, str]]:
    return [(m.surface, m.entity.kind) for m in read(text).mentions if m.rule == rule]


def test_the_subject_of_a_passive_role_and_a_seat_of_it_name_the_body() -> None:
    text = (
        "The WXYZ is chaired by UNICEF. There is also a co-chair of the WXYZ, the IFRC. "
        "The WXYZ met twice."
    )
    # three writings, one body: the third stands in no slot, yet names it too
    assert _slot_bodies(text) == [("WXYZ", "CoordinationBody")] * 3
    assert roles(text) >= {("UNICEF", "chair", "WXYZ", "")}


def test_a_group_made_up_of_members_names_the_body() -> None:
    text = "The group of partners called the Q7, made up of ECOWAS, the AU and the EU, met."
    assert _slot_bodies(text) == [("Q7", "CoordinationBody")]
    assert roles(text) == {
        ("ECOWAS", "member", "Q7", ""),
        ("AU", "member", "Q7", ""),
        ("EU", "member", "Q7", ""),
    }


def test_an_acronym_another_reading_explains_is_left_to_it() -> None:
    # the initials of a name the page writes
    assert _slot_bodies("The HCF is chaired by OCHA at the Humanitarian Coordination Forum.") == []
    # explained in brackets or slashes, though the definition reader did not take it
    assert _slot_bodies("Members of the OSC (Organisation of Civil Societies) met.") == []
    assert _slot_bodies("The Team /TRT/ met; members of the TRT agreed.") == []
    # a part of a longer acronym
    assert _slot_bodies("The REF TF is made up of OPM and UNHCR.") == []
    # a word the page also writes in lower case
    assert _slot_bodies("The NOTE is chaired by OCHA. Please note the date.") == []


def test_an_acronym_that_only_modifies_a_noun_names_no_body() -> None:
    assert _slot_bodies("Agencies are members of the QRS family of funds.") == []


def test_a_heading_in_capitals_names_no_body() -> None:
    assert _slot_bodies("MEMBERS OF THE WXYZ\n\nUNICEF, WFP") == []


def test_a_seat_an_organisation_has_is_no_body_slot() -> None:
    # "head of" is an office an organisation has, not a seat of a body
    assert _slot_bodies("The head of WXYZ visited Juba.") == []


def test_a_body_slot_in_spanish_french_and_portuguese() -> None:
    for text in (
        "La OIM es miembro del WXYZ desde 2015.",
        "L'OIM est membre du WXYZ depuis 2015.",
        "A OIM é parte do WXYZ.",
    ):
        assert _slot_bodies(text) == [("WXYZ", "CoordinationBody")]
        assert ("IOM", "member", "WXYZ", "") in roles(text)


def test_the_agent_of_a_passive_role_names_an_organisation() -> None:
    for text, role in (
        ("Le Groupe de travail Sécheresse est coordonné par la QRST.", "coordinator"),
        ("El Comité Provincial de Sequías es presidido por el QRST.", "chair"),
    ):
        assert _slot_bodies(text, "acronym.holder-slot") == [("QRST", "Actor")]
        assert {r[:2] for r in roles(text)} >= {("QRST", role)}


def test_the_subject_of_part_of_names_an_organisation() -> None:
    text = "O QRST é parte do Comitê Estadual de Secas."
    assert _slot_bodies(text, "acronym.holder-slot") == [("QRST", "Actor")]
    assert roles(text) == {("QRST", "member", "Comitê Estadual de Secas", "")}


def test_a_holder_slot_leaves_a_known_or_explained_acronym_alone() -> None:
    assert _slot_bodies("Le groupe est piloté par le HCR.", "acronym.holder-slot") == []
    text = "Le groupe est piloté par la QRST (Quality Relief Support Team)."
    assert _slot_bodies(text, "acronym.holder-slot") == []
