"""PDF, HTML and Markdown input: the same plan in any of them gives the same roles."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from pdfmaker import make_pdf

from coordkg.errors import DocumentError
from coordkg.graph.extract.document import extract
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.read.html import main_text
from coordkg.graph.read.readers import read_document

PLAN = [
    "Coordination",
    "",
    "The Health Cluster is co-led by WHO and the Ministry of Health and Sanitation, and UNICEF "
    "serves as chair of the Nutrition Technical Working Group at national level. IOM acts as "
    "lead agency for the Displacement Tracking Working Group in Kassala and Gedaref states, together "
    "with the Humanitarian Aid Commission.",
    "",
    "Protection Cluster partners met monthly.",
]

HTML = """<!DOCTYPE html><html><head><title>Plan</title></head><body>
<header class="site-header"><a href="/">Home</a> UNHCR chairs the Menu Working Group.</header>
<nav><ul><li><a href="/a">Clusters</a></li><li>WFP leads the Navigation Task Force.</li></ul></nav>
<div id="cookie-banner">We use cookies. OCHA co-chairs the Cookie Working Group.</div>
<main><article>
<h2>Coordination</h2>
<p>The Health Cluster is co-led by WHO and the Ministry of Health and Sanitation, and UNICEF
serves as chair of the Nutrition Technical Working Group at national level. IOM acts as lead
agency for the Displacement Tracking Working Group in Kassala and Gedaref states, together with the
Humanitarian Aid Commission.</p>
<p>Protection Cluster partners met monthly.</p>
</article></main>
<footer>© 2026 <a href="/t">Terms</a>. FAO co-leads the Footer Network.</footer>
</body></html>"""


def roles_of(path: Path) -> set[tuple[str, str, str, str]]:
    doc, _ = read_document(path)
    ex = extract(doc, Resolver())
    return {(c.holder.name, c.role, c.body.name, c.scope.label) for c in ex.roles}


@pytest.fixture
def plan_files(tmp_path: Path) -> dict[str, Path]:
    text = "\n".join(PLAN) + "\n"
    (tmp_path / "plan.txt").write_text(text, encoding="utf-8")
    (tmp_path / "plan.html").write_text(HTML, encoding="utf-8")
    wrapped = [line for para in PLAN for line in (textwrap.wrap(para, 88) or [""])]
    (tmp_path / "plan.pdf").write_bytes(
        make_pdf([wrapped[:4], wrapped[4:]])
    )  # a page break mid-sentence
    (tmp_path / "plan.md").write_text(
        "## Coordination\n\n" + PLAN[2].replace("WHO", "**WHO**") + "\n\n" + PLAN[4] + "\n",
        encoding="utf-8",
    )
    return {p.suffix: p for p in tmp_path.iterdir()}


def test_same_roles_from_text_pdf_html_and_markdown(plan_files: dict[str, Path]) -> None:
    expected = {
        ("World Health Organization", "co-lead", "Health Cluster", ""),
        ("Ministry of Health and Sanitation", "co-lead", "Health Cluster", ""),
        (
            "United Nations Children's Fund",
            "chair",
            "Nutrition Technical Working Group",
            "national",
        ),
        (
            "International Organization for Migration",
            "lead",
            "Displacement Tracking Working Group",
            "Kassala",
        ),
        (
            "International Organization for Migration",
            "lead",
            "Displacement Tracking Working Group",
            "Gedaref",
        ),
        ("Humanitarian Aid Commission", "lead", "Displacement Tracking Working Group", "Kassala"),
        ("Humanitarian Aid Commission", "lead", "Displacement Tracking Working Group", "Gedaref"),
    }
    for suffix, path in plan_files.items():
        assert roles_of(path) == expected, suffix


def test_html_main_text_drops_menus_banners_cookies_and_footers() -> None:
    text = main_text(HTML)
    assert "Health Cluster is co-led by WHO" in text
    for boilerplate in (
        "Menu Working Group",
        "Navigation Task Force",
        "cookies",
        "Footer Network",
        "Terms",
    ):
        assert boilerplate not in text


def test_html_without_main_keeps_body_lines_and_list_items() -> None:
    html = "<html><body><h1>Title</h1><ul><li>UNICEF chairs the X Working Group</li></ul><p>$3,500,000 Funding required</p></body></html>"
    lines = [x for x in main_text(html).split("\n") if x]
    assert lines == ["Title", "- UNICEF chairs the X Working Group", "$3,500,000 Funding required"]


def test_pdf_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[]]))
    with pytest.raises(DocumentError, match="without a text layer"):
        read_document(path)


def test_pdf_page_break_inside_a_sentence_is_joined(tmp_path: Path) -> None:
    path = tmp_path / "p.pdf"
    path.write_bytes(
        make_pdf(
            [
                ["IOM chairs the Returns Working Group (RWG) and is a member of the"],
                ["Cash Working Group (CWG)."],
            ]
        )
    )
    doc, encoding = read_document(path)
    assert encoding == "pdf" and "member of the Cash Working Group (CWG)." in doc.text
