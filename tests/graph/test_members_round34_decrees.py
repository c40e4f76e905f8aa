"""Round 34 (seen30's arrêté): a decree's article whose paragraph number opens the lead-in ("(1)
Présidé par le X, le Comité se compose des membres suivants :", the article's number on the line
above), the committee named in the article before and referred back to as "le Comité", and the
list ending at the article's next paragraph "(2)".  Texts written here, with invented bodies;
rows worked out by hand."""

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
