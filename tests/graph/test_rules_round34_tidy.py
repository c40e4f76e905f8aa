"""Round 34 tidying (h-tidy34): the post pattern the member lists and the role rules share has
one owner, the "each" words of every language come with the rest of a language's words, and
whom money serves in any language is put together once.  Behaviour unchanged; values worked
out by hand from the rule files."""

from __future__ import annotations

from coordkg.graph.extract.members import member_rules
from coordkg.graph.extract.programmes_phrases import prose_rules
from coordkg.graph.extract.roles import _POST_OF, _languages


def test_the_member_lists_and_the_role_rules_read_the_same_posts() -> None:
    # a post a list item names alone is the post the role rules read before "of the"
    for post in ("the Acting Secretary-General", "the Executive Director"):
        assert member_rules().post_alone.fullmatch(post) is not None
        assert _POST_OF.search(f"its members are {post} of the ") is not None
    assert member_rules().post_alone.fullmatch("the work") is None
    assert member_rules().post_after.search("NEMA Representative") is not None
    assert _POST_OF.search("its members are the Executive Director of the ") is not None
    assert _POST_OF.search("the work of the ") is None


def test_each_word_of_every_language_comes_with_its_language() -> None:
    # languages.toml's "each" of English, Spanish, French and Portuguese
    assert {w for lang in _languages() for w in lang["each"]} == {
        "each",
        "cada uno",
        "cada una",
        "chacun",
        "chacune",
        "cada um",
        "cada uma",
    }


def test_whom_money_serves_in_any_language_built_once() -> None:
    prose = prose_rules()
    assert prose.serves("población afectada")  # Spanish, from [languages] whom
    assert prose.serves("people in need")  # English, from whom
    assert not prose.serves("implementación de semillas")
    assert not prose.serves("")
