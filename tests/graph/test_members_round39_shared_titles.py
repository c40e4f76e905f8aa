"""Round 39 (seen34's Mexico page): a plural title whose portfolios are many single ones parted
by commas, the last "and" before a portfolio with its own "of" ("las Secretarías de A, B, C, D y
E y del F": the "and" after the last comma is E's own, as a list of four or more remits is
portfolios, not one portfolio listing its remits), and the officials heading them named in lower
case before them ("los funcionarios titulares de las Secretarías de ..."): each office is a
member.  Texts written here, with invented portfolios and bodies; rows worked out by hand."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver

CONSEJO = "Consejo Estatal de Sequías"


def _names(text: str) -> list[str]:
    return [m.entity.name for m in find_mentions(text, Resolver())]


def test_four_commas_before_the_last_and_part_single_portfolios() -> None:
    text = (
        "Asisten las Secretarías de Pesca, Turismo, Minería, Cultura, Agua y Bosques y del "
        "Deporte y Recreación."
    )
    assert _names(text) == [
        "Secretaría de Pesca",
        "Secretaría de Turismo",
        "Secretaría de Minería",
        "Secretaría de Cultura",
        "Secretaría de Agua y Bosques",
        "Secretaría del Deporte y Recreación",
    ]


def test_one_comma_before_the_and_is_still_one_portfolio_listing_its_remits() -> None:
    text = "Asisten las Secretarías de Pesca, Caza y Bosques y del Deporte."
    assert _names(text) == ["Secretaría de Pesca, Caza y Bosques", "Secretaría del Deporte"]


def test_officials_heading_the_offices_name_the_offices_as_members() -> None:
    text = (
        f"El decreto crea la {CONSEJO}. Se integrarán al Consejo los funcionarios titulares de "
        "las Secretarías de Pesca, Turismo, Minería, Cultura y del Deporte."
    )
    assert roles(text) == {
        (f"Secretaría de {p}", "member", CONSEJO, "")
        for p in ("Pesca", "Turismo", "Minería", "Cultura")
    } | {("Secretaría del Deporte", "member", CONSEJO, "")}
