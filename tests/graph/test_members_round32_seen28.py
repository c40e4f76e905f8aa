"""Round 32 (h-seen28): a composition with its members counted ("made up of eight members
from A, B and C"), and a member's long bracket saying whom it speaks for ("A (representing the
X and the Y partners)"), an aside and no further members.  Sentences written for these tests
after seen28's Somalia evaluation steering committee and seen20's "made up of seven
representatives of"."""

from __future__ import annotations

from snippets import roles


def test_a_counted_membership_lists_its_members() -> None:
    text = (
        "A steering committee managed the review. The Review Steering Committee was made up of "
        "six members from Oxfam, CARE (representing the Lakes Resilience Consortium and its "
        "partners), FAO and WFP."
    )
    assert roles(text) == {
        ("Oxfam", "member", "Review Steering Committee", ""),
        ("CARE", "member", "Review Steering Committee", ""),
        ("FAO", "member", "Review Steering Committee", ""),
        ("WFP", "member", "Review Steering Committee", ""),
    }


def test_an_object_pronoun_before_a_membership_verb_lists_the_members_of_the_body_before() -> None:
    # "Lo conformarán también representantes de A, de B y de C" after a sentence on the body
    text = (
        "El Comité de Lluvias del Lago estará presidido por el gobernador. Lo conformarán "
        "también representantes del Ministerio de Salud, del Ministerio de Educación, de la "
        "entidad de salud y del Sistema de Inteligencia."
    )
    assert {r for r in roles(text) if r[1] == "member"} == {
        ("Ministerio de Salud", "member", "Comité de Lluvias del Lago", ""),
        ("Ministerio de Educación", "member", "Comité de Lluvias del Lago", ""),
        ("Sistema de Inteligencia", "member", "Comité de Lluvias del Lago", ""),
    }
    text = "La Mesa de Lluvias del Lago coordina la respuesta. La integran UNICEF y el PMA."
    assert roles(text) == {
        ("UNICEF", "member", "Mesa de Lluvias del Lago", ""),
        ("WFP", "member", "Mesa de Lluvias del Lago", ""),
    }
