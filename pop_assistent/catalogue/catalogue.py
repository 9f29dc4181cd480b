"""The loaded catalogue: resources, skills, role profiles, and what was wrong with the files."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from pop_assistent.catalogue.problems import Problem
from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, say, translations
from pop_assistent.model.catalogue import CatalogueItem, RoleProfile, Skill
from pop_assistent.text import fold
from pop_assistent.text.lexicon import parts
from pop_assistent.text.words import LONGEST_WORD

if TYPE_CHECKING:
    from pop_assistent.catalogue.compiled import Compiled
    from pop_assistent.catalogue.index import CatalogueIndex
    from pop_assistent.model.common import ActionType


MIN_PREFIX = 3
"""Fewer letters than this are a whole word, never the start of one."""


MAX_QUERY = 200
"""A query is read up to MAX_QUERY characters and each word up to LONGEST_WORD letters (longer than
'arbeidsongeschiktheidsverzekering'): a pasted page costs what a sentence costs, where reading
every split of a 100,000-letter word took minutes and gigabytes."""

MIN_STEM = 5
"""A compound the catalogue does not use is looked for by its start down to this many letters."""


def _compound_readings(query: str) -> list[str]:
    """Other readings of a query that found nothing, most faithful first: its compounds split
    into their parts ('vloerreiniging' -> 'vloer reiniging'), then its longest word by a
    shorter start ('schrobmachine' -> 'schrob', found in 'schrobzuigmachine')."""
    words = query.split()
    if not words or len(words) > 3 or any(len(w) > LONGEST_WORD for w in words):
        return []  # no word: a pasted blob would make one reading per letter
    split = " ".join(" ".join(parts(w.lower()) or [w]) for w in words)
    readings = [split] if split != " ".join(words).lower() else []
    longest = max(words, key=len)
    for end in range(len(longest) - 1, MIN_STEM - 1, -1):
        readings.append(longest[:end])
    return readings


@dataclass
class Catalogue:
    """Everything in `catalogus/` that loaded, plus the problems of what did not."""

    items: Sequence[CatalogueItem] = field(default_factory=list)
    """In catalogue order; loaded from the compiled catalogue as they are asked for."""
    skills: list[Skill] = field(default_factory=list)
    roles: list[RoleProfile] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: int = 0
    """How many entries were left out because they were broken."""
    compiled: Compiled | None = field(default=None, repr=False, compare=False)
    """The compiled catalogue the items and the index come from (made on first need when the
    catalogue was put together in code)."""
    derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """What layers above made from this catalogue and keep while it lives (the advice's reading
    of its texts), by their own key."""

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
        from pop_assistent.catalogue.compiled import StoredItems

        if isinstance(self.items, StoredItems):
            return self.items.by_id(item_id)
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
        from pop_assistent.catalogue.compiled import Contents, item_row, write
        from pop_assistent.catalogue.index import CatalogueIndex

        if self.compiled is None:
            rows = [item_row(item, "", None) for item in self.items]
            self.compiled = write(None, Contents("", rows, self.skills, self.roles, [], 0))
        return CatalogueIndex(self.compiled, self._skills_by_id)

    def rows_with_skills(self, skill_ids: Iterable[str]) -> list[int]:
        """The rows of the resources that train any of these skills, in catalogue order."""
        return self.index.rows_with_skills(skill_ids)

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

        An empty query lists every resource that fits the filters, by title. The last word is
        read as the start of a longer one (search as you type) from `MIN_PREFIX` letters on:
        'ja' is a word, not the start of 'jaar'.
        """
        query = re.sub(
            rf"\S{{{LONGEST_WORD + 1},}}", lambda m: m[0][:LONGEST_WORD], query[:MAX_QUERY]
        )
        last = query.split()[-1:] if query and not query[-1].isspace() else []
        if last and len(last[0]) < MIN_PREFIX:
            query += " "
        filters: dict[str, Any] = {
            "action_type": type,
            "max_cost": max_cost,
            "max_hours": max_hours,
            "language": language,
            "form": form,
            "limit": limit,
        }
        rows = self.index.search(query, **filters)
        for other in [] if rows else _compound_readings(query):
            rows = [r for r in self.index.search(other, **filters) if self._says(r, other)]
            if rows:
                break
        return [self.items[row] for row in rows]

    def _says(self, row: int, words: str) -> bool:
        """Whether a resource's own title or description holds each of these words or word
        starts literally (a fallback reading is not stretched further by typo tolerance)."""
        item = self.items[row]
        text = fold(f"{item.title} {item.description}")
        return all(word in text for word in fold(words).split())

    def notice(self, lang: Language = SOURCE_LANGUAGE) -> str | None:
        """One sentence for people who use the catalogue when some of it could not be loaded;
        None when nothing was left out (remarks that lose nothing are for HR, not a notice)."""
        if not self.problems or self.skipped <= 0:
            return None
        lost = [p for p in self.problems if p.skipped] or self.problems
        files = list(dict.fromkeys(p.file for p in lost))
        where = ", ".join(files[:3]) + (" …" if len(files) > 3 else "")
        entries = (
            translations(lang)
            .ngettext("{count} item", "{count} items", self.skipped)
            .format(count=self.skipped)
        )
        return say(
            lang,
            N_(
                "De catalogus liet {entries} met fouten weg ({where}); de rest werkt. Vraag HR om "
                "'pop catalogus valideer' uit te voeren."
            ),
            entries=entries,
            where=where,
        )
