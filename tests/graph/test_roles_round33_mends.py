"""Round 33 review mends (h-mendB): "each of" in every language before any language's "of",
the seats after a head from one list, a Spanish secretary's line after a dash (the Spanish member
lists repeating their "a"/"al" are cases of test_roles_round33_romance's table).  Sentences
written for these tests, with invented bodies; rows worked out by hand."""

from __future__ import annotations

from snippets import read

from coordkg.graph.extract.kinds import kinds
from coordkg.graph.extract.mentions import _SEAT_AFTER
from coordkg.graph.extract.roles import _after_of


def test_each_of_in_any_language_before_any_languages_of() -> None:
    # the "each" words of every language stand before the "of" of every language: "Chacune de "
    # ends in the Spanish "de", "Cada uno de la " in the French "de la"; "each  of" two spaces
    for text in ("Cada uno de la ", "Chacune de ", "Each  of the ", "cada uma das "):
        assert not _after_of(text, 0, len(text)), text
    for text in ("la presidencia de la ", "the work of the ", "le secrétariat du "):
        assert _after_of(text, 0, len(text)), text


def test_the_seats_after_a_head_from_one_list() -> None:
    # kinds.toml's seats_after: a coordinator's seat as a verb's subject as well as a chair's
    assert _SEAT_AFTER.match(" Co-ordinators have come from") is not None
    assert _SEAT_AFTER.match(" Chairpersons were") is not None
    assert _SEAT_AFTER.match(" Chairs and Co-Chairs") is None
    # both lists spell "co-ordinator"
    assert "co-ordinator" in kinds().seats_of
    assert "co-ordinator" in kinds().seats_after


def test_a_spanish_secretary_on_a_dashed_line_is_no_office() -> None:
    # "- Secretaria Ejecutiva: A" is a woman's post; a decree's dashed line names the unit
    # with its capitalised "de X"
    text = "Mesa de Agua de Tarija\n- Secretaria Ejecutiva: Ana Ruiz\n"
    assert [m.surface for m in read(text).mentions] == ["Mesa de Agua de Tarija"]
    text = "Comissão Estadual\nI - Secretaria de Obras Públicas;\nII – Secretaria Geral de Saúde;\n"
    assert [(m.surface, m.entity.kind) for m in read(text).mentions][1:] == [
        ("Secretaria de Obras Públicas", "GovernmentOffice"),
        ("Secretaria Geral de Saúde", "GovernmentOffice"),
    ]
