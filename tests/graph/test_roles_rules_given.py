"""A sentence is read by the role rules it is given, screened patterns included (roles.py)."""

from __future__ import annotations

from dataclasses import replace

from coordkg.graph.extract.roles import Context, _items, role_rules
from coordkg.graph.model import Sentence


def _kinds(text: str, triggers: bool) -> list[tuple[str, str]]:
    rules = role_rules()
    if not triggers:
        rules = replace(rules, triggers=())
    items = _items(Sentence(0, len(text), text), [], rules, Context())
    return [(i.kind, text[i.start : i.end]) for i in items]


def test_the_triggers_read_are_those_of_the_rules_given() -> None:
    text = "The group is chaired by the ministry, and by the governor."
    assert ("trigger", "chaired by") in _kinds(text, triggers=True)
    # the same sentence under rules without triggers: no trigger, the markers still read
    assert _kinds(text, triggers=False) == [("by", "and by")]
