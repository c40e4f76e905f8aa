"""The command line in-process: outputs, exit codes, one-line errors, the store untouched."""

from __future__ import annotations

import csv
import http.client
import io
import json
import random
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from coordkg.cli import cli
from coordkg.graph.store.local import GraphStore

ROLES_HEADER = "plan,organization,organization_acronym,role,body,body_acronym,scope,with,evidence"
PROGRAMMES_HEADER = "plan,objective,programme,funding_usd,priority,related_plans"
COORDKG = str(Path(sys.executable).with_name("coordkg"))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    location = tmp_path_factory.mktemp("cli") / "store"
    result = CliRunner().invoke(cli, ["build", "--store", str(location)])
    assert result.exit_code == 0, result.output
    return location


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_build_summary(store: Path) -> None:
    code, out, err = run("build", "--store", str(store))
    assert code == 0
    assert "built 2 documents" in out
    assert "iom-iraq-crp-2020  plan 2020" in out and "iom-iraq-crp-2025  plan 2025" in out
    assert "roles: 35  programmes: 36" in out  # tests/gold: 35 roles, 36 programmes
    assert "reading iom-iraq-crp-2020.txt" in err


def test_ask_roles_csv_header_and_filters(store: Path) -> None:
    code, out, _ = run(
        "ask",
        "roles",
        "--store",
        str(store),
        "--role",
        "co-lead",
        "--org",
        "undp",
        "--format",
        "csv",
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == ROLES_HEADER
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {(r["plan"], r["body_acronym"], r["with"]) for r in rows} == {
        ("2025", "DSTF", "IOM"),
        ("2025", "DSTWG", "IOM;NRC"),
    }


def test_ask_roles_body_by_acronym_any_case(store: Path) -> None:
    _, out, _ = run("ask", "roles", "--store", str(store), "--body", "rwg", "--format", "json")
    rows = json.loads(out)
    assert sorted((r["plan"], r["role"]) for r in rows) == [
        ("2020", "co-lead"),
        ("2020", "lead"),
        ("2025", "chair"),
    ]


def test_ask_programmes_csv(store: Path) -> None:
    code, out, _ = run("ask", "programmes", "--store", str(store), "--plan", "2025", "--format=csv")
    assert code == 0 and out.splitlines()[0] == PROGRAMMES_HEADER
    assert "2025,,Protection,18951200,yes,UNSDCF" in out.splitlines()


def test_ask_markdown_and_table(store: Path) -> None:
    _, md, _ = run("ask", "roles", "--store", str(store), "--org", "NRC", "--format", "markdown")
    assert md.startswith("| plan | organization |") and "| Norwegian Refugee Council | NRC |" in md
    _, table, _ = run("ask", "roles", "--store", str(store), "--org", "NRC")
    assert (
        "Durable Solutions Technical Working Group" in table
        and "in collaboration with UNDP" in table
    )


def test_build_of_a_folder_reads_its_documents_and_lists_what_it_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "plan-2024.txt").write_text("IOM co-leads the Shelter Cluster with UNHCR.\n")
    (folder / "README.md").write_text("# Plans\nIOM co-leads the Protection Cluster.\n")
    (folder / "SOURCES.md").write_text("| file | address |\n")
    code, out, err = run("build", str(folder), "--store", str(tmp_path / "store"))
    assert code == 0, err
    assert "built 1 documents" in out and "plan-2024" in out
    assert "skipped 2 files that are not documents: README.md, SOURCES.md" in out


def test_sparql_syntax_in_a_value_is_a_name_that_names_nothing(store: Path) -> None:
    code, out, err = run(
        "ask", "roles", "--store", str(store), "--org", 'IOM" } UNION { ?s ?p ?o } #'
    )
    assert (code, out) == (2, "")
    assert err.startswith("coordkg: error: --org: 'IOM\" } UNION { ?s ?p ?o } #' names no entity")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        # The bundled plans' roles are chair, co-chair, co-coordinator, co-lead, lead and member
        # (tests/gold/roles.csv); periods 2020 and 2025.
        (
            ("--role", "colead"),
            "--role: 'colead' matches no role in `roles` (known: chair, co-chair, "
            "co-coordinator, co-lead, lead, member)",
        ),
        (("--plan", "2030"), "--plan: '2030' names no plan in the graph (known: 2020, 2025;"),
        (("--org", "IMO"), "--org: 'IMO' names no entity in the graph (nearest: IOM,"),
        (("--org", "IOM", "--plan", "2030"), "--plan: '2030' names no plan"),
    ],
)
def test_a_value_that_names_nothing_is_an_error_naming_the_known_values(
    store: Path, args: tuple[str, ...], message: str
) -> None:
    code, out, err = run("ask", "roles", "--store", str(store), *args)
    assert (code, out) == (2, "") and err.startswith(f"coordkg: error: {message}"), err


def test_a_store_built_before_the_name_keys_says_so_instead_of_finding_no_one(
    tmp_path: Path,
) -> None:
    """A graph whose names have no keys (as every store built before them) cannot find IOM,
    though IOM is its name: that is a store to build again, not a value that names nothing."""
    from coordkg.errors import StoreError
    from coordkg.graph.store.local import GraphStore

    plan = tmp_path / "plan-2024.txt"
    plan.write_text("IOM co-leads the Shelter Cluster with UNHCR.\n", encoding="utf-8")
    assert run("build", str(plan), "--store", str(tmp_path / "store"))[0] == 0
    old = "PREFIX ckg: <https://w3id.org/coordkg/ontology#> DELETE WHERE { GRAPH ?g { ?x ckg:nameKey ?k } }"
    GraphStore(tmp_path / "store").update(lambda graph: graph.update(old))
    code, out, err = run("ask", "roles", "--store", str(tmp_path / "store"), "--org", "IOM")
    assert (code, out) == (StoreError.exit_code, ""), err
    assert err.startswith("coordkg: error: the graph: it has no name keys (ckg:nameKey)"), err
    assert "built by an older coordkg; build it again" in err


def test_known_values_that_select_nothing_together_are_an_empty_answer(store: Path) -> None:
    # UNHCR is in the graph and the plans have co-chairs, but UNHCR only leads
    # (tests/gold/roles.csv).
    code, out, err = run(
        "ask", "roles", "--store", str(store), "--org", "UNHCR", "--role", "co-chair"
    )
    assert (code, out.strip(), err) == (0, "(no rows)", "")


def test_a_mistyped_question_suggests_the_nearest_and_help_lists_parameters() -> None:
    code, _, err = run("ask", "rolez")
    assert code == 2 and "no such question (did you mean `roles`?" in err
    code, out, _ = run("ask", "--help")
    assert code == 0
    section = out[out.index("\nfunding_by_objective:") :]
    assert "--plan STRING" in section.split("\n\n")[0]


def test_ask_list_reads_the_catalogue() -> None:
    code, out, _ = run("ask", "--list")
    assert code == 0 and "roles:" in out and "--org STRING" in out and "programmes:" in out


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("ask", "nope"), 2, "coordkg: error: nope: no such question"),
        (
            ("ask", "roles", "--colour", "red"),
            2,
            "coordkg: error: --colour: is not a parameter of `roles`",
        ),
        (("sparql", "SELECT * WHERE {"), 2, "coordkg: error: query: is not valid SPARQL"),
        (("sparql", "DELETE WHERE { ?s ?p ?o }"), 2, "coordkg: error: query: is a SPARQL update"),
    ],
)
def test_bad_requests_are_one_line_errors(
    store: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    got, out, err = run(*args, "--store", str(store))
    assert got == code and err.startswith(message) and err.count("\n") == 1 and out == ""


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (
            lambda d: ((d / "empty.txt").write_bytes(b"") and d / "empty.txt") or d / "empty.txt",
            "is empty",
        ),
        (lambda d: (d / "bin.txt").write_bytes(b"\x00\x01\x02" * 100) and d / "bin.txt", "binary"),
        (lambda d: (d / "nodocs").mkdir() or d / "nodocs", "no documents in this directory"),
    ],
)
def test_bad_documents_fail_cleanly_and_keep_the_graph(
    store: Path, tmp_path: Path, make: object, message: str
) -> None:
    before = GraphStore(store).current()
    path = make(tmp_path)  # type: ignore[operator]
    code, _, err = run("build", str(path), "--store", str(store))
    assert code == 2 and message in err and str(path) in err and err.count("\n") == 1
    assert "Traceback" not in err and GraphStore(store).current() == before


def test_size_limit_is_configurable(store: Path, tmp_path: Path) -> None:
    doc = tmp_path / "plan.txt"
    doc.write_text("IOM chairs the Returns Working Group (RWG). " * 100)
    code, _, err = run("build", str(doc), "--store", str(store), "--max-size", "1000")
    assert code == 2 and "over the size limit" in err


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ask", "roles", "--store", str(tmp_path / "none"), "--debug"])
    # without --debug the error becomes a one-line message and SystemExit; with it, it propagates
    assert result.exit_code != 0 and not isinstance(result.exception, SystemExit)


def test_an_internal_error_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug's message comes from anywhere (here, with a newline and an escape in it)."""

    def broken() -> None:
        raise RuntimeError("line one\nline two \x1b[31m")

    monkeypatch.setattr("coordkg.queries.catalogue.catalogue", broken)
    code, out, err = run("ask", "--list")
    assert (code, out) == (3, "")
    assert err == (
        "coordkg: internal error: RuntimeError: line one\\nline two \\x1b[31m "
        "(run with --debug for the traceback)\n"
    )


def test_debug_shows_the_libraries_log_messages(tmp_path: Path) -> None:
    """pypdf says what it repaired through logging, which the one-line errors leave out."""
    pdf = tmp_path / "noise.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + random.Random(12).randbytes(5000))
    command = [sys.executable, "-m", "coordkg", "build", str(pdf), "--store", str(tmp_path / "s")]
    quiet = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert quiet.stderr == (
        f"coordkg: error: {pdf}: is not a readable PDF (Stream has ended unexpectedly)\n"
    )
    debug = subprocess.run([*command, "--debug"], capture_output=True, text=True, timeout=120)
    assert "pypdf._reader: EOF marker not found\n" in debug.stderr


def test_serve_cuts_a_download_at_max_bytes(store: Path) -> None:
    serve = subprocess.Popen(
        [COORDKG, "serve", "--store", str(store), "--port", "0", "--max-bytes", "2048"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert serve.stdout is not None
        port = int(serve.stdout.readline().rsplit(":", 1)[1].split("/")[0])
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request("GET", "/download/graph.ttl")
        response = connection.getresponse()
        assert response.status == 200
        with pytest.raises(http.client.IncompleteRead) as cut:  # whole, it is 300 KB
            response.read()
        assert len(cut.value.partial) <= 2048
    finally:
        serve.kill()
        serve.wait()


def test_no_graph_yet(tmp_path: Path) -> None:
    code, _, err = run("ask", "roles", "--store", str(tmp_path / "none"))
    assert code == 3 and "run `coordkg build` first" in err


def test_store_from_environment(store: Path) -> None:
    result = CliRunner(env={"COORDKG_STORE": str(store)}).invoke(
        cli, ["ask", "programmes", "--format", "csv"]
    )
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 37


def test_serve_on_a_busy_port_is_a_one_line_error(store: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        code, _, err = run("serve", "--port", port, "--store", str(store))
    assert code == 2
    assert err.startswith(f"coordkg: error: 127.0.0.1:{port}: cannot listen: ")
    assert err.count("\n") == 1


def test_a_large_build_summary_names_twenty_documents_and_counts_the_rest(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from coordkg.cli import _summary
    from coordkg.graph.build import BuildSummary

    documents = [(f"plan-{i:02d}", "2024", ["publisher"] if i % 5 == 0 else []) for i in range(25)]
    _summary("built", BuildSummary(documents=documents, triples=9), "/store")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "built 25 documents in 0.0 s -> /store"
    assert lines[1] == "  plan-00  plan 2024  (missing: publisher)"
    assert lines[20] == "  plan-19  plan 2024"
    assert lines[21] == "  … and 5 more (`coordkg documents` lists them); missing: publisher in 5"
