"""Acronym definitions written in the text: "Full Name (ACR)".

The long form is found by matching the acronym's letters right to left against the words
before the parenthesis, the first letter at the start of a word (the algorithm of Schwartz and
Hearst, 2003).  The text defines its own abbreviations, so no list of them is needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from coordkg.graph.extract.kinds import kinds

_PAREN = re.compile(
    r"\(\s*(?:([A-Za-z0-9][A-Za-z0-9&/\-]{0,11}?)(s?)"
    r"|([A-Z][A-Za-z0-9&\-]{1,11} [A-Z][A-Za-z0-9&\-]{1,11}))\s*\)"
)
"""A parenthesis holding an acronym ("(OPM)", "(DoHs)"), or two acronyms spaced ("(REF TF)",
"(CP SWG)": an acronym that takes in another, or a body's head written short)."""
_PAREN_OPENING = re.compile(r"\(\s*()()([A-Z][A-Za-z0-9&\-]{1,11})(?=,[ \t]+[a-z])")
"""A parenthesis opening with an acronym and going on after a comma with words in lower case
("(MoSSP, under the Office of ...)"): the acronym, defined up to its comma; the rest is text."""
_BEFORE_EXPLANATION = re.compile(r"\b([A-Z][A-Za-z0-9&/\-]{1,11})[ \t]*\(([^()\n]{3,120})\)")
_WORD = re.compile(r"[\w’'&/\-]+")
_OR_ACRONYM = re.compile(r",[ \t]+or[ \t]+([A-Z][A-Z0-9&\-]{1,11})\b")
_SLASHED_ACRONYM = re.compile(r"(?<=[^\W_])/([A-Z][A-Za-z0-9&\-]{1,11})(?![\w/&-])")
# a word in lower case as long as an acronym, not a part of an address ("www.unicef.org")
_LOWER_WORD = re.compile(r"(?<![\w./@-])[a-z][a-z0-9]{2,9}(?![\w/@-]|\.\w)")


@dataclass(frozen=True)
class AcronymDefinition:
    """``long`` spans ``text[long_start:long_end]``; the acronym is in the parenthesis after it."""

    acronym: str
    long: str
    long_start: int
    long_end: int
    paren_start: int
    paren_end: int
    plural: bool

    @property
    def explained_after(self) -> bool:
        """Written "ACR (Long Form)": the long form is not in the running text."""
        return self.long_start == self.long_end


@lru_cache(maxsize=4)  # asked of one document's text by mentions and by roles
def lower_case_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case: a word it writes in capitals or in title case
    as well ("GOVERNMENT", "Care") is that word, no acronym."""
    return frozenset(_LOWER_WORD.findall(text))


_TITLE_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")


def _looks_like_acronym(token: str) -> bool:
    """Two capitals or a capital and a digit; a compound of title-case words ("Co-Chairs",
    "Sub-Sector", "Non-Food") has two capitals and is a word, no acronym ("2 Co-Chairs (Mercy
    Corps and Public Aid Organisation)" names the co-chairs, it does not define "Co-Chairs")."""
    if _TITLE_COMPOUND.fullmatch(token):
        return False
    uppers = sum(ch.isupper() for ch in token)
    return uppers >= 2 or (uppers >= 1 and any(ch.isdigit() for ch in token))


_STOP = frozenset(
    # English, and the small words of Spanish, French and Portuguese names ("Grupo de Trabajo
    # para Refugiados y Migrantes (GTRM)", "Direction Régionale de la Santé (DRS)")
    {"of", "and", "the", "for", "on", "in", "to", "&"}
    | {"de", "del", "la", "las", "los", "el", "para", "por", "y", "e", "et", "du", "des", "le"}
    | {"les", "pour", "sur", "da", "do", "dos", "das", "en"}
)
_WORD_PART = re.compile(r"[^\W_]+(?:[’'][^\W_]+)?")


def _word_initial(acronym: str, before: str) -> int | None:
    """Long-form start when every letter begins a word (stop words skipped for capitals)."""
    letters = [ch for ch in acronym if ch.isalnum()]
    words = list(_WORD_PART.finditer(before))
    w = len(words) - 1
    for ch in reversed(letters):
        while w >= 0 and ch.isupper() and words[w].group().lower() in _STOP:
            w -= 1
        if w < 0 or words[w].group()[0].lower() != ch.lower():
            return None
        w -= 1
    return words[w + 1].start()


def _doubled_initial(before: str, start: int) -> int:
    """ "the Regional Refugee Response Plan (RRP)": a capitalised word with the same initial
    right before the long form belongs to it (an acronym writes a doubled initial once)."""
    words = list(_WORD_PART.finditer(before, 0, start))
    if not words or before[words[-1].end() : start].strip():
        return start
    last = words[-1].group()
    lower_before = (
        len(words) < 2
        or not words[-2].group()[:1].isupper()
        or words[-2].group().lower() in ("the", "a", "an")
    )
    same = last[:1].isupper() and last[:1] == before[start : start + 1]
    return words[-1].start() if same and lower_before and last.lower() not in _STOP else start


# "the Inter-agency Refugee Coordination Forum (RCF)": a capitalised compound of one of these
# prefixes right before the long form is part of the name even when the acronym leaves it out
_COMPOUND_BEFORE = re.compile(r"(?:^|(?<=\s))(?:Inter|Multi|Cross|Intra|Pan)-[A-Za-z]+\s+$")


def _compound_prefix(before: str, start: int) -> int:
    """Where the long form starts once a capitalised "Inter-agency"-like word right before it
    is taken in (the acronym spells only the words after it)."""
    found = _COMPOUND_BEFORE.search(before, max(0, start - 40), start)
    return found.start() if found is not None and found.end() == start else start


def spells(acronym: str, name: str) -> bool:
    """Whether the letters of ``acronym`` begin the words of the whole ``name`` ("AAH" of
    "Action Against Hunger")."""
    return _looks_like_acronym(acronym) and _word_initial(acronym, name) == 0


def _initials_skipping(acronym: str, before: str) -> int | None:
    """Long-form start when every letter begins a word and the words between them are a few
    the acronym leaves out ("Cambodian Civil Society Working Group on ASEAN (CCWA)"): tried
    before letters inside words, which would start the long form at "Civil"."""
    letters = [ch for ch in acronym if ch.isalnum()]
    words = list(_WORD_PART.finditer(before))
    w, skipped = len(words) - 1, 0
    for ch in reversed(letters):
        while w >= 0 and words[w].group()[0].lower() != ch.lower() and skipped < len(letters):
            w, skipped = w - 1, skipped + 1
        if w < 0 or words[w].group()[0].lower() != ch.lower():
            return None
        w -= 1
    return words[w + 1].start()


def long_form(acronym: str, before: str) -> int | None:
    """Offset in ``before`` where the long form of ``acronym`` starts, or None."""
    initial = _word_initial(acronym, before)
    if initial is None and len(acronym) >= 3 and acronym.isupper():
        initial = _initials_skipping(acronym, before)
    if initial is not None:
        return _compound_prefix(before, _doubled_initial(before, initial))
    letters = [ch.lower() for ch in acronym if ch.isalnum()]
    s = len(letters) - 1
    i = len(before) - 1
    inside: list[int] = []  # where letters were found inside a word
    while s >= 0:
        ch = letters[s]
        while i >= 0 and (
            before[i].lower() != ch or (s == 0 and i > 0 and before[i - 1].isalnum())
        ):
            i -= 1
        if i < 0:
            return None
        if i > 0 and before[i - 1].isalnum():
            inside.append(i)
        i -= 1
        s -= 1
    # past a comma the letters begin words ("Water, Sanitation and Hygiene (WASH)"); letters
    # inside the words of what follows a comma spell nothing: "Food Cluster Co-Coordinator,
    # Paul Lind (FAO)" names the person's organisation in brackets
    comma = before.rfind(",", i + 1)
    return None if comma >= 0 and any(k > comma for k in inside) else i + 1


def find_definitions(text: str) -> list[AcronymDefinition]:
    """All "Long Form (ACR)", "Long Form, or ACR" and "ACR (Long Form)" definitions in
    ``text``, in order."""
    found = _explained_after(text) + _spelled_before(text, _OR_ACRONYM)
    found += _spelled_before(text, _SLASHED_ACRONYM) + _dashed(text)
    for m in [*_PAREN.finditer(text), *_PAREN_OPENING.finditer(text)]:
        acronym, plural = m.group(1) or m.group(3), bool(m.group(2))
        if not all(_looks_like_acronym(part) for part in acronym.split()):
            # "(DoHs)": a plural acronym that the lazy group split as "DoH" + "s"; "(IOM
            # Bujumbura)": an acronym and a place, no acronym of two words
            continue
        floor = max(0, m.start() - 160)  # look no further back: a long line is read once
        window_start = max(floor, text.rfind("\n", floor, m.start()) + 1)
        before = text[window_start : m.start()].rstrip()
        words = list(_WORD.finditer(before))
        limit = min(len(acronym) + 5, len(acronym) * 2)
        before_start = words[-limit].start() if len(words) > limit else 0
        window = before[before_start:]
        start = long_form(acronym, window)
        if start is None and acronym.isupper():
            # "Regional Migrant Response Plan for the Horn of Africa and Yemen (RMRP)": the
            # letters spell the name's words before its tail, read further back
            tailed_start, tailed = _name_with_tail(acronym, before)
            if tailed:
                before_start, window, start = tailed_start, tailed, 0
        if start is None and before_start == 0 and window_start > floor:
            # a name wrapped over two lines of a slide or heading ("Inter Agency
            # Coordination\nCommittee (IACC)"): the line above, when it is all name, starts it
            window_start, window = _wrapped(text, window_start, window)
            start = 0 if window and spells(acronym, " ".join(window.split())) else None
        if start is None:
            continue
        long = window[start:].strip(" ,;:-")
        if not long or long.count(" ") + 1 < max(1, len(acronym) // 3) or "(" in long:
            continue
        abs_start = window_start + before_start + start
        found.append(
            AcronymDefinition(
                acronym=acronym,
                long=long,
                long_start=abs_start,
                long_end=abs_start + len(long),
                paren_start=m.start(),
                paren_end=m.end(),
                plural=plural,
            )
        )
    return sorted(found, key=lambda d: d.paren_start)


_TAIL_OPENING = frozenset({"for", "of", "in", "on"})
_TAIL_WORDS = 8  # a tail after the spelled words has at most this many words


def _name_with_tail(acronym: str, before: str) -> tuple[int, str]:
    """Where a long form starts in ``before`` and the long form, when the acronym's letters
    begin the capitalised words of a name up to a tail of "for", "of", "in" or "on" and
    capitalised or small words that it leaves out ("Regional Migrant Response Plan for the
    Horn of Africa and Yemen (RMRP)"); else ``0`` and no long form.  The tail opening nearest
    the acronym is tried first, then the ones before it, ``_TAIL_WORDS`` words back at most."""
    words = list(_WORD_PART.finditer(before))
    letters = sum(ch.isalnum() for ch in acronym)
    first = max(0, len(words) - _TAIL_WORDS - 1)
    for k in range(len(words) - 2, first - 1, -1):
        tail = words[k + 1 :]
        if words[k].group() not in _TAIL_OPENING or not tail[-1].group()[:1].isupper():
            continue
        if any(not w.group()[:1].isupper() and w.group() not in _STOP for w in tail):
            return 0, ""  # a word in lower case no name holds: prose, no tail
        head = words[max(0, k - 2 * letters) : k]
        if not head:
            continue
        lead = before[head[0].start() : words[k].start()]
        start = _word_initial(acronym, lead.rstrip())
        spelled = lead[start or 0 :].split()
        if start is not None and all(w[:1].isupper() or w in _STOP for w in spelled):
            at = head[0].start() + start
            return at, before[at:]
    return 0, ""


def _wrapped(text: str, line_start: int, rest: str) -> tuple[int, str]:
    """The line above ``line_start`` joined to ``rest`` (the words before an acronym on its
    own line), when that line is words of a name only (capitalised or small words, no column
    gap): where the joined name starts, and the name; else ``line_start`` and no name."""
    above = text.rfind("\n", max(0, line_start - 80), line_start - 1)
    if above < 0 and line_start > 80:
        return line_start, ""
    start = above + 1
    line = text[start : line_start - 1]
    words = line.split()
    if not words or "  " in line.strip() or "\t" in line:
        return line_start, ""
    if not all(w[:1].isupper() or w.lower() in _STOP for w in words + rest.split()):
        return line_start, ""
    lead = len(line) - len(line.lstrip())
    return start + lead, text[start + lead : line_start] + rest


def _spelled_before(text: str, pattern: re.Pattern[str]) -> list[AcronymDefinition]:
    """ "the Grupo de Trabajo para Refugiados y Migrantes, or GTRM after its Spanish acronym",
    "Ministry of Planning and Physical Works/MPPW": an acronym after ", or" or a slash whose
    letters begin every word of the name just before it (all of them, so that "UNHCR, or
    IOM" and "FAO/WFP" define nothing); the ", or ACR" or "/ACR" is dropped like a
    parenthesis."""
    found: list[AcronymDefinition] = []
    for m in pattern.finditer(text):
        acronym = m.group(1)
        lowest = max(0, m.start() - 160)  # look no further back: a long line is read once
        floor = max(lowest, text.rfind("\n", lowest, m.start()) + 1)
        before = text[floor : m.start()]
        start = _word_initial(acronym, before) if _looks_like_acronym(acronym) else None
        if start is None:
            continue
        long = before[start:]
        if not all(w.lower() in _STOP or w[:1].isupper() for w in long.split()):
            continue
        at = floor + start
        found.append(AcronymDefinition(acronym, long, at, m.start(), m.start(), m.end(), False))
    return found


# the dash's spaces from the first of their run only: tried again from each space of a long
# run with no dash after it, the match was quadratic (20,000 spaces: 3 s)
_DASHED_ACRONYM = re.compile(
    r"(?<![ \t])[ \t]+[-–—][ \t]+([A-Z][A-Z0-9]{1,11})(?=[ \t]*(?:[.,;:)]|$)|[ \t]+[^\W\d_A-Z])",
    re.M,
)
_NAME_WORDS = 12  # a name before a dashed acronym has at most this many words


def _dashed(text: str) -> list[AcronymDefinition]:
    """ "o Comitê Gestor das Ações Federais de Emergência - CG e os ...", "Conselho Nacional de
    Defesa Civil - CONDEC,": an acronym in capitals after a spaced dash, before a punctuation
    mark, the line's end or a word in lower case (the clause goes on), right
    after a name of capitalised words (small words of ``_STOP`` between), as decrees and
    legal texts write them.  The name starts at its nearest capitalised word with the
    acronym's first letter whose letters hold all of the acronym's in order; the dash and the
    acronym are dropped like a parenthesis.  "WHO - UNICEF" defines nothing: "WHO" does not
    start with a "U"."""
    found: list[AcronymDefinition] = []
    for m in _DASHED_ACRONYM.finditer(text):
        acronym = m.group(1)
        floor = max(0, m.start() - 160, text.rfind("\n", 0, m.start()) + 1)
        words = list(_WORD_PART.finditer(text, floor, m.start()))[-_NAME_WORDS:]
        k = len(words)
        while k > 0 and (words[k - 1].group()[:1].isupper() or words[k - 1].group() in _STOP):
            k -= 1
        run = words[k:]
        if (
            not run
            or not run[-1].group()[:1].isupper()
            or any(text[a.end() : b.start()].strip() for a, b in pairwise(run))
        ):
            continue  # a name's words are spaced only: "A, B - C" is a list
        for w in reversed(run):
            if w.group()[:1] != acronym[0]:
                continue
            if _in_order(acronym.lower(), text[w.start() : m.start()].lower()):
                long = text[w.start() : m.start()].rstrip()
                found.append(
                    AcronymDefinition(
                        acronym, long, w.start(), w.start() + len(long), m.start(), m.end(), False
                    )
                )
                break
    return found


def _in_order(letters: str, name: str) -> bool:
    """Whether ``letters`` are all in ``name``, in order."""
    rest = iter(name)
    return all(ch in rest for ch in letters)


def _explained_after(text: str) -> list[AcronymDefinition]:
    """ "UNETE (United Nations Emergency Technical Team)": the acronym first, its explanation in
    the parenthesis.  The explanation spells the acronym, or (a foreign acronym, "REDHUM
    (Humanitarian Network)") is a capitalised name ending with a head noun of ``kinds.toml``.
    The long form is not in the running text, so its span is empty (at the acronym), and the
    acronym is expanded where it stands."""
    found: list[AcronymDefinition] = []
    for m in _BEFORE_EXPLANATION.finditer(text):
        acronym, long = m.group(1), m.group(2).strip()
        if not _looks_like_acronym(acronym) or " " not in long:
            continue
        if _word_initial(acronym, long) == 0 or _headed_name(long):
            at, paren = m.start(), m.start(2) - 1
            found.append(AcronymDefinition(acronym, long, at, at, paren, m.end(), False))
    return found


def _headed_name(long: str) -> bool:
    """A name of capitalised words ("of", "and" ... between) that ends with a head noun."""
    words = long.split()
    if any(w.lower() not in _STOP and not w[:1].isupper() for w in words):
        return False
    low = " ".join(words).lower()
    return any(
        low.endswith(" " + " ".join(rule.head)) or low.endswith(" " + " ".join(rule.head) + "s")
        for rule in kinds().heads
        if not rule.prefix
    )
