"""The forms of the map and plan-to-plan pages, and what their fields ask for.

Plans are picked from the plans the graph holds (no empty box to guess a period into); the
fields are read back into the library's own request (:class:`MapRequest`), so the web asks
exactly what `coordkg map` would.
"""

from __future__ import annotations

from collections.abc import Sequence

from coordkg.errors import InputError
from coordkg.visualize.maps import ALL_PLANS, MapRequest
from coordkg.visualize.style import FAMILIES
from coordkg.web import pages

Plans = Sequence[tuple[str, str]]
"""The graph's plans, earliest first: (plan as questions take it, how a person knows it)."""

MAP_FIELDS = {
    "plan": "Plan",
    "compare": "Compared with",
    "focus": "Around",
    "depth": "Steps",
    "types": "Kinds",
}
"""Field labels, by the names the library's errors give the options (``--plan``)."""

DIFF_FIELDS = {"first": "From", "second": "To"}


def map_request(q: dict[str, str], plans: Plans) -> MapRequest:
    """The map the form's fields ask for: a plan (the latest by default) or two, a focus and
    how many steps around it, one kind of node or all.

    Raises:
        InputError: the depth is not a whole number.
    """
    plan = q.get("plan") or _last(plans)
    other = q.get("compare", "")
    depth = q.get("depth", "") or "1"
    if not depth.isdigit():
        raise InputError("--depth", f"must be a whole number, not {depth!r}")
    kind = q.get("kind", "")
    return MapRequest(
        plan="" if other else plan,
        compare=(plan, other) if other else None,
        focus=q.get("focus", "").strip(),
        depth=int(depth),
        types=(kind,) if kind else (),
    )


def map_form(q: dict[str, str], plans: Plans) -> str:
    """Plan, compared with, around, steps and kind, filled in as the visitor gave them."""
    choices = [*plans, (ALL_PLANS, "every plan")]
    kinds = [("", "every kind"), *((f.key, f.label) for f in FAMILIES)]
    fields = (
        pages.picker("plan", MAP_FIELDS["plan"], choices, q.get("plan") or _last(plans))
        + pages.picker(
            "compare",
            MAP_FIELDS["compare"],
            [("", "(no other plan)"), *plans],
            q.get("compare", ""),
        )
        + pages.field("focus", MAP_FIELDS["focus"], q.get("focus", ""), "search")
        + pages.field(
            "depth", MAP_FIELDS["depth"], q.get("depth") or "1", "number", ' min="1" max="5"'
        )
        + pages.picker("kind", MAP_FIELDS["types"], kinds, q.get("kind", ""))
    )
    return pages.form("/map", fields, "Draw")


def _last(plans: Plans) -> str:
    return plans[-1][0] if plans else ""


def diff_plans(q: dict[str, str], plans: Plans) -> tuple[str, str]:
    """The two plans to compare: those asked for, else the last two the graph holds."""
    default = [p for p, _ in plans[-2:]]
    first = q.get("first") or (default[0] if len(default) == 2 else "")
    second = q.get("second") or (default[-1] if default else "")
    return first, second


def diff_form(first: str, second: str, plans: Plans) -> str:
    fields = pages.picker("first", DIFF_FIELDS["first"], plans, first) + pages.picker(
        "second", DIFF_FIELDS["second"], plans, second
    )
    return pages.form("/diff", fields, "Compare")
