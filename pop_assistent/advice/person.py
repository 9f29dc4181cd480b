"""Who the advice is for: the person's role profile and the sectors they work in.

A role is given as a profile id or as people name their job ('verpleger', 'kuisvrouw',
'magazijnier'): it is found by the profile's names and other names (synoniemen). The sectors
come from a sector word said outright ('zorg'), else from the role profile, else from a
department that is some profile's department ('Woonzorgcentrum', 'Keuken').
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from pop_assistent.catalogue.catalogue import Catalogue
from pop_assistent.model.catalogue import RoleProfile
from pop_assistent.model.plan import Plan
from pop_assistent.text import fold
from pop_assistent.text.words import tokens

ROLE_MATCH = 85.0
"""How close a typed job must be to a profile's name or other name (rapidfuzz WRatio)."""
SHORT_NAME = 3
"""Names this short ('it', 'ict', 'kok') count only as a whole word of what was typed."""
SHORT_WORD_SCORE = 90.0
"""The score a whole-word short name stands for (what WRatio gives a word inside a phrase)."""


@dataclass(frozen=True)
class Person:
    """The person's role profile (if known) and sectors (empty: not known)."""

    role: RoleProfile | None = None
    sectors: frozenset[str] = field(default_factory=frozenset)

    @property
    def role_skills(self) -> dict[str, int]:
        """The skills the role needs, with the level it needs."""
        return {need.skill_id: need.level for need in self.role.skills} if self.role else {}


def find_role(roles: Sequence[RoleProfile], text: str) -> RoleProfile | None:
    """The role profile with this id, or whose name or other name best matches `text`."""
    wanted = fold(text.strip())[:200]
    if not wanted:
        return None
    for role in roles:
        if role.id == wanted:
            return role
    names: dict[tuple[int, int], str] = {}
    for number, role in enumerate(roles):
        names[(number, 0)] = fold(role.name.nl)
        names[(number, 1)] = fold(role.name.en)
        for other, synonym in enumerate(role.synonyms, start=2):
            names[(number, other)] = fold(synonym)
    # A short name ('it', 'kok') is found only as a word of its own: fuzzily it is part of
    # many words ('city lines' is no IT job), while 'kok in de keuken' is a cook.
    for key, name in names.items():
        if name == wanted:
            return roles[key[0]]
    words = set(tokens(wanted))
    short = {key: name for key, name in names.items() if len(name) <= SHORT_NAME}
    whole = [key for key, name in short.items() if name in words]
    longer = {key: name for key, name in names.items() if key not in short}
    best = process.extractOne(wanted, longer, scorer=fuzz.WRatio, score_cutoff=ROLE_MATCH)
    if whole and (best is None or best[1] < SHORT_WORD_SCORE):
        return roles[whole[0][0]]
    return roles[best[2][0]] if best else None


def sectors_of(catalogue: Catalogue, text: str, *, exact: bool = False) -> frozenset[str]:
    """The sectors a text names: a sector word itself ('zorg'); unless `exact`, also a role
    profile's department or name ('Woonzorgcentrum', 'kok') whose profile has sectors."""
    folded = fold(text.strip())
    if not folded:
        return frozenset()
    words = set(tokens(folded))
    known = known_sectors(catalogue)
    named = {s for s in known if s in words or s == folded}
    if not named:
        aliases = _sector_aliases(known)
        named = {aliases[w] for w in (*words, folded) if w in aliases}
    if named or exact:
        return frozenset(named)
    for role in catalogue.roles:
        if role.sectors and role.department and fold(role.department) in (folded, *words):
            named.update(role.sectors)
    if not named:
        found = find_role(catalogue.roles, text)
        if found is not None:
            named.update(found.sectors)
    return frozenset(named)


SECTOR_WORDS = {
    "handel": "retail winkel winkels detailhandel supermarkt kleinhandel groothandel shop",
    "industrie": "productie fabriek maakindustrie manufacturing industrial",
    "zorg": "ziekenhuis woonzorgcentrum wzc thuiszorg verpleeghuis care healthcare gezondheidszorg",
    "onderwijs": "school scholen education basisschool secundair",
    "kinderopvang": "creche kinderdagverblijf childcare buitenschoolse",
    "horeca": "restaurant keuken hotel cafe catering hospitality",
    "overheid": "gemeente ocmw stad provincie government",
    "logistiek": "magazijn warehouse distributie",
    "bouw": "werf construction bouwbedrijf",
    "transport": "vervoer busmaatschappij",
    "welzijn": "jeugdhulp opvang",
}
"""Everyday names of sectors (Dutch and English), for a sector said in other words than the
catalogue's own sector names; used only for sector names the catalogue uses."""


def _sector_aliases(known: frozenset[str]) -> dict[str, str]:
    return {
        word: sector
        for sector, words in SECTOR_WORDS.items()
        if sector in known
        for word in words.split()
    }


def known_sectors(catalogue: Catalogue) -> frozenset[str]:
    """Every sector word the catalogue uses, on resources and role profiles."""
    found = {s for role in catalogue.roles for s in role.sectors}
    found.update(s for item in catalogue.items for s in item.sectors)
    return frozenset(found)


def person(
    catalogue: Catalogue,
    *,
    role: str | None = None,
    sector: str | None = None,
    plan: Plan | None = None,
) -> Person:
    """The person the advice is for, from what the caller says and else from the plan."""
    profile = find_role(catalogue.roles, role) if role else None
    department = ""
    if plan is not None:
        employee = plan.employee
        if profile is None and employee.role_profile_id:
            profile = catalogue.role(employee.role_profile_id)
        if profile is None and employee.role:
            profile = find_role(catalogue.roles, employee.role)
        department = employee.department
    # a sector word said outright, then the role's sectors, then what a department suggests
    sectors = sectors_of(catalogue, sector, exact=True) if sector else frozenset()
    if not sectors and profile is not None:
        sectors = frozenset(profile.sectors)
    for text in (sector, department):
        if not sectors and text:
            sectors = sectors_of(catalogue, text)
    return Person(profile, sectors)
