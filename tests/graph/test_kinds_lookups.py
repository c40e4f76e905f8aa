"""The look-ups of the head rules that name finding asks at every line and token: worked out once,
they must say what going through every rule says."""

from __future__ import annotations

from coordkg.graph.extract.kinds import kinds
from coordkg.graph.extract.mentions import Recogniser
from coordkg.graph.extract.resolve import Resolver


def test_the_rules_by_length_are_every_rule_once_in_the_order_of_the_heads() -> None:
    k = kinds()
    for n, rules in k.by_length.items():
        assert rules == tuple(r for r in k.heads if len(r.head) == n)
    assert sum(map(len, k.by_length.values())) == len(k.heads)


def test_body_heads_are_the_suffix_heads_of_bodies() -> None:
    k = kinds()
    assert "working group" in k.body_heads
    assert k.body_heads == tuple(
        " ".join(h.head) for h in k.heads if not h.prefix and k.is_("body", h.kind)
    )


def test_a_plural_heading_names_its_head_and_a_sentence_none() -> None:
    """ "### Working Groups", "Active Sub-Clusters" are headings of bodies; a line with a
    function word, or longer than any head and one word, is not."""
    recognise = Recogniser("", Resolver())
    found = recognise._plural_body_head("### Working Groups")
    assert found is not None and found.head == ("working", "group")
    assert recognise._plural_body_head("Working Groups:") == found
    assert recognise._plural_body_head("Members of the working groups") is None
    assert recognise._plural_body_head("Working Group") is None  # singular: a name's head
    assert recognise._plural_body_head("Nutrition Health Shelter Logistics Working Groups") is None


def test_a_token_is_a_place_head_of_the_kind_its_singular_names() -> None:
    recognise = Recogniser("", Resolver())
    heads = kinds().place_heads
    head, kind = next(iter(heads.items()))
    assert recognise._place_head_kind(head) == kind
    assert recognise._place_head_kind(head + "s") == kind
    assert recognise._place_head_kind("zzz") is None
