"""The phrases of ``rules/funding.toml`` compiled once: what ties an amount to what it pays for
("is for", "will go towards"), a programme named before the verb asking for its amount,
label lines and dashboard tiles, and the words of other money (received, pledged, gaps)
that are never a programme's requirement."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from coordkg.graph.extract.money import (
    AMOUNT,
    amount,
    whole_amount,
)
from coordkg.graph.extract.programmes_lines import (
    _stack_title,
)
from coordkg.graph.extract.rulefiles import alternatives, language_words, rules_file, words_of
from coordkg.graph.model import Money
from coordkg.graph.read.text import MONTHS

SENTENCE_REACH = 300
"""How far back from an amount the readers of its sentence look at most (the sentence's start,
its fronted purpose, the recipients of "each" or "both"): linear in a long line."""


def sentence_start(text: str, at: int) -> int:
    """Where the sentence of ``at`` starts (the last ". " before it), at most
    ``SENTENCE_REACH`` characters back."""
    start = max(0, at - SENTENCE_REACH)
    return max(start, text.rfind(". ", start, at))


@cache
def funding_rules() -> dict[str, Any]:
    """``rules/funding.toml`` (cached: it ships with the package)."""
    return rules_file("funding.toml")


_LANGUAGES: dict[str, list[str]] = funding_rules()["languages"]
"""The rules' words in Spanish, French and Portuguese, read beside the English ones."""
_AND = "|".join(
    re.escape(w) if len(w) > 1 else f"(?-i:{re.escape(w)})"
    for w in language_words("and")
    if " " not in w
)
"""The words closing a list; "y" and "e" only in lower case ("hepatitis E" closes none). The
phrases ("as well as", "así como") join two members but close no list: "emergency surgery, for
returnees as well as hosts, and cholera kits" lists two things, not three."""
_JOINED = "|".join(
    r"\s+".join(map(re.escape, w.split())) for w in language_words("and") if " " in w
)
"""The phrases of `and` ("as well as", "así como"), joining two members of a title."""
_ARTICLES = (
    r"(?:(?:"
    + "|".join(re.escape(a) for a in language_words("articles") if a[-1].isalpha())
    + r")\s+|"
    + "|".join(re.escape(a) for a in language_words("articles") if not a[-1].isalpha())
    + ")"
)
"""An article before a title: "the", "el", "les", or "l'" joined to its noun ("l'agriculture")."""
_REACHING = re.compile(
    rf"\s+(?:to|will)\s+(?:{alternatives(funding_rules()['allocated']['reaching'])})\b",
    re.IGNORECASE,
)
"""A verb saying only whom an amount reaches ("will reach 65,000 people"), unlike one that is
the activity ("is to feed some 270,000 people" is "feed people", C2b)."""
_ROMANCE_LINKS = frozenset([*_LANGUAGES["listed"], *_LANGUAGES["allocated"]])
_INFINITIVE = tuple(_LANGUAGES["infinitive_endings"])

_FILLER = r"[-+]?\d+(?:\.\d+)?%|[–—-](?!\S)"
"""A cell of another column that holds no money: a percentage ("-44%", "+6%") or a dash."""
_FOR_ITEM_END = re.compile(rf",?\s+(?:{_AND})\s*$|\s+sectors?$|\s+clusters?$")
"""A title's tail that is no part of it: the and-word before the next amount of a list ("5
millones para salud y 3 millones ..."), or a bare "sector" or "cluster"."""
_LETTER = r"[^\W\d_]"
"""A letter, accented ones too ("água", "éducation")."""
_WORD = rf"{_LETTER}[\w/'-]*"
_MEMBER = rf"(?:(?!(?:at|for|to|in|by|with|from|on)\s){_WORD}\s+){{0,3}}?{_WORD}"
"""A short member of a list inside a title between two commas: up to four words, none of the
words that say whom or where ("aimed at children, pregnant women and ..." is no member)."""
_LISTED_WORDS = (
    rf"(?!and\s+(?:the|an?)\s)"
    rf"(?=(?:{_MEMBER},\s+){{0,6}}(?:{_WORD}\s+){{0,3}}?{_WORD},?\s+(?:{_AND})\s)"
)
"""After a comma inside a title, the next member of a list of its words closed by "and", up to
six other members between them (looked ahead a bounded way: linear in a long line): "water,
sanitation and hygiene" and "health care, nutrition services, protection of girls and boys"
are one title, "clean water, while ..." ends at the comma, and
so does ", and the Food and Agriculture Organization (FAO) has received ...": a new clause."""
_IN_TITLE = (
    r"(?:[^,;.()$:]|(?<=\d)[,.](?=\d)"
    r"|(?<=[A-Za-z] )\([A-Z]{2,8}\)(?=\s+(?!(?:to|for|in|and|or|will|would|is|are|was|were"
    r"|has|have|had|with|of|on|at|by|as|from|through)\b)[a-z]))"
)
"""A character of a title: no punctuation ending it, but the comma or point inside a number
("1,464 mt of food", kept by ``title`` only as a quantity of goods) or the acronym in
brackets of words the title goes on after ("Displacement Tracking Matrix (DTM) teams")."""
_LAST = rf"(?:,\s+(?:{_AND})\s+(?!(?:the|an?)\s){_LETTER}{_IN_TITLE}*(?=[.;]|$))?"
"""A list's last member after a comma and "and", ending its sentence: "..., protection of
girls and boys, and WASH interventions."."""
_GIVEN_AS = alternatives(funding_rules()["allocated"]["given_as"])
"""The words joining what is given to the form it is given in ("in the form of", "such as")."""
_EXAMPLES = rf"(?:,\s+(?:{_GIVEN_AS})\s{_IN_TITLE}+(?=,))?"
"""Examples of what is given set off by commas: "agricultural inputs, such as seeds and
fertilizer, for the season" (``given_as``: the form of what is given, not whom or where)."""


def _title(prefix: str = "") -> str:
    """The group ``title``: what an amount pays for after the phrase tying them, a list of words
    closed by "and" included, opened by ``prefix`` (a pattern, optional in it or not)."""
    return (
        rf"(?P<title>{prefix}{_LETTER}{_IN_TITLE}*"
        rf"(?:(?:,\s+{_LISTED_WORDS}{_IN_TITLE}*)+{_LAST})?{_EXAMPLES})"
    )


_TITLE = _title()
"""What an amount pays for after the phrase tying them, a list of words closed by "and"
included."""


_AND_ANOTHER = r"(?:(?:\s+and\s+|\s*/\s*)(?:the\s+)?[A-Z][^,;.()$:]{0,80}?\s*\([A-Z]{2,12}\))?"
"""A second recipient with its acronym after the first's: "to the United Nations High
Commissioner for Refugees (UNHCR) and the United Nations Children's Fund (UNICEF) to build up
capacity" (the pair gets the money, its purpose is the programme); "the World Health
Organization (WHO)/Pan American Health Organization (PAHO)": one office of both."""
_SOURCE = r"(?-i:[A-Z][\w'’-]*(?:\s+(?:(?:of|for)\s+)?[A-Z][\w'’-]*){0,5})(?:\s*\([A-Z]{2,10}\))?"
"""Where received money comes from, named in capitals between the amount and its purpose:
"was provided with nearly $1 million from the CERF to provide emergency food", "from the
United States Agency for International Development (USAID) for ..."."""


_FROM_SOURCE_NAMED = (
    r"\s+from\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*(?:\s+(?:(?i:of|for)\s+(?:(?i:the)\s+)?)?"
    r"[A-Z][\w'’-]*){0,7})(?:\s*\([A-Z]{2,10}\))?"
)
"""Where an amount comes from, named in capitals, between it and the phrase saying what it
pays for: "a grant of 100,000 USD from the Office for the Coordination of Humanitarian Affairs
(OCHA) was allocated to support ..." (read as without it)."""


@dataclass(frozen=True)
class _Prose:
    """The phrases of ``rules/funding.toml`` that tie an amount to what it pays for."""

    link: re.Pattern[str]
    title_end: re.Pattern[str]
    not_programmes: frozenset[str]
    max_words: int
    not_after_to: frozenset[str]
    purpose: re.Pattern[str]
    spender: re.Pattern[str]
    spent_on: re.Pattern[str]
    receiver: re.Pattern[str]
    giver: re.Pattern[str]  # a donor's "has provided", "announced" right before an amount
    fund_receiver: re.Pattern[str]  # "received", "got" before an amount: in a fund's story
    fund_giver: re.Pattern[str]  # "gave the World Food Programme (WFP)" before an amount
    asker: re.Pattern[str]
    needer: re.Pattern[str]  # "needs", "requires" (``[named] verbs``) right before an amount
    purpose_words: re.Pattern[str]
    kept_going: re.Pattern[str]  # "keeping <what> running": what is kept up
    next_amount: re.Pattern[str]  # "and some" before the next item's amount: not the title's
    whole: re.Pattern[str]  # "Under the ... Plan, ", "the plan says" before an amount
    recipient_only: frozenset[str]  # "has gone to": a programme only with a named recipient
    place_tail: re.Pattern[str]  # "in Cameroon" ending a title (``place_ends``): not its head
    whom: frozenset[str]  # whom a programme serves (``whom``)
    recipient: re.Pattern[str]  # a recipient in capitals before "to <verb>" or "(ACR) for"
    backed: re.Pattern[str]  # "support the Red Cross (RC) in" before what the recipient does
    source: re.Pattern[str]  # "from the CERF", "of CERF grants" after an amount, before its use
    for_purpose: re.Pattern[str]  # "for <title>": after an amount given or asked for
    light: re.Pattern[str]  # "to provide <title>": a verb of ``purpose_verbs``
    doing: re.Pattern[str]  # "to distribute <title>": any other verb, kept
    more: re.Pattern[str]  # whom or where, then "and" before "for" or "to": a further purpose
    grant_before: re.Pattern[str]  # "With an allocation of" before an amount
    grant_after: re.Pattern[str]  # ", FAO" after it, up to the "will" of its purpose
    grant_to: re.Pattern[str]  # " grant to WHO" after "a $X", up to the "will" of its purpose
    enabler: re.Pattern[str]  # " will let UNHCR and IOM" after an amount, before their verb
    back: frozenset[str]  # "the same purpose": a title that refers back (``refers_back``)
    plan_asker: re.Pattern[str]  # "This Response Plan seeks" before an amount: the whole ask
    and_light: re.Pattern[str]  # " and run " inside a title: a further verb of providing
    counted: re.Pattern[str]  # "to treat almost 70,000 <whom>": a verb, a count, then whom
    body_work: re.Pattern[str]  # "cluster activities" ending a title: the body (C4)
    does: re.Pattern[str]  # " is to", " will be used", " will" after an amount, before its use
    gift: tuple[re.Pattern[str], re.Pattern[str]]  # "has received a", " contribution" around
    gift_of: re.Pattern[str]  # "has welcomed a contribution of" before an amount
    routed: re.Pattern[str]  # ", made through its agency," after a gift's donor
    received_towards: tuple[re.Pattern[str], re.Pattern[str]]  # "has received", " towards X"
    fronted_to: re.Pattern[str]  # "To ensure <purpose>, a grant of " before an amount
    aside_last: re.Pattern[str]  # ", for host communities, and <last purpose>." after a title
    allocator: re.Pattern[str]  # a fund's "has allocated" right before an amount

    def whole_plan(self, text: str, amount_start: int) -> bool:
        """Whether the clause of the amount at ``amount_start`` opens with a plan's name
        ("Under the Lean Season Response Plan, USD 226 million is needed for ...") or has a
        plan say it ("the response plan says a further USD 29.3 million is needed ...")."""
        return self.whole.search(text, max(0, amount_start - 120), amount_start) is not None

    def purpose_title(self, text: str, link: re.Match[str] | None, end: int) -> str:
        """What a named recipient after ``link`` is to do with the money ("for the World
        Food Programme (WFP) to provide food assistance" -> food assistance), or "": the
        recipient is who gets the money, its purpose the programme."""
        if link is None:
            return ""
        m = self.purpose.match(text, link.start("title"), end)
        first = self.title(m.group("title")) if m else ""
        if _WHOLE_OF.match(first) or not _named().accept(first, done=True):
            first = ""  # "to Kenya for its humanitarian programmes", "for humanitarian projects"
        if m is None or not first:
            r = self.recipient.match(text, link.start("title"), end)
            if r is None and (b := self.backed.match(text, link.start("title"), end)):
                # "to support the Red Cross (RC) in delivering relief": what it does is the
                # purpose, read as after "for" ("delivering" dropped, C2a) or after "to"
                rest = f"{' for' if b.group('doing') else ''}{text[b.end() : end]}"
                if b.group("doing"):  # "... and in replenishing stocks": a further purpose
                    rest = _AND_IN_DOING.sub(" and for ", rest)
                return self.done(rest, 0, len(rest))
            return self.done(text, r.end(), end) if r else ""
        stop = m.start("title") + m.group("title").find(first) + len(first)
        listed = _served_list(text, first, stop, end)
        if listed != first:
            return listed
        after_verb = _FOR_END.search(text, m.start(), m.start("title")) is None
        return self.more_purposes(text, [self.place_tail.sub("", first)], stop, end, after_verb)

    def spent_title(self, text: str, amount_: re.Match[str], end: int) -> str:
        """What an amount after a spending verb is spent on ("will spend $115,000 on
        reproductive health services"), or "" when no such verb comes right before it."""
        if self.spender.search(text, max(0, amount_.start() - 40), amount_.start()) is None:
            return ""
        source = self.source.match(text, amount_.end(), end)  # "$106,196 from the CERF"
        pos = source.end() if source else amount_.end()
        m = self.spent_on.match(text, pos, end)
        return self.title(m.group("title")) if m else self.done(text, pos, end)

    def received_title(
        self,
        text: str,
        amount_: re.Match[str],
        end: int,
        fund: bool = False,
        allocated: bool = False,
    ) -> str:
        """What an amount after a verb of receiving pays for ("UNHCR has been allocated $1
        million for humanitarian assistance"), or after a donor's verb of giving ("UNDP has
        provided $80,000 for immediate needs"), or "" when no such verb comes right before it:
        the purpose after it is the programme.  In a story of a
        fund's allocations (``fund``) a bare "received" or "got" is such a verb too ("UNICEF
        received $415,000 to carry on ..."): the money is the fund's allocation.  With
        ``allocated`` only a fund's verb of allocating is read ("allocated $2.5 million from
        the CERF to ...", ``allocating_verbs``)."""
        start = max(0, amount_.start() - 50)
        if allocated:
            verb = self.allocator.search(text, start, amount_.start())
            return self._received(text, amount_, end, verb) if verb else ""
        verb = self.receiver.search(text, start, amount_.start()) or self.giver.search(
            text, start, amount_.start()
        )
        if verb is None and fund:
            verb = self.fund_receiver.search(text, start, amount_.start())
        if verb is None and fund:
            verb = self.fund_giver.search(text, max(0, amount_.start() - 120), amount_.start())
        pos = amount_.end()
        if verb is None and (noun := self.gift[1].match(text, pos, end)) is not None:
            verb = self.gift[0].search(text, start, amount_.start())
            pos = noun.end()  # "has received a US$2 million contribution from USAID for"
        if verb is None:  # "has welcomed a contribution of US$2 million from USAID to"
            verb = self.gift_of.search(text, max(0, amount_.start() - 60), amount_.start())
        if (
            verb is None
            and fund
            and (towards := self.received_towards[1].match(text, pos, end))
            and self.received_towards[0].search(text, max(0, amount_.start() - 50), amount_.start())
        ):  # "FAO has received $700,000 towards emergency assistance": the fund's allocation
            return _named().accept(self.title(towards.group("title")))
        return self._received(text, amount_, end, verb, pos)

    def _received(
        self, text: str, amount_: re.Match[str], end: int, verb: re.Match[str] | None, pos: int = -1
    ) -> str:
        """What the amount after ``verb`` pays for, read from ``pos`` (its end by default)."""
        pos = amount_.end() if pos < 0 else pos
        if verb is None or _SEVERAL_AGENCIES.search(text, max(0, verb.start() - 80), verb.start()):
            return ""  # "three UN agencies and IOM received $2.2 million": the fund's whole
        pos = bracket.end() if (bracket := _BRACKETED_FIGURE.match(text, pos, end)) else pos
        source = self.source.match(text, pos, end)
        pos = source.end() if source else pos
        pos = romance.end() if (romance := _ROMANCE_SOURCE.match(text, pos, end)) else pos
        pos = routed.end() if source and (routed := self.routed.match(text, pos, end)) else pos
        pos = which.end() if (which := _WITH_WHICH.match(text, pos, end)) else pos
        pos = given.end() if (given := _GIVEN_TO.match(text, pos, end)) else pos
        pos = funds.end() if (funds := _IN_FUNDING.match(text, pos, end)) else pos
        if (aid := _IN_AID.match(text, pos, end)) is not None:
            title = self.done(text, aid.end(), end)
            after = text[aid.end() : end].split()[1:2]  # the word after "that", "to", "para"
            if not title or (after and after[0].lower() in self._helping):
                return _named().accept(aid.group("aid"), done=True)  # C2: the aid, not whom
            return _named().accept(title, done=True)  # "in food aid to distribute rations"
        m = self.for_purpose.match(text, pos, end)
        if m is not None and (project := _PROJECT_TO.match(m.group("title"))) is not None:
            pos = m.start("title") + project.end("noun")  # C2: what the project is to do
        title = self.done(text, pos, end)  # checked there: a whole appeal is no purpose
        noun = None if title else _ROMANCE_FOR_NOUN.match(text, pos, end)
        if noun is not None and not self.serves(text[noun.end() : end]):
            rest = f" for {text[noun.end() : end]}"  # "para la implementación de ...": a noun
            title = self.done(rest, 0, len(rest))
        return _named().accept(title, done=True) if title else ""

    @cached_property
    def _helping(self) -> frozenset[str]:
        """The verbs of providing (``purpose_verbs``, and their Romance words) a C2b title
        keeps before whom it serves: "help families" says no more than the aid it follows."""
        data = funding_rules()["allocated"]
        return frozenset(
            w.lower()
            for w in [*data["purpose_verbs"], *_LANGUAGES["purpose_words"], *data["aid_helping"]]
        )

    def serves(self, text: str) -> bool:
        """Whether ``text`` opens with a noun of whom money serves ("población afectada",
        "people in need"): no purpose after "para la"."""
        word = re.match(r"[^\W\d_]+", text)
        return word is not None and word.group().lower() in self._all_whom

    @cached_property
    def _all_whom(self) -> frozenset[str]:
        """``whom`` and whom money serves in another language (built once)."""
        return self.whom | _ROMANCE_WHOM

    def receiver_only(self, text: str, amount_: re.Match[str], end: int) -> str:
        """The acronym of the subject that "received" an amount in a fund's story when no
        purpose follows, only whom it serves ("The World Food Programme (WFP) received $2.5
        million for flood-affected households" -> WFP: C2's "<fund> allocation to <agency>"),
        or ""."""
        start = max(0, amount_.start() - 50)
        verb = self.receiver.search(text, start, amount_.start()) or self.fund_receiver.search(
            text, start, amount_.start()
        )
        owner = _OWNER.search(text, max(0, start - 100), verb.start()) if verb else None
        if owner is None:
            return ""
        m = self.for_purpose.match(text, amount_.end(), end)
        if m is None or self.title(m.group("title")) or not self.served(m.group("title")):
            return ""
        return owner.group("bracketed") or owner.group("bare")

    def enabled_title(self, text: str, amount_: re.Match[str], end: int) -> str:
        """What the recipients an amount "will let" (``enabling_verbs``) do with it ("$1.8
        million will let UNHCR and IOM set up emergency shelters" -> set up emergency
        shelters), read as after "to", or ""."""
        source = self.source.match(text, amount_.end(), end)
        m = self.enabler.match(text, source.end() if source else amount_.end(), end)
        if m is None:
            return ""
        rest = text[m.end() : end]  # up to the next amount: linear over a line
        rest = rest if _TO.match(rest) else f" to{rest}"
        return self.done(rest, 0, len(rest))

    def does_title(self, text: str, amount_: re.Match[str], end: int) -> str:
        """What an amount itself "is to" or "will" do ("$3.1 million will respond to critical
        water ... needs"), read as after "to" (C2, C2a), or "".  Not after where it comes
        from: "$17.6 million from the CERF will bring water, food ..." is the fund's whole."""
        m = self.does.match(text, amount_.end(), end)
        if m is None:
            return ""
        counted = self.counted.match(text, m.end(), end)
        if counted and _REACHING.match(text, m.end(), end):
            return ""  # "will reach 65,000 people": whom alone, the whole appeal's
        return self.done(text, m.end(), end)  # "is to feed some 270,000 people": C2b

    def fronted_purpose(self, text: str, amount_: re.Match[str]) -> str:
        """The purpose a fund story's sentence fronts before the clause of its amount ("To
        ensure delivery of emergency medical care to 200,000 people, a grant of $965,907 from
        CERF went to ..." -> delivery of emergency medical care), read as after "to", or "";
        an object that refers back ("To answer this growing crisis, CERF made a grant ...")
        names no purpose: the grant is the story's whole."""
        start = max(0, amount_.start() - SENTENCE_REACH)
        m = self.fronted_to.search(text, start, amount_.start())
        if m is None:
            return ""
        clause = f" to{m.group('purpose')}"
        title = self.done(clause, 0, len(clause))
        words = title.lower().split()
        pronouns = funding_rules()["allocated"]["pronouns"]
        if not words or words[-1] in self.whom or words[-1] in pronouns:
            return ""
        return "" if any(w in pronouns for w in words[:2]) else title  # "answer this crisis"

    def fronted_grant(self, text: str, amount_: re.Match[str], end: int) -> str:
        """What the recipient of a grant fronted before its clause will do with it ("With
        an allocation of $2 million, FAO will supply seeds" -> seeds; "A $297,000 grant to
        WHO will support disease surveillance" -> disease surveillance), or ""."""
        before = max(0, amount_.start() - 100)
        if self.grant_before.search(text, before, amount_.start()) is not None:
            m = self.grant_after.match(text, amount_.end(), end)
        elif _ARTICLE.search(text, before, amount_.start()) is not None:
            m = self.grant_to.match(text, amount_.end(), end)  # "a $297,000 grant to WHO will"
        else:
            return ""
        return self.done(text, m.end(), end) if m else ""

    def done(self, text: str, pos: int, end: int) -> str:
        """What the money is for at ``pos`` (C2: the purpose as written): "for <title>",
        "to <verb of purpose_verbs> <title>" as the title, "to <other verb> <object>" as the
        verb and its object ("to distribute food" is "distribute food"), each cut of whom and
        where, with further purposes joined after them ("and to run a relief operation"); ""
        when none."""
        first, stop = self._purpose(text, pos, end)
        if not first and (so := _SO_CAN.match(text, pos, end)):
            rest = f" to {text[so.end() : end]}"  # "so X can carry out ...": as after "to"
            return self.done(rest, 0, len(rest))
        after_verb = self.for_purpose.match(text, pos, end) is None
        return self.more_purposes(text, [first], stop, end, after_verb) if first else ""

    def _purpose(
        self, text: str, pos: int, end: int, further: bool = False, after_verb: bool = False
    ) -> tuple[str, int]:
        """One purpose at ``pos`` and where its title ends in ``text``, or ("", pos);
        ``further``: one joined after the first, ``after_verb`` a first read by its verb."""
        verb = ""
        m = self.for_purpose.match(text, pos, end) or self.light.match(text, pos, end)
        m = m or (None if further else self.counted.match(text, pos, end))
        if m is None and (m := self.doing.match(text, pos, end)) is not None:
            verb = m.group("verb")
        if m is None:
            return "", pos
        raw = m.group("title")
        title = "" if m.re is self.counted else self.title(raw, part=further or bool(verb))
        words = _NOUN.match(text, m.start("verb"), end) if further and verb and not title else None
        if words and (noun := self.title(words.group("title"))):
            # "access to drinking water and to education for children": "to" and a noun
            return f"to {noun}", m.start("verb") + len(noun)
        if not title or (not verb and any(w in self.whom for w in title.lower().split())):
            words = _COUNTED_WORDS.match(text, m.start("title"), end)  # "8,000" kept
            whole = words.group() if words else ""
            light = m.re in (self.light, self.counted) and not further
            if light and (served := self.served(whole)):
                # C2b: "to support pastoral communities" names only whom, the verb stays;
                # "to help 1,877 children through nutritional interventions" names the means
                means = _MEANS.search(whole)
                if (
                    means is None
                    and _provided_with().match(text, m.start(), end)
                    and (given := _WITH_MEANS.search(whole))
                    and " ".join(_NUMBER.sub("", whole[: given.start()]).split()) == served
                ):  # "to provide 15,000 people with shelter": the shelter, right after whom
                    means = given
                if means and (what := self.title(means.group("what"))):
                    at = m.start("title") + means.end("what")
                    listed, stop = _means_list(text, means.group("what"), at, end)
                    if listed != means.group("what") and (whole_list := self.title(listed)):
                        return whole_list, stop
                    return what, m.start("title") + len(whole)
                opener = _NUMBER.sub("", text[m.start() : m.start("title")])
                verb = " ".join(_LIGHT_OPENER.sub("", opener).split())
                return f"{verb} {served}", m.start("title") + len(whole)
            return "", pos  # "to support pastoral communities" names whom, not what
        stop = _end_in(title, raw, m.start("title"))
        if _BY_DOING.match(text, stop, end):  # "food availability by distributing seeds ...":
            how, stop = self._by_doing(text, stop, end)  # how it is done belongs to it (C2)
            if not how:
                return "", pos
            title = f"{title} {how}"
        title = self.place_tail.sub("", title)  # "in Madagascar": where, cut
        if m.re is self.light:  # "to provide primary health care and run immunisation
            title = self.and_light.sub(" and ", title)  # campaigns": each such verb dropped
            if (means := _OF_WHOM_MEANS.match(text, stop, end)) and (
                what := self.title(means.group("what"))
            ):  # "to improve living conditions of 1,000 families through shelter assistance"
                title, stop = f"{title} through {what}", means.end()
        if further and not after_verb and m.re is self.light:
            # "for food assistance and to run a relief operation": after a first purpose read
            # as a noun, a verb of providing is dropped like a first one's (C2, C2a)
            return title, stop
        if further and m.re is self.light and _a_verb(title.split()[0]):
            # "to respond to violence and to help meet the urgent needs": the verb helped is
            # the activity, the helping verb goes with its "to" (C2a)
            return title, stop
        if further and (after_verb or m.re is not self.for_purpose):
            # "to build wells and to dig latrines"; "to build wells and for nutrition" keeps
            # its "for", or the verb would take the second purpose as its object
            return f"{text[m.start() : m.start('title')].strip()} {title}", stop
        if verb:
            return f"{verb} {title}", stop
        return (title if further else _DETERMINERS.sub("", title)), stop  # "and an emergency ..."

    def served(self, raw: str) -> str:
        """Whom a verb serves when that is all its object says (C2, C2b): the words
        up to the last of ``whom`` before the title's end, their numbers cut ("12,000 farmers
        and 8,000 breeders hit by drought" -> "farmers and breeders"), or ""."""
        words = _NUMBER.sub("", self.title_end.sub("", raw.strip())).split()
        last = max((i for i, w in enumerate(words) if w.lower() in self.whom), default=-1)
        served = words[: last + 1]
        if (
            not served
            or len(served) > self.max_words
            or not served[0][0].isalpha()
            or self.title_end.match(f" {served[0]}")  # "with communities": no object
        ):
            return ""
        return " ".join(served)

    def more_purposes(
        self, text: str, parts: list[str], pos: int, end: int, after_verb: bool = False
    ) -> str:
        """``parts`` and the purposes joined after them from ``pos`` ("... to vulnerable groups
        and to run a relief operation"), as one title ("a, b and c"); ``after_verb``: the
        first was read by its verb ("to build ...")."""
        while len(parts) < 4 and (m := self.more.match(text, pos, end)) is not None:
            part, stop = self._purpose(text, m.end(), end, True, after_verb)
            if not part:
                break
            parts.append(part)
            pos = stop
        if last := self.last_after_aside(text, pos, end, after_verb):
            parts.append(last)
        return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"

    def last_after_aside(self, text: str, pos: int, end: int, after_verb: bool) -> str:
        """The last purpose of a list after whom or where the one before it serves, set off
        by commas ("for emergency health care, for host communities as well as IDPs, and
        WASH interventions." -> WASH interventions; after a verb, a verb and its object:
        "..., and move refugees from the camp." -> move refugees), or ""."""
        m = self.aside_last.match(text, pos, end)
        if m is None:
            return ""
        if not after_verb:
            return self.title(m.group("last"))
        verb, _, rest = m.group("last").partition(" ")
        if self.title_end.match(f" {m.group('last')}"):
            return ""  # "..., and in those Hurricane Jose now threatens": where, no verb
        what = self.title(rest, part=True) or self.served(rest)
        return f"{verb} {what}" if what and verb.islower() else ""

    def asked_title(self, text: str, amount_: re.Match[str], end: int) -> str:
        """What an amount after a verb of asking is asked for ("asks for $22,870,535 for
        emergency life-saving relief"; "to meet emergency needs" as after a recipient, C2), or
        "" when no such verb comes right before it."""
        if self.asker.search(text, max(0, amount_.start() - 40), amount_.start()) is None:
            return ""
        plan = self.plan_asker.search(text, max(0, amount_.start() - 60), amount_.start())
        if plan is not None and self.for_purpose.match(text, amount_.end(), end) is None:
            return ""  # "This Floods Response Plan seeks US$816 million to give ...": the whole
        return self.asked_purpose(text, amount_, end)

    def asked_purpose(self, text: str, amount_: re.Match[str], end: int) -> str:
        """What an amount asked for pays for: "for <title>", or what it does after "to" (C2,
        C2a), or ""."""
        m = self.for_purpose.match(text, amount_.end(), end)
        title = self.title(m.group("title")) if m else self.done(text, amount_.end(), end)
        if m is None and title and title.split()[-1].lower() in self.whom:
            # C2b: "to feed up to 110,000 people" is "feed people", no actor; "to reach 65,000
            # people" is the whole appeal's
            return "" if _REACHING.match(text, amount_.end(), end) else title
        return _named().accept(_DETERMINERS.sub("", title)) if title else ""

    def asking_owner(self, text: str, amount_: re.Match[str]) -> str:
        """The acronym written right before a verb of asking or of need before an amount
        ("the UN World Food Programme (WFP) asks for $5.6 million", "WHO needs $106,000") ->
        WFP, WHO), or ""."""
        start = max(0, amount_.start() - 40)
        verb = self.asker.search(text, start, amount_.start()) or self.needer.search(
            text, start, amount_.start()
        )
        owner = _OWNER.search(text, max(0, verb.start() - 20), verb.start()) if verb else None
        return (owner.group("bracketed") or owner.group("bare")) if owner else ""

    def title(self, raw: str, part: bool = False) -> str:
        """The programme's name in the words after the phrase, or "" when they name the
        whole appeal or its people ("for some 200,000 people"); a ``part`` of what the money
        does (a verb's object, a further purpose: "to run a relief operation") may end in a
        word of the whole ("operation", "response"), not of its people."""
        title = self.purpose_words.sub("", raw.strip())
        title = self.kept_going.sub(r"\g<what>", title)
        title = self.body_work.sub(r"\g<body>", title)
        title = self.next_amount.sub("", self.title_end.sub("", title).strip())
        title = _FOR_ITEM_END.sub("", title)
        words = title.split()
        members = TITLE_MEMBERS.split(_given_as().sub(", ", title))  # each side counted alone
        head = self.place_tail.sub("", title).split()  # "humanitarian response in Cameroon"
        ends = self.whom if part else self.not_programmes
        core = _TO_TAIL.sub("", title).lower().split()  # "the response to the floods": whole
        whole = _TO_TAIL.search(title) is not None and all(
            w in ends or w in _named().generic for w in core
        )
        if (
            not words
            or len(_OF_WORDS.sub(" ", title).split()) > max(2, len(members)) * self.max_words
            or max(_counted(m) for m in members) > self.max_words
            or (words[-1].lower() in ends and not self.qualified(words))
            or (bool(head) and head[-1].lower() in ends and not self.qualified(head))
            or any(ch.isdigit() for ch in _quantity().sub("", title))
            or _DETERMINERS.sub("", title).split()[0].lower() in self.back
            or whole
        ):
            return ""
        return title

    def _by_doing(self, text: str, pos: int, end: int) -> tuple[str, int]:
        """The means after a purpose at ``pos``, "by" and a gerund with its object, each cut
        of whom and where, and a further "and by <gerund>" after whom ("by distributing seeds
        to 300,000 people and by helping farmers repair canals"), and where they end; or ("",
        pos) when a means names no object."""
        parts: list[str] = []
        at = pos
        for pattern in (_BY_DOING_WHAT, _AND_BY_DOING):
            m = pattern.match(text, at, end)
            if m is None:
                break
            what = self.title(m.group("what"), part=True)
            if not what or len(what.split()) < 2:
                return ("", pos) if not parts else (" and ".join(parts), at)
            parts.append(f"by {what}")
            at = _end_in(what, m.group("what"), m.start("what"))
        return " and ".join(parts), at

    def qualified(self, words: list[str]) -> bool:
        """Whether a title ending in a word of the whole is qualified by what kind it is: "the
        relief effort" is a programme, "the effort", "humanitarian efforts" the whole."""
        lowered = [w.lower() for w in words]
        return (
            len(lowered) > 1
            and lowered[-1] in funding_rules()["allocated"]["qualified_ends"]
            and lowered[-2] not in self.not_programmes
            and lowered[-2] not in _named().generic
            and lowered[-2] not in funding_rules()["allocated"]["crises"]
        )

    def link_doing(self, text: str, link: re.Match[str], end: int) -> str:
        """What the money does after a phrase of [allocated] ending in "to" and a verb, read
        as after a bare "to" (C2, C2a): "was allocated to support immediate relief operations"
        is "immediate relief operations"; "" when no verb of ``not_after_to`` follows ("went
        to UNICEF") or the phrase only says where money went ("was made available from the
        CERF to respond to the famine": the whole, ``recipient_only``)."""
        phrase = " ".join(_FROM_SOURCE.sub("", link.group("allocated") or "").lower().split())
        first = text[link.start("title") : end].split(maxsplit=1)
        if (
            not phrase.endswith(" to")
            or phrase in self.recipient_only  # "was made available from the CERF to respond"
            or not first
            or not _a_verb(first[0])
        ):
            return ""
        rest = f" to {text[link.start('title') : end]}"
        return self.done(rest, 0, len(rest))

    def pays_for(self, link: re.Match[str], title: str) -> bool:
        """Whether the title after ``link`` says what the money pays for: after a bare "to"
        it may say what the money does or who gets it ("to provide tents", "to national
        NGOs"), after a phrase ending in "to" who gets it ("went to UN agencies"); after a
        phrase of ``recipient_only`` never (only a named recipient's purpose is one)."""
        words = title.lower().split()
        actor = any(w in _named().actors for w in words)
        if all(w in _named().actors or w in _named().generic for w in words):
            return False  # "$53 million for the region", "for partners": where or whom, only
        phrase = _FROM_SOURCE.sub("", link.group("allocated") or "")  # "gone from X to"
        linked = " ".join((link.group("listed") or phrase).lower().split())
        if linked in _ROMANCE_LINKS and words[0].endswith(_INFINITIVE):
            return False  # "para atender a los refugiados": what it does, as "to help"
        if " ".join(phrase.lower().split()) in self.recipient_only:
            return False
        if (link.group("listed") or "").lower() != "to":
            return not (actor and (link.group("allocated") or "").lower().endswith("to"))
        return words[0] not in self.not_after_to and not actor


@cache
def _verbs() -> frozenset[str]:
    """The verbs ``not_after_to`` lists ("meet", "restore"), not its determiners ("some")."""
    data = funding_rules()["allocated"]
    return frozenset(data["not_after_to"]) - frozenset(data["not_verbs"])


def _a_verb(word: str) -> bool:
    """Whether ``word`` is one of ``_verbs``."""
    return word.lower() in _verbs()


@cache
def _given_as() -> re.Pattern[str]:
    """Words joining what is given to the goods it is given as (``given_as``)."""
    return re.compile(rf"\s+(?:{_GIVEN_AS})\s+")


_QUANTITY = (
    rf"\d[\d,.]*\s+(?:{alternatives(funding_rules()['allocated']['quantities'])})"
    r"\s+of"
)
"""A quantity of goods ("1,464 mt of"): the one number a title keeps, since it says what is
bought or moved, not whom it serves."""


_GOODS_TITLE = _title(rf"(?:{_QUANTITY}\s+)?")
"""A title that may open with a quantity of goods: "2,900 tons of food commodities"."""


@cache
def _quantity() -> re.Pattern[str]:
    """A quantity of goods in a title ("buy and deliver 1,464 mt of food")."""
    return re.compile(rf"\b{_QUANTITY}\s", re.IGNORECASE)


_TO = re.compile(r"\s+to\s")
_LIGHT_OPENER = re.compile(r"^\s*(?:to|will)\s+|\s+the\s*$", re.IGNORECASE)
""""to" or "will" before a verb of providing, "the" after it: the verb alone is left."""
_COUNTED_WORDS = re.compile(r"(?:[^,;.()$:]|[,.](?=\d))*")
"""A title's words up to its clause's end, the commas and points inside figures kept: "farmers
and 8,000 breeders hit by drought"."""
_BY_DOING = re.compile(r"\s+by\s+[a-z]+ing\b")
"""After a title, "by" and a gerund: the means, part of the purpose as written."""


def _end_in(title: str, raw: str, start: int) -> int:
    """Where ``title``, read out of ``raw`` (at ``start`` of the text), ends in the text: the
    words it dropped before it ("providing" of "providing food") are counted, not only its
    length; all of ``raw`` when the title is no part of it as written."""
    at = raw.find(title)
    return start + (at + len(title) if at >= 0 else len(raw))


_BY_DOING_WHAT = re.compile(r"\s+by\s+(?P<what>[a-z]+ing\b[^,;.()$:]*)")
"""A means, "by" and a gerund with its object up to the clause's end."""
_AND_BY_DOING = re.compile(
    r"(?:[^,;.()$:]|(?<=\d)[,.](?=\d)){0,80}?\s+and\s+by\s+(?P<what>[a-z]+ing\b[^,;.()$:]*)"
)
"""After a means and whom it serves, a further means: "... to 300,000 people and by helping"."""
_MEANS = re.compile(r"\bthrough\s+(?P<what>[a-z][^,;.()$:]*)")
"""After whom a programme serves, the means it serves them by: "through nutritional
interventions"."""
_WITH_MEANS = re.compile(r"\s+with\s+(?P<what>[a-z][^,;.()$:]*)")
"""After whom a verb of providing serves, "with" and what it gives them: "(provide) 15,000
people with emergency shelter" (``provided_with``)."""


@cache
def _provided_with() -> re.Pattern[str]:
    """After "to" or "will", a verb of providing whose whom may be followed by "with" and what
    is given ([allocated] ``provided_with``)."""
    verbs = alternatives(funding_rules()["allocated"]["provided_with"])
    return re.compile(rf"\s*(?:to|will)\s+(?:{verbs})\s", re.IGNORECASE)


_OF_WHOM_MEANS = re.compile(
    r"\s+of\s+(?:[^,;.()$:]|(?<=\d)[,.](?=\d)){1,60}?\s+through\s+(?P<what>[a-z][^,;.()$:]*)"
)
"""After the object of a verb of providing, whom it is for and the means: "(improve) living
conditions of 1,000 families through emergency shelter assistance" keeps the means (C2)."""
_NUMBER = re.compile(
    r"\b(?:(?:some|about|over|almost|nearly|up\s+to|more\s+than)\s+)?\d[\d,.]*\s+", re.IGNORECASE
)
"""A count before whom a programme serves ("12,000 farmers"), cut with its "some"."""
_FOR_END = re.compile(r"\bfor\s+(?:the\s+)?$", re.IGNORECASE)
""""for" right before a purpose's title, not a verb: "(UNICEF) for the case management"."""
_SEVERAL_AGENCIES = re.compile(
    rf"\b(?:{alternatives(words_of('en', 'numbers'))}|several|\d+)\s+(?:UN\s+|United\s+"
    r"Nations\s+)?agencies\b[^.;]*$",
    re.IGNORECASE,
)
"""A subject counting the agencies that receive money together: what they get is the fund's
whole, shared among them, not one programme."""
_NOUN = re.compile(_TITLE)
"""A purpose's words read as a noun phrase: "to education for children" after a first purpose
"access to drinking water" (not a verb and its object)."""
_WITH_WHICH = re.compile(
    r",?\s+with\s+which(?:\s+(?:it|they)(?:\s+(?:is|are)(?=\s+to\s)|(?=\s+will\s))|(?=\s+to\s))"
)
"""Between money received and what it pays for: "receives $3 million, with which it is to
improve nutritional status", "received $1 million, with which to provide emergency food
assistance" (read as after "to")."""
_GIVEN_TO = re.compile(
    r"\s+to\s+(?:the\s+)?[A-Z][^,;.$()]{0,60}?(?=\s+for\s)"
    rf"|\s+(?:{alternatives(_LANGUAGES['given_to'])})\s+{_ARTICLES}?"
    rf"[A-Z][^,;.$()]{{0,60}}?(?:\s*\([A-Z]{{2,10}}\))?"
    rf"(?=\s+(?:{alternatives(_LANGUAGES['listed'])})\s)"
)
"""Whom a donor's amount goes to, named in capitals before its purpose: "has provided $80,000
to the UN country team for immediate needs", "aporta 50.000 dólares a Ruritania para ...",
"octroie 3 millions de dollars au Borduria pour ..."."""
_ROMANCE_SOURCE = re.compile(
    rf"\s+(?:{alternatives(_LANGUAGES['sources'])})\s+[A-Z][^,;.$()]{{0,80}}?"
    rf"(?:\s*\([A-Z]{{2,10}}\))?(?=\s+(?:{alternatives(_LANGUAGES['listed'])})\s)"
)
"""Where a donor's amount comes from, named in capitals before its purpose: "se han asignado 4
millones de dólares del Fondo Central de Respuesta a Emergencias (CERF) para prevenir ..."."""
_BRACKETED_FIGURE = re.compile(r"\s*\([^()$]{0,40}\d[^()]{0,40}\)")
"""The amount in another currency in brackets after the one given ("aporta 50.000 euros
(54.000 dólares) a Ruritania para ..."): the phrase after it is the amount's."""
_ROMANCE_FOR_NOUN = re.compile(
    rf"\s+(?:{alternatives(_LANGUAGES['listed'])})\s+"
    rf"(?:(?:{alternatives(_LANGUAGES['singular_articles'])})\s+|l['’])(?=[^\W\d_])"
)
"""A Spanish, French or Portuguese "for" and a singular article: the noun after it says what the
money pays for ("recibirá 3 millones de dólares para la compra de semillas", as after "for");
a plural one most often opens whom it serves ("para las familias afectadas")."""
_ROMANCE_WHOM = frozenset(_LANGUAGES["whom"])
"""Whom money serves in Spanish, French or Portuguese, a singular noun after "para la"."""
_SO_CAN = re.compile(r"\s+so(?:\s+that)?\s+[^,;.$()]{1,80}?\s+can\s+(?=[a-z])")
"""Whom the money lets do something, before what they do: "is seeking US$616 000 so the
Ministry of Health can carry out Vitamin A distribution" (what they do, read as after "to")."""
_IN_FUNDING = re.compile(
    r"\s+in\s+(?:(?:new|emergency|additional|humanitarian)\s+)?(?:funding|funds)\b", re.I
)
"""What a donor's amount is, between it and its purpose: "announced US$6.2 million in funding
to meet ..."."""
_AID_NOUNS = alternatives(funding_rules()["allocated"]["aid_nouns"])
_AID_NEXT = alternatives(funding_rules()["allocated"]["aid_next"])
_IN_AID = re.compile(
    rf"(?:\s+(?:{alternatives(funding_rules()['allocated']['aid_more'])}))?"
    rf"\s+(?:{alternatives(funding_rules()['allocated']['aid_in'])})\s+"
    rf"(?P<aid>(?:[^\W\d_][\w-]*\s+){{0,2}}?(?:{_AID_NOUNS})"
    rf"(?:\s+(?!{_AID_NEXT}\s)(?-i:[^\W\d_A-Z]+))?)(?=\s+(?:{_AID_NEXT})\s)",
    re.IGNORECASE,
)
"""What a donor's amount is, a noun of aid after "in" before what it does: "$2 million in
humanitarian assistance that will support ...", "en asistencia humanitaria para ayudar"."""
_FROM_SOURCE = re.compile(r"\s+from\s.*(?=\sto$)", re.IGNORECASE | re.DOTALL)
"""Where the money comes from inside a phrase: "has gone from the CERF to" is "has gone to"."""
_ARTICLE = re.compile(r"\ban?\s+$", re.IGNORECASE)
""""a" right before an amount: "a $297,000 grant to WHO"."""
_PROJECT_TO = re.compile(r"(?:a|an|the)\s+(?P<noun>project|programme)\s+to\s+(?P<purpose>.+)$")
"""A project named by what it is to do: "for a project to restore water, sanitation and
hygiene systems in indigenous communities" is "restore water, sanitation and hygiene
systems" (C2: what is done, as after "to")."""
_OWNER = re.compile(r"(?:\((?P<bracketed>[A-Z]{2,10})\)|\b(?P<bare>[A-Z]{2,10}))\s*$")
"""The acronym of the subject right before its verb: "The UN Children's Fund (UNICEF)"."""


_SERVED = re.compile(
    r"\s+(?:for|to)\s+\d[\d,.]*(?:\s+[A-Za-z-]+){1,3}?(?:,\s+(?:and\s+)?|\s+and\s+)"
    r"(?P<next>[a-z][a-z ]{0,60}?)(?=\s+(?:for|to)\s+\d)"
)
"""After a purpose and whom it serves, the next purpose of the list: "water supplies for
5,000 families, nutrition for 5,000 infants and protection for ..." -> ", nutrition"."""


_MEANS_MORE = re.compile(r",\s+(?P<and>and\s+)?(?P<next>[a-z][^,;.()$:]*)")
"""After a means, the next of a list of means ("through food, medicine and care")."""


def _means_list(text: str, first: str, pos: int, end: int) -> tuple[str, int]:
    """``first`` with the means listed after it up to the list's "and" ("therapeutic food,
    medical supplies and medical care") and where the list ends, or ``first`` and ``pos``
    when no such closed list follows."""
    parts = [first]
    at = pos
    while (m := _MEANS_MORE.match(text, at, end)) is not None:
        parts.append(m.group("next"))
        at = m.end()
        if m.group("and") or " and " in m.group("next"):
            return ", ".join(parts), at
    return first, pos


def _served_list(text: str, first: str, pos: int, end: int) -> str:
    """``first`` with the purposes listed after it, each followed by whom it serves ("water
    supplies, nutrition and protection"), or ``first`` alone."""
    parts = [first]
    while (m := _SERVED.match(text, pos, end)) is not None and prose_rules().title(m.group("next")):
        parts.append(m.group("next"))
        pos = m.end()
    return first if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


_TO_TAIL = re.compile(r"\s+to\s+(?:the|a|an|this|that|its|their)\s.*$", re.IGNORECASE)
"""What a title goes on with after "to" and an article ("response to the floods"): its head
is before it ("efforts to control ..." goes on with a verb, its head the whole title)."""
_WHOLE_OF = re.compile(r"(?:its|their)\s", re.IGNORECASE)
"""A purpose owned by its recipient ("for its underfunded humanitarian programmes"): the
recipient's whole work, no programme of the page."""
_FUNCTION_WORDS = re.compile(r"\bto\b", re.IGNORECASE)
"""A word a title's member is not counted by: "efforts to control potential outbreaks of
cholera" is six words long, as "access to safe water" is three."""
_OF_WORDS = re.compile(rf"\b(?:{alternatives(language_words('of'))})(?!\S)", re.IGNORECASE)
"""Nor by the words of other languages tying a noun to what it is of (``of`` of
``languages.toml``): "proyecto de agua" is two words long, as "water project"."""


def _counted(member: str) -> int:
    """How many words a title's member counts: its "to" not counted, nor what it goes on with
    after "to" and an article ("emergency assistance to the rehabilitation of livelihoods"
    counts as long as its head, "emergency assistance"), nor after "to" and a name in capitals
    ("humanitarian response to Tropical Cyclone Zed in Ruritania" counts as "humanitarian
    response", as "the response to the floods" does)."""
    head = _TO_NAMED_TAIL.sub("", _TO_TAIL.sub("", member))
    return len(_OF_WORDS.sub(" ", _FUNCTION_WORDS.sub(" ", head)).split())


_AND_IN_DOING = re.compile(r"\s+and\s+in\s+(?=[a-z]+ing\s)")
"""A further "and in <gerund>" after a backed recipient's first "in <gerund>": "to support the
Red Cross in delivering relief items and in replenishing stocks" pays for both."""
_TO_NAMED_TAIL = re.compile(r"\s+to\s+(?-i:[A-Z]).*$", re.IGNORECASE)
"""What a title goes on with after "to" and a name in capitals: not counted in its length."""


TITLE_MEMBERS = re.compile(rf",\s*|\s+(?:{_AND}|{_JOINED})\s+", re.IGNORECASE)
"""Between the members of a title that lists several things."""
_DETERMINERS = re.compile(
    rf"^(?:(?:a|an|this|that|its|their|our|{alternatives(_LANGUAGES['possessives'])})\s+"
    rf"|{_ARTICLES})+",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(
    r"[.!?]\s+|[;:]\s*|,\s+(?:while|whereas|and|but)\s+|\s+(?:while|whereas)\s+",
    re.IGNORECASE,
)
"""Where the clause naming a programme before its verb begins, within its sentence."""


@dataclass(frozen=True)
class _Named:
    """The words of ``rules/funding.toml`` [named]: a programme named before the verb that
    asks for its amount ("Protection requires USD 12 million")."""

    asks: re.Pattern[str]
    clause_end: re.Pattern[str]
    heads: re.Pattern[str]
    generic: frozenset[str]
    actors: frozenset[str]
    look_back: int
    intro: re.Pattern[str]
    fronted: re.Pattern[str]
    needed: re.Pattern[str]
    fronted_given: re.Pattern[str]  # "For <name>, the WHO is given " before an amount

    def title(self, text: str, amount_start: int, about: str = "") -> str:
        """The programme the clause before ``amount_start`` names, or "" when no verb asks
        for the amount or the clause names an actor, a place or the whole appeal; a clause
        that is a head alone ("The cluster requires ...") names ``about``, the sector the page
        is about, if any.  Reads at most ``look_back`` characters back, so a long line stays
        linear."""
        start = max(0, amount_start - self.look_back)
        window = text[start:amount_start]
        ask = self.asks.search(window)
        if ask is None:
            return ""
        before = window[: ask.start()]
        starts = list(_CLAUSE_START.finditer(before))
        if not starts and start > 0:
            return ""  # the clause began beyond the look-back: too long to be a name
        clause = before[starts[-1].end() :] if starts else before
        clause = self.intro.sub("", clause.strip().rstrip(",").strip(), count=1)
        words = prose_rules().title_end.sub("", clause)
        words = self.clause_end.sub("", words).strip()
        bare = _DETERMINERS.sub("", words)
        name = self.heads.sub("", bare).strip()
        if not name and bare:
            return about
        return self.accept(name)

    def accept(self, name: str, done: bool = False) -> str:
        """``name`` as a programme's title, or "" when it names an actor, a place or the
        whole appeal; ``done``: a purpose :meth:`_Prose.done` has already cut and checked.  A
        last word of the whole qualified by what kind ("relief operations") names no actor."""
        words = name.split()
        lowered = [w.lower() for w in (words[:-1] if prose_rules().qualified(words) else words)]
        if all(w in self.generic for w in lowered) or any(w in self.actors for w in lowered):
            return ""
        return name if done else prose_rules().title(name)

    def fronted_title(self, text: str, amount_: re.Match[str]) -> str:
        """The programme a sentence puts before its amount ("For shelter, 105 million U.S.
        dollars is required ..."), or "" when no verb of need follows the amount."""
        start = max(0, amount_.start() - self.look_back)
        m = self.fronted.search(text, start, amount_.start())
        if m is None or (
            m.group("verb") is None and self.needed.match(text, amount_.end()) is None
        ):
            m = self.fronted_given.search(text, start, amount_.start())
        if m is None:
            return ""
        name = _DETERMINERS.sub("", prose_rules().title_end.sub("", m.group("name").strip()))
        return self.accept(self.heads.sub("", name).strip())


def _fund_named(phrases: list[str]) -> str:
    """``alternatives`` of ``phrases``, a pooled fund's acronym ([fund] ``acronyms``) allowed
    after the article of one of several words, "a" or "an" as the acronym is spoken: "an
    allocation of", "a CERF allocation of"."""
    funds = alternatives(funding_rules()["fund"]["acronyms"])
    named = [
        rf"{'an?' if first in ('a', 'an') else re.escape(first)}"
        rf"\s+(?:(?:{funds})\s+)?{alternatives([rest])}"
        for first, _, rest in (p.partition(" ") for p in phrases)
        if rest
    ]
    words = [p for p in phrases if " " not in p]
    return "|".join([*named, *([alternatives(words)] if words else [])])  # no empty alternative


def _sourced(phrases: list[str]) -> str:
    """``alternatives`` of ``phrases``, where the money comes from allowed before the last
    "to" of one ending so: "has gone from the Central Emergency Response Fund to UNICEF"."""
    sourced = [p.rsplit(" ", 1)[0] for p in phrases if p.endswith(" to")]
    source = rf"(?:{alternatives(sourced)})\s+from\s+(?:the\s+)?{_SOURCE}\s+to"
    return rf"{source}|{alternatives(phrases)}"


@cache
def prose_rules() -> _Prose:
    """The compiled phrases of [allocated]: how prose ties an amount to what it pays for."""
    data = funding_rules()["allocated"]
    within = (  # "asked for in the Flash Appeal for": a plan's ask, then what it pays for
        rf"(?:{alternatives(data['within_plan_verbs'])})\s+"
        rf"(?:{alternatives(data['within_plan_links'])})\s+(?:the\s+)?"
        rf"(?-i:[A-Z0-9][\w'’-]*\s+){{0,6}}(?:{alternatives(data['whole_plans'])})\s+for"
    )
    link = re.compile(  # "some $3.1 million, will go to": a phrase may follow a comma
        rf"(?:(?:{_FROM_SOURCE_NAMED})?,?\s+(?P<allocated>{within}"
        rf"|{_sourced([*data['phrases'], *data['recipient_only'], *_LANGUAGES['allocated']])})"
        rf"|\s+(?P<listed>{alternatives([*data['listed'], *_LANGUAGES['listed']])}))"
        rf"\s+{_ARTICLES}?{_TITLE}",
        re.IGNORECASE,
    )
    verbs = alternatives([*data["purpose_verbs"], *_LANGUAGES["purpose_words"]])
    uses = (
        rf"(?:,\s+which|,(?=\s+so\s))?\s+(?:{alternatives(data['recipient_will'])})"
        rf"(?:\s+(?:{alternatives(data['which_uses'])})\s+to)?"
    )
    romance_to = (  # "pour distribuer", "para mejorar": the link before an infinitive only
        rf"(?:{alternatives(_LANGUAGES['listed'])})"
        rf"(?=\s+[^\W\d_]+(?:{alternatives(_INFINITIVE)})\b)"
    )
    to = rf"(?:{alternatives(['to', 'will', *data['in_order_to']])}|{romance_to})"
    funds = "".join(  # a pooled fund's acronym names no recipient: money given to it
        rf"(?<!\b{re.escape(a)})" for a in funding_rules()["fund"]["acronyms"]
    )  # one look-behind each: Python's must be of one width, the acronyms need not
    purpose = re.compile(  # a recipient in capitals, its acronym, then "to <verb> <purpose>"
        rf"[A-Z][^,;.()$:]{{0,80}}?"
        rf"(?:\s*(?:\([^()]{{1,40}}\){_AND_ANOTHER}\s*)?\s+to\s+(?i:{verbs})"
        rf"|\s*\([A-Z]{{2,12}}\){_AND_ANOTHER}(?:\s+for|{uses}\s+(?i:{verbs}))"
        rf"|(?=,?\s+so\s+that\s){uses}\s+(?i:{verbs})"  # no acronym: "so that it can"
        rf"|(?<=[A-Z]{{2}})\s+will\s+(?i:{verbs})"
        r"|(?<=\b[A-Z][a-z]{2})[a-z]*\s+for(?=\s+[a-z])"  # "allocated to Guinea for health"
        rf"|(?<=\b[A-Z]{{2}})[A-Z]{{0,10}}{funds}\s+for(?=\s+[a-z]))"  # "to UNICEF for water"
        rf"\s+(?i:the\s+)?(?i:{_TITLE})"
    )
    modifiers = alternatives([*funding_rules()["named"]["modifiers"], *_LANGUAGES["modifiers"]])
    ensured = (  # "will make sure that 34,000 people can get": what they get is the object
        rf"(?:{alternatives(data['ensure_verbs'])})\s+(?:that\s+)?"
        r"(?:[^,;.$]|(?<=\d)[,.](?=\d)){1,80}?\s+can\s+"
        rf"(?:{alternatives(data['ensured_gets'])})"
    )
    granted = rf"(?:\s+(?:{_fund_named(data['received_as'])}))?"  # "gave WFP a grant of"
    alongside = (  # "to work with communities to": whom it works with, then what it does
        rf"(?:{alternatives(data['alongside'])})\s+[^,;.$()]{{1,60}}?\s+to(?=\s+[a-z])"
    )
    # "committed a first sum of", "is providing an additional"
    donated = rf"(?:\s+(?:{alternatives([*data['donated_as'], *data['allocated_as']])}))?"
    gifted, gifts = alternatives(data["gift_verbs"]), alternatives(data["gift_nouns"])
    receiver, giver = (
        re.compile(rf"\b(?:{alternatives(verbs)}){given}(?:\s+(?:{modifiers}))?\s*$", re.IGNORECASE)
        for verbs, given in (
            ([*data["received_verbs"], *_LANGUAGES["received_verbs"]], ""),
            ([*data["donor_verbs"], *_LANGUAGES["donor_verbs"]], donated),
        )
    )
    asker = re.compile(
        rf"\b(?:{alternatives(data['asking_verbs'])})(?:\s+(?:{modifiers}))?\s*$",
        re.IGNORECASE,
    )
    fund_receiver = re.compile(
        rf"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)\b(?:{alternatives(data['fund_received_verbs'])})"
        rf"{granted}(?:\s+(?:{modifiers}))?\s*$",
        re.IGNORECASE,
    )
    spender = re.compile(
        rf"\b(?:{alternatives(data['spent_verbs'])})"
        rf"(?:\s+(?:{alternatives(funding_rules()['named']['modifiers'])}))?\s*$",
        re.IGNORECASE,
    )
    spent_on = re.compile(
        rf"\s+(?:{alternatives(data['spent_links'])})\s+(?:the\s+)?{_TITLE}", re.IGNORECASE
    )
    fronted = funding_rules()["fronted"]
    placed = data["place_ends"]
    goes_on: dict[str, list[str]] = data["goes_on"]
    ends = [
        e for e in [*data["title_ends"], *_LANGUAGES["title_ends"]] if e not in [*placed, *goes_on]
    ]
    asides = [  # an aside's opener ("for returnees as well as hosts"), "for" and "para" too
        *ends,
        *(e for e, before in goes_on.items() if not before),
    ]
    times = alternatives([*data["not_places"], *MONTHS])
    goes_into: dict[str, list[str]] = data["goes_on_into"]
    ends_unless = "|".join(  # "to" unless after "access", "by" unless after "caused"
        "".join(rf"(?<!\b{re.escape(w)})" for w in before)
        + rf"\s+{re.escape(end)}\b"
        + (rf"(?!\s+(?:the\s+)?(?:{alternatives(goes_into[end])})\b)" if end in goes_into else "")
        for end, before in goes_on.items()
    )
    title_end = re.compile(  # "in the form of <goods>" goes on: it says what is given
        rf"(?:(?!\s+(?:{_GIVEN_AS})\s)\s+(?:(?:{alternatives(ends)})\b"
        rf"|(?:{alternatives(placed)})\b(?!\s+(?:the\s+)?(?!(?:{times})\b)(?-i:[A-Z]))"
        rf"(?!\s+(?:{alternatives(data['sectors_after_place'])})\b)"
        rf"|of\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:{alternatives(data['whom'])})\b(?![^,]*,)"
        rf"|of\s+(?:(?:some|about|around|nearly|almost|over)\s+)?\d"  # "of 800 children"
        rf"(?![\d,.]*\s+(?:{alternatives(data['quantities'])})\s+of\s))"
        rf"|{ends_unless}).*$",
        re.IGNORECASE,
    )
    return _Prose(
        link,
        title_end,
        frozenset(data["not_programmes"] + data["whom"]),
        data["max_words"],
        frozenset(data["not_after_to"]),
        purpose,
        spender,
        spent_on,
        receiver,
        giver,
        fund_receiver,
        re.compile(
            rf"\b(?:{alternatives(data['fund_gave_verbs'])})\s+(?:the\s+)?{_SOURCE}{granted}\s+"
            rf"(?:(?:{modifiers})\s+)?$",
            re.IGNORECASE,
        ),
        asker,
        re.compile(
            rf"\b(?:{alternatives(funding_rules()['named']['verbs'])})"
            rf"(?:\s+(?:{modifiers}))?\s*$",
            re.IGNORECASE,
        ),
        re.compile(
            rf"^(?:(?:{alternatives([*data['purpose_words'], *_LANGUAGES['purpose_words']])})"
            rf"\s+)?(?-i:(?:{alternatives(_LANGUAGES['determiners'])})\s+)?",
            re.IGNORECASE,
        ),
        re.compile(
            rf"^keeping\s+(?P<what>[^,;.()$:]+?)\s+(?:{alternatives(data['kept_going'])})\b",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?:,|\s+and)?\s+(?:{alternatives(funding_rules()['named']['modifiers'])})$",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?:(?:^|[.;:]\s+)(?:{alternatives(data['whole_openers'])})\s+[^,.;:]{{0,100}}?"
            rf"\b(?:{alternatives(data['whole_plans'])})\s*,"
            rf"\s*(?:(?:{modifiers})\s+)?"
            rf"|\b(?:{alternatives(data['whole_plans'])})\s+(?:{alternatives(data['whole_says'])})"
            rf"(?:\s+that)?\s+(?:{alternatives(data['whole_more'])})\s+)$",
            re.IGNORECASE,
        ),
        frozenset(data["recipient_only"]),
        re.compile(
            rf"\s+(?:{alternatives(placed)})\s+(?:the\s+)?(?!(?:{times})\b)(?-i:[A-Z])\S*"
            r"(?:\s+\S+)*$",
            re.IGNORECASE,
        ),
        frozenset(data["whom"]),
        re.compile(
            rf"[A-Z][^,;.()$:]{{0,80}}?(?:\s*\([^()]{{1,40}}\){_AND_ANOTHER})?(?=\s+to\s+[a-z])"
            r"|[A-Z][^,;.()$:]{0,80}?\s*\([A-Z]{2,12}\)(?=\s+for\s)"
        ),
        re.compile(  # a verb of backing, the recipient in capitals, "in <verb>ing" or "to"
            rf"(?i:{verbs})\s+(?:the\s+)?[A-Z][^,;.()$:]{{0,80}}?(?:\s*\([^()]{{1,40}}\))?"
            r"(?:\s+(?P<doing>in)(?=\s+[a-z]+ing\s)|(?=\s+to\s+[a-z]))"
        ),
        re.compile(  # "from the CERF", "through the Pooled Fund", "of CERF grants", or
            # "$1 million CERF grant"
            rf"\s+(?:{alternatives([*funding_rules()['fund']['sources'], 'of'])})\s+"
            rf"(?:(?:the|its|their)\s+)?{_SOURCE}"
            r"(?:\s+(?:grants?|funding|funds?|money)\b)?"
            rf"|\s+(?-i:{alternatives(funding_rules()['fund']['acronyms'])})"
            rf"\s+(?:{alternatives(funding_rules()['fund']['nouns'])})\b",
            re.IGNORECASE,
        ),
        re.compile(rf"\s+for\s+(?:the\s+)?{_TITLE}", re.IGNORECASE),
        re.compile(  # "to provide 2,900 tons of food": a quantity of goods may open the title
            rf"\s+{to}\s+(?i:{ensured}|{alongside}|{verbs})\s+(?i:the\s+)?(?i:{_GOODS_TITLE})"
        ),
        re.compile(
            rf"\s+{to}\s+(?P<verb>(?!(?:{alternatives(data['not_verbs'])})\b)[a-z][a-z-]+)"
            rf"\s+(?i:{_TITLE})"
        ),
        re.compile(
            rf"(?:[^.;:$(),]|(?<=\d)[,.](?=\d)){{0,80}}?,?\s+"  # "for 25,000 women and for"
            rf"(?:{alternatives(data['more_purposes'])})(?=\s+(?:for|to)\s)",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?:^|[.;:]\s+)(?:(?:{alternatives(fronted['grant_openers'])})\s+"
            rf"(?:(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){{0,4}}?"
            rf"(?:{alternatives(fronted['grant_nouns'])})(?:\s+of)?\s*(?:[–—-]\s*)?)?"
            rf"|an?\s+(?:[\w-]+\s+){{0,3}}?(?:{alternatives(fronted['grant_nouns'])})\s+of\s+)"
            rf"(?:(?:{modifiers})\s+)?$",  # "A grant of $233,000 to WHO will ..." opens too
            re.IGNORECASE,
        ),
        re.compile(  # "With $208,050 allocated to it, WHO is to": the grant given, then WHO
            rf"(?:\s+(?:{alternatives(fronted['grant_nouns'])}))?"
            rf"(?:\s+(?:{alternatives(fronted['given_to_it'])}))?"
            r"(?:\s+to\s+[^,;.$]{1,80}?)?\s*[,–—-]?\s*[^,;.$:]{1,60}?"
            r"(?:(?=\s+will\s)|\s+(?:is|are)(?=\s+to\s))",
            re.IGNORECASE,
        ),
        re.compile(
            rf"\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{alternatives(fronted['grant_nouns'])})"
            rf"(?:\s+(?:{alternatives(fronted['grant_went'])}))?\s+to\s+"
            r"[^,;.$]{1,80}?(?=\s+will\s|\s+to\s+[a-z])",
            re.IGNORECASE,
        ),
        re.compile(  # the recipients in capitals, up to a word in lower case that is no joint
            rf"\s+(?:will\s+(?:{alternatives(data['enabling_verbs'])})"
            rf"|(?:{alternatives(data['enabling_verbs'])})s)\s+(?:the\s+)?"  # "lets FAO"
            rf"(?:[A-Z][^.;$]{{0,200}}?(?<=[\w)])|(?:{alternatives(data['whom'])}))"
            r"(?=\s+(?:to\s+)?(?!(?:the|and|of|for)\b)[a-z])"
        ),
        frozenset(data["refers_back"]),
        re.compile(
            rf"\b(?:{alternatives(data['whole_plans'])})\s+"
            rf"(?:{alternatives(data['asking_verbs'])})(?:\s+(?:{modifiers}))?\s*$",
            re.IGNORECASE,
        ),
        re.compile(rf"\s+and\s+(?:{verbs})\s+", re.IGNORECASE),
        re.compile(
            rf"\s+(?:to|will)\s+(?:(?i:{verbs})|(?!(?:{alternatives(data['not_verbs'])})\b)"
            rf"[a-z][a-z-]+)\s+(?:(?:about|some|almost|nearly|over|up\s+to|more\s+than)\s+)?"
            rf"\d[\d,.]*\s+(?i:{_TITLE})"
        ),
        re.compile(
            rf"(?P<body>\b(?:cluster|sector))\s+(?:{alternatives(data['body_work'])})$",
            re.IGNORECASE,
        ),
        re.compile(  # "is to", "will be used to" before a verb; "will" before one
            rf"\s+(?:(?i:{alternatives(data['used_to'])})|is|are)(?=\s+to\s+[a-z])"
            r"|(?=\s+will\s+[a-z])"
        ),
        (
            re.compile(rf"\b(?:{gifted})\s+an?\s+(?:(?:{modifiers})\s+)?$", re.I),
            re.compile(rf"\s+(?:{gifts})\b", re.IGNORECASE),
        ),
        re.compile(  # "a major contribution of": one word may say what kind
            rf"\b(?:{gifted})\s+an?\s+(?:[a-z-]+\s+)?(?:{gifts})\s+of\s+(?:(?:{modifiers})\s+)?$",
            re.IGNORECASE,
        ),
        re.compile(rf",\s+(?:{alternatives(data['gift_routed'])})\s+[^,;]{{1,100}}?,", re.I),
        (
            re.compile(rf"\bha(?:s|ve)\s+received(?:\s+(?:{modifiers}))?\s*$", re.IGNORECASE),
            re.compile(
                rf"\s+(?:{alternatives(data['received_links'])})\s+(?:the\s+)?{_TITLE}",
                re.IGNORECASE,
            ),
        ),
        re.compile(  # a figure's comma or point stays inside the purpose: "200,000 people"
            r"(?:^|[.!?;:]\s+)To(?P<purpose>\s+[a-z](?:[^,;.$]|[,.](?=\d)){3,150}),"
            r"\s[^.;:$]{0,120}$"
        ),
        re.compile(
            rf",?\s+(?:{alternatives(asides)})\s[^.;:$(),]{{0,80}}?,\s+and\s+(?!(?:the|an?)\s)"
            r"(?P<last>[A-Za-z][^,;.()$:]*)(?=[.;]|$)",
            re.IGNORECASE,
        ),
        re.compile(  # never "have allocated", "had already allocated": money allocated to date
            "".join(rf"(?<!\b{_spaced(w)}\s)" for w in data["allocated_to_date"])
            + rf"\b(?:{alternatives(data['allocating_verbs'])})"
            rf"(?:\s+(?:{alternatives(data['allocated_as'])}))?(?:\s+(?:{modifiers}))?\s*$",
            re.IGNORECASE,
        ),
    )


def _spaced(words: str) -> str:
    """A fixed-width pattern for a few words, one blank between each: "had\\salready"."""
    return r"\s".join(re.escape(w) for w in words.split())


@cache
def _named() -> _Named:
    data = funding_rules()["named"]
    asks = re.compile(
        rf"(?:^|\s|,)(?:{alternatives([*data['verbs'], *_LANGUAGES['named_verbs']])})"
        rf"(?:\s+(?:{alternatives(data['modifiers'])}))?\s*$",
        re.IGNORECASE,
    )
    heads = re.compile(  # "the health response" and "el sector salud" are health
        rf"(?:\s*\b(?:{alternatives(data['heads'])}))+$"
        rf"|^(?:{alternatives(_LANGUAGES['heads_first'])})(?:\s+|(?<=')|(?<=’))",
        re.IGNORECASE,
    )
    clause_end = re.compile(
        rf"\s+(?:{alternatives(data['clause_ends'])})\b.*$", re.IGNORECASE | re.DOTALL
    )
    intro = re.compile(
        rf"^(?:{alternatives([*data['openers'], *_LANGUAGES['openers']])})\b"
        rf"(?:[^,]|,(?=\s+{_LISTED_WORDS}))*,(?!\s+{_LISTED_WORDS})\s*",
        re.IGNORECASE,
    )
    fronted = funding_rules()["fronted"]
    openers = alternatives([*fronted["openers"], *_LANGUAGES["fronted_openers"]])
    return _Named(
        asks,
        clause_end,
        heads,
        frozenset([*data["generic"], *_LANGUAGES["openers"]]),
        frozenset([*data["actors"], *_LANGUAGES["actors"]]),
        int(data["look_back"]),
        intro,
        re.compile(
            rf"(?:^|[.!?;:]\s+)(?:{openers})\s+"
            rf"(?P<name>[A-Za-z][^,.;:$]{{0,80}}),\s*"
            rf"(?P<verb>(?:{alternatives(_LANGUAGES['fronted_verbs'])})\s+)?"
            rf"(?:(?:{alternatives(data['modifiers'])})\s+)?$",
            re.IGNORECASE,
        ),
        re.compile(rf"\s+(?:{alternatives(fronted['verbs'])})\b", re.IGNORECASE),
        re.compile(  # the recipient in capitals between the fronted name and its verb
            rf"(?:^|[.!?;:]\s+)(?:{alternatives(fronted['openers'])})\s+"
            rf"(?P<name>[A-Za-z][^,.;:$]{{0,100}}),\s*(?:the\s+)?(?-i:[A-Z])[^,.;:$]{{0,100}}?"
            rf"\s+(?:{alternatives(fronted['given_verbs'])})\s+"
            rf"(?:(?:{alternatives(data['modifiers'])})\s+)?$",
            re.IGNORECASE,
        ),
    )


_LABEL_ITEM = re.compile(
    r"^(?:[-•·▪*]\s*+)?(?P<title>[^\W\d_](?:[^\d$€£:–—|]*?"
    r"(?:[^\d$€£:–—|\s.…]|\.(?!\.)|…(?!…)))??)"
    r"\s*+(?:[:–—]|(?<=\s)-|\.{3,}|…+)?\s*+"
    r"(?P<amount>(?:US\s?\$|\$|€|£|USD|EUR|GBP|CHF|\d).*)$",
    re.IGNORECASE,
)
"""A label line: a title, a separator (dot leaders of a fact sheet's funding lines among
them) or none, then what should be an amount alone.  The title ends on a non-space, never inside a
run of dots, and the spaces after it are taken whole, so a long run of spaces or dots is read
once, not once per split."""


@dataclass(frozen=True)
class _Labels:
    """The words of ``rules/funding.toml`` [labelled]."""

    min_run: int
    max_words: int
    max_item_words: int  # a bulleted label: an item of a budget's breakdown
    not_requirements: frozenset[str]
    alone: re.Pattern[str]

    def needs(self, text: str) -> tuple[str, Money] | None:
        """(title, amount) of a label line that names its requirement even alone ("Flood
        Response needs: $275,000."), or None when the title is other money, the whole plan
        or an actor ("Funding required", "Total requirements", "UNHCR budget")."""
        m = self.alone.match(text)
        money = whole_amount(m.group("amount")) if m else None
        if m is None or money is None:
            return None
        title = m.group("title").strip()
        words = [w.lower() for w in re.split(r"[\s/]+", title)]
        if len(words) > self.max_words or any(
            _unaccented(w) in self.not_requirements for w in words
        ):
            return None
        name = _named().heads.sub("", title).strip()
        return (title, money) if name and _named().accept(name) else None

    def item(self, text: str) -> tuple[str, Money] | None:
        """(title, amount) of a label line whose title may name a programme: the title
        first ("Health: US$ 12.5 million", other columns' percentages after it) or the amount
        first ("$ 20.5 M Food Security")."""
        m = _LABEL_ITEM.match(text)
        if m is not None:
            money = whole_amount(_FILLER_TAIL.sub("", m.group("amount")))
            title = m.group("title")
        else:
            money, title = _amount_first(text)
        bulleted = _BULLET.match(text) is not None
        if money is None or not self.names_programme(title.strip(" -,"), bulleted):
            return None
        return title.strip(" -,"), money

    def names_programme(self, title: str, bulleted: bool = False) -> bool:
        """Whether a label's title may name a programme: not other money, the whole plan or
        its people; a ``bulleted`` one, an item of a budget's breakdown, may be longer."""
        words = [w.strip("(),").lower() for w in re.split(r"[\s/]+", _BRACKETED.sub("", title))]
        return (
            bool(title)
            and len(words) <= (self.max_item_words if bulleted else self.max_words)
            and not any(_unaccented(w) in self.not_requirements for w in words)
            and _unaccented(words[-1]) not in _not_programmes()
        )


_FILLER_TAIL = re.compile(rf"(?:\s+(?:{_FILLER}))+$")
"""Cells of other columns after a label's amount: "Health  $10.1M  35%"."""
_BULLET = re.compile(r"^[-•·▪*]\s*")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
"""A bracketed aside in a label's title, not counted among its words: "(including cash
grants)", "(DTM)"."""


def _amount_first(text: str) -> tuple[Money | None, str]:
    """(amount, title) of a line that gives its amount with its currency before a
    capitalised title ("$ 20.5 M Food Security"), or (None, "")."""
    start = m.end() if (m := _BULLET.match(text)) else 0
    amount_ = AMOUNT.match(text, start)
    title = text[amount_.end() :].strip() if amount_ else ""
    if amount_ is None or not title[:1].isupper() or not _stack_title(title):
        return None, ""
    return amount(amount_), title


def _unaccented(word: str) -> str:
    """``word`` without its accents: a dashboard's capitals often drop them or misread them
    ("RECUS", "RÉCUS" for "reçus")."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def _not_programmes() -> frozenset[str]:
    """[prose] `not_programmes` and `whom` without their accents, as a label's words are
    compared."""
    return frozenset(_unaccented(w) for w in prose_rules().not_programmes)


@cache
def _labels() -> _Labels:
    data = funding_rules()["labelled"]
    alone = re.compile(
        rf"^(?:[-•·▪*]\s*)?(?P<title>[A-Za-z][A-Za-z &/,'-]{{0,80}}?)\s+"
        rf"(?:{alternatives(data['alone'])})\s*(?:\([^()]{{0,20}}\))?\s*:\s*"
        rf"(?P<amount>[^:]{{1,40}}?)\.?$",
        re.IGNORECASE,
    )
    return _Labels(
        int(data["min_run"]),
        int(data["max_words"]),
        int(data["max_item_words"]),
        frozenset(
            _unaccented(w)
            for w in [*data["not_requirements"], *_LANGUAGES["other_money"], "total"]
            + _LANGUAGES["tile_words"]
        ),
        alone,
    )


@dataclass(frozen=True)
class _Tiles:
    """The words of ``rules/funding.toml`` [tile]."""

    line: re.Pattern[str]
    max_words: int
    label: re.Pattern[str]  # "- Funding requested (USD): $148.3M"


@cache
def _tile_rules() -> _Tiles:
    data = funding_rules()["tile"]
    words = alternatives([*data["words"], *_LANGUAGES["tile_words"]])
    line = re.compile(rf"^(?:[-•·▪*]\s*)?(?P<amount>.+?)\s+(?:{words})$", re.IGNORECASE)
    label = re.compile(
        rf"^(?:[-•·▪*]\s*)?(?:funding|financial)\s+(?:{alternatives(data['words'])})"
        rf"\s*(?:\([^()]{{1,20}}\))?\s*:\s*(?P<amount>.+?)$",
        re.IGNORECASE,
    )
    return _Tiles(line, int(data["max_words"]), label)


def _tile(text: str) -> Money | None:
    """The amount of a dashboard tile line ("- US$ 47 million requested"), or of the last tile
    of a row of tiles flattened to one line ("FUNDING $US 21.4 % FUNDED $41M REQUESTED": the
    last amount, the tile's word right after it ending the line), or None."""
    m = _tile_rules().line.match(text)
    if m is None:
        return None
    if (whole := whole_amount(m.group("amount"))) is not None:
        return whole
    last = None
    for last in AMOUNT.finditer(text):  # noqa: B007 - the last one is wanted
        pass
    tail = _tile_rules().line.match(text[last.start() :]) if last else None
    return whole_amount(tail.group("amount")) if tail else None


def _tile_label(text: str) -> Money | None:
    """The amount of a sector page's label line of what it asks for ("- Funding requested
    (USD): $148.3M"), or None."""
    m = _tile_rules().label.match(text)
    return whole_amount(m.group("amount")) if m else None


def _stack_gap() -> int:
    """How many lines may stand between a currency header and the amounts stacked under it."""
    return int(funding_rules()["stacked"]["max_gap"])


@cache
def _money_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words of requirements and words of other money in table headers (``[tables]``)."""
    data = funding_rules()["tables"]
    needs = alternatives([*data["requirement_words"], *_LANGUAGES["requirement_words"]])
    other = alternatives([*data["other_money"], *_LANGUAGES["other_money"]])
    return (
        re.compile(rf"\b(?:{needs})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{other})\b", re.IGNORECASE),
    )


def _source_columns() -> frozenset[str]:
    """First column labels of tables that list funders, not programmes (``[tables]``)."""
    return frozenset(w.lower() for w in funding_rules()["tables"]["source_columns"])


def _other_money(before: str) -> bool:
    """Whether the header words before a currency name money that is no requirement: a word
    of other money with no word of requirements after it."""
    needs, other = _money_words()
    last_other = max((m.end() for m in other.finditer(before)), default=-1)
    last_need = max((m.end() for m in needs.finditer(before)), default=-1)
    return last_other > last_need


@cache
def _project() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A project document's title label line and its total cost label (``[project]``)."""
    data = funding_rules()["project"]
    title = re.compile(
        rf"^(?:{alternatives(data['title_labels'])})\s*:\s*(?P<title>[A-Za-z].{{2,150}})$",
        re.IGNORECASE,
    )
    total = re.compile(rf"^(?:{alternatives(data['total_labels'])})\b", re.IGNORECASE)
    return title, total


@cache
def _named_projects() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A project named in prose, and a clause about "the project" funding it, right before
    its amount (``[project]``)."""
    data = funding_rules()["project"]
    name = re.compile(
        rf"\b(?:project|programme),?\s+(?:{alternatives(data['name_verbs'])})\s+[\"“']?"
        rf"(?P<name>[A-Za-z][^,.;\"”]{{10,200}}?)[\"”']?\s*,",
        re.IGNORECASE,
    )
    funded = re.compile(
        rf"\bthe\s+project\b[^.;]{{0,60}}?\b(?:{alternatives(data['funded_words'])})\b"
        rf"[^.;$]{{0,40}}$",
        re.IGNORECASE,
    )
    return name, funded
