"""Write small PDFs for the reader tests: text pages, and the hostile shapes the reader refuses.

Tests make their own PDFs so they need no PDF-writing dependency and control every byte.
"""

from __future__ import annotations

import zlib

_CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _page(contents: int, parent: int = 2, extra: bytes = b"") -> bytes:
    return (
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 842] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R%s >>" % (parent, contents, extra)
    )


def _pages(kids: list[int], count: int) -> bytes:
    refs = b" ".join(b"%d 0 R" % k for k in kids)
    return b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, count)


def pdf_file(objects: list[bytes]) -> bytes:
    """A PDF of these objects, numbered from 1 (object 1 is the catalogue), with its xref table."""
    body = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    body += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(offsets) + 1,
        xref,
    )
    return body


def make_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose page ``i`` shows the lines ``pages[i]`` top to bottom (Latin-1 text)."""
    objects: list[bytes] = []
    kids = []
    for lines in pages:
        text = " ".join(f"({_escape(x)}) Tj T*" for x in lines)
        content_id = 4 + len(objects)
        objects.append(_stream(f"BT /F1 10 Tf 12 TL 50 780 Td {text} ET".encode("latin-1")))
        kids.append(4 + len(objects))
        objects.append(_page(content_id))
    return pdf_file([_CATALOG, _pages(kids, len(kids)), _FONT, *objects])


def page_tree_pdf(fan_out: int, depth: int) -> bytes:
    """A page tree ``depth`` levels deep in which every node lists the next one ``fan_out``
    times: ``fan_out ** depth`` pages in a file of a few hundred bytes."""
    nodes = [2] + [5 + level for level in range(depth - 1)]
    leaf = 5 + depth - 1
    tree = [
        _pages([child] * fan_out, fan_out ** (depth - level))
        for level, child in enumerate([*nodes[1:], leaf])
    ]
    return pdf_file([_CATALOG, tree[0], _FONT, _stream(b""), *tree[1:], _page(4, nodes[-1])])


def flate_bomb_pdf(mebibytes: int, pages: int = 1) -> bytes:
    """``pages`` pages that all draw one content stream inflating to ``mebibytes`` MiB of zero
    bytes (about 1,000 times its compressed size): the file holds it once, every page inflates
    it again."""
    packer = zlib.compressobj(9)
    zeros = bytes(1 << 20)
    data = b"".join(packer.compress(zeros) for _ in range(mebibytes)) + packer.flush()
    content = _stream(data, b" /Filter /FlateDecode")
    kids = [5 + i for i in range(pages)]
    return pdf_file([_CATALOG, _pages(kids, pages), _FONT, content, *[_page(4)] * pages])


def nested_dictionaries_pdf(depth: int) -> bytes:
    """One page whose dictionary holds ``depth`` dictionaries, each inside the last."""
    nested = b"<< /A " * depth + b"1" + b" >>" * depth
    page = _page(4, extra=b" /Nested " + nested)
    return pdf_file([_CATALOG, _pages([5], 1), _FONT, _stream(b""), page])
