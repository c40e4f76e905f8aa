"""The files under ``web/static`` (YASGUI, the editor's script), served as they are shipped."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import NamedTuple

PREFIX = "/static/"
_MEDIA = {".js": "text/javascript", ".css": "text/css"}
_PART = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9_.-]*")


class Asset(NamedTuple):
    media: str
    body: bytes


@cache
def asset(path: str) -> Asset | None:
    """The file a URL path names (``/static/yasgui/yasgui.min.js``); None for any other path,
    one that tries to leave the folder included."""
    parts = path.removeprefix(PREFIX).split("/")
    if not path.startswith(PREFIX) or not all(_PART.fullmatch(p) for p in parts):
        return None
    found = resources.files("coordkg.web").joinpath("static", *parts)
    if not found.is_file():
        return None
    suffix = "." + parts[-1].rpartition(".")[2]
    return Asset(_MEDIA.get(suffix, "text/plain"), found.read_bytes())
