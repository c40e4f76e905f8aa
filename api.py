"""coordkg from Python: open a store, change it, ask it, and take its network or RDF away.

The command line forwards to these functions (datasette's shape: one library, two front doors),
so a notebook gets exactly what ``coordkg ask`` prints, as typed values::

    import coordkg
    kg = coordkg.open()                      # the default store; or a folder, or a SPARQL URL
    kg.build()                               # the bundled plans
    kg.ask("roles", org="IOM", role="co-lead").rows
    kg.network(plan="2025")                  # networkx, plain attributes

Heavy libraries (rdflib, networkx, pandas) are imported by the method that needs them.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypedDict, Unpack

from coordkg.errors import InputError
from coordkg.queries.limits import QUERY_SECONDS

if TYPE_CHECKING:
    import socket

    import networkx as nx
    import pandas as pd
    from rdflib import Dataset

    from coordkg.graph.build import BuildSummary
    from coordkg.graph.model import DocumentMetadata
    from coordkg.graph.reason import ReasoningReport
    from coordkg.graph.store.local import Store
    from coordkg.queries.endpoint import Answer, Limits
    from coordkg.queries.endpoint import Request as QueryRequest
    from coordkg.queries.run import Source
    from coordkg.queries.table import Table
    from coordkg.visualize.map_network import MapNetwork
    from coordkg.visualize.maps import MapRequest
    from coordkg.visualize.view import Page

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Result:
    """An answer as Python values: money as ``Decimal``, counts as ``int``, days as
    ``datetime.date``, flags as ``bool``, a missing number as None, text as ``str``."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    @classmethod
    def of(cls, table: Table) -> Result:
        from coordkg.queries.columns import python_value

        rows = tuple(
            tuple(python_value(c, cell) for c, cell in zip(table.columns, row, strict=True))
            for row in table.rows
        )
        return cls(tuple(table.columns), rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        """Each row as a dict by column name."""
        return (dict(zip(self.columns, row, strict=True)) for row in self.rows)

    def to_dataframe(self) -> pd.DataFrame:
        """The rows as a pandas DataFrame (pandas is not a dependency of coordkg: install it)."""
        try:
            import pandas as pd
        except ImportError:
            raise InputError("to_dataframe", "needs pandas: pip install pandas") from None
        return pd.DataFrame(list(self.rows), columns=list(self.columns))


def open_store(location: str | Path | None = None) -> Store:
    """The store ``location`` names: a SPARQL 1.1 server by its URL, else a folder (None: the
    default, ``COORDKG_STORE`` or ``~/.local/share/coordkg/store``).

    Raises:
        InputError: ``location`` is a file.
    """
    from coordkg.graph.store import is_endpoint
    from coordkg.graph.store.local import GraphStore, default_location

    if isinstance(location, str) and is_endpoint(location):
        from coordkg.graph.store.remote import RemoteStore

        return RemoteStore(location)
    if location and Path(location).is_file():
        raise InputError(f"--store {location}", "is a file, not a store directory")
    return GraphStore(Path(location) if location else default_location())


def metadata(values: Mapping[str, str]) -> DocumentMetadata | None:
    """Document metadata given by hand (title, country, period, publisher, date, source),
    which wins over what the text and sidecar files say; None when there is none.

    Raises:
        InputError: a key is unknown or a value does not hold (a country that is no ISO code).
    """
    from coordkg.graph.extract.metadata import check_metadata
    from coordkg.graph.model import DocumentMetadata

    known = {f.name for f in fields(DocumentMetadata)}
    for key, value in values.items():
        if key not in known:
            raise InputError(
                f"--meta {key}={value}",
                f"expected KEY=VALUE with KEY one of {', '.join(sorted(known))}",
            )
    return check_metadata(DocumentMetadata(**values), "--meta") if values else None


class MapOptions(TypedDict, total=False):
    """What part of the coordination network to take, as ``coordkg map``'s options say."""

    plan: str  # a period or document id; "" = the latest plan; "all" = every plan
    compare: tuple[str, str] | None  # two plans at once
    focus: str  # an organisation or body to centre on (name or acronym)
    depth: int  # links from ``focus``
    relations: Iterable[str]  # roles, partners, structure, programmes, places
    types: Iterable[str]  # kinds of node to keep (the legend's keys); none = all


def _map_request(options: MapOptions, limited: bool) -> MapRequest:
    """The map request of ``options``; ``limited``: refuse a map too big for a browser."""
    from coordkg.visualize.maps import MapRequest

    request = MapRequest(
        plan=options.get("plan", ""),
        compare=options.get("compare"),
        focus=options.get("focus", ""),
        depth=options.get("depth", 1),
        types=tuple(options.get("types", ())),
    )
    if "relations" in options:
        request = replace(request, relations=tuple(options["relations"]))
    return request if limited else replace(request, max_nodes=None)


class KnowledgeGraph:
    """One coordkg store: what ``coordkg --store LOCATION`` works on."""

    def __init__(self, location: str | Path | None = None) -> None:
        self.store = open_store(location)

    @property
    def location(self) -> Path | str:
        return self.store.location

    def build(
        self,
        documents: Iterable[str | Path] = (),
        *,
        meta: Mapping[str, str] | None = None,
        jobs: int = 1,
        max_size: int | None = None,
        progress: Progress | None = None,
    ) -> BuildSummary:
        """Build the graph from exactly ``documents`` (files or folders; none: the bundled
        plans); the previous graph stays until the new one is complete."""
        from coordkg.graph.build import build, bundled_documents

        paths = [Path(d) for d in documents] or bundled_documents()
        return self._read(build, paths, meta, jobs, max_size, progress, changes=False)

    def add(
        self,
        documents: Iterable[str | Path],
        *,
        meta: Mapping[str, str] | None = None,
        jobs: int = 1,
        max_size: int | None = None,
        progress: Progress | None = None,
    ) -> BuildSummary:
        """Add ``documents``; a document added again replaces what it said before."""
        from coordkg.graph.build import add

        paths = [Path(d) for d in documents]
        return self._read(add, paths, meta, jobs, max_size, progress, changes=True)

    def _read(
        self,
        run: Callable[..., BuildSummary],
        paths: list[Path],
        meta: Mapping[str, str] | None,
        jobs: int,
        max_size: int | None,
        progress: Progress | None,
        changes: bool,
    ) -> BuildSummary:
        from coordkg.graph.read.readers import max_bytes_from_env

        with self._held() if changes else contextlib.nullcontext() as before:
            summary = run(
                paths,
                self.store,
                max_size or max_bytes_from_env(),
                progress=progress or _quiet,
                meta=metadata(meta or {}),
                jobs=jobs,
            )
            kept = time.perf_counter()
            self._keep_answers(before, [doc_id for doc_id, _, _ in summary.documents], progress)
            summary.seconds += time.perf_counter() - kept
        return summary

    def remove(self, document: str, *, progress: Progress | None = None) -> str:
        """Take ``document`` (its id or file name) and what only it stated out; returns its id."""
        from coordkg.graph.build import remove

        with self._held() as before:
            removed = remove(document, self.store)
            self._keep_answers(before, [removed], progress)
        return removed

    @contextlib.contextmanager
    def _held(self) -> Iterator[Any]:
        """The graph about to change, held with its kept answers until the new graph's are
        kept (so they can be carried over); None on a server or before the first build."""
        from coordkg.graph.store.local import GraphStore

        if isinstance(self.store, GraphStore) and self.store.current() is not None:
            with self.store.reader() as before:
                yield before
        else:
            yield None

    def _keep_answers(self, before: Any, documents: list[str], progress: Progress | None) -> None:
        from coordkg.queries.precompute import keep_answers

        keep_answers(self.store, progress=progress or _quiet, before=before, documents=documents)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Reading]:
        """The graph as it is now, with its kept answers, held until the block ends: for
        several questions that must see one graph (a web page's), however it is rebuilt."""
        from coordkg.queries.run import source_of

        with source_of(self.store) as source:
            yield Reading(source)

    def protocol_answer(
        self, request: QueryRequest, limits: Limits, *, watch: socket.socket | None = None
    ) -> Answer:
        """A SPARQL 1.1 Protocol query (``coordkg serve``'s /sparql), read-only, within
        ``limits``, in a child process stopped when ``watch`` (a socket) closes: the answer as
        HTTP status, media type and body.

        Raises:
            QueryRefused: empty, nested too deeply, or using SERVICE.
            ClientGone: ``watch`` closed before the answer came.
        """
        from coordkg.queries.endpoint import answer

        with self.store.pinned() as pinned:  # the graph stays while the child reads it
            return answer(pinned, request, limits, watch=watch)

    def table(self, question: str, **params: str) -> Table:
        """A catalogue question's answer as the command line prints it (cells as text)."""
        from coordkg.queries.catalogue import get

        get(question)  # a mistyped question is the asker's error, whatever the store's state
        with self.reading() as graph:
            return graph.table(question, **params)

    def ask(self, question: str, **params: str) -> Result:
        """A question of the catalogue (``coordkg ask --list``) with its parameters as keywords,
        e.g. ``ask("roles", org="IOM", role="co-lead")``.

        Raises:
            InputError: no such question, parameter or value (the message names the known ones).
        """
        return Result.of(self.table(question, **params))

    def sparql_table(
        self, query: str, *, timeout: float = QUERY_SECONDS, allow_service: bool = False
    ) -> Table | str:
        """A read-only SPARQL query over every graph, stopped after ``timeout`` seconds (cells as
        text); SERVICE clauses, which fetch from the web, only with ``allow_service``."""
        from coordkg.queries.sparql import run_bounded

        with self.store.pinned() as pinned:  # the graph stays while the query runs
            return run_bounded(pinned, query, seconds=timeout, allow_service=allow_service)

    def sparql(
        self, query: str, *, timeout: float = QUERY_SECONDS, allow_service: bool = False
    ) -> Result | str:
        """A read-only SPARQL query: rows as Python values for SELECT, the answer as text for
        ASK, CONSTRUCT and DESCRIBE."""
        result = self.sparql_table(query, timeout=timeout, allow_service=allow_service)
        return result if isinstance(result, str) else Result.of(result)

    def reason(self, *, progress: Progress | None = None) -> ReasoningReport:
        """Check the graph with HermiT (needs Java) and store what follows in the inferred
        graph, apart from what documents state."""
        from coordkg.graph.reason import reason

        report = reason(self.store)
        self._keep_answers(None, [], progress)
        return report

    def drop_inferred(self, *, progress: Progress | None = None) -> None:
        """Remove what :meth:`reason` inferred."""
        from coordkg.graph.reason import drop_inferred

        drop_inferred(self.store)
        self._keep_answers(None, [], progress)

    def network(self, **options: Unpack[MapOptions]) -> nx.MultiDiGraph:
        """The coordination network a map of the same options draws (:class:`MapOptions`),
        keyed by IRI, its attributes plain strings, numbers and booleans (so
        ``nx.write_graphml`` takes it); no node limit."""
        from coordkg.visualize.network_files import plain

        with self.reading() as graph:
            g, _ = graph.network(_map_request(options, limited=False))
        return plain(g)

    def map(self, **options: Unpack[MapOptions]) -> MapNetwork:
        """The map ``coordkg map`` draws with the same options (:class:`MapOptions`), as the
        pyvis ``Network`` it is built through: a notebook shows it inline with no network
        access, ``write_html(path)`` writes the page."""
        from coordkg.visualize.maps import network_view

        with self.reading() as graph:
            return network_view(graph.source, _map_request(options, limited=True))

    def dataset(self) -> Dataset:
        """Every graph as an ``rdflib.Dataset``, one named graph per document."""
        from coordkg.graph.store.export import to_dataset

        with self.store.opened() as (store, _):
            return to_dataset(store)


class Reading:
    """One generation of the graph, held by :meth:`KnowledgeGraph.reading`: what a page of
    ``coordkg serve`` asks, each answer from the same graph however the store is rebuilt."""

    def __init__(self, source: Source) -> None:
        self.source = source

    def table(self, question: str, **params: str) -> Table:
        """A catalogue question's answer, cells as text (raises InputError as ``ask`` does)."""
        from coordkg.queries.catalogue import get

        return self.source.answer(get(question), {k: str(v) for k, v in params.items()})

    def called(self, name: str) -> list[dict[str, str]]:
        """The ``entities`` rows of what ``name`` names (several when it is ambiguous)."""
        from coordkg.visualize.maps import called

        return called(self.source, name)

    def network(self, request: MapRequest) -> tuple[nx.MultiDiGraph, Page]:
        """The map's network and its page settings for a map request (as ``coordkg map``)."""
        from coordkg.visualize.maps import coordination_network

        return coordination_network(self.source, request)

    def diff(self, first: str, second: str) -> Table:
        """What changed from plan ``first`` to plan ``second`` (``coordkg diff``)."""
        from coordkg.queries.diff import diff

        return diff(self.source, first, second)

    def hxl(self, plan: str = "") -> str:
        """Roles and programmes as HXL-tagged CSV (``coordkg export --format hxl``)."""
        from coordkg.queries.hxl import hxl_csv

        return hxl_csv(self.source, plan)

    def write_turtle(self, out: BinaryIO) -> None:
        """Every graph as Turtle, written as it is made."""
        from coordkg.graph.store.export import write_turtle

        write_turtle(self.source.store, out)


def _quiet(_message: str) -> None:
    """Progress nobody asked to see."""


def open(location: str | Path | None = None) -> KnowledgeGraph:
    """The coordkg store at ``location``: a folder, a SPARQL 1.1 server's URL, or None for
    the default store (``COORDKG_STORE``, else ``~/.local/share/coordkg/store``)."""
    return KnowledgeGraph(location)
