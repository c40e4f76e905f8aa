"""Text of a PDF, page by page, as a PDF text extractor gives it (pypdf).

Pages are separated by blank lines, like the PDF-extracted plans the cleaner already handles:
a sentence that runs over a page break is joined again there.

A PDF is a program for a parser, and a hostile one can ask for a billion pages, a stream that
inflates a thousandfold, or dictionaries nested past Python's recursion limit. Every failure
inside pypdf is therefore a property of the file, reported as a ``DocumentError`` with the
reason, never a crash. pypdf's own limits are kept, and two of ours bound what they do not: the
number of pages, and the page content inflated over all pages (one stream drawn on every page
would otherwise be inflated and scanned once per page). pypdf reports the faults it repairs
through ``logging``; they are collected here for the message instead of reaching standard error
(an application that configures logging, as ``--debug`` may, still sees them).
"""

from __future__ import annotations

import io
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from coordkg.errors import DocumentError

if TYPE_CHECKING:
    from pypdf import PdfReader

PAGE_BREAK = "\n\n\n"
MAX_PAGES = 10_000
"""Most pages read from one PDF: well above the pages the document size limit's text fills, far
below pypdf's own bound (even an empty page costs time to read)."""
MAX_CONTENT_BYTES = 256 * 1024 * 1024
"""Most page content read from one PDF, inflated and summed over its pages: a plan's pages
draw tens of kilobytes each, so this passes thousands of pages of dense maps."""

_TOO_DEEP = "is a PDF whose objects nest too deeply to read"


class _Faults(logging.Handler):
    """The faults pypdf repaired while reading one file: how many, the first, and whether any
    came from objects nested past the recursion limit."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0
        self.first = ""
        self.too_deep = False

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        if not self.first:
            self.first = record.getMessage()
        handling = sys.exc_info()[1]  # pypdf logs from inside the handler of what it repaired
        self.too_deep |= handling is not None and _too_deep(handling)


def _too_deep(exc: BaseException) -> bool:
    return isinstance(exc, RecursionError) or isinstance(exc.__cause__, RecursionError)


def _brief(message: str) -> str:
    """pypdf's message for the one-line error: some quote the file at length."""
    message = message.rstrip(".")
    return message if len(message) <= 160 else message[:159] + "…"


@contextmanager
def _collected_faults() -> Iterator[_Faults]:
    logger = logging.getLogger("pypdf")
    faults = _Faults()
    logger.addHandler(faults)
    try:
        yield faults
    finally:
        logger.removeHandler(faults)


def pdf_text(data: bytes, where: str) -> str:
    """The text of every page of a PDF.

    Raises:
        DocumentError: the PDF is encrypted, damaged, past a reader limit, or has no
            extractable text (scans).
    """
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    with _collected_faults() as faults:
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                raise DocumentError(where, "is an encrypted PDF: decrypt it first")
            pages = _page_texts(reader, where)
        except DocumentError:
            raise
        except LimitReachedError as exc:
            raise DocumentError(
                where, f"is a PDF past a limit of the PDF reader ({_brief(str(exc))}): not read"
            ) from None
        except Exception as exc:  # pypdf: "broken PDF files might cause other Exceptions"
            if _too_deep(exc) or faults.too_deep:
                raise DocumentError(where, _TOO_DEEP) from None
            reason = _brief(str(exc)) or type(exc).__name__
            raise DocumentError(where, f"is not a readable PDF ({reason})") from None
    text = PAGE_BREAK.join(p.strip("\n") for p in pages)
    if text.strip():
        return text
    if faults.too_deep:
        raise DocumentError(where, _TOO_DEEP)
    if faults.count:
        raise DocumentError(
            where,
            f"is a damaged PDF: no text could be read past {faults.count:,} "
            f"fault{'s' if faults.count > 1 else ''} (the first: {_brief(faults.first)})",
        )
    raise DocumentError(where, "is a PDF without a text layer (scanned pages?): run OCR first")


def _page_texts(reader: PdfReader, where: str) -> list[str]:
    """Each page's text, refusing the file past ``MAX_PAGES`` pages or once its pages' inflated
    content passes ``MAX_CONTENT_BYTES``."""
    if len(reader.pages) > MAX_PAGES:
        raise DocumentError(
            where,
            f"is a PDF of {len(reader.pages):,} pages, over the limit of {MAX_PAGES:,}: not read",
        )
    texts = []
    content_bytes = 0
    for page in reader.pages:
        content = page.get_contents()
        content_bytes += len(content.get_data()) if content is not None else 0
        if content_bytes > MAX_CONTENT_BYTES:
            raise DocumentError(
                where,
                f"is a PDF whose pages hold over {MAX_CONTENT_BYTES >> 20} MiB of content once "
                "inflated: not read",
            )
        texts.append(page.extract_text() or "")
    return texts
