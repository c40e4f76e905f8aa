"""Round 34, committees a decree creates: a head-first committee's name written in French,
Spanish or Portuguese goes on through "ad hoc" after its capitalised words and through a remit
of fighting a threat ("de lutte contre la ..."), up to the verb after it; a capitalised
indefinite article opening the sentence ("Un Comité ... est créé") is no word of the name; "le
Comité" refers back to the committee named before, never with an adjective after it.  Texts
written here, with invented names."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entity.name) for m in find_mentions(text, Resolver())]


def test_ad_hoc_and_a_remit_against_a_threat_go_on_the_name() -> None:
    text = "Article 1er : Un Comité Régional ad-hoc de prévention et de lutte contre le choléra est créé."
    name = "Comité Régional ad-hoc de prévention et de lutte contre le choléra"
    assert _names(text) == [(name, name)]


def test_the_threat_ends_at_the_verb_after_it() -> None:
    text = "Il est créé un comité interministériel de lutte contre la peste porcine qui siège à Foumban."
    name = "comité interministériel de lutte contre la peste porcine"
    assert _names(text) == [(name, name)]


def test_a_capitalised_remit_against_a_threat() -> None:
    text = "Le Comité National de Lutte contre la Rage est présidé par le Ministre."
    name = "Comité National de Lutte contre la Rage"
    assert _names(text) == [(name, name)]  # "le Ministre" a post, no mention


def test_the_committee_is_referred_back_to() -> None:
    text = (
        "Un Comité Régional ad hoc de lutte contre le choléra est créé.\n"
        "Le Comité se réunit chaque mois."
    )
    name = "Comité Régional ad hoc de lutte contre le choléra"
    assert _names(text) == [(name, name), ("Le Comité", name)]


def test_un_is_no_name_word_but_un_women_keeps_its_acronym() -> None:
    text = "UN Women appuie. Une Commission Nationale de lutte contre la sécheresse est créée."
    names = [name for _, name in _names(text)]
    assert "Commission Nationale de lutte contre la sécheresse" in names
    assert not any(name.startswith("Une ") for name in names)


def test_le_comite_is_left_unread_after_two_committees_names() -> None:
    text = (
        "Arrêté portant création du Comité de Suivi des Vaccins.\n"
        "Article 1er : Est institué un Comité de Pilotage Régional.\n"
        "Article 2 : Le comité a pour missions de suivre les vaccins."
    )
    assert [surface for surface, _ in _names(text)] == [
        "Comité de Suivi des Vaccins",
        "Comité de Pilotage Régional",
    ]


def test_a_committee_qualified_after_its_noun_is_another_committee() -> None:
    # "le comité technique", "la commission consultative": an adjective after the noun names
    # another body than the one named before, no reference back
    text = (
        "Le Comité Provincial de Gestion des Inondations est créé.\n"
        "Le comité technique est présidé par le PAM.\n"
        "La commission consultative se réunit chaque mois."
    )
    name = "Comité Provincial de Gestion des Inondations"
    assert [(s, n) for s, n in _names(text) if n == name] == [(name, name)]
