"""The shipped catalogue loads cleanly, holds what the demo plans and the issue need."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from pop_assistent.catalogue import Catalogue, load_catalogue, load_skills
from pop_assistent.demo import demo_plans
from pop_assistent.model.common import ActionType, SkillKind


@pytest.fixture(scope="module")
def shipped() -> Catalogue:
    return load_catalogue(today=date(2026, 11, 24))


def test_shipped_catalogue_has_no_problems(shipped: Catalogue) -> None:
    assert [p.text() for p in shipped.problems] == []
    assert shipped.skipped == 0


def test_shipped_content_is_rich_enough(shipped: Catalogue) -> None:
    assert len(shipped.items) >= 350
    assert len(shipped.skills) >= 250
    assert len(shipped.roles) >= 30
    types = Counter(item.action_type for item in shipped.items)
    assert set(types) == set(ActionType)
    kinds = Counter(skill.kind for skill in shipped.skills)
    assert kinds[SkillKind.technical] > 50 and kinds[SkillKind.behavioural] > 50
    assert all(skill.label_nl and skill.label_en and skill.group for skill in shipped.skills)


def test_every_demo_reference_exists(shipped: Catalogue, today: date) -> None:
    for plan in demo_plans(today):
        assert shipped.role(plan.employee.role_profile_id or "") is not None
        for action in plan.actions:
            if action.catalogue_id:
                item = shipped.item(action.catalogue_id)
                assert item is not None, action.catalogue_id
                assert item.action_type == action.type
        for goal in plan.goals:
            assert all(shipped.skill(sid) for sid in goal.skill_ids)
        for rating in plan.skills:
            assert rating.skill_id is None or shipped.skill(rating.skill_id)


def test_legal_trainings_carry_their_rules(shipped: Catalogue) -> None:
    vca = shipped.item("vca-vol")
    assert vca is not None and vca.legally_required and vca.certificate
    assert vca.validity_years == 10
    assert shipped.item("vca-basis").validity_years == 10  # type: ignore[union-attr]
    forklift = shipped.item("ext-heftruck-opfrissing")
    assert forklift is not None and forklift.validity_years == 5 and forklift.legally_required
    refresher = shipped.item("ehbo-opfrissing")
    assert refresher is not None and refresher.hours == 4 and refresher.legally_required
    assert {"ba4-gewaarschuwd", "ba5-vakbekwaam"} <= {i.id for i in shipped.items}


def test_sessions_are_upcoming_and_seats_positive(shipped: Catalogue) -> None:
    sessions = [s for item in shipped.items for s in item.sessions]
    assert len(sessions) > 150
    # December 2026 (after the suite's frozen today) and 2027; long courses may end later
    assert all(date(2026, 12, 1) <= s.start <= date(2027, 12, 31) for s in sessions)
    assert sum(s.start.year == 2026 for s in sessions) < len(sessions) / 10
    assert all(s.seats is None or s.seats > 0 for s in sessions)


def test_every_reference_points_to_a_known_skill(shipped: Catalogue) -> None:
    known = {s.id for s in shipped.skills}
    assert all(set(item.skill_ids) <= known and item.skill_ids for item in shipped.items)
    assert all({rs.skill_id for rs in role.skills} <= known for role in shipped.roles)
    assert any(rs.strategic for role in shipped.roles for rs in role.skills)


def test_load_skills_matches_full_load(shipped: Catalogue) -> None:
    assert load_skills() == shipped.skills


def test_english_fields_read_the_dutch_keys(shipped: Catalogue) -> None:
    item = shipped.item("ext-projectmanagement-basis")
    assert item is not None
    assert item.title.startswith("Projectmanagement")
    assert item.action_type is ActionType.external_certified
    assert item.hours == 40 and item.cost_eur == 1450 and item.certificate
    assert "projectmanagement" in item.skill_ids
    role = shipped.role("teamleider-productie")
    assert role is not None and role.label("en") == "Production team leader"
    assert role.needed_level("teammanagement") == 4


SECTOR_WORDS = {
    "zorg": ("zorg", "ziekenhui", "patiënt", "bewoner", "verpleeg"),
    "onderwijs": ("school", "leraar", "leraren", "leerkracht", "klas", "leerling", "onderwijs"),
    "kinderopvang": ("kinderopvang", "kinderbegeleider", "baby", "peuter"),
    "handel": ("winkel", "kassa", "filiaal", "handel"),
    "schoonmaak": ("schoonma",),
    "horeca": ("keuken", "horeca", "restaurant", "zaal", "bar", "kok"),
    "bouw": ("bouw", "werf", "elektricien", "installateur"),
    "transport": ("chauffeur", "vrachtwagen", "bus", "transport", "rijtijd", "planner"),
    "logistiek": ("magazijn", "logistiek", "chauffeur"),
    "overheid": ("gemeente", "ocmw", "lokale besturen", "burger", "overheid", "loket"),
    "welzijn": ("maatschappelijk werker", "cliënt", "hulpverlen", "sociaal werk", "caw"),
    "industrie": ("productie", "industrie", "lijn", "operator"),
}


def test_every_sector_has_roles_and_resources_that_say_so(shipped: Catalogue) -> None:
    role_sectors = Counter(sector for role in shipped.roles for sector in role.sectors)
    item_sectors = Counter(sector for item in shipped.items for sector in item.sectors)
    assert set(item_sectors) <= set(role_sectors) == set(SECTOR_WORDS)
    assert all(item_sectors[sector] >= 5 for sector in role_sectors), item_sectors
    for item in shipped.items:
        text = f"{item.title} {item.description}".lower()
        for sector in item.sectors:
            assert any(word in text for word in SECTOR_WORDS[sector]), (item.id, sector)
    general = [item for item in shipped.items if not item.sectors]
    assert len(general) > len(shipped.items) / 3  # a general resource stays general


def test_every_resource_is_realistic(shipped: Catalogue) -> None:
    for item in shipped.items:
        assert item.provider and item.theme and len(item.description) >= 60, item.id
        assert item.hours > 0, item.id
        if item.action_type is ActionType.internal:
            assert item.cost_eur == 0, item.id
        if item.legally_required:
            assert item.formal, item.id
        if item.action_type in (ActionType.external_certified, ActionType.event):
            assert item.sessions or item.form.value == "online", item.id
    legal = {item.id for item in shipped.items if item.legally_required}
    assert {"ext-code-95", "ext-zorgkundige-bijscholing", "ext-nis2-bestuurders"} <= legal
    assert {"online-ai-geletterdheid", "ext-steigerbouwer", "ext-sociale-hygiene-nl"} <= legal


def test_every_skill_says_which_situations_it_answers(shipped: Catalogue) -> None:
    for skill in shipped.skills:
        assert len(skill.situations) >= 3, skill.id
        assert len(set(skill.situations)) == len(skill.situations), skill.id
    everything = [s for skill in shipped.skills for s in skill.situations]
    assert len(set(everything)) == len(everything)  # no situation pasted under two skills
