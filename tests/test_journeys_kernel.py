"""The two journeys of issue 12, on the real engine, store and shipped catalogue.

A Dutch nurse starts with a vague goal, gets one clean goal sentence proposed, rewrites the goal,
gives the hours of her own action as "twee namiddagen" and corrects them, peeks at the check-in
and leaves it, and signs with her manager; a change after signing is flagged, and undo works
after a restart. An English warehouse worker picks "1 and 3" and renews a legally required
certificate without a red Realistic.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from pop_assistent.catalogue import Catalogue, load_catalogue
from pop_assistent.dialogue import Engine, Step, open_session
from pop_assistent.export import export_plan
from pop_assistent.followup import CheckInSession
from pop_assistent.model import SignerRole
from pop_assistent.paths import resource_dir
from pop_assistent.storage.sqlite import SQLiteStore


@cache
def shipped() -> Catalogue:
    return load_catalogue(resource_dir("catalogus"), today=date(2026, 11, 24))


def talk(e: Engine, *answers: str) -> str:
    """Type the answers; the last reply's message."""
    message = ""
    for text in answers:
        message = e.answer(text).message
    return message


def test_a_nurse_rewrites_her_goal_corrects_her_hours_and_signs(tmp_path: Path, today: date):
    store = SQLiteStore(tmp_path / "plannen.db")
    e = open_session(store, None, today=today, catalogue_loader=shipped)
    talk(e, "Els Maes", "functioneringsgesprek", "Ik wil me verder ontwikkelen op de afdeling.")
    talk(e, "verpleegkundige", "Geriatrie", "2 uur per week")
    talk(e, "wondzorg 4", "leiding geven", "2 naar 4", "geen", "geen")
    assert e.step == Step.goals

    # A vague goal: one question at a time, answers kept apart, one clean sentence proposed.
    reply = talk(e, "ik wil beter worden in mijn job")
    assert "Specifiek" in reply and e.plan.conversation.pending.criterion == "specific"
    talk(e, "Leiding geven aan het team", "Dat ik zelfstandig de teamvergadering leid")
    reply = talk(e, "binnen de anderhalf jaar")
    proposed = "Ik leid zelfstandig de teamvergadering, tegen 24 mei 2028."
    assert e.plan.conversation.pending.question == "propose" and proposed in reply
    goal = e.plan.goals[0]
    assert goal.text == "ik wil beter worden in mijn job"  # nothing glued on while asking
    talk(e, "ja")
    goal = e.plan.goals[0]
    assert goal.text == proposed and goal.measure.startswith("Dat ik zelfstandig")
    talk(e, "Ik wil hoofdverpleegkundige worden")
    assert goal.career_project == "Ik wil hoofdverpleegkundige worden"

    # "wijzig doel 9" changes nothing; "wijzig doel 1" rewrites it and checks it again.
    version = e.version
    reply = talk(e, "wijzig doel 9")
    assert "Er is geen doel 9: je plan heeft 1 doel." in reply
    assert e.plan.goals[0].text == proposed and e.version == (version or 0) + 1
    reply = talk(e, "schrap")
    assert "Wat wil je schrappen?" in reply and len(e.plan.goals) == 1
    rewritten = (
        "Tegen juni 2028 leid ik zelfstandig de wekelijkse teamvergadering van de afdeling "
        "geriatrie."
    )
    talk(e, "wijzig doel 1")
    assert e.plan.conversation.pending.question == "rewrite"
    reply = talk(e, rewritten)
    goal = e.plan.goals[0]
    assert goal.text == rewritten and goal.smart is not None and goal.smart.all_met
    assert e.plan.conversation.pending.question == "more"  # back where she was
    talk(e, "nee", "ja")
    assert e.step == Step.resources

    # An own action: its type is understood, its cost asked (unknown stays unknown).
    reply = talk(e, "eigen actie: meelopen met de hoofdverpleegkundige")
    own = e.plan.actions[-1]
    assert own.type.value == "coaching" and "Wat **kost**" in reply
    talk(e, "weet ik niet")
    assert own.id == e.plan.actions[-1].id and e.plan.actions[-1].cost_eur is None
    talk(e, "klaar")
    assert e.step == Step.planning

    # Hours given as "twee namiddagen": 7.6 h a day, echoed; then corrected.
    reply = talk(e, "maart 2027")
    assert e.plan.conversation.pending.question == "hours"
    reply = talk(e, "twee namiddagen")
    assert "Ik noteer 7,6 uur" in reply and "een dag telt 7,6 uur" in reply
    assert e.plan.actions[0].hours == 7.6
    reply = talk(e, "wijzig actie 1")
    assert "· kosten onbekend" in reply  # not a bare 'onbekend' after the dates
    talk(e, "uren")
    reply = talk(e, "6 uur")
    assert e.plan.actions[0].hours == 6 and "6 uur" in reply
    assert e.plan.conversation.pending.question == "review"
    assert "kosten van 1 actie onbekend" in reply
    talk(e, "ja", "Ik leid het overleg.", "Het team ziet een vaste agenda.")
    assert e.step == Step.overview

    # Peeking at the check-in and leaving it changes nothing.
    talk(e, "om de drie maanden", "ja")
    before = store.load(e.plan.id)
    peek = CheckInSession(before.plan, today=today, store=store, base_version=before.version)
    assert peek.start().message and not peek.recorded
    after = store.load(e.plan.id)
    assert after.version == before.version and after.plan == before.plan

    # She signs with her manager; the signature records the version it signed.
    talk(e, "mijn leidinggevende")
    reply = talk(e, "Inge Peeters")
    roles = {o.role: o for o in e.plan.sign_offs}
    assert set(roles) == {SignerRole.employee, SignerRole.manager}
    assert roles[SignerRole.manager].name == "Inge Peeters" == e.plan.employee.manager
    assert roles[SignerRole.manager].plan_version == e.version
    assert "Proficiat" in reply
    assert "versie" not in reply.split("Ondertekend door")[-1]  # the same content: no numbers

    # A change after signing is said, in the app and in the document.
    reply = talk(e, "wijzig actie 1: 8 uur")
    assert e.plan.actions[0].hours == 8 and e.plan.conversation.pending.question == "done"
    assert "sindsdien gewijzigd" in reply and "opnieuw tekenen" in reply
    document = export_plan(e.plan, "md", today=today, lang="nl").decode("utf-8")
    assert (
        "sindsdien gewijzigd" in document
        and f"versie {roles[SignerRole.manager].plan_version}" in document
    )

    # Undo after a restart: the hours come back.
    resumed = open_session(store, "Els", today=today, catalogue_loader=shipped)
    resumed.undo()
    assert resumed.plan.actions[0].hours == 6
    assert not any(resumed.plan.changed_since(o) for o in resumed.plan.sign_offs)


def test_a_warehouse_worker_picks_1_and_3_and_renews_a_legal_certificate(
    tmp_path: Path, today: date
):
    store = SQLiteStore(tmp_path / "plannen.db")
    e = open_session(store, None, today=today, lang="en", catalogue_loader=shipped)
    talk(e, "Sam Ward", "performance review", "I want to take on more in the warehouse.")
    talk(e, "warehouse operative", "Logistics", "3 hours a week")
    assert e.plan.employee.role_profile_id == "magazijnmedewerker"
    talk(e, "order picking 4", "forklift 2 to 4", "none", "none")
    reply = talk(
        e,
        "By June 2027 I renew my forklift certificate and drive the reach truck on my own in "
        "the high-bay warehouse.",
    )
    assert "Strong goal" in reply
    talk(e, "Taking over the night shift in the high-bay warehouse", "no", "yes")
    assert e.step == Step.resources
    listing = e.plan.conversation.pending.listing
    reply = talk(e, "1 and 3")
    chosen = [a.catalogue_id for a in e.plan.actions]
    assert chosen == [listing[0], listing[2]]
    assert reply.count("✓") == 2  # the chosen ones are marked in the list
    assert any(a.legally_required for a in e.plan.actions)
    talk(e, "done", "1", "1")
    reply = talk(e, "yes")
    goal = e.plan.goals[0]
    assert goal.smart is not None and goal.smart.achievable.met is not False
    load = e.workload()
    assert load.working_time > 0 and not load.over_months
    assert "Achievable?" not in e.current().message
    talk(e, "Safer loading at night.", "No damage reports.")
    talk(e, "Faster reach truck moves.", "The night shift runs without me calling anyone.")
    reply = talk(e, "every three months", "yes", "manager", "Priya Shah")
    assert {o.role for o in e.plan.sign_offs} == {SignerRole.employee, SignerRole.manager}
    stored = store.load(e.plan.id).plan
    document = export_plan(stored, "md", today=today, lang="en").decode("utf-8")
    assert "Achievable ✓" in document and "Achievable ✗" not in document
