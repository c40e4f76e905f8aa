"""The pages through raw HTTP: search ranked, identifiers, evidence quoted with one link, the
diff's pickers and order, the map's controls, errors in page words, and the SPARQL editor's
page and files.  Expected values quote the bundled plans (tests/gold)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from served import fetch, serve

from coordkg.errors import InputError
from coordkg.graph.build import BuildSummary, build
from coordkg.graph.store.local import GraphStore
from coordkg.queries import run
from coordkg.queries.catalogue import get
from coordkg.queries.endpoint import Limits
from coordkg.web import editor
from coordkg.web.assets import asset
from coordkg.web.pages import said

INJECTION = Path(__file__).parent.parent / "visualize" / "documents" / "injection-plan-2030.txt"


@pytest.fixture(scope="module")
def site(built: tuple[GraphStore, BuildSummary]) -> Iterator[str]:
    yield from serve(built[0], Limits(seconds=10, rows=200))


def cells(row: str) -> list[str]:
    return [unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)]


def rows(page: str) -> list[str]:
    return re.findall(r"<tr>(?:(?!</tr>).)*?<td.*?</tr>", page)


def test_search_ranks_iom_first_for_migration(site: str) -> None:
    status, _, page = fetch(f"{site}/search?q=migration")
    names = [cells(r)[0] for r in rows(page)]
    assert status == 200 and names[0] == "International Organization for Migration"
    assert "Ministry of Migration and Displacement" in names
    assert fetch(f"{site}/search?q=iom")[2].count("<tr><td") == 1


def test_entity_page_gives_identifiers_and_quotes_evidence_with_one_link(site: str) -> None:
    status, _, page = fetch(f"{site}/entity?name=IOM")
    assert status == 200
    assert "<dt>IATI organisation identifier</dt><dd>XM-DAC-47066</dd>" in page
    kri = fetch(f"{site}/entity?name=KRI")[2]  # README's `coordkg ask nodes --class region`
    assert "<dt>ISO 3166 code</dt><dd>IQ-KR</dd>" in kri
    assert "<dt>Wikidata</dt><dd>Q7817</dd>" in fetch(f"{site}/entity?name=WHO")[2]
    evidence = re.findall(r'<td class="evidence"[^>]*>(.*?)</td>', page)
    assert evidence and all(cell.count("<a ") <= 1 for cell in evidence)
    assert all(cell.startswith("<q>") for cell in evidence)  # the sentence, not a link
    rwg = next(r for r in rows(page) if "co-lead" in r and "Returns Working Group" in r)
    assert rwg.count('class="passage"') == 1
    assert "/evidence?org=International+Organization+for+Migration&amp;role=co-lead" in rwg


def test_evidence_page_quotes_the_sentence_and_links_its_passage_once(site: str) -> None:
    query = urlencode({"org": "IOM", "role": "chair", "body": "RWG", "plan": "2025"})
    status, _, page = fetch(f"{site}/evidence?{query}")
    assert status == 200 and "<q>" in page and "iom-iraq-crp-2025.txt" in page
    assert all(r.count('class="passage"') == 1 for r in rows(page))


def test_diff_without_parameters_picks_the_last_two_plans(site: str) -> None:
    status, _, page = fetch(f"{site}/diff")
    assert status == 200 and "<h1>From 2020 to 2025</h1>" in page
    assert '<option value="2020" selected>' in page and '<option value="2025" selected>' in page
    headings = re.findall(r"<h2>(.*?)</h2>", page)
    assert headings == [
        "Roles",
        "Coordination bodies",
        "Figures of the plans",
        "Programmes (US dollars)",
    ]
    targeted = next(cells(r) for r in rows(page) if "people targeted" in r)
    assert targeted == ["changed", "people targeted", "806,000", "426,700", "-379,300", "-47.1%"]


def test_map_page_has_its_controls_and_frames_the_map(site: str) -> None:
    asked = {"plan": "2020", "compare": "2025", "focus": "IOM", "depth": "2", "kind": "ngo"}
    status, headers, page = fetch(f"{site}/map?{urlencode(asked)}")
    assert status == 200 and "frame-src 'self'" in headers["Content-Security-Policy"]
    for name in ("plan", "compare", "focus", "depth", "kind"):
        assert f'name="{name}"' in page
    frame = re.search(r'<iframe class="map" src="([^"]+)"', page)
    assert frame is not None
    status, _, view = fetch(site + unescape(frame.group(1)))
    assert status == 200 and 'id="map-data"' in view
    data = json.loads(re.search(r'id="map-data"[^>]*>(.*?)</script>', view, re.S).group(1))  # type: ignore[union-attr]
    title = "Coordination network around International Organization for Migration, plan 2020"
    assert data["page"]["title"] == title + " compared with 2025"


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/map?focus=nobody-at-all", "nobody-at-all: names nothing in the graph"),
        ("/map?depth=two", "“Steps”: must be a whole number"),
        ("/map?plan=2020&compare=2020", "“Compared with”: needs two different plans"),
        ("/diff?first=2020&second=2031", "2031: no such plan in the graph"),
        ("/ask/roles?org=nobody-at-all", "“org”: 'nobody-at-all' names no entity"),
    ],
)
def test_errors_speak_of_the_form_not_of_command_line_options(
    site: str, path: str, words: str
) -> None:
    status, _, page = fetch(site + path)
    problem = re.search(r'<p class="problem" role="alert">(.*?)</p>', page)
    assert status == 400 and problem is not None
    assert unescape(problem.group(1)).startswith(words)
    assert "--" not in unescape(problem.group(1)) and "<form" in page


def test_said_turns_options_into_fields_and_drops_command_hints() -> None:
    fields = {"plan": "Plan", "compare": "Compared with"}
    assert (
        said(InputError("--plan", "cannot be used with --compare, which names both plans"), fields)
        == "“Plan”: cannot be used with “Compared with”, which names both plans"
    )
    hinted = InputError(
        "2020", "names 2 plans: give a document id instead (see `coordkg documents`)"
    )
    assert said(hinted) == "2020: names 2 plans: give a document id instead"


def test_editor_page_is_yasgui_with_prefixes_and_runnable_examples(site: str) -> None:
    status, headers, page = fetch(f"{site}/sparql", headers={"Accept": "text/html"})
    assert status == 200 and headers["Content-Security-Policy"] == editor.csp()
    assert '<script src="/static/yasgui/yasgui.min.js" defer></script>' in page
    assert "http" not in re.sub(r'<script type="application/json".*?</script>', "", page)
    data = json.loads(re.search(r'id="editor-data">(.*?)</script>', page, re.S).group(1))  # type: ignore[union-attr]
    assert data["prefixes"]["ckg"] == "https://w3id.org/coordkg/ontology#"
    assert data["query"].startswith("PREFIX ckg: <https://w3id.org/coordkg/ontology#>")
    shown = {}
    for name, query in data["examples"].items():
        status, _, body = fetch(
            f"{site}/sparql",
            urlencode({"query": query}).encode(),
            {"Accept": "application/sparql-results+json"},
        )
        assert status == 200, name
        shown[name] = json.loads(body)
    assert shown["roles"]["results"]["bindings"] and shown["plans"]["results"]["bindings"]
    # The columns `coordkg ask` shows, without those kept only for the parameters' sake.
    assert shown["roles"]["head"]["vars"] == [
        "plan", "organization", "organization_acronym", "role", "body", "body_acronym",
        "scope", "with", "evidence",
    ]  # fmt: skip
    assert shown["plans"]["head"]["vars"] == [
        "plan", "title", "funding_usd", "people_in_need", "people_targeted",
        "entities_targeted", "updated",
    ]  # fmt: skip
    for name, answer in shown.items():
        unsent = set(run.unsent(get(name)))  # a DISTINCT question's order columns are sent
        assert not [v for v in answer["head"]["vars"] if v in unsent or v.startswith("p_")], name


def test_static_files_are_served_and_nothing_else(site: str) -> None:
    status, headers, _ = fetch(f"{site}/static/yasgui/yasgui.min.js")
    assert status == 200 and headers["Content-Type"].startswith("text/javascript")
    assert fetch(f"{site}/static/yasgui/LICENSE")[2].startswith("@zazuko/yasgui 4.6.2")
    for path in ("/static/../server.py", "/static/yasgui/..%2F..%2Fserver.py", "/static/.x"):
        assert fetch(site + path)[0] == 404
    assert asset("/static/yasgui/../../server.py") is None and asset("/style.css") is None


@pytest.fixture(scope="module")
def nasty_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server over the plan whose names and sentences carry markup and scripts."""
    store = GraphStore(tmp_path_factory.mktemp("pages-injection") / "store")
    build([INJECTION], store, 10**6)
    yield from serve(store, Limits())


@pytest.mark.parametrize(
    "path",
    [
        "/search?q=task+force",
        "/search?q=script",
        "/entity?name=IOM",
        "/diff",
        "/map",
        "/map?focus=" + quote('<img src=x onerror="window.__pwned=1">'),
        "/diff?first=" + quote("<script>window.__pwned=2</script>"),
    ],
)
def test_markup_in_documents_and_parameters_stays_text(nasty_site: str, path: str) -> None:
    body = fetch(nasty_site + path)[2].lower()
    assert "<script>" not in body and "<img" not in body and "<b>" not in body


def test_editor_csp_allows_the_shipped_column_resizer_style_and_nothing_inline() -> None:
    # the sha256 of the 710-character style literal yasgui.min.js passes to createStyle for
    # its ".grip-resizable" columns, hashed by hand from the shipped file
    policy = editor.csp()
    assert "style-src 'self' 'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk=';" in policy
    assert "script-src 'self';" in policy and "unsafe" not in policy
