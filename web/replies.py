"""What a view hands the server: a whole page, or a body written as it is made."""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO, NamedTuple

from coordkg.web import pages


class Reply(NamedTuple):
    """A page's answer; ``csp`` is the page's Content-Security-Policy ("" when the page carries
    its own, as a map does)."""

    status: int
    media: str
    body: bytes
    csp: str = pages.CSP


class Download(NamedTuple):
    """A body written into the response as it is made (the whole graph)."""

    media: str
    write: Callable[[BinaryIO], None]
