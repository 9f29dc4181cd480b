"""The goal sentence proposed after the SMART questions is grammatical, names each part once and
keeps the person's words when they cannot be reordered (issue 12: a teacher read
'Ik bord zelfstandig een les geef met het, tegen 30 juni 2027.')."""

from __future__ import annotations

from datetime import date

import pytest
from dialogue_fixtures import engine_at

from pop_assistent.dialogue import Engine, Step

TODAY = date(2026, 12, 4)


def _proposed(lang: str, goal: str, answers: dict[str, str]) -> tuple[Engine, str]:
    """Type a goal, answer each SMART question from `answers`; the sentence proposed."""
    e = engine_at(TODAY, Step.goals, lang=lang)
    e.answer(goal)
    asked: list[str] = []
    while e.plan.conversation.pending.question == "fix" and len(asked) < 6:
        criterion = e.plan.conversation.pending.criterion
        asked.append(criterion)
        e.answer(answers[criterion] if asked.count(criterion) < 2 else "toch bewaren")
    draft = e.plan.conversation.pending.draft
    assert e.plan.conversation.pending.question == "propose" and draft is not None, asked
    return e, draft.sentence


CASES = [
    (  # a cook: the measure leaves out the machine the goal is about, so the 'what' leads
        "nl",
        "ik wil de combisteamer zelf leren programmeren tegen eind maart 2027",
        {"measurable": "als ik zonder hulp van de chef 5 programmas heb ingesteld"},
        "Ik wil de combisteamer zelf leren programmeren tegen eind maart 2027. Zo zie je het: "
        "ik heb zonder hulp van de chef 5 programmas ingesteld.",
    ),
    (  # the teacher of the walk: the verb was taken from the end of 'met het bord'
        "nl",
        "ik wil beter lesgeven met het digibord",
        {
            "measurable": "dat ik zelfstandig een les geef met het bord",
            "time_bound": "tegen eind juni 2027",
        },
        "Ik geef zelfstandig een les met het bord, tegen 30 juni 2027.",
    ),
    (  # a nurse: two closing phrases after the verb
        "nl",
        "Ik wil beter worden in wondzorg",
        {
            "measurable": "dat ik een complexe wonde zelf verzorg "
            "zonder hulp van de hoofdverpleegkundige",
            "time_bound": "tegen december 2027",
        },
        "Ik verzorg een complexe wonde zelf zonder hulp van de hoofdverpleegkundige, "
        "tegen 31 december 2027.",
    ),
    (  # a cook: the 'what' answered with a clause and a closing phrase
        "nl",
        "ik wil chef-kok worden",
        {"specific": "dat ik de keuken zelf leid op zaterdag", "time_bound": "binnen twee jaar"},
        "Ik leid de keuken zelf op zaterdag, tegen 4 december 2028.",
    ),
    (  # a cook: the moment inside the measure sets the deadline, the measure is not lost
        "nl",
        "ik wil beter koken",
        {"measurable": "dat ik tegen juni 2027 zelf het menu maak"},
        "Ik maak zelf het menu, tegen 30 juni 2027.",
    ),
    (  # a driver: a fragment with an infinitive
        "nl",
        "rijbewijs C halen",
        {"time_bound": "voor de zomer van 2027"},
        "Ik wil rijbewijs C halen, tegen 30 juni 2027.",
    ),
    (  # a cleaner: two verbs joined by 'en' cannot be reordered: the own words, cleanly
        "nl",
        "beter werken met de nieuwe poetsmachine",
        {
            "measurable": "dat ik de machine alleen bedien en onderhoud",
            "time_bound": "tegen maart 2027",
        },
        "Ik wil bereiken dat ik de machine alleen bedien en onderhoud, tegen 31 maart 2027.",
    ),
    (  # a teacher's slip ('me' for 'met'): the noun is not taken for the verb, own words kept
        "nl",
        "ik wil beter lesgeven met het digibord",
        {
            "measurable": "dat ik zelfstandig een les geef me het bord",
            "time_bound": "tegen eind juni 2027",
        },
        "Ik wil bereiken dat ik zelfstandig een les geef me het bord, tegen 30 juni 2027.",
    ),
    (  # a cleaner: a measure that points back follows the 'what', in main-clause order
        "nl",
        "beter worden",
        {
            "specific": "wondzorg bij doorligwonden",
            "time_bound": "tegen juni 2027",
            "measurable": "dat ik het zelf kan",
        },
        "Ik word beter in wondzorg bij doorligwonden, tegen 30 juni 2027. "
        "Zo zie je het: ik kan het zelf.",
    ),
    (
        "en",
        "I want to get better at wound care",
        {
            "measurable": "I treat a pressure ulcer on my own without help",
            "time_bound": "by the end of June 2027",
        },
        "I treat a pressure ulcer on my own without help, by 30 June 2027.",
    ),
    (  # a cleaner with back pain: less of a thing is wanted, not a skill to get better in
        "nl",
        "minder rugpijn na het dweilen",
        {
            "measurable": "als ik na een nachtdienst geen pijnstiller meer moet nemen",
            "time_bound": "binnen drie maanden",
        },
        "Ik wil minder rugpijn na het dweilen, tegen 4 maart 2027. "
        "Zo zie je het: ik moet na een nachtdienst geen pijnstiller meer nemen.",
    ),
    (
        "en",
        "less back pain after lifting boxes",
        {"measurable": "I take no painkillers after a shift", "time_bound": "by March 2027"},
        "I want less back pain after lifting boxes, by 31 March 2027. "
        "How you will know: I take no painkillers after a shift.",
    ),
    (  # an English driver
        "en",
        "learn to drive a forklift",
        {"measurable": "that I pass the forklift exam", "time_bound": "by March 2027"},
        "I pass the forklift exam, by 31 March 2027.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "answers", "expected"), CASES)
def test_the_proposed_sentence_is_built_from_the_parts(
    lang: str, goal: str, answers: dict[str, str], expected: str
) -> None:
    e, sentence = _proposed(lang, goal, answers)
    assert sentence == expected
    reply = e.answer("ja" if lang == "nl" else "yes")
    assert e.plan.goals[0].text == expected and expected in reply.message


def test_a_new_deadline_replaces_the_moment_in_the_words() -> None:
    """The goal said 'Tegen juni 2027'; the person moves the deadline to the end of the year:
    the sentence names the new one once, the verb back after its subject."""
    e2 = engine_at(TODAY, Step.goals)
    e2.answer("Tegen juni 2027 wil ik beter worden in wondzorg")
    e2.answer("ik verzorg een wonde zonder hulp van een collega")
    assert e2.plan.conversation.pending.question == "propose"
    e2.answer("nee")
    e2.answer("tegen: eind december 2027")
    sentence = e2.plan.conversation.pending.draft.sentence  # type: ignore[union-attr]
    assert sentence == "Ik verzorg een wonde zonder hulp van een collega, tegen 31 december 2027."
    e3 = engine_at(TODAY, Step.goals)
    e3.answer("Tegen juni 2027 wil ik beter worden in wondzorg")
    e3.answer("ik doe het zelf")  # points back: the 'what' carries the sentence
    e3.answer("nee")
    e3.answer("tegen: eind december 2027")
    sentence = e3.plan.conversation.pending.draft.sentence  # type: ignore[union-attr]
    assert sentence == (
        "Ik wil beter worden in wondzorg, tegen 31 december 2027. Zo zie je het: ik doe het zelf."
    )
    assert sentence.count("2027") == 1


@pytest.mark.parametrize(
    ("lang", "words", "expected"),
    [
        ("nl", "een attest heftruck", "Ik wil een attest heftruck"),
        ("nl", "betere communicatie met collega's", "Ik wil betere communicatie met collega's"),
        ("nl", "wondzorg bij doorligwonden", "Ik word beter in wondzorg bij doorligwonden"),
        (
            "en",
            "a better relationship with the residents",
            "I want a better relationship with the residents",
        ),
        ("en", "an IT certificate", "I want an IT certificate"),
        ("en", "use the smartboard", "I want to use the smartboard"),
    ],
)
def test_a_thing_wanted_is_wanted_not_a_skill_to_get_better_in(
    lang: str, words: str, expected: str
) -> None:
    """'Ik word beter in een attest heftruck', 'I want to an IT certificate': a fragment about a
    thing one wants opens with 'Ik wil' / 'I want'."""
    from pop_assistent.language.clauses import clause

    assert clause(words, lang) == expected  # type: ignore[arg-type]
