"""Compute every catalogue question's answer for a new graph, before it goes live.

Given to :class:`~coordkg.graph.store.local.GraphStore` as its ``derive`` function by the command
line, so that ``build``, ``add``, ``remove`` and ``reason`` all leave the answers of the graph
they wrote beside it (see answers.py for why and how they are read).
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

import pyoxigraph as ox

from coordkg.graph.store.local import Snapshot
from coordkg.graph.workers import pool
from coordkg.queries.answers import save
from coordkg.queries.catalogue import Query, catalogue
from coordkg.queries.run import solve
from coordkg.queries.select import LABELS

PARALLEL_FROM = 200_000
"""Smaller graphs are answered in this process: starting workers costs more than it saves
(every question takes milliseconds there)."""


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
