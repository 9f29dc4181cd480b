"""A small hand-checked set for the training plan: four plans, two departments, one catalogue.

The expected totals are worked out by hand in tests/test_org_aggregate.py; keep the two in step.
"""

from __future__ import annotations

from datetime import date

from pop_assistent.catalogue.catalogue import Catalogue
from pop_assistent.config import OrgSettings
from pop_assistent.model import (
    Action,
    ActionOrigin,
    ActionStatus,
    ActionType,
    Employee,
    Goal,
    Plan,
    SkillRating,
)
from pop_assistent.model.catalogue import CatalogueItem, RoleProfile, Skill

TODAY = date(2026, 11, 24)
YEAR = 2027

SETTINGS = OrgSettings(
    name="Testbedrijf",
    vision="Wij leren elke dag.\nLeren is werk.",
    budgets_eur={"Logistiek": 1000, "productie": 500},  # keys match case-insensitively
    training_days_target=5,
    hours_per_day=8,
)


def hand_catalogue() -> Catalogue:
    """Four skills, three resources (one legally required, valid 5 years), two role profiles."""
    skills = [
        Skill(id=i, label_nl=nl, label_en=en)
        for i, nl, en in [
            ("heftruck", "Heftruck rijden", "Forklift driving"),
            ("excel", "Rekenbladen", "Spreadsheets"),
            ("leiding", "Leidinggeven", "Leadership"),
            ("veiligheid", "Veiligheid", "Safety"),
        ]
    ]
    items = [
        CatalogueItem.model_validate(
            {"id": "heftruck-opfris", "titel": "Heftruck opfrissing",
             "type": "extern_gecertificeerd", "duur_uren": 4, "kostprijs_eur": 150,
             "wettelijk_verplicht": True,
             "certificaat": True, "geldigheid_jaren": 5, "vaardigheden": ["heftruck"]}
        ),
        CatalogueItem.model_validate(
            {"id": "excel-basis", "titel": "Excel basis", "type": "intern", "duur_uren": 7,
             "vaardigheden": ["excel"]}
        ),
        CatalogueItem.model_validate(
            {"id": "leiding-cursus", "titel": "Leidinggeven", "type": "extern_gecertificeerd",
             "duur_uren": 21, "kostprijs_eur": 900, "vaardigheden": ["leiding"]}
        ),
    ]  # fmt: skip
    roles = [
        RoleProfile.model_validate(
            {"id": "magazijnier", "naam": {"nl": "Magazijnier", "en": "Warehouse worker"},
             "vaardigheden": [{"vaardigheid": "heftruck", "niveau": 3},
                              {"vaardigheid": "veiligheid", "niveau": 3},
                              {"vaardigheid": "excel", "niveau": 2}]}
        ),
        RoleProfile.model_validate(
            {"id": "ploegleider", "naam": {"nl": "Ploegleider", "en": "Team leader"},
             "vaardigheden": [{"vaardigheid": "leiding", "niveau": 4, "strategisch": True},
                              {"vaardigheid": "veiligheid", "niveau": 3}]}
        ),
    ]  # fmt: skip
    return Catalogue(items=items, skills=skills, roles=roles)


def _employee(name: str, department: str, role: str, profile: str, fte: float) -> Employee:
    return Employee(name=name, department=department, role=role, role_profile_id=profile, fte=fte)


def hand_plans() -> list[Plan]:
    """Ann and Bram (Logistiek), Chris and Dina (Productie)."""
    ann = Plan(
        id="ann",
        created_on=TODAY,
        employee=_employee("Ann Aerts", "Logistiek", "Magazijnier", "magazijnier", 1.0),
        skills=[
            SkillRating(skill_id="heftruck", label="Heftruck", current_level=3, wanted_level=3),
            SkillRating(skill_id="excel", label="Excel", current_level=1, wanted_level=3),
        ],
        goals=[Goal(id="g-excel", text="Excel leren", skill_ids=["excel"])],
        actions=[
            Action(id="a1", catalogue_id="heftruck-opfris", title="Heftruck opfrissing",
                   type=ActionType.external_certified, start=date(2027, 3, 1),
                   end=date(2027, 3, 1), hours=4, cost_eur=150, origin=ActionOrigin.own_wish),
            Action(id="a2", goal_id="g-excel", catalogue_id="excel-basis", title="Excel basis",
                   start=date(2027, 5, 10), hours=7, origin=ActionOrigin.manager_proposal),
            Action(id="a3", catalogue_id="heftruck-opfris", title="Heftruck opfrissing",
                   start=date(2022, 6, 15), completed_on=date(2022, 6, 15),
                   status=ActionStatus.done, hours=4, cost_eur=120),
        ],
        shared=True,
    )  # fmt: skip
    bram = Plan(
        id="bram",
        created_on=TODAY,
        employee=_employee("Bram Bosmans", "Logistiek", "Magazijnier", "magazijnier", 0.5),
        skills=[
            SkillRating(skill_id="heftruck", label="Heftruck", current_level=2, wanted_level=3),
            SkillRating(skill_id="excel", label="Excel", current_level=2, wanted_level=2),
        ],
        actions=[
            Action(id="b1", title="Coaching on the job heftruck", type=ActionType.coaching,
                   formal=False, start=date(2027, 2, 1), hours=10),
            Action(id="b2", catalogue_id="heftruck-opfris", title="Heftruck opfrissing",
                   start=date(2022, 11, 30), completed_on=date(2022, 11, 30),
                   status=ActionStatus.done, hours=4, cost_eur=120),
            Action(id="b3", title="Excel gevorderd", start=date(2027, 4, 1), hours=14,
                   cost_eur=300, status=ActionStatus.cancelled),
        ],
        shared=True,
    )  # fmt: skip
    chris = Plan(
        id="chris",
        created_on=TODAY,
        employee=_employee("Chris Claes", "Productie", "Ploegleider", "ploegleider", 0.8),
        skills=[
            SkillRating(skill_id="leiding", label="Leiding", current_level=2, wanted_level=4),
            SkillRating(skill_id="veiligheid", label="Veilig", current_level=3, wanted_level=3),
        ],
        goals=[Goal(id="g-leiding", text="Leiding geven", skill_ids=["leiding"])],
        actions=[
            Action(id="c1", goal_id="g-leiding", catalogue_id="leiding-cursus",
                   title="Leidinggeven", type=ActionType.external_certified,
                   start=date(2027, 9, 1), end=date(2027, 10, 15), hours=21, cost_eur=900,
                   origin=ActionOrigin.organisation_goal),
            Action(id="c2", title="VCA basis", start=date(2027, 1, 20), hours=8, cost_eur=120,
                   origin=ActionOrigin.manager_proposal, legally_required=True,
                   certificate_valid_years=10),
            Action(id="c3", catalogue_id="onbekend-id", title="Leidinggeven deel 2",
                   start=date(2028, 2, 1), hours=21, cost_eur=900,
                   origin=ActionOrigin.organisation_goal),
        ],
        shared=True,
    )  # fmt: skip
    dina = Plan(
        id="dina",
        created_on=TODAY,
        employee=_employee("Dina Dewulf", "Productie", "Planner", "bestaat-niet", 1.0),
        skills=[SkillRating(skill_id="excel", label="Excel", current_level=2, wanted_level=4)],
        actions=[
            Action(id="d1", catalogue_id="ook-onbekend", title="Excel online",
                   type=ActionType.online, formal=False, hours=6, cost_eur=49),
        ],
        shared=True,
    )  # fmt: skip
    return [ann, bram, chris, dina]
