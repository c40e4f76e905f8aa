"""Compute every catalogue question's answer for the graph a command has just written.

``build``, ``add``, ``remove`` and ``reason`` call :func:`keep_answers` once their graph is live,
and the store keeps the answers beside that generation (see answers.py for why and how they are
read). Until they are there, questions go to the engine, which gives the same rows. ``add`` and
``remove`` pass the graph they changed, still held, and the documents they changed: the answers
kept for it are then carried over (incremental.py) instead of computed again.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection
from functools import partial
from pathlib import Path

import pyoxigraph as ox

from coordkg.graph.store.local import Location, Snapshot
from coordkg.graph.workers import pool
from coordkg.queries.answers import save
from coordkg.queries.catalogue import Query, catalogue
from coordkg.queries.incremental import changed, update
from coordkg.queries.presort import presorted
from coordkg.queries.rolejoin import WRITTEN_FOR, RoleJoin, joined
from coordkg.queries.run import solve
from coordkg.queries.select import LABELS

PARALLEL_FROM = 200_000
"""Smaller graphs are answered in this process: starting workers costs more than it saves
(every question takes milliseconds there)."""


def keep_answers(
    store: Location,
    progress: Callable[[str], None] = lambda _: None,
    before: Snapshot | None = None,
    documents: Collection[str] = (),
) -> None:
    """Answer the catalogue's questions for the store's live graph, unless they are kept
    already (a server keeps none): carried over from ``before`` (the graph the command changed,
    with its kept answers) when given, for a change of ``documents``."""
    with store.deriving() as target:
        if target is None:
            return
        old = before.derived if before is not None else None
        if before is not None and old is not None:
            after = Snapshot(ox.Store.read_only(str(target[0])), None)
            change = changed(before, after, documents)
            if change is not None:
                n = len(change.documents)
                progress(
                    f"updating the catalogue's answers for {n} changed document{'s' * (n != 1)}"
                )
                update(old, after, target[1], questions(), change)
                return
        progress("answering the catalogue's questions for the new graph")
        precompute(*target)


def questions() -> list[Query]:
    """What is kept: every catalogue question, and the labels its name parameters match."""
    return [*(q for _, q in sorted(catalogue().items())), LABELS]


def precompute(generation: Path, folder: Path, jobs: int | None = None) -> None:
    """Answer every catalogue question asked with no parameters from the (closed, complete)
    Oxigraph database ``generation``, and keep the answers in ``folder``.

    Questions are independent, so a large graph is answered on ``jobs`` processes (default:
    every core), each opening the database read-only.
    """
    queries = questions()
    jobs = jobs or os.cpu_count() or 1
    store = ox.Store.read_only(str(generation))
    large = len(store) >= PARALLEL_FROM
    if jobs > 1 and large:
        del store
        shared = tuple(q for q in queries if q.name in WRITTEN_FOR)  # one worker: one join
        tasks = ([shared] if shared else []) + [(q,) for q in queries if q not in shared]
        with pool(min(jobs, len(tasks))) as workers:
            list(workers.map(partial(_answer_at, generation, folder), tasks))
        return
    answer = answerer(store)
    for query in queries:
        answer(folder, query)


def answerer(store: ox.Store) -> Callable[[Path, Query], None]:
    """What keeps a question's answer from ``store`` in a folder: the rows with their hidden
    columns, so that parameters can select from them. The questions that repeat the role join
    share it (rolejoin.py); the others are sorted here where the engine's sort would give the
    same order (presort.py), else answered by the engine as written."""
    graph = Snapshot(store, None)
    join = RoleJoin(store)

    def answer(folder: Path, query: Query) -> None:
        table = joined(join, query)
        table = presorted(graph, query) if table is None else table
        save(folder, query, solve(graph, query, {}) if table is None else table)

    return answer


def _answer_at(generation: Path, folder: Path, queries: tuple[Query, ...]) -> None:
    """Some questions, in a worker process."""
    answer = answerer(ox.Store.read_only(str(generation)))
    for query in queries:
        answer(folder, query)
