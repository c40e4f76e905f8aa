"""Round 39 (seen34's Djibouti decree): a French pronoun and a membership verb alone before a
colon ("Il comprend :", "Elle regroupe :") open a dashed list of the members of the body named
just before, as "It comprises A and B" does inline.  Texts written here, with invented bodies
and offices; rows worked out by hand."""

from __future__ import annotations

from snippets import roles

COMITE = "Comité Régional de Suivi des Sécheresses"


def test_il_comprend_before_a_colon_lists_the_members_of_the_body_named_before() -> None:
    text = (
        f"Article 3 : Le {COMITE} est chargé du suivi des récoltes.\n"
        "Il comprend :\n"
        "– un représentant du Ministère de la Pêche ;\n"
        "– un représentant de la Direction des Forêts ;\n"
    )
    assert roles(text) == {
        ("Ministère de la Pêche", "member", COMITE, ""),
        ("Direction des Forêts", "member", COMITE, ""),
    }


def test_il_regroupe_inline_reads_the_clause() -> None:
    text = f"Le {COMITE} se réunit chaque mois. Il regroupe le Ministère de la Pêche.\n"
    assert ("Ministère de la Pêche", "member", COMITE, "") in roles(text)


def test_a_pronoun_lead_in_far_below_the_body_names_no_members() -> None:
    text = (
        f"Le {COMITE} est créé.\n\nLe calendrier suit.\n\nLes récoltes sont suivies.\n\n"
        "Les pluies sont rares.\n\nIl comprend :\n– un représentant du Ministère de la Pêche ;\n"
    )
    assert not any(r[1] == "member" for r in roles(text))
