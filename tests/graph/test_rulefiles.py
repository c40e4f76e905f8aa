"""The checks made where the rule files are loaded (rulefiles.check_rules)."""

from __future__ import annotations

import pytest

from coordkg.graph.extract.rulefiles import check_rules, rules_file


def test_a_minutes_label_must_be_a_key_of_labels() -> None:
    data = {"labels": {"chair": {}, "facilitator": {}}, "minutes": {"labels": ["facilitatr"]}}
    with pytest.raises(ValueError, match="facilitatr"):
        check_rules("labels.toml", data)


def test_the_minutes_labels_of_labels_toml_are_all_labels() -> None:
    data = rules_file("labels.toml")
    check_rules("labels.toml", data)
    assert set(data["minutes"]["labels"]) <= set(data["labels"])
