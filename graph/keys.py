"""The keys a name parameter finds an entity by: each of its labels in lower case.

``--org iom`` selects the entities one of whose names, other names or acronyms is "IOM" in any
case.  Compared label by label (``LCASE(STR(?label)) = …``), that lower-cases every label of
the graph on every question, and a server does it over every copy of a spelling that each
document graph repeats.  So the build writes beside each label, in the graph that holds it, the
label in lower case as a key of its kind (``ckg:nameKey``, ``ckg:placeKey``), and a name is
resolved by looking its own lower case up among the keys: one exact value, on an index, on
every store.  Kept apart from ``rdf.py``, and free of imports, so that the catalogue reads these
definitions on ``coordkg ask``'s path without loading rdflib or ``importlib.resources``.
"""

from __future__ import annotations

_CKG = "https://w3id.org/coordkg/ontology#"  # coordkg.ontology.TERMS: it imports resources
_SKOS = "http://www.w3.org/2004/02/skos/core#"

NAME_KEY = _CKG + "nameKey"
PLACE_KEY = _CKG + "placeKey"

KEYED: dict[str, tuple[str, tuple[str, ...]]] = {
    "names": (NAME_KEY, (_SKOS + "prefLabel", _SKOS + "altLabel", _CKG + "acronym")),
    "places": (
        PLACE_KEY,
        (_SKOS + "prefLabel", _SKOS + "altLabel", _CKG + "pcode", _CKG + "iso3166"),
    ),
}
"""For each kind of name match (catalogue.py's ``names`` and ``places``): the key property, and
the labels whose lower case it holds."""


def lookup_key(label: str) -> str:
    """A label or a value asked for, as a key: Unicode's default lower-casing, which is what
    SPARQL's ``LCASE`` applies (Python's ``str.lower``, Oxigraph's and rdflib's ``LCASE``
    alike, final sigma and dotted capital I included), so that the queries' FILTERs, which
    lower-case the parameter in the engine, compare it with the same keys."""
    return label.lower()
