"""Synthetic crisis response plans with their own gold, for scale benchmarks and quality at scale.

    python tests/benchmarks/synthetic.py COUNT FOLDER [--seed N]

Each plan ``synth-<country>-<year>-<n>.txt`` is written from templates modelled on the bundled
IOM Iraq plans and the blind set in ``tests/generalisation``: their three layouts (web page with
one paragraph per line, PDF text hard-wrapped with page breaks and split words, a budget table),
their headline and programme blocks, and the sentence shapes they state roles with. Countries
and first-level areas are real (pycountry); national NGOs, ministries and who holds which role
are invented. The gold (``NAME.roles.csv``, ``NAME.programmes.csv``, the columns of
``tests/generalisation``) is written from the same choices that wrote each sentence, never by
running coordkg; its conventions are those of ``tests/generalisation/README.md``.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import textwrap
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pycountry

ROLE_FIELDS = ("organization", "role", "body", "scope", "with", "quote")
PROGRAMME_FIELDS = ("objective", "programme", "funding_usd", "priority", "related_plans")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")

# -- the world: countries, organisations, bodies ------------------------------------------------

CITIES = {
    "NG": ("Maiduguri", "Yola", "Damaturu", "Gusau"),
    "SS": ("Juba", "Malakal", "Bentiu", "Wau", "Renk"),
    "SD": ("Kosti", "Atbara", "Nyala"),
    "SO": ("Mogadishu", "Baidoa", "Kismayo", "Garowe"),
    "YE": ("Aden", "Hodeidah", "Marib", "Taizz"),
    "TD": ("Abeche", "Moundou", "Farchana"),
    "NE": ("Niamey", "Tillaberi", "Ouallam"),
    "ML": ("Mopti", "Gao", "Menaka"),
    "ET": ("Mekelle", "Jijiga", "Semera"),
    "MZ": ("Pemba", "Beira", "Montepuez"),
    "MM": ("Sittwe", "Myitkyina", "Lashio"),
    "BD": ("Teknaf", "Ukhia"),
    "AF": ("Kabul", "Herat", "Jalalabad", "Kandahar"),
    "SY": ("Aleppo", "Homs", "Qamishli"),
    "KE": ("Dadaab", "Kakuma", "Lodwar"),
    "PK": ("Peshawar", "Quetta", "Karachi"),
    "CO": ("Cucuta", "Riohacha"),
    "VE": ("Caracas", "Maracaibo"),
    "CF": ("Bangui", "Bria", "Bambari"),
    "ZW": ("Harare", "Bulawayo", "Mutare"),
    "LR": ("Monrovia", "Gbarnga"),
    "NP": ("Kathmandu", "Nepalgunj"),
}
FEDERAL = frozenset({"NG", "SO", "ET", "SD"})
AREA_WORDS: dict[str, tuple[str, str | None]] = {
    # area type -> (plural written after names, level word of "at the ... level")
    "State": ("states", "state"),
    "Province": ("provinces", "provincial"),
    "Region": ("regions", "regional"),
    "Regional state": ("regions", "regional"),
    "Governorate": ("governorates", "governorate"),
    "County": ("counties", "county"),
    "Department": ("departments", None),
    "Division": ("divisions", None),
    "Prefecture": ("prefectures", None),
}
_SIMPLE_NAME = re.compile(r"[A-Z][A-Za-z' -]+")
_NOT_AREA_WORDS = frozenset({"Capital", "City", "Federal", "Territory", "Distrito", "Peoples"})

UN = {
    "IOM": "International Organization for Migration",
    "UNHCR": "United Nations High Commissioner for Refugees",
    "UNICEF": "United Nations Children's Fund",
    "WFP": "World Food Programme",
    "OCHA": "United Nations Office for the Coordination of Humanitarian Affairs",
    "UNDP": "United Nations Development Programme",
    "WHO": "World Health Organization",
    "FAO": "Food and Agriculture Organization of the United Nations",
    "UNFPA": "United Nations Population Fund",
    "UN-Habitat": "United Nations Human Settlements Programme",
}
INGOS = (
    ("Norwegian Refugee Council", "NRC"),
    ("Danish Refugee Council", "DRC"),
    ("International Rescue Committee", "IRC"),
    ("Save the Children", ""),
    ("Mercy Corps", ""),
    ("CARE International", ""),
    ("World Vision", ""),
    ("ACTED", ""),
)
GOVERNMENT = (
    ("Ministry of Humanitarian Affairs and Disaster Management", "MoHADM"),
    ("Ministry of Health", "MoH"),
    ("Ministry of Social Affairs", "MoSA"),
    ("Ministry of Gender, Children and Social Welfare", "MoGCSW"),
    ("National Emergency Management Agency", "NEMA"),
    ("Relief and Rehabilitation Commission", "RRC"),
    ("Ministry of Migration and Displacement", "MoMD"),
    ("National Commission for Refugees and Returnees", "NCRR"),
    ("Ministry of Displacement and Return of {country}", ""),
)
NGO_PREFIXES = (
    "Amal", "Nour", "Salam", "Baraka", "Imani", "Tumaini", "Ubuntu", "Rahma", "Tadamun",
    "Sabil", "Hope", "Horizon", "Sunrise", "Bright Future", "New Dawn", "Green Valley",
    "Harmony", "Lifeline", "Peace Bridge", "Anfal", "Tawasul", "Kalam", "Juhud", "Ihsan",
)  # fmt: skip
NGO_THEMES = (
    "Relief and Development", "Community Development", "Women's Empowerment",
    "Youth Development", "Rural Development", "Health and Development",
    "Water and Sanitation", "Peacebuilding and Development", "Humanitarian", "Community Health",
    "Community Shelter", "Education and Development", "Women's Resilience",
)  # fmt: skip
NGO_HEADS = (
    "Association", "Foundation", "Initiative", "Organization", "Organisation", "Society",
    "Alliance", "Action", "Aid", "Consortium", "Network",
)  # fmt: skip
BARE_FIRST = ("Bridges", "Voices", "Hands", "Roots", "Light", "Wings", "Paths", "Circles")
BARE_SECOND = ("Hope", "Peace", "Dignity", "Tomorrow", "Return", "Solidarity", "Women", "Change")
"""Names with no head noun, like Ukraine's "Right to Protection (R2P)": "Voices of Hope (VoH)"."""
RESERVED_ACRONYMS = frozenset(
    {"NRC", "DRC", "IRC", "WHO", "CARE", "ECHO", "GOI", "KRG", "PMF", "ISIL", "HCT", "UNCT"}
    | {"IASC", "FSC", "ETC", "GCM", "HRP", "CRP", "IDP", "NFI", "DTM", "NGO", "UN", "SAG"}
)


@dataclass(frozen=True)
class Org:
    """An organisation as a plan writes it: its name, acronym and how it is introduced."""

    name: str
    acronym: str = ""
    article: bool = False  # "the Norwegian Refugee Council"
    national_ngo: bool = False
    by_acronym: bool = False  # UN agencies: "UNHCR" from the first mention

    @property
    def needs_apposition(self) -> bool:
        """A national NGO named "... Network" is only an NGO because the text says so."""
        return self.national_ngo and self.name.endswith("Network")


@dataclass(frozen=True)
class Body:
    """A coordination body: gold name, first mention (with its acronym), later mention."""

    name: str
    first: str
    short: str
    kind: str  # cluster | group | team
    leads: tuple[str, ...] = ()


@dataclass(frozen=True)
class Country:
    """A real country with its real first-level areas and cities, and invented organisations."""

    code: str
    name: str
    areas: tuple[str, ...]
    area_type: str
    cities: tuple[str, ...]
    ngos: tuple[Org, ...]
    government: tuple[Org, ...]
    bare_ngo: Org  # named without a head noun: only "the national NGO Voices of Hope (VoH)"

    @property
    def plural(self) -> str:
        return AREA_WORDS[self.area_type][0]

    @property
    def level(self) -> str | None:
        return AREA_WORDS[self.area_type][1]


def _country_names() -> frozenset[str]:
    names = set()
    for c in pycountry.countries:
        names.update({c.name, getattr(c, "common_name", c.name)})
    return frozenset(names)


def _areas(code: str, country: str) -> tuple[str, tuple[str, ...]]:
    """The country's first-level areas of its commonest type, written in plain letters and
    named like no country (a plan names its country's areas, not other countries)."""
    subs = [
        s
        for s in pycountry.subdivisions.get(country_code=code) or ()  # type: ignore[no-untyped-call]
        if not getattr(s, "parent_code", None) and s.type in AREA_WORDS
    ]
    kinds = [s.type for s in subs]
    area_type = max(sorted(set(kinds)), key=kinds.count)  # ties: the same type every run
    others = _country_names()
    names = sorted(
        s.name
        for s in subs
        if s.type == area_type
        and _SIMPLE_NAME.fullmatch(s.name)
        and s.name not in others
        and country not in s.name
        and not _NOT_AREA_WORDS & set(s.name.split())
    )
    return area_type, tuple(names)


def _acronym(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name.replace("'s", "")) if w[0].isupper())


def _national_ngos(rng: random.Random, taken: set[str], count: int) -> tuple[Org, ...]:
    """Invented national NGOs with acronyms unique in the whole run (an acronym names one
    organisation; the build resolves acronyms across documents)."""
    out: list[Org] = []
    while len(out) < count:
        head = rng.choice(NGO_HEADS)
        theme = "Community" if head == "Aid" else rng.choice(NGO_THEMES)
        name = f"{rng.choice(NGO_PREFIXES)} {theme} {head}"
        acronym = _acronym(name)
        if acronym in taken or len(acronym) < 3:
            continue
        taken.add(acronym)
        out.append(Org(name, acronym, article=rng.random() < 0.6, national_ngo=True))
    return tuple(out)


def _government(rng: random.Random, code: str, name: str, areas: Sequence[str]) -> tuple[Org, ...]:
    """Ministries and agencies of one country, national and (in federal states) state level."""
    chosen = rng.sample(GOVERNMENT, 5)
    out = [Org(n.format(country=name), a, article=True) for n, a in chosen]
    if code in FEDERAL:
        out.append(Org("Federal Ministry of Women Affairs", article=True))
    if code in ("NG", "SD", "SS"):
        for area in rng.sample(list(areas), 2):
            template = rng.choice(
                ("{} State Ministry of Health", "{} State Emergency Management Agency")
            )
            out.append(Org(template.format(area), article=True))
    return tuple(out)


@cache
def countries(seed: int) -> tuple[Country, ...]:
    """Every country of the run with its national NGOs and government bodies, drawn once per
    seed so that a country's plans of different years share them."""
    rng = random.Random(f"world-{seed}")
    taken = set(RESERVED_ACRONYMS) | {a for _, a in GOVERNMENT if a}
    bare = rng.sample([(a, b) for a in BARE_FIRST for b in BARE_SECOND], len(CITIES))
    out = []
    for (code, cities), (first, second) in zip(CITIES.items(), bare, strict=True):
        c = pycountry.countries.get(alpha_2=code)
        assert c is not None
        name = getattr(c, "common_name", None) or c.name
        area_type, areas = _areas(code, name)
        ngos = _national_ngos(rng, taken, 8)
        government = _government(rng, code, name, areas)
        bare_ngo = Org(f"{first} of {second}", f"{first[0]}o{second[0]}", national_ngo=True)
        out.append(Country(code, name, areas, area_type, cities, ngos, government, bare_ngo))
    return tuple(out)


def _cluster(topic: str, acronym: str, style: str, head: str, leads: tuple[str, ...]) -> Body:
    """A cluster or sector named the three ways plans name them: "Camp Coordination and Camp
    Management (CCCM) Cluster", "Food Security Sector (FSS)", "Protection Cluster"."""
    name = f"{topic} {head}"
    if style == "inner":
        return Body(name, f"{topic} ({acronym}) {head}", f"{acronym} {head}", "cluster", leads)
    if style == "trailing":
        return Body(name, f"{name} ({acronym})", acronym, "cluster", leads)
    return Body(name, name, name, "cluster", leads)


def clusters(sectors: bool, agriculture: bool) -> list[Body]:
    """The clusters (or, as Nigeria calls them, sectors) and sub-clusters of a plan."""
    head, sub = ("Sector", "Sub-Sector") if sectors else ("Cluster", "Sub-Cluster")
    food, food_acronym = ("Food Security", "FSS" if sectors else "FSC")
    if agriculture and not sectors:
        food, food_acronym = "Food Security and Agriculture", "FSAC"  # Yemen
    return [
        _cluster("Camp Coordination and Camp Management", "CCCM", "inner", head, ("UNHCR", "IOM")),
        _cluster("Shelter and Non-Food Items", "S-NFI", "inner", head, ("UNHCR", "IOM")),
        _cluster("Water, Sanitation and Hygiene", "WASH", "inner", head, ("UNICEF",)),
        _cluster("Protection", "", "plain", head, ("UNHCR",)),
        _cluster("Health", "", "plain", head, ("WHO",)),
        _cluster("Education", "", "plain", head, ("UNICEF",)),
        _cluster("Nutrition", "", "plain", head, ("UNICEF",)),
        _cluster(food, food_acronym, "trailing", head, ("FAO", "WFP")),
        _cluster("Early Recovery", "", "plain", head, ("UNDP",)),
        _cluster("Child Protection", "", "plain", sub, ("UNICEF",)),
        _cluster("Gender-Based Violence", "GBV", "inner", sub, ("UNFPA",)),
    ]


def groups(compass: str) -> list[Body]:
    """Working groups, task forces, networks and forums of the kinds the real plans name."""
    forum = f"{compass} Humanitarian Coordination Forum"  # Nigeria: "North-West ... (NWHCF)"

    def trailing(name: str, acronym: str, *leads: str) -> Body:
        return Body(name, f"{name} ({acronym})", acronym, "group", leads)

    def inner(topic: str, acronym: str, head: str, *leads: str) -> Body:
        return Body(
            f"{topic} {head}", f"{topic} ({acronym}) {head}", f"{acronym} {head}", "group", leads
        )

    def plain(name: str, *leads: str) -> Body:
        return Body(name, name, name, "group", leads)

    return [
        trailing("Durable Solutions Working Group", "DSWG", "UNDP", "IOM"),
        trailing("Cash Working Group", "CWG", "OCHA", "WFP"),
        trailing("Cash and Market Working Group", "CMWG", "OCHA", "WFP"),
        trailing("Returns Working Group", "RWG", "IOM"),
        trailing("Inter-Agency Working Group", "IAWG", "OCHA"),
        trailing("Information Management Working Group", "IMWG", "OCHA"),
        trailing("Durable Solutions Task Force", "DSTF", "UNDP", "IOM"),
        trailing("Inter-Cluster Coordination Group", "ICCG", "OCHA"),
        trailing("Education in Emergencies Working Group", "EiEWG", "UNICEF"),
        inner("Mental Health and Psychosocial Support", "MHPSS", "Working Group", "WHO", "IOM"),
        inner(
            "Housing, Land and Property", "HLP", "Technical Working Group", "UNHCR", "UN-Habitat"
        ),
        inner("Accountability to Affected Populations", "AAP", "Working Group", "OCHA"),
        inner("Prevention of Sexual Exploitation and Abuse", "PSEA", "Network", "UNFPA", "UNICEF"),
        plain("Site Planning and Settlements Technical Working Group", "IOM"),
        plain("Disability Inclusion Working Group", "UNICEF"),
        plain("Flood Task Force", "OCHA"),
        plain("Cholera Task Force", "WHO", "UNICEF"),
        plain("Gender Task Force", "UNFPA"),
        plain("Access Working Group", "OCHA"),
        trailing(forum, _acronym(forum), "OCHA"),
    ]


TEAMS = (
    Body("Humanitarian Country Team", "Humanitarian Country Team (HCT)", "HCT", "team"),
    Body("UN Country Team", "UN Country Team (UNCT)", "UNCT", "team"),
)

# -- writing one plan ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Ref:
    """An organisation as one sentence writes it, and the name its gold row gives it."""

    text: str
    gold: str
    org: Org


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def and_list(items: Sequence[str], serial: bool = False) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + ("," if serial and len(items) > 2 else "") + " and " + items[-1]


@dataclass
class Plan:
    """The state of writing one plan: what was named already, and the gold so far."""

    rng: random.Random
    country: Country
    year: int
    layout: str  # web | pdf | table
    sectors: bool
    seen: set[str] = field(default_factory=set)
    stated: set[str] = field(default_factory=set)  # bodies whose holders were given
    breaks: int = 0  # page breaks still to put into wrapped text
    roles: list[dict[str, str]] = field(default_factory=list)
    keys: set[tuple[str, str, str, str]] = field(default_factory=set)

    def __post_init__(self) -> None:
        rng = self.rng
        others = [a for a in UN if a != "IOM"]
        self.un = [Org(UN["IOM"], "IOM", True, by_acronym=True)] + [
            Org(UN[a], a, True, by_acronym=True) for a in rng.sample(others, len(others))
        ]
        self.ingos = [Org(n, a, article=bool(a)) for n, a in rng.sample(INGOS, 5)]
        self.ngos = rng.sample(list(self.country.ngos), 5)
        self.gov = rng.sample(list(self.country.government), 4)
        compass = rng.choice(("North-West", "North-East", "South-East", "South-West"))
        pool = clusters(self.sectors, rng.random() < 0.3) + groups(compass)
        self.bodies = rng.sample(pool, len(pool))
        self.breaks = rng.choice((0, 1, 1, 2))

    # -- names ----------------------------------------------------------------------------------
    def org(self, o: Org, slot: str = "mid") -> Ref:
        """How ``o`` is written here: full name and acronym the first time, the acronym (or
        the name with its acronym again) after; a national NGO says what it is where the
        sentence allows an apposition (``slot`` "subject" or "end")."""
        first = o.name not in self.seen
        self.seen.add(o.name)
        article = "the " if o.article else ""
        if o.by_acronym and not (first and self.rng.random() < 0.25):
            return Ref(o.acronym, o.acronym, o)
        if not o.acronym:
            return Ref(article + o.name, o.name, o)
        if not first and self.rng.random() < 0.7:
            return Ref(o.acronym, o.acronym, o)
        text = f"{article}{o.name} ({o.acronym})"
        if (
            first
            and slot != "mid"
            and (o.needs_apposition or (o.national_ngo and self.rng.random() < 0.5))
        ):
            text += ", a national NGO" + ("," if slot == "subject" else "")
        return Ref(text, o.name, o)

    def body(self, b: Body) -> str:
        """ "Durable Solutions Working Group (DSWG)" the first time, "DSWG" or the name after."""
        if b.name not in self.seen:
            self.seen.add(b.name)
            return b.first
        return b.short if self.rng.random() < 0.7 else b.name

    def un_org(self, *prefer: str) -> Org:
        options = [o for o in self.un if o.acronym in prefer] or self.un
        return self.rng.choice(options)

    def partner(self, mid: bool = False) -> Org:
        """A co-holder: a government body, an international or a national NGO."""
        pool = self.gov + self.ingos + self.ngos
        if mid:
            pool = [o for o in pool if not o.needs_apposition or o.name in self.seen]
        return self.rng.choice(pool)

    def distinct(self, make: Callable[[], Org], avoid: Sequence[Org]) -> Org:
        while (o := make()) in avoid:
            pass
        return o

    # -- scopes -----------------------------------------------------------------------------------
    def places(self, most: int = 3) -> list[str]:
        return self.rng.sample(list(self.country.areas), self.rng.randint(1, most))

    def scope(self, kinds: str = "none national places") -> tuple[str, list[str]]:
        """A scope written after the role: " at national level", " in A and B states", ..."""
        kind = self.rng.choice(kinds.split())
        if kind == "national":
            return self.rng.choice((" at national level", " at the national level")), ["national"]
        if kind == "places":
            names = self.places()
            level = self.country.level
            forms = [f" in {and_list(names)}"]
            if len(names) > 1:
                forms.append(f" in {and_list(names)} {self.country.plural}")
            if level and len(names) > 1:
                forms.append(f" at the {level} level in {and_list(names)}")
            return self.rng.choice(forms), names
        return "", [""]

    def fronted(self) -> tuple[str, list[str]]:
        """A scope put first: "At national level, ", "In A and B, ", "At the sub-national
        level in Juba, "."""
        kind = self.rng.choice(("national", "places", "city"))
        if kind == "national":
            return "At national level, ", ["national"]
        if kind == "city":
            city = self.rng.choice(self.country.cities)
            return f"At the sub-national level in {city}, ", [city]
        names = self.places()
        return f"In {and_list(names)}, ", names

    # -- gold -------------------------------------------------------------------------------------
    def rows(
        self,
        sentence: str,
        holders: Sequence[Ref],
        role: str,
        body: Body,
        scopes: Sequence[str] = ("",),
        shared: bool = True,
    ) -> None:
        """One row per holder and scope; holders sharing a role name each other in ``with``."""
        self.stated.add(body.name)
        for h in holders:
            others = [o.gold for o in holders if o.org != h.org] if shared else []
            for scope in scopes:
                key = (h.org.name, role, body.name, scope)
                if key in self.keys:
                    continue
                self.keys.add(key)
                self.roles.append(
                    dict(
                        zip(
                            ROLE_FIELDS,
                            (h.gold, role, body.name, scope, ";".join(others), sentence),
                            strict=True,
                        )
                    )
                )


# -- role sentences: each writes one sentence (or a short list) and its gold rows ---------------

Statement = Callable[[Plan, Body], list[str]]


def passive_co(p: Plan, b: Body) -> list[str]:
    """ "The X is co-led by A and B at national level." (also co-chaired, co-coordinated)."""
    verb, role = p.rng.choice(
        (
            ("co-led by", "co-lead"),
            ("co-chaired by", "co-chair"),
            ("co-chaired jointly by", "co-chair"),
            ("co-coordinated by", "co-coordinator"),
            ("jointly coordinated by", "co-coordinator"),
        )
    )
    where, scopes = p.scope()
    name = p.body(b)
    a = p.org(p.un_org(*b.leads))
    last = "mid" if where else "end"
    c = p.org(p.distinct(lambda: p.partner(mid=bool(where)), [a.org]), last)
    s = f"The {name} is {verb} {a.text} and {c.text}{where}."
    p.rows(s, [a, c], role, b, scopes)
    return [s]


def elliptic_co_lead(p: Plan, b: Body) -> list[str]:
    """Nigeria: "co-led by IOM and NEMA at national level, and by IOM and SEMA in Borno"."""
    name = p.body(b)
    a = p.org(p.un_org(*b.leads))
    c = p.org(p.distinct(lambda: p.partner(mid=True), [a.org]))
    a2 = Ref(a.org.acronym or a.text, a.org.acronym or a.gold, a.org)
    d = p.org(p.distinct(lambda: p.partner(mid=True), [a.org, c.org]))
    place = p.rng.choice(p.country.areas)
    s = f"The {name} is co-led by {a.text} and {c.text} at national level, and by {a2.text} and {d.text} in {place}."
    p.rows(s, [a, c], "co-lead", b, ["national"])
    p.rows(s, [a2, d], "co-lead", b, [place])
    return [s]


def active_co(p: Plan, b: Body) -> list[str]:
    """ "A, along with B, co-leads the X in P and Q states", "... is a co-lead agency of"."""
    a = p.org(p.un_org(*b.leads), "subject")
    c = p.org(p.distinct(p.partner, [a.org]), "subject")
    verb, role = p.rng.choice(
        (
            ("co-leads the", "co-lead"),
            ("is a co-lead agency of the", "co-lead"),
            ("co-chairs the", "co-chair"),
        )
    )
    name = p.body(b)
    where, scopes = p.scope()
    if c.text.endswith(","):
        c = Ref(c.text[:-1], c.gold, c.org)
    s = f"{cap(a.text)}, along with {c.text}, {verb} {name}{where}."
    p.rows(s, [a, c], role, b, scopes)
    return [s]


def co_chair_levels(p: Plan, b: Body) -> list[str]:
    """Iraq 2025: "co-chairs the X at the national level and the governorate level in A, B,
    and C, together with the Ministry of Health (MoH)"."""
    level = p.country.level
    if level is None:
        return jointly(p, b)
    a = p.org(p.un_org(*b.leads))
    name = p.body(b)
    names = p.rng.sample(list(p.country.areas), 3)
    c = p.org(p.distinct(lambda: p.rng.choice(p.gov), [a.org]), "end")
    s = (
        f"{cap(a.text)} currently co-chairs the {name} at the national level and the {level} "
        f"level in {and_list(names, serial=True)}, together with {c.text}."
    )
    p.rows(s, [a, c], "co-chair", b, ["national", *names])
    return [s]


def jointly(p: Plan, b: Body) -> list[str]:
    """ "A and B jointly chair the X" (with, in South Sudan, ", which advises the HCT ...")."""
    a = p.org(p.un_org(*b.leads))
    c = p.org(p.distinct(lambda: p.partner(mid=True), [a.org]))
    name = p.body(b)
    where, scopes = p.scope("none places")
    tail = p.rng.choice(
        ("", ", which advises the HCT on returns, local integration and relocation")
    )
    s = f"{cap(a.text)} and {c.text} jointly chair the {name}{where}{tail}."
    p.rows(s, [a, c], "co-chair", b, scopes)
    return [s]


def single_holder(p: Plan, b: Body) -> list[str]:
    """One holder, active voice: "IOM is the co-lead for", "serves as co-chair of", "chairs",
    "acts as lead agency for", "is the lead on", "provides the secretariat of"."""
    phrase, role = p.rng.choice(
        (
            ("is the co-lead for the", "co-lead"),
            ("co-leads the", "co-lead"),
            ("is the co-chair for the", "co-chair"),
            ("also serves as co-chair of the", "co-chair"),
            ("chairs the", "chair"),
            ("acts as lead agency for the", "lead"),
            ("is the lead on the", "lead"),
            ("provides the secretariat of the", "secretariat"),
        )
    )
    holder = p.un_org(*b.leads) if role != "secretariat" else p.un_org("OCHA", "IOM")
    a = p.org(holder, "subject")
    name = p.body(b)
    where, scopes = p.scope("none national")
    s = f"{cap(a.text)} {phrase} {name}{where}."
    p.rows(s, [a], role, b, scopes)
    return [s]


def passive_one(p: Plan, b: Body) -> list[str]:
    """ "The X is chaired by A", "is led by", "is coordinated by", "is under the leadership of",
    with the scope before or after."""
    verb, role = p.rng.choice(
        (
            ("chaired by", "chair"),
            ("led by", "lead"),
            ("coordinated by", "coordinator"),
            ("under the leadership of", "lead"),
        )
    )
    if p.rng.random() < 0.5:
        front, scopes = p.fronted()
        name = p.body(b)
        a = p.org(p.un_org(*b.leads))
        s = f"{front}the {name} is {verb} {a.text}."
    else:
        name = p.body(b)
        a = p.org(p.un_org(*b.leads))
        where, scopes = p.scope("none national")
        s = f"The {name} is {verb} {a.text}{where}."
    p.rows(s, [a], role, b, scopes)
    return [s]


def chair_and_co_chair(p: Plan, b: Body) -> list[str]:
    """Somalia: "The SAG is chaired by UNHCR and co-chaired by NRC"."""
    name = p.body(b)
    a = p.org(p.un_org(*b.leads))
    c = p.org(p.distinct(p.partner, [a.org]), "end")
    s = f"The {name} is chaired by {a.text} and co-chaired by {c.text}."
    p.rows(s, [a], "chair", b)
    p.rows(s, [c], "co-chair", b)
    return [s]


def under_leadership(p: Plan, b: Body) -> list[str]:
    """ "Under the leadership of UNHCR, the X brings together more than 60 partners", or "In A
    and B, the X operates under the leadership of OCHA"."""
    a_org = p.un_org(*b.leads)
    if p.rng.random() < 0.5:
        a = p.org(a_org)
        name = p.body(b)
        s = f"Under the leadership of {a.text}, the {name} brings together more than {p.rng.randint(20, 90)} partners."
        p.rows(s, [a], "lead", b)
        return [s]
    front, scopes = p.fronted()
    name = p.body(b)
    a = p.org(a_org)
    s = f"{front}the {name} operates under the leadership of {a.text}."
    p.rows(s, [a], "lead", b, scopes)
    return [s]


def ngo_co_role(p: Plan, b: Body) -> list[str]:
    """South Sudan: "ACTED serves as NGO co-coordinator of the CCCM Cluster at national level",
    "The SCDN, a national NGO, serves as NGO co-chair of the IAWG in Juba"."""
    org = p.rng.choice(p.ngos + p.ingos)
    a = p.org(org, "subject")
    noun, role = p.rng.choice((("co-coordinator", "co-coordinator"), ("co-chair", "co-chair")))
    name = p.body(b)
    if p.rng.random() < 0.5:
        where, scopes = p.scope("none national")
    else:
        city = p.rng.choice(p.country.cities)
        where, scopes = f" in {city}", [city]
    s = f"{cap(a.text)} serves as NGO {noun} of the {name}{where}."
    p.rows(s, [a], role, b, scopes)
    return [s]


def lead_agency_together(p: Plan, b: Body) -> list[str]:
    """Yemen: "IOM acts as lead agency for the X at the sub-national level in Marib, together
    with the Executive Unit ..."."""
    a = p.org(p.un_org(*b.leads))
    name = p.body(b)
    city = p.rng.choice(p.country.cities)
    c = p.org(p.distinct(lambda: p.rng.choice(p.gov), [a.org]), "end")
    s = f"{cap(a.text)} acts as lead agency for the {name} at the sub-national level in {city}, together with {c.text}."
    p.rows(s, [a, c], "lead", b, [city])
    return [s]


def members(p: Plan, b: Body) -> list[str]:
    """ "A is a member of the X", "A, B and C are members of the X", "A participates in the X",
    "The G, a national NGO based in Yola, is a member of the X in Adamawa"."""
    form = p.rng.choice(("one", "many", "participates", "based"))
    if form == "many":
        orgs = p.rng.sample(p.ingos + [o for o in p.ngos if not o.needs_apposition] + p.gov, 3)
        refs = [p.org(o) for o in orgs]
        bare = p.country.bare_ngo
        if bare.name not in p.seen and p.rng.random() < 0.3:  # Ukraine: "the Ukrainian NGO
            p.seen.add(bare.name)  # Right to Protection (R2P)"
            text = f"the national NGO {bare.name} ({bare.acronym})"
            refs[-1] = Ref(text, bare.name, bare)
        s = f"{cap(and_list([r.text for r in refs]))} are members of the {p.body(b)}."
        p.rows(s, refs, "member", b, shared=False)
        return [s]
    if form == "based":
        org = p.rng.choice([o for o in p.ngos if o.name not in p.seen] or p.ngos)
        p.seen.add(org.name)
        article = "The " if org.article else ""
        text = f"{article}{org.name} ({org.acronym}), a national NGO based in {p.rng.choice(p.country.cities)},"
        place = p.rng.choice(p.country.areas)
        s = f"{text} is a member of the {p.body(b)} in {place}."
        p.rows(s, [Ref(text, org.name, org)], "member", b, [place])
        return [s]
    a = p.org(p.rng.choice(p.un + p.ingos + p.ngos + p.gov), "subject")
    verb = "participates in" if form == "participates" else "is a member of"
    s = f"{cap(a.text)} {verb} the {p.body(b)}."
    p.rows(s, [a], "member", b, shared=False)
    return [s]


def member_which_chaired(p: Plan, b: Body) -> list[str]:
    """South Sudan: "IOM participates in the ICCG, which is chaired by OCHA"; Nigeria: "In
    Borno, IOM provides the secretariat of the DSWG, which is chaired by the Borno State ..."."""
    if p.rng.random() < 0.5:
        a = p.org(p.un[0])
        verb = p.rng.choice(("participates in", "is a member of"))
        name = p.body(b)
        c = p.org(p.un_org(*b.leads, "OCHA"), "end")
        s = f"{cap(a.text)} {verb} the {name}, which is chaired by {c.text}."
        p.rows(s, [a], "member", b)
        p.rows(s, [c], "chair", b)
        return [s]
    place = p.rng.choice(p.country.areas)
    a = p.org(p.un[0])
    name = p.body(b)
    c = p.org(p.rng.choice(p.gov), "end")
    s = f"In {place}, {a.text} provides the secretariat of the {name}, which is chaired by {c.text}."
    p.rows(s, [a], "secretariat", b, [place])
    p.rows(s, [c], "chair", b, [place])
    return [s]


def day_to_day(p: Plan, b: Body) -> list[str]:
    """Somalia terms of reference: "Day-to-day coordination is shared as follows:" / "- UNHCR
    serves as Cluster Coordinator at national level;" / "- the NRC serves as NGO Co-coordinator
    at national level." (a list: web layout only)."""
    if p.layout != "web" or not b.name.endswith((" Cluster", " Sector")):
        return ngo_co_role(p, b)
    name = p.body(b)
    a = p.org(p.un_org(*b.leads), "subject")
    c = p.org(p.rng.choice(p.ingos + p.ngos), "subject")
    one = f"{a.text} serves as {b.name.rsplit(' ', 1)[1]} Coordinator at national level;"
    two = f"{c.text} serves as NGO Co-coordinator at national level."
    p.rows(one.rstrip(";"), [a], "coordinator", b, ["national"])
    p.rows(two.rstrip("."), [c], "co-coordinator", b, ["national"])
    return [f"Day-to-day coordination of the {name} is shared as follows:\n- {one}\n- {two}"]


def sag_member(p: Plan, b: Body) -> list[str]:
    """Yemen: "the International Rescue Committee (IRC) is a member of the Health Cluster
    Strategic Advisory Group"."""
    sag = Body(f"{b.name} Strategic Advisory Group", "", "", "group")
    a = p.org(p.rng.choice(p.ingos + p.gov), "subject")
    s = f"{cap(a.text)} is a member of the {sag.name}."
    p.rows(s, [a], "member", sag)
    return [s]


def led_and_member(p: Plan, b: Body) -> list[str]:
    """Yemen: "The Health Cluster is led by WHO, and the International Rescue Committee (IRC)
    is a member of the Health Cluster Strategic Advisory Group"."""
    name = p.body(b)
    a = p.org(p.un_org(*b.leads))
    sag = Body(f"{b.name} Strategic Advisory Group", "", "", "group")
    c = p.org(p.rng.choice(p.ingos + p.gov))
    s = f"The {name} is led by {a.text}, and {c.text} is a member of the {sag.name}."
    p.rows(s, [a], "lead", b)
    p.rows(s, [c], "member", sag)
    return [s]


def hubs(p: Plan, b: Body) -> list[str]:
    """South Sudan: "At the sub-national level, the CCCM hub in Malakal is coordinated by IOM,
    while the Bentiu CCCM hub is jointly coordinated by IOM and the DRC"."""
    if not b.short.endswith((" Cluster", " Sector")):
        return ngo_co_role(p, b)
    short = b.short.rsplit(" ", 1)[0] if b.short != b.name else b.name.rsplit(" ", 1)[0]
    one, two = p.rng.sample(p.country.cities, 2)
    a = p.org(p.un_org(*b.leads))
    a2 = Ref(a.org.acronym or a.text, a.org.acronym or a.gold, a.org)
    c = p.org(p.distinct(lambda: p.partner(mid=True), [a.org]))
    s = (
        f"At the sub-national level, the {short} hub in {one} is coordinated by {a.text}, while "
        f"the {two} {short} hub is jointly coordinated by {a2.text} and {c.text}."
    )
    p.rows(s, [a], "coordinator", b, [one])
    p.rows(s, [a2, c], "co-coordinator", b, [two])
    return [s]


def hub_count(p: Plan, b: Body) -> list[str]:
    """South Sudan: "Under the leadership of UNICEF, the WASH Cluster runs five regional hubs;
    IOM co-leads two of the five regional hubs, in Wau and Malakal"."""
    a = p.org(p.un_org(*b.leads))
    name = p.body(b)
    c = p.org(p.distinct(lambda: p.rng.choice(p.un), [a.org]))
    one, two = p.rng.sample(p.country.cities, 2)
    s = (
        f"Under the leadership of {a.text}, the {name} runs five regional hubs; {c.text} "
        f"co-leads two of the five regional hubs, in {one} and {two}."
    )
    p.rows(s, [a], "lead", b)
    p.rows(s, [c], "co-lead", b, [one, two])
    return [s]


def cluster_system(p: Plan, b: Body) -> list[str]:
    """Iraq 2020: "IOM is the co-lead for the X, co-lead of the Y, and co-lead of the Z"."""
    others = [o for o in p.bodies if o.kind == b.kind and o.name not in p.seen and o != b][:2]
    if len(others) < 2:
        return single_holder(p, b)
    a = p.org(p.un[0])
    names = [p.body(x) for x in (b, *others)]
    s = (
        f"Under the Inter-Agency Standing Committee (IASC) Humanitarian Cluster System in "
        f"{p.country.name}, {a.text} is the co-lead for the {names[0]}, co-lead of the "
        f"{names[1]}, and co-lead of the {names[2]}, working with other Cluster partners to "
        "ensure an effective and efficient response."
    )
    for x in (b, *others):
        p.rows(s, [a], "co-lead", x)
    return [s]


def network_roles(p: Plan, b: Body) -> list[str]:
    """Iraq 2025: "IOM also serves as co-chair of the X and an active member of the Y and Z"."""
    others = [o for o in p.bodies if o.kind == "group" and o.name not in p.seen and o != b][:2]
    if len(others) < 2:
        return members(p, b)
    a = p.org(p.un[0])
    first = p.body(b)
    y, z = (p.body(x) for x in others)
    s = f"{cap(a.text)} also serves as co-chair of the interagency {first} and an active member of the {y} and {z}."
    p.rows(s, [a], "co-chair", b)
    for x in others:
        p.rows(s, [a], "member", x)
    return [s]


def coordination_list(p: Plan, b: Body) -> list[str]:
    """Ukraine and Somalia: a lead-in ending in a colon and one line per area."""
    if p.layout != "web":
        return ngo_co_role(p, b)
    level = p.country.level or "sub-national"
    name = p.body(b)
    lines = [f"At {level} level, the {name} is coordinated as follows:"]
    areas = p.rng.sample(list(p.country.areas), 3)
    a = p.org(p.un_org(*b.leads))
    c = p.org(p.distinct(lambda: p.partner(mid=True), [a.org]))
    item = f"{areas[0]}: co-led by {a.text} and {c.text};"
    p.rows(item.rstrip(";"), [a, c], "co-lead", b, [areas[0]])
    lines.append(f"- {item}")
    d = p.org(p.rng.choice(p.gov))
    e = p.org(p.distinct(lambda: p.partner(mid=True), [d.org]))
    item = f"{areas[1]}: coordinated by {d.text}, with {e.text} as co-coordinator;"
    p.rows(item, [d], "coordinator", b, [areas[1]])
    p.rows(item, [e], "co-coordinator", b, [areas[1]])
    lines.append(f"- {item}")
    f = p.org(p.un_org("IOM", "UNHCR"))
    item = f"{areas[2]}: {f.text} serves as sub-national coordinator."
    p.rows(item, [f], "coordinator", b, [areas[2]])
    lines.append(f"- {item}")
    return ["\n".join(lines)]


def co_led_list(p: Plan, b: Body) -> list[str]:
    """Somalia terms of reference: "The cluster is co-led by:" and one line per co-lead."""
    if p.layout != "web":
        return passive_co(p, b)
    name = p.body(b)
    gov = p.org(p.rng.choice([g for g in p.gov if g.acronym] or p.gov))
    un = p.org(p.un_org(*b.leads))
    federal = "Federal Government" if p.country.code in FEDERAL else "Government"
    one = f"{gov.text}, on behalf of the {federal} of {p.country.name};"
    topic = b.name.rsplit(" ", 1)[0]
    topic = " ".join(w if w.isupper() else w.lower() for w in topic.split())
    two = f"{un.text}, in line with its global responsibility for {topic} in humanitarian crises."
    p.rows(one, [gov, un], "co-lead", b)
    return ["\n".join((f"The {name} is co-led by:", f"- {one}", f"- {two}"))]


CLUSTER_LEADS: tuple[Statement, ...] = (
    passive_co, passive_co, elliptic_co_lead, active_co, passive_one, under_leadership,
    hub_count, single_holder, lead_agency_together, cluster_system, co_led_list, led_and_member,
)  # fmt: skip
CLUSTER_MORE: tuple[Statement, ...] = (
    ngo_co_role, ngo_co_role, hubs, members, coordination_list, sag_member, day_to_day,
)  # fmt: skip
"""Roles beside the lead of a cluster already given: NGO co-coordinators, hubs, members."""
GROUP_ROLES: tuple[Statement, ...] = (
    passive_co, passive_one, jointly, co_chair_levels, single_holder, single_holder,
    chair_and_co_chair, member_which_chaired, members, members, network_roles, active_co,
)  # fmt: skip

# -- sentences that state no role (decoys as in the blind set) ----------------------------------


Decoy = Callable[[Plan], str]


def _published(p: Plan) -> str:
    body = p.rng.choice([x for x in p.bodies if x.kind == "cluster"])
    what = p.rng.choice(
        ("strategy", "protection monitoring dashboard", "revised targeting guidance")
    )
    return f"The {p.body(body)} published its {what} for {p.year} in {p.rng.choice(MONTHS)}."


def _leads_efforts(p: Plan) -> str:
    what = p.rng.choice(
        (
            "preposition food and fuel ahead of the rainy season",
            "vaccinate children against measles",
            "contain the spread of cholera in districts with high attack rates",
        )
    )
    return f"{cap(p.org(p.rng.choice(p.un[1:])).text)} leads efforts to {what}."


def _attended(p: Plan) -> str:
    logistics = "Logistics Sector" if p.sectors else "Logistics Cluster"
    why = p.rng.choice(("share road access information", "plan convoys"))
    city = p.rng.choice(p.country.cities)
    return f"{cap(p.org(p.un[0]).text)} attended meetings of the {logistics} in {city} to {why}."


def _activated(p: Plan) -> str:
    topic = p.rng.choice(("Nutrition", "Health", "Education"))
    head = "Sector" if p.sectors else "Cluster"
    return f"The {topic} {head} was activated in {p.year - p.rng.randint(3, 10)}."


def _works_with(p: Plan) -> str:
    return f"{cap(p.org(p.un[0]).text)} works closely with {p.org(p.rng.choice(p.gov)).text}."


def _observers(p: Plan) -> str:
    a, b = (p.org(o).text for o in p.rng.sample(p.un[1:], 2))
    meetings = "sector" if p.sectors else "cluster"
    return f"{cap(a)} and {b} attend {meetings} meetings as observers when pipeline issues are discussed."


DECOYS: tuple[Decoy, ...] = (
    _published,
    _leads_efforts,
    _attended,
    _activated,
    _works_with,
    _observers,
)
"""Role-like sentences that state no role, as in the blind set: the gold gives them no row."""


# -- paragraphs that are not about coordination --------------------------------------------------

CONTEXT = (
    "{country} entered {year} facing shocks that overlap and compound one another.",
    "Armed violence in {a1} and {a2} continues to uproot communities, and some {m} million people remain internally displaced, many in sites designed as temporary.",
    "A {nth} season of above-average flooding has kept large parts of {a1}, {a2} and {a3} under water.",
    "Drought in {a2} and {a3} has destroyed harvests and livestock, pushing families towards towns where services are already stretched.",
    "The economy has deteriorated sharply: staple food prices in {c1} have roughly doubled within a year.",
    "Returnees in {country} face significant barriers to reestablishing normal lives, including limited access to services, housing and documentation.",
    "Since {month} {prev}, attacks on villages in {a1} have displaced a further {k:,} people, most of them women and children.",
    "Forced evictions from private land remain a leading cause of secondary displacement in {c1} and {c2}.",
    "Food insecurity in {a1} and {a2} remains acute during the lean season, when more than {m} million people face crisis levels of hunger.",
    "Secondary displacement to non-camp areas also stretches the absorption capacity of host communities, who currently host {n} per cent of the remaining caseload.",
    "Among returnees, access to employment and livelihoods continues to be the main need: most live in locations where the availability of jobs is insufficient.",
    "Women, girls, persons with disabilities and older people face heightened protection risks in overcrowded sites, and many households resort to negative coping mechanisms.",
    "Outbreaks of cholera and measles in {a3} have put further strain on health facilities that were already damaged or understaffed.",
    "Public revenue has collapsed, and salaries in the health and education sectors have gone unpaid for months in {a1}.",
    "Migrants continue to transit through {c1} despite the insecurity, and many become stranded without food, shelter or documents.",
)
CAPACITY = (
    "IOM has worked in {country} since {since} and has more than {staff:,} staff, with a main office in {c1} and field offices in {c2} and {a1}.",
    "IOM runs the Displacement Tracking Matrix (DTM) and keeps rapid response teams on standby to reach people within 72 hours of a new displacement.",
    "IOM follows an integrated approach to address the highest priority needs, including supporting economic opportunities, strengthening social cohesion between communities and enhancing the resilience of people affected by conflict and displacement.",
    "IOM partners with more than {n} civil society organizations in {country} and invests in their organizational and institutional capacities.",
)
PROGRAMME_TEXT = (
    "IOM will distribute emergency shelter kits and core relief items to {k:,} households in {a1} and {a2}.",
    "IOM will manage sites in {c1} and {c2}, maintain drainage around them and support site committees in which women hold at least half of the seats.",
    "Small grants, cash-for-work and vocational training will help returnees and host communities restore incomes and rebuild community infrastructure.",
    "IOM will rehabilitate boreholes, truck water to transit centres and run cholera preparedness activities in flood-affected districts.",
    "Flow monitoring will run at {n} points along the main routes, twice a year.",
    "IOM will support dialogue between pastoralist and farming communities in {a1}.",
    "IOM will provide onward transport by road from {c1} to final destinations and offer psychosocial first aid at transit centres.",
    "Mobile teams will provide primary health care, referrals and mental health and psychosocial support in {a1} and {a2}.",
    "Assistance will be delivered through in-kind and cash-based interventions, depending on the functionality of local markets.",
    "Activities will prioritize households headed by women, persons with disabilities and families at risk of eviction.",
    "Community committees will take part in the selection of beneficiaries and in the monitoring of the works.",
)
OBJECTIVES = {
    "web": (
        "Saving lives and protecting people on the move",
        "Driving solutions to displacement",
        "Facilitating pathways for regular migration",
    ),
    "pdf": (
        "Save lives and protect people affected by conflict, flooding and cross-border arrivals",
        "Reduce the impact of recurrent shocks and strengthen the resilience of communities in areas of return and relocation",
        "Support safe and dignified mobility at the border and along return routes",
    ),
    "table": (
        "Prevent loss of life among the most vulnerable",
        "Preserve dignity and reduce protection risks",
        "Support recovery and durable solutions",
    ),
}
PROGRAMMES = {
    "web": (
        "Camp coordination and camp management", "Shelter and settlements", "Displacement tracking",
        "Water, sanitation and hygiene", "Health", "Mental health and psychosocial support",
        "Protection", "Livelihoods and economic recovery", "Peacebuilding and community stabilization",
        "Disaster risk reduction and climate adaptation", "Data for action, insight and foresight",
        "Transitional justice", "Land and property", "Regular pathways", "Movement assistance",
        "Humanitarian border management and search and rescue", "Multipurpose cash assistance",
    ),
    "pdf": (
        "Shelter, Settlements and Non-Food Items", "Camp Coordination and Camp Management",
        "Mental Health and Psychosocial Support in Humanitarian Response", "Movement Assistance",
        "Provision of Water, Sanitation and Hygiene in Emergencies", "Protection", "Health Support",
        "Displacement Tracking and Population Mobility Data", "Flood Preparedness and Disaster Risk Reduction",
        "Community Stabilization and Livelihoods", "Peacebuilding and Social Cohesion",
        "Onward Transportation of Returnees", "Humanitarian Border Management", "Durable Solutions",
        "Restoring Housing, Land and Property Rights", "Emergency Preparedness", "Health System Strengthening",
    ),
    "table": (
        "Emergency shelter and non-food items", "Camp coordination and camp management",
        "Multi-sector assistance to migrants", "Cholera response and water trucking",
        "Protection monitoring and case management", "Voluntary humanitarian return of migrants",
        "Housing, land and property assistance", "Site improvement and flood mitigation",
        "Community stabilization and livelihoods", "Mental health and psychosocial support",
        "Displacement tracking and site monitoring", "Health care in displacement sites",
    ),
}  # fmt: skip
TARGET_GROUPS = (
    "Internally displaced person", "Local population / community", "Returnee (previously internally displaced)",
    "International migrant", "Refugee",
)  # fmt: skip


def fill(p: Plan, template: str) -> str:
    """A sentence of prose with the plan's own country, areas, cities and figures."""
    rng = p.rng
    a = rng.sample(list(p.country.areas), 3)
    c = rng.sample(p.country.cities, 2)
    return template.format(
        country=p.country.name, year=p.year, prev=p.year - 1, a1=a[0], a2=a[1], a3=a[2],
        c1=c[0], c2=c[1], m=rng.choice(("1.1", "1.6", "2.2", "3.4")), k=rng.randint(20, 400) * 1000,
        n=rng.randint(8, 80), nth=rng.choice(("third", "fourth", "fifth")), month=rng.choice(MONTHS),
        since=rng.randint(1995, 2012), staff=rng.randint(3, 20) * 100,
    )  # fmt: skip


def prose(p: Plan, templates: Sequence[str], sentences: int) -> str:
    """A paragraph of ``sentences`` different sentences from ``templates``."""
    return " ".join(fill(p, t) for t in p.rng.sample(templates, sentences))


def money(amount: int) -> str:
    return f"${amount:,}"


Programme = tuple[str, int, bool, str]  # title, USD, flagged "Priority", related plan
Budget = list[tuple[str, list[Programme]]]  # objective titles with their programmes


def budget(p: Plan) -> Budget:
    """Objectives with their programmes; an objective's amount is the sum of its programmes',
    and the plan's the sum of all, as in the South Sudan and Yemen plans."""
    rng = p.rng
    titles = list(OBJECTIVES[p.layout][: rng.randint(2, 3)])
    names = rng.sample(PROGRAMMES[p.layout], len(titles) * 4)
    related = rng.choice(("HRP", "UNSDCF"))
    out = []
    for i, title in enumerate(titles):
        progs = []
        for name in names[i * 4 : i * 4 + rng.randint(2, 4)]:
            plan = related if p.layout == "web" and rng.random() < 0.8 else ""
            if p.layout == "table" and "migrant" in name:
                plan = "MRP"
            progs.append((name, rng.randint(6, 600) * 50_000, rng.random() < 0.4, plan))
        out.append((title, progs))
    return out


def programme_gold(p: Plan, objectives: Budget) -> list[dict[str, str]]:
    """Web activity areas follow all objectives and name none; the plan flags priorities on
    every line once it flags one. PDF blocks and table rows sit under their objective."""
    flagged = p.layout == "web" and any(pr for _, ps in objectives for _, _, pr, _ in ps)
    rows = []
    for title, progs in objectives:
        for name, amount, priority, plan in progs:
            rows.append(
                dict(
                    objective="" if p.layout == "web" else title,
                    programme=name,
                    funding_usd=str(amount),
                    priority=("yes" if priority else "no") if flagged else "",
                    related_plans=plan,
                )
            )
    return rows


# -- layouts ----------------------------------------------------------------------------------


def coordination(p: Plan) -> list[str]:
    """The coordination paragraphs: memberships, clusters, working groups, decoys between."""
    rng = p.rng
    team = TEAMS[0] if rng.random() < 0.7 else TEAMS[1]
    p.seen.add(p.un[0].name)
    first = f"IOM {p.country.name} is a member of the {p.body(team)}."
    p.rows(first, [Ref("IOM", "IOM", p.un[0])], "member", team)
    work = [(b, CLUSTER_LEADS) for b in p.bodies if b.kind == "cluster"][: rng.randint(3, 5)]
    work += [(b, GROUP_ROLES) for b in p.bodies if b.kind == "group"][: rng.randint(3, 6)]
    decoys = rng.sample(DECOYS, rng.randint(2, 4))
    paragraphs, paragraph = [], [first]
    for b, statements in work:
        if b.name in p.stated:  # named with its holders already (Iraq 2020's list of co-leads)
            continue
        written = rng.choice(statements)(p, b)
        if statements is CLUSTER_LEADS and rng.random() < 0.4:
            written += rng.choice(CLUSTER_MORE)(p, b)
        if decoys and rng.random() < 0.3:
            written.append(decoys.pop()(p))
        for sentence in written:
            if "\n" in sentence:  # a lead-in and its list stand apart
                paragraphs += [paragraph, [sentence]]
                paragraph = []
            else:
                paragraph.append(sentence)
        if len(paragraph) >= 3:
            paragraphs.append(paragraph)
            paragraph = []
    paragraph += [d(p) for d in decoys]
    paragraphs.append(paragraph)
    return [" ".join(x) for x in paragraphs if x]


def write_web(p: Plan, coord: list[str], objectives: Budget, total: int) -> str:
    """The 2025 Iraq / Nigeria web page: a paragraph a line, activity areas after objectives."""
    rng, c = p.rng, p.country
    people = rng.randint(100, 2000) * 1000
    out = [
        f"{c.name} Crisis Response Plan {p.year}",
        "",
        f"CRP last updated: {rng.choice(MONTHS)} {rng.randint(1, 28)} {p.year}",
        money(total), "Funding required", f"{people:,}", "People Targeted",
        str(rng.randint(20, 500)), "Entities targeted", "",
        f"IOM will work with the Government of {c.name}, local authorities and civil society to meet the urgent needs of people displaced by conflict and disasters, while creating the conditions for safe returns, local integration and peaceful coexistence.",
        "",
        f"Families wait for core relief items at a distribution point on the outskirts of {rng.choice(c.cities)}. ©IOM {c.name} {p.year - 1}",
        "", "INFORM Risk ", "", f"{rng.randint(40, 80) / 10}, High ", "",
        fill(p, CONTEXT[0]) + " " + prose(p, CONTEXT[1:], 3), "", prose(p, CONTEXT[1:], 2), "",
    ]  # fmt: skip
    if rng.random() < 0.5:
        out += ["Coordination", ""]
    for para in coord:
        out += [para, ""]
    shares = []
    for i, (title, progs) in enumerate(objectives, 1):
        amount = sum(x[1] for x in progs)
        shares.append((title, amount))
        out += [
            f"Objective {i} - {title}", title, "", money(amount), "Funding required",
            f"{rng.randint(20, 900) * 1000:,}", "People Targeted", str(rng.randint(5, 200)),
            "Entities Targeted", "Primary target groups", *rng.sample(TARGET_GROUPS, 2), "",
            prose(p, PROGRAMME_TEXT, rng.randint(1, 3)), "",
        ]  # fmt: skip
    out += [" ".join(fill(p, t) for t in CAPACITY), ""]
    for i, (title, amount) in enumerate(shares, 1):
        out += [f"Objective {i}", title, money(amount), "Funding required"]
    out.append("")
    for _, progs in objectives:
        for name, amount, priority, plan in progs:
            out.append(f"{name}     Priority" if priority else f"{name}    ")
            out.append(f"{money(amount)} Funding required")
            out.append(f"Related inter agency plans {plan}" if plan else " ")
    out += [
        "Operational presence in", "", c.name, "", str(rng.randint(10, 90)),
        "International staff and affiliated work force", str(rng.randint(200, 1500)),
        "National staff and affiliated work force", str(rng.randint(3, 15)), "IOM field office", "",
    ]  # fmt: skip
    return "\n".join(out)


def wrap(text: str, width: int) -> list[str]:
    """A paragraph as a PDF export prints it: cut near the page width, trailing spaces kept."""
    return [line + " " for line in textwrap.wrap(text, width=width, break_long_words=False)]


def page_break(lines: list[str]) -> list[str]:
    """Three blank lines after a line ending on a word that cannot end a sentence (South Sudan:
    "jointly coordinated by IOM and" / page / "the Danish Refugee Council")."""
    for i, line in enumerate(lines[:-1]):
        if re.search(r"\b(?:and|of|by|the)\s*$", line):
            return [*lines[: i + 1], "", "", "", *lines[i + 1 :]]
    return lines


def split_word(lines: list[str], rng: random.Random) -> list[str]:
    """Break one long word at a line end with a hyphen ("Shel-" / "ter"), as PDF text does;
    only inside a wrapped paragraph, and a word the plan also writes whole elsewhere."""
    text = "\n".join(lines)
    for i in rng.sample(range(len(lines) - 1), len(lines) - 1):
        words = lines[i + 1].split(" ", 1)
        w = words[0]
        wrapped = len(lines[i]) > 40 and lines[i].endswith(" ") and len(lines[i + 1]) > 40
        whole = len(re.findall(rf"\b{w}\b", text)) >= 2 if w.isalpha() else False
        if len(w) >= 9 and wrapped and whole:
            half = len(w) // 2
            lines[i] = lines[i].rstrip() + f" {w[:half]}-"
            lines[i + 1] = w[half:] + (" " + words[1] if len(words) > 1 else "")
            return lines
    return lines


def pdf_paragraphs(p: Plan, paragraphs: list[str], width: int) -> list[str]:
    """Wrapped paragraphs separated by blank lines; lists keep a line per item."""
    out: list[str] = []
    for para in paragraphs:
        lines = wrap(para, width)
        if p.breaks and len(lines) >= 3 and p.rng.random() < 0.3:
            lines = page_break(lines)
            p.breaks -= 1
        out += [*lines, ""]
    return out


def write_pdf(p: Plan, coord: list[str], objectives: Budget, total: int) -> str:
    """The 2020 Iraq / South Sudan PDF text: wrapped lines, "Funding Required" blocks."""
    rng, c = p.rng, p.country
    width = rng.choice((86, 90, 94))
    out = [
        f"{c.name} Crisis Response Plan {p.year} ", "", "Funding Required", "", f"{money(total)} ", "",
        "People In Need", "", f"{rng.randint(1000, 9000) * 1000:,} ", "", "Target Beneficiaries", "",
        f"{rng.randint(100, 1500) * 1000:,}", "", "IOM Vision", "",
    ]  # fmt: skip
    vision = f"IOM {c.name} aims to save lives and ease the suffering of people affected by conflict and disasters, while laying the foundations for recovery and peaceful coexistence where people choose to rebuild their lives."
    sentences = rng.sample(CONTEXT[1:], 9)
    context = [fill(p, CONTEXT[0])] + [fill(p, t) for t in sentences]
    context = [" ".join(context[:4]), " ".join(context[4:7]), " ".join(context[7:])]
    out += [*pdf_paragraphs(p, [vision], width), "Context Analysis", ""]
    out += [*pdf_paragraphs(p, context, width), "Coordination", ""]
    out += [*pdf_paragraphs(p, coord, width), "IOM Capacity", ""]
    out += pdf_paragraphs(p, [" ".join(fill(p, t) for t in CAPACITY)], width)
    for title, progs in objectives:
        amount = sum(x[1] for x in progs)
        out += ["Objective", *wrap(title, width), "", money(amount), "Funding Required", ""]
        out += [f"{rng.randint(20, 900) * 1000:,}", "Target Beneficiaries", ""]
        out += pdf_paragraphs(p, [prose(p, CONTEXT[1:], 2)], width)
        for name, funding, _, _ in progs:
            out += [name, "", "Funding Required", "", money(funding), ""]
            if rng.random() < 0.8:  # South Sudan prints some blocks back to back, no text
                out += pdf_paragraphs(p, [prose(p, PROGRAMME_TEXT, rng.randint(1, 3))], width)
    out += ["OPERATIONAL PRESENCE", "", str(rng.randint(10, 120)), "International staff and ",
            "affiliated work force", ""]  # fmt: skip
    if rng.random() < 0.5:
        out = split_word(out, rng)
    return "\n".join(out)


def write_table(p: Plan, coord: list[str], objectives: Budget, total: int) -> str:
    """The Yemen HRP extract: a figures row, wrapped sections, a budget table with subtotals."""
    rng, c = p.rng, p.country
    width = rng.choice((90, 94))
    out = [
        f"{c.name} Crisis Response Plan {p.year}", "",
        "PEOPLE IN NEED        PEOPLE TARGETED        REQUIREMENTS (US$)        PARTNERS",
        f"{rng.randint(20, 240) / 10}M                 {rng.randint(5, 180) / 10}M                  "
        f"{total / 1e6:.1f}M                    {rng.randint(40, 200)}", "",
        "1. Overview of the response to displacement", "",
    ]  # fmt: skip
    out += pdf_paragraphs(p, [prose(p, CONTEXT[1:], 4), prose(p, CONTEXT[1:], 3)], width)
    out += ["2. Coordination arrangements", "", *pdf_paragraphs(p, coord, width)]
    out += ["3. Response priorities", ""]
    out += pdf_paragraphs(p, [prose(p, PROGRAMME_TEXT, 4), prose(p, PROGRAMME_TEXT, 3)], width)
    out += ["4. Financial requirements", "",
            "Table 4. Requirements by strategic objective and programme (US$)", "",
            f"{'':63}Requirement     Linked", f"{'Programme':63}(US$)           plan", "-" * 87]  # fmt: skip
    for i, (title, progs) in enumerate(objectives, 1):
        out.append(f"Strategic Objective {i}: {title}")
        for name, amount, _, plan in progs:
            out.append(f"    {name:<56}{amount:>14,}" + (f"     {plan}" if plan else ""))
        out.append(f"{'Subtotal':>57}{sum(x[1] for x in progs):>17,}")
    out += ["-" * 87, f"{'Total':<60}{total:>14,}", ""]
    if any(plan == "MRP" for _, ps in objectives for *_, plan in ps):
        out.append("MRP: Regional Migrant Response Plan for the Horn of Africa and Yemen.")
    if rng.random() < 0.5:
        out = split_word(out, rng)
    return "\n".join(out)


WRITERS = {"web": write_web, "pdf": write_pdf, "table": write_table}

# -- the API ------------------------------------------------------------------------------------


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def plan_for(seed: int, n: int) -> tuple[Plan, str]:
    """Plan ``n`` of a run: its own random stream, so plan n is the same whatever the count."""
    rng = random.Random(f"plan-{seed}-{n}")
    country = rng.choice(countries(seed))
    layout = rng.choices(("web", "pdf", "table"), (0.45, 0.4, 0.15))[0]
    plan = Plan(rng, country, rng.randint(2018, 2025), layout, rng.random() < 0.25)
    return plan, f"synth-{slugify(country.name)}-{plan.year}-{n:04d}"


def write_plan(seed: int, n: int, folder: Path) -> Path:
    """Write plan ``n`` and its two gold files; return the plan's path."""
    p, stem = plan_for(seed, n)
    coord = coordination(p)
    objectives = budget(p)
    total = sum(x[1] for _, progs in objectives for x in progs)
    text = WRITERS[p.layout](p, coord, objectives, total)
    path = folder / f"{stem}.txt"
    path.write_text(text, encoding="utf-8")
    write_csv(folder / f"{stem}.roles.csv", ROLE_FIELDS, p.roles)
    write_csv(folder / f"{stem}.programmes.csv", PROGRAMME_FIELDS, programme_gold(p, objectives))
    return path


def write_csv(path: Path, fields: Sequence[str], rows: list[dict[str, str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def generate(count: int, folder: Path, seed: int = 0) -> list[Path]:
    """Write `count` synthetic plans NAME.txt into folder, each with its gold NAME.roles.csv and
    NAME.programmes.csv; return the .txt paths (sorted)."""
    folder.mkdir(parents=True, exist_ok=True)
    return sorted(write_plan(seed, n, folder) for n in range(count))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="how many plans")
    parser.add_argument("folder", type=Path, help="where to write them (created if missing)")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same plans (default 0)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    paths = generate(args.count, args.folder, args.seed)
    size = sum(f.stat().st_size for f in args.folder.glob("synth-*"))
    print(
        f"wrote {len(paths)} plans with their gold to {args.folder} "
        f"({size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
