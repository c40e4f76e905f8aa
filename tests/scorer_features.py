"""Candidate role triples and their general features, for the scorer ``train_scorer.py`` measures.

In every unit the sentence parser reads (``parse.units``: a sentence with a role or membership
cue, an actor and a body, its mentions masked), each (mention that may hold a role, role word
of ``rules/parse.toml``, body mention) is a candidate. Its features name no organisation or
body: the role word and its form (participle, gerund, verb, noun), the order of the three, the
token distances and the closed-class words between them, whether another holder, body or role
word stands between, the dependency paths from the role word to the holder and to the body
(the first item of a list standing for the list), the mentions' kinds, and list positions.
A candidate becomes claims the way the parser's readings do (``roles.claims_from_frames``), so
names, kinds, scopes and evidence are coordkg's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coordkg.graph.extract import parse
from coordkg.graph.extract.roles import Frame, claims_from_frames, may_hold, role_family
from coordkg.graph.model import Document, Mention, RoleClaim, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Token

RULE = "scored"
"""The reading a candidate's claims name in their evidence."""

# words whose presence between two parts of a triple says how they are joined
CLOSED = frozenset(
    "by of for in on with as and or its their which who that whose is are was were be been "  # noqa: SIM905
    "being has have will the a an to under along together jointly also currently , ( ) ; : -".split()
)


@dataclass(frozen=True)
class Candidate:
    """A (holder, role word, body) triple of one parsed unit, with its features."""

    holder: Mention
    trigger: int  # the role word's token
    role: str
    body: Mention
    features: tuple[str, ...]


def _bucket(n: int) -> str:
    return str(n) if n <= 3 else "4-6" if n <= 6 else "7-10" if n <= 10 else "11+"


def _form(t: Token) -> str:
    """The role word's form: participle, gerund, past, other verb, noun, other."""
    tag = str(t.tag_)
    if tag in ("VBN", "VBG", "VBD"):
        return tag
    if tag.startswith(("VB", "MD")):
        return "VB"
    return "NN" if tag.startswith("NN") else "other"


def _list_head(t: Token) -> Token:
    """The first item of the list a token is a conjunct in ("A, B and C": A)."""
    for _ in range(20):
        if t.dep_ != "conj" or t.head is t:
            break
        t = t.head
    return t


def path(a: Token, b: Token) -> str:
    """The dependency labels up from ``a`` to the lowest common ancestor, then down to ``b``."""
    up_a, up_b = [a, *a.ancestors], [b, *b.ancestors]
    on_b = [t.i for t in up_b]
    common = next((t for t in up_a if t.i in on_b), None)
    if common is None:
        return "none"
    rise = [str(t.dep_) for t in up_a[: [t.i for t in up_a].index(common.i)]]
    fall = [str(t.dep_) for t in up_b[: on_b.index(common.i)]]
    if len(rise) + len(fall) > 4:
        return "long"
    return "/".join(rise) + "^" + "/".join(reversed(fall))


def _between(tree: parse.Tree, a: int, b: int) -> list[str]:
    """The closed-class words between two tokens, a mention counting as "M"."""
    lo, hi = sorted((a, b))
    return [
        "M" if i in tree.mention else tree.parsed[i].lower_
        for i in range(lo + 1, hi)
        if i in tree.mention or tree.parsed[i].lower_ in CLOSED
    ]


def features(
    tree: parse.Tree,
    h: int,
    t: int,
    b: int,
    holders: list[int],
    bodies: list[int],
    words: list[int],
) -> tuple[str, ...]:
    """The general features of the triple (holder token ``h``, role word ``t``, body ``b``)."""
    tok = tree.parsed
    trigger = tok[t]
    role = tree.rules.roles[trigger.lower_]
    order = "".join(k for _, k in sorted(((h, "H"), (t, "T"), (b, "B"))))
    form = _form(trigger)
    to_holder = path(trigger, _list_head(tok[h]))
    out = [
        f"role={role}",
        f"word={trigger.lower_}",
        f"form={form}",
        f"dep={trigger.dep_}",
        f"order={order}",
        f"order|form={order}|{form}",
        f"order|role={order}|{role}",
        f"dHT={_bucket(abs(h - t))}",
        f"dTB={_bucket(abs(t - b))}",
        f"hkind={tree.mention[h].entity.kind}",
        f"bkind={tree.mention[b].entity.kind}",
        f"pathTH={to_holder}",
        f"pathTB={path(trigger, _list_head(tok[b]))}",
        f"pathTH|form={to_holder}|{form}",
        f"words={_bucket(len(words))}",
        f"holders={_bucket(len(holders))}",
        f"bodies={_bucket(len(bodies))}",
    ]
    if trigger.lower_ in tree.rules.inverse:
        out.append("inverse")
    if tok[h].dep_ == "conj":
        out.append("holder-in-list")
    if tok[b].dep_ == "conj":
        out.append("body-in-list")
    out += sorted({f"gapHT:{w}" for w in _between(tree, h, t)})
    out += sorted({f"gapTB:{w}" for w in _between(tree, t, b)})
    lo_ht, hi_ht = sorted((h, t))
    lo_tb, hi_tb = sorted((t, b))
    if any(lo_ht < i < hi_ht for i in holders):
        out.append("holder-between-HT")
    if any(lo_tb < i < hi_tb for i in bodies):
        out.append("body-between-TB")
    if any(lo_ht < i < hi_ht or lo_tb < i < hi_tb for i in words):
        out.append("word-between")
    if min(words, key=lambda w: abs(w - b)) == t:
        out.append("nearest-word-to-body")
    if min(words, key=lambda w: abs(w - h)) == t:
        out.append("nearest-word-to-holder")
    return tuple(out)


def candidates(tree: parse.Tree) -> Iterator[Candidate]:
    """Every (holder, role word, body) triple of a parsed unit, with its features."""
    rules = tree.rules
    words = [t.i for t in tree.parsed if t.lower_ in rules.roles and t.i not in tree.mention]
    holders = sorted(i for i, m in tree.mention.items() if may_hold(m.entity))
    bodies = sorted(i for i, m in tree.mention.items() if role_family(m.entity) == "body")
    for t in words:
        for b in bodies:
            for h in holders:
                if tree.mention[h].entity.key == tree.mention[b].entity.key:
                    continue
                yield Candidate(
                    tree.mention[h],
                    t,
                    rules.roles[tree.parsed[t].lower_],
                    tree.mention[b],
                    features(tree, h, t, b, holders, bodies, words),
                )


def claims(tree: parse.Tree, c: Candidate, doc: Document) -> list[RoleClaim]:
    """The claims a candidate makes, as a reading of the parser would."""
    frame = Frame(
        parse.trigger(RULE, c.role, 0.5),
        [c.holder.entity],
        c.body,
        scopes=tree.scopes(tree.parsed[c.trigger], c.body),
    )
    return claims_from_frames([frame], doc, tree.sentence)[0]


def trees(
    doc: Document,
    sents: Sequence[Sentence],
    mentions: Sequence[Mention],
    country: str | None,
) -> list[parse.Tree]:
    """Every unit with a cue, an actor and a body, parsed (read by an earlier step or not:
    what was said there is left out of the candidates, not the unit)."""
    todo = parse.units(doc, sents, mentions, ())
    nlp = parse.pipeline() if todo else None
    if nlp is None:
        return []
    rules = parse.parse_rules()
    parsed = nlp.pipe(u.masked for u in todo)
    return [parse.Tree(p, u, rules, country) for u, p in zip(todo, parsed, strict=True)]
