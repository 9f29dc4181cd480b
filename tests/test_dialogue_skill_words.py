"""A skill typed the way people say it is the skill in the list: without accents, in the
person's own profile first, by a synonym, with a light verb ('gebruiken', 'praten') around it,
or with one slip."""

from __future__ import annotations

from datetime import date

import pytest
from dialogue_fixtures import say

from pop_assistent.catalogue import Catalogue, load_catalogue
from pop_assistent.dialogue import Engine, new_plan


@pytest.fixture(scope="module")
def shipped() -> Catalogue:
    return load_catalogue(today=date(2026, 11, 24))


def _self_assessment(shipped: Catalogue, today: date, role: str, lang: str = "nl") -> Engine:
    plan = new_plan("Lien Claes", today, lang=lang)
    e = Engine(plan, today=today, lang=lang, catalogue_loader=lambda: shipped)
    if lang == "en":
        say(e, "4", "I want to keep up with my work.", role, "depot Noord", "2 hours")
    else:
        say(e, "1", "Mijn evaluatie komt eraan.", role, "mijn afdeling", "2 uur")
    assert e.plan.conversation.pending.question == "strengths"
    return e


@pytest.mark.parametrize(
    ("lang", "role", "typed", "skill_id"),
    [
        ("nl", "verpleegkundige", "hygiene 4", "infectiepreventie"),
        ("nl", "lerares lager onderwijs", "digitaal lesgeven 3", "ict-in-de-klas"),
        ("nl", "lerares lager onderwijs", "het digibord gebruiken 2", "ict-in-de-klas"),
        ("nl", "lerares lager onderwijs", "met ouders praten 3", "oudercommunicatie"),
        ("en", "bus driver", "dealing with aggresive passengers 2", "agressiebeheersing"),
        ("en", "primary school teacher", "dealing with kids with adhd 2", "leerlingenbegeleiding"),
        ("en", "primary school teacher", "the smartboard 2", "ict-in-de-klas"),
    ],
)
def test_a_skill_in_the_persons_words_is_the_listed_skill(
    shipped: Catalogue, today: date, lang: str, role: str, typed: str, skill_id: str
) -> None:
    e = _self_assessment(shipped, today, role, lang)
    e.answer(typed)
    assert [r.skill_id for r in e.plan.skills] == [skill_id]


def test_words_the_skill_does_not_cover_are_kept(shipped: Catalogue, today: date) -> None:
    e = _self_assessment(shipped, today, "verpleegkundige")
    e.answer("hygiene in de keuken van de cafetaria 3")
    assert [r.skill_id for r in e.plan.skills] == [None]


@pytest.mark.parametrize(
    ("goal", "linked"),
    [
        ("ik wil de nieuwe schrobmachine zelfstandig kunnen bedienen tegen de zomer", False),
        ("tegen juni leid ik zelfstandig de teamvergadering", False),
        ("ik wil tegen juni zelfstandiger werken, zonder telkens de ploegbaas te bellen", True),
    ],
)
def test_a_word_saying_how_is_no_skill_of_its_own(
    shipped: Catalogue, today: date, goal: str, linked: bool
) -> None:
    """A cleaner strong in 'Zelfstandig werken' who wants to run the new machine on her own:
    'zelfstandig' says how she will do it, so the goal is not linked to working independently
    unless she says she wants to work more independently."""
    e = _self_assessment(shipped, today, "schoonmaakster")
    say(e, "zelfstandig werken 4, schoonmaaktechnieken 4", "geen", "geen", "geen")
    assert e.plan.conversation.pending.question == "text"
    e.answer(goal)
    assert ("zelfstandig-werken" in e.plan.goals[0].skill_ids) is linked


def test_the_one_who_no_longer_helps_is_no_skill_and_a_rewrite_relinks(
    shipped: Catalogue, today: date
) -> None:
    """'zonder hulp van de ploegbaas' says how success shows; it is no goal about leading a
    team (a cleaner was offered leadership courses). Rewriting the goal links it anew: the old
    words' skills go."""
    e = _self_assessment(shipped, today, "schoonmaakster")
    say(e, "schoonmaaktechnieken 4", "geen", "geen", "geen")
    e.answer("Tegen eind juni 2027 werk ik vlot in ploegen en nachtdienst")
    assert "ploegen-en-nachtwerk" in e.plan.goals[0].skill_ids
    e.answer("de vergaderingen van de nachtploeg")
    e.answer("wijzig doel 1")
    e.answer("Tegen eind juni 2027 bedien ik de nieuwe schrobmachine, zonder hulp van de ploegbaas")
    assert e.plan.goals[0].skill_ids == ["schoonmaaktechnieken"]


def test_who_checks_the_result_is_no_skill(shipped: Catalogue, today: date) -> None:
    """'and my team leader checks it' says how success shows: a cleaner's goal about the
    scrubber was linked to Team management and Leadership, and got leadership courses."""
    from pop_assistent.language.skillmatch import link_skills

    goal = (
        "By March 2027 I use the big scrubber on the ward floors alone and my team leader checks it"
    )
    assert [m.skill.id for m in link_skills(goal, shipped.skills)] == ["schoonmaaktechnieken"]


def test_english_names_the_role_with_its_article(shipped: Catalogue, today: date) -> None:
    """'in as a primary school teacher', 'For an electrician,': English wants the article."""
    plan = new_plan("Grace Okafor", today, lang="en")
    e = Engine(plan, today=today, lang="en", catalogue_loader=lambda: shipped)
    say(e, "1", "My appraisal is coming up.")
    reply = e.answer("primary school teacher")
    assert "work in as a primary school teacher?" in reply.message
    say(e, "year 3")
    reply = e.answer("3 hours a week")
    assert "For a primary school teacher, these skills matter" in reply.message


def test_the_occasion_told_in_words_is_named_back_with_its_kind(
    shipped: Catalogue, today: date
) -> None:
    """'my appraisal is coming up in march' was noted without saying how it was understood:
    the kind it was read as is named, so a wrong reading can be corrected at once."""
    plan = new_plan("Grace Okafor", today, lang="en")
    e = Engine(plan, today=today, lang="en", catalogue_loader=lambda: shipped)
    assert e.plan.conversation.pending.question == "kind"
    reply = e.answer("my appraisal is coming up in march")
    assert "as the occasion (performance review): my appraisal" in reply.message.replace("*", "")
