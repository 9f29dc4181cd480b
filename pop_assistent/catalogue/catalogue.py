"""The loaded catalogue: resources, skills, role profiles, and what was wrong with the files."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from pop_assistent.catalogue.problems import Problem
from pop_assistent.model.catalogue import CatalogueItem, RoleProfile, Skill

if TYPE_CHECKING:
    from pop_assistent.catalogue.builder import IndexBuilder
    from pop_assistent.catalogue.index import CatalogueIndex
    from pop_assistent.model.common import ActionType


@dataclass
class Catalogue:
    """Everything in `catalogus/` that loaded, plus the problems of what did not."""

    items: list[CatalogueItem] = field(default_factory=list)
    skills: list[Skill] = field(default_factory=list)
    roles: list[RoleProfile] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: int = 0
    """How many entries were left out because they were broken."""
    index_key: str | None = field(default=None, repr=False, compare=False)
    """Fingerprint of the loaded files; lets the index be restored from the cache."""
    index_builder: IndexBuilder | None = field(default=None, repr=False, compare=False)
    """The index being filled in a worker thread since loading (a cold start), if any."""

    @cached_property
    def _items_by_id(self) -> dict[str, CatalogueItem]:
        return {item.id: item for item in self.items}

    @cached_property
    def _skills_by_id(self) -> dict[str, Skill]:
        return {skill.id: skill for skill in self.skills}

    @cached_property
    def _roles_by_id(self) -> dict[str, RoleProfile]:
        return {role.id: role for role in self.roles}

    def item(self, item_id: str) -> CatalogueItem | None:
        """The resource with this id, if any."""
        return self._items_by_id.get(item_id)

    def skill(self, skill_id: str) -> Skill | None:
        """The skill with this id, if any."""
        return self._skills_by_id.get(skill_id)

    def role(self, role_id: str) -> RoleProfile | None:
        """The role profile with this id, if any."""
        return self._roles_by_id.get(role_id)

    @cached_property
    def index(self) -> CatalogueIndex:
        """The full-text index (built on first use; call it in a worker to warm it up)."""
        from pop_assistent.catalogue.index import CatalogueIndex

        built = None
        if self.index_builder is not None:
            built = self.index_builder.result()
            self.index_builder = None
        return CatalogueIndex(
            self.items, self._skills_by_id, cache_key=self.index_key, prebuilt=built
        )

    def search(
        self,
        query: str,
        *,
        type: ActionType | None = None,  # noqa: A002 - the public keyword is `type`
        max_cost: float | None = None,
        max_hours: float | None = None,
        language: str | None = None,
        form: str | None = None,
        limit: int = 20,
    ) -> list[CatalogueItem]:
        """Resources matching `query` (typos and Dutch inflection tolerated) and the filters.

        An empty query lists every resource that fits the filters, by title.
        """
        rows = self.index.search(
            query,
            action_type=type,
            max_cost=max_cost,
            max_hours=max_hours,
            language=language,
            form=form,
            limit=limit,
        )
        return [self.items[row] for row in rows]

    def notice(self, lang: str = "nl") -> str | None:
        """One sentence for people who use the catalogue when some of it could not be loaded;
        None when nothing was left out (remarks that lose nothing are for HR, not a notice)."""
        if not self.problems or self.skipped <= 0:
            return None
        files = list(dict.fromkeys(p.file for p in self.problems if p.skipped)) or list(
            dict.fromkeys(p.file for p in self.problems)
        )
        where = ", ".join(files[:3]) + (" …" if len(files) > 3 else "")
        n = self.skipped
        if lang == "en":
            return (
                f"The catalogue left out {n} {'entry' if n == 1 else 'entries'} with mistakes "
                f"({where}); the rest works. Ask HR to run 'pop catalogus valideer'."
            )
        return (
            f"De catalogus liet {n} {'item' if n == 1 else 'items'} met fouten weg ({where}); "
            "de rest werkt. Vraag HR om 'pop catalogus valideer' uit te voeren."
        )

    def summary(self, lang: str = "nl") -> str:
        """One line: how much loaded and how much was skipped."""
        if lang == "en":
            text = (
                f"{len(self.items)} learning resources, {len(self.skills)} skills, "
                f"{len(self.roles)} role profiles"
            )
            if self.problems:
                text += f"; {len(self.problems)} problem(s), {self.skipped} entry(ies) skipped"
            return text
        text = (
            f"{len(self.items)} leermiddelen, {len(self.skills)} vaardigheden, "
            f"{len(self.roles)} functieprofielen"
        )
        if self.problems:
            text += (
                f"; {len(self.problems)} probleem/problemen, {self.skipped} item(s) overgeslagen"
            )
        return text
