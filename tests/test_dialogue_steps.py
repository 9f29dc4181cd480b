"""Engine tests per step: feed typed or structured answers, assert on the plan and the message."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from dialogue_fixtures import catalogue, engine, pick_number, say

from pop_assistent.demo import karim, sophie
from pop_assistent.dialogue import (
    Engine,
    ResourcesAnswer,
    SignOffAnswer,
    SkillsAnswer,
    Step,
    Widget,
)
from pop_assistent.model import (
    ActionType,
    CareerProject,
    OccasionKind,
    Pending,
    Plan,
    SignerRole,
    SkillCategory,
    SkillRating,
)
from pop_assistent.planning import workload


def at(plan: Plan, step: Step, today: date, **kwargs: object) -> Engine:
    """An engine that enters `step` of an existing plan."""
    plan = plan.model_copy(deep=True)
    plan.conversation.step = step.value
    plan.conversation.pending = Pending()
    return Engine(plan, today=today, catalogue_loader=catalogue, **kwargs)  # type: ignore[arg-type]


# -- aanleiding
def test_unnamed_session_asks_the_name_first(today: date) -> None:
    e = engine(today, name="?")
    assert "hoe heet je" in e.start().message.lower()
    reply = e.answer("Sophie Peeters")
    assert e.plan.employee.name == "Sophie Peeters"
    assert reply.widget == Widget.choices and len(reply.choices) == 4
    assert "Sophie" in reply.message


def test_occasion_kind_role_department_and_hours(today: date) -> None:
    e = engine(today)
    say(
        e,
        "loopbaanproject: ik wil promotie maken",
        "Ik wil teamleider worden.",
        "onderhoudstechnicus",
        "Onderhoud",
    )
    assert e.plan.occasion.kind == OccasionKind.career_project
    assert e.plan.occasion.career_project == CareerProject.promotion
    assert e.plan.employee.role_profile_id == "onderhoudstechnicus"
    reply = e.answer("60 uur per week")
    assert "60 uur per week is meer dan een volle werkweek" in reply.message
    assert e.plan.employee.hours_per_week == 0 and e.step == Step.occasion
    reply = e.answer("een halve dag per maand")
    assert e.plan.employee.hours_per_week == 0.9
    assert reply.step == Step.self_assessment and reply.widget == Widget.skill_rater


def test_career_project_asked_when_not_named(today: date) -> None:
    e = engine(today)
    reply = e.answer("2")
    assert e.plan.conversation.pending.question == "career" and "omscholing" in reply.message
    e.answer("omscholing")
    assert e.plan.occasion.career_project == CareerProject.reskilling


def test_unclear_occasion_is_asked_again(today: date) -> None:
    e = engine(today)
    reply = e.answer("tja")
    assert "nummer van 1 tot 4" in reply.message
    assert e.plan.conversation.pending.question == "kind"


def test_empty_answer_gets_a_gentle_reask_and_changes_nothing(today: date) -> None:
    e = engine(today)
    before = e.plan.model_dump()
    reply = e.answer("   ")
    assert "neem gerust je tijd" in reply.message
    assert e.plan.model_dump() == before


# -- zelfevaluatie
def test_self_assessment_matches_skills_and_asks_levels(today: date) -> None:
    e = at(sophie(today), Step.self_assessment, today)
    assert "Digitale samenwerkingstools" not in e.current().message  # already rated
    e.answer("nauwkeurig werken 5, klantvriendelijk")
    strengths = [r for r in e.plan.skills if SkillCategory.strength in r.categories]
    assert {r.skill_id for r in strengths} == {"nauwkeurigheid", "klantgerichtheid"}
    assert next(r for r in strengths if r.skill_id == "nauwkeurigheid").current_level == 5
    reply = e.answer("Excel")
    assert (
        e.plan.conversation.pending.question == "levels" and "Rekenbladen (Excel)" in reply.message
    )
    e.answer("1 naar 4")
    excel = next(r for r in e.plan.skills if r.skill_id == "rekenbladen")
    assert (excel.current_level, excel.wanted_level) == (1, 4)
    say(e, "papieren archief", "geen")
    assert e.step == Step.goals
    assert any(SkillCategory.obsolete in r.categories for r in e.plan.skills)


def test_levels_without_a_skill_are_asked_about_not_stored_as_a_skill(today: date) -> None:
    """A driver answered 'which skills to improve?' with '2 to 4': no skill called '?'."""
    for lang, levels, asked in (
        ("nl", "2 naar 4", "Bij welke vaardigheid"),
        ("en", "2 to 4", "Which skill"),
    ):
        e = at(sophie(today), Step.self_assessment, today, lang=lang)
        e.answer("nauwkeurig werken 5")
        before = [r.model_dump() for r in e.plan.skills]
        reply = e.answer(levels)
        assert asked in reply.message and levels in reply.message
        assert [r.model_dump() for r in e.plan.skills] == before
        assert all(r.label != "?" for r in e.plan.skills)
        assert e.plan.conversation.pending.question == "to_improve"


def test_skill_rater_replaces_the_list(today: date) -> None:
    e = at(sophie(today), Step.self_assessment, today)
    rating = SkillRating(
        label="Plannen", current_level=2, wanted_level=3, categories=[SkillCategory.to_improve]
    )
    reply = e.answer_structured(SkillsAnswer(skills=[rating]))
    assert [r.label for r in e.plan.skills] == ["Plannen"]
    assert reply.step == Step.goals


# -- is opleiding het antwoord?
def test_training_check_records_alternatives(today: date) -> None:
    e = at(sophie(today), Step.training_check, today)
    first, second = e.plan.goals
    reply = e.answer("nee")
    assert first.id and e.plan.goals[0].training_is_answer is False
    assert e.plan.conversation.pending.question == "alternative"
    e.answer("Een vaste afspraak over wie de teammap bijhoudt.")
    assert e.plan.goals[0].alternative_solution.startswith("Een vaste afspraak")
    e.answer("ja, en ook een betere handleiding")
    assert e.plan.goals[1].training_is_answer is True
    assert "betere handleiding" in e.plan.goals[1].alternative_solution
    assert e.step == Step.resources and second.id
    # the first goal is not offered learning resources
    assert e.plan.conversation.pending.goal_id == second.id
    assert "afspraken" in reply.message.lower() or reply.step == Step.training_check


def test_training_check_quotes_the_goal_in_its_own_paragraph(today: date) -> None:
    """A goal without a final full stop ('ik wil chef-kok worden') is not run into the question
    that follows it ('... worden" Is een opleiding ...')."""
    for lang, question in (("nl", "Is een **opleiding**"), ("en", "Is **training**")):
        plan = sophie(today)
        plan.goals[0].text = "ik wil chef-kok worden binnen twee jaar"
        e = at(plan, Step.training_check, today, lang=lang)
        message = e.current().message
        assert f'twee jaar"*\n\n{question}' in message


# -- leermiddelen
def _resources(today: date) -> Engine:
    plan = sophie(today)
    plan.actions = []
    return at(plan, Step.resources, today)


def test_resources_are_numbered_with_a_reason(today: date) -> None:
    e = _resources(today)
    reply = e.current()
    assert reply.widget == Widget.catalogue_picker
    assert "1. **MOOC Digitaal samenwerken" in reply.message and "dekt" in reply.message
    e.answer(pick_number(e, "mooc-digitale-samenwerking"))
    action = e.plan.actions[0]
    assert action.catalogue_id == "mooc-digitale-samenwerking"
    assert action.type == ActionType.online and action.hours == 12 and not action.formal
    assert action.goal_id == "g-sophie-teams"


def test_search_then_pick_and_own_action(today: date) -> None:
    e = _resources(today)
    e.answer("klaar")
    assert e.plan.conversation.pending.goal_id == "g-sophie-teams"  # asked once: no action
    e.answer("ja")
    reply = e.answer("zoek excel")
    assert "Kantoorsoftware voor gevorderden" in reply.message
    e.answer(pick_number(e, "int-kantoorsoftware-gevorderd"))
    reply = e.answer("eigen actie: meelopen met de teamleider van boekhouding")
    titles = [a.title for a in e.plan.actions_for("g-sophie-excel")]
    assert titles == [
        "Kantoorsoftware voor gevorderden (Excel)",
        "meelopen met de teamleider van boekhouding",
    ]
    assert e.plan.actions[-1].type == ActionType.coaching  # 'meelopen' is on the job
    assert "Eigen actie toegevoegd" in reply.message and "Wat **kost**" in reply.message
    reply = e.answer("weet ik niet")
    assert e.plan.actions[-1].cost_eur is None and "onbekend" in reply.message
    assert e.answer("klaar").step == Step.planning


def test_picker_answer_adds_items_for_a_goal(today: date) -> None:
    e = _resources(today)
    e.answer_structured(ResourcesAnswer(catalogue_ids=["mooc-digitale-samenwerking"]))
    assert [a.catalogue_id for a in e.plan.actions] == ["mooc-digitale-samenwerking"]
    assert e.plan.conversation.pending.goal_id == "g-sophie-excel"
    assert [i.id for i in e.search_catalogue("excel")] == ["int-kantoorsoftware-gevorderd"]
    assert e.recommendations("g-sophie-teams")[0].item.id == "mooc-digitale-samenwerking"


def test_without_a_catalogue_free_text_becomes_an_action(today: date) -> None:
    plan = sophie(today)
    plan.actions = []
    plan.conversation.step = Step.resources.value
    e = Engine(plan, today=today, catalogue_loader=lambda: None)
    assert "geen catalogus" in e.current().message.lower()
    e.answer("MOOC over Teams")
    assert e.plan.actions[0].type == ActionType.online


# -- planning
def _planning(today: date) -> Engine:
    plan = sophie(today)
    for action in plan.actions:
        action.start = action.end = None
    return at(plan, Step.planning, today)


def test_planning_parses_dutch_periods_and_skips_holidays(today: date) -> None:
    e = _planning(today)
    reply = e.answer("eerste semester 2027")
    mooc = e.plan.action("a-sophie-mooc")
    assert mooc is not None and mooc.start == date(2027, 1, 4) and mooc.end == date(2027, 6, 30)
    assert "geen werkdag" in reply.message
    reply = e.current()
    assert reply.widget == Widget.choices and reply.choices[0].value == "2027-09-14"
    reply = e.answer("2027-09-14")
    assert e.plan.conversation.pending.question == "review" and reply.widget == Widget.timeline
    assert "Je planning" in reply.message
    assert e.answer("ja").step == Step.results


def test_planning_review_offers_only_action_numbers_that_exist(today: date) -> None:
    """With one action the review does not suggest 'wijzig actie 2' or 'een nummer van 1 tot
    1'; with none it says how to go on; with two it keeps its example."""
    for lang, example, one in (
        ("nl", "wijzig actie", "*1* om de actie"),
        ("en", "change action", "*1* to move the action"),
    ):
        plan = sophie(today)
        plan.actions = plan.actions[:1]
        e = at(plan, Step.planning, today, lang=lang)
        e.plan.conversation.pending = Pending(question="review")
        assert f"*{example} 1*" in e.current().message
        reply = e.answer("de chef ziet het op de menukaart")
        assert one in reply.message and "1 tot 1" not in reply.message
        assert "1 to 1" not in reply.message
        plan.actions = []
        e = at(plan, Step.planning, today, lang=lang)
        message = e.current().message
        assert f"{example} " not in message, message
        assert e.answer("ja").step != Step.planning
    e = at(sophie(today), Step.planning, today)
    e.plan.conversation.pending = Pending(question="review")
    assert len(e.plan.actions) >= 2 and "*wijzig actie 2*" in e.current().message


def test_planning_refuses_vague_and_past_dates(today: date) -> None:
    e = _planning(today)
    reply = e.answer("ooit")
    assert "‘ooit’ is geen tijdstip: noem een maand" in reply.message
    reply = e.answer("maart 2025")
    assert "achter ons" in reply.message
    assert e.plan.action("a-sophie-mooc").start is None  # type: ignore[union-attr]


def test_planning_warns_when_a_month_is_overloaded(today: date) -> None:
    plan = sophie(today)
    plan.employee.hours_per_week = 1
    for action in plan.actions:
        action.start = action.end = None
    e = at(plan, Step.planning, today)
    reply = e.answer("februari 2027")
    assert "Let op" in reply.message and "februari 2027" in reply.message
    assert e.workload().over_months


@pytest.mark.parametrize(
    ("lang", "first", "said"),
    [
        ("nl", "15 februari 2027", "Actie 1 vraagt op zich al meer uren dan je in die maand"),
        ("en", "15 February 2027", "Action 1 alone asks more hours than you have in that month"),
    ],
)
def test_a_course_day_larger_than_its_month_is_not_told_to_move(
    today: date, lang: str, first: str, said: str
) -> None:
    """With an hour a week no month holds a 12-hour course day: moving or spreading it cannot
    help, working time or more learning time can (a period, the other action, can be spread);
    and one hour is '1 hour'."""
    plan = sophie(today)
    plan.employee.hours_per_week = 1
    for action in plan.actions:
        action.start = action.end = None
    e = at(plan, Step.planning, today, lang=lang)
    e.answer(first)
    reply = e.answer("1")  # the session run in September and October
    assert e.plan.actions[0].start == e.plan.actions[0].end == date(2027, 2, 15)
    assert said in " ".join(reply.message.split())
    assert ("you have 1 hour a week" in reply.message) == (lang == "en")
    assert workload.beyond_its_months(e.plan) == [1]
    goal = e.plan.goal(e.plan.actions[0].goal_id)
    assert goal is not None and goal.smart is not None
    assert "werktijd" in goal.smart.achievable.question or "working time" in (
        goal.smart.achievable.question
    )
    e.plan.employee.hours_per_week = 8
    assert workload.beyond_its_months(e.plan) == []


@pytest.mark.parametrize(
    ("lang", "said", "undo", "shown"),
    [
        ("nl", "werktijd 1", "eigen tijd 1", "(in werktijd)"),
        ("en", "working time 1", "own time 1", "(in working time)"),
    ],
)
def test_an_action_agreed_in_working_time_leaves_the_own_learning_time(
    today: date, lang: str, said: str, undo: str, shown: str, tmp_path: Path
) -> None:
    """A cook learning on the job ('meedraaien met de chef', 40 hours from February to May)
    with two hours a week of her own: the review offers 'werktijd 1', which takes the hours
    out of her learning time, makes the goal realistic again and shows on the timeline and in
    the plan document; 'eigen tijd 1' counts them in again."""
    plan = sophie(today)
    plan.employee.hours_per_week = 2
    plan.actions = plan.actions[:1]
    action = plan.actions[0]
    action.start, action.end, action.hours = date(2027, 2, 1), date(2027, 5, 31), 40
    e = at(plan, Step.planning, today, lang=lang)
    e.plan.conversation.pending = Pending(question="review")
    before = e.current().message
    assert e.workload().over_months and f"*{said}*" in before
    reply = e.answer(said)
    assert e.plan.actions[0].in_working_time and not e.workload().over_months
    assert e.workload().working_time == 40
    assert shown in e.current().message and f"*{said}*" not in e.current().message
    goal = e.plan.goal(action.goal_id or "")
    assert goal is not None and goal.smart is not None and goal.smart.achievable.met
    assert ("40 uur" in reply.message) == (lang == "nl")
    from pop_assistent.export import export_plan

    for fmt in ("md", "html"):  # what the manager reads before signing
        assert shown.strip("()") in export_plan(e.plan, fmt, today=today, lang=lang).decode()
    from pop_assistent.tui.widgets.plan_view import plan_content

    panel = " ".join(plan_content(e.plan, lang, width=200).plain.split())
    assert ("In werktijd afgesproken: 40 u" in panel) == (lang == "nl")
    assert ("Agreed as working time: 40 h" in panel) == (lang == "en")
    from pop_assistent.commands.plan_view import render_plan
    from pop_assistent.storage.sqlite import SQLiteStore

    store = SQLiteStore(tmp_path / "p.db")  # what 'pop toon' prints
    printed = render_plan(store.load(e.plan.id, store.save(e.plan, None, "test")), lang)
    assert f"40 {'uur in werktijd' if lang == 'nl' else 'hours in working time'}" in printed
    e.answer(undo)
    assert not e.plan.actions[0].in_working_time and e.workload().over_months


@pytest.mark.parametrize("unsure", ["weet ik niet", "geen idee", "don't know"])
def test_an_own_action_of_unknown_kind_is_noted_as_internal_and_said(
    today: date, unsure: str
) -> None:
    """A cook's 'demodag bij de leverancier' is an event; an action whose kind the person
    does not know is noted as internal training, with a sentence, instead of asked forever."""
    e = _resources(today)
    e.answer("klaar")
    e.answer("ja")
    e.answer("eigen actie: demodag bij de leverancier van de combi-steamer")
    assert e.plan.actions[-1].type == ActionType.event
    e.answer("weet ik niet")
    e.answer("eigen actie: iets met de nieuwe steamer")
    assert e.plan.conversation.pending.question == "own_type"
    reply = e.answer(unsure)
    assert e.plan.actions[-1].type == ActionType.internal
    assert e.plan.conversation.pending.question == "own_cost"
    assert "voorlopig als *interne opleiding*" in reply.message


def test_free_action_asks_hours(today: date) -> None:
    plan = sophie(today)
    plan.actions = plan.actions[:1]
    plan.actions[0].start = date(2027, 2, 1)
    plan.actions[0].end = date(2027, 4, 30)
    e = at(plan, Step.resources, today)
    say(e, "eigen actie: meelopen met een collega", "gratis", "klaar", "klaar", "ja")
    assert e.plan.actions[-1].cost_eur == 0
    assert e.step == Step.planning
    e.answer("maart 2027")
    assert e.plan.conversation.pending.question == "hours"
    e.answer("6 uur")
    assert e.plan.actions[-1].hours == 6


# -- resultaat borgen
def test_results_per_action(today: date) -> None:
    plan = karim(today)
    for action in plan.actions:
        action.expected_return = action.visible_on_floor = ""
    e = at(plan, Step.results, today)
    assert "Resultaat borgen" in e.current().message
    for action in plan.actions:
        say(e, f"Return van {action.id}", f"Zichtbaar: {action.id}")
    assert all(a.expected_return == f"Return van {a.id}" for a in e.plan.actions)
    assert all(a.visible_on_floor == f"Zichtbaar: {a.id}" for a in e.plan.actions)
    assert e.step == Step.overview


# -- overzicht
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_overview_names_a_deadline_once(today: date, lang: str) -> None:
    """A sentence ending 'tegen 28 maart 2027' gets no '(tegen 28 maart 2027)' after it."""
    from pop_assistent.text import formats

    plan = sophie(today)
    goal = plan.goals[0]
    assert goal.deadline is not None
    when = formats.long_date(goal.deadline, lang)
    goal.text = f"Ik stel zonder hulp 5 programma's in, tegen {when}."
    message = at(plan, Step.overview, today, lang=lang).current().message
    assert message.count(when) == 1
    assert formats.long_date(plan.goals[1].deadline, lang) in message  # the others keep theirs


def test_overview_check_ins_and_typed_sign_off(today: date) -> None:
    plan = sophie(today)
    plan.sign_offs = []
    plan.check_ins = []
    e = at(plan, Step.overview, today)
    reply = e.answer("om de drie maanden")
    assert e.plan.check_in_every_months == 3
    assert [c.planned_for for c in e.plan.check_ins][0] == date(2027, 2, 24)
    assert len(e.plan.check_ins) == 4 and reply.widget == Widget.sign_off
    e.answer("ja")
    reply = e.answer("Inge Van den Broeck")  # a name, but in which role?
    assert "Tekent **Inge Van den Broeck** mee als je **leidinggevende** of als" in reply.message
    assert e.plan.conversation.pending.question == "co_role" and len(e.plan.sign_offs) == 1
    reply = e.answer("mijn leidinggevende")  # the name given before is not asked again
    roles = {o.role: o.name for o in e.plan.sign_offs}
    assert roles == {
        SignerRole.employee: "Sophie Peeters",
        SignerRole.manager: "Inge Van den Broeck",
    }
    assert e.plan.employee.manager == "Inge Van den Broeck"
    assert all(o.signed_on == today for o in e.plan.sign_offs)
    assert reply.finished and "Proficiat, Sophie:" in reply.message
    assert "Je plan is klaar" not in reply.message  # the closing is said once (issue 12)
    assert "Je plan is klaar, Sophie." in e.current().message  # shown again later: it is
    reply = e.answer("magazijnmedewerker")  # typed in the wrong window: not a new 'Proficiat'
    assert "Proficiat" not in reply.message and "Je plan is al klaar" in reply.message
    assert "*magazijnmedewerker*" in reply.message and "ga naar doelen" in reply.message
    assert e.plan.employee.role == plan.employee.role  # nothing changed but the conversation


def test_the_co_signers_role_asked_first_then_their_name(today: date) -> None:
    plan = sophie(today)
    plan.sign_offs = []
    e = at(plan, Step.overview, today)
    e.answer("om de drie maanden")
    e.answer("ja")
    e.answer("mijn leidinggevende")
    assert e.plan.conversation.pending.question == "co_name"
    reply = e.answer("Inge Van den Broeck")
    assert {o.role: o.name for o in e.plan.sign_offs}[SignerRole.manager] == "Inge Van den Broeck"
    assert reply.finished


def test_a_word_that_moves_on_is_never_signed_as_a_name(today: date) -> None:
    """A cook typed 'klaar' at 'Typ je volledige naam' and the plan was signed by 'klaar'."""
    for lang, done, unclear in (
        ("nl", "klaar", "geen naam"),
        ("en", "done", "not look like a name"),
    ):
        plan = sophie(today)
        plan.sign_offs = []
        plan.check_ins = []
        e = at(plan, Step.overview, today, lang=lang)
        e.answer("every three months" if lang == "en" else "om de drie maanden")
        reply = e.answer(done)
        assert e.plan.sign_offs == [] and unclear in reply.message
        assert e.plan.conversation.pending.question == "sign_employee"
        e.answer("later")
        assert e.plan.sign_offs == [] and e.plan.conversation.pending.question == "co_role"
        e.answer("manager" if lang == "en" else "mijn leidinggevende")
        reply = e.answer("42")
        assert e.plan.sign_offs == [] and unclear in reply.message
        e.answer("Inge Van den Broeck")
        assert [o.name for o in e.plan.sign_offs] == ["Inge Van den Broeck"]


def test_sign_off_widget(today: date) -> None:
    plan = sophie(today)
    plan.sign_offs = []
    e = at(plan, Step.overview, today)
    e.answer("elke maand")
    reply = e.answer_structured(
        SignOffAnswer(
            employee_name="Sophie Peeters", coach_name="Els Jacobs", co_signer=SignerRole.coach
        )
    )
    assert reply.finished and e.plan.employee.coach == "Els Jacobs"
    assert {o.role for o in e.plan.sign_offs} == {SignerRole.employee, SignerRole.coach}
    assert e.plan.check_in_every_months == 1


def test_structured_answer_at_the_wrong_step_changes_nothing(today: date) -> None:
    e = at(sophie(today), Step.planning, today)
    before = e.plan.model_dump()
    reply = e.answer_structured(SignOffAnswer(employee_name="X"))
    assert "hoort niet bij deze stap" in reply.message
    assert e.plan.model_dump() == before


def test_a_session_can_be_picked_by_number(today: date) -> None:
    e = _planning(today)
    e.answer("eerste semester 2027")
    assert "14 september 2027 (*1*)" in e.current().message
    e.answer("1")
    office = e.plan.action("a-sophie-office")
    assert office is not None
    assert (office.start, office.end) == (date(2027, 9, 14), date(2027, 10, 12))


@pytest.mark.parametrize("later", ["later", "later, eerst bespreken met Johan"])
def test_coach_can_sign_later(today: date, later: str) -> None:
    """'later, eerst bespreken met Johan' was taken as the co-signer's name."""
    plan = sophie(today)
    plan.sign_offs = []
    e = at(plan, Step.overview, today)
    reply = say(e, "elke maand", "Sophie Peeters", later)
    assert reply.finished and "later tekenen" in reply.message
    assert [o.role for o in e.plan.sign_offs] == [SignerRole.employee]


def test_an_empty_catalogue_search_lists_the_catalogue_for_browsing() -> None:
    from pop_assistent.catalogue import load_catalogue
    from pop_assistent.dialogue.resources import Resources

    day = date(2026, 11, 24)
    resources = Resources(day, "nl", lambda: load_catalogue(today=day))
    everything = resources.search("")
    assert len(everything) >= 120  # the picker opens on a list, not on "Niets gevonden"
    titles = [item.title.lower() for item in everything]
    assert titles == sorted(titles)
    coaching = resources.search("", type=ActionType.coaching)
    assert coaching and all(item.action_type is ActionType.coaching for item in coaching)


def _no_fit(today: date) -> Engine:
    plan = sophie(today)
    plan.actions = []
    goal = plan.goals[0]
    goal.text, goal.skill_ids = "ik wil leren gitaar spelen op het personeelsfeest", []
    plan.goals = [goal]
    return at(plan, Step.resources, today)


def test_nothing_fits_asks_which_skill_with_the_closest_as_buttons(today: date) -> None:
    e = _no_fit(today)
    reply = e.current()
    assert "liever niets voor dan een gok" in reply.message
    assert "Welke vaardigheid wil je hiermee versterken?" in reply.message
    assert "Mijn voorstellen" not in reply.message and "1. **" not in reply.message
    assert reply.widget == Widget.choices
    offered = list(e.plan.conversation.pending.listing)
    assert offered and [c.label for c in reply.choices][-1] == "Eigen actie…"
    assert len(reply.choices) == len(offered) + 1
    # choosing a skill by its number: the goal trains it and proposals for it follow
    reply = e.answer("1")
    goal = e.plan.goals[0]
    assert goal.skill_ids == [offered[0]]
    assert "Dit doel werkt nu aan" in reply.message and "Mijn voorstellen" in reply.message
    assert e.plan.conversation.pending.mode == "rec" and e.plan.conversation.pending.listing


def test_nothing_fits_an_own_action_instead(today: date) -> None:
    e = _no_fit(today)
    e.current()
    reply = e.answer(str(len(e.plan.conversation.pending.listing) + 1))  # its button's number
    assert "Beschrijf je **eigen actie**" in reply.message
    reply = e.answer("gitaarles volgen bij de muziekschool")
    titles = [a.title for a in e.plan.actions]
    assert titles == ["gitaarles volgen bij de muziekschool"]
    assert "Eigen actie toegevoegd" in reply.message
    assert e.plan.goals[0].skill_ids == []  # nothing was guessed for the goal


def test_nothing_fits_own_action_by_its_words(today: date) -> None:
    e = _no_fit(today)
    e.current()
    assert "Beschrijf je **eigen actie**" in e.answer("Eigen actie").message


def test_nothing_fits_a_skill_named_in_words(today: date) -> None:
    e = _no_fit(today)
    e.current()
    skill = e.plan.conversation.pending.listing[0]
    name = next(s for s in catalogue().skills if s.id == skill).label_nl
    e.answer(name.lower())
    assert e.plan.goals[0].skill_ids == [skill]


def test_nothing_fits_done_search_and_nonsense_are_no_skill(today: date) -> None:
    e = _no_fit(today)
    e.current()
    reply = e.answer("zoek excel")
    assert "Kantoorsoftware" in reply.message and e.plan.goals[0].skill_ids == []
    e = _no_fit(today)
    e.current()
    e.answer("klaar")
    assert e.plan.goals[0].skill_ids == [] and not e.plan.actions


@pytest.mark.parametrize(
    ("said", "cost"),
    [
        ("gratis, de leverancier betaalt", 0.0),
        ("free - paid by the supplier", 0.0),
        ("1 000", 1000.0),
        ("€ 1.250,50", 1250.5),
        ("1 250 euro", 1250.0),
        ("2.5", 2.5),
        ("geen idee, vraag ik na", None),
        ("klaar", None),
    ],
)
def test_a_cost_is_read_as_people_type_it(said: str, cost: float | None) -> None:
    """A free answer with its reason, thousands with a space or a dot, not knowing yet."""
    from pop_assistent.dialogue.steps.resources import read_cost

    assert read_cost(said) == cost


@pytest.mark.parametrize(
    "said",
    ["werktijd 1 en 2", "werktijd 1 en 2, code 95 doe ik in diensttijd", "working time 1, 2"],
)
def test_several_actions_are_agreed_as_working_time_at_once(today: date, said: str) -> None:
    """A bus driver typed 'werktijd 1 en 2, code 95 doe ik in diensttijd' and was told it was
    no search; only 'werktijd 2' worked."""
    plan = sophie(today)
    e = at(plan, Step.planning, today)
    e.plan.conversation.pending = Pending(question="review")
    e.answer(said)
    assert [a.in_working_time for a in e.plan.actions[:2]] == [True, True]


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("mijn fuctioneringsgesprek is volgende maand eigelijk", "performance_review"),
        ("ik heb binnenkort mijn jaarlijks evalutiegesprek", "performance_review"),
        ("ik wil hier doorgoeien", "career_project"),
    ],
)
def test_the_occasion_is_read_through_a_typo(today: date, said: str, kind: str) -> None:
    """A bus driver's 'fuctioneringsgesprek' got 'Dat kon ik niet goed plaatsen'."""
    plan = sophie(today)
    plan.occasion.kind = OccasionKind.continuous_development
    e = at(plan, Step.occasion, today)
    e.plan.conversation.pending = Pending(question="kind")
    reply = e.answer(said)
    assert "niet goed plaatsen" not in reply.message
    assert str(e.plan.occasion.kind) == kind


@pytest.mark.parametrize(
    "said", ["nee, iets anders: meelopen met de planners", "no, shadowing a colleague for a week"]
)
def test_learning_on_the_job_as_the_other_answer_keeps_the_goals_actions(
    today: date, said: str
) -> None:
    """A bus driver answered 'nee, iets anders: meelopen met de planners': the goal got no
    learning action at all, though shadowing is learning. It stays a goal to plan actions for,
    and the reply says how to note the shadowing as an own action."""
    plan = sophie(today)
    e = at(plan, Step.training_check, today)
    reply = e.answer(said)
    goal = e.plan.goals[0]
    assert goal.training_is_answer is True and goal.alternative_solution
    assert "eigen actie:" in reply.message or "own action:" in reply.message


def test_another_answer_that_is_no_learning_stays_one(today: date) -> None:
    e = at(sophie(today), Step.training_check, today)
    e.answer("nee, betere afspraken over wie de map bijhoudt")
    assert e.plan.goals[0].training_is_answer is False


@pytest.mark.parametrize(
    ("lang", "said"),
    [("nl", "in werktijd, mijn baas is akkoord"), ("en", "in working time, my boss agree")],
)
def test_working_time_agreed_at_the_achievable_question_frees_the_own_time(
    today: date, lang: str, said: str
) -> None:
    """A hospital cleaner asked 'Will you take the course in working time?' answered 'in
    working time, my boss agree': it was 'not clear yet', nothing changed, and the sentence
    came back later as the example of what her goal should deliver."""
    plan = sophie(today)
    plan.employee.hours_per_week = 1
    action = plan.actions[0]
    action.start, action.end, action.hours = date(2027, 2, 15), date(2027, 2, 15), 30
    goal = plan.goal(action.goal_id or "")
    assert goal is not None
    measure = goal.measure
    e = at(plan, Step.goals, today, lang=lang)
    e.plan.conversation.pending = Pending(question="fix", goal_id=goal.id, criterion="achievable")
    e.answer(said)
    mine = [a for a in e.plan.actions if a.goal_id == goal.id]
    assert mine and all(a.in_working_time for a in mine)
    goal = e.plan.goal(goal.id)
    assert goal is not None and goal.smart is not None and goal.smart.achievable.met
    assert goal.measure == measure
