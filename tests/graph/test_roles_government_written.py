"""The words a document writes for a government named elsewhere ("The Government leads the
response"), kept as a name of that government when they hold a role: the gold writes the holder
as the document does ("Government"), and the graph names it so too."""

from __future__ import annotations

from snippets import read

from coordkg.graph.rdf import spelling


def _written(text: str) -> set[tuple[str, str]]:
    """(how the document writes it, the entity's name) of every spelling of a government."""
    return {
        (s, m.entity.name)
        for m in read(text).mentions
        if m.entity.kind == "Government" and (s := spelling(m)) is not None
    }


def test_the_government_holding_a_role_is_written_government() -> None:
    assert _written(
        "The Government of Utopia opened its borders. The Government leads the response to the "
        "refugee situation, and UNHCR chairs the Refugee Coordination Forum."
    ) == {("Government", "Government of Utopia")}


def test_the_government_holding_no_role_gives_no_name() -> None:
    assert (
        _written(
            "The Government of Utopia opened its borders. The Government thanked the donors for "
            "their support."
        )
        == set()
    )


def test_the_government_in_lower_case_is_no_name() -> None:
    # the role is read all the same; "government" written in lower case is a common noun
    assert (
        _written(
            "The Government of Utopia opened its borders. In the north, the government leads the "
            "response to the refugee situation."
        )
        == set()
    )


def test_the_government_is_found_where_the_file_and_the_cleaned_text_part() -> None:
    # the squeezed spaces of the first line shift the cleaned text against the raw file, where
    # a role's evidence points: the written "Government" is still matched to its role
    assert _written(
        "The     Government     of     Utopia     opened     its     borders.\n"
        "The Government leads the response to the refugee situation."
    ) == {("Government", "Government of Utopia")}
