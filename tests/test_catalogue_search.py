"""Search finds what a person means: typos, accents, Dutch inflection and compounds, filters."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bench.catalogue import generate
from pop_assistent.catalogue import Catalogue, load_catalogue
from pop_assistent.catalogue.index import POOL
from pop_assistent.catalogue.skillwords import SkillWords, id_phrase
from pop_assistent.model.catalogue import CatalogueItem
from pop_assistent.model.common import ActionType
from pop_assistent.text.words import tokens


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(today=date(2026, 11, 24))


def ids(items: list[CatalogueItem]) -> list[str]:
    return [item.id for item in items]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("excel", "ext-excel-draaitabellen"),
        ("exel", "ext-excel-draaitabellen"),
        ("Excell draaitabelen", "ext-excel-draaitabellen"),
        ("projectmanagment", "ext-projectmanagement-basis"),
        ("leidinggeven", "int-eerste-stappen-leidinggeven"),
        ("hefruck", "ext-heftruck-basis"),
        ("vorkheftruck", "ext-heftruck-basis"),
        ("forklift", "ext-heftruck-basis"),
        ("teams", "mooc-digitale-samenwerking"),
        ("sharepoint", "ext-sharepoint-beheer"),
        ("ehbo", "ehbo-opfrissing"),
        ("eerste hulp", "ehbo-basis"),
        ("plc", "ext-plc-siemens-basis"),
        ("vergaderingen", "int-vergaderen"),
        ("coördinatie", "int-aannemers-coordinatie"),
        ("coordinatie", "int-aannemers-coordinatie"),
        ("COÖRDINATIE aannemers", "int-aannemers-coordinatie"),
        ("ba4", "ba4-gewaarschuwd"),
        ("vol-vca", "vca-vol"),
        ("feedbak", "int-feedback-geven"),
        ("floor machine", "ext-machinaal-vloeronderhoud"),  # English words of everyday work
        ("toilets", "ext-schoonmaak-basis"),
    ],
)
def test_finds_what_was_meant(catalogue: Catalogue, query: str, expected: str) -> None:
    # among the first ten of the twenty the picker shows: the catalogue now holds a leadership
    # course per sector, all of which are fair answers to "leidinggeven"
    assert expected in ids(catalogue.search(query, limit=10))


def test_search_as_you_type_prefixes(catalogue: Catalogue) -> None:
    found = [ids(catalogue.search(prefix, limit=10)) for prefix in ("hef", "heft", "heftr")]
    assert all("ext-heftruck-basis" in result for result in found)
    # a typo while still typing: "projectmanagm" is no prefix of any word, but is meant
    assert "ext-projectmanagement-basis" in ids(catalogue.search("projectmanagm"))
    # one or two letters are a word, not the start of one: 'ja' is no 'jaar'
    assert not ids(catalogue.search("ja", limit=5)) and ids(catalogue.search("jaa", limit=5))


def test_results_are_relevant_not_everything(catalogue: Catalogue) -> None:
    result = catalogue.search("lassen", limit=20)
    assert ids(result)[:2] == ["ext-lassen-tig", "ext-lassen-mig-mag"] or set(ids(result)[:2]) == {
        "ext-lassen-tig",
        "ext-lassen-mig-mag",
    }
    assert len(result) < 10


def test_filters(catalogue: Catalogue) -> None:
    cheap = catalogue.search("excel", max_cost=0)
    assert cheap and all(item.cost_eur == 0 for item in cheap)
    short = catalogue.search("", max_hours=2, type=ActionType.online, limit=100)
    assert short and all(i.hours <= 2 and i.action_type is ActionType.online for i in short)
    english = catalogue.search("", language="en", limit=100)
    assert english and all(item.language == "en" for item in english)
    floor = catalogue.search("", form="op de werkvloer", limit=100)
    assert floor and all(item.form.value == "op de werkvloer" for item in floor)


def test_empty_query_lists_everything_that_fits_by_title(catalogue: Catalogue) -> None:
    everything = catalogue.search("", limit=1000)
    assert len(everything) == len(catalogue.items)
    coaching = catalogue.search("", type=ActionType.coaching, limit=1000)
    assert len(coaching) == sum(1 for i in catalogue.items if i.action_type is ActionType.coaching)
    titles = [i.title.lower() for i in coaching]
    assert titles == sorted(titles)


@pytest.mark.parametrize(
    "query",
    ["[bold]", "{{ x }}", "<b>", '"', "AND OR NOT", "*", "\x00\x07", "x" * 100_000, "NEAR(a b)"],
)
def test_hostile_queries_do_not_crash(catalogue: Catalogue, query: str) -> None:
    assert isinstance(catalogue.search(query), list)


def test_a_pasted_page_is_searched_as_fast_as_a_sentence(catalogue: Catalogue) -> None:
    """Only the start of a very long query or word is read (a 100,000-letter word took
    gigabytes); what a person types is read whole."""
    assert catalogue.search("heftruck " + "x" * 100_000) == catalogue.search("heftruck " + "x" * 40)
    long = "arbeidsongeschiktheidsverzekering heftruckattest"
    assert catalogue.search(long + " " * 300 + "zzz") == catalogue.search(long)


def test_nonsense_finds_nothing(catalogue: Catalogue) -> None:
    assert catalogue.search("qwxzyv") == []


def test_the_course_named_after_the_words_comes_first(catalogue: Catalogue) -> None:
    assert ids(catalogue.search("feedback geven"))[0] == "int-feedback-geven"
    assert ids(catalogue.search("excel draaitabellen"))[0] == "ext-excel-draaitabellen"
    assert ids(catalogue.search("conflicten"))[0] == "ext-conflicthantering"


def test_skill_words_stand_for_their_skills_unless_they_are_generic(catalogue: Catalogue) -> None:
    words = SkillWords({skill.id: skill for skill in catalogue.skills})
    heftruck = [s.id for s in catalogue.skills if "forklift" in s.label_en.lower()]
    assert heftruck and set(heftruck) <= set(words.skills_for("forklift", prefix=False))
    assert words.skills_for("forkl", prefix=True) == words.skills_for("forklift", prefix=False)
    assert words.skills_for("management", prefix=False) == []  # in many skills: says too little
    assert words.skills_for("en", prefix=False) == []  # stop words are not looked up
    assert id_phrase("privacy-gdpr") == 'skills : "privacy gdpr"'


def test_a_whole_name_stands_for_its_skill_not_a_word_of_a_longer_name() -> None:
    """'smartschool' is a name of digital teaching; 'smartschool berichten' one of talking
    with parents: searching 'smartschool' listed every course about parents too."""
    from pop_assistent.model.catalogue import Skill

    digital = Skill(id="digitaal", label_nl="Digitaal lesgeven", label_en="Digital teaching",
                    synonyms=["smartschool"])  # fmt: skip
    parents = Skill(id="ouders", label_nl="Communiceren met ouders", label_en="Parents",
                    synonyms=["smartschool berichten"])  # fmt: skip
    words = SkillWords({s.id: s for s in (digital, parents)})
    assert words.skills_for("smartschool", prefix=False) == ["digitaal"]
    assert words.skills_for("smartschool", prefix=True) == ["digitaal"]  # typed out in full
    assert words.skills_for("berichten", prefix=False) == ["ouders"]  # a word of a name only
    assert set(words.skills_for("smartsch", prefix=True)) == {"digitaal", "ouders"}


def test_a_word_with_more_matches_than_are_ranked_still_finds_its_course_first(
    tmp_path: Path,
) -> None:
    """A common word in a large catalogue: only the first POOL matches, shortest first, are
    ranked, and the course named after the word is among them; a limit as large as the
    catalogue still gives every match (the CLI counts them so)."""
    root = tmp_path / "groot"
    generate(root, 2000)
    (root / "leermiddelen" / "training.yaml").write_text(
        "- id: training\n  titel: Training\n  type: online\n  duur_uren: 2\n"
        "  vaardigheden: [opleidingsbeleid, train-de-trainer]\n",  # the skills 'training' names
        encoding="utf-8",
    )
    catalogue = load_catalogue(root, today=date(2026, 11, 24))
    matching = {
        item.id
        for item in catalogue.items
        if "training" in tokens(f"{item.title} {item.description} {item.provider} {item.theme}")
    }
    assert len(matching) > POOL
    assert ids(catalogue.search("training", limit=5))[0] == "training"
    every = ids(catalogue.search("training", limit=len(catalogue.items)))
    assert every[0] == "training" and set(every) >= matching
