"""The look-ups of the head rules that name finding asks at every line and token: worked out once,
they must say what going through every rule says."""

from __future__ import annotations

import re

from coordkg.graph.extract.kinds import kinds
from coordkg.graph.extract.mentions import Recogniser
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.extract.rulefiles import alternatives, language_words, with_words


def test_the_rules_by_length_are_every_rule_once_in_the_order_of_the_heads() -> None:
    """Worked out from rules/kinds.toml: the two four-word heads in the file's order; of three
    words, the suffix heads in the file's order, then the prefix heads; every rule once."""
    k = kinds()
    ids = {n: [r.id for r in rules] for n, rules in k.by_length.items()}
    assert sorted(ids) == [1, 2, 3, 4]
    assert ids[4] == ["head.medical-officer-of-health", "head.leader-of-the-opposition"]
    assert ids[3] == [
        "head.technical-working-group",
        "head.area-based-coordination-group",
        "head.government-focal-point",
        "head.chief-medical-officer",
        "head.chief-education-officer",
        "head.chief-fire-officer",
        "head.secretario-general-de",
        "head.director-general-de",
        "head.directora-general-de",
        "head.directorate-general-of",
        "head.grupo-de-trabajo",
        "head.groupe-de-travail",
        "head.grupo-de-trabalho",
    ]
    # a head read only after its article ("a Secretaria Nacional", "le Cluster Santé", "une
    # commission nationale", "la Red Humanitaria", "le Réseau ...", "la Coordinación Estatal")
    # comes first of its length, in the file's order
    assert ids[1][:9] == [
        "head.coordinacion",
        "head.secretaria-pt",
        "head.commission-fr",
        "head.red-es",
        "head.reseau",
        "head.cluster-fr",
        "head.taskforce",
        "head.sub-cluster",
        "head.cluster",
    ]
    assert sum(map(len, ids.values())) == len(k.heads)


def test_a_head_first_body_takes_the_level_words_of_every_language_in_lower_case() -> None:
    """kinds.toml [lower_names] `bodies` names languages.toml's `level_words` once, beside their
    French feminine forms and the remit words: "un comité préfectoral" as "une commission
    nationale"."""
    lower = next(r.lower for r in kinds().heads if r.id == "head.comite")
    assert set(language_words("level_words")) <= lower
    assert {"préfectoral", "nationale", "gestion"} <= lower
    assert not any("{" in w for w in lower)


def test_body_heads_are_the_suffix_heads_of_bodies() -> None:
    """Worked out from rules/kinds.toml: the longest first; a head of another family ("ministry",
    "response plan", "coordination centre") or one that starts a name ("mesa técnica", a working
    group) is none."""
    heads = kinds().body_heads
    assert heads[:2] == ("technical working group", "area-based coordination group")
    assert {"working group", "task force", "sub-cluster", "cluster", "forum", "network"} <= set(
        heads
    )
    assert not {"ministry", "response plan", "coordination centre", "mesa técnica"} & set(heads)
    assert len(set(heads)) == len(heads)


def test_a_plural_heading_names_its_head_and_a_sentence_none() -> None:
    """ "### Working Groups", "Active Sub-Clusters" are headings of bodies; a line with a
    function word, or longer than any head and one word, is not."""
    recognise = Recogniser("", Resolver())
    found = recognise._plural_body_head("### Working Groups")
    assert found is not None and found.head == ("working", "group")
    assert recognise._plural_body_head("Working Groups:") == found
    assert recognise._plural_body_head("Members of the working groups") is None
    assert recognise._plural_body_head("Working Group") is None  # singular: a name's head
    assert recognise._plural_body_head("Nutrition Health Shelter Logistics Working Groups") is None


def test_a_token_is_a_place_head_of_the_kind_its_singular_names() -> None:
    recognise = Recogniser("", Resolver())
    heads = kinds().place_heads
    head, kind = next(iter(heads.items()))
    assert recognise._place_head_kind(head) == kind
    assert recognise._place_head_kind(head + "s") == kind
    assert recognise._place_head_kind("zzz") is None


def test_a_phrase_alternation_takes_the_longest_phrase_any_spacing() -> None:
    """The one builder of the rules' phrase alternations (rulefiles.py)."""
    found = re.fullmatch(f"(?:{alternatives(['chief', 'chief of mission'])})", "chief  of\nmission")
    assert found is not None
    longest = re.match(f"(?:{alternatives(['a', 'a.b'])})", "a.b")  # the dot escaped, not any
    assert longest is not None and longest[0] == "a.b"


def test_a_rule_pattern_takes_its_words_from_the_languages_table() -> None:
    # round 26: "{words:KEY}" in a rule file's pattern stands for every language's words KEY of
    # rules/languages.toml, "{words:KEY:LANG}" for one language's, any spaces between words
    everyone = re.compile(with_words(r"\b(?:{words:part_of})\b"))
    french = re.compile(with_words(r"\b(?:{words:part_of:fr})\b"))
    assert everyone.search("ces ONG font  partie du groupe")
    assert everyone.search("las agencias forman parte de la mesa")
    assert french.search("ces ONG font partie du groupe")
    assert not french.search("las agencias forman parte de la mesa")


def test_a_rule_pattern_takes_the_codes_parts_by_name_and_keeps_its_quantifiers() -> None:
    # round 30: one hook for a rule's own placeholders ("{body}", "{date}"): each given name is
    # filled before the words; a quantifier "{2}" and a name not given stay as they are
    pattern = with_words(r"(?:{words:and:fr})\s+{body}\d{2}{other}", body="§")
    assert pattern.endswith(r"\s+§\d{2}{other}")
    assert re.match(pattern.replace("{other}", ""), "ainsi  que §12")
