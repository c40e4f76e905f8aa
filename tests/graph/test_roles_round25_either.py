"""Round 25 (seen21's Lao district committee): "chaired by either A or B" names both chairs,
who hold the seat in turn; a bare "or" joins no holders.  Invented sentences."""

from __future__ import annotations

from snippets import roles


def test_chaired_by_either_one_post_or_the_other() -> None:
    text = (
        "Chaired by either the District Governor or the Vice District Governor, the Lakeside "
        "Relief Committee meets monthly.\n"
    )
    body = "Lakeside Relief Committee"
    assert roles(text) == {
        ("District Governor", "chair", body, ""),
        ("Vice District Governor", "chair", body, ""),
    }


def test_or_without_either_joins_no_second_chair() -> None:
    text = "The Lakeside Relief Committee is chaired by UNICEF or its partners.\n"
    assert roles(text) == {("UNICEF", "chair", "Lakeside Relief Committee", "")}
