"""Read a plan's figures: the headline, its objectives and its programmes (activity areas).

Plans print their figures as short lines next to a label, in either order and in two layouts:

    Shelter, Settlements and Non-Food Items        Camp coordination and camp management  Priority
    Funding Required                               $3,500,000 Funding required
    $21,920,000                                    Related inter agency plans UNSDCF

A label takes the nearest unused value of its type (money for funding, a count for people),
before it or after it.  Each funding figure opens a block titled by the heading above it.  The
first block before any objective is the plan's headline; a block under an "Objective" marker is
an objective; others are programmes, under the last objective only when that objective's
funding can hold them (so a list of programmes printed after all objectives is not forced
under the last one).  Chart data (JSON arrays) gives funding shares.

Other plans put the figure on the label's line ("Funding required: $27,500,000",
"Requirements (US$): 12.4M"), in a table whose header names the currency ("Protection
3,000,000", "Shelter/NFI | 2.1 M", "Education  9.6M  650K  240K" under a header whose money
column names it; closed by a "Total" that is the plan's figure, never a programme), in a box
of two-column PDF text whose amounts come out stacked above their titles (with no currency
header, money only when they add up to an amount the page states), or in prose: a list
of two or more items ("Health ($11,167,796), Education ($18,901,500)", "USD 15 million for
food security and USD 4 million for health") or an amount whose phrase says what it pays for
("$2 million will go towards early recovery"), or a programme named before the verb asking
for its amount ("Protection requires USD 12 million", "For shelter, $105 million is
required").  Factsheets list label lines ("Health: US$ 12.5 million", "$ 20.5 M Food
Security", a title over its amount), charts come out as titles and bare figures under a caption
naming the currency ("Funding requirements by sector (US$ million)") or stating their total
("(Total US$ 62 M)"), and cluster pages give the requirement under the cluster's heading or on
a dashboard tile ("US$ 47 million requested").  Any other lone amount in a sentence is a
passing mention.  The phrases are data (``rules/funding.toml``).  Nothing here knows a title or an
amount in advance.

This module walks the document and turns what its readers find into funding blocks; the
readers live beside it, named for what they read: ``programmes_lines`` (one line: a figure, a
label, a heading), ``programmes_phrases`` (the compiled phrases of ``funding.toml``),
``programmes_tables`` (table headers and rows, boxes of stacked figures) and
``programmes_prose`` (amounts in sentences, label lines, requirements under sector headings)
``programmes_side`` (a box of figures left at the ends of body lines) and
``programmes_components`` (a grant's shares by agency joined to the components naming them),
the last four as readers sharing ``programmes_blocks``' reading state.  ``extract_blocks`` is the
entry point the rest of coordkg imports.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

from coordkg.graph.extract.money import AMOUNT, amount
from coordkg.graph.extract.programmes_blocks import (
    _Block,
    _total,
    item_programme,
)
from coordkg.graph.extract.programmes_components import _ComponentReading
from coordkg.graph.extract.programmes_lines import (
    _COUNT,
    _GROUPS,
    _OBJECTIVE,
    _PRIORITY,
    _RELATED,
    Line,
    _heading,
    _int,
    _label,
    _labelled,
    _money,
    _neighbours,
)
from coordkg.graph.extract.programmes_phrases import (
    _project,
)
from coordkg.graph.extract.programmes_prose import (
    _ProseReading,
)
from coordkg.graph.extract.programmes_side import _SideReading
from coordkg.graph.extract.programmes_tables import (
    _TableReading,
)
from coordkg.graph.extract.resolve import Resolver, name_key
from coordkg.graph.model import Document, Entity, Figure, FundingBlock, Money, Share

_CODED = re.compile(r"^(?P<title>[A-Z][^:$\d]{10,150}?)\s+[–—-]\s+[A-Z]{2,6}-?\d{1,6}$")
"""A cover's title line ending in a dash and the appeal's code: "Relief to ... – XYZ151"."""
_NUMBERED = re.compile(r"^[A-Z][A-Z &/,-]{10,150}\s[A-Z]{0,6}\s?\d{3,}$")
"""A cover's capitalised heading ending in the operation's number ("... PRRO 200474")."""
_OPERATION_NUMBER = re.compile(
    r"^(?:\d{1,3}\s+)?(?P<title>[A-Z][A-Za-z ,&/'-]{10,150}?\s(?i:number|no\.)\s\d{3,})"
    r"(?:\s+[\"“][^\"”]*[\"”])?$"
)
"""A cover line naming the operation by its number, after a page number, before a quoted
tag: '1 Kyrgyz Republic Protracted Relief and Recovery Operation Number 200036 "Support ..."'."""
_COVER_TITLE = re.compile(r"^[A-Z][^:$\d]{10,200}$")
"""A title line under such a heading: words, no label, no figures."""


def _cover_title(lines: list[str]) -> str:
    """The title a cover gives its project without a "Title:" label (``[project]``): the last
    line before the cost lines ending in a dash and the code (the code cut), naming the
    operation by its number, or standing under a capitalised heading ending in the
    operation's number, or ""."""
    title, heading = "", False
    for text in (t.strip() for t in lines):
        if not text:
            continue
        if m := _CODED.match(text) or _OPERATION_NUMBER.match(text):
            title = m.group("title").strip()
        elif heading and _COVER_TITLE.match(text) and len(text.split()) >= 3:
            title = text
        heading = bool(_NUMBERED.match(text))
    return title


class _Reader(_TableReading, _ProseReading, _SideReading, _ComponentReading):
    """Reads a document's figures and labels into blocks, then sorts them into the plan,
    its objectives and its programmes."""

    def title_for(self, anchor: int) -> tuple[str, Line | None, int | None, bool]:
        """The heading above line ``anchor``: (title, its line, objective number, objective?)."""
        above = _neighbours(self.lines, anchor, -1)
        if above is None or not _heading(above):
            return "", None, None, False
        marker = _OBJECTIVE.match(above.text)
        if marker and not marker.group("title"):
            return "", above, int(marker.group("n")) if marker.group("n") else None, True
        if marker:
            return marker.group("title").strip(), above, _int(marker.group("n")), True
        higher = _neighbours(self.lines, above.index, -1)
        if higher is not None and (m := _OBJECTIVE.match(higher.text)):
            return above.text, above, _int(m.group("n")), True
        return above.text, above, None, False

    def read_funding(self) -> None:
        for line in self.lines:
            money = _money(line.text)
            if money is not None and money[1]:
                self.open_block(line, money[0], line.index)
                continue
            if (labelled := _labelled(line.text)) is not None:
                if labelled[1]:
                    self.blocks.append(_total(line, labelled[0]))
                else:
                    self.open_block(line, labelled[0], line.index)
                continue
            if _label(line.text) != "funding":
                continue
            for step in (-1, 1):
                near = _neighbours(self.lines, line.index, step)
                if near is not None and near.index not in self.used and (m := _money(near.text)):
                    self.used.update({near.index, line.index})
                    self.open_block(near, m[0], min(near.index, line.index))
                    break

    def open_block(self, money_line: Line, funding: Money, anchor: int) -> None:
        title, title_line, number, objective = self.title_for(anchor)
        priority: bool | None = None
        if title and _PRIORITY.search(title) and money_line.text.lower().endswith("required"):
            title, priority = _PRIORITY.sub("", title).strip(), True
        kind = "objective" if objective else "programme"
        sector = "" if objective else self.sector(title)
        self.blocks.append(
            _Block(
                kind,
                sector or title,
                title_line,
                money_line,
                funding,
                number,
                priority,
                last_line=money_line.index,
                itemised=bool(sector),  # a sector's requirement is never the plan's headline
                rule="sector" if sector else "",
            )
        )

    def read_details(self) -> None:
        """Counts, related plans, target groups and chart data, each to its block."""
        for line in self.lines:
            key = _label(line.text)
            if key and key != "funding":
                for step in (-1, 1):
                    near = _neighbours(self.lines, line.index, step)
                    if near is not None and near.index not in self.used and _COUNT.match(near.text):
                        block = self.block_at(min(near.index, line.index))
                        if block is not None and key not in block.figures:
                            block.figures[key] = (int(near.text.replace(",", "")), line)
                            block.last_line = max(block.last_line, line.index, near.index)
                        self.used.update({near.index, line.index})
                        break
            elif m := _RELATED.match(line.text):
                block = self.block_at(line.index)
                rest = m.group("rest").strip()
                if not rest and (nxt := _neighbours(self.lines, line.index, 1)):
                    rest = nxt.text
                if block is not None and rest:
                    block.related.extend(
                        p.strip() for p in re.split(r",|;|\band\b", rest) if p.strip()
                    )
            elif _GROUPS.match(line.text):
                block = self.block_at(line.index)
                j = line.index + 1
                while block is not None and j < len(self.lines) and self.lines[j].text:
                    block.groups.append(self.lines[j].text)
                    j += 1
            elif line.text.startswith("[") and (shares := _chart(line.text)):
                block = self.block_at(line.index)
                if block is not None:
                    block.shares.extend((n, p, line) for n, p in shares)

    def classify(self) -> None:
        """Headline, objectives merged by title, untitled chart repeats folded in."""
        headline = next((b for b in self.blocks if not b.itemised), None)
        if headline is not None and headline is self.blocks[0] and headline.kind != "objective":
            headline.kind, headline.title = "plan", ""
        self.project_total()
        totals = [b for b in self.blocks if b.kind == "total"]
        self.blocks = [b for b in self.blocks if b.kind != "total"]
        if totals and not any(b.kind == "plan" for b in self.blocks):
            # a "Total" is the plan's figure when nothing else gives it; never a programme
            totals[0].kind = "plan"
            self.blocks.insert(0, totals[0])
        objective_titles = {name_key(b.title): b for b in self.blocks if b.kind == "objective"}
        merged: list[_Block] = []
        for b in self.blocks:
            same = objective_titles.get(name_key(b.title)) if b.title else None
            if b.kind == "programme" and same is not None:
                b.kind, b.number = "objective", same.number
            twin = next(
                (
                    m
                    for m in merged
                    if m.kind == b.kind
                    and b.kind != "plan"
                    and (
                        (b.title and name_key(m.title) == name_key(b.title))
                        or (
                            not b.title
                            and not m.title
                            and m.funding == b.funding
                            and m is merged[-1]
                        )
                    )
                ),
                None,
            )
            if twin is not None and twin.funding == b.funding:
                twin.number = twin.number or b.number
                twin.figures = {**b.figures, **twin.figures}
                twin.related += [r for r in b.related if r not in twin.related]
                twin.groups += [g for g in b.groups if g not in twin.groups]
                twin.shares += b.shares
                continue
            merged.append(b)
        self.blocks = merged
        if any(b.priority for b in self.blocks):
            # Plans that flag priorities flag them on every titled programme line.
            for b in self.blocks:
                if b.kind == "programme" and b.priority is None and b.title:
                    b.priority = False

    def project_total(self) -> None:
        """A project document's total cost as its one programme, titled by its "Title:"
        label line ("Title: Assistance to Ghanaian refugees ..." over "Total cost to WFP
        US$602,902") or its cover's title line: the document is that project.  Blocks read on
        that line and on the cost lines right above it, its parts, give way, titled or not (a
        cost table's total under its caption's currency gives the amount when the line writes
        none)."""
        label, total = _project()
        titles = (m.group("title").strip() for ln in self.lines if (m := label.match(ln.text)))
        read = {b.money_line.index: b.funding for b in self.blocks}  # a table's bare figure
        costs = (
            ln
            for ln in self.lines
            if total.match(ln.text) and (AMOUNT.search(ln.text) or ln.index in read)
        )
        title, cost = next(titles, ""), next(costs, None)
        if cost is None:
            return
        title = title or _cover_title([ln.text for ln in self.lines if ln.index < cost.index])
        start = cost.index  # the cost lines it closes ("WFP food cost  7,423,704") are its parts
        while start and self.lines[start - 1].text:
            start -= 1
        self.blocks = [b for b in self.blocks if not start <= b.money_line.index <= cost.index]
        if not title:
            return
        written = list(AMOUNT.finditer(cost.text))
        money = amount(written[-1]) if written else read[cost.index]
        self.blocks.append(item_programme(title, None, cost, money, cost.index, "project"))
        self.blocks.sort(key=lambda b: b.money_line.index)

    def objectives_of_programmes(self) -> dict[int, str]:
        """Programme -> objective title, kept only where the objective's funding holds them."""
        current: _Block | None = None
        assigned: dict[int, _Block] = {}
        for i, b in enumerate(self.blocks):
            if b.kind == "objective":
                current = b
            elif b.kind == "programme" and current is not None:
                assigned[i] = current
        result: dict[int, str] = {}
        for objective in {id(o): o for o in assigned.values()}.values():
            members = [i for i, o in assigned.items() if o is objective]
            total = sum(self.blocks[i].funding.amount for i in members)
            if total <= objective.funding.amount:
                result.update({i: objective.title for i in members})
        return result

    def funding_blocks(self) -> list[FundingBlock]:
        self.read_funding()
        self.read_tables()
        self.read_stacks()
        self.read_summed()
        self.read_headed()
        self.read_lists()
        self.read_labels()
        self.read_side()
        self.read_components()
        self.read_details()
        self.classify()
        under = self.objectives_of_programmes()
        objectives = [b for b in self.blocks if b.kind == "objective"]
        out: list[FundingBlock] = []
        # C4 concerns one cluster's or sector's own page or chapter: a plan giving several
        # programmes their figures, a sector's among them, keeps its headings as written (C2)
        titles = {b.title for b in self.blocks if b.kind == "programme"}
        alone = len(titles) == 1 and all(self.sector(t) for t in titles)
        for i, b in enumerate(self.blocks):
            first = b.title_line or b.money_line
            last = self.lines[max(b.last_line, b.money_line.index)]
            if first.index > last.index:
                first, last = last, first
            rule = f"figures.{b.kind}.{b.rule}" if b.rule else f"figures.{b.kind}"
            ev = self.evidence(first, last, rule, 0.9)
            title = b.title or ("" if b.kind == "plan" else _untitled(b, objectives))
            title = self.body_named(title) if b.kind == "programme" and alone else title
            out.append(
                FundingBlock(
                    kind=b.kind,
                    title=title,
                    evidence=ev,
                    funding=Figure(b.funding, ev),
                    people_in_need=self._figure(b, "people_in_need"),
                    people_targeted=self._figure(b, "people_targeted"),
                    entities_targeted=self._figure(b, "entities_targeted"),
                    priority=b.priority,
                    related_plans=tuple(self._plan(r) for r in b.related),
                    target_groups=tuple(b.groups),
                    shares=tuple(
                        Share(n, p, self.evidence(ln, ln, "figures.chart", 0.9))
                        for n, p, ln in b.shares
                    ),
                    objective=b.under or under.get(i),
                    number=b.number,
                )
            )
        return out

    def _figure(self, b: _Block, key: str) -> Figure | None:
        if key not in b.figures:
            return None
        value, line = b.figures[key]
        return Figure(value, self.evidence(line, line, f"figures.{key}", 0.9))

    def _plan(self, name: str) -> Entity:
        return self.resolver.known(name) or self.resolver.resolve(name, "InterAgencyPlan")


def _chart(text: str) -> list[tuple[str, Decimal]] | None:
    """Chart data: ``[{"name": ..., "y": 60}, ...]`` or ``[["name", 40], ...]``."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    out: list[tuple[str, Decimal]] = []
    if not isinstance(data, list):
        return None
    for item in data:
        if isinstance(item, dict) and "name" in item and "y" in item:
            out.append((str(item["name"]), Decimal(str(item["y"]))))
        elif isinstance(item, list) and len(item) == 2 and isinstance(item[1], int | float):
            out.append((str(item[0]), Decimal(str(item[1]))))
        else:
            return None
    return out or None


def _untitled(b: _Block, objectives: list[_Block]) -> str:
    """A name for a block the plan prints without a heading, from what it is."""
    titles = [name_key(o.title) for o in objectives]
    spread = [s for s in b.shares if any(name_key(s[0]) in t for t in titles)]
    if len(spread) >= 2:
        return "Cross-cutting (untitled in the plan)"
    return "Untitled funding block"


def extract_blocks(doc: Document, resolver: Resolver) -> list[FundingBlock]:
    """The plan headline, objectives and programmes of a document, with their evidence."""
    return _Reader(doc, resolver).funding_blocks()
