"""A French portfolio's lower-case adjective ("Relations extérieures", "Protection civile")
goes on a French name only: an English name followed by the same word ("Ministry of Health
civil servants") ends before it.  Texts written here; rows worked out by hand."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.kinds import kinds


def test_an_english_name_does_not_take_a_french_adjective() -> None:
    assert roles("The Ministry of Health civil servants are members of the Health Cluster.") == {
        ("Ministry of Health", "member", "Health Cluster", "")
    }


def test_a_french_name_after_de_la_takes_a_shared_remit_adjective() -> None:
    assert roles(
        "Un comité ad hoc placé sous l'autorité de la Direction de la Protection civile suit "
        "la réponse."
    ) == {("Direction de la Protection civile", "lead", "comité ad hoc", "")}


def test_a_french_name_after_de_l_takes_its_adjective() -> None:
    assert roles(
        "Un comité ad hoc placé sous l'autorité du ministre de l'Administration territoriale "
        "suit la réponse."
    ) == {("ministre de l'Administration territoriale", "lead", "comité ad hoc", "")}


def test_the_portfolio_adjectives_take_in_the_bodies_remit_words() -> None:
    assert {"civile", "territoriale"} <= kinds().portfolios
