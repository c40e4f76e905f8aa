"""Funding blocks in both layouts the plans use, on small documents of invented figures."""

from __future__ import annotations

from decimal import Decimal

from snippets import read

PDF_LAYOUT = """Funding Required

$10,500,000

People In Need

90,000

Target Beneficiaries

12,000

Objective
Keep people safe through assistance

$7,500,000
Funding Required

8,000
Target Beneficiaries

Shelter and Household Items

Funding Required

$5,000,000

Some text about shelter.

Cash Assistance in
Emergencies

Funding Required

https://example.org/x

$2,500,000

Objective
Build resilience

$3,000,000
Funding Required

Livelihoods

Funding Required

$3,000,000
"""

WEB_LAYOUT = (
    """Country Crisis Response Plan 2026

CRP last updated: March 2 2026
$9,000,000
Funding required
1,000
People Targeted
Objective 1 - Saving lives
Saving lives

$4,000,000
Funding required
Primary target groups
Internally displaced person

Objective 2 - Solutions
Solutions

$5,000,000
Funding required

Objective 1
Saving lives
$4,000,000
Funding required
[{"name":"Needs are met","y":70},{"name":"Risks are reduced","y":30}]

Water and sanitation     Priority
$6,000,000 Funding required
Related inter agency plans UNSDCF
"""
    + "Health    \n$3,000,000 Funding required\n \n"
)


def blocks(text: str) -> dict[str, tuple[str, Decimal, str | None, bool | None]]:
    return {
        b.title: (b.kind, b.funding.value.amount, b.objective, b.priority)  # type: ignore[union-attr]
        for b in read(text).blocks
    }


def test_pdf_layout_label_before_and_after_value() -> None:
    got = blocks(PDF_LAYOUT)
    assert got == {
        "": ("plan", Decimal(10500000), None, None),
        "Keep people safe through assistance": ("objective", Decimal(7500000), None, None),
        "Shelter and Household Items": (
            "programme",
            Decimal(5000000),
            "Keep people safe through assistance",
            None,
        ),
        "Cash Assistance in Emergencies": (
            "programme",
            Decimal(2500000),
            "Keep people safe through assistance",
            None,
        ),
        "Build resilience": ("objective", Decimal(3000000), None, None),
        "Livelihoods": ("programme", Decimal(3000000), "Build resilience", None),
    }


def test_pdf_layout_headline_counts_pair_with_the_right_labels() -> None:
    [plan] = [b for b in read(PDF_LAYOUT).blocks if b.kind == "plan"]
    assert (plan.people_in_need.value, plan.people_targeted.value) == (90000, 12000)  # type: ignore[union-attr]


def test_web_layout_objectives_merged_programmes_flagged_and_unassigned() -> None:
    ex = read(WEB_LAYOUT)
    got = blocks(WEB_LAYOUT)
    assert got["Saving lives"] == ("objective", Decimal(4000000), None, None)
    assert got["Water and sanitation"] == ("programme", Decimal(6000000), None, True)
    assert got["Health"] == ("programme", Decimal(3000000), None, False)
    saving = next(b for b in ex.blocks if b.title == "Saving lives")
    assert saving.number == 1 and saving.target_groups == ("Internally displaced person",)
    assert [(s.name, s.percent) for s in saving.shares] == [
        ("Needs are met", 70),
        ("Risks are reduced", 30),
    ]
    water = next(b for b in ex.blocks if b.title == "Water and sanitation")
    assert [p.acronym for p in water.related_plans] == ["UNSDCF"]
    assert ex.document.metadata.date == "2026-03-02"
    assert ex.document.metadata.period == "2026"
