"""The terminal table: short columns aligned on one line, sentences wrapped under their row."""

from __future__ import annotations

import random
import textwrap

from wcwidth import wcwidth

from coordkg.queries.table import _NARROW, Table, to_text

SENTENCE = (
    "The Shelter Working Group is co-chaired by the Ministry of Displacement and by a national "
    "NGO, and it meets monthly in the capital with partners from every governorate."
)


def test_a_sentence_backing_two_rows_is_printed_under_each_row() -> None:
    table = Table(
        ("org", "role", "quote"),
        (("Ministry", "co-chair", SENTENCE), ("NGO", "co-chair", SENTENCE), ("IOM", "lead", "")),
    )
    lines = to_text(table, width=60).splitlines()
    assert lines[0].split() == [
        "org",
        "role",
    ]
    wrapped = [line for line in lines if line.startswith("    ")]
    assert " ".join(w.strip() for w in wrapped) == f"{SENTENCE} {SENTENCE}"
    assert all(len(line) <= 56 for line in wrapped)
    rows = [line.split() for line in lines[2:] if not line.startswith("    ")]
    assert rows == [["Ministry", "co-chair"], ["NGO", "co-chair"], ["IOM", "lead"]]
    # each row's sentence follows it: the Ministry's before the NGO's row, the NGO's after
    ngo = lines.index(next(line for line in lines if line.startswith("NGO")))
    assert lines[ngo - 1].startswith("    ") and lines[ngo + 1].startswith("    ")


def test_a_table_fitted_to_the_terminal_cuts_its_widest_columns_first() -> None:
    table = Table(
        ("plan", "organization", "body"),
        (("2025", "International Organization for Migration", "Returns Working Group"),),
    )
    lines = to_text(table, width=40, fit=True).splitlines()
    assert all(len(line) <= 40 for line in lines), lines
    # 4 + 2 + 16 + 2 + 16 = 40: the two wide columns are cut to 16 columns each, "…" ending them
    assert lines[2] == "2025  International O…  Returns Working…"
    # Not fitted (a pipe), the row is whole.
    assert "International Organization for Migration" in to_text(table, width=40)


def test_wide_characters_take_two_columns_and_marks_none() -> None:
    # Chinese characters are two columns wide; Arabic with a combining vowel sign (U+064E) is
    # as wide as its letters alone.
    table = Table(
        ("name", "role"), (("联合国难民署", "lead"), ("مَنظمة", "member"), ("IOM", "chair"))
    )
    lines = to_text(table, width=80).splitlines()
    assert lines[1] == "------------  ------"  # the name column: six characters, 12 columns
    assert lines[2] == "联合国难民署  lead"
    assert lines[3] == "مَنظمة" + " " * 7 + "  member"  # six characters, five columns
    assert lines[4] == "IOM           chair"


def test_a_sentence_without_spaces_wraps_between_characters() -> None:
    sentence = "国际移民组织与联合国难民署共同领导营地协调和营地管理集群" * 3
    table = Table(("org", "quote"), (("IOM", sentence),))
    wrapped = [line for line in to_text(table, width=44).splitlines() if line.startswith("    ")]
    assert "".join(line.strip() for line in wrapped) == sentence
    assert all(4 + 2 * len(line.strip()) <= 44 for line in wrapped)


def wrapped_under(sentence: str, width: int) -> list[str]:
    """The lines ``to_text`` prints under a row whose long column holds ``sentence`` (a second
    row's 151 characters make the column one of sentences, however short this one is)."""
    rows = (("IOM", sentence), ("end", "x" * 151))
    lines = to_text(Table(("org", "quote"), rows), width=width).splitlines()
    assert lines[2] == "IOM"
    return [line[4:] for line in lines[3 : lines.index("end")]]


def test_a_sentence_breaks_at_the_last_space_that_fits_or_after_a_hyphen() -> None:
    # width 44 wraps at 36 columns: "The Shelter Working Group is chaired" is 36 characters
    plain = "The Shelter Working Group is chaired by the Ministry of Displacement and Migration."
    assert wrapped_under(plain, 44) == [
        "The Shelter Working Group is chaired",
        "by the Ministry of Displacement and",
        "Migration.",
    ]
    # "...is co-" is 32 columns, "...is co-chaired" 39: the word breaks after its hyphen
    hyphen = "The Shelter Working Group is co-chaired by the Ministry."
    assert wrapped_under(hyphen, 44) == [
        "The Shelter Working Group is co-",
        "chaired by the Ministry.",
    ]
    # a word longer than the line is cut to fill it
    assert wrapped_under("see " + "x" * 40, 44) == ["see " + "x" * 32, "x" * 8]


def test_sentences_wrap_as_textwrap_wraps_them() -> None:
    # textwrap's rules (hyphens, long words, runs of spaces) on sentences of many shapes
    rng = random.Random(14)
    alphabet = "abcdefghij-ABC.,'()0123456789"
    for _ in range(3000):
        words = [
            "".join(rng.choice(alphabet) for _ in range(rng.choice([1, 2, 3, 5, 8, 12, 45])))
            for _ in range(rng.randint(1, 30))
        ]
        spaces = [rng.choice([" "] * 20 + ["  ", "\t", "-- ", " - "]) for _ in words]
        sentence = "".join(w + s for w, s in zip(words, spaces, strict=True)).strip()
        width = rng.randint(44, 100)
        if sentence:
            assert wrapped_under(sentence, width) == textwrap.wrap(sentence, width - 8), sentence


def test_latin_text_measured_without_wcwidth_is_one_column_a_character() -> None:
    # ASCII and U+00A0-00AC, U+00AE-024F, U+2010-2027, U+2030-205E: 13 + 418 + 24 + 47 characters
    accepted = [chr(c) for c in range(0x80, 0x3000) if _NARROW.fullmatch(chr(c))]
    assert len(accepted) == 502
    assert all(wcwidth(ch) == 1 for ch in accepted)
    table = Table(("name", "role"), (("IOM’s café – “x”", "lead"),))
    assert to_text(table, width=80).splitlines()[1] == "-" * 16 + "  ----"
