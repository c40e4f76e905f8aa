"""Round 32 (h-seen28): constructions of seen28's misses and extras, with sentences written for
these tests -- a country in apposition to the post it holds now ("..., Kenya and Uganda, the
current Forum Chair") holds that post, and the countries listed beside it are no scope."""

from __future__ import annotations

from snippets import roles


def test_a_country_apposed_to_its_current_post_holds_it() -> None:
    text = (
        "The Lakes Ministerial Forum on Refugees (LMFR) met in Arusha. It has drawn "
        "participation from four countries: Kenya, Rwanda, Burundi and Tanzania, the current "
        "LMFR Chair."
    )
    assert roles(text) == {("Tanzania", "chair", "LMFR", "")}
    # an agency so apposed keeps its post as before
    assert roles(
        "The Lakes Ministerial Forum on Refugees (LMFR) met in Arusha, with UNICEF, the current "
        "LMFR Chair."
    ) == {("UNICEF", "chair", "LMFR", "")}
