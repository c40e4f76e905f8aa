"""Layouts that must come out as lines of their own: two-column PDF text read column by column,
label lines, bullets of every kind, Markdown table rows, HTML terms and descriptions.
Invented texts; expected lines worked out by hand."""

from __future__ import annotations

from coordkg.graph.read.html import main_text
from coordkg.graph.read.text import clean, normalise, sentences

TWO_COLUMNS = (
    "FLOOD APPEAL 2031\n"
    "\n"
    "THE SITUATION                                         KEY FIGURES\n"
    "Heavy rains in March flooded the river valleys and    40,000\n"
    "forced families out of their homes. The district      people displaced\n"
    "authorities opened schools as shelters and asked\n"
    "partners for help with water and sanitation.          APPEAL (USD)\n"
    "                                                      Shelter      1.2 M\n"
    "The Water and Sanitation Sector is co-led by the      Health       0.8 M\n"
    "district water board and a national NGO.\n"
)

PAGE = "This paragraph is long enough to look like a line of a page of wrapped text in a PDF.\n"


def lines(raw: str) -> list[str]:
    return [s.text for s in sentences(clean(normalise(raw)).text)]


def test_two_column_text_is_read_column_by_column() -> None:
    assert lines(TWO_COLUMNS) == [
        "FLOOD APPEAL 2031",
        "THE SITUATION",
        "Heavy rains in March flooded the river valleys and forced families out of their homes.",
        "The district authorities opened schools as shelters and asked partners for help with "
        "water and sanitation.",
        "The Water and Sanitation Sector is co-led by the district water board and a national NGO.",
        "KEY FIGURES",
        "40,000 people displaced",
        "APPEAL (USD)",
        "Shelter 1.2 M",
        "Health 0.8 M",
    ]


def test_column_pieces_point_back_to_their_raw_characters() -> None:
    raw = normalise(TWO_COLUMNS)
    cleaned = clean(raw)
    for i, ch in enumerate(cleaned.text):
        if not ch.isspace():
            assert raw[cleaned.origin[i]] == ch


def test_a_table_and_a_label_block_keep_their_rows() -> None:
    table = (
        "Sector            Lead agency        Co-lead\n"
        "Protection        UNHCR              a national NGO\n"
        "Shelter           IFRC               the housing ministry\n"
        "Education         UNICEF             the education office\n"
    )
    assert lines(table)[1:] == [
        "Protection UNHCR a national NGO",
        "Shelter IFRC the housing ministry",
        "Education UNICEF the education office",
    ]
    block = (
        "Lead agency:        the provincial health office of the northern region\n"
        "Co-lead:            an international NGO with a field office in the north\n"
        "Partners:           eleven local organisations and two universities nearby\n"
    )
    assert [ln.split(":")[0] for ln in lines(block)] == ["Lead agency", "Co-lead", "Partners"]
    pairs = (
        "Protection        a national NGO\n"
        "Shelter           the housing ministry\n"
        "Education         the education office\n"
    )
    assert lines(pairs) == [
        "Protection a national NGO",
        "Shelter the housing ministry",
        "Education the education office",
    ]


def test_label_lines_are_not_joined_to_a_wrapped_line_above() -> None:
    raw = (
        PAGE
        * 3
        + "Lead: the provincial department of social welfare and its district offices in the hills\n"
        "Co-lead: two national NGOs\n"
    )
    assert lines(raw)[-2:] == [
        "Lead: the provincial department of social welfare and its district offices in the hills",
        "Co-lead: two national NGOs",
    ]


def test_bullets_of_every_kind_are_items_of_their_own() -> None:
    raw = (
        "Agreed actions:\n"
        "\u00b7 the shelter partners share stock levels\n"
        "\uf0b7 the health partners map clinics\n"
        "a) the chair calls the next meeting\n"
        "(ii) the secretariat circulates the minutes\n"
    )
    assert lines(raw) == [
        "Agreed actions:",
        "\u00b7 the shelter partners share stock levels",
        "\uf0b7 the health partners map clinics",
        "a) the chair calls the next meeting",
        "(ii) the secretariat circulates the minutes",
    ]


def test_markdown_table_rows_stay_rows_in_wrapped_text() -> None:
    row = "| Cash and markets working group of the northern provinces | a national NGO |"
    raw = PAGE * 3 + "| Group | Chair |\n|---|---|\n" + row + "\n" + row + "\n"
    assert lines(raw)[-4:] == ["| Group | Chair |", "|---|---|", row, row]


def test_an_html_term_and_its_description_are_one_label_line() -> None:
    html = (
        "<html><body><main><h2>Coordination</h2><dl><dt>Lead</dt><dd>the health office</dd>"
        "<dt>Co-lead:</dt><dd>a national NGO</dd></dl></main></body></html>"
    )
    assert lines(main_text(html)) == [
        "Coordination",
        "Lead: the health office",
        "Co-lead: a national NGO",
    ]


def test_an_html_table_row_is_one_line_of_cells_with_its_empty_ones() -> None:
    html = (
        "<html><body><main><table><tr><th>Group</th><th>Chair</th><th>Co-chair</th></tr>"
        "<tr><td>Cash group</td><td></td><td><p>a national NGO</p></td></tr>"
        "<tr><td>Shelter<br>group</td><td>the housing office</td><td></td></tr>"
        "</table></main></body></html>"
    )
    assert [" ".join(x.split()) for x in lines(main_text(html))] == [
        "Group | Chair | Co-chair",
        "Cash group | | a national NGO",
        "Shelter group | the housing office |",
    ]


def test_a_tab_between_cells_is_a_column_break_in_the_raw_text() -> None:
    assert normalise("Sector\tLead\n") == "Sector   Lead\n"


def test_a_cell_spanning_rows_is_read_on_each_of_its_rows() -> None:
    html = (
        "<html><body><main><table><tr><th>Group</th><th>Area</th><th>Chair</th></tr>"
        '<tr><td rowspan="2">Cash group</td><td>north</td><td>a national NGO</td></tr>'
        "<tr><td>south</td><td>the housing office</td></tr>"
        '<tr><td>Shelter group</td><td>east</td><td rowspan="5">the water board</td></tr>'
        "</table><table><tr><td>Next table</td><td>its own cell</td></tr></table>"
        "</main></body></html>"
    )
    assert [" ".join(x.split()) for x in lines(main_text(html))] == [
        "Group | Area | Chair",
        "Cash group | north | a national NGO",
        "Cash group | south | the housing office",
        "Shelter group | east | the water board",
        "Next table | its own cell",
    ]


def test_a_capital_with_an_accent_opens_a_sentence() -> None:
    assert lines("A comissão reúne-se. É coordenada pelo governo. À noite, ninguém.") == [
        "A comissão reúne-se.",
        "É coordenada pelo governo.",
        "À noite, ninguém.",
    ]


def test_a_lower_case_label_goes_on_a_list_of_labels_on_a_line_of_its_own() -> None:
    # after a label line, or alone after a list item; wrapped prose before a colon stays joined
    assert lines("Chair: UNHCR\nvice chair: CARE\n") == ["Chair: UNHCR", "vice chair: CARE"]
    assert lines("Chair:\n- UNHCR\nvice chair:\n- CARE\n") == [
        "Chair:",
        "- UNHCR",
        "vice chair:",
        "- CARE",
    ]
    assert lines("The plan is split into\nten sectors: food, health and water.\n") == [
        "The plan is split into ten sectors: food, health and water."
    ]
    assert lines("- UNHCR leads the work of the\nsector: its partners.\n") == [
        "- UNHCR leads the work of the sector: its partners."
    ]


def test_a_law_cited_by_its_article_number_ends_no_sentence() -> None:
    """ "art. 4º" inside a sentence cites a law's article (a decree's own aside): its stop is
    an abbreviation's, as "No." is."""
    assert lines(
        "O Comitê Estadual, instituído pelo art. 4º da Lei nº 55, reúne-se. Art. 5 Outro."
    ) == [
        "O Comitê Estadual, instituído pelo art. 4º da Lei nº 55, reúne-se.",
        "Art. 5 Outro.",
    ]


def test_art_before_a_word_is_the_end_of_a_sentence() -> None:
    # only a number after "art." makes it a citation of an article
    assert lines("We use tools that are state of the art. The panel meets monthly.") == [
        "We use tools that are state of the art.",
        "The panel meets monthly.",
    ]
