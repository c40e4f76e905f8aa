"""Portuguese government units named head first ("Serviço de ...", "Gabinete de ...", "Casa
Civil da ...") are organisations, as "Service de ..." is in French.  Texts written here."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _named(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entity.kind) for m in find_mentions(text, Resolver())]


def test_a_portuguese_service_or_cabinet_is_a_government_office() -> None:
    assert _named(
        "Integram o grupo o Serviço de Bombeiros e Salvamento e o Gabinete de Apoio Técnico."
    ) == [
        ("Serviço de Bombeiros e Salvamento", "GovernmentOffice"),
        ("Gabinete de Apoio Técnico", "GovernmentOffice"),
    ]


def test_the_casa_civil_of_a_presidency_is_a_government_office() -> None:
    assert _named("A força-tarefa é coordenada pela Casa Civil da Presidência.") == [
        ("Casa Civil da Presidência", "GovernmentOffice")
    ]
