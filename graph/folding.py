"""Names folded for comparison and for IRIs: lower case without accents, and the slug built
from it.

Below every stage of the flow (read names document ids by it, extract and rdf name entities by
it), so that reading never imports from extraction.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"[^\W_]+")
"""A word of a folded name: letters and digits."""


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without accents: "Nīnawá" -> "ninawa"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def slug(name: str) -> str:
    """A readable IRI-safe key: "Returns Working Group" -> "returns-working-group"."""
    return "-".join(WORD.findall(fold(name))) or "unnamed"
