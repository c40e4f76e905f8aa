"""Cleaning PDF and web text: what is joined, what stays a line, and offsets back to the file."""

from __future__ import annotations

from coordkg.graph.read.text import clean, normalise, sentences

PDF = (
    "IOM works in close coordination with the Ministry of Migration \n"
    "and Displacement (MoMD) of the GoI and the KRG Ministry of Planning (MoP). IOM is the co-lead\n"
    "for the Camp Coordination and Camp Management Cluster, co-lead of the sub-\n"
    "national Shelter Cluster.\n"
    "\n"
    "Objective\n"
    "Save lives and respond to needs\n"
    "\n"
    "$45,704,000\n"
    "Funding Required\n"
)


def test_wrapped_lines_and_hyphenated_breaks_are_joined() -> None:
    text = clean(normalise(PDF)).text
    assert "Ministry of Migration and Displacement (MoMD)" in text
    assert "co-lead for the Camp Coordination" in text
    assert "the sub-national Shelter Cluster." in text


def test_headings_and_figures_stay_on_their_own_lines() -> None:
    lines = clean(normalise(PDF)).text.split("\n")
    assert "Objective" in lines
    assert "Save lives and respond to needs" in lines
    assert "$45,704,000" in lines and "Funding Required" in lines


def test_a_page_break_inside_a_sentence_is_removed() -> None:
    raw = "living in high severity locations, 40% in medium severity \n\n\n\nlocations). Among IDPs"
    assert "in medium severity locations). Among IDPs" in clean(normalise(raw)).text


def test_a_long_web_paragraph_line_and_a_short_heading_are_not_joined() -> None:
    raw = "Objective 2 - Driving solutions\nDriving solutions\n\n" + ("word " * 60).strip() + "\n"
    lines = clean(normalise(raw)).text.split("\n")
    assert lines[:2] == ["Objective 2 - Driving solutions", "Driving solutions"]


def test_every_cleaned_character_points_back_to_the_same_raw_character() -> None:
    raw = normalise(PDF)
    cleaned = clean(raw)
    for i, ch in enumerate(cleaned.text):
        if not ch.isspace():
            assert raw[cleaned.origin[i]] == ch


def test_sentences_split_at_full_stops_not_abbreviations() -> None:
    text = "IOM co-leads the X Cluster, e.g. in Ninewa. UNDP chairs the Y Working Group.\nHeading"
    found = [s.text for s in sentences(text)]
    assert found == [
        "IOM co-leads the X Cluster, e.g. in Ninewa.",
        "UNDP chairs the Y Working Group.",
        "Heading",
    ]
    for s in sentences(text):
        assert text[s.start : s.end] == s.text


def test_normalise_removes_zero_width_characters_and_unifies_newlines() -> None:
    assert normalise("a\u200bb\r\nc\u00a0d") == "ab\nc d"
