"""Checks that need more than one entry: skill ids known in vaardigheden.yaml, and sessions
that today's date has overtaken (checked at every start, since today moves on)."""

from __future__ import annotations

from datetime import date

from pop_assistent.catalogue.compiled import Compiled
from pop_assistent.catalogue.problems import Problem
from pop_assistent.i18n import N_, Message
from pop_assistent.model.catalogue import CatalogueItem, RoleProfile, Skill

SKILLS_FILE = "vaardigheden.yaml"


def unknown_skill(name: str, line: int | None, entry_id: str, field: str, skill_id: str) -> Problem:
    return Problem(
        name,
        Message(
            N_(
                "de vaardigheid '{skill_id}' staat niet in {file}; voeg ze daar toe of "
                "verbeter de tikfout (ze wordt nu genegeerd)"
            ),
            skill_id=skill_id,
            file=SKILLS_FILE,
        ),
        line,
        entry_id,
        field,
    )


def past_session(name: str, line: int | None, entry_id: str, start: date) -> Problem:
    return Problem(
        name,
        Message(
            N_(
                "de sessie van {start} ligt in het verleden; schrap ze of zet er een nieuwe "
                "datum bij"
            ),
            start=start.isoformat(),
        ),
        line,
        entry_id,
        "sessies",
    )


def known_skills(
    item: CatalogueItem, name: str, line: int | None, skill_ids: set[str], problems: list[Problem]
) -> CatalogueItem:
    """The item without the skill ids that vaardigheden.yaml does not have, each reported."""
    unknown = [s for s in item.skill_ids if s not in skill_ids]
    for skill_id in unknown:
        problems.append(unknown_skill(name, line, item.id, "vaardigheden", skill_id))
    if not unknown:
        return item
    return item.model_copy(update={"skill_ids": [s for s in item.skill_ids if s in skill_ids]})


def known_role_skills(
    role: RoleProfile, name: str, line: int | None, skill_ids: set[str], problems: list[Problem]
) -> RoleProfile:
    """The role profile without the skills that vaardigheden.yaml does not have."""
    unknown = [s.skill_id for s in role.skills if s.skill_id not in skill_ids]
    for skill_id in unknown:
        problems.append(unknown_skill(name, line, role.id, "vaardigheden", skill_id))
    if not unknown:
        return role
    return role.model_copy(update={"skills": [s for s in role.skills if s.skill_id in skill_ids]})


def past_sessions(
    compiled: Compiled, today: date, problems: list[Problem]
) -> dict[int, CatalogueItem]:
    """Items (by row) without their sessions before `today`, each such session reported."""
    fixed: dict[int, CatalogueItem] = {}
    for row, data, name, line in compiled.past_sessions(today):
        item = CatalogueItem.model_validate_json(data)
        past = [s.start for s in item.sessions if s.start < today]
        problems.extend(past_session(name, line, item.id, start) for start in past)
        kept = [s for s in item.sessions if s.start >= today]
        fixed[row] = item.model_copy(update={"sessions": kept})
    return fixed


def shared_names(skills: list[Skill]) -> dict[str, list[str]]:
    """The names (labels and synonyms, compared folded) that more than one skill has, with
    those skills' ids: a goal with such a word is linked through the person's role profile
    only, and an import resolves it to the first skill."""
    from pop_assistent.text import squash

    having: dict[str, list[str]] = {}
    for skill in skills:
        for name in dict.fromkeys(
            squash(n) for n in (skill.label_nl, skill.label_en, *skill.synonyms)
        ):
            having.setdefault(name, []).append(skill.id)
    return {name: ids for name, ids in sorted(having.items()) if len(ids) > 1}
