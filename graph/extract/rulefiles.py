"""The rule files (``rules/*.toml``) as read, each once per process.

Several modules take their tables from one file (``kinds.toml``: kinds, phrases, lists, tails,
entity bodies; ``labels.toml``: labels, bracketed bodies, members, member items); each would
otherwise parse the whole file again in every process that reads documents.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def rules_file(name: str) -> dict[str, Any]:
    """``rules/<name>`` parsed (shared: its readers only read it)."""
    path = resources.files("coordkg.graph.extract") / "rules" / name
    return tomllib.loads(path.read_text(encoding="utf-8"))
