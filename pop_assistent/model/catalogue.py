"""Catalogue-side models shared by the language core and the catalogue package.

`Skill` lives here (not in `catalogue/`) so that the language core can match skills
without importing the catalogue loader; the catalogue package fills these from YAML.

The catalogue files use Dutch keys (`titel`, `duur_uren`, ...): the models accept them as
aliases and code reads the English attribute names (`item.title`, `item.hours`, ...).
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, ConfigDict, Field, model_validator

from pop_assistent.i18n import SOURCE_LANGUAGE, Language
from pop_assistent.model.common import ActionType, SkillKind, StrictModel
from pop_assistent.model.rule_errors import rule_error

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"


SECTOR_PATTERN = r"^[a-z][a-z -]*[a-z]$"


def _fold_sector(value: object) -> object:
    """HR may type 'Zorg ' or 'zorg': a sector is compared in lower case, without spaces around."""
    return value.strip().lower() if isinstance(value, str) else value


def _check_sector(value: str) -> str:
    if not re.fullmatch(SECTOR_PATTERN, value):
        raise rule_error("not_a_sector", sector=value)
    return value


Sector = Annotated[
    str,
    Field(min_length=2, max_length=40, json_schema_extra={"pattern": SECTOR_PATTERN}),
    BeforeValidator(_fold_sector),
    AfterValidator(_check_sector),
]
"""A sector word (zorg, onderwijs, bouw ...): lower case letters, spaces and hyphens."""

Situation = Annotated[str, Field(min_length=3, max_length=300)]
"""A situation or problem in an employee's words ("ik krijg pijn in mijn rug van het tillen")."""


class Skill(StrictModel):
    """One entry of the organisation's skills list."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    label_nl: str = Field(min_length=1)
    label_en: str = Field(min_length=1)
    kind: SkillKind = SkillKind.technical
    group: str = ""
    synonyms: list[str] = Field(default_factory=list)
    situations: list[Situation] = Field(default_factory=list, max_length=100)
    """Situations and problems this skill answers, as an employee would say them."""
    esco_uri: str | None = None

    def label(self, lang: Language = SOURCE_LANGUAGE) -> str:
        """The label in the user's language."""
        return self.label_en if lang == "en" else self.label_nl


class CatalogueModel(StrictModel):
    """Base for the catalogue files: Dutch keys in YAML, English attributes in code."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, populate_by_name=True)


class ItemType(StrEnum):
    """The five kinds of learning means, as HR writes them in the catalogue."""

    intern = "intern"
    extern_gecertificeerd = "extern_gecertificeerd"
    online = "online"
    event = "event"
    coaching = "coaching"


ITEM_TYPE_TO_ACTION: dict[ItemType, ActionType] = {
    ItemType.intern: ActionType.internal,
    ItemType.extern_gecertificeerd: ActionType.external_certified,
    ItemType.online: ActionType.online,
    ItemType.event: ActionType.event,
    ItemType.coaching: ActionType.coaching,
}
ACTION_TO_ITEM_TYPE: dict[ActionType, ItemType] = {v: k for k, v in ITEM_TYPE_TO_ACTION.items()}


class Form(StrEnum):
    """How a resource is delivered (vorm)."""

    klassikaal = "klassikaal"
    online = "online"
    hybride = "hybride"
    op_de_werkvloer = "op de werkvloer"


class Level(StrEnum):
    """The level a resource is aimed at (niveau)."""

    basis = "basis"
    gevorderd = "gevorderd"
    expert = "expert"
    alle = "alle"


LEVEL_RANGE: dict[Level, tuple[int, int]] = {
    Level.basis: (1, 3),
    Level.gevorderd: (3, 4),
    Level.expert: (4, 5),
    Level.alle: (1, 5),
}
"""The skill levels (1-5) a resource brings a learner from and to."""


class Session(CatalogueModel):
    """One planned run of a resource: when, where, how many seats."""

    start: date = Field(alias="datum")
    end: date | None = Field(default=None, alias="einde")
    place: str = Field(default="", alias="plaats", max_length=200)
    seats: int | None = Field(default=None, alias="plaatsen", ge=0, le=10_000)

    @model_validator(mode="after")
    def _end_after_start(self) -> Session:
        if self.end is not None and self.end < self.start:
            raise rule_error("end_before_start")
        return self


class CatalogueItem(CatalogueModel):
    """A learning resource (leermiddel) of the organisation's catalogue."""

    id: str = Field(pattern=ID_PATTERN, max_length=100)
    title: str = Field(alias="titel", min_length=1, max_length=300)
    item_type: ItemType = Field(alias="type")
    provider: str = Field(default="", alias="aanbieder", max_length=300)
    description: str = Field(default="", alias="beschrijving", max_length=5000)
    skill_ids: list[str] = Field(default_factory=list, alias="vaardigheden")
    level: Level = Field(default=Level.alle, alias="niveau")
    language: Language = Field(default=SOURCE_LANGUAGE, alias="taal", pattern=r"^[a-z]{2}$")
    form: Form = Field(default=Form.klassikaal, alias="vorm")
    hours: float = Field(alias="duur_uren", ge=0, le=10_000)
    cost_eur: float = Field(default=0.0, alias="kostprijs_eur", ge=0, le=1_000_000)
    certificate: bool = Field(default=False, alias="certificaat")
    validity_years: int | None = Field(default=None, alias="geldigheid_jaren", ge=1, le=50)
    formal: bool = Field(default=True, alias="formeel")
    legally_required: bool = Field(default=False, alias="wettelijk_verplicht")
    sessions: list[Session] = Field(default_factory=list, alias="sessies")
    prerequisites: list[str] = Field(default_factory=list, alias="voorwaarden")
    url: str | None = Field(default=None, max_length=1000)
    theme: str = Field(default="", alias="thema", max_length=100)
    sectors: list[Sector] = Field(
        default_factory=list,
        alias="sectoren",
        max_length=20,
        description="Sectoren waarvoor dit geschreven is (bv. zorg, bouw); leeg = voor iedereen.",
    )
    """The sectors a resource is written for; empty for a general resource."""

    @property
    def action_type(self) -> ActionType:
        """The plan model's type for this resource."""
        return ITEM_TYPE_TO_ACTION[self.item_type]

    def upcoming_sessions(self, today: date) -> list[Session]:
        """Sessions that start after `today`, earliest first."""
        return sorted((s for s in self.sessions if s.start > today), key=lambda s: s.start)


class RoleSkill(CatalogueModel):
    """A skill a role needs, at which level, and whether the organisation sees it as strategic."""

    skill_id: str = Field(alias="vaardigheid", pattern=ID_PATTERN)
    level: int = Field(alias="niveau", ge=1, le=5)
    strategic: bool = Field(default=False, alias="strategisch")


class RoleName(CatalogueModel):
    """A role's name in both languages."""

    nl: str = Field(min_length=1, max_length=200)
    en: str = Field(min_length=1, max_length=200)


class RoleProfile(CatalogueModel):
    """A function profile (functieprofiel): the skills and levels a role needs."""

    id: str = Field(pattern=ID_PATTERN, max_length=100)
    name: RoleName = Field(alias="naam")
    department: str = Field(default="", alias="afdeling", max_length=200)
    description: str = Field(default="", alias="beschrijving", max_length=5000)
    sectors: list[Sector] = Field(
        default_factory=list,
        alias="sectoren",
        max_length=20,
        description="Sectoren waarin deze functie voorkomt (bv. zorg); leeg = overal.",
    )
    """The sectors this role works in; empty when it occurs everywhere (e.g. an office role)."""
    synonyms: list[str] = Field(
        default_factory=list,
        alias="synoniemen",
        max_length=50,
        description="Andere namen die medewerkers voor de functie gebruiken (bv. verpleger, ober).",
    )
    """Other names people use for this role ('verpleger', 'kelner'), in Dutch and English."""
    skills: list[RoleSkill] = Field(default_factory=list, alias="vaardigheden")

    def label(self, lang: Language = SOURCE_LANGUAGE) -> str:
        """The role's name in the user's language."""
        return self.name.en if lang == "en" else self.name.nl

    def needed_level(self, skill_id: str) -> int | None:
        """The level this role needs for a skill, or None when the role does not need it."""
        return next((s.level for s in self.skills if s.skill_id == skill_id), None)

    @property
    def strategic_skill_ids(self) -> list[str]:
        """Skills the organisation marks as strategic for this role."""
        return [s.skill_id for s in self.skills if s.strategic]
