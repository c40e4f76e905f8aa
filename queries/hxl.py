"""The `hxl` question as HXL-tagged CSV (Humanitarian Exchange Language), so roles and
programmes drop into humanitarian data tools: a hashtag row under the header row.

Core hashtags where HXL has one; the role has none, so it is marked as an extension (#x_role).
"""

from __future__ import annotations

from coordkg.queries.catalogue import get
from coordkg.queries.run import Source
from coordkg.queries.table import Table, to_csv

TAGS = {
    "year": "#date+year",
    "organization": "#org",
    "organization_code": "#org+code",
    "role": "#x_role",
    "body": "#sector+cluster",
    "body_code": "#sector+cluster+code",
    "place": "#adm1+name",
    "place_code": "#adm1+code",
    "programme": "#activity+name",
    "funding_usd": "#value+funding+usd",
    "evidence": "#description+evidence",
}


def hxl_csv(source: Source, plan: str = "") -> str:
    """Roles and programmes with an HXL hashtag row under the column names."""
    table = source.ask(get("hxl"), {"plan": plan})
    tags = tuple(TAGS[c] for c in table.columns)
    return to_csv(Table(table.columns, (tags, *table.rows)))
