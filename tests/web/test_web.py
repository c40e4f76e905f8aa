"""`coordkg serve`: the SPARQL endpoint through a standard client and raw HTTP, the pages
through raw HTTP, injection in every parameter, and the pages in Debian's headless Chromium.

Expected values quote the 2020 plan: "IOM is the co-lead for the Camp Coordination and Camp
Management Cluster (CCCM), co-lead of the sub-national Central/South Shelter-NFI Cluster, and
co-lead of the Returns Working Group (RWG)" (tests/gold/roles.csv has the same rows).
"""

from __future__ import annotations

import http.client
import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, urlencode
from xml.dom.minidom import parseString

import pytest
from SPARQLWrapper import CSV, JSON, XML, SPARQLWrapper

from coordkg.api import KnowledgeGraph
from coordkg.graph.build import BuildSummary, build
from coordkg.graph.store.local import GraphStore
from coordkg.queries.endpoint import Limits, accepted
from coordkg.web.server import make_server
from coordkg.web.views import _passage_link

if TYPE_CHECKING:
    from playwright.sync_api import Browser

HERE = Path(__file__).parent


def _serve(store: GraphStore, limits: Limits) -> Iterator[str]:
    server = make_server(KnowledgeGraph(store.location), "127.0.0.1", 0, limits)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def site(built: tuple[GraphStore, BuildSummary]) -> Iterator[str]:
    yield from _serve(built[0], Limits(seconds=5, rows=50))


@pytest.fixture(scope="module")
def nasty_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server over the plan whose names and sentences carry markup and scripts."""
    store = GraphStore(tmp_path_factory.mktemp("web-injection") / "store")
    build([HERE.parent / "visualize" / "documents" / "injection-plan-2030.txt"], store, 10**6)
    yield from _serve(store, Limits())


def fetch(url: str, data: bytes | None = None, headers: dict[str, str] | None = None):
    """(status, headers, body text) without raising on 4xx/5xx."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status, r.headers, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode()


def triples(site: str) -> int:
    query = urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    _, _, body = fetch(f"{site}/sparql?{query}")
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


# --- the endpoint ------------------------------------------------------------------------

ROLES_2020 = """
PREFIX ckg: <https://w3id.org/coordkg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT DISTINCT ?acronym WHERE {
  ?m a ckg:RoleAssignment ; org:member ?o ; org:organization ?b .
  ?o ckg:acronym "IOM" .
  ?b ckg:acronym ?acronym .
}"""


def test_sparqlwrapper_select_json_finds_the_bodies_iom_holds_roles_in(site: str) -> None:
    client = SPARQLWrapper(f"{site}/sparql")
    client.setQuery(ROLES_2020)
    client.setReturnFormat(JSON)
    result = client.queryAndConvert()
    acronyms = {b["acronym"]["value"] for b in result["results"]["bindings"]}
    assert {"CCCM Cluster", "RWG", "HCT"} <= acronyms


def test_sparqlwrapper_ask_in_xml_and_select_in_csv(site: str) -> None:
    client = SPARQLWrapper(f"{site}/sparql")
    client.setQuery("ASK { ?s ?p ?o }")
    client.setReturnFormat(XML)
    xml = client.queryAndConvert()
    assert xml.getElementsByTagName("boolean")[0].firstChild.data == "true"
    client.setQuery(ROLES_2020)
    client.setReturnFormat(CSV)
    lines = client.queryAndConvert().decode().splitlines()
    assert lines[0] == "acronym" and "RWG" in lines[1:]


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        (
            "text/html;q=0.9, text/csv;q=0.5, application/sparql-results+json",
            "application/sparql-results+json",
        ),
        ("*/*", "application/sparql-results+json"),
    ],
)
def test_content_negotiation(site: str, accept: str, media: str) -> None:
    status, headers, _ = fetch(
        f"{site}/sparql?{urlencode({'query': ROLES_2020})}", headers={"Accept": accept}
    )
    assert status == 200
    assert headers["Content-Type"].startswith(media)


def test_post_forms_and_raw_query_bodies_give_the_same_answer(site: str) -> None:
    form = urlencode({"query": ROLES_2020}).encode()
    a = fetch(
        f"{site}/sparql",
        form,
        {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"},
    )
    b = fetch(
        f"{site}/sparql",
        ROLES_2020.encode(),
        {"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    assert a[0] == b[0] == 200 and sorted(a[2].splitlines()) == sorted(b[2].splitlines())


def test_a_malformed_query_is_a_400_with_the_parser_message(site: str) -> None:
    status, _, body = fetch(f"{site}/sparql?{urlencode({'query': 'SELECT ?s WHERE { ?s ?p '})}")
    assert status == 400
    assert body.startswith("not a SPARQL query: error at 1:")


def test_unacceptable_media_type_is_406(site: str) -> None:
    status, _, body = fetch(
        f"{site}/sparql?{urlencode({'query': 'ASK {}'})}", headers={"Accept": "image/png"}
    )
    assert status == 406 and "application/sparql-results+json" in body


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (urlencode({"update": "DROP ALL"}).encode(), "application/x-www-form-urlencoded"),
        (b"CLEAR ALL", "application/sparql-update"),
        (
            urlencode({"query": "DELETE WHERE { ?s ?p ?o }"}).encode(),
            "application/x-www-form-urlencoded",
        ),
    ],
)
def test_updates_are_refused_and_the_store_is_unchanged(site: str, data: bytes, kind: str) -> None:
    before = triples(site)
    status, _, _ = fetch(f"{site}/sparql", data, {"Content-Type": kind})
    assert 400 <= status < 500
    assert triples(site) == before > 0


def test_the_row_limit_cuts_and_says_so(site: str) -> None:
    query = urlencode({"query": "SELECT ?s WHERE { ?s ?p ?o }"})
    status, headers, body = fetch(f"{site}/sparql?{query}", headers={"Accept": "text/csv"})
    assert status == 200 and headers["X-Coordkg-Truncated"] == "true"
    assert len(body.splitlines()) == 1 + 50


def test_the_time_limit_stops_a_runaway_query(built: tuple[GraphStore, BuildSummary]) -> None:
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    for site in _serve(built[0], Limits(seconds=1, rows=10)):
        status, _, body = fetch(f"{site}/sparql?{urlencode({'query': heavy})}")
        assert status == 503 and "time limit (1 s)" in body


def test_accept_header_parsing() -> None:
    offered = ("application/sparql-results+json", "text/csv")
    assert accepted(None, offered) == "application/sparql-results+json"
    assert accepted("text/*;q=0.8, image/png;q=0.9", offered) == "text/csv"
    assert accepted("text/csv;Q=0", offered) is None
    # the most specific range sets a type's q (RFC 9110): JSON refused, CSV taken at 0.5
    assert accepted("application/sparql-results+json;q=0, */*", offered) == "text/csv"
    assert accepted("text/csv;q=0.5, text/*;q=0.9, */*;q=0.7", offered) == offered[0]
    assert accepted("application/json", offered) == offered[0]


@pytest.mark.parametrize(
    ("query", "refused"),
    [
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:1/x> { ?s ?p ?o } }", True),
        ("select * {service<http://127.0.0.1:1/x>{?s ?p ?o}}", True),
        ('SELECT * WHERE { ?s <http://x/SERVICE> "service" } # SERVICE', False),
    ],
)
def test_federated_queries_are_refused(site: str, query: str, refused: bool) -> None:
    status, _, body = fetch(f"{site}/sparql?{urlencode({'query': query})}")
    assert (status, "uses SERVICE" in body) == ((400, True) if refused else (200, False))


def test_serialisations_keep_odd_literals_and_blank_nodes(site: str) -> None:
    query = 'SELECT ?b ?t WHERE { BIND(BNODE() AS ?b) BIND("c\\r\\nd" AS ?t) }'
    _, _, csv = fetch(
        f"{site}/sparql?{urlencode({'query': query})}", headers={"Accept": "text/csv"}
    )
    assert csv.splitlines()[1].startswith("_:")
    _, _, xml = fetch(
        f"{site}/sparql?{urlencode({'query': query})}",
        headers={"Accept": "application/sparql-results+xml"},
    )
    literal = parseString(xml).getElementsByTagName("literal")[0].firstChild.data
    assert literal == "c\r\nd"


@pytest.mark.parametrize("length", ["abc", "-1"])
def test_a_bad_content_length_is_a_400(site: str, length: str) -> None:
    host, port = site.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.putrequest("POST", "/sparql")
    connection.putheader("Content-Length", length)
    connection.putheader("Content-Type", "application/sparql-query")
    connection.endheaders()
    response = connection.getresponse()
    assert response.status == 400  # the HTTP parser's answer: the request never reaches /sparql
    connection.close()


def test_an_empty_query_is_a_400(site: str) -> None:
    assert fetch(f"{site}/sparql?query=")[0] == 400


# --- the pages -----------------------------------------------------------------------------


def test_search_finds_iom_and_links_its_page(site: str) -> None:
    status, _, body = fetch(f"{site}/search?q=migration")
    assert status == 200
    assert '<a href="/entity?name=International+Organization+for+Migration">' in body


def test_entity_page_shows_roles_with_evidence_links(site: str) -> None:
    status, headers, body = fetch(f"{site}/entity?name=IOM")
    assert status == 200 and "default-src 'none'" in headers["Content-Security-Policy"]
    assert "Returns Working Group" in body and "co-lead" in body
    assert "/evidence?org=International+Organization+for+Migration&amp;role=co-lead" in body


def test_evidence_page_gives_the_sentence_and_the_document(site: str) -> None:
    query = urlencode({"org": "IOM", "role": "co-lead", "body": "RWG", "plan": "2020"})
    status, _, body = fetch(f"{site}/evidence?{query}")
    assert status == 200
    assert "co-lead of the Returns Working Group (RWG)" in body
    assert "iom-iraq-crp-2020.txt" in body


def test_question_forms_answer_and_download(site: str) -> None:
    status, _, body = fetch(f"{site}/ask/roles?org=IOM&plan=2020&role=co-lead")
    assert status == 200 and '<input name="org" value="IOM"' in body
    status, headers, csv = fetch(f"{site}/ask/roles.csv?org=IOM&plan=2020&role=co-lead")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    bodies = {line.split(",")[4] for line in csv.splitlines()[1:]}
    assert bodies == {  # tests/gold/roles.csv: IOM's 2020 co-lead rows
        "Camp Coordination and Camp Management Cluster",
        "Shelter and Non-Food Items Cluster",
        "Returns Working Group",
    }


def test_diff_map_and_downloads(site: str) -> None:
    # gold: IOM co-leads and leads the RWG in 2020, chairs it in 2025 -> one changed role
    status, _, page = fetch(f"{site}/diff?first=2020&second=2025")
    changed = "<td>changed</td><td>role</td><td>IOM in RWG</td><td></td><td>co-lead; lead</td>"
    assert status == 200 and changed + "<td>chair</td>" in page
    status, _, page = fetch(f"{site}/map?plan=2025")
    assert status == 200 and 'id="map-data"' in page and "Returns Working Group" in page
    status, headers, ttl = fetch(f"{site}/download/graph.ttl")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert '"Returns Working Group"@en' in ttl
    status, _, hxl = fetch(f"{site}/download/hxl.csv")
    assert status == 200 and hxl.splitlines()[1].startswith("#date+year,#org")


@pytest.mark.parametrize(
    "value",
    [
        'IOM" ) } UNION { ?s ?p ?o } #',
        "IOM' || true || '",
        '"; DROP ALL; #',
        '\\"}} SELECT * WHERE {?s ?p ?o}',
    ],
)
def test_injection_in_parameters_returns_no_extra_data(site: str, value: str) -> None:
    # The value is a name like any other: it names no entity, which is a bad request.
    for path in ("/ask/roles.csv", "/ask/entities.csv"):
        key = "org" if "roles" in path else "name"
        status, _, body = fetch(f"{site}{path}?{urlencode({key: value})}")
        assert status == 400 and "names no entity in the graph" in body
        assert "International Organization for Migration" not in body
    status, _, page = fetch(f"{site}/search?{urlencode({'q': value})}")
    assert "Nothing found." in page


@pytest.mark.parametrize(
    "path",
    [
        "/search?q={}",
        "/entity?name={}",
        "/evidence?org={}&role={}&body={}&plan={}",
        "/ask/links?org={}&link={}&plan={}",
        "/ask/roles.json?org={}&body={}&role={}&plan={}",
        "/diff?first=2020&second={}",
        "/map?plan=2025&focus={}",
        "/download/hxl.csv?plan={}",
    ],
)
def test_injection_in_every_page_parameter_is_data(site: str, path: str) -> None:
    value = quote('x" } UNION { ?s ?p ?o } # <script>window.__pwned=1</script>', safe="")
    status, _, body = fetch(site + path.format(*[value] * path.count("{}")))
    assert status in (200, 400, 404)
    assert "<script>window.__pwned" not in body
    if path.startswith("/ask/roles.json"):
        assert status == 400 and "names no entity in the graph" in body
    if path.startswith("/download/hxl.csv"):
        assert len(body.splitlines()) == 2  # header and HXL tags only


def test_the_passage_link_scrolls_the_web_source_to_the_sentence(site: str) -> None:
    query = urlencode({"org": "IOM", "role": "chair", "body": "RWG", "plan": "2025"})
    body = fetch(f"{site}/evidence?{query}")[2]
    link = "https://crisisresponse.iom.int/response/iraq-crisis-response-plan-2025#:~:text="
    assert link in body


def test_passage_links_encode_the_directive_delimiters() -> None:
    row = {"source": "https://x.org/p#sec2", "sentence": "one two - three, four a b c d e f"}
    assert _passage_link(row) == (
        "https://x.org/p#sec2:~:text=one%20two%20%2D%20three%2C,c%20d%20e%20f"
    )
    assert _passage_link({"source": "graph/documents/a.pdf", "sentence": "x"}) is None


def test_page_tables_stop_at_the_row_limit_but_downloads_do_not(
    built: tuple[GraphStore, BuildSummary],
) -> None:
    for site in _serve(built[0], Limits(seconds=30, rows=5)):
        status, _, page = fetch(f"{site}/ask/roles")
        assert status == 200 and page.split("<tbody>")[1].count("<tr>") == 5
        assert "The first 5 of 35 rows." in page  # tests/gold/roles.csv: 35 roles
        _, _, csv = fetch(f"{site}/ask/roles.csv")
        assert len(csv.splitlines()) == 1 + 35


def test_unknown_question_and_page(site: str) -> None:
    assert fetch(f"{site}/ask/nope")[0] == 400
    assert fetch(f"{site}/ask/roles.exe")[0] == 404
    assert fetch(f"{site}/nothing<script>")[2].count("<script>") == 0


def test_markup_from_documents_is_escaped_on_every_page(nasty_site: str) -> None:
    urls = [
        "/search?q=task+force",
        "/entity?name=IOM",
        "/ask/roles?org=IOM",
        "/ask/links",
        "/evidence?org=IOM",
        f"/search?{urlencode({'q': '<script>window.__pwned=9</script>'})}",
    ]
    for url in urls:
        status, _, body = fetch(nasty_site + url)
        assert status == 200, url
        assert "<script" not in body.lower() and "<img" not in body.lower(), url
        assert "onerror=" not in body.replace("onerror=&quot;", "").replace("onerror=window", ""), (
            url
        )
    assert (
        "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in fetch(nasty_site + "/entity?name=IOM")[2]
    )


# --- in a real browser -------------------------------------------------------------------


@pytest.mark.browser
def test_search_entity_evidence_and_form_in_chromium(site: str, browser: Browser) -> None:
    tab = browser.new_page()
    tab.goto(site + "/")
    tab.fill("input[name=q]", "IOM")
    tab.click("form button")
    tab.click("text=International Organization for Migration")
    tab.wait_for_url("**/entity?**")  # the click returns before the next page has loaded
    assert tab.title() == "International Organization for Migration · coordkg"
    tab.locator("tr", has_text="Returns Working Group").locator(
        "a", has_text="co-lead of the Returns"
    ).first.click()
    tab.wait_for_url("**/evidence?**")
    assert "Evidence" in tab.title()
    assert tab.locator("td", has_text="iom-iraq-crp-2020.txt").count() >= 1
    tab.goto(site + "/ask/roles")
    tab.fill("input[name=org]", "IOM")
    tab.fill("input[name=role]", "chair")
    tab.click("form button")
    rows = tab.locator("tbody tr")
    assert rows.count() >= 1
    assert all("chair" in rows.nth(i).inner_text() for i in range(rows.count()))
    tab.close()
