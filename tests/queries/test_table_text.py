"""The terminal table: short columns aligned on one line, sentences wrapped under their row."""

from __future__ import annotations

from coordkg.queries.table import Table, to_text

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
