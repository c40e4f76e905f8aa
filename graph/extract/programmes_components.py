"""A grant shared out among agencies in one list and described in another.

A donor's release lists each agency's share on a line of its own, then what the assistance
consists of, each component naming its agency in brackets at the line's end:

    (1) World Relief Agency (WRA)   1.5 million dollars
    (2) Children's Aid Office (CAO)   1 million dollars
    ...
    (1) food (provision of rations) (WRA)
    (2) education (school tents and kits) (CAO)

Joined by the agency's acronym, each component is the programme the share pays for, titled by
the component as written, its details and its agency cut (C2).  Components are items of a list,
numbered or bulleted, and two or more must join shares of two agencies: one line naming an
agency is no list.  An agency whose share pays for two or more components gives none of them a
programme, for the page does not say how its share splits (C13: the gold never splits or sums
amounts the page does not write); its peers with one component each still do.  A share names
its agency by a long form spelling its acronym or by an acronym the resolver knows as an
organisation, so a total line ("TOTAL: 7 million dollars") or a sentence ending in brackets
shares nothing.  Other releases give each agency's areas
and share on one line, "World Relief Agency (WRA): Food, Nutrition [USD 2 million]": the areas
are the programme, two or more such lines a list.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from coordkg.graph.extract.acronyms import long_form
from coordkg.graph.extract.labels import BULLET
from coordkg.graph.extract.money import AMOUNT, amount
from coordkg.graph.extract.programmes_blocks import Reading, item_programme
from coordkg.graph.extract.programmes_funds import known_agency
from coordkg.graph.extract.programmes_lines import TOTAL, Line
from coordkg.graph.extract.programmes_phrases import TITLE_MEMBERS, prose_rules
from coordkg.graph.model import Money

_SHARE = re.compile(
    r"^(?:(?P<name>[^()$\d:]{2,120}?)\s*\((?P<bracketed>[A-Z]{2,10})\)|(?P<bare>[A-Z]{2,10}))\s*[:–—-]?\s*$"
)
"""What stands before a share's amount: an agency's name with its acronym in brackets, or the
acronym alone ("UNHCR:"), and at most a separator.  The named group ``name`` is the name."""
_COMPONENT = re.compile(
    r"^(?P<title>[^\W\d_][^()\d:$]{1,80}?)\s*(?:\([^()]*\)\s*)*?\((?P<acronym>[A-Z]{2,10})\)[.;,]?$"
)
"""A component, once its list's number or bullet is cut: its title, bracketed details, and
last its agency's acronym in brackets."""
_AREAS = re.compile(
    r"^[^()$\d:]{2,120}?\s*\([A-Z]{2,10}\)\s*:\s*(?P<title>[^\W\d_][^()\[\]\d:$]{1,80}?)"
    r"\s*[\[(](?P<money>[^()\[\]]{2,40})[\])][.,;]?$"
)
"""An agency with its acronym, a colon, its areas and its share in brackets."""


class _Share(NamedTuple):
    line: Line
    money: Money


class _ComponentReading(Reading):
    """Reads a grant's shares and its components, joined by the agencies' acronyms."""

    def read_components(self) -> None:
        """A programme for each component whose agency has a share of its own line and no
        other component, or for each agency's areas with its share on one line; none unless
        two or more agencies' shares join."""
        shares = self._shares()
        joined = [
            (title, line, acronym)
            for line in self.lines
            if BULLET.match(line.text)
            and (m := _COMPONENT.match(BULLET.sub("", line.text)))
            and (acronym := m.group("acronym")) in shares
            and (title := m.group("title").strip())
            and len(title.split()) <= prose_rules().max_words
        ]
        components = Counter(acronym for _, _, acronym in joined)
        if joined:  # an agency with two or more components: its share's split is not written
            found = [(t, line, shares[a]) for t, line, a in joined if components[a] == 1]
        else:
            found = self._areas()  # a share of its own on each line
        if len(components or found) < 2:
            return
        for title, line, share in found:
            self.blocks.append(
                item_programme(title, line, share.line, share.money, line.index, "components")
            )
        self.blocks.sort(key=lambda b: b.money_line.index)

    def _areas(self) -> list[tuple[str, Line, _Share]]:
        """Each agency's areas and its share written on one line, as (areas, line, share)."""
        found = []
        for line in self.lines:
            m = _AREAS.match(BULLET.sub("", line.text))
            money = AMOUNT.fullmatch(m.group("money").strip()) if m else None
            if (
                m
                and money
                and len(TITLE_MEMBERS.split(m.group("title"))) <= prose_rules().max_words
            ):
                found.append((m.group("title").strip(), line, _Share(line, amount(money))))
        return found

    def _shares(self) -> dict[str, _Share]:
        """Each agency's share, by acronym: a line holding its name and one amount ending the
        line; an acronym with two such lines has none (shares of two grants).  The name is a
        long form of the acronym or one the resolver knows as an organisation; a total line
        names none."""
        found: dict[str, list[_Share]] = {}
        for line in self.lines:
            text = BULLET.sub("", line.text)
            amounts = list(AMOUNT.finditer(text))
            if len(amounts) != 1 or text[amounts[0].end() :].strip() or TOTAL.match(text):
                continue
            if (m := _SHARE.match(text[: amounts[0].start()])) and self._agency_named(m):
                acronym = m.group("bracketed") or m.group("bare")
                found.setdefault(acronym, []).append(_Share(line, amount(amounts[0])))
        return {acronym: shares[0] for acronym, shares in found.items() if len(shares) == 1}

    def _agency_named(self, share: re.Match[str]) -> bool:
        """Whether a share's name is an agency's: its acronym one the resolver knows as an
        organisation, or written in brackets after a long form spelling it."""
        acronym = share.group("bracketed") or share.group("bare")
        if known_agency(acronym, self.resolver):
            return True
        name = share.group("name")
        return name is not None and long_form(acronym, name.strip()) is not None
