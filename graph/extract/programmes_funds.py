"""Money a pooled fund gives and grants a text names with their amount: a fund's allocations
to agencies are its programmes where the text says nothing of their purpose, and a grant is
named by whose grant it is ("OCHA preliminary cash grant").  The words are data
(``rules/funding.toml`` [fund])."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from coordkg.graph.extract.programmes_phrases import (
    _ARTICLE,
    _TITLE,
    funding_rules,
    prose_rules,
)
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.extract.rulefiles import alternatives

_FUND = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’-]*\s+){1,6}Fund)\b(?:\s*\((?P<short>[A-Z][A-Za-z-]{1,11})\))?"
)
"""A fund's name, capitalised words ending in "Fund", and its acronym in brackets if given."""
_ACRONYM_AFTER = re.compile(r"\s*\((?P<short>[A-Z][A-Za-z-]{1,11})\)")
"""A recipient's acronym in brackets right after its name: "... of the UN (FAO)"."""


@dataclass(frozen=True)
class _Grants:
    """The compiled phrases of [fund]."""

    giving: re.Pattern[str]  # right after a fund's name: it gives the money
    source: re.Pattern[str]  # right before a fund's name: the money comes from it
    from_fund: re.Pattern[str]  # "<grant> of" before an amount, "from <fund>" after it
    given: re.Pattern[str]  # "<GIVER> has given a <grant> of" before an amount
    granted_to: re.Pattern[str]  # after "a $X": "<grant> to <recipient> has paid for <purpose>"
    fund_grant: re.Pattern[str]  # after "a $X": "<fund> <grant>" ("... CERF allocation")
    after_source: re.Pattern[str]  # "from the" or "through the" right after an amount
    article: re.Pattern[str]  # "a" right before an amount: "a $502,532 ... grant"
    recipient_kinds: frozenset[str]
    acronym: re.Pattern[str]  # a fund named by its acronym alone: "CERF"


@cache
def _grants() -> _Grants:
    data = funding_rules()["fund"]
    nouns = alternatives(data["nouns"])
    noun = rf"(?P<noun>(?:[a-z][\w-]*\s+){{0,3}}?(?:{nouns}))"
    modifiers = alternatives(funding_rules()["named"]["modifiers"])
    return _Grants(
        re.compile(rf"\s+(?:(?:has|have|had)\s+)?(?:{alternatives(data['giving_verbs'])})\b"),
        re.compile(  # "from the", "from the donor-supported" right before the fund's name
            rf"\b(?:{alternatives(data['sources'])})\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?$",
            re.IGNORECASE,
        ),
        re.compile(rf"\ban?\s+{noun}\s+of\s+(?:(?:{modifiers})\s+)?$", re.IGNORECASE),
        re.compile(
            rf"\b(?P<giver>[A-Z]{{2,10}})\s+(?:(?:has|have|had)\s+)?"
            rf"(?:{alternatives(data['grant_verbs'])})\s+an?\s+{noun}\s+of\s+$"
        ),
        re.compile(
            rf"\s+{noun}\s+to\s+(?:the\s+)?(?P<recipient>[A-Z][^,;.()$]{{0,80}}?)"
            rf"(?:\s*\((?P<short>[A-Z][A-Za-z-]{{1,11}})\))?\s+"
            rf"(?:{alternatives(data['paid_for'])})\s+(?P<purpose>{_TITLE})"
        ),
        re.compile(
            rf"\s+(?:[a-z][\w-]*\s+){{0,3}}?(?P<fund>{_FUND.pattern})\s+(?P<noun>{nouns})\b"
        ),
        re.compile(rf"\s+(?:{alternatives(data['sources'])})\s+(?:the\s+)?", re.IGNORECASE),
        _ARTICLE,
        frozenset(data["recipient_kinds"]),
        re.compile(rf"\b(?:{alternatives(data['acronyms'])})\b"),
    )


def _name(match: re.Match[str]) -> str:
    return re.sub(r"^(?:The|A)\s+", "", match.group("name"))


def _label(text: str, name: str) -> str:
    """A fund as the text names it for short: its acronym in brackets after its name
    anywhere in the text, or its name."""
    m = re.search(rf"{re.escape(name)}\s*\((?P<short>[A-Z][A-Za-z-]{{1,11}})\)", text)
    return m.group("short") if m else name


_SOURCE_REACH = 40
"""Characters before a fund's name that may hold its "from the" ("from the donor-supported")."""


def allocating_fund(text: str, resolver: Resolver) -> str:
    """The fund ``text`` names as giving money, by its acronym where the text gives one, or
    "": the first fund named right before a verb of giving or right after "from" or
    "through", that is no agency the resolver knows, or else a fund named so by its acronym
    alone (``acronyms``)."""
    for m in _FUND.finditer(text):
        if known_agency(_name(m), resolver) or known_agency(m.group("short"), resolver):
            continue
        if _grants().giving.match(text, m.end()) or _grants().source.search(
            text, max(0, m.start() - _SOURCE_REACH), m.start()
        ):
            return _label(text, _name(m))
    for m in _grants().acronym.finditer(text):  # "from the CERF", "CERF allocates"
        if _grants().giving.match(text, m.end()) or _grants().source.search(
            text, max(0, m.start() - _SOURCE_REACH), m.start()
        ):
            return m.group()
    return ""


def known_agency(name: str | None, resolver: Resolver) -> bool:
    """Whether the resolver knows ``name`` as an agency (the "UN Children's Fund" is one),
    not as an organisation the document merely names with its acronym."""
    known = resolver.known(name) if name else None
    return known is not None and known.kind != "Actor"


def fund_recipient(title: str, written: str, acronym: str, fund: str, resolver: Resolver) -> str:
    """The title of an allocation of ``fund`` to the organisation ``title`` names, by the
    short form ``acronym`` the text defines for it in brackets after it (C6: "$1.8 million to
    the World Food Programme (WFP)" -> "CERF allocation to WFP"), else as the text ``written``
    it, or "" when no fund gives the document's money or the title names no organisation (a
    country, a place)."""
    known = resolver.known(title.strip())
    kinds = _grants().recipient_kinds
    if not fund or (known is not None and known.kind not in kinds) or not (known or acronym):
        return ""
    return f"{fund} allocation to {acronym or written}"


def acronym_after(text: str, pos: int) -> str:
    """The acronym in brackets right after position ``pos`` of ``text``, or ""."""
    m = _ACRONYM_AFTER.match(text, pos)
    return m.group("short") if m else ""


def grant_title(text: str, start: int, end: int, resolver: Resolver) -> str:
    """The title of a grant the text names with the amount at ``start``-``end``: "<fund>
    allocation" for "an allocation of $X from <fund>" or "a $X <fund> allocation", "<giver>
    <grant>" for "<GIVER> has given a <grant> of $X", the purpose alone for "a $X <grant> to
    <recipient> has paid for <purpose>" (C2: who gets it is cut); or ""."""
    before = text[max(0, start - 80) : start]
    grants = _grants()
    if (m := grants.from_fund.search(before)) is not None:
        source = grants.after_source.match(text, end)
        fund = _FUND.match(text, source.end()) if source else None
        if fund is not None and not known_agency(_name(fund), resolver):
            return f"{fund.group('short') or _label(text, _name(fund))} {m.group('noun')}"
    if (m := grants.given.search(before)) is not None and resolver.known(m.group("giver")):
        return f"{m.group('giver')} {m.group('noun')}"
    article = grants.article.search(before) is not None
    if (
        article
        and (m := grants.fund_grant.match(text, end))
        and not known_agency(_name(m), resolver)
    ):
        return f"{m.group('short') or _label(text, _name(m))} {m.group('noun')}"
    if article and (m := grants.granted_to.match(text, end)):
        return prose_rules().title(m.group("purpose"))  # C2: the purpose alone
    return ""
