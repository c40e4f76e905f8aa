"""Round 36 (h-tidy36): a stand-in after a listed member ("or his nominee", "ou son
représentant", "o su representante", "ou seu suplente") is an aside in every language, read from
languages.toml's `or`, `possessive` and `stand_in` (labels.toml [members] aside): the member is
the office or organisation before it.  Texts written here, with invented bodies; rows worked out
by hand."""

from __future__ import annotations

import pytest
from snippets import roles

from coordkg.graph.extract.members import member_rules


def test_the_stand_in_aside_in_each_language() -> None:
    aside = member_rules().aside
    for item, name in [
        ("Minister for Water or his nominee", "Minister for Water"),
        ("le Directeur de la Prévention ou son représentant", "le Directeur de la Prévention"),
        ("el Secretario de Salud o su representante", "el Secretario de Salud"),
        ("o Diretor do Hospital ou seu suplente", "o Diretor do Hospital"),
    ]:
        hit = aside.search(item)
        assert hit is not None and item[: hit.start()] == name, item
    # an "or" between two names is no stand-in
    assert aside.search("le Ministre de la Santé ou de l'Agriculture") is None


@pytest.mark.parametrize(
    ("body", "text", "listed"),
    [
        (
            "Comité de Pilotage du Fonds Rural",
            "Art. 3. - Le Comité de Pilotage du Fonds Rural a la composition suivante :\n\n"
            "Membres :\n\n"
            "- le Directeur de la Prévention ou son représentant ;\n"
            "- le Ministre de l'Agriculture ou son représentant.\n",
            ["Directeur de la Prévention", "Ministre de l'Agriculture"],
        ),
        (  # a Portuguese verb-first composition
            "Comitê Estadual de Defesa Civil",
            "Art. 2º Comporão o Comitê Estadual de Defesa Civil representantes:\n"
            "I - do Ministério da Saúde ou seu representante;\n"
            "II - o Diretor do Hospital ou seu suplente;\n"
            "III - do Ministério dos Transportes.\n",
            ["Ministério da Saúde", "Diretor do Hospital", "Ministério dos Transportes"],
        ),
        (
            "Mesa Nacional de Gestión de Riesgos",
            "Artículo 2. La Mesa Nacional de Gestión de Riesgos tendrá la siguiente composición:"
            "\n\n- el Secretario de Salud o su representante;\n"
            "- el Ministro de Defensa o su representante.\n",
            ["Secretario de Salud", "Ministro de Defensa"],
        ),
    ],
)
def test_members_with_their_stand_ins(body: str, text: str, listed: list[str]) -> None:
    assert roles(text) == {(member, "member", body, "") for member in listed}
