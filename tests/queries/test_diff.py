"""`coordkg diff`: changes between two plans, worked out by hand from the two bundled plans,
and the open-world rule (not restated is not ended) on two small plans of our own."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from coordkg.cli import cli
from coordkg.errors import InputError
from coordkg.graph.build import build
from coordkg.graph.store.local import GraphStore
from coordkg.queries.diff import diff, for_reading
from coordkg.queries.run import Source, source_of


def rows(table_rows: object) -> dict[tuple[str, str, str, str], dict[str, str]]:
    return {(r["change"], r["kind"], r["item"], r["scope"]): r for r in table_rows}  # type: ignore[attr-defined]


def test_roles_changed_new_and_not_restated(source: Source) -> None:
    found = rows(diff(source, "2020", "2025").as_dicts())
    # 2020: "co-lead of the Returns Working Group" and "continued leadership of the RWG";
    # 2025: "chairs the Returns Working Group (RWG)": one changed role, not two removals
    changed = found[("changed", "role", "IOM in RWG", "")]
    assert (changed["before"], changed["after"]) == ("co-lead; lead", "chair")
    assert "chairs the Returns Working Group (RWG)" in changed["evidence"]
    assert ("new", "role", "UNDP in DSTF", "") in found
    # 2025 no longer names the Humanitarian Country Team: not restated, not ended
    assert ("not restated", "role", "IOM in HCT", "") in found
    assert not any(k[0] == "ended" for k in found)


def test_bodies_deactivated_and_succeeded_with_their_sentence(source: Source) -> None:
    found = rows(diff(source, "2020", "2025").as_dicts())
    # the 2025 plan names it "National Protection Cluster": C9 keeps the level in the name
    deactivated = found[("deactivated", "body", "National Protection Cluster", "")]
    assert deactivated["after"] == "2023" and "deactivated in 2023" in deactivated["evidence"]
    succeeded = found[("succeeded by", "body", "National Protection Cluster", "")]
    assert succeeded["after"] == "Human Rights and Protection Platform Core Group"
    assert ("appears", "body", "Cash Working Group", "") in found


def test_funding_changes_absolute_and_relative(source: Source) -> None:
    found = rows(diff(source, "2020", "2025").as_dicts())
    total = found[("funding changed", "plan", "funding required (USD)", "")]
    # 175,260,200 - 148,654,000 = 26,606,200; / 148,654,000 = 17.9 %
    assert (total["absolute_change"], total["relative_change"]) == ("26606200", "17.9")
    protection = found[("funding changed", "programme", "Protection", "")]
    # 18,951,200 - 8,600,000 = 10,351,200; / 8,600,000 = 120.4 %
    assert (protection["before"], protection["after"]) == ("8600000", "18951200")
    assert (protection["absolute_change"], protection["relative_change"]) == ("10351200", "120.4")
    assert ("added", "programme", "Transitional justice", "") in found
    assert ("not restated", "programme", "Durable Solutions", "") in found
    # 2025 states no people-in-need figure: not restated, not a drop to nothing
    assert ("not restated", "plan", "people in need", "") in found


def test_a_role_ends_only_when_a_document_says_so(tmp_path: Path) -> None:
    (tmp_path / "plan-2021.txt").write_text(
        "Plan 2021\n\nIn 2021, UNHCR will chair the Shelter Working Group. "
        "UNICEF chairs the Nutrition Working Group. WFP chairs the Logistics Working Group.\n"
    )
    (tmp_path / "plan-2022.txt").write_text(
        "Plan 2022\n\nIn 2022, the Shelter Working Group, which was deactivated in 2021, will "
        "hand over to partners. UNICEF co-chairs the Nutrition Working Group.\n"
    )
    store = GraphStore(tmp_path / "store")
    build([tmp_path / "plan-2021.txt", tmp_path / "plan-2022.txt"], store, 10**6)
    with source_of(store) as s:
        found = rows(diff(s, "2021", "2022").as_dicts())
    ended = found[("ended", "role", "UNHCR in Shelter Working Group", "")]
    assert "deactivated in 2021" in ended["evidence"]
    assert ("not restated", "role", "WFP in Logistics Working Group", "") in found
    nutrition = found[("changed", "role", "UNICEF in Nutrition Working Group", "")]
    assert (nutrition["before"], nutrition["after"]) == ("chair", "co-chair")


def test_unknown_plan_is_an_input_error(source: Source) -> None:
    with pytest.raises(InputError, match="no such plan in the graph"):
        diff(source, "2020", "2031")


def test_command_csv_has_a_change_column_and_values_side_by_side(built: object) -> None:
    store = built[0]  # type: ignore[index]
    result = CliRunner().invoke(
        cli, ["diff", "2020", "2025", "--format", "csv", "--store", str(store.location)]
    )
    assert result.exit_code == 0
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert header == [
        "change",
        "kind",
        "item",
        "scope",
        "before",
        "after",
        "absolute_change",
        "relative_change",
        "evidence",
    ]


def test_roles_come_first_then_bodies_then_figures(source: Source) -> None:
    table = diff(source, "2020", "2025")
    kinds = list(dict.fromkeys(r["kind"] for r in table.as_dicts()))
    assert kinds == ["role", "body", "plan", "programme"]
    roles = [r["change"] for r in table.as_dicts() if r["kind"] == "role"]
    assert roles[0] == "changed" and roles[-1] == "not restated"


def test_people_read_figures_with_grouped_digits_csv_keeps_plain_ones(source: Source) -> None:
    table = diff(source, "2020", "2025")
    read = rows(for_reading(table).as_dicts())
    targeted = read[("changed", "plan", "people targeted", "")]
    assert (targeted["before"], targeted["after"]) == ("806,000", "426,700")
    assert read[("deactivated", "body", "National Protection Cluster", "")]["after"] == "2023"
    plain = rows(table.as_dicts())[("changed", "plan", "people targeted", "")]
    assert plain["before"] == "806000"
