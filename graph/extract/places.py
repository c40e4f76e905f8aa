"""Countries and first-level administrative areas from ISO 3166 (the ``pycountry`` package).

The reference files hold what was checked by hand (Iraq's OCHA P-codes, spelling variants);
this module adds every country of ISO 3166-1, with its names in other languages where
pycountry ships a translation, and, for the country a document is about, its ISO 3166-2
first-level areas, so a plan for Nigeria or South Sudan gets its states with codes too.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import cache

import pycountry

from coordkg.graph.extract.rulefiles import reference_file, rules_file
from coordkg.graph.model import Entity

LANGUAGES = ("ar", "ckb", "fr", "es", "ru", "zh_CN")
"""UN working languages and Central Kurdish: the labels other systems are likely to join on."""

_KINDS = {
    "governorate": "Governorate",
    "state": "State",
    "province": "Province",
    "region": "Region",
    "autonomous region": "Region",
    "district": "District",
    "county": "District",
}


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_MARKS = re.compile("[\u2018\u2019\u02bb\u02bc']")  # ‘ ’ ʻ ʼ ' in transliterations


def _unmarked(text: str) -> str:
    """A name as English texts write it, without the transliteration's apostrophes and
    accents: "Ma’rib" is "Marib", "Tāʻizz" is "Taizz"."""
    return _MARKS.sub("", _ascii(text))


@cache
def _translations(domain: str) -> dict[str, gettext.NullTranslations]:
    found: dict[str, gettext.NullTranslations] = {}
    for lang in LANGUAGES:
        try:
            found[lang] = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
    return found


def translated(name: str, domain: str) -> dict[str, str]:
    """``name`` in the languages pycountry translates it into, by BCP 47 tag."""
    out: dict[str, str] = {}
    for lang, tr in _translations(domain).items():
        label = tr.gettext(name)
        if label != name:
            out[lang.replace("_CN", "")] = label
    return out


@cache
def _page_translations() -> tuple[gettext.NullTranslations, ...]:
    """pycountry's translations into the languages of the pages read besides English (the
    languages of ``rules/languages.toml``)."""
    found = []
    for lang in (code for code in rules_file("languages.toml") if code != "en"):
        try:
            found.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue
    return tuple(found)


@cache
def _not_country_names() -> frozenset[str]:
    """Translated names pages write for a person, a city or a word (``reference/places.toml``)."""
    return frozenset(reference_file("places.toml")["not_country_names"])


def _read_names(name: str) -> set[str]:
    """A country's name as a French, Spanish or Portuguese page writes it ("Mauritanie",
    "Costa de Marfil"), so a country in a list of members is found; an inverted form with a
    comma ("Salomon, Îles") is an index's, no sentence's, and a name pages mostly give a
    person or a city ("Maurice", "Salvador") is left out."""
    names = {t.gettext(name) for t in _page_translations()}
    return {n for n in names if n != name and "," not in n} - _not_country_names()


@cache
def countries() -> tuple[tuple[Entity, tuple[str, ...]], ...]:
    """Every ISO 3166-1 country: the entity (key = alpha-2 in lower case) and its other names."""
    out = []
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        aliases = {c.name, getattr(c, "official_name", c.name), _ascii(name), *_read_names(name)}
        aliases -= {name}
        identifiers = (("iso3166", c.alpha_2),)
        entity = Entity(country_key(c.alpha_2), name, "Country", identifiers=identifiers)
        out.append((entity, tuple(sorted(aliases))))
    return tuple(out)


@cache
def subdivisions(country_code: str) -> tuple[tuple[Entity, tuple[str, ...]], ...]:
    """The first-level areas of a country (ISO 3166-2), with their plain-ASCII spellings.

    In a fixed order: pycountry gives them as a set, whose order changes from process to
    process, and where two areas share a name (Mozambique's city and province of Maputo) the
    one adopted last is what the name resolves to. Areas of a kind coordkg does not name (a
    city: "FirstLevelArea") come first, so the province, state or region wins, in every build.
    """
    out = []
    found = pycountry.subdivisions.get(country_code=country_code.upper()) or ()  # type: ignore[no-untyped-call]
    for s in sorted(found, key=lambda s: (s.type.lower() in _KINDS, s.code)):
        if getattr(s, "parent_code", None):
            continue  # second level and below
        kind = _KINDS.get(s.type.lower(), "FirstLevelArea")
        aliases = {_ascii(s.name), _unmarked(s.name)} - {s.name}
        entity = Entity(s.code.lower(), s.name, kind, identifiers=(("iso3166", s.code),))
        out.append((entity, tuple(sorted(aliases))))
    return tuple(out)


def country_key(alpha2: str) -> str:
    """The entity key of a country: its ISO 3166-1 alpha-2 code in lower case ("iq")."""
    return alpha2.lower()


def place_names(entity: Entity) -> dict[str, str]:
    """A country's or area's name in other languages, from its ISO code (empty otherwise)."""
    code = dict(entity.identifiers).get("iso3166")
    if code is None:
        return {}
    if "-" not in code:
        country = pycountry.countries.get(alpha_2=code)
        return translated(country.name, "iso3166-1") if country else {}
    sub = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
    return translated(sub.name, "iso3166-2") if sub else {}
