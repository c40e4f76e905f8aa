"""Infer a document's metadata (title, country, period, publisher, date) from its text.

What the user supplies (a sidecar file, options) wins over what is inferred; what neither
gives is reported as missing rather than guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import fields, replace
from datetime import date

from coordkg.errors import InputError
from coordkg.graph.extract.kinds import kinds
from coordkg.graph.extract.reference import reference_by_key
from coordkg.graph.model import DocumentMetadata, Entity, Mention
from coordkg.graph.read.text import MONTHS

_TITLE = re.compile(
    r"^[^\n]{0,80}\b(?:plan|appeal|strategy|framework|overview)\b[^\n]{0,40}$", re.IGNORECASE
)
_PERIOD_IN_TITLE = re.compile(r"\b((?:19|20)\d{2})(?:\s*[-–/]\s*((?:19|20)\d{2}))?\b")
_IN_YEAR_WILL = re.compile(r"\bIn ((?:19|20)\d{2}),[^.\n]{0,200}?\bwill\b")
_PLAN_YEAR = re.compile(
    r"\b(?:Response|Crisis Response|Humanitarian Response|Refugee Response)\s+Plan\s+"
    r"((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?"
)
_MONTHS = {m: i for i, m in enumerate(MONTHS, 1)}
_UPDATED = re.compile(
    r"\b(?:last\s+)?updated:?\s*(?:on\s+)?(?:(?P<month>[A-Za-z]+)\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
    r"|(?P<day2>\d{1,2})\s+(?P<month2>[A-Za-z]+)\s+(?P<year2>\d{4})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))",
    re.IGNORECASE,
)


def _updated(text: str) -> str | None:
    m = _UPDATED.search(text)
    if not m:
        return None
    if m.group("iso"):
        return m.group("iso")
    month = (m.group("month") or m.group("month2") or "").lower()
    day = m.group("day") or m.group("day2")
    year = m.group("year") or m.group("year2")
    if month not in _MONTHS:
        return None
    try:
        return date(int(year), _MONTHS[month], int(day)).isoformat()
    except ValueError:
        return None


def _period(text: str, title: str | None) -> str | None:
    if title and (m := _PERIOD_IN_TITLE.search(title)):
        return f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1)
    years = Counter(m.group(1) for m in _IN_YEAR_WILL.finditer(text))
    if years:
        return years.most_common(1)[0][0]
    if m := _PLAN_YEAR.search(text):
        return f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1)
    return None


def _most_mentioned(
    mentions: list[Mention], kinds_: frozenset[str], share: float, least: int = 1
) -> Entity | None:
    """The entity of these kinds the text names most, if it is named at least ``least``
    times and makes at least ``share`` of such mentions."""
    counts = Counter(m.entity.key for m in mentions if m.entity.kind in kinds_)
    if not counts:
        return None
    key, n = counts.most_common(1)[0]
    if n < least or n < share * sum(counts.values()):
        return None
    return next(m.entity for m in mentions if m.entity.key == key)


def _iso(country: Entity | None) -> str | None:
    return None if country is None else dict(country.identifiers).get("iso3166")


def country_entity(code: str | None) -> Entity | None:
    """The reference entity of a country given by its ISO 3166-1 code ("IQ")."""
    if not code:
        return None
    for entry in reference_by_key().values():
        if entry.entity.kind == "Country" and entry.identifiers.get("iso3166") == code.upper():
            return entry.entity
    return None


def infer_metadata(
    text: str, mentions: list[Mention], given: DocumentMetadata
) -> tuple[DocumentMetadata, Entity | None, Entity | None]:
    """Metadata with what ``given`` lacks filled in from the text.

    Returns:
        The metadata, the country entity and the publisher entity (when known).
    """
    first = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
    title = given.title or (first if _TITLE.match(first) else None)
    k = kinds()
    country = _most_mentioned(mentions, frozenset({"Country"}), 0.5)
    # A plan speaks of its publisher throughout ("IOM will ..."): only a name that carries
    # the text is taken as its publisher; otherwise the publisher is reported missing.
    agencies = (k.families["actor"] - k.families["government"] - k.families["agent"]) - {
        "ArmedActor",
        "SecurityActor",
    }
    publisher = _most_mentioned(mentions, agencies, 0.5, least=3)

    inferred = DocumentMetadata(
        title=title,
        country=_iso(country),
        period=_period(text, title),
        publisher=publisher.name if publisher is not None else None,
        date=_updated(text),
        source=None,
    )
    merged = replace(
        inferred,
        **{f.name: getattr(given, f.name) for f in fields(given) if getattr(given, f.name)},
    )
    if given.country:
        country = country_entity(given.country) or country
    return merged, country, publisher


PERIOD = re.compile(r"^(?:19|20)\d{2}(?:-(?:19|20)\d{2})?$")
"""A year or a span of years as written ("2019", "2018-2022"): a plan's period, never a
word of a name (mentions.py)."""


def check_metadata(meta: DocumentMetadata, where: str) -> DocumentMetadata:
    """Refuse supplied metadata the graph could not store as typed values.

    Raises:
        InputError: a period that is not YYYY or YYYY-YYYY, a date that is not YYYY-MM-DD, a
            country that is not an ISO 3166-1 code.
    """
    if meta.period and not PERIOD.match(meta.period):
        raise InputError(f"{where} period={meta.period}", "a period is YYYY or YYYY-YYYY")
    if meta.date:
        try:
            date.fromisoformat(meta.date)
        except ValueError:
            raise InputError(f"{where} date={meta.date}", "a date is YYYY-MM-DD") from None
    if meta.country and country_entity(meta.country) is None:
        raise InputError(f"{where} country={meta.country}", "not an ISO 3166-1 country code")
    return meta


def missing(metadata: DocumentMetadata) -> list[str]:
    """The metadata fields that are still unknown (title and source are optional)."""
    return [f for f in ("country", "period", "publisher") if not getattr(metadata, f)]
