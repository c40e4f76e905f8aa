"""An error's message is one printable line whatever the file name or library text holds."""

from __future__ import annotations

import pytest

from coordkg.errors import DocumentError, printable


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plan 2024.txt", "plan 2024.txt"),
        ("Dohuk – Ninewa.pdf", "Dohuk – Ninewa.pdf"),
        ("new\nline\r.txt", "new\\nline\\r.txt"),
        ("tab\there", "tab\\there"),
        ("\x1b[31mred", "\\x1b[31mred"),
        ("para\u2028graph", "para\\u2028graph"),
        ("right\u202eleft", "right\\u202eleft"),
        ("bad\udcff.txt", "bad\\udcff.txt"),
        ("back\\slash", "back\\slash"),
    ],
)
def test_printable_escapes_what_a_terminal_would_act_on(text: str, shown: str) -> None:
    assert printable(text) == shown


def test_an_error_keeps_its_name_and_problem_printable() -> None:
    error = DocumentError("a\nb.txt", "said:\nTraceback")
    assert (error.where, error.problem) == ("a\\nb.txt", "said:\\nTraceback")
    assert str(error) == "a\\nb.txt: said:\\nTraceback"
