"""Lazy, forgiving access to the organisation's catalogue for the conversation.

The catalogue is loaded through `catalogue_loader` on first use (the TUI may run that in a
worker). When it is missing or fails to load, the conversation goes on with free actions.
Catalogue objects are read by attribute with a few accepted spellings, so the dialogue does not
depend on the catalogue package's internals beyond its documented interface.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import cached_property
from typing import Any

from pop_assistent.i18n import SOURCE_LANGUAGE, Language
from pop_assistent.model import Action, ActionType, Goal, Plan, Skill
from pop_assistent.text.fold import fold

BROWSE_LIMIT = 200
"""How many resources the catalogue picker lists, by title, before anything is typed."""

TYPE_WORDS: dict[str, ActionType] = {
    "intern": ActionType.internal,
    "extern_gecertificeerd": ActionType.external_certified,
    "extern": ActionType.external_certified,
    "online": ActionType.online,
    "mooc": ActionType.online,
    "event": ActionType.event,
    "coaching": ActionType.coaching,
}


def attr(obj: object, *names: str, default: Any = None) -> Any:
    """The first attribute (or mapping key) of `obj` that exists and is not None."""
    for name in names:
        value = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
        if value is not None:
            return value
    return default


def action_type(value: object) -> ActionType:
    """A catalogue type ('intern', ActionType.online, ...) as the plan's ActionType."""
    text = str(getattr(value, "value", value) or "").lower()
    try:
        return ActionType(text)
    except ValueError:
        return TYPE_WORDS.get(text, ActionType.internal)


def default_loader(today: date) -> Callable[[], Any]:
    """Load the shipped catalogue (or POP_CATALOGUS) on first use."""

    def load() -> Any:
        from pop_assistent.catalogue import load_catalogue

        return load_catalogue(None, today=today)

    return load


TITLE_WORD = 0.3
"""A title's word this telling (lexicon.telling) is a topic to search for, even when common."""


class Resources:
    """The catalogue as the dialogue needs it: items, skills, roles, search, recommendations."""

    def __init__(
        self,
        today: date,
        lang: Language,
        loader: Callable[[], Any] | None,
        skills: Sequence[Skill] | None = None,
    ) -> None:
        self.today = today
        self.lang = lang
        self._loader = loader if loader is not None else default_loader(today)
        self._catalogue: Any = None
        self._loaded = False
        self._skills = list(skills) if skills is not None else None

    @property
    def catalogue(self) -> Any:
        """The loaded catalogue, or None when there is none (loaded once, on first use)."""
        if not self._loaded:
            self._loaded = True
            try:
                self._catalogue = self._loader()
            except Exception:  # noqa: BLE001 - a broken catalogue must not stop the conversation
                self._catalogue = None
        return self._catalogue

    @property
    def skills(self) -> list[Skill]:
        if self._skills is not None:
            return self._skills
        return list(attr(self.catalogue, "skills", default=[]) or []) if self.catalogue else []

    @functools.cached_property
    def required_words(self) -> frozenset[str]:
        """Words that name legally required learning in this catalogue and nothing else in it
        ('heftruck', 'vca', 'adr'): a goal about a certificate that uses one is required. Common
        words ('persoon', 'code') and the words for a certificate itself are left out."""
        from pop_assistent.conversation.judge import CERTIFICATE
        from pop_assistent.text.lexicon import zipf

        items = list(attr(self.catalogue, "items", default=[]) or []) if self.catalogue else []
        words: dict[bool, set[str]] = {True: set(), False: set()}
        for item in items:
            required = bool(attr(item, "legally_required", "wettelijk_verplicht", default=False))
            title = " ".join(str(attr(item, k, default="")) for k in ("title", "titel", "title_en"))
            words[required].update(w for w in re.findall(r"[a-z0-9]+", fold(title)) if len(w) > 2)
        return frozenset(
            w
            for w in words[True] - words[False]
            if zipf(w, SOURCE_LANGUAGE) < 3.5 and not CERTIFICATE.fullmatch(w)
        )

    def skill(self, skill_id: str | None) -> Skill | None:
        return next((s for s in self.skills if s.id == skill_id), None) if skill_id else None

    def item(self, item_id: str | None) -> Any:
        if not item_id or self.catalogue is None:
            return None
        try:
            return self.catalogue.item(item_id)
        except Exception:  # noqa: BLE001 - unknown id: same as missing
            return None

    def search(self, query: str, **filters: object) -> list[Any]:
        """Resources for what is typed; nothing typed lists the catalogue by title (browsing)."""
        if self.catalogue is None:
            return []
        limit = 20 if query.strip() else BROWSE_LIMIT
        try:
            found = self.catalogue.search(query[:200], limit=limit, **filters)
        except TypeError:
            found = self.catalogue.search(query[:200])
        return [getattr(hit, "item", hit) for hit in list(found)]

    def searchable(self, text: str) -> bool:
        """Whether a free answer names something to search for ('epd', 'heftruck'), rather
        than being an answer ('weet ik niet', 'misschien later')."""
        from pop_assistent.advice.need import has_topic
        from pop_assistent.text.words import tokens

        if has_topic(text[:200], self.lang):
            return True
        return any(word in self._title_words for word in tokens(text[:200]))

    @cached_property
    def _title_words(self) -> frozenset[str]:
        """The telling words of the catalogue's titles ('teams', '5s'; not 'niet' or 'voor'):
        named there, they are a topic."""
        from pop_assistent.text.words import tokens

        if self.catalogue is None:
            return frozenset()
        from pop_assistent.advice.need import NEED_STOPWORDS
        from pop_assistent.text.lexicon import telling

        titles = (str(getattr(item, "title", "")) for item in self.catalogue.items)
        words = {word for title in titles for word in tokens(title) if len(word) >= 2}
        return frozenset(
            w for w in words if w not in NEED_STOPWORDS and telling(w, self.lang) >= TITLE_WORD
        )

    def recommend(self, plan: Plan, goal: Goal | None, limit: int = 5) -> list[Any]:
        if self.catalogue is None:
            return []
        from pop_assistent.advice import recommend

        text = goal.text if goal else " ".join(g.text for g in plan.goals)
        skill_ids = goal.skill_ids if goal else [s for g in plan.goals for s in g.skill_ids]
        return list(
            recommend(
                self.catalogue,
                goal_text=text[:2000],
                skill_ids=list(skill_ids),
                plan=plan,
                today=self.today,
                limit=limit,
                lang=self.lang,
            )
        )

    def closest_skills(self, plan: Plan, goal: Goal) -> list[Skill]:
        """The skills a goal comes closest to, to ask which one it should strengthen."""
        if self.catalogue is None:
            return []
        from pop_assistent.advice import closest_skills

        return list(closest_skills(self.catalogue, goal_text=goal.text, plan=plan))

    def find_skill(self, text: str, preferred: Sequence[str] = ()) -> Skill | None:
        """The skill a short answer names ('stress', 'Stressbeheersing'), the preferred first."""
        from rapidfuzz import fuzz, process

        from pop_assistent.text import fold

        wanted = fold(text.strip())[:200]
        if len(wanted) < 3:
            return None
        skills = sorted(self.skills, key=lambda sk: sk.id not in preferred)
        names = {
            (n, k): fold(name)
            for n, sk in enumerate(skills)
            for k, name in enumerate([sk.label_nl, sk.label_en, *sk.synonyms])
        }
        best = process.extractOne(wanted, names, scorer=fuzz.WRatio, score_cutoff=88)
        return skills[best[2][0]] if best else None

    def roles(self) -> list[Any]:
        return list(attr(self.catalogue, "roles", default=[]) or []) if self.catalogue else []

    def role(self, role_id: str | None) -> Any:
        return next((r for r in self.roles() if attr(r, "id") == role_id), None)

    def role_name(self, role: Any) -> str:
        if callable(getattr(role, "label", None)):
            return str(role.label(self.lang))
        own = (
            attr(role, f"label_{self.lang}", f"titel_{self.lang}", f"name_{self.lang}", default="")
            if self.lang != SOURCE_LANGUAGE
            else ""
        )  # a catalogue may name a role in the screen's language too (label_en, ...)
        return str(own) or str(attr(role, "label_nl", "titel", "name", "naam", "title", default=""))

    def match_role(self, text: str) -> Any:
        """The role profile whose name or one of its other names (synoniemen: 'verpleger',
        'kelner') best fits the typed role word by word, or None when none fits well."""
        from pop_assistent.language.rolematch import best_role

        roles = self.roles()
        if not roles or not text.strip():
            return None
        names = [
            [self.role_name(role), *(str(o) for o in attr(role, "synonyms", default=[]) or [])]
            for role in roles
        ]
        found = best_role(text[:200], names)
        return roles[found] if found is not None else None

    def role_skill_ids(self, role: Any) -> list[str]:
        """The skills a role profile needs, as skill ids."""
        needed = attr(role, "skills", "vaardigheden", "needed", default=[]) or []
        if isinstance(needed, dict):
            return [str(k) for k in needed]
        ids = [attr(n, "skill_id", "id", "vaardigheid", default=n) for n in needed]
        return [str(i) for i in ids]

    def role_needs(self, role: Any) -> list[tuple[str, int]]:
        """The skills a role profile needs with the level it needs (3 when it names none)."""
        needed = attr(role, "skills", "vaardigheden", "needed", default=[]) or []
        if isinstance(needed, dict):
            return [(str(k), int(v) if isinstance(v, int) else 3) for k, v in needed.items()]
        return [
            (
                str(attr(n, "skill_id", "id", "vaardigheid", default=n)),
                int(attr(n, "level", default=3)),
            )
            for n in needed
        ]

    def item_title(self, item: Any) -> str:
        own = (
            attr(item, f"title_{self.lang}", f"titel_{self.lang}", default="")
            if self.lang != SOURCE_LANGUAGE
            else ""
        )
        return str(own) or str(attr(item, "title", "titel", default=""))

    def item_sessions(self, item: Any, limit: int | None = 3) -> list[date]:
        """Future session start dates of a catalogue item, earliest first (the first `limit`)."""
        sessions = attr(item, "sessions", "sessies", default=[]) or []
        starts = [attr(s, "start", "datum", "date", "begin", default=None) for s in sessions]
        return sorted(d for d in starts if isinstance(d, date) and d >= self.today)[:limit]

    def action_from_item(self, item: Any, goal_id: str | None) -> Action:
        """A planned action from a catalogue item: title, type, hours, cost, certificate."""
        return Action(
            goal_id=goal_id,
            catalogue_id=str(attr(item, "id")),
            title=self.item_title(item)[:500] or str(attr(item, "id")),
            type=action_type(attr(item, "action_type", "item_type", "type")),
            provider=str(attr(item, "provider", "aanbieder", default=""))[:300],
            hours=float(attr(item, "hours", "duur_uren", "duration_hours", default=0) or 0),
            cost_eur=float(attr(item, "cost_eur", "kostprijs_eur", "price_eur", default=0) or 0),
            formal=bool(attr(item, "formal", "formeel", default=True)),
            legally_required=bool(
                attr(item, "legally_required", "wettelijk_verplicht", default=False)
            ),
            certificate_valid_years=attr(
                item, "validity_years", "certificate_valid_years", "geldigheid_jaren"
            ),
        )
