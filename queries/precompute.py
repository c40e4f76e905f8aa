"""Compute every catalogue question's answer for the graph a command has just written.

``build``, ``add``, ``remove`` and ``reason`` call :func:`keep_answers` once their graph is live,
and the store keeps the answers beside that generation (see answers.py for why and how they are
read). Until they are there, questions go to the engine, which gives the same rows.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pyoxigraph as ox

from coordkg.graph.store.local import Location, Snapshot
from coordkg.graph.workers import pool
from coordkg.queries.answers import save
from coordkg.queries.catalogue import Query, catalogue
from coordkg.queries.run import solve
from coordkg.queries.select import LABELS

PARALLEL_FROM = 200_000
"""Smaller graphs are answered in this process: starting workers costs more than it saves
(every question takes milliseconds there)."""


def keep_answers(store: Location, progress: Callable[[str], None] = lambda _: None) -> None:
    """Answer the catalogue's questions for the store's live graph, unless they are kept
    already (a server keeps none)."""
    with store.deriving() as target:
        if target is not None:
            progress("answering the catalogue's questions for the new graph")
            precompute(*target)


def precompute(generation: Path, folder: Path, jobs: int | None = None) -> None:
    """Answer every catalogue question asked with no parameters from the (closed, complete)
    Oxigraph database ``generation``, and keep the answers in ``folder``.

    Questions are independent, so a large graph is answered on ``jobs`` processes (default:
    every core), each opening the database read-only.
    """
    queries = [*(q for _, q in sorted(catalogue().items())), LABELS]
    jobs = jobs or os.cpu_count() or 1
    store = ox.Store.read_only(str(generation))
    large = len(store) >= PARALLEL_FROM
    if jobs > 1 and large:
        del store
        with pool(min(jobs, len(queries))) as workers:
            list(workers.map(partial(_answer_at, generation, folder), queries))
        return
    for query in queries:
        _answer(store, folder, query)


def _answer(store: ox.Store, folder: Path, query: Query) -> None:
    """Keep the rows with their hidden columns, so that parameters can select from them."""
    save(folder, query, solve(Snapshot(store, None), query, {}))


def _answer_at(generation: Path, folder: Path, query: Query) -> None:
    """One question, in a worker process."""
    _answer(ox.Store.read_only(str(generation)), folder, query)
