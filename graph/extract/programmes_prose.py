"""Programmes stated in sentences: items "Title (amount)", funding lines with dot leaders, and
amounts tied to what they pay for by a phrase after them ("$2 million for health") or named
before the verb asking for them ("Protection requires USD 12 million")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from decimal import Decimal
from functools import cache
from itertools import islice, pairwise
from typing import NamedTuple

from coordkg.graph.extract.acronyms import find_definitions
from coordkg.graph.extract.kinds import kinds
from coordkg.graph.extract.money import (
    AMOUNT,
    BARE,
    COUNT,
    CURRENCY_WORDS,
    FIGURE_LINE,
    LOCAL,
    SHARED,
    amount,
    shared_amount,
    value,
    whole_amount,
)
from coordkg.graph.extract.programmes_blocks import (
    Reading,
    _Block,
    _Label,
    item_programme,
)
from coordkg.graph.extract.programmes_funds import (
    acronym_after,
    allocating_fund,
    fund_recipient,
    grant_title,
    known_agency,
)
from coordkg.graph.extract.programmes_lines import (
    Line,
    _bare,
    _continues,
    _heading,
    _neighbours,
    _stack_title,
)
from coordkg.graph.extract.programmes_phrases import (
    _ARTICLES,
    _BULLET,
    _DETERMINERS,
    _LANGUAGES,
    TITLE_MEMBERS,
    _labels,
    _money_words,
    _named,
    _named_projects,
    _other_money,
    _tile,
    _tile_label,
    funding_rules,
    prose_rules,
    sentence_start,
)
from coordkg.graph.extract.programmes_tables import (
    _COLUMNS,
    _table_unit,
)
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.extract.rulefiles import alternatives, language_words
from coordkg.graph.model import Money

_LEAD_LABEL = re.compile(r"^(?:[-•·▪*]\s*)?(?P<label>[A-Z][A-Za-z /&'-]{2,40}?):\s+\S")
"""A label leading a paragraph of a brief, naming what it is about: "• Refugees: WFP ..."."""
_NUMBERED_LABEL = re.compile(
    r"^(?:\d{1,2}[.)]|\(\d{1,2}\))\s+(?P<label>[A-Z][A-Za-z ,/&'’-]{2,60}?):\s+"
    r"(?P<first>.+?)(?:[.;](?:\s+[A-Z]|\s*$)|$)"
)
"""A numbered item of a strategy's envelopes or priorities, its label before a colon, then
the sentence saying how much goes to it: "2. Supporting recovery: An envelope of $2 million
will go to projects that ..." (the envelope is the label's, as a plan's own heading, C2)."""


@cache
def _numbered_share() -> re.Pattern[str]:
    """A share noun opening the sentence after a numbered label (``[labelled]
    numbered_shares``): "An envelope of $2 million ..."."""
    shares = funding_rules()["labelled"]["numbered_shares"]
    return re.compile(rf"(?:{alternatives(shares)})\s", re.IGNORECASE)


@cache
def _activity() -> re.Pattern[str]:
    """A heading naming a numbered activity (``[activity]``): "Activity 1: Crisis response"."""
    markers = alternatives(funding_rules()["activity"]["markers"])
    return re.compile(rf"^#*\s*(?:{markers})\s+\d+\s*[:.–-]\s*\S", re.IGNORECASE)


_PAREN_ITEM = re.compile(r"\(\s*(?P<figure>[^()]{2,40}?)\s*\)")
_CHANNEL = re.compile(r"\s*:\s*(?:the\s+)?[A-Z][^():;,]{2,100}?\s*\([A-Z][A-Za-z-]{1,10}\)")
"""After an item's amount, a colon and the agency it goes through, named with its acronym in
brackets: "Food ($2 million): the World Relief Agency (WRA)" (the channel, no title: C2)."""
_ITEM_STOP = frozenset(
    {"for", "including", "includes", "include", "are", "is", "as", "on", "to", "in", "across"}
    | {"with", "by", "covering", "covers", "seeks", "seeking", "requires", "needs"}
)
_ITEM_JOIN = frozenset(["and", "&", "of", "-"])
_PART_OF = re.compile(r"\s+of\s+(?:the|this|that)\s+", re.IGNORECASE)
"""Between a part and its whole: "$3,75 million of the $7,2 million will go towards ..."."""
_OF_GRANT = re.compile(
    rf"\s+of\s+(?:the|this|that|its|their)\s+"
    rf"(?:{alternatives(funding_rules()['fronted']['grant_nouns'])})\b(?=\s)",
    re.IGNORECASE,
)
"""A part of a grant named by its noun, not its amount, before what the part pays for: "$1
million of the allocation will support ..." (``[fronted] grant_nouns``)."""


@cache
def _to_count() -> re.Pattern[str]:
    """Words giving an amount to a count of agencies (``[fund] shared_to``): "to five UN
    agencies", "shared among four United Nations agencies"; only the words of ``[fund]
    shared_qualifiers`` may qualify the agencies, so that "to 500 households via partners" is
    none."""
    data = funding_rules()["fund"]
    qualifier = alternatives(data["shared_qualifiers"])
    return re.compile(
        rf"\b(?:{alternatives(data['shared_to'])})\s+{COUNT}\s+"
        rf"(?:(?:{qualifier})\s+){{0,{data['shared_qualifier_count']}}}"
        rf"(?:{alternatives(data['shared_among'])})\b",
        re.IGNORECASE,
    )


def _shared_out(text: str) -> set[Money]:
    """The amounts of ``text`` given to or shared among a count of agencies in their own
    clause: a fund's whole before its split into shares, never a programme (``[fund]
    shared_to``)."""
    found = list(AMOUNT.finditer(text))
    reach = funding_rules()["fund"]["shared_reach"]
    wholes: set[Money] = set()
    for k, m in enumerate(found):
        after = found[k + 1].start() if k + 1 < len(found) else len(text)
        clause = re.split(r"[.;!?](?:\s|$)", text[m.end() : min(after, m.end() + reach)])[0]
        if _to_count().search(clause):
            wholes.add(amount(m))
    return wholes


def _funding_box(line: Line, below: Line | None) -> bool:
    """Whether ``line`` opens with the amount a page asks for and the line below opens with
    the part of it funded ("USD 26.9 M requested for ..." over "Funded 36%"): a fact sheet's
    funding box, the agency's own requirement, no programme (C13; the status words are
    ``[tables] other_money``)."""
    if below is None or not AMOUNT.match(line.text.lstrip("-•* ")):
        return False
    return _money_words()[1].match(below.text.lstrip("-•* ")) is not None


@cache
def _of_whole() -> re.Pattern[str]:
    """A sentence opening on the whole its amounts are parts of (``[fund] of_whole``): "Of
    the CERF allocation, ...", "Out of this total, ..."."""
    openers = alternatives(funding_rules()["fund"]["of_whole"])
    return re.compile(
        rf"(?:^|[.;:]\s+)(?:{openers})\s+(?:the|this|that|its|their)\b[^,.;:$\d]{{0,50}},",
        re.IGNORECASE,
    )


def _whole_of(whole: _Block, after: list[_Block], share: Decimal) -> bool:
    """Whether the programmes ``after`` ``whole``, two or more in a row on later lines of its
    currency, add up to its amount within ``share`` of it, the first of them in a sentence
    opening on the whole they are parts of."""
    if not after or after[0].money_line.index <= whole.money_line.index:
        return False
    if not _of_whole().search(after[0].money_line.text):
        return False
    total, parts = Decimal(0), 0
    for b in after:
        if b.money_line.index <= whole.money_line.index:
            return False
        if b.funding.currency != whole.funding.currency:
            break
        total, parts = total + b.funding.amount, parts + 1
        if parts >= 2 and abs(total - whole.funding.amount) <= share * whole.funding.amount:
            return True
        if total > whole.funding.amount:
            return False
    return False


class _Item(NamedTuple):
    """A programme stated in prose: its title, its amount and the rule that read it."""

    title: str
    money: Money
    rule: str  # "allocated" or "named" when a phrase ties the amount to it, else "listed"
    given: bool = False  # read after a bare "to"
    recipient: str = ""  # after a phrase ending in "to", as written: perhaps who gets it
    acronym: str = ""  # the acronym the text writes in brackets after it
    owner: str = ""  # the acronym of who asks for or needs the amount, right before its verb
    asked: str = ""  # what an ``owner`` named before its verb asks for (rule "named")


def _sector_items(items: list[_Item]) -> list[_Item]:
    """The items of a line that may be programmes: amounts given "to" something count only
    in a list that also says what other amounts are for ("USD 63m for health; USD 61m to
    education"); alone they may go to places ("$5 million to Borno and $3 million to Yobe")."""
    return items if any(not i.given for i in items) else []


def _parenthesised(text: str) -> list[_Item]:
    """Items "Title (amount)" joined by commas or "and", each title the words before its
    amount back to the previous item (and the agency an item goes through, ``_CHANNEL``) or to
    the words that introduce the list.  A list naming who gets each amount ("nine NGOs ($7
    million) and six UN agencies ($23 million)", an item ending in one of ``actors``) names no
    programme: none."""
    items: list[_Item] = []
    previous_end: int | None = None
    for m in _PAREN_ITEM.finditer(text):
        money = whole_amount(m.group("figure"))
        if money is None:
            continue
        before = text[previous_end : m.start()] if previous_end is not None else None
        if before is not None:
            glue = _list_glue().match(before)
            title = _list_opener().sub("", before[glue.end() :].strip()) if glue else ""
            if not glue or not title or len(title.split()) > 8 or not title[0].isalpha():
                break
        else:
            title = _lead_title(text[: m.start()]) or _introduced_title(text[: m.start()])
            if not title:
                continue
        items.append(_Item(title, money, "listed"))
        channel = _CHANNEL.match(text, m.end())
        previous_end = channel.end() if channel else m.end()
    if any(i.title.split()[-1].lower() in _named().actors for i in items):
        return []  # "nine NGOs ($7 million) and six UN agencies ($23 million)": whom, not what
    return items


@cache
def _list_glue() -> re.Pattern[str]:
    """What joins an item "Title (amount)" to the one before it (``[parenthesised]``, and
    each language's and-word: "santé (...), nutrition (...) et protection (...)")."""
    glue = alternatives([*funding_rules()["parenthesised"]["glue"], *language_words("and")])
    return re.compile(rf"^\s*(?:,\s*(?:(?:{glue})\s+)?|;\s*|(?:{glue})\s+)", re.IGNORECASE)


@cache
def _list_opener() -> re.Pattern[str]:
    """A word introducing an item of a list, repeated before a later item ("for basic needs
    ($32.3 million) and for health care ($24 million)"): not part of its title."""
    openers = alternatives(funding_rules()["parenthesised"]["openers"])
    return re.compile(rf"^(?:{openers})\s+", re.IGNORECASE)


def _introduced_title(before: str) -> str:
    """The words of a first item in lower case back to the word introducing it, or to a colon
    opening the list: "the biggest request was for basic assistance" -> "basic assistance",
    "the money is split as follows: food aid" -> "food aid"; "" when no such word is near or
    the words name people, an actor or the whole appeal."""
    data = funding_rules()["parenthesised"]
    words = before[-_named().look_back :].split()[-(int(data["max_words"]) + 1) :]
    openers = [i for i, w in enumerate(words) if w.lower() in data["openers"] or w[-1] == ":"]
    if not openers:
        return ""
    return _named().accept(" ".join(words[openers[-1] + 1 :]).rstrip(","))


def _lead_title(before: str) -> str:
    """The name right before a first list item's amount: its capitalised words (with "and",
    "&", "of" inside), or failing that its last words back to the word introducing the list."""
    words = before.split()
    taken: list[str] = []
    for word in reversed(words):
        bare = word.rstrip(",")
        if word.endswith(":") or bare.lower() in _ITEM_STOP or len(taken) >= 8:
            break
        if not (bare[:1].isupper() or bare.lower() in _ITEM_JOIN):
            break
        taken.insert(0, word)
    while taken and taken[0].lower() in _ITEM_JOIN:
        taken.pop(0)
    return " ".join(taken).rstrip(",")


_LEADERS = re.compile(r"\s*(?:\.{3,}|…+)\s*$")
"""Dot leaders between a funding line's title and its amount."""


def _leader_items(text: str) -> list[_Item]:
    """Funding lines with dot leaders run together into one line ("USAID/OFDA Assistance
    to Georgia ...... $5,100,043 State/PRM Assistance to Georgia ...... $5,750,000"): each
    title is the words between the previous amount and the leaders before its own; a title
    of other money or the whole ("Total ...") is none."""
    items: list[_Item] = []
    previous = 0
    for m in AMOUNT.finditer(text):
        leaders = _LEADERS.search(text, previous, m.start())
        title = text[previous : leaders.start()].strip(" -,;") if leaders else ""
        previous = m.end()
        if title and _labels().names_programme(title):
            items.append(_Item(title, amount(m), "leaders"))
    return items


_FOR_BRACKET = re.compile(r"\s*\(\s*for\s+(?P<purpose>[^\W\d_](?:[^()\d]|\([^()\d]*\))*)\)")
"""What an amount pays for in brackets right after it, opened by "for": "$60 million (for food
assistance; logistics support)", brackets inside kept ("(information campaigns)")."""


def _bracketed_items(text: str) -> list[_Item]:
    """Amounts each followed by what it pays for in brackets opened by "for" (a donor's list of
    contributions by agency: "(2) World Relief Agency (WRA) $6 million (for food aid;
    logistics)"): the bracket ties the amount to its purpose as "is for" does, so an item
    stands alone; its title is the purpose as written, whole (C2: the recipient before the
    amount is cut, the bracket names no whom or where)."""
    return [
        _Item(" ".join(b.group("purpose").split()), amount(m), "bracketed")
        for m in AMOUNT.finditer(text)
        if (b := _FOR_BRACKET.match(text, m.end()))
    ]


_RECIPIENT_ITEM = re.compile(
    r"\([A-Z]{2,8}\):?\s+(?P<title>[A-Z][^()\[\]$:;]{1,80}?)(?:\s*\([A-Z]{2,8}\))?"
    r"\s*[\[(](?P<figure>[^\[\]()]{2,40}?)[,\s]*[\])]"
)
"""An item of a list of allocations by recipient: the recipient's acronym in brackets, a colon
or not, the area it works in, and the amount in brackets: "(WRA): Food, Shelter [USD 2
million]", "(CAO) Education (US$ 1 million)"."""


def _recipient_items(text: str, listed: bool = False) -> list[_Item]:
    """Two or more items of a list of allocations by recipient, each the recipient named with
    its acronym, the area it works in, and its amount in brackets ("World Relief Agency (WRA):
    Food, Shelter [USD 2 million] and Children Aid Office (CAO): Education [USD 1 million]"):
    the area is the programme, as written (C2: the recipient cut).  One item alone is one of
    such a list when ``listed``: its line is one of a run of lines ending in such items."""
    items = [
        _Item(m.group("title").strip(), money, "recipients")
        for m in _RECIPIENT_ITEM.finditer(text)
        if (money := whole_amount(m.group("figure"))) is not None and _dash_title(m.group("title"))
    ]
    return items if len(items) >= 2 or (listed and len(items) == 1) else []


def _recipient_runs(lines: list[Line]) -> set[int]:
    """The indexes of lines that end in an item of a list of allocations by recipient and stand
    right above or below another such line: one recipient to a line ("World Relief Agency
    (WRA): Food [USD 2 million]" / "Children Aid Office (CAO): Education [USD 1 million]")
    lists them as one line listing both would."""
    ending = {
        line.index
        for line in lines
        if any(
            m.end() == len(line.text.rstrip(" .;,")) for m in _RECIPIENT_ITEM.finditer(line.text)
        )
    }
    return {i for i in ending if i - 1 in ending or i + 1 in ending}


_DASHES = ("–", "—", "-")


def _dashed_items(text: str) -> list[_Item]:
    """Items "Title – amount" listed in one sentence, two or more, the first opened by a
    bracket or a colon ("(WB Project – 50 mln USD, ADB DRM Project – 11 mln USD and so on)"):
    each title the words between the previous item's amount (and the comma or "and" after it)
    and the spaced dash before its own; a title of other money or the whole is none, and so is
    a list whose words before it name other money ("the largest donors were: ...")."""
    items: list[_Item] = []
    previous_end: int | None = None
    for m in AMOUNT.finditer(text):
        start = max(0, m.start() - 100) if previous_end is None else previous_end
        before = text[start : m.start()].rstrip()
        if not before.endswith(_DASHES) or not before[:-1][-1:].isspace():
            if items:
                break
            continue
        head = before[:-1].rstrip()
        if previous_end is None:
            opener = max(head.rfind("("), head.rfind(":"))
            title = head[opener + 1 :].strip() if opener >= 0 else ""
            if _other_money(text[max(0, start - 100) : start] + head[: max(opener, 0)]):
                return []  # "the largest donors were: the EU – $470 million, ..."
        else:
            glue = _list_glue().match(head)
            title = head[glue.end() :].strip() if glue else ""
        if not _dash_title(title):
            if items:
                break
            continue
        items.append(_Item(title, amount(m), "dashed"))
        previous_end = m.end()
    return items if len(items) >= 2 else []


_SERVED = re.compile(
    rf"\s+for\s+(?:the\s+)?(?:{alternatives(funding_rules()['allocated']['whom'])})\b.*$",
    re.IGNORECASE,
)
"""A clause's tail saying whom it serves: "for communities that are displaced"."""


@cache
def _carried() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A title's words that only carry its purpose, then the verb of providing it ("priority
    interventions to provide", ``[allocated] purpose_verbs``, C2a) or the onward recipients
    and their own verb ("grants to local partners responding to"), both cut as C16 cuts them:
    what is provided is the programme."""
    data = funding_rules()["allocated"]
    carrier = rf"^(?:(?:{alternatives(data['open_titles'])})\s+)+to\s+"
    return (
        re.compile(rf"{carrier}(?:{alternatives(data['purpose_verbs'])})\s+(?=\S)", re.IGNORECASE),
        re.compile(
            rf"{carrier}(?:[\w'’-]+\s+){{1,5}}?[a-z]+ing\s+(?:to|for|on|with)\s+(?=\S)",
            re.IGNORECASE,
        ),
    )


_NEXT_PART = re.compile(r"[.;](?=\s|$)|,\s+and\s|$", re.IGNORECASE)
"""Where an opened title's clause ends: a point or a semicolon, a ", and" going on to another
part of the sentence, or the end of the text (the next amount ends it too)."""


def _clause_after(text: str, start: int) -> str:
    """The clause of ``text`` from ``start`` up to its end or the next amount, whichever comes
    first: "for grants to local partners, and a further $3 million for ..." is one title."""
    ends = [m.start() for m in (_NEXT_PART.search(text, start), AMOUNT.search(text, start)) if m]
    return text[start : min(ends, default=len(text))].strip()


def _within_cap(title: str) -> bool:
    """Whether an opened title is no longer than a title may be (``[allocated] max_words``,
    as many again for each member of a list beyond one): a longer clause is not one title."""
    members = TITLE_MEMBERS.split(title)
    return len(title.split()) <= max(2, len(members)) * prose_rules().max_words


def _opened(item: _Item, text: str) -> _Item:
    """``item`` titled by its whole clause when its title says only that something is given
    (``[allocated] open_titles``: "support", "grants") and ``text`` writes it once: "to provide
    support for farming households" is "support for farming households" (the rest of the
    clause says what is supported), up to a "for" and whom it serves (``[allocated] whom``);
    a carrier noun and its verb of providing, or its onward recipients, cut (C16)."""
    words = funding_rules()["allocated"]["open_titles"]
    if not all(w in words for w in item.title.lower().split()):
        return item
    found = list(re.finditer(rf"\b{re.escape(item.title)}\b", text, re.IGNORECASE))
    if len(found) != 1:
        return item
    clause = _clause_after(text, found[0].start())
    for carried in _carried():
        clause = carried.sub("", clause, count=1)
    served = _SERVED.search(clause)  # C2: "for communities that ..." says whom, cut
    title = clause[: served.start() if served else None].strip(" ,")
    return item._replace(title=title) if title and _within_cap(title) else item


def _dash_title(title: str) -> bool:
    """Whether the words before a dash may name a programme: words without figures (an amount
    the item does not stand beside) and not other money or the whole (``[labelled]``)."""
    return (
        title[:1].isalpha()
        and not any(ch.isdigit() for ch in title)
        and _labels().names_programme(title)
    )


def _unlinked(link: re.Match[str] | None) -> bool:
    """Whether no "for <title>" right after an amount says what it pays for, leaving the name
    before the verb to say it: "the region needs $3 million for food security" is food
    security, not the region."""
    if link is None or not link.group("listed") or link.group("listed").lower() != "for":
        return True
    title = prose_rules().title(link.group("title"))
    return not title or not prose_rules().pays_for(link, title)


_PURPOSE_AFTER = re.compile(r"[A-Z][^,;.()$:]{0,80}?(?:\s*\([A-Z]{2,12}\))?\s+(?:to|will)\s+[a-z]")
"""A recipient, then "to" or "will" and a verb: what it does with the money follows, read or
not ("went to UNICEF to treat almost 70,000 ...", "to the WHO will help 1,877 ...")."""


_APPROXIMATELY = alternatives(funding_rules()["equivalents"]["approximately"])
_SAME_SUM = alternatives(
    [*funding_rules()["equivalents"]["approximately"], *funding_rules()["equivalents"]["same"]]
)
_LOCAL_EQUIVALENT = re.compile(
    rf"\s*\((?:(?:{_APPROXIMATELY})\s+)?"
    r"(?:(?!USD|EUR|GBP|CHF)[A-Z]{3}|Rs\.?|(?!US)[A-Z]{1,2}\$)\s?\d[\d,.]*\s*(?:[a-z]+)?\s*\)"
)
"""A bracket after a dollar amount giving it in a currency coordkg does not read: "US$4.9
million (PKR 428 million) is for ...", "US$616 000 (about N$4,1 million) so ..."."""
_SET_OFF_EQUIVALENT = re.compile(
    r"(?:\s*\((?:USD|US\$)\))?,\s*(?:"
    + alternatives(funding_rules()["equivalents"]["same"])
    + rf")\s+(?:(?:{_APPROXIMATELY})\s+)?\d[\d,.]*\s+(?:[^\W\d_]+\s+){{0,2}}?"
    rf"(?:{alternatives(funding_rules()['local']['currency_words'])})"
    r"(?:\s+(?:fcfa|cfa))?(?=,)",
    re.IGNORECASE,
)
"""The same sum in a currency coordkg does not read, set off by commas after a dollar amount
(its currency's code in brackets before, if written): "15 millions de dollars américains
(USD), soit environ 7,7 milliards francs CFA, au PAM pour ...": the phrase after the second
comma follows the amount."""


def _without_equivalents(text: str, amounts: list[re.Match[str]]) -> str:
    """``text`` with each bracket of ``_LOCAL_EQUIVALENT`` right after one of its ``amounts``
    blanked out (same length, so positions hold): the phrase after it follows the amount."""
    parts, pos = [], 0  # one pass: linear in a line of many amounts
    for m in amounts:
        bracket = _LOCAL_EQUIVALENT.match(text, m.end()) or _SET_OFF_EQUIVALENT.match(text, m.end())
        if bracket is not None:
            end = bracket.end() + (bracket.re is _SET_OFF_EQUIVALENT)  # its closing comma
            parts += [text[pos : bracket.start()], " " * (end - bracket.start())]
            pos = end
    return "".join([*parts, text[pos:]])


_LOCAL_FIRST = re.compile(
    rf"(?:{LOCAL.pattern})\s*\(\s*(?:(?:{_SAME_SUM})\s+)?$",
    re.IGNORECASE,
)
"""A sum in a currency coordkg does not read, then a bracket giving it in dollars: "KES 150
million (about", "55 millones de lempiras (" before "US$ 1.5 million)"."""
_CLOSE = re.compile(r"\s*\)")
_LOCAL_WORDS = frozenset(
    [*funding_rules()["local"]["currency_words"], *(w for w in CURRENCY_WORDS if w.isalpha())]
)
"""The words after a figure that name its currency (funding.toml ``[local]``, and the ones read)."""


def _local_first(text: str, found: _Found) -> str:
    """``text`` with each sum in another currency whose dollar equivalent follows it in
    brackets blanked out with the bracket (same length, so positions hold): the dollar amount
    stands where the sum stood, the verb before it and the phrase after it its own ("Norway
    gave NOK 20 million (USD 2 million) to provide ..." reads as "gave USD 2 million to
    provide ...").  Not a count before the bracket ("12,000 households ($2 million)": the word
    after a figure with no code is a currency's, ``_LOCAL_WORDS``) nor a sum smaller than its
    equivalent."""
    parts, pos = [], 0
    for k, (m, money) in enumerate(found):
        start = max(pos, found[k - 1][0].end() if k else 0, m.start() - 80)
        local = _LOCAL_FIRST.search(text, start, m.start())
        close = _CLOSE.match(text, m.end())
        if money.currency != "USD" or local is None or close is None:
            continue
        unit = (local.group("unit") or "").lower()
        if not local.group("code") and unit not in _LOCAL_WORDS:
            continue
        if value(local.group("num"), local.group("scale")) < money.amount:
            continue
        blank, closing = " " * (m.start() - local.start()), " " * (close.end() - m.end())
        parts += [text[pos : local.start()], blank, m.group(), closing]
        pos = close.end()
    return "".join([*parts, text[pos:]])


_CLUSTER_END = re.compile(r"\s(?:cluster|sector)$", re.IGNORECASE)
"""A long form naming a cluster or sector: "Food Security and Agriculture Cluster"."""


def _zeros(value: Decimal) -> int:
    """How many zeros a whole amount ends in: 427,000 ends in three."""
    digits = str(int(value))
    return len(digits) - len(digits.rstrip("0")) if value else 0


def _rounded(b: _Block, exact: dict[tuple[str, Decimal, int], Decimal], share: Decimal) -> bool:
    """Whether programme ``b``'s amount rounds one of the ``exact`` amounts, within ``share``."""
    value = b.funding.amount
    near = exact.get((b.funding.currency, value, _zeros(value)))
    return b.kind == "programme" and near is not None and abs(near - value) <= share * value


@cache
def _documents() -> re.Pattern[str]:
    """A page's title naming what kind of document it is (``[tile] documents``)."""
    return re.compile(rf"\b(?:{alternatives(funding_rules()['tile']['documents'])})\b", re.I)


def _own_title(text: str) -> bool:
    """Whether ``text`` is short and names a kind of document: "Health Cluster Bulletin"."""
    return len(text) <= 80 and _documents().search(text) is not None


def _amount_items(
    text: str, about: str = "", fund: bool = False, resolver: Resolver | None = None
) -> list[_Item]:
    """Items "amount <phrase> title" or "title <verb> amount" in one line (``about``: the
    sector the page is about, for "the cluster"; ``fund``: the page tells a fund's
    allocations).  A part named before its whole says what it
    pays for after the whole: "$3,75 million of the $7,2 million will go towards shelter"."""
    prose = prose_rules()
    items: list[_Item] = []
    found = [(m, amount(m)) for m in AMOUNT.finditer(text)]
    text = _local_first(_without_equivalents(text, [m for m, _ in found]), found)
    found = sorted(found + _shared(text, found), key=lambda f: f[0].start())
    found, closes = _in_dollars(text, found)
    matches = [m for m, _ in found]
    money = {m.start(): v for m, v in found}
    i = 0
    while i < len(matches):
        part, after = matches[i], closes.get(matches[i].start(), matches[i].end())
        if prose.whole_plan(text, part.start()):
            i += 1
            continue
        if i + 1 < len(matches) and _PART_OF.fullmatch(text, after, matches[i + 1].start()):
            i += 1
            after = matches[i].end()
        after = grant.end() if (grant := _OF_GRANT.match(text, after)) else after
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        link = prose.link.match(text, after, end)
        owner = prose.asking_owner(text, part)  # "WHO needs $106,000 for ...": its share?
        if _unlinked(link) and (named := _named().title(text, part.start(), about)):
            asked = prose.asked_purpose(text, part, end) if owner else ""
            items.append(_Item(named, money[part.start()], "named", owner=owner, asked=asked))
        elif purpose := prose.purpose_title(text, link, end):
            items.append(_Item(purpose, money[part.start()], "recipient"))
        elif spent := prose.spent_title(text, part, end):
            items.append(_Item(spent, money[part.start()], "spent"))
        elif received := prose.received_title(text, part, end, fund):
            items.append(_Item(received, money[part.start()], "received"))
        elif fund and (owner := prose.receiver_only(text, part, end)):
            items.append(_Item(owner, money[part.start()], "received", False, owner, owner))
        elif enabled := prose.enabled_title(text, part, end):
            items.append(_Item(enabled, money[part.start()], "enabled"))
        elif asked := prose.asked_title(text, part, end):
            items.append(_Item(asked, money[part.start()], "asked", owner=owner))
        elif granted := prose.fronted_grant(text, part, end):
            items.append(_Item(granted, money[part.start()], "fronted-grant"))
        elif fronted := _named().fronted_title(text, part):
            items.append(_Item(fronted, money[part.start()], "fronted"))
        elif link is not None and (doing := prose.link_doing(text, link, end)):
            rule = "allocated" if link.group("allocated") else "listed"
            items.append(_Item(doing, money[part.start()], rule, owner=owner))
        elif (
            link is not None
            and (title := prose.title(link.group("title")))
            and prose.pays_for(link, title)
        ):
            rule = "allocated" if link.group("allocated") else "listed"
            given = (link.group("listed") or "").lower() == "to"
            phrase = "allocated" if link.group("allocated") else "listed"
            to = link.group(phrase).split()[-1].lower() == "to"
            recipient = text[link.end(phrase) : link.start("title")].strip()  # "the"
            # "went to UNICEF to treat almost 70,000 ...": a purpose follows, unread; no share
            unread = _PURPOSE_AFTER.match(text, link.start("title"), end) is not None
            acronym = acronym_after(text, link.start("title") + len(title))
            # in a fund's story a bare "for" before a name in capitals with its acronym names
            # whom the fund gives to, as "to" does: "$1,654,482 for the World Food Programme
            # (WFP)"; "for water, sanitation and hygiene (WASH)" names a sector, and so does
            # "for Water, Sanitation and Hygiene (WASH)": the name must be a known agency's
            to = to or (
                fund
                and bool(acronym)
                and title[:1].isupper()
                and (link.group("listed") or "").lower() == "for"
                and resolver is not None
                and (known_agency(title, resolver) or known_agency(acronym, resolver))
            )
            recipient = f"{recipient} {title}".strip() if to and not unread else ""
            if not to:  # "for food assistance to vulnerable groups and to run a ... operation"
                stop = link.start("title") + link.group("title").find(title) + len(title)
                title = prose.more_purposes(text, [title], stop, end)
            items.append(
                _Item(title, money[part.start()], rule, given, recipient, acronym, owner=owner)
            )
        elif allocated := prose.received_title(text, part, end, allocated=True):
            items.append(_Item(allocated, money[part.start()], "fund-allocated"))
        elif does := prose.does_title(text, part, end):
            items.append(_Item(does, money[part.start()], "does"))
        elif fund and (fronted_to := prose.fronted_purpose(text, part)):
            items.append(_Item(fronted_to, money[part.start()], "fronted-purpose"))
        i += 1
    return items


def _largest(text: str) -> dict[str, Decimal]:
    """The largest amount the text states in each currency, read once: linear in the text."""
    largest: dict[str, Decimal] = {}
    for m in AMOUNT.finditer(text):
        money = amount(m)
        largest[money.currency] = max(largest.get(money.currency, Decimal(0)), money.amount)
    return largest


def _project_items(
    text: str, project: str, funded: re.Pattern[str], listed: set[Money]
) -> list[_Item]:
    """The amount a clause about "the project" funds it with ("the project was funded to
    the amount of US$408 352"), titled by the project's name the page gave it, or none."""
    if not project:
        return []
    return [
        _Item(project, amount(m), "project")
        for m in AMOUNT.finditer(text)
        if amount(m) not in listed and funded.search(text, max(0, m.start() - 120), m.start())
    ]


@cache
def _costed() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An indefinite article right before an amount, and the name of what it pays for right
    after it (``[project]`` name_heads and costed_heads)."""
    data = funding_rules()["project"]
    heads = alternatives([*data["name_heads"], *data["costed_heads"]])
    return (
        re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE),
        re.compile(rf"\s+(?P<title>(?:[^\W\d_][\w'’-]*\s+){{1,4}}(?:{heads}))\b", re.IGNORECASE),
    )


def _costed_items(text: str, listed: set[Money]) -> list[_Item]:
    """Amounts written as a modifier of the operation or project they pay for ("WFP will start
    a US$ 400,000 Emergency Relief Operation"): the name is the programme, as written."""
    article, named = _costed()
    return [
        _Item(n.group("title"), amount(m), "costed")
        for m in AMOUNT.finditer(text)
        if amount(m) not in listed
        and article.search(text, max(0, m.start() - 4), m.start())
        and (n := named.match(text, m.end()))
        and _names_costed(n.group("title"))
    ]


def _names_costed(title: str) -> bool:
    """Whether the words before a costed name's head say what it is: no preposition, article
    or possessive among them ("a $3 million shortfall for the operation", "a $500,000
    contribution to the project": the amount is of other money, what follows only where it
    goes) and no word of other money (``[labelled] not_requirements``: "a $2 million budget
    revision"); a word of the whole may qualify the head ("an Immediate Response Action")."""
    *words, _head = title.lower().split()
    other = funding_rules()["labelled"]["not_requirements"]
    return not any(w in _ITEM_STOP or w in other or _DETERMINERS.match(f"{w} ") for w in words)


@cache
def _worth() -> re.Pattern[str]:
    """A programme's head right before "worth" and its amount (``[project]`` worth_heads), a
    bracket of at most 20 characters and a comma allowed between head and "worth"."""
    data = funding_rules()["project"]
    return re.compile(
        rf"\b(?P<head>{alternatives(data['worth_heads'])})(?:\s*\([^()]{{1,20}}\))?,?\s+"
        rf"(?:{alternatives(data['worth_words'])})"
        rf"(?:\s+(?:{alternatives(funding_rules()['named']['modifiers'])}))?\s*$",
        re.IGNORECASE,
    )


def _worth_items(text: str, listed: set[Money]) -> list[_Item]:
    """Amounts after "worth" and the programme named right before it ("has started flood
    relief activities worth $4.8 million" -> flood relief activities): its head and the one to
    four words before it back to an article, a preposition, a verb of starting (``[project]``
    worth_openers) or a comma ending the clause before; none when a count or other text stands
    there instead."""
    openers = frozenset(funding_rules()["project"]["worth_openers"])
    items: list[_Item] = []
    for m in AMOUNT.finditer(text):
        at = _worth().search(text, max(0, m.start() - 80), m.start())
        if at is None or amount(m) in listed:
            continue
        before = text[sentence_start(text, at.start()) : at.start()].split()
        words: list[str] = []
        while (
            before
            and before[-1].lower() not in openers
            and not before[-1].endswith(",")
            and len(words) <= 4
        ):
            words.insert(0, before.pop())
        if not before or not words or len(words) > 4:
            continue
        if not all(re.fullmatch(r"[^\W\d_][\w'’-]*", w) for w in words):
            continue  # a count, a bracket or a clause's end: no name of one programme
        if title := _named().accept(" ".join([*words, at.group("head")])):
            items.append(_Item(title, amount(m), "worth"))
    return items


@cache
def _for_programme() -> tuple[re.Pattern[str], frozenset[str]]:
    """What follows an amount paying for a programme named in capitals: where the money comes
    from, then "for" and the name (``[project]`` name_heads)."""
    heads = frozenset(funding_rules()["project"]["name_heads"])
    after = re.compile(
        r"\s+(?:from\s+[^.;$]{1,80}?\s+)?for\s+(?:the\s+)?"
        r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,9})\b"
    )
    return after, heads


def programme_names(text: str) -> dict[str, str]:
    """The names ``text`` gives programmes before their acronyms, by acronym: the run of
    capitalised words ending the long form ("a Committee to oversee the COVID-19 Household
    Food Support Program (COHFSP)" -> "COVID-19 Household Food Support Program")."""
    heads = _for_programme()[1]
    names: dict[str, str] = {}
    for d in find_definitions(text):
        words = d.long.split()
        if not words or words[-1].lower() not in heads:
            continue
        start = len(words)
        while start and (words[start - 1][0].isupper() or words[start - 1][0].isdigit()):
            start -= 1
        if start < len(words) - 1:
            names[d.acronym] = " ".join(words[start:])
    return names


def _cluster_names(text: str) -> dict[str, str]:
    """The clusters and sectors ``text`` names with their acronyms, by acronym and by name:
    "Food Security and Agriculture Cluster (FSAC)"."""
    names: dict[str, str] = {}
    for d in find_definitions(text):
        if _CLUSTER_END.search(d.long):
            names[d.acronym] = names[d.long] = d.long
    return names


def _cluster_items(text: str, clusters: dict[str, str]) -> list[_Item]:
    """A cluster's requirement its partners ask for (C4): "the humanitarian partners of FSAC
    need $1.27 billion" is the Food Security and Agriculture Cluster's, titled by its name."""
    if not clusters:
        return []
    members = _members_of(tuple(sorted(clusters)))
    items: list[_Item] = []
    for m in AMOUNT.finditer(text):  # a bounded window before each amount: linear
        window = text[max(0, m.start() - _named().look_back) : m.start()]
        ask = _named().asks.search(window)
        if ask and (body := members.search(window, 0, ask.start())):
            items.append(_Item(clusters[body.group("body")], amount(m), "cluster"))
    return items


@cache
def _members_of(bodies: tuple[str, ...]) -> re.Pattern[str]:
    """The members of one of ``bodies`` ending a clause: "the partners of FSAC"."""
    words = alternatives(funding_rules()["named"]["body_members"])
    return re.compile(
        rf"\b(?:{words})\s+of\s+(?:the\s+)?(?P<body>{alternatives(list(bodies))})\s*$",
        re.IGNORECASE,
    )


def _programme_for_items(text: str, names: dict[str, str], listed: set[Money]) -> list[_Item]:
    """Amounts paying "for" a programme named in capitals ("US$ 12 million for the Rural
    Roads Project") or by an acronym of ``names``, titled by its full name."""
    after, heads = _for_programme()
    items: list[_Item] = []
    for m in AMOUNT.finditer(text):
        if amount(m) in listed or not (link := after.match(text, m.end())):
            continue
        name = link.group("name")
        words = name.split()
        title = names.get(name, name if len(words) > 1 and words[-1].lower() in heads else "")
        if title:
            items.append(_Item(title, amount(m), "project"))
    return items


def _respective_items(text: str) -> list[_Item]:
    """Items of a clause that pairs two or more amounts, in order, with as many purposes by
    "respectively" ("received $1.5 million and $0.6 million respectively for food assistance
    and nutrition"); none when the counts differ or a purpose names no programme (whom, a
    place, an actor)."""
    for clause in re.split(r"(?<=[.;])\s+", text) if "respectively" in text.lower() else ():
        found = list(AMOUNT.finditer(clause))
        between = [clause[a.end() : b.start()] for a, b in pairwise(found)]
        after = _PAIRED.match(clause, found[-1].end()) if found else None
        if len(found) < 2 or not all(map(_amount_glue().fullmatch, between)):
            continue
        shared = _SHARED_DOING.match(clause, found[-1].end())
        if after is None and shared is not None:  # "respectively to distribute food"
            title = prose_rules().done(clause, shared.end(), len(clause))
            owners = _BRACKETED.findall(clause, 0, found[0].start())[-len(found) :]
            if not title or len(owners) != len(found):
                return []
            return [
                _Item(f"{owner}: {title}", amount(m), "respectively")
                for owner, m in zip(owners, found, strict=True)
            ]
        if after is None or "respectively" not in clause[found[0].start() :].lower():
            continue
        purposes = after.group("purposes")
        split = _PAIRED_FOR if _PAIRED_FOR.search(purposes) else _PAIRED_SPLIT
        titles = [_named().accept(p) for p in split.split(purposes)]
        if len(titles) == len(found) and all(titles) and not any(map(_proper, titles)):
            return [_Item(t, amount(m), "respectively") for t, m in zip(titles, found, strict=True)]
    return []


_EACH = re.compile(r"\s+each(?=\s+(?:to|for)\s)", re.IGNORECASE)
"""One amount that every recipient named before it gets: "get $150,000 each to respond to"."""
_EACH_BEFORE = re.compile(r"\s+each(?=\s+[a-z])")
""""each" between the recipients and their verb of receiving: "A (X) and B (Y) are each to
receive $300,000 to ...", "A and B (Y) were each given $3 million to ..."."""


def _each_items(text: str) -> list[_Item]:
    """Items of an amount two or more recipients named with their acronyms in brackets get
    "each" for one purpose ("the United Nations Population Fund (UNFPA) and UN Women (UNW)
    get $150,000 each to respond to gender-based violence"): one programme per recipient,
    titled by its acronym and the purpose, one purpose of two agencies (C13).  The recipients
    are read back to the start of the amount's sentence (``sentence_start``)."""
    items: list[_Item] = []
    found = list(AMOUNT.finditer(text))
    for m, after in zip(found, [*found[1:], None], strict=False):
        start = sentence_start(text, m.start())
        if (each := _EACH.match(text, m.end())) is not None:
            owners, pos = _BRACKETED.findall(text, start, m.start()), each.end()
        elif (before := _each_receiving(text, start, m.start())) is not None:
            owners = [o.group(1) or o.group(2) for o in _OWNER.finditer(text, start, before)]
            pos = close.end() if (close := _CLOSE.match(text, m.end())) else m.end()
        else:
            continue
        end = after.start() if after else len(text)
        title = prose_rules().done(text, pos, end) if len(owners) >= 2 else ""
        items += [_Item(f"{owner}: {title}", amount(m), "each") for owner in owners if title]
    return items


def _each_receiving(text: str, start: int, at: int) -> int | None:
    """Where "each" stands before a verb of receiving right before the amount at ``at``
    ("A (X) and B (Y) are each to receive some $300,000"), or None: the recipients named
    before it each get the amount (fund news with two recipients of one sum)."""
    eaches = list(_EACH_BEFORE.finditer(text, max(start, at - 60), at))
    if not eaches:
        return None
    each = eaches[-1]
    local = _LOCAL_FIRST.search(text, each.end(), at)  # "300 million shillings ("
    verb = f"{text[start : each.start()]}{text[each.end() : local.start() if local else at]}"
    return each.start() if prose_rules().receiver.search(verb.rstrip() + " ") else None


_BOTH = re.compile(r",\s+both(?=\s+(?:to|for)\s)", re.IGNORECASE)
"""After the last of a sentence's amounts, each after its recipient, one purpose they share:
"UNICEF got $500,000 and WHO $200,000, both to treat malnutrition"."""
_OWNER = re.compile(r"\(([A-Z]{2,10})\)|\b([A-Z]{2,10})\b")
"""A recipient's acronym, bracketed or bare, before its amount."""


def _both_items(text: str) -> list[_Item]:
    """Items of two or more amounts of one sentence, each after its recipient's acronym, that
    share the purpose after ", both" ("UNICEF received $535,000 and the World Health
    Organization (WHO) got $266,000, both to distribute food"): one programme per recipient,
    titled by its acronym and the purpose (C13: "UNICEF: distribute food").  The amounts are
    read back to the start of the sentence (``sentence_start``)."""
    items: list[_Item] = []
    found = list(AMOUNT.finditer(text))
    starts = [f.start() for f in found]
    for k, m in enumerate(found):
        if (both := _BOTH.match(text, m.end())) is None:
            continue
        start = sentence_start(text, m.start())
        shared = found[bisect_left(starts, start) : k + 1]
        bounds = [start, *(f.end() for f in shared[:-1])]
        owners = [_last_owner(text, b, f.start()) for b, f in zip(bounds, shared, strict=True)]
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        if len(shared) < 2 or not all(owners):
            continue
        if title := prose_rules().done(text, both.end(), end):
            pairs = zip(owners, shared, strict=True)
            items += [_Item(f"{o}: {title}", amount(f), "both") for o, f in pairs]
    return items


def _last_owner(text: str, start: int, end: int) -> str:
    """The last acronym between ``start`` and ``end`` of ``text``, or ""."""
    owners = [m.group(1) or m.group(2) for m in _OWNER.finditer(text, start, end)]
    return owners[-1] if owners else ""


@cache
def _amount_glue() -> re.Pattern[str]:
    """Between the amounts of a list paired "respectively": ", ", " and ", ", and some "
    (the modifiers of ``[named]``)."""
    modifiers = alternatives(funding_rules()["named"]["modifiers"])
    return re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:{modifiers})\s+)?", re.IGNORECASE)


_PAIRED = re.compile(
    r"\s+(?:respectively\s+)?for\s+(?:the\s+)?(?P<purposes>[^.;()$]+?)"
    r"(?:,?\s+respectively)?\s*(?:[.;]|$)",
    re.IGNORECASE,
)
"""What a list of amounts pays for, "respectively" before or after it."""
_SHARED_DOING = re.compile(r"\s+respectively(?=\s+to\s)", re.IGNORECASE)
"""Amounts paired "respectively" with one thing they all do: "$190,426 and $5,835,472
respectively to distribute food" (a purpose read as ``_Prose.done`` reads it), each titled by
its recipient's acronym and that purpose ("UNICEF: distribute food", "WFP: distribute food"),
as the gold writes one purpose of two agencies; none without an acronym for each amount."""
_BRACKETED = re.compile(r"\(([A-Z]{2,10})\)")
"""A recipient's acronym in brackets before the amounts it is paired with."""
_PAIRED_FOR = re.compile(r",?\s+and\s+for\s+(?:the\s+)?|,\s*for\s+(?:the\s+)?")
"""Between purposes each repeating "for": "for emergency shelter and for water, sanitation
and hygiene" pairs two, not four."""


def _proper(title: str) -> bool:
    """Whether every word of a title is capitalised: a name (a place, a body), not what
    money pays for in running text."""
    return all(w[:1].isupper() for w in title.split() if w.lower() not in ("and", "of"))


_PAIRED_SPLIT = re.compile(r",\s*(?:and\s+)?(?:for\s+)?(?:the\s+)?|\s+and\s+(?:for\s+)?(?:the\s+)?")


_Found = list[tuple[re.Match[str], Money]]

_EQUIVALENT = re.compile(
    rf"\s*\(\s*(?:(?:{_SAME_SUM})\s+)?$",
    re.IGNORECASE,
)
"""Between a sum in another currency and its equivalent in brackets: "CHF 2,005,707 (USD"."""


def _in_dollars(text: str, found: _Found) -> tuple[_Found, dict[int, int]]:
    """The amounts of a line with a sum in another currency replaced by its US dollar
    equivalent in the bracket after it ("CHF 2,005,707 (USD 1,649,430 or EUR 1,238,090)"), the
    bracket's amounts dropped; and where each replaced sum's bracket closes, for the phrase
    after it."""
    kept: _Found = []
    closes: dict[int, int] = {}
    skip_to = -1
    for k, (m, value_) in enumerate(found):
        if m.start() < skip_to:
            continue
        nxt = found[k + 1] if k + 1 < len(found) else None
        close = text.find(")", nxt[0].end()) if nxt else -1
        if (
            nxt is not None
            and value_.currency != "USD"
            and nxt[1].currency == "USD"
            and close >= 0
            and _EQUIVALENT.fullmatch(text, m.end(), nxt[0].start())
        ):
            kept.append((m, nxt[1]))
            closes[m.start()] = close + 1
            skip_to = close
            continue
        kept.append((m, value_))
    return kept, closes


def _shared(text: str, found: _Found) -> _Found:
    """Figures without a currency in a line that writes one with another amount, in the
    currency of the nearest, when a bare "to" or "for" follows them ("about 600,000 dollars
    to logistics, five million to education"): items of the line's list like the others."""
    starts = [m.start() for m, _ in found]
    shared: _Found = []
    for m in SHARED.finditer(text) if found else ():
        k = bisect_right(starts, m.start())
        if k and found[k - 1][0].end() > m.start():
            continue  # part of a written amount ("US$ 12 million")
        near = [found[j] for j in (k - 1, k) if 0 <= j < len(found)]
        nearest = min(near, key=lambda f: abs(f[0].start() - m.start()))[1]
        if _LISTED_LINK.match(text, m.end()):
            shared.append((m, shared_amount(m, nearest.currency)))
    return shared


def _amount_bullet(line: Line) -> bool:
    """A bullet line opening with an amount: "• US$50,000 for hygiene supplies"."""
    bullet = _BULLET.match(line.text)
    return bullet is not None and AMOUNT.match(line.text, bullet.end()) is not None


def _bullet_run(sentence: list[tuple[Line, list[_Item]]], line: Line) -> bool:
    """Whether ``line`` goes on with a list of amounts one to a bullet: the sentence so far
    opens with an amount on its bullet and ``line``, right below it, does too ("• US$120,000
    for water filters." / "• US$25,000 for hygiene supplies." list two amounts as one sentence
    listing them would)."""
    return (
        _amount_bullet(sentence[0][0])
        and _amount_bullet(line)
        and line.index == sentence[-1][0].index + 1
    )


_LISTED_LINK = re.compile(
    rf"\s+(?:to|for|{alternatives([*_LANGUAGES['listed'], *_LANGUAGES['allocated']])})\s+[^\W\d_]"
)

_SHARE_LINK = rf"(?:to|for|{alternatives(_LANGUAGES['listed'])})"
_SHARE_TO = re.compile(
    rf"\s+(?:to|{alternatives(_LANGUAGES['given_to'])})\s+{_ARTICLES}?"
    rf"(?P<name>[A-Z][^,;.:$()]{{0,60}}?)(?:\s*\([^()]{{1,80}}\))?(?=\s+{_SHARE_LINK}\s)"
)
"""Whom a share on its bullet goes to, named in capitals (an aside in brackets after it) before
what it pays for: "• US$50,000 to CARE (an NGO) for ...", "• US$50.000 a CARE para ..."."""
_ROMANCE_NOUN_FOR = re.compile(
    rf"\s+(?:{alternatives(_LANGUAGES['listed'])})\s+"
    rf"(?![^\W\d_]+(?:{alternatives(_LANGUAGES['infinitive_endings'])})\b)(?=[^\W\d_])"
)
"""A Spanish, French or Portuguese "for" before a noun, no verb in the infinitive ("para agua,
saneamiento e higiene"): what the money pays for, as after "for"."""
_OWN_WORK = re.compile(
    rf"\s+{_SHARE_LINK}\s+(?:"
    rf"{alternatives([*funding_rules()['allocated']['possessives'], *_LANGUAGES['possessives']])}"
    r")\s",
    re.IGNORECASE,
)
"""A share's purpose opened by its recipient's possessive: "for its work", "para sus
actividades" (the recipient's own work, no title of its own)."""


def _share_runs(lines: list[Line]) -> dict[int, list[_Item]]:
    """The shares of a sum given out one to a bullet, by line index: two or more bullet lines
    right below each other, each opening with its amount, read as a donor's verb before each
    amount would be ("• US$50,000 to CARE for water and sanitation." / "• US$120,000 to buy
    water filters.": whom it goes to skipped, what it pays for the title, C2, C2a).  Two
    shares of one run with the same purpose keep their recipients before it (C13: "CARE:
    water and sanitation", "Oxfam: water and sanitation")."""
    runs: list[list[Line]] = []
    for line in lines:
        if not _amount_bullet(line):
            continue
        if runs and runs[-1][-1].index == line.index - 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    shares: dict[int, list[_Item]] = {}
    for run in (r for r in runs if len(r) >= 2):
        read = [(line, _share(line.text)) for line in run]
        titles = [title for _, (_, title, _) in read if title]
        for line, (name, title, money) in read:
            if not title or money is None:
                continue
            if titles.count(title) > 1 and name:
                title = f"{name}: {title}"
            shares[line.index] = [_Item(title, money, "share")]
    return shares


def _share(text: str) -> tuple[str, str, Money | None]:
    """The recipient, the purpose and the amount of a bullet opening with its amount, or
    ("", "", None)."""
    bullet = _BULLET.match(text)
    m = AMOUNT.match(text, bullet.end()) if bullet else None
    if m is None:
        return "", "", None
    end, pos, name = len(text), m.end(), ""
    if (to := _SHARE_TO.match(text, pos)) is not None:
        name, pos = to.group("name").strip(), to.end()
    rest = text[pos:end]
    if _OWN_WORK.match(rest):
        return "", "", None
    if (noun := _ROMANCE_NOUN_FOR.match(rest)) is not None:
        if prose_rules().serves(rest[noun.end() :]):
            return "", "", None  # "para las familias": whom it serves
        rest = f" for {rest[noun.end() :]}"
    title = prose_rules().done(rest, 0, len(rest))
    return name, _named().accept(title, done=True) if title else "", amount(m)


class _ProseReading(Reading):
    """Reads amounts in sentences, label lines and requirements under sector headings."""

    def read_lists(self) -> None:
        """Amounts in prose: two or more in one sentence ("Health ($11,167,796), Education
        ($18,901,500) and Protection ($5,000,000)", "USD 63 million for health and USD 20
        million for shelter"), or one whose phrase says what it pays for ("$2 million will go
        towards early recovery").  Any other lone amount is a passing mention, not a block, and
        an amount given to an agency or a country ("$500,000 will go to FAO") is no programme,
        what it pays for may be ("... to the Food and Agriculture Organization (FAO) for
        seeds").  A figure without a currency lists with the line's written amounts.
        A sentence hard-wrapped over several lines is one list: "$58 million for food
        security," / "$41 million for nutrition and $7 million for education." lists three."""
        about, section = "", ""
        earlier = {id(b) for b in self.blocks}  # read by the plan's layout, not in prose
        fund, activity, lead = allocating_fund(self.doc.text, self.resolver), "", ""
        named, funded = _named_projects()
        project = m.group("name").strip() if (m := named.search(self.doc.text)) else ""
        names = programme_names(self.doc.text)
        clusters = _cluster_names(self.doc.text)
        largest = _largest(self.doc.text)
        askers = self._askers()
        sentence: list[tuple[Line, list[_Item]]] = []
        own = self.own_cluster()
        recipient_runs = _recipient_runs(self.lines)
        shares = _share_runs(self.lines)
        for line in self.lines:
            if (
                sentence
                and not _continues(sentence[-1][0], line)
                and not _bullet_run(sentence, line)
            ):
                self.add_sentence(sentence)
                sentence = []
            if (tile := _tile(line.text)) is not None:
                body = section or own
                self.add_items([_Item(body, tile, "tile")] if body else [], line)
                continue
            if (asked := _tile_label(line.text)) is not None:
                self.add_items([_Item(about, asked, "tile")] if about else [], line)
                continue
            if (
                (_heading(line) or line.text.startswith("#"))
                and len(line.text) <= 80
                and not FIGURE_LINE.match(line.text)
            ):
                about = self.sector(line.text) or about
                section = self.sector_within(line.text)
                activity = line.text.lstrip("# ") if _activity().match(line.text) else ""
                lead = ""
            if (label := _LEAD_LABEL.match(line.text)) or _BULLET.match(line.text):
                lead = label.group("label") if label else ""
            items = (
                shares.get(line.index, [])
                or _bracketed_items(self.with_bracket_below(line))
                or _recipient_items(line.text, line.index in recipient_runs)
                or _parenthesised(line.text)
                or _leader_items(line.text)
                or _respective_items(line.text)
                or _dashed_items(line.text)
                or _each_items(line.text)
                or _both_items(line.text)
            )
            items += _cluster_items(line.text, clusters)
            items += self._grant_items(line.text, {i.money for i in items})
            items += _project_items(line.text, project, funded, {i.money for i in items})
            items += [  # "for the World Food Programme (WFP)": an agency, no programme's name
                i
                for i in _programme_for_items(line.text, names, {i.money for i in items})
                if not known_agency(i.title, self.resolver)
            ]
            items += _costed_items(line.text, {i.money for i in items})
            items += _worth_items(line.text, {i.money for i in items})
            listed = {i.money for i in items}  # amounts in prose beside a bracketed list join it
            prose = _amount_items(line.text, about, bool(fund), self.resolver)
            items += [i for i in prose if i.money not in listed]
            items = [self._activity_item(i, activity and (lead or activity)) for i in items]
            items = [self._agency_share(i, largest, askers) for i in items]
            items = [_opened(i, line.text) for i in items]
            items = self._numbered(line.text, items)
            wholes = _shared_out(line.text)
            items = [i for i in items if i.money not in wholes]
            if _funding_box(line, _neighbours(self.lines, line.index, 1)):
                items = []
            sentence.append((line, [k for i in items if (k := self._funded(i, fund))]))
        self.add_sentence(sentence)
        self.blocks.sort(key=lambda b: b.money_line.index)
        self.drop_fund_totals()
        self.drop_wholes(earlier)
        self.drop_split_allocations()
        self.drop_rounded()
        self.drop_converted()

    def drop_converted(self) -> None:
        """A programme in another currency whose sum the page gives elsewhere with its dollar
        equivalent in brackets, under the same title ("aporta 50.000 euros a Ruritania para
        X" in a story's heading, "aporta 50.000 euros (54.000 dólares) a Ruritania para X" in
        its text), is the same money written twice: the dollars are kept.  The same sum given
        for another title is another gift.  The lines are read again only when such a pair of
        titles exists."""
        in_dollars = {
            b.title for b in self.blocks if b.kind == "programme" and b.funding.currency == "USD"
        }
        if not any(
            b.kind == "programme" and b.funding.currency != "USD" and b.title in in_dollars
            for b in self.blocks
        ):
            return
        converted: set[Money] = set()
        for line in self.lines:
            found = [(m, amount(m)) for m in AMOUNT.finditer(line.text)]
            written = dict(found)
            for m, money in _in_dollars(line.text, found)[0]:
                if written[m] != money:
                    converted.add(written[m])
        self.blocks = [
            b
            for b in self.blocks
            if b.kind != "programme"
            or b.funding.currency == "USD"
            or b.funding not in converted
            or b.title not in in_dollars
        ]

    def with_bracket_below(self, line: Line) -> str:
        """``line``'s text, with the line below it when that one opens with a bracket and this
        one ends with an amount: "(3) World Relief Agency (WRA) $25 million" over "(for
        shelter; transport)" is one item."""
        below = _neighbours(self.lines, line.index, 1)
        ends = (m.end() for m in AMOUNT.finditer(line.text))
        if (
            below is None
            or not below.text.startswith("(")
            or max(ends, default=-1) < len(line.text.rstrip())
        ):
            return line.text
        return f"{line.text} {below.text}"

    def own_cluster(self) -> str:
        """The cluster a page's title names as the publisher of the page ("Nepal Earthquake" /
        "Health Cluster Bulletin No. 4" -> Health; ``[tile] documents``): a tile of that page
        asking for an amount under a heading naming no cluster is the cluster's requirement
        (C4).  The title is the first two lines that are not blank, each short; a section's
        heading ("Formal Nutrition Cluster System data") names no document."""
        title = islice((line.text for line in self.lines if line.text.strip()), 2)
        return next((s for t in title if _own_title(t) and (s := self.sector_within(t))), "")

    def drop_rounded(self) -> None:
        """A programme whose amount is another's rounded ("CERF allocates $427,000 to DPRK"
        in a story's heading, "US$427,131 has gone ..." in its text) is the same money written
        twice: the exact one, to the dollar or nearly ("$799,253"), is kept; rounding moves an
        amount by little (``[fund] rounded_share``), so 28,521,963 is no 30,000,000."""
        share = Decimal(str(funding_rules()["fund"]["rounded_share"]))
        exact: dict[tuple[str, Decimal, int], Decimal] = {}  # built once: linear in the blocks
        for b in self.blocks:
            if b.kind == "programme" and _zeros(b.funding.amount) <= 2:  # "$427,131"
                for zeros in range(3, 8):
                    unit = Decimal(10) ** zeros
                    low = (b.funding.amount // unit) * unit
                    for near in (low, low + unit):
                        exact[(b.funding.currency, near, zeros)] = b.funding.amount
        self.blocks = [b for b in self.blocks if not _rounded(b, exact, share)]

    def drop_fund_totals(self) -> None:
        """A fund's allocation named by whose it is ("thanks to an allocation of $10 million
        from the CERF") is the story's whole, not a programme, when the page goes on to split it
        into programmes whose amounts make up most of it (``[fund] breakdown_share``): "$3.1
        million to feed civilians", "$1.8 million ..." and so on, each a programme."""
        data = funding_rules()["fund"]
        nouns, share = set(data["nouns"]), Decimal(str(data["breakdown_share"]))
        grants = [
            b
            for b in self.blocks
            if b.kind == "programme" and b.rule == "grant" and b.title.split()[-1] in nouns
        ]
        totals: dict[str, Decimal] = {}  # summed once: linear in the blocks
        for b in self.blocks:
            if b.kind == "programme":
                c = b.funding.currency
                totals[c] = totals.get(c, Decimal(0)) + b.funding.amount
        whole = [
            g
            for g in grants
            if share * g.funding.amount
            <= totals[g.funding.currency] - g.funding.amount
            <= g.funding.amount
        ]
        dropped = {id(g) for g in whole}
        self.blocks = [b for b in self.blocks if id(b) not in dropped]

    def _numbered(self, text: str, items: list[_Item]) -> list[_Item]:
        """The items of a numbered label's line (``_NUMBERED_LABEL``) whose amount is the one
        amount of the sentence after the label, titled by the label: what the page heads the
        envelope with, not the words its sentence goes on with ("will go to activities that
        meet ..."); a label the resolver knows (an agency, a country) names who gets it."""
        m = _NUMBERED_LABEL.match(text)
        if m is None or self.resolver.known(m.group("label").strip()) is not None:
            return items
        if not _numbered_share().match(m.group("first")):
            return items  # "2. Key figures: WFP was given $3 million for ...": no envelope
        label = " ".join(m.group("label").split())
        found = [amount(a) for a in AMOUNT.finditer(m.group("first"))]
        if len(found) != 1 or len(label.split()) > prose_rules().max_words:
            return items
        return [
            i._replace(title=label, rule="numbered") if i.money == found[0] else i for i in items
        ]

    def drop_split_allocations(self) -> None:
        """A fund's allocation read by its verb of allocating (rule "fund-allocated") is one
        programme only on a page reading no other: where the page splits the money per agency
        with amounts, those shares are the rows (C17).  Told on the first line of the page with
        an amount, the story's own allocation, beside other programmes adding up to less than
        half of it, they are other money, not its shares ("The UN has approved a further $4.2
        million from the CERF to ..." above "a cash grant of $100,000 ... was allocated to
        ..."): it stays."""
        programmes = [b for b in self.blocks if b.kind == "programme"]
        if all(b.rule == "fund-allocated" for b in programmes):
            return
        others: dict[str, Decimal] = {}
        for b in programmes:
            if b.rule != "fund-allocated":
                others[b.funding.currency] = others.get(b.funding.currency, 0) + b.funding.amount
        first = next((line.index for line in self.lines if AMOUNT.search(line.text)), -1)
        self.blocks = [
            b
            for b in self.blocks
            if b.rule != "fund-allocated"
            or (
                b.money_line.index == first
                and 2 * others.get(b.funding.currency, Decimal(0)) < b.funding.amount
            )
        ]

    def drop_wholes(self, earlier: set[int]) -> None:
        """A programme whose amount the next two or more programmes, on later lines, add up to
        (within ``[fund] rounded_share``) is their whole told first, not a programme of its
        own: "$8 million to the country for food aid", then "Of the allocation, $5 million is
        for ..., $2 million ... and $1 million ..." (``[fund] of_whole``)."""
        share = Decimal(str(funding_rules()["fund"]["rounded_share"]))
        programmes = [b for b in self.blocks if b.kind == "programme" and id(b) not in earlier]
        wholes = {
            id(b) for k, b in enumerate(programmes) if _whole_of(b, programmes[k + 1 :], share)
        }
        self.blocks = [b for b in self.blocks if id(b) not in wholes]

    def add_sentence(self, lines: list[tuple[Line, list[_Item]]]) -> None:
        """The items of one sentence, line by line: all of them when it lists two or more,
        else only one whose phrase says what it pays for."""
        items = _sector_items([i for _, found in lines for i in found])
        amounts = sum(len(AMOUNT.findall(line.text)) for line, _ in lines)
        for line, found in lines:
            kept = [
                i
                for i in found
                if i in items
                and (len(items) >= 2 or i.rule != "listed")
                and (amounts >= 2 or i.rule != "asked")
            ]
            self.add_items(kept, line)

    def _askers(self) -> set[str]:
        """The agencies the resolver knows that the page writes asking for or needing an
        amount ("WFP asks for $5.6 million", "the World Health Organization (WHO) needs
        $106,000"), read once: linear in the page's amounts."""
        prose, found = prose_rules(), set()
        for m in AMOUNT.finditer(self.doc.text):
            if (owner := prose.asking_owner(self.doc.text, m)) and self._asking_agency(owner):
                found.add(owner)
        return found

    def _asking_agency(self, acronym: str) -> bool:
        """Whether ``acronym`` names an agency, not a plan the page defines ("RRP")."""
        known = self.resolver.known(acronym)
        return known is not None and kinds().is_("asking", known.kind)

    def _agency_share(self, item: _Item, largest: dict[str, Decimal], askers: set[str]) -> _Item:
        """``item`` asked by one of two or more agencies the page writes asking ("WFP
        asks for $5.6 million to feed ...", "UNICEF asks for about $1.7 million for ..."),
        below a larger amount the page states (their appeal's whole), as that agency's share
        of the appeal: a programme even alone in its sentence (rule "agency-asked").  One
        agency asking alone states its own requirement, no programme (C13)."""
        if not item.owner or item.rule == "activity" or (item.rule == "named" and not item.asked):
            return item
        if len(askers) < 2 or item.owner not in askers:
            return item
        if item.money.amount >= largest.get(item.money.currency, Decimal(0)):
            return item
        return item._replace(title=item.asked or item.title, rule="agency-asked")

    def _grant_items(self, text: str, listed: set[Money]) -> list[_Item]:
        """Grants ``text`` names with their amounts ("an allocation of USD 3.6 million from the
        Central Emergency Response Fund"), titled by whose grant they are."""
        items: list[_Item] = []
        for m in AMOUNT.finditer(text):
            money = amount(m)
            if money not in listed and (
                title := grant_title(text, m.start(), m.end(), self.resolver)
            ):
                items.append(_Item(title, money, "grant"))
        return items

    def _activity_item(self, item: _Item, activity: str) -> _Item:
        """``item`` as the requirement of the ``activity`` its heading names, or the label
        leading its paragraph under that heading names ("• Refugees: ..."), when the clause
        before its verb names only the agency that needs it ("WFP needs USD 43.8 million")."""
        known = self.resolver.known(item.title) if activity and item.rule == "named" else None
        if known is None or known.kind not in funding_rules()["fund"]["recipient_kinds"]:
            return item
        return item._replace(title=activity, rule="activity")

    def _funded(self, item: _Item, fund: str) -> _Item | None:
        """``item`` as a programme: an allocation of the document's ``fund`` when the money
        goes to an organisation ("CERF allocation to the World Food Programme"), or None when
        its title names an agency, a donor or a place (an appeal's ask split by country, "asks
        $9.6 million for Armenia, $8.7 million for Azerbaijan", names no programme: C2, C13)."""
        if item.recipient and (
            title := fund_recipient(item.title, item.recipient, item.acronym, fund, self.resolver)
        ):
            return item._replace(title=title, rule="fund", given=False)
        if item.rule == "dashed" and (
            title := fund_recipient(item.title, item.title, "", fund, self.resolver)
        ):
            # "(FAO - $700,000, UNFPA - $350,000)": an agency's share of the fund, no purpose
            return item._replace(title=title, rule="fund", given=False)
        if item.rule == "cluster":  # C4: titled by the body, which the resolver knows
            return item
        return None if self._lists_known(item.title) else item

    def _lists_known(self, title: str) -> bool:
        """Whether the resolver knows the title or a member of the list it makes as no
        coordination body: money "requested for Burundi, DR Congo and the transit centre" goes
        to places; money "to support the Humanitarian Response Forum" pays for the forum's
        work, what it is for."""
        members = [title, *TITLE_MEMBERS.split(title)]
        known = (self.resolver.known(_DETERMINERS.sub("", m.strip())) for m in members)
        return any(k is not None and not kinds().is_("body", k.kind) for k in known)

    def add_items(self, items: list[_Item], line: Line) -> None:
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

    def label(self, line: Line, taken: set[int]) -> _Label | None:
        """The label ``line`` starts: a label line, or a title line over a line holding only
        its amount with its currency ("Food Security" / "$ 20.5 M"), as charts flattened to
        text print them."""
        if line.index in taken:
            return None
        if (item := _labels().item(line.text)) is not None:
            return _Label(line, line, *item, "labelled")
        if (need := _labels().needs(line.text)) is not None:
            return _Label(line, line, *need, "needs")
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
            self.blocks.append(item_programme(about, line, below, money, below.index, "headed"))
        self.blocks.sort(key=lambda b: b.money_line.index)
