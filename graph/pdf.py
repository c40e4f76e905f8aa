"""Text of a PDF, page by page, as a PDF text extractor gives it (pypdf).

Pages are separated by blank lines, like the PDF-extracted plans the cleaner already handles:
a sentence that runs over a page break is joined again there.
"""

from __future__ import annotations

import io

from coordkg.errors import DocumentError

PAGE_BREAK = "\n\n\n"


def pdf_text(data: bytes, where: str) -> str:
    """The text of every page of a PDF.

    Raises:
        DocumentError: the PDF is encrypted, damaged, or has no extractable text (scans).
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentError(where, "is an encrypted PDF: decrypt it first")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise DocumentError(where, f"is not a readable PDF ({exc})") from None
    text = PAGE_BREAK.join(p.strip("\n") for p in pages)
    if not text.strip():
        raise DocumentError(where, "is a PDF without a text layer (scanned pages?): run OCR first")
    return text
