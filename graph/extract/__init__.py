"""Extraction: mentions, acronyms, roles, relations, programmes, metadata, places and kinds, read
from a document's text by general rules (``rules/*.toml``) over reference identities
(``reference/*.toml``), then resolved within and across documents (``resolve``, ``unify``).

``document.extract`` runs every rule over one document; nothing here knows about RDF or stores.
"""
