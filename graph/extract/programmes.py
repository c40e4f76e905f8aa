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
of two-column PDF text whose amounts come out stacked above their titles, or in prose: a list
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
``programmes_tables`` (table headers and rows) and ``programmes_prose`` (amounts in sentences).
``extract_blocks`` is the entry point the rest of coordkg imports.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from coordkg.graph.extract.money import (
    BARE,
    value,
    whole_amount,
)
from coordkg.graph.extract.programmes_lines import (
    _COUNT,
    _GROUPS,
    _NUMBERING,
    _OBJECTIVE,
    _PRIORITY,
    _RELATED,
    _RULE,
    _SECTOR_HEAD,
    _TOTAL,
    _bare,
    _continues,
    _heading,
    _int,
    _label,
    _labelled,
    _Line,
    _lines,
    _money,
    _neighbours,
    _stack_title,
)
from coordkg.graph.extract.programmes_phrases import (
    _BULLET,
    _DETERMINERS,
    _MEMBERS,
    _labels,
    _stack_gap,
    _tile,
    _tile_rules,
)
from coordkg.graph.extract.programmes_prose import (
    _amount_items,
    _Item,
    _leader_items,
    _parenthesised,
    _sector_items,
)
from coordkg.graph.extract.programmes_tables import (
    _CELLS,
    _COLUMNS,
    _JOINED,
    _ROW_CELLS,
    _TABLE_HEADER,
    _TABLE_ROW,
    _cell_money,
    _row_money,
    _table_unit,
    _title_piece,
    _under_header,
    _Unit,
)
from coordkg.graph.extract.resolve import Resolver, name_key
from coordkg.graph.model import Document, Entity, Evidence, Figure, FundingBlock, Money, Share

_ACRONYM_TAIL = re.compile(r"\s*\([A-Z][A-Za-z/&-]{1,11}\)$")
"""A sector's acronym in brackets after its name in a heading: "... MANAGEMENT (CCCM)"."""
_CLUSTER_WORD = re.compile(r"\s(?:cluster|sector)\b", re.IGNORECASE)


@dataclass
class _Block:
    kind: str
    title: str
    title_line: _Line | None
    money_line: _Line
    funding: Money
    number: int | None = None
    priority: bool | None = None
    figures: dict[str, tuple[int, _Line]] = field(default_factory=dict)
    related: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    shares: list[tuple[str, Decimal, _Line]] = field(default_factory=list)
    last_line: int = 0
    under: str | None = None  # the objective a budget table puts this programme under
    itemised: bool = False  # a row of a table or an item of a list: never the plan's headline
    rule: str = ""  # the rule of funding.toml that read it, when one did


class _Label(NamedTuple):
    """A programme's title and amount printed as a label, on one line or two."""

    title_line: _Line
    money_line: _Line
    title: str
    money: Money
    rule: str  # "labelled" (one line) or "paired" (a title over its amount)


class _Reader:
    def __init__(self, doc: Document, resolver: Resolver) -> None:
        self.doc = doc
        self.resolver = resolver
        self.lines = _lines(doc.text)
        self.blocks: list[_Block] = []
        self.used: set[int] = set()

    def layout(self, line: _Line) -> str:
        """The line as the file spaces it."""
        start, end = self.doc.raw_span(line.start, line.end)
        return self.doc.raw[start:end]

    def evidence(self, first: _Line, last: _Line, rule: str, confidence: float) -> Evidence:
        start, end = self.doc.raw_span(first.start, last.end)
        quote = " | ".join(ln.text for ln in self.lines[first.index : last.index + 1] if ln.text)
        return Evidence(self.doc.id, start, end, quote, rule, confidence)

    def title_for(self, anchor: int) -> tuple[str, _Line | None, int | None, bool]:
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

    def open_block(self, money_line: _Line, funding: Money, anchor: int) -> None:
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

    def block_at(self, index: int) -> _Block | None:
        """The block a line belongs to: the last one whose funding line comes before it."""
        found = None
        for b in self.blocks:
            if b.money_line.index <= index:
                found = b
        return found

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

    def read_tables(self) -> None:
        """Budget tables: a header naming the currency ("(USD)", "US$ million"), rows
        "Title  38,400,000  MRP" or "Title | 2.1 M", a title wrapped onto the line above its
        row, groups under "Strategic Objective N: ..." closed by a "Subtotal" that is the
        objective's funding, and a "Total" that is not a programme.  Tables without a currency
        are not read as money (they may count people)."""
        unit: _Unit | None = None
        rows = 0
        group: list[_Block] = []
        marker: _Line | None = None
        tails: set[int] = set()
        for line in self.lines:
            text = line.text.strip("| ").replace(" | ", " ")
            if line.index in tails:
                continue
            if unit is None or (rows and _table_unit(line.text)):
                unit, rows = _table_unit(line.text, self.layout(line)), 0
                continue
            if not text or _RULE.match(re.sub(r"[|: ]", "", text)):
                continue
            objective = _OBJECTIVE.match(text)
            if objective and objective.group("title"):
                marker, group = line, []
                continue
            row = _TABLE_ROW.match(text)
            if row is None:
                heading = _TABLE_HEADER.search(text) or (not rows and _under_header(text))
                if not heading and not self._wraps_title(line):
                    unit = None
                continue
            amount_ = _row_money(row, unit)
            if amount_ is None:
                unit = None
                continue
            rows += 1
            title, first, tail = self._row_title(line, row.group("title").strip(), tails)
            if tail is not None:
                tails.add(tail.index)
            if _TOTAL.match(title):
                if not title.lower().startswith("sub"):
                    self.blocks.append(_total(line, amount_))
                elif marker is not None:
                    m = _OBJECTIVE.match(marker.text)
                    assert m is not None
                    self.blocks.append(
                        _Block(
                            "objective",
                            m.group("title").strip(),
                            marker,
                            line,
                            amount_,
                            _int(m.group("n")),
                            last_line=line.index,
                            itemised=True,
                        )
                    )
                    for b in group:
                        b.under = m.group("title").strip()
                marker, group = None, []
                continue
            block = _Block(
                "programme",
                title,
                first,
                line,
                amount_,
                last_line=tail.index if tail else line.index,
                itemised=True,
                rule=unit.rule if len(_ROW_CELLS.findall(row.group("cells"))) == 1 else "columns",
            )
            if row.group("related"):
                block.related.append(row.group("related"))
            self.blocks.append(block)
            group.append(block)
        self.blocks.sort(key=lambda b: b.money_line.index)

    def _row_title(
        self, line: _Line, title: str, tails: set[int]
    ) -> tuple[str, _Line, _Line | None]:
        """A row's whole title, with the line it starts on and the line under the row it
        ends on, if any: "Food" / "Security &  51.0M  1.9M" / "Agriculture".  A line that
        ended the row above (``tails``) does not start this one."""
        first = line
        above = line.index - 1
        if above >= 0 and above not in tails and self._wraps_title(self.lines[above]):
            first = self.lines[above]
            title = f"{first.text.strip('| ')} {title}"
        below = self.lines[line.index + 1] if line.index + 1 < len(self.lines) else None
        if below is not None and _JOINED.search(title) and _title_piece(below.text.strip("| ")):
            return f"{title} {below.text.strip('| ')}", first, below
        return title, first, None

    def _wraps_title(self, line: _Line) -> bool:
        """Whether ``line`` is the first part of the title of the table row right under it
        ("Shelter and Non-Food" over "Items  2.1 M")."""
        below = self.lines[line.index + 1] if line.index + 1 < len(self.lines) else None
        return (
            below is not None
            and _title_piece(line.text.strip("| "))
            and _TABLE_ROW.match(below.text.strip("| ").replace(" | ", " ")) is not None
        )

    def read_lists(self) -> None:
        """Amounts in prose: two or more in one sentence ("Health ($11,167,796), Education
        ($18,901,500) and Protection ($5,000,000)", "USD 63 million for health and USD 20
        million for shelter"), or one whose phrase says what it pays for ("$2 million will go
        towards early recovery").  Any other lone amount is a passing mention, not a block, and
        an amount given to an agency or a country ("$500,000 will go to FAO") is no programme.
        A sentence hard-wrapped over several lines is one list: "$58 million for food
        security," / "$41 million for nutrition and $7 million for education." lists three."""
        about, section = "", ""
        sentence: list[tuple[_Line, list[_Item]]] = []
        for line in self.lines:
            if sentence and not _continues(sentence[-1][0], line):
                self.add_sentence(sentence)
                sentence = []
            if (tile := _tile(line.text)) is not None:
                self.add_items([_Item(section, tile, "tile")] if section else [], line)
                continue
            if (_heading(line) or line.text.startswith("#")) and len(line.text) <= 80:
                about = self.sector(line.text) or about
                section = self.sector_within(line.text)
            items = (
                _parenthesised(line.text)
                or _leader_items(line.text)
                or _amount_items(line.text, about)
            )
            sentence.append((line, [i for i in items if not self._lists_known(i.title)]))
        self.add_sentence(sentence)
        self.blocks.sort(key=lambda b: b.money_line.index)

    def add_sentence(self, lines: list[tuple[_Line, list[_Item]]]) -> None:
        """The items of one sentence, line by line: all of them when it lists two or more,
        else only one whose phrase says what it pays for."""
        items = _sector_items([i for _, found in lines for i in found])
        for line, found in lines:
            kept = [i for i in found if i in items and (len(items) >= 2 or i.rule != "listed")]
            self.add_items(kept, line)

    def _lists_known(self, title: str) -> bool:
        """Whether the resolver knows the title or a member of the list it makes: money
        "requested for Burundi, DR Congo and the transit centre" goes to places."""
        members = [title, *_MEMBERS.split(title)]
        return any(self.resolver.known(_DETERMINERS.sub("", m.strip())) for m in members)

    def add_items(self, items: list[_Item], line: _Line) -> None:
        """A programme for each item read in ``line``."""
        for item in items:
            self.blocks.append(
                _Block(
                    "programme",
                    item.title,
                    line,
                    line,
                    item.money,
                    last_line=line.index,
                    itemised=True,
                    rule=item.rule,
                )
            )

    def sector_within(self, heading: str) -> str:
        """The sector of a cluster a heading names among other words ("Formal Health Cluster
        System data as of June 2024" -> Health), the longest run of words before "Cluster"
        that the resolver knows as a cluster, or ""."""
        title = _NUMBERING.sub("", heading)
        m = _CLUSTER_WORD.search(title)
        if m is None:
            return ""
        words = title[: m.start()].split()[-_tile_rules().max_words :]
        for i in range(len(words)):
            name = " ".join(words[i:])
            hit = self.resolver.known(f"{name} Cluster")
            if hit is not None and hit.kind == "Cluster":
                return name
        return ""

    def read_labels(self) -> None:
        """Runs of label lines ("Health: US$ 12.5 million" / "- WASH – $3.2M"), each a
        programme; a lone label line, a line a table already read, or a title the resolver
        knows (an agency, a donor, a country) is not one."""
        taken = {b.money_line.index for b in self.blocks}
        run: list[_Label] = []
        paired = -1
        for line in self.lines:
            if not line.text or line.index == paired:
                continue
            label = self.label(line, taken)
            if label is not None and not self._known(label.title):
                paired = label.money_line.index
                run.append(label)
                continue
            self.add_labels(run)
            run = []
        self.add_labels(run)
        self.blocks.sort(key=lambda b: b.money_line.index)

    def label(self, line: _Line, taken: set[int]) -> _Label | None:
        """The label ``line`` starts: a label line, or a title line over a line holding only
        its amount with its currency ("Food Security" / "$ 20.5 M"), as charts flattened to
        text print them."""
        if line.index in taken:
            return None
        if (item := _labels().item(line.text)) is not None:
            return _Label(line, line, *item, "labelled")
        below = self.lines[line.index + 1] if line.index + 1 < len(self.lines) else None
        if below is None or below.index in taken or not _stack_title(line.text):
            return None
        money = whole_amount(below.text)
        title = _BULLET.sub("", line.text).strip()
        if money is None or not _labels().names_programme(title):
            return None
        return _Label(line, below, title, money, "paired")

    def read_headed(self) -> None:
        """A sector's figures in columns under a sector's heading, the labels on one line and
        the figures on the next ("PEOPLE IN NEED  REQUIREMENTS (US$)  PEOPLE TARGETED" over
        "150,000  350,000  20,000"): the figure under the currency's label is the sector's
        requirement.  With no sector heading above, such figures are the whole plan's."""
        about = ""
        for line in self.lines:
            unit = _table_unit(line.text, self.layout(line))
            if unit is None and _heading(line) and ":" not in line.text:
                about = self.sector(line.text)  # a label line ("Lead agency: IOM") keeps it
            if not about or unit is None or unit.columns < 2:
                continue
            below = _neighbours(self.lines, line.index, 1)
            if below is None:
                continue
            cells = [c for c in _COLUMNS.split(self.layout(below).strip("| ")) if c.strip()]
            if len(cells) != unit.columns or not all(_bare(c.strip()) for c in cells):
                continue
            bare = BARE.match(cells[unit.column].strip())
            assert bare is not None
            multiplier = 1 if bare.group("scale") else unit.multiplier
            money = Money(value(bare.group("num"), bare.group("scale"), multiplier), unit.code)
            self.blocks.append(
                _Block(
                    "programme",
                    about,
                    line,
                    below,
                    money,
                    last_line=below.index,
                    itemised=True,
                    rule="headed",
                )
            )
        self.blocks.sort(key=lambda b: b.money_line.index)

    def sector(self, heading: str) -> str:
        """The sector or cluster a heading names ("3.7 Nutrition", "Protection Cluster",
        "NUTRITION (NUT)"), as the heading writes it without its numbering or acronym, or ""
        when it names none."""
        title = _ACRONYM_TAIL.sub("", _NUMBERING.sub("", heading)).strip()
        if _SECTOR_HEAD.search(title):
            return title
        hit = self.resolver.known(f"{title} Cluster") if title else None
        return title if hit is not None and hit.kind == "Cluster" else ""

    def _known(self, title: str) -> bool:
        """Whether the resolver knows the title or each of its parts between slashes
        ("UNICEF/WHO"); "USAID/OFDA Assistance to Georgia" names what a donor gave."""
        parts = title.split("/")
        return self.resolver.known(title.strip()) is not None or all(
            self.resolver.known(p.strip()) for p in parts
        )

    def add_labels(self, run: list[_Label]) -> None:
        """A programme for each label of ``run`` when the run is long enough."""
        if len(run) < _labels().min_run:
            return
        for label in run:
            self.blocks.append(
                _Block(
                    "programme",
                    label.title,
                    label.title_line,
                    label.money_line,
                    label.money,
                    last_line=label.money_line.index,
                    itemised=True,
                    rule=label.rule,
                )
            )

    def read_stacks(self) -> None:
        """Figures apart from their titles under a header naming the currency: two-column
        PDF text whose box ("IOM APPEAL (in USD)") comes out as a run of bare amounts ("32 M"
        / "36 M") then as many title lines, and charts flattened to text under their caption
        ("Funding requirements by sector (US$ million)"): titles then as many figures, or each
        title over its figure.  A run of figures with no currency header near above counts
        people."""
        unit: _Unit | None = None
        lead: list[tuple[_Line, _Line]] = []
        gap = 0
        i = 0
        while i < len(self.lines):
            text = self.lines[i].text
            if text and (found := _table_unit(text)) is not None:
                unit, gap, lead = found, 0, self._caption_lead(self.lines[i])
                i += 1 + len(lead)
                continue
            pairs, rule = self._apart(i) if unit is not None and gap <= _stack_gap() else ([], "")
            if unit is None or not pairs:
                gap += bool(text)
                i += 1
                continue
            self.add_stack(lead + pairs, unit, rule)
            unit, lead, i = None, [], max(ln.index for pair in pairs for ln in pair) + 1
        self.blocks.sort(key=lambda b: b.money_line.index)

    def _caption_lead(self, caption: _Line) -> list[tuple[_Line, _Line]]:
        """The chart's first title when the PDF text flattens it onto its caption's line
        ("Requirements by Cluster (million $) Food Security"), paired with the figure under
        it, or none."""
        close = caption.text.rfind(")")
        tail = caption.text[close + 1 :].strip() if close >= 0 else ""
        below = self.lines[caption.index + 1] if caption.index + 1 < len(self.lines) else None
        if below is None or not tail[:1].isupper() or not _stack_title(tail):
            return []
        if not _bare(below.text):
            return []
        offset = caption.text.index(tail, close)
        return [(below, _Line(caption.index, caption.start + offset, tail))]

    def _apart(self, i: int) -> tuple[list[tuple[_Line, _Line]], str]:
        """(amount line, title line) pairs of figures printed apart from their titles from
        line ``i`` on, with the rule that read them, or none."""
        amounts = self._run(i, _bare)
        if len(amounts) >= 2:
            titles = self._run(i + len(amounts), _stack_title)
            return (
                (list(zip(amounts, titles, strict=True)), "stacked")
                if len(titles) == len(amounts)
                else ([], "")
            )
        titles = self._run(i, _stack_title)
        if len(titles) >= 2:
            figures = self._run(i + len(titles), _bare)
            return (
                (list(zip(figures, titles, strict=True)), "charted")
                if len(figures) == len(titles)
                else ([], "")
            )
        pairs: list[tuple[_Line, _Line]] = []
        j = i
        while j + 1 < len(self.lines) and _stack_title(self.lines[j].text):
            if not _bare(self.lines[j + 1].text):
                break
            pairs.append((self.lines[j + 1], self.lines[j]))
            j += 2
        return (pairs, "charted") if len(pairs) >= 2 else ([], "")

    def _run(self, start: int, test: Callable[[str], bool]) -> list[_Line]:
        """The lines from ``start`` on that pass ``test``, up to the first that does not."""
        end = start
        while end < len(self.lines) and self.lines[end].text and test(self.lines[end].text):
            end += 1
        return self.lines[start:end]

    def add_stack(self, pairs: list[tuple[_Line, _Line]], unit: _Unit, rule: str) -> None:
        """A programme for each (amount line, title line) pair."""
        for money_line, title_line in pairs:
            cell = _CELLS.fullmatch(money_line.text)
            money = _cell_money(cell, unit) if cell else None
            if money is not None and not self._known(title_line.text):
                first, last = sorted((money_line, title_line), key=lambda ln: ln.index)
                self.blocks.append(
                    _Block(
                        "programme",
                        title_line.text,
                        first,
                        money_line,
                        money,
                        last_line=last.index,
                        itemised=True,
                        rule=rule,
                    )
                )

    def funding_blocks(self) -> list[FundingBlock]:
        self.read_funding()
        self.read_tables()
        self.read_stacks()
        self.read_headed()
        self.read_lists()
        self.read_labels()
        self.read_details()
        self.classify()
        under = self.objectives_of_programmes()
        objectives = [b for b in self.blocks if b.kind == "objective"]
        out: list[FundingBlock] = []
        for i, b in enumerate(self.blocks):
            first = b.title_line or b.money_line
            last = self.lines[max(b.last_line, b.money_line.index)]
            if first.index > last.index:
                first, last = last, first
            rule = f"figures.{b.kind}.{b.rule}" if b.rule else f"figures.{b.kind}"
            ev = self.evidence(first, last, rule, 0.9)
            title = b.title or ("" if b.kind == "plan" else _untitled(b, objectives))
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


def _total(line: _Line, money: Money) -> _Block:
    return _Block("total", "", line, line, money, itemised=True)


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
