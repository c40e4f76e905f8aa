"""Round 25 (seen21's member lists in Spanish and Portuguese): a table or network named head
first ("Mesa Multisectorial ...", "Rede ..."), "la Mesa" and "a rede" referring back to it, the
inverted "forman parte de la Mesa A, B y C" with its groups between semicolons and the members a
fronted "Junto a A," names, a gathering verb after the body ("a rede congrega ONGs, como A e
B"), items after those languages' articles and "and" words, a common noun after an article
describing a member without ending the list (names no rule knows count where the list names a
known one too, as in English).  Texts written here, with invented bodies and
organisations, after the constructions of seen21's Peruvian and Argentine pages; rows worked out
by hand."""

from __future__ import annotations

import pytest

from tests.graph.test_linear_reading import growth, read
from tests.graph.test_members import members


def test_members_written_after_the_body_they_form_part_of_in_spanish() -> None:
    text = (
        "Noticias\n\n"
        "La Mesa Multisectorial para Migrantes se reunió en Lago Azul.\n\n"
        "Junto a Cancillería Lago Azul, forman parte de la Mesa las direcciones regionales de "
        "Salud y Trabajo; la jefatura local de Migraciones, la PNP, la Defensoría del Pueblo, las "
        "municipalidades y el Centro de Atención Mujer, además de otros actores.\n"
    )
    body = "Mesa Multisectorial para Migrantes"
    assert members(text) == {
        ("PNP", "member", body),
        ("Defensoría del Pueblo", "member", body),
        ("Centro de Atención Mujer", "member", body),
        ("Cancillería Lago Azul", "member", body),
    }


def test_a_network_gathering_organisations_such_as_those_named_in_portuguese() -> None:
    text = (
        "Notícias\n\n"
        "O governo e as agências criaram a Rede Humanitária do Lago Azul (RHLA).\n\n"
        "Além disso, a rede congrega ONGs internacionais, como a Caritas Lago Azul, a Agência "
        "Solidária de Socorro (ASS) e os Médicos do Lago.\n"
    )
    body = "Rede Humanitária do Lago Azul"
    assert members(text) == {
        ("Caritas Lago Azul", "member", body),
        ("Agência Solidária de Socorro", "member", body),
        ("Médicos do Lago", "member", body),
    }


@pytest.mark.parametrize("opener", ["tais como", "entre eles", "incluindo"])
def test_every_portuguese_opener_of_examples_names_the_members(opener: str) -> None:
    # the Portuguese openers are read from rules/languages.toml like the others (a merge had
    # left them where no reader looked: "ONGs internacionais" came out as a member, or nothing)
    text = (
        "Notícias\n\n"
        "O governo e as agências criaram a Rede Humanitária do Lago Azul (RHLA).\n\n"
        f"Além disso, a rede congrega ONGs internacionais, {opener} a Caritas Lago Azul, a "
        "Agência Solidária de Socorro (ASS) e os Médicos do Lago.\n"
    )
    body = "Rede Humanitária do Lago Azul"
    assert members(text) == {
        ("Caritas Lago Azul", "member", body),
        ("Agência Solidária de Socorro", "member", body),
        ("Médicos do Lago", "member", body),
    }


def test_an_and_word_before_of_the_stays_inside_one_name() -> None:
    text = (
        "Notícias\n\n"
        "A Rede Solidária do Lago (RSL) foi criada em maio.\n\n"
        "A rede congrega a Federação das Sociedades da Cruz Azul e do Crescente Azul e o "
        "UNICEF.\n"
    )
    body = "Rede Solidária do Lago"
    assert members(text) == {
        ("Federação das Sociedades da Cruz Azul e do Crescente Azul", "member", body),
        ("United Nations Children's Fund", "member", body),
    }


def test_red_cross_is_no_spanish_network() -> None:
    text = (
        "News\n\nThe Lakeside Relief Committee is made up of the Lakeside Red Cross and UNICEF.\n"
    )
    body = "Lakeside Relief Committee"
    assert members(text) == {
        ("Lakeside Red Cross", "member", body),
        ("United Nations Children's Fund", "member", body),
    }


def test_members_after_the_body_they_form_part_of_are_read_in_linear_time() -> None:
    # each sentence names its body once and reads its groups once, to its own end
    def page(n: int) -> str:
        return "Noticias\n\n" + "".join(
            f"La Mesa Multisectorial de Zona {i} se reunió. Junto a Cancillería Zona {i}, forman "
            f"parte de la Mesa Sumar, la Defensoría del Pueblo; la PNP y el Centro Mujer.\n"
            for i in range(n)
        )

    small, large = page(500), page(4000)
    ratio = growth(read, small, large)
    assert ratio < 24, f"8x the sentences took {ratio:.1f}x as long (quadratic: 64x)"
