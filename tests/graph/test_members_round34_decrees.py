"""Round 34, a decree's composition article: its paragraph number opens the lead-in ("(1)
Présidé par le X, le Comité se compose des membres suivants :", the article's number on the
line above), the committee named in the article before and referred back to as "le Comité",
and the list ending at the article's next paragraph "(2)"; items numbered anew in the lead-in's
own series go on the list.  Texts written here, with invented bodies; rows worked out by
hand."""

from __future__ import annotations

from tests.graph.test_members import members

BODY = "Comité Régional ad-hoc de lutte contre le choléra"


def test_a_numbered_paragraph_opens_the_lead_in_and_the_next_one_ends_the_list() -> None:
    text = (
        "Article 1er : Un Comité Régional ad-hoc de lutte contre le choléra est créé.\n"
        "Article 2 :\n"
        "(1) Présidé par le Gouverneur, le Comité se compose des membres suivants :\n"
        "- le Ministre de la Santé Publique ;\n"
        "- le Ministre des Transports.\n"
        "(2) Le Président du Comité peut inviter toute autre administration.\n"
        "Article 3 : Le Comité se réunit sur convocation de son Président.\n"
    )
    assert members(text) == {
        ("Ministre de la Santé Publique", "member", BODY),
        ("Ministre des Transports", "member", BODY),
    }


def test_items_numbered_in_the_lead_ins_own_series_go_on_the_list() -> None:
    # the lead-in's "(3)" and its items' "(1)", "(2)", ...: a new count, the items of the list
    text = (
        "(3) The Provincial Flood Response Committee shall be composed of the following members:\n"
        "(1) Ministry of Water;\n"
        "(2) Ministry of Finance;\n"
        "(3) Kenya Red Cross Society.\n"
    )
    assert members(text) == {
        ("Ministry of Water", "member", "Provincial Flood Response Committee"),
        ("Ministry of Finance", "member", "Provincial Flood Response Committee"),
        ("Kenya Red Cross Society", "member", "Provincial Flood Response Committee"),
    }


def test_a_french_lead_in_numbered_like_its_items_keeps_them() -> None:
    text = (
        "(2) Le Comité Régional de Gestion des Inondations se compose des membres "
        "suivants :\n"
        "(1) le Ministère de l'Hydraulique ;\n"
        "(2) le Ministère des Finances.\n"
    )
    body = "Comité Régional de Gestion des Inondations"
    assert members(text) == {
        ("Ministère de l'Hydraulique", "member", body),
        ("Ministère des Finances", "member", body),
    }


def test_the_next_number_of_the_lead_ins_series_still_ends_the_list() -> None:
    # "(2)" right below "(1) ... :" is the next clause, not a first item counted anew
    text = (
        "(1) The Provincial Flood Response Committee shall be composed of the following members:\n"
        "(2) The Committee may invite any other person to its meetings.\n"
    )
    assert members(text) == set()
