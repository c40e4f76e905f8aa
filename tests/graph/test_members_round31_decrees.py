"""Round 31 (French decrees' composition articles, seen24's Djibouti decree and seen27's
Senegalese arrêté): the article's number before its own colon ("Article 4 : ..."), a passive
role opening the lead-in up to the body's article ("Présidé par le X, ..., le Comité compte les
membres ci-dessous :"), the lead-ins "est composé comme suit", "La composition du comité est
fixée comme suit", sub-labels "Vice-Président :" and "Membres :" over the items, an item's
capitalised article ("Le Ministre de X") and "un représentant de la Direction X".  Texts
written here, with invented bodies; rows worked out by hand."""

from __future__ import annotations

from tests.graph.test_members import members

BODY = "Comité Départemental de Veille Sanitaire"


def test_a_passive_chair_opening_the_lead_in_and_sub_labels_over_bullets() -> None:
    text = (
        "Article 4 : Présidé par le Préfet, garant de l'ordre public, le Comité "
        "Départemental de Veille Sanitaire compte les membres ci-dessous :\n\n"
        "Vice-Président :\n"
        "* Le Ministre de l'Agriculture\n\n"
        "Membres :\n"
        "* Le Ministre de la Santé\n"
        "* Le Ministre des Transports\n"
    )
    assert members(text) == {
        ("Ministre de l'Agriculture", "member", BODY),
        ("Ministre de la Santé", "member", BODY),
        ("Ministre des Transports", "member", BODY),
    }


def test_composed_as_follows_with_a_chair_label_and_a_representative() -> None:
    text = (
        "Art. 2 — Le Comité Départemental de Veille Sanitaire est composé comme suit :\n"
        "Président : le Ministre de la Santé ;\n"
        "Membres :\n"
        "- le Ministre des Transports ;\n"
        "- un représentant du Ministère de l'Agriculture.\n"
    )
    assert members(text) == {
        ("Ministre de la Santé", "chair", BODY),
        ("Ministre de la Santé", "member", BODY),
        ("Ministre des Transports", "member", BODY),
        ("Ministère de l'Agriculture", "member", BODY),
    }


def test_the_composition_of_the_body_is_as_follows() -> None:
    text = (
        "La composition du Comité Départemental de Veille Sanitaire est fixée comme suit :\n"
        "- le Ministre des Transports ;\n"
        "- le Ministre de la Santé.\n"
    )
    assert members(text) == {
        ("Ministre des Transports", "member", BODY),
        ("Ministre de la Santé", "member", BODY),
    }


def test_a_capitalised_name_of_an_article_and_a_word_is_kept_whole() -> None:
    """ "La Strada" opens with an article's word, yet no mention starts after it: a name."""
    text = (
        "Le Comité Départemental de Veille Sanitaire est composé comme suit :\n"
        "- La Strada\n"
        "- le Ministre de la Santé\n"
    )
    assert ("La Strada", "member", BODY) in members(text)
