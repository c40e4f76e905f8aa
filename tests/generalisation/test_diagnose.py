"""The diagnosis of missed rows (``tests/diagnose.py``) puts each row in the class its cause is."""

from __future__ import annotations

import pytest
from diagnose import classify
from goldmatch import ExtractionNames
from snippets import read

TEXT = (
    "The Protection Cluster is led by UNHCR. The Health Cluster meets every month in Juba. "
    "WFP also works in the country."
)


@pytest.mark.parametrize(
    ("row", "cause"),
    [
        # said, so a miss of it is lost after extraction (names, the build)
        (("UNHCR", "lead", "Protection Cluster", ""), "other"),
        (("UNHCR", "chair", "Protection Cluster", ""), "value"),  # another role
        (("UNHCR", "lead", "Protection Cluster", "Juba"), "value"),  # another scope
        (("WFP", "lead", "Health Cluster", ""), "link"),  # both named, never linked
        (("Acme Relief", "lead", "Protection Cluster", ""), "holder"),
        (("UNHCR", "lead", "Nutrition Cluster", ""), "body"),
        (("Acme Relief", "member", "Nutrition Cluster", ""), "both"),
    ],
)
def test_each_miss_gets_the_class_of_where_it_was_lost(
    row: tuple[str, str, str, str], cause: str
) -> None:
    ex = read(TEXT)
    assert classify(row, ex, ExtractionNames(ex.mentions)) == cause


def test_a_name_is_matched_as_the_gold_writes_it() -> None:
    """The gold may write a body with its acronym in brackets or in the plural."""
    ex = read(TEXT)
    names = ExtractionNames(ex.mentions)
    assert names.named("Protection Clusters")
    assert names.named("United Nations High Commissioner for Refugees")
