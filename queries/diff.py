"""What changed between two plans: roles, bodies, programmes and funding.

The graph is open-world: a role the later plan does not mention is "not restated", never
"ended", unless a document says its body was deactivated or succeeded. A role whose type
differs for the same organisation, body and scope is "changed" (co-lead -> chair), not one
role removed and another added. Every row carries the sentence it rests on.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass
from decimal import Decimal

from coordkg.errors import InputError
from coordkg.queries.catalogue import get
from coordkg.queries.columns import grouped
from coordkg.queries.run import Source
from coordkg.queries.table import Table

COLUMNS = (
    "change",
    "kind",
    "item",
    "scope",
    "before",
    "after",
    "absolute_change",
    "relative_change",
    "evidence",
)
_KIND_ORDER = ("role", "body", "plan", "programme")
"""Who does what comes first (a reader's first question), then the bodies, then the figures."""
_CHANGE_ORDER = (
    "changed",
    "ended",
    "deactivated",
    "succeeded by",
    "to be succeeded by",
    "new",
    "appears",
    "added",
    "funding changed",
    "not restated",
)
"""Within a kind: what a document says changed or ended before what is merely new or absent."""
FIGURES = frozenset({"plan", "programme"})
"""Kinds whose before and after are figures (people, US dollars), not roles or years."""


@dataclass(frozen=True)
class Change:
    """One row of the comparison."""

    change: str  # new | not restated | changed | ended | added | funding changed | appears ...
    kind: str  # plan | programme | role | body
    item: str
    scope: str = ""
    before: str = ""
    after: str = ""
    absolute_change: str = ""
    relative_change: str = ""
    evidence: str = ""


def _rows(source: Source, question: str, plan: str) -> list[dict[str, str]]:
    return source.ask(get(question), {"plan": plan}).as_dicts()


def _money_change(before: str, after: str) -> tuple[str, str]:
    """The change in dollars and in per cent (one decimal), as plain numbers."""
    a, b = Decimal(before), Decimal(after)
    relative = f"{(b - a) / a * 100:.1f}" if a else ""
    return f"{b - a}", relative


Rows = list[dict[str, str]]


def _roles(rows: Rows) -> dict[tuple[str, str, str], dict[str, str]]:
    """(organisation, body, scope) -> its roles ("co-lead; lead"), how to name it, evidence."""
    keyed: dict[tuple[str, str, str], dict[str, str]] = {}
    for r in rows:
        org = r["organization_acronym"] or r["organization"]
        item = f"{org} in {r['body_acronym'] or r['body']}"
        entry = keyed.setdefault((org, r["body"], r["scope"]), {"roles": "", "evidence": ""})
        entry["item"] = item
        entry["roles"] = "; ".join(sorted({*filter(None, entry["roles"].split("; ")), r["role"]}))
        entry["evidence"] = " | ".join(filter(None, (entry["evidence"], r["evidence"])))
    return keyed


def _role_changes(first: Rows, second: Rows, ended: dict[str, str]) -> list[Change]:
    """Roles of the two plans' ``roles`` rows: new, not restated (or ended), changed."""
    before, after = _roles(first), _roles(second)
    out = []
    for key in sorted(before.keys() | after.keys()):
        _, body, scope = key
        b, a = before.get(key), after.get(key)
        if a is None and b is not None:
            why = ended.get(body)
            change = "ended" if why else "not restated"
            out.append(
                Change(
                    change, "role", b["item"], scope, b["roles"], "", evidence=why or b["evidence"]
                )
            )
        elif b is None and a is not None:
            out.append(
                Change("new", "role", a["item"], scope, "", a["roles"], evidence=a["evidence"])
            )
        elif a is not None and b is not None and b["roles"] != a["roles"]:
            out.append(
                Change(
                    "changed",
                    "role",
                    a["item"],
                    scope,
                    b["roles"],
                    a["roles"],
                    evidence=a["evidence"],
                )
            )
    return out


def _body_changes(
    source: Source, plans: tuple[str, str], roles: tuple[Rows, Rows]
) -> tuple[list[Change], dict[str, str]]:
    """What either plan says happened to bodies (body name -> sentence, for roles that ended),
    and the bodies the later plan is the first to give roles in."""
    out = []
    ended: dict[str, str] = {}
    for plan in plans:
        for r in _rows(source, "body_changes", plan):
            detail = r["other"] or r["year"]
            out.append(Change(r["change"], "body", r["body"], after=detail, evidence=r["evidence"]))
            ended[r["body"]] = r["evidence"]
    earlier = {r["body"] for r in roles[0]}
    seen: set[str] = set()
    for r in roles[1]:
        if r["body"] not in earlier and r["body"] not in seen:
            seen.add(r["body"])
            out.append(Change("appears", "body", r["body"], evidence=r["evidence"]))
    return out, ended


def _programme_changes(source: Source, first: str, second: str) -> list[Change]:
    def keyed(plan: str) -> dict[str, dict[str, str]]:
        return {
            " ".join(r["programme"].lower().split()): r for r in _rows(source, "programmes", plan)
        }

    before, after = keyed(first), keyed(second)
    out = []
    for key in sorted(before.keys() | after.keys()):
        b, a = before.get(key), after.get(key)
        if a is None and b is not None:
            out.append(Change("not restated", "programme", b["programme"], before=b["funding_usd"]))
        elif b is None and a is not None:
            out.append(Change("added", "programme", a["programme"], after=a["funding_usd"]))
        elif a is not None and b is not None and a["funding_usd"] != b["funding_usd"]:
            absolute, relative = _money_change(b["funding_usd"], a["funding_usd"])
            out.append(
                Change(
                    "funding changed",
                    "programme",
                    a["programme"],
                    "",
                    b["funding_usd"],
                    a["funding_usd"],
                    absolute,
                    relative,
                )
            )
    return out


def _plan_changes(b: dict[str, str], a: dict[str, str]) -> list[Change]:
    """Funding and people figures of the two plans' ``plans`` rows."""
    out = []
    for field, label in (
        ("funding_usd", "funding required (USD)"),
        ("people_targeted", "people targeted"),
        ("people_in_need", "people in need"),
    ):
        if a[field] == b[field]:
            continue
        if not a[field] or not b[field]:  # open world: a figure one plan does not state
            change = "not restated" if b[field] else "new"
            out.append(Change(change, "plan", label, "", b[field], a[field]))
            continue
        absolute, relative = _money_change(b[field], a[field])
        change = "funding changed" if field == "funding_usd" else "changed"
        out.append(Change(change, "plan", label, "", b[field], a[field], absolute, relative))
    return out


def _plan(source: Source, plan: str) -> dict[str, str]:
    """The ``plans`` row of the one plan ``plan`` names.

    Raises:
        InputError: it names none, or several.
    """
    found = _rows(source, "plans", plan)
    if not found:
        names = {r["plan"] for r in _rows(source, "plans", "")}
        listed = ", ".join(sorted(names)) or "none"
        raise InputError(plan, f"no such plan in the graph (plans: {listed})")
    if len(found) > 1:
        raise InputError(
            plan, f"names {len(found)} plans: give a document id instead (see `coordkg documents`)"
        )
    return found[0]


def diff(source: Source, first: str, second: str) -> Table:
    """The changes from plan ``first`` to plan ``second`` (each a period or a document id).

    Raises:
        InputError: a plan is not in the graph.
    """
    plan_rows = _plan(source, first), _plan(source, second)
    roles = _rows(source, "roles", first), _rows(source, "roles", second)
    bodies, ended = _body_changes(source, (first, second), roles)
    changes = [
        *_plan_changes(*plan_rows),
        *_programme_changes(source, first, second),
        *_role_changes(*roles, ended),
        *bodies,
    ]
    changes.sort(key=_place)
    return Table(COLUMNS, tuple(astuple(c) for c in changes))


def _place(c: Change) -> tuple[int, int, str, str]:
    def at(order: tuple[str, ...], value: str) -> int:
        return order.index(value) if value in order else len(order)

    return at(_KIND_ORDER, c.kind), at(_CHANGE_ORDER, c.change), c.item, c.scope


def for_reading(table: Table) -> Table:
    """The comparison as a person reads it: the before and after figures with their digits
    grouped (``806,000``); the table itself keeps plain digits, for CSV and JSON."""
    kind, before, after = (table.columns.index(c) for c in ("kind", "before", "after"))

    def row(cells: tuple[str, ...]) -> tuple[str, ...]:
        if cells[kind] not in FIGURES:
            return cells
        out = list(cells)
        out[before], out[after] = grouped(cells[before]), grouped(cells[after])
        return tuple(out)

    return Table(table.columns, tuple(map(row, table.rows)))
