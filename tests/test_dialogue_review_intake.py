"""UX review, intake steps: levels typed inline, examples that fit the employee, the occasion
reusing what was said, notes that do not repeat the question, wording, readable history."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dialogue_fixtures import catalogue, engine, say, store

from pop_assistent.dialogue import Step
from pop_assistent.dialogue.parsing import skill_items
from pop_assistent.model import CareerProject, OccasionKind, Pending

SOPHIE_INTAKE = (
    "functioneringsgesprek",
    "Ik werk steeds vaker met digitale tools en voel me er nog niet zeker bij.",
    "administratief medewerkster",
    "boekhouding",
    "2 uur per week",
)


def test_levels_typed_inline_are_read() -> None:
    cases = {
        "Excel 2 naar 4, digitaal samenwerken 2 naar 4": [
            ("Excel", 2, 4),
            ("digitaal samenwerken", 2, 4),
        ],
        "Excel van 2 naar 4": [("Excel", 2, 4)],
        "Excel 2->4": [("Excel", 2, 4)],
        "Teams 2 → 4": [("Teams", 2, 4)],
        "plannen niveau 3": [("plannen", 3, None)],
        "Excel: ik sta op 2 en wil naar 4": [("Excel", 2, 4)],
        "Teams en SharePoint": [("Teams", None, None), ("SharePoint", None, None)],
        # a level typed once after two things joined by 'en' is the level of both
        "afwassen en de machine draaien 4, samenwerken": [
            ("afwassen", 4, None),
            ("de machine draaien", 4, None),
            ("samenwerken", None, None),
        ],
        "plannen en organiseren 2 naar 4": [("plannen", 2, 4), ("organiseren", 2, 4)],
        "Excel 2 en Word 4": [("Excel", 2, None), ("Word", 4, None)],
    }
    for text, expected in cases.items():
        assert skill_items(text) == expected, text


def test_inline_levels_are_taken_and_not_asked_again(today: date) -> None:
    e = engine(today)
    say(e, *SOPHIE_INTAKE, "nauwkeurig werken 4")
    reply = e.answer("Excel 2 naar 4, Teams: ik sta op 2 en wil naar 4")
    assert e.plan.conversation.pending.question == "obsolete"  # no level question left
    levels = {r.skill_id: (r.current_level, r.wanted_level) for r in e.plan.skills}
    assert levels["rekenbladen"] == (2, 4) and levels["digitale-samenwerking"] == (2, 4)
    assert "waar sta je nu" not in reply.message


def test_no_invented_levels(today: date) -> None:
    e = engine(today)
    reply = say(e, *SOPHIE_INTAKE, "nauwkeurig werken 4, klantvriendelijk")
    klant = next(r for r in e.plan.skills if r.skill_id == "klantgerichtheid")
    assert klant.note and "nog zonder niveau" in reply.message  # visibly not rated
    assert (klant.current_level, klant.wanted_level) != (4, 4)
    reply = e.answer("Excel, Teams niveau 2")
    assert e.plan.conversation.pending.question == "levels" and "Rekenbladen" in reply.message
    reply = e.answer("3")  # one number: the current level; the wanted one is asked
    assert "je staat op 3" in reply.message and "Rekenbladen" in reply.message
    reply = e.answer("4")
    excel = next(r for r in e.plan.skills if r.skill_id == "rekenbladen")
    assert (excel.current_level, excel.wanted_level) == (3, 4) and not excel.note
    assert "Digitale samenwerkingstools" in reply.message and "je staat op 2" in reply.message
    say(e, "overslaan", "faxen")
    teams = next(r for r in e.plan.skills if r.skill_id == "digitale-samenwerking")
    fax = next(r for r in e.plan.skills if r.label == "faxen")
    assert teams.note and fax.note  # kept, marked as not rated, never a silent 3 -> 1
    assert (fax.current_level, fax.wanted_level) != (3, 1)


def test_examples_fit_the_employee(today: date) -> None:
    e = engine(today, name="Karim El Amrani")
    say(e, "functioneringsgesprek", "Ik wil bijleren.", "onderhoudstechnicus", "Onderhoud")
    reply = e.answer("3 uur per week")
    assert "preventief onderhoud 4" in reply.message  # from his own role profile
    reply = e.answer("preventief onderhoud 4")
    assert "Sophie" not in reply.message and "interpersoonlijke communicatie 2 naar 4" in (
        reply.message
    )
    sophie = engine(today)
    reply = say(sophie, *SOPHIE_INTAKE, "nauwkeurig werken 4")
    assert "Sophie" not in reply.message


def test_search_hint_uses_the_employees_own_words(today: date) -> None:
    from pop_assistent.demo import karim

    plan = karim(today)
    plan.actions = []
    plan.conversation.step = Step.resources.value
    plan.conversation.pending = Pending()
    from pop_assistent.dialogue import Engine

    e = Engine(plan, today=today, catalogue_loader=catalogue)
    message = e.current().message
    assert "zoek excel" not in message and "*zoek " in message


def test_career_sentence_is_kept_and_not_asked_again(today: date) -> None:
    e = engine(today, name="Karim")
    e.answer("2")
    reply = e.answer("Ik wil binnen twee jaar teamleider onderhoud worden.")
    occ = e.plan.occasion
    assert occ.kind == OccasionKind.career_project
    assert occ.career_project == CareerProject.promotion
    assert occ.description == "Ik wil binnen twee jaar teamleider onderhoud worden."
    assert "teamleider onderhoud" in reply.message  # acknowledged
    assert (
        "Vertel in een zin" not in reply.message and e.plan.conversation.pending.question == "role"
    )


def test_hours_given_as_department_are_taken_as_hours(today: date) -> None:
    e = engine(today, name="Karim")
    say(e, "2", "promotie", "Ik wil teamleider worden.", "onderhoudstechnicus")
    reply = e.answer("3 uur per week")
    assert e.plan.employee.department == "" and e.plan.employee.hours_per_week == 3
    assert "afdeling" in reply.message and e.plan.conversation.pending.question == "department"
    e.answer("technische dienst")
    assert e.plan.employee.department == "technische dienst"
    assert e.step == Step.self_assessment  # the hours are not asked again


def test_note_is_a_short_acknowledgement_with_author_and_goal(today: date) -> None:
    from pop_assistent.demo import karim
    from pop_assistent.dialogue import Engine

    plan = karim(today)
    plan.employee.coach = "Inge Van den Broeck"
    plan.conversation.step = Step.goals.value
    plan.conversation.pending = Pending(question="project", goal_id=plan.goals[1].id)
    e = Engine(plan, today=today, catalogue_loader=catalogue, coach_mode=True)
    question = e.current().message
    reply = e.add_note("Eerst oefenen in kleine groep")
    note = e.plan.coach_notes[-1]
    assert note.author == "Inge Van den Broeck" and note.goal_id == plan.goals[1].id
    assert question not in reply.message and len(reply.message) < 200
    e.coach_mode = False
    e.add_note("Zelf genoteerd", goal_id=None)
    assert e.plan.coach_notes[-1].author == plan.employee.name
    assert e.plan.coach_notes[-1].goal_id is None


def test_wording_starts_upper_case_and_repeats_less(today: date) -> None:
    e = engine(today)
    replies = [e.answer(t).message for t in SOPHIE_INTAKE]
    replies.append(e.answer("nauwkeurig werken 4").message)
    for text in replies:
        for paragraph in text.split("\n"):
            first = paragraph.lstrip("*_> ")
            assert not first or not first[0].islower(), paragraph
    joined = "\n".join(replies)
    assert joined.count("genoteerd.") <= 1 and "Sterk in" not in joined
    assert "Sophie, waarom" not in joined
    assert all(len(c.label) <= 30 for c in engine(today).current().choices)


def test_history_names_the_step_in_dutch(tmp_path: Path, today: date) -> None:
    db = store(tmp_path)
    e = engine(today, db=db)
    say(e, "functioneringsgesprek", "Ik wil bijleren.")
    notes = [v.note for v in db.history(e.plan.id)]
    assert "gesprek: aanleiding, waarom nu" in notes
    assert "gesprek: aanleiding, wat er speelt" in notes
    assert not any("occasion" in n for n in notes)


def test_search_hint_is_a_telling_word_not_a_verb(today: date) -> None:
    """A cleaner's own skill 'werken met de nieuwe schrobmachine' suggests *zoek schrobmachine*,
    not *zoek werken*."""
    from pop_assistent.demo import karim
    from pop_assistent.dialogue import Engine
    from pop_assistent.model import SkillCategory, SkillRating

    plan = karim(today)
    plan.actions = []
    for goal in plan.goals:
        goal.skill_ids = []
    plan.skills = [
        SkillRating(
            label="werken met de nieuwe schrobmachine",
            current_level=1,
            wanted_level=3,
            categories=[SkillCategory.to_improve],
        )
    ]
    plan.conversation.step = Step.resources.value
    plan.conversation.pending = Pending()
    message = Engine(plan, today=today, catalogue_loader=catalogue).current().message
    assert "*zoek schrobmachine*" in message


def test_a_skill_name_with_en_stays_whole_however_its_accents_are_typed() -> None:
    names = ["Hygiëne en infectiepreventie", "Laden en lossen"]
    assert skill_items("hygiene en infectiepreventie 2 naar 4, ergonomie", names) == [
        ("hygiene en infectiepreventie", 2, 4),
        ("ergonomie", None, None),
    ]
    assert skill_items("LADEN EN LOSSEN 3 en hygiëne  en infectiepreventie", names) == [
        ("LADEN EN LOSSEN", 3, None),
        ("hygiëne  en infectiepreventie", None, None),
    ]


def test_klaar_at_a_level_question_leaves_the_rest_without_levels(today: date) -> None:
    e = engine(today)
    say(e, *SOPHIE_INTAKE, "nauwkeurig werken 4")
    e.answer("Excel, Teams")
    assert e.plan.conversation.pending.question == "levels"
    reply = e.answer("klaar")
    assert e.plan.conversation.pending.question == "obsolete"
    assert "blijven voorlopig zonder niveau" in reply.message
    assert all(
        r.note for r in e.plan.skills if r.skill_id in ("rekenbladen", "digitale-samenwerking")
    )
