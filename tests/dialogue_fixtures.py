"""A small, fixed catalogue and helpers for the dialogue engine tests (real models, no mocks)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pop_assistent.catalogue import Catalogue
from pop_assistent.dialogue import Engine, Reply, Step, new_plan
from pop_assistent.model import Skill, SkillKind
from pop_assistent.model.catalogue import CatalogueItem, RoleProfile
from pop_assistent.storage.sqlite import SQLiteStore


def _skill(skill_id: str, nl: str, en: str, synonyms: str, personal: bool = False) -> Skill:
    """One skill of the test list; `synonyms` separated by ' | '."""
    kind = SkillKind.behavioural if personal else SkillKind.technical
    return Skill(id=skill_id, label_nl=nl, label_en=en, kind=kind, synonyms=synonyms.split(" | "))


SKILLS = [
    _skill(
        "digitale-samenwerking",
        "Digitale samenwerkingstools",
        "Digital collaboration tools",
        "Teams | SharePoint | OneDrive",
    ),
    _skill("rekenbladen", "Rekenbladen (Excel)", "Spreadsheets (Excel)", "Excel | draaitabellen"),
    _skill("kantoorsoftware", "Kantoorsoftware", "Office software", "Word | Outlook"),
    _skill(
        "nauwkeurigheid",
        "Nauwkeurig werken",
        "Working accurately",
        "nauwkeurig | precisie",
        personal=True,
    ),
    _skill(
        "klantgerichtheid",
        "Klantgericht communiceren",
        "Customer-oriented communication",
        "klantvriendelijk | klantgericht",
        personal=True,
    ),
    _skill(
        "interpersoonlijke-communicatie",
        "Interpersoonlijke communicatie",
        "Interpersonal communication",
        "communicatie | overleg leiden",
        personal=True,
    ),
    _skill("feedback-geven", "Feedback geven", "Giving feedback", "feedback", personal=True),
    _skill(
        "projectmanagement", "Projectmanagement", "Project management", "projecten leiden | project"
    ),
    _skill(
        "teammanagement",
        "Teammanagement",
        "Team management",
        "leiding geven | teamleider",
        personal=True,
    ),
    _skill("preventief-onderhoud", "Preventief onderhoud", "Preventive maintenance", "onderhoud"),
]


def _item(**fields: Any) -> CatalogueItem:
    return CatalogueItem.model_validate(fields)


ITEMS = [
    _item(
        id="mooc-digitale-samenwerking",
        titel="MOOC Digitaal samenwerken met Teams en SharePoint",
        type="online",
        aanbieder="Open leerplatform",
        vaardigheden=["digitale-samenwerking"],
        vorm="online",
        duur_uren=12,
        kostprijs_eur=0,
        formeel=False,
    ),
    _item(
        id="int-kantoorsoftware-gevorderd",
        titel="Kantoorsoftware voor gevorderden (Excel)",
        type="intern",
        aanbieder="Opleidingsdienst",
        vaardigheden=["rekenbladen", "kantoorsoftware"],
        duur_uren=14,
        sessies=[{"datum": date(2027, 9, 14), "einde": date(2027, 10, 12)}],
    ),
    _item(
        id="ext-interpersoonlijke-communicatie",
        titel="Interpersoonlijke communicatie op de werkvloer",
        type="extern_gecertificeerd",
        aanbieder="Vormingscentrum Noord",
        vaardigheden=["interpersoonlijke-communicatie", "feedback-geven"],
        duur_uren=21,
        kostprijs_eur=690,
        certificaat=True,
    ),
    _item(
        id="coach-mentoraat-teamleider",
        titel="Mentoraat door een ervaren teamleider",
        type="coaching",
        aanbieder="Interne mentor",
        vaardigheden=["teammanagement", "feedback-geven"],
        vorm="op de werkvloer",
        duur_uren=16,
        formeel=False,
    ),
    _item(
        id="ext-projectmanagement-basis",
        titel="Projectmanagement: basis met certificaat",
        type="extern_gecertificeerd",
        aanbieder="Hogeschool Avondonderwijs",
        vaardigheden=["projectmanagement"],
        duur_uren=40,
        kostprijs_eur=1450,
        certificaat=True,
    ),
]

ROLES = [
    RoleProfile.model_validate(
        {
            "id": "administratief-medewerker",
            "naam": {"nl": "Administratief medewerker", "en": "Administrative assistant"},
            "vaardigheden": [
                {"vaardigheid": "digitale-samenwerking", "niveau": 3},
                {"vaardigheid": "rekenbladen", "niveau": 3},
                {"vaardigheid": "nauwkeurigheid", "niveau": 4},
            ],
        }
    ),
    RoleProfile.model_validate(
        {
            "id": "onderhoudstechnicus",
            "naam": {"nl": "Onderhoudstechnicus", "en": "Maintenance technician"},
            "vaardigheden": [
                {"vaardigheid": "preventief-onderhoud", "niveau": 4},
                {"vaardigheid": "interpersoonlijke-communicatie", "niveau": 3},
            ],
        }
    ),
]


def catalogue() -> Catalogue:
    """The fixed test catalogue (built from the real catalogue models)."""
    return Catalogue(items=list(ITEMS), skills=list(SKILLS), roles=list(ROLES))


def store(tmp_path: Path) -> SQLiteStore:
    return SQLiteStore(tmp_path / "plannen.db")


def engine(
    today: date,
    *,
    name: str = "Sophie Peeters",
    lang: str = "nl",
    db: SQLiteStore | None = None,
    coach: bool = False,
) -> Engine:
    """A fresh engine with the test catalogue."""
    return Engine(
        new_plan(name, today, lang=lang),
        today=today,
        lang=lang,
        store=db,
        catalogue_loader=catalogue,
        coach_mode=coach,
    )


def engine_at(today: date, step: Step, *, lang: str = "nl") -> Engine:
    """A fresh engine with the test catalogue, gone straight to `step`."""
    e = engine(today, lang=lang)
    e.go_to(step)
    return e


def say(e: Engine, *answers: str) -> Reply:
    """Type several answers; return the last reply."""
    reply = e.current()
    for text in answers:
        reply = e.answer(text)
    return reply


def pick_number(e: Engine, item_id: str) -> str:
    """The number under which `item_id` is listed in the pending resources question."""
    listing = e.plan.conversation.pending.listing
    return str(listing.index(item_id) + 1)


FIXES = {
    "time_bound": "tegen eind juni 2027",
    "measurable": "ik doe het zelfstandig, zonder hulp van collega's",
    "specific": "documenten delen in SharePoint en vergaderingen plannen in Teams",
    "relevant": "het team werkt vanaf volgend jaar volledig digitaal samen",
}


def fix_goal(e: Engine, fixes: dict[str, str] | None = None) -> list[str]:
    """Answer the SMART questions until the goal is accepted, and accept the sentence proposed
    from the answers; returns the criteria asked."""
    asked: list[str] = []
    table = {**FIXES, **(fixes or {})}
    while e.plan.conversation.pending.question in ("fix", "propose") and len(asked) < 8:
        if e.plan.conversation.pending.question == "propose":
            e.answer("ja")
            continue
        criterion = e.plan.conversation.pending.criterion
        asked.append(criterion)
        e.answer(
            table.get(criterion, "toch bewaren") if asked.count(criterion) < 2 else "toch bewaren"
        )
    return asked
