"""The ``coordkg`` command: each subcommand parses its options, calls one library function
and prints.

Errors are ``CoordkgError``s, turned at this edge into one line on standard error and a
documented exit status (0 ok, 1 negative answer, 2 bad input, 3 failure); ``--debug`` shows the
traceback instead.  Heavy imports happen inside the commands, so ``coordkg --help`` is instant.
"""

from __future__ import annotations

import functools
import gc
import os
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from coordkg.errors import EXIT_FAILURE, CoordkgError, InputError, printable, write_output
from coordkg.graph.store import RDF_FORMATS
from coordkg.queries.limits import MAX_OUTPUT, QUERY_ROWS, QUERY_SECONDS
from coordkg.visualize import NETWORK_FORMATS
from coordkg.visualize.limits import MAX_NODES

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = ("table", "csv", "json", "markdown")


class _Group(click.Group):
    """A group that turns library errors into one line and an exit status."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CoordkgError as exc:
            if ctx.meta.get("coordkg.debug"):
                raise
            click.echo(f"coordkg: error: {exc.where}: {exc.problem}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("coordkg: interrupted (the previous graph is unchanged)", err=True)
            ctx.exit(130)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:  # a bug: say so in one line unless debugging
            if ctx.meta.get("coordkg.debug"):
                raise
            problem = printable(f"{type(exc).__name__}: {exc}")
            click.echo(
                f"coordkg: internal error: {problem} (run with --debug for the traceback)",
                err=True,
            )
            ctx.exit(EXIT_FAILURE)


class _Questions(click.Command):
    """`ask`: its help lists the catalogue's questions with each one's own parameters, read
    from the query files only when help is shown."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from coordkg.queries.catalogue import catalogue

        for q in catalogue().values():
            with formatter.section(f"{q.name}"):
                formatter.write_text(q.summary)
                formatter.write_dl([(f"--{p.name} {p.type.upper()}", p.doc) for p in q.parameters])


def _set_debug(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
    """Tracebacks instead of one-line errors, and the libraries' log messages (pypdf's repairs,
    say), which the one-line errors leave out."""
    if value:
        import logging

        ctx.meta["coordkg.debug"] = True
        logging.basicConfig(format="%(name)s: %(message)s")
    return value


debug_option = click.option(
    "--debug",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_set_debug,
    help="Show tracebacks instead of one-line errors, and the libraries' log messages.",
)


def common(func: F) -> F:
    """The options every command takes: ``--store`` and ``--debug``."""

    @click.option(
        "--store",
        "store",
        metavar="DIRECTORY|URL",
        envvar="COORDKG_STORE",
        default=None,
        help="Graph store: a directory, or a SPARQL 1.1 server's query URL (credentials and "
        "update URLs from the environment, see the README) [env: COORDKG_STORE; default: "
        "~/.local/share/coordkg/store].",
    )
    @debug_option
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def format_option(func: F) -> F:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="table",
        show_default=True,
        help="Output format.",
    )(func)


def _store(location: str | None) -> Any:
    """The store a ``--store`` value names: a SPARQL server by its URL, else a directory."""
    from coordkg.api import open_store

    return open_store(location)


def _echo(message: str) -> None:
    """Progress, on standard error (standard output is the answer's)."""
    click.echo(message, err=True)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="coordkg", prog_name="coordkg")
@debug_option
def cli() -> None:
    """coordkg: who leads, co-leads, chairs and co-chairs what in a humanitarian response,
    read from the response plans themselves, every answer with its evidence.

    Start with `coordkg build` (the bundled IOM Iraq plans 2020 and 2025), then
    `coordkg ask roles --role co-lead`.
    """


def document_options(func: F) -> F:
    """``--max-size``, ``--meta`` and ``--jobs``, shared by build and add."""
    func = click.option(
        "--jobs",
        "jobs",
        type=click.IntRange(min=1),
        default=lambda: os.cpu_count() or 1,
        show_default="all cores",
        help="Processes that read documents in parallel (used from "
        "8 documents on; the graph is the same whatever the number).",
    )(func)
    func = click.option(
        "--meta",
        "meta",
        multiple=True,
        metavar="KEY=VALUE",
        help="Document metadata that wins over the text and sidecar files: "
        "title, country (ISO code), period, publisher, date, source. Repeatable.",
    )(func)
    return click.option(
        "--max-size",
        "max_size",
        type=click.IntRange(min=1),
        default=None,
        help="Largest document in bytes [env: COORDKG_MAX_BYTES; default: 20 MiB].",
    )(func)


def _metadata(pairs: tuple[str, ...]) -> dict[str, str]:
    """``--meta key=value`` pairs by key (the API checks the keys and values)."""
    values: dict[str, str] = {}
    for pair in pairs:
        key, eq, value = pair.partition("=")
        if not eq:
            raise InputError(f"--meta {pair}", "expected KEY=VALUE")  # the API checks KEY
        values[key] = value
    return values


@cli.command()
@click.argument("documents", nargs=-1, type=click.Path(path_type=Path))
@document_options
@common
def build(
    documents: tuple[Path, ...],
    max_size: int | None,
    meta: tuple[str, ...],
    jobs: int,
    store: str | None,
) -> None:
    """Build the graph from exactly these DOCUMENTS (files or folders; none: the bundled plans).

    Text, Markdown, HTML and PDF are read. The new graph replaces the previous one only once it
    is complete.
    """
    from coordkg.api import KnowledgeGraph

    kg = KnowledgeGraph(store)
    summary = kg.build(
        documents, meta=_metadata(meta), jobs=jobs, max_size=max_size, progress=_echo
    )
    _summary("built", summary, kg.location)


@cli.command()
@click.argument("documents", nargs=-1, required=True, type=click.Path(path_type=Path))
@document_options
@common
def add(
    documents: tuple[Path, ...],
    max_size: int | None,
    meta: tuple[str, ...],
    jobs: int,
    store: str | None,
) -> None:
    """Add DOCUMENTS to the graph; a document added again replaces what it said before."""
    from coordkg.api import KnowledgeGraph

    kg = KnowledgeGraph(store)
    summary = kg.add(documents, meta=_metadata(meta), jobs=jobs, max_size=max_size, progress=_echo)
    _summary("added", summary, kg.location)


@cli.command()
@click.argument("document")
@common
def remove(document: str, store: str | None) -> None:
    """Take DOCUMENT (its id or file name) and everything only it stated out of the graph."""
    from coordkg.api import KnowledgeGraph

    kg = KnowledgeGraph(store)
    removed = kg.remove(document, progress=_echo)
    click.echo(f"removed {removed} from {kg.location}")


@cli.command()
@format_option
@common
def documents(fmt: str, store: str | None) -> None:
    """List the documents the graph holds, with their metadata and counts."""
    _ask_catalogue("documents", {}, fmt, store)


_LISTED = 20
"""Documents a build summary lists by name; a larger build's summary counts the rest."""


def _summary(verb: str, summary: Any, location: object) -> None:
    click.echo(
        f"{verb} {len(summary.documents)} documents in {summary.seconds:.1f} s -> {location}"
    )
    for doc_id, period, missing in summary.documents[:_LISTED]:
        note = f"  (missing: {', '.join(missing)})" if missing else ""
        click.echo(f"  {doc_id}  plan {period or '?'}{note}")
    more = summary.documents[_LISTED:]
    if more:
        gaps = Counter(m for _, _, missing in summary.documents for m in missing)
        noted = "; missing: " + ", ".join(f"{k} in {n}" for k, n in sorted(gaps.items()))
        click.echo(
            f"  … and {len(more)} more (`coordkg documents` lists them){noted if gaps else ''}"
        )
    if summary.skipped:
        names = ", ".join(Path(p).name for p in summary.skipped[:_LISTED])
        more = (
            f" and {len(summary.skipped) - _LISTED} more" if len(summary.skipped) > _LISTED else ""
        )
        click.echo(f"skipped {len(summary.skipped)} files that are not documents: {names}{more}")
    plural = {"body": "bodies"}
    families = ", ".join(
        f"{n} {plural.get(f, f + 's')}" for f, n in sorted(summary.entities.items())
    )
    click.echo(f"entities: {families}")
    click.echo(
        f"roles: {summary.roles}  programmes: {summary.programmes}  triples: {summary.triples}"
    )


@cli.command(
    cls=_Questions,
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
)
@click.argument("question", required=False)
@click.option("--list", "list_", is_flag=True, help="List the questions and their parameters.")
@format_option
@common
@click.pass_context
def ask(ctx: click.Context, question: str | None, list_: bool, fmt: str, store: str | None) -> None:
    """Answer a named QUESTION of the catalogue, e.g. `coordkg ask roles --org IOM --role co-lead`.

    Each question takes its own options (`coordkg ask --list` shows them); values are bound as
    data, never pasted into the query.
    """
    from coordkg.queries.catalogue import catalogue

    if list_ or question is None:
        for q in catalogue().values():
            click.echo(f"{q.name}: {q.summary}")
            for p in q.parameters:
                click.echo(f"    --{p.name} {p.type.upper()}  {p.doc}")
        return
    _ask_catalogue(question, _question_options(ctx.args), fmt, store)


def _ask_catalogue(question: str, params: dict[str, str], fmt: str, store: str | None) -> None:
    from coordkg.api import KnowledgeGraph

    _echo_table(KnowledgeGraph(store).table(question, **params), fmt)


def _echo_table(table: Any, fmt: str) -> None:
    """Print a result in ``fmt``; on a terminal, a table fits its width (a pipe gets it whole)."""
    from coordkg.queries.table import RENDERERS, to_text

    if fmt == "table":
        click.echo(to_text(table, fit=sys.stdout.isatty()), nl=False)
    else:
        click.echo(RENDERERS[fmt](table), nl=False)


def _question_options(args: list[str]) -> dict[str, str]:
    """``--org IOM --role=co-lead`` -> {"org": "IOM", "role": "co-lead"}."""
    params: dict[str, str] = {}
    i = 0
    while i < len(args):
        arg = args[i]
        if not arg.startswith("--") or len(arg) == 2:
            raise InputError(arg, "unexpected argument (question options look like --org IOM)")
        name, eq, value = arg[2:].partition("=")
        if not eq:
            if i + 1 >= len(args):
                raise InputError(arg, "needs a value")
            value = args[i + 1]
            i += 1
        params[name.replace("-", "_")] = value
        i += 1
    return params


def _query_text(query: str) -> str:
    """The query itself, or the text of the .rq file it names."""
    if not query.rstrip().endswith(".rq") or "\n" in query:
        return query
    try:
        return Path(query).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(query, f"cannot be read as a query file: {exc}") from None


@cli.command()
@click.argument("query")
@format_option
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=QUERY_SECONDS,
    show_default=True,
    help="Seconds the query may run before it is stopped (exit 2).",
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Run SERVICE clauses, which fetch from the URLs they name (refused otherwise).",
)
@common
def sparql(query: str, fmt: str, timeout: float, allow_service: bool, store: str | None) -> None:
    """Run a SPARQL QUERY (text, or a path to a .rq file) over all graphs, read-only."""
    from coordkg.api import KnowledgeGraph

    kg = KnowledgeGraph(store)
    result = kg.sparql_table(_query_text(query), timeout=timeout, allow_service=allow_service)
    if isinstance(result, str):
        click.echo(result, nl=False)
    else:
        _echo_table(result, fmt)


@cli.command()
@click.argument("first")
@click.argument("second")
@format_option
@common
def diff(first: str, second: str, fmt: str, store: str | None) -> None:
    """What changed from plan FIRST to plan SECOND (periods or document ids): roles changed,
    ended, new or not restated; bodies deactivated, succeeded or that appear; then the plans'
    figures and programmes added and not restated, with absolute and relative change."""
    from coordkg.queries.diff import diff as run_diff
    from coordkg.queries.diff import for_reading
    from coordkg.queries.run import source_of

    with source_of(_store(store)) as s:
        table = run_diff(s, first, second)
    _echo_table(for_reading(table) if fmt in ("table", "markdown") else table, fmt)


@cli.command()
@format_option
@common
def check(fmt: str, store: str | None) -> None:
    """Check the graph: its SHACL rules, the arithmetic the plans imply, counts that do not
    add up, roles a plan states two ways, entities of no precise kind. Exit status 1 when any
    finding is an error or a warning."""
    from coordkg.errors import NegativeAnswer
    from coordkg.queries.check import PROBLEMS
    from coordkg.queries.check import check as run_check
    from coordkg.queries.run import source_of

    with source_of(_store(store)) as s:
        table = run_check(s)
    _echo_table(table, fmt)
    problems = sum(row[0] in PROBLEMS for row in table.rows)
    if problems:
        raise NegativeAnswer("check", f"{problems} findings are errors or warnings")


RELATIONS_HELP = "Comma-separated: roles, partners, structure, programmes, places."


def _names(value: str) -> tuple[str, ...]:
    """``"roles, partners"`` -> ("roles", "partners")."""
    return tuple(x.strip() for x in value.split(",") if x.strip())


def selection(command: F) -> F:
    """The options that choose a part of the coordination network: `map`'s and `export`'s."""
    options = (
        click.option(
            "--plan",
            default="",
            help="Plan: its period or document id, or `all` [default: the latest].",
        ),
        click.option(
            "--compare",
            nargs=2,
            default=None,
            metavar="P1 P2",
            help="Two plans at once: each link only in P1, only in P2, in both, or changed.",
        ),
        click.option(
            "--focus",
            default="",
            metavar="ENTITY",
            help="Organisation or body (name or acronym) to centre on.",
        ),
        click.option(
            "--depth",
            type=click.IntRange(min=1),
            default=1,
            show_default=True,
            help="Links from --focus.",
        ),
        click.option(
            "--relations",
            default="roles,partners,structure",
            show_default=True,
            help=RELATIONS_HELP,
        ),
        click.option(
            "--types",
            default="",
            help="Comma-separated kinds of node to keep, e.g. un-agency,ngo,coordination-body "
            "[default: all].",
        ),
    )
    for option in reversed(options):
        command = option(command)
    return command


@cli.command("map")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("coordkg-map.html"),
    show_default=True,
    help="HTML file to write (one file, works offline).",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(min=1),
    default=MAX_NODES,
    show_default=True,
    help="Refuse a bigger map (it would not settle in a browser).",
)
@selection
@click.option(
    "--ontology",
    "ontology_map",
    is_flag=True,
    help="Draw the ontology's classes and properties instead.",
)
@common
def map_command(
    output: Path,
    plan: str,
    max_nodes: int,
    compare: tuple[str, str] | None,
    focus: str,
    depth: int,
    relations: str,
    types: str,
    ontology_map: bool,
    store: str | None,
) -> None:
    """Write an interactive network map of a plan (or two) as one self-contained HTML file."""
    from coordkg.queries.run import source_of
    from coordkg.visualize.maps import MapRequest, write_map, write_ontology_map

    if ontology_map:
        if plan or compare or focus:
            raise InputError(
                "--ontology", "draws the ontology alone (drop --plan, --compare, --focus)"
            )
        summary = write_ontology_map(output)
    else:
        request = MapRequest(
            plan, compare, focus, depth, _names(relations), _names(types), max_nodes
        )
        with source_of(_store(store)) as s:
            summary = write_map(s, request, output)
    click.echo(
        f"wrote {summary.path} ({summary.nodes} nodes, {summary.links} links, "
        f"{summary.size:,} bytes): {summary.title}"
    )


@cli.command()
@click.option("--plan", default="", help="Plan: its period or document id [default: the latest].")
@click.option(
    "--relations", default="roles,partners,structure", show_default=True, help=RELATIONS_HELP
)
@click.option(
    "--top", type=click.IntRange(min=1), default=15, show_default=True, help="Rows to show."
)
@format_option
@common
def stats(plan: str, relations: str, top: int, fmt: str, store: str | None) -> None:
    """Rank organisations and bodies by centrality in a plan's network (degree, betweenness),
    with the communities they bridge."""
    from coordkg.queries.run import source_of
    from coordkg.visualize.stats import network_stats

    with source_of(_store(store)) as s:
        table = network_stats(s, plan, _names(relations), top)
    _echo_table(table, fmt)


@cli.command()
@click.option("--drop", is_flag=True, help="Remove the inferred graph instead of reasoning.")
@common
def reason(drop: bool, store: str | None) -> None:
    """Check the graph against the ontology with HermiT (needs Java) and store what follows.

    Inferred class memberships and property values (inverses, super-properties) go into the
    named graph …/graph/inferred, apart from what documents state; exit status 1 when the graph
    is inconsistent, with the reason in plain words.
    """
    from coordkg.api import KnowledgeGraph
    from coordkg.errors import NegativeAnswer
    from coordkg.graph.names import INFERRED_GRAPH

    kg = KnowledgeGraph(store)
    if drop:
        kg.drop_inferred(progress=_echo)
        click.echo(f"dropped {INFERRED_GRAPH}")
        return
    report = kg.reason(progress=_echo)
    if not report.consistent:
        for line in report.explanations:
            click.echo(f"  {line}", err=True)
        raise NegativeAnswer(
            "graph", f"inconsistent with the ontology ({len(report.explanations)} reasons above)"
        )
    click.echo(
        f"consistent: {report.individuals} individuals checked against the ontology by HermiT"
    )
    click.echo(f"inferred: {len(report.inferred)} triples stored in {INFERRED_GRAPH}")
    for line in report.summary():
        click.echo(f"  {line}")


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice((*RDF_FORMATS, "hxl", *NETWORK_FORMATS)),
    default="turtle",
    show_default=True,
    help="RDF (TriG keeps the named graphs; rdfxml for Protégé; owl: the ontology alone, as "
    "RDF/XML), hxl (roles and programmes as HXL CSV), or the coordination network for Gephi "
    "and yEd (graphml, gexf), Kumu, Cytoscape, or spreadsheets (nodes-edges: nodes.csv and "
    "edges.csv in the folder -o names).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="File to write (a folder for nodes-edges) [default: standard output].",
)
@click.option(
    "--graph",
    "graph_name",
    default=None,
    help="Only this named graph: a document id, or reference, entities, ontology, inferred.",
)
@selection
@common
def export(
    fmt: str,
    output: Path | None,
    graph_name: str | None,
    plan: str,
    compare: tuple[str, str] | None,
    focus: str,
    depth: int,
    relations: str,
    types: str,
    store: str | None,
) -> None:
    """Export the whole graph (or one named graph) as RDF, roles and programmes as HXL, or the
    coordination network (chosen as for `map`) for network tools."""
    from coordkg.api import KnowledgeGraph
    from coordkg.queries.run import source_of

    if fmt in NETWORK_FORMATS:
        from coordkg.visualize.network_files import network_bytes, write_network

        if graph_name is not None:
            raise InputError("--graph", f"selects RDF: --format {fmt} takes --plan, --focus ...")
        if fmt == "nodes-edges" and output is None:
            raise InputError("--format nodes-edges", "writes two files: give -o FOLDER")
        g = KnowledgeGraph(store).network(
            plan=plan,
            compare=compare,
            focus=focus,
            depth=depth,
            relations=_names(relations),
            types=_names(types),
        )
        if output is None:
            sys.stdout.buffer.write(network_bytes(g, fmt))
            return
        for path, size in write_network(g, fmt, output):
            click.echo(f"wrote {path} ({size:,} bytes, {fmt})", err=True)
        return
    chosen = [
        o
        for o, v in (
            ("--plan", plan),
            ("--compare", compare),
            ("--focus", focus),
            ("--types", types),
        )
        if v
    ]
    if chosen:
        raise InputError(chosen[0], f"chooses part of the network: --format {fmt} exports it all")
    from coordkg.graph.store.export import export as run_export
    from coordkg.queries.hxl import hxl_csv

    with source_of(_store(store)) as s:
        data = hxl_csv(s).encode("utf-8") if fmt == "hxl" else run_export(s.store, fmt, graph_name)
    if output is None:
        sys.stdout.buffer.write(data)
        return
    write_output(output, data)
    click.echo(f"wrote {output} ({len(data):,} bytes, {fmt})", err=True)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=QUERY_SECONDS,
    show_default=True,
    help="Seconds a page, download or /sparql query may run before it is stopped.",
)
@click.option(
    "--max-rows",
    type=click.IntRange(min=1),
    default=QUERY_ROWS,
    show_default=True,
    help="Rows (or triples) a /sparql answer may hold, and rows a page's table shows; "
    "the rest is cut.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1024),
    default=MAX_OUTPUT,
    show_default=True,
    help="Bytes one page or download may send; a longer one is cut off.",
)
@click.option(
    "--cors/--no-cors",
    default=True,
    show_default=True,
    help="Let web pages of other sites query /sparql (it is read-only and takes no "
    "credentials); the other pages answer their own site alone either way.",
)
@common
def serve(
    host: str,
    port: int,
    timeout: float,
    max_rows: int,
    max_bytes: int,
    cors: bool,
    store: str | None,
) -> None:
    """Serve the graph to a browser, with a read-only SPARQL endpoint at /sparql."""
    from coordkg.api import KnowledgeGraph
    from coordkg.queries.endpoint import Limits
    from coordkg.web.server import make_server

    limits = Limits(timeout, max_rows)
    try:
        graph = KnowledgeGraph(store)
        server = make_server(graph, host, port, limits, output=max_bytes, cors=cors)
    except OSError as exc:
        raise InputError(f"{host}:{port}", f"cannot listen: {exc.strerror}") from None
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"coordkg serving on http://{shown}:{server.server_port}/ (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def main() -> None:
    """Entry point of the ``coordkg`` console script."""
    try:
        cli.main(prog_name="coordkg")
    finally:
        # The process ends here: the objects the command made (a map's libraries make tens of
        # thousands) are set aside from the collector, whose passes as the interpreter shuts
        # down would otherwise go over every one of them again.
        gc.freeze()


__all__ = ["cli", "main"]
