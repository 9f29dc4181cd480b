"""The skills list as HR writes it (Dutch keys), turned into the shared `Skill` model."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from pop_assistent.model.catalogue import ID_PATTERN, CatalogueModel, Situation, Skill
from pop_assistent.model.common import SkillKind


class SkillSort(StrEnum):
    """Technical (vakinhoudelijk) or behavioural (gedragsmatig), as written in the file."""

    technisch = "technisch"
    gedragsmatig = "gedragsmatig"


class SkillEntry(CatalogueModel):
    """One line of vaardigheden.yaml."""

    id: str = Field(pattern=ID_PATTERN, max_length=100)
    nl: str = Field(min_length=1, max_length=200)
    en: str = Field(min_length=1, max_length=200)
    soort: SkillSort = SkillSort.technisch
    groep: str = Field(default="", max_length=100)
    synoniemen: list[str] = Field(default_factory=list)
    situaties: list[Situation] = Field(
        default_factory=list,
        max_length=100,
        description=(
            "Situaties en problemen waar deze vaardigheid een antwoord op is, zoals een "
            "medewerker ze zegt (bv. 'ik krijg pijn in mijn rug van het tillen')."
        ),
    )
    esco: str | None = Field(
        default=None, pattern=r"^http://data\.europa\.eu/esco/skill/[0-9a-f-]+$"
    )

    def to_skill(self) -> Skill:
        """The shared model the rest of the program uses."""
        behavioural = self.soort is SkillSort.gedragsmatig
        kind = SkillKind.behavioural if behavioural else SkillKind.technical
        return Skill(
            id=self.id,
            label_nl=self.nl,
            label_en=self.en,
            kind=kind,
            group=self.groep,
            synonyms=list(self.synoniemen),
            situations=list(self.situaties),
            esco_uri=self.esco,
        )
