"""Catalogue-side models shared by the language core and the catalogue package.

`Skill` lives here (not in `catalogue/`) so that the language core can match skills
without importing the catalogue loader; the catalogue package fills these from YAML.
"""

from __future__ import annotations

from pydantic import Field

from pop_assistent.model.common import PopModel, SkillKind


class Skill(PopModel):
    """One entry of the organisation's skills list."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    label_nl: str = Field(min_length=1)
    label_en: str = Field(min_length=1)
    kind: SkillKind = SkillKind.technical
    group: str = ""
    synonyms: list[str] = Field(default_factory=list)
    esco_uri: str | None = None

    def label(self, lang: str = "nl") -> str:
        """The label in the user's language."""
        return self.label_en if lang == "en" else self.label_nl
