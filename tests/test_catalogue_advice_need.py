"""Advice that reads a need in everyday Dutch, stays silent when nothing fits, and fits the
person's sector and role (issue 14, points 1-3).

Most tests use a small catalogue an organisation (a bakery chain) writes itself, with words our
shipped catalogue does not have, so that passing them cannot come from knowledge of ours.
"""

from __future__ import annotations

from datetime import date

import pytest

from pop_assistent.advice import closest_skills, recommend
from pop_assistent.advice.intent import private
from pop_assistent.advice.need import need_terms
from pop_assistent.advice.person import person
from pop_assistent.advice.relevance import relevance_of
from pop_assistent.catalogue import Catalogue, load_catalogue
from pop_assistent.text.lexicon import parts, telling

TODAY = date(2026, 11, 24)

SKILLS = """\
- id: deeg
  nl: Deeg bereiden
  en: Preparing dough
  groep: Bakkerij
  synoniemen: [kneden, desem]
  situaties:
  - mijn brood rijst niet goed en blijft plat
  - ik weet niet hoe lang het deeg moet rusten

- id: oven
  nl: Ovens bedienen
  en: Operating ovens
  groep: Bakkerij
  situaties:
  - de broden zijn aan de onderkant verbrand

- id: kassa
  nl: Kassa bedienen
  en: Operating the till
  groep: Winkel
  synoniemen: [afrekenen, kassasysteem]
  situaties:
  - klanten wachten lang aan de toonbank als ik moet afrekenen

- id: leidinggeven
  nl: Leidinggeven
  en: Leading a team
  groep: Leiding
  situaties:
  - ik ben net ploegverantwoordelijke geworden en durf collega's niet aan te spreken
"""

ROLES = """\
- id: verkoper
  naam: {nl: Verkoper bakkerij, en: Bakery shop assistant}
  afdeling: Winkel
  sectoren: [retail]
  synoniemen: [winkelbediende, verkoopster]
  vaardigheden:
  - {vaardigheid: kassa, niveau: 3}

- id: ploegbaas-productie
  naam: {nl: Ploegbaas productie, en: Production team leader}
  afdeling: Atelier
  sectoren: [industrie]
  vaardigheden:
  - {vaardigheid: leidinggeven, niveau: 3}
"""

ITEMS = """\
- id: desem-workshop
  titel: Werken met desem
  type: intern
  beschrijving: Een desemstarter kweken, kneden en het deeg laten rijzen tot een luchtig brood.
  vaardigheden: [deeg]
  duur_uren: 4

- id: oven-veilig
  titel: De dekoven veilig bedienen
  type: intern
  beschrijving: Temperatuur, stoom en baktijd instellen zonder verbrande korsten.
  vaardigheden: [oven]
  duur_uren: 3

- id: kassasysteem
  titel: Het nieuwe kassasysteem in de winkel
  type: intern
  beschrijving: Afrekenen, bancontact en dagafsluiting aan de toonbank.
  vaardigheden: [kassa]
  duur_uren: 2

- id: leiding-algemeen
  titel: Eerste stappen als leidinggevende
  type: extern_gecertificeerd
  beschrijving: Feedback geven, afspraken maken en collega's aanspreken als nieuwe leidinggevende.
  vaardigheden: [leidinggeven]
  duur_uren: 12

- id: leiding-industrie
  titel: Leidinggeven op de werkvloer in de maakindustrie
  type: extern_gecertificeerd
  beschrijving: Feedback geven, afspraken maken en collega's aanspreken als ploegbaas.
  vaardigheden: [leidinggeven]
  sectoren: [industrie]
  duur_uren: 12
"""


@pytest.fixture(scope="module")
def bakery(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    folder = tmp_path_factory.mktemp("bakkerij")
    (folder / "leermiddelen").mkdir()
    (folder / "vaardigheden.yaml").write_text(SKILLS, encoding="utf-8")
    (folder / "functieprofielen.yaml").write_text(ROLES, encoding="utf-8")
    (folder / "leermiddelen" / "bakkerij.yaml").write_text(ITEMS, encoding="utf-8")
    catalogue = load_catalogue(folder, today=TODAY)
    assert [p.text() for p in catalogue.problems] == []
    return catalogue


@pytest.fixture(scope="module")
def shipped() -> Catalogue:
    return load_catalogue(today=TODAY)


def ids(catalogue: Catalogue, goal: str, **who: str) -> list[str]:
    return [r.item.id for r in recommend(catalogue, goal_text=goal, today=TODAY, **who)]


# -- reading a need ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("heftruckattest", ("heftruck", "attest")),
        ("kassasysteem", ("kassa", "systeem")),
        ("voorraadbeheer", ("voorraad", "beheer")),
    ],
)
def test_a_dutch_compound_splits_into_words_of_its_own(
    word: str, expected: tuple[str, ...]
) -> None:
    assert parts(word) == expected


@pytest.mark.parametrize("word", ["veiligheid", "vergadering", "werken", "brood"])
def test_an_ordinary_word_or_a_derived_one_is_no_compound(word: str) -> None:
    assert parts(word) == ()


def test_ordinary_words_tell_less_than_rare_ones() -> None:
    assert telling("werk") < 0.5 < telling("heftruck") == 1.0
    assert telling("mensen") < telling("desem")


def test_a_need_keeps_its_telling_words_with_their_parts() -> None:
    terms = {t.word: t for t in need_terms("Ik til de hele dag bewoners en krijg rugpijn")}
    assert "ik" not in terms and "de" not in terms
    assert {"rugpijn", "rug", "pijn"} <= set(terms)
    assert terms["rug"].part and terms["rug"].weight < terms["rugpijn"].weight
    assert "bewoner" in terms["bewoners"].forms


def test_an_organisations_own_catalogue_is_read_by_its_situations_and_texts(
    bakery: Catalogue,
) -> None:
    # none of these needs names a title; they say what goes wrong
    assert ids(bakery, "mijn broden blijven plat, ze rijzen gewoon niet")[0] == "desem-workshop"
    assert ids(bakery, "de onderkant van het brood is telkens verbrand")[0] == "oven-veilig"
    assert ids(bakery, "aan de toonbank staan klanten te wachten tot ik kan afrekenen")[0] == (
        "kassasysteem"
    )
    # a compound of the need finds the catalogue's own word ('kassasystemen' -> kassasysteem)
    assert ids(bakery, "ik snap niets van de nieuwe kassasystemen")[0] == "kassasysteem"


# -- honest when nothing fits ------------------------------------------------------------------


@pytest.mark.parametrize(
    "goal",
    [
        "ik wil leren gitaar spelen",
        "Ik wil Italiaans leren voor onze vakantie volgend jaar",
        "ik zou graag beter leren schaken",
    ],
)
def test_a_wish_no_work_catalogue_serves_gets_nothing(
    bakery: Catalogue, shipped: Catalogue, goal: str
) -> None:
    assert ids(bakery, goal) == []
    assert ids(shipped, goal) == []


@pytest.mark.parametrize(
    "goal",
    [
        "mijn dochter wil thuis leren kneden met desem",
        "op onze vereniging wil ik het deeg voor de pannenkoekenslag leren kneden",
        "volgend jaar trouwen we en ik wil de taart zelf bakken",
        "my son wants to learn to bake bread with sourdough",
        "ik wil voor ons kind leren kneden met desem",
        "ik wil voor mijn vrienden leren kneden met desem",
    ],
)
def test_a_private_wish_gets_nothing_even_when_it_shares_telling_words(
    bakery: Catalogue, goal: str
) -> None:
    # 'afrekenen', 'deeg', 'kneden' and 'desem' are the bakery's own words; the wish is private
    assert ids(bakery, goal) == []


@pytest.mark.parametrize(
    "goal",
    [
        "ik werk in de winkel maar wil puur uit interesse leren kneden met desem",
        "I work at the till but want to learn sourdough just for fun",
        "los van mijn werk wil ik leren kneden met desem",
        "EHBO voor honden, ik heb er twee thuis",
        "ik wil mijn motorrijbewijs halen",
        "ik wil mijn rijbewijs voor de moto halen tegen de zomer",
        "mijn merrie steigert elke keer als ik ze op de trailer wil zetten",  # no scaffolding
        "Hoeveel pensioen ga ik krijgen als ik op 63 stop, en is het slim om extra bij te sparen?",
        "eerste hulp bij honden, ik heb er drie thuis",
        "joined a rugby team this year and I keep getting penalties in the scrum",
        "ik zou graag wat beter leren koken, nu eten we thuis elke week hetzelfde",
    ],
)
def test_a_wish_for_ones_own_sake_gets_nothing_even_when_it_names_work(
    shipped: Catalogue, bakery: Catalogue, goal: str
) -> None:
    # the person's work is named ('ik werk in de winkel'); the wish says it is not for it
    assert ids(bakery, goal) == []
    assert ids(shipped, goal) == []


@pytest.mark.parametrize(
    "goal",
    [
        "ik wil naast mijn werk leren kneden met desem",  # 'naast mijn werk' is no private wish
        "mijn collega's en ik willen leren kneden met desem",
        "ik wil het werk en mijn kinderen beter combineren en leren afrekenen aan de nieuwe kassa",
    ],
)
def test_a_wish_that_names_work_is_no_private_wish(bakery: Catalogue, goal: str) -> None:
    assert ids(bakery, goal)


@pytest.mark.parametrize(
    ("goal", "private_wish"),
    [
        ("ik wil de badkamer van mijn appartement zelf betegelen", True),
        ("een cursus pottenbakken", True),
        ("ik poets bij een mevrouw thuis en ze volgt me overal", False),  # her work
        ("na acht maanden thuis met een burn-out wil ik terug beginnen", False),
        ("een muurtje metselen rond mijn terras", True),
        ("naast mijn job een eigen webshop starten", True),
        ("running my first marathon next spring", True),
        ("zingen met de bewoners op de afdeling", False),  # a hobby word at work
    ],
)
def test_home_hobbies_and_a_side_business_are_private(goal: str, private_wish: bool) -> None:
    assert private(goal) == private_wish


def test_a_licence_need_gets_only_resources_for_its_class(shipped: Catalogue) -> None:
    # eco-driving with a truck and code 95 share 'rijbewijs' and driving; none is a licence A
    assert ids(shipped, "ik wil mijn motorrijbewijs halen") == []
    assert ids(shipped, "ik wil mijn rijbewijs C halen")[0] == "ext-rijbewijs-c-basiskwalificatie"


def test_animals_met_at_work_are_no_private_wish() -> None:
    assert not private("ik wil leren omgaan met agressieve honden bij huisbezoeken")
    assert private("ik wil leren omgaan met mijn hond")


def test_no_padding_one_shared_ordinary_word_is_no_proposal(bakery: Catalogue) -> None:
    # 'werken' and 'nieuwe' occur in titles; they say nothing about a holiday
    assert ids(bakery, "ik wil werken aan mijn nieuwe vakantieplannen voor Italie") == []


def test_nothing_fits_offers_the_closest_skills(bakery: Catalogue) -> None:
    found = closest_skills(bakery, goal_text="ik wil beter brood bakken thuis voor de buren")
    assert found and found[0].id in {"deeg", "oven"}
    assert all(skill.id in {"deeg", "oven", "kassa", "leidinggeven"} for skill in found)


def test_the_closest_skills_fall_back_on_the_role_of_the_person(bakery: Catalogue) -> None:
    found = closest_skills(bakery, goal_text="gitaar spelen", role="verkoopster")
    assert [skill.id for skill in found] == ["kassa"]


def test_a_reason_never_says_past_of_a_resource(shipped: Catalogue) -> None:
    for goal in ("mijn heftruckattest loopt af", "ik wil beter leren vergaderen"):
        for rec in recommend(shipped, goal_text=goal, today=TODAY):
            assert "past" not in rec.reason


# -- fit the person ----------------------------------------------------------------------------

LEADING = "ik ben net ploegverantwoordelijke en durf mijn collega's niet aan te spreken"


def test_a_resource_for_another_sector_ranks_below_a_general_one(bakery: Catalogue) -> None:
    assert ids(bakery, LEADING)[0] == "leiding-algemeen"
    assert ids(bakery, LEADING, sector="retail")[0] == "leiding-algemeen"
    assert ids(bakery, LEADING, role="verkoper")[0] == "leiding-algemeen"


def test_unless_the_person_works_in_that_sector(bakery: Catalogue) -> None:
    assert ids(bakery, LEADING, sector="industrie")[0] == "leiding-industrie"
    assert ids(bakery, LEADING, role="ploegbaas-productie")[0] == "leiding-industrie"
    assert ids(bakery, LEADING, sector="Atelier")[0] == "leiding-industrie"  # a department


def test_a_sector_in_everyday_words_is_the_catalogues_sector(bakery: Catalogue) -> None:
    assert person(bakery, sector="fabriek").sectors == frozenset({"industrie"})
    assert ids(bakery, LEADING, sector="productie")[0] == "leiding-industrie"
    assert person(bakery, sector="ziekenhuis").sectors == frozenset()  # not a sector it uses


def test_a_long_story_of_the_persons_own_work_is_served(shipped: Catalogue) -> None:
    goal = (
        "sinds september sta ik voor een derde jaar en tijdens elke les is er zoveel lawaai "
        "dat ik mijn uitleg niet kan geven, de klas luistert gewoon niet"
    )
    found = ids(shipped, goal, role="leerkracht", sector="onderwijs")
    assert found and any(
        "klasmanagement" in item.skill_ids for i in found[:3] if (item := shipped.item(i))
    )


def test_a_bus_drivers_trouble_with_passengers_gets_no_school_course(shipped: Catalogue) -> None:
    goal = "passagiers worden boos en schelden als ik zeg dat ze moeten betalen"
    found = ids(shipped, goal, role="buschauffeur")
    assert found, "a driver's problem with passengers is served"
    first = shipped.item(found[0])
    assert first is not None and "transport" in first.sectors
    assert "agressiebeheersing" in first.skill_ids
    for item_id in found[:3]:
        item = shipped.item(item_id)
        assert item is not None and "onderwijs" not in item.sectors, item_id


def test_a_job_as_people_name_it_finds_the_role_profile(bakery: Catalogue) -> None:
    who = person(bakery, role="winkelbediende")
    assert who.role is not None and who.role.id == "verkoper"
    assert who.sectors == frozenset({"retail"})
    assert person(bakery, role="astronaut").role is None


def test_the_shipped_catalogue_serves_a_nurse_without_a_factory_congress(
    shipped: Catalogue,
) -> None:
    goal = "ik ben hoofdverpleegkundige en wil beter leidinggeven aan mijn team"
    for item_id in ids(shipped, goal, role="hoofdverpleegkundige")[:3]:
        item = shipped.item(item_id)
        assert item is not None and (not item.sectors or "zorg" in item.sectors), item_id


def test_an_unreadable_need_is_no_error(bakery: Catalogue) -> None:
    assert ids(bakery, "") == []
    assert ids(bakery, "?!? 123 ... " * 500) == []
    assert set(ids(bakery, "\x00\u202e brood " * 3)) <= {"desem-workshop", "oven-veilig"}


def test_a_negated_adjective_is_read_as_its_base(bakery: Catalogue) -> None:
    # 'onveilig' is about what the title's 'veilig' is about; 'ongeval' is no 'geval'
    reading = relevance_of(bakery).read("ik werk onveilig")
    assert "oven-veilig" in {bakery.items[row].id for row in reading.fits}
    accident = relevance_of(bakery).read("een ongeval")
    assert all("geval" not in term.forms for term in accident.terms)


CLEANING_SKILLS = """\
- id: poetsen
  nl: Poetsen
  en: Cleaning
  groep: Schoonmaak
  synoniemen: [schoonmaken, kuisen]
  situaties:
  - de vloer blijft vuil na het dweilen

- id: klantcontact
  nl: Klantcontact
  en: Customer contact
  groep: Klant
  situaties:
  - de klant vraagt iets en ik weet niet wat te zeggen
"""

CLEANING_ITEMS = """\
- id: bij-de-klant
  titel: Schoonmaken bij de klant thuis
  type: intern
  beschrijving: Discreet werken, spullen laten liggen, vragen van de klant beantwoorden.
  vaardigheden: [klantcontact]
  duur_uren: 2

- id: aan-de-balie
  titel: Klanten ontvangen aan de balie
  type: intern
  beschrijving: Bezoekers vriendelijk ontvangen en doorverwijzen.
  vaardigheden: [klantcontact]
  duur_uren: 2
"""


def test_a_title_in_another_name_of_the_same_skill_speaks_to_the_need(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # 'kuisen' is HR's other name for 'schoonmaken': the title that says it is the topic,
    # though that resource trains another skill
    folder = tmp_path_factory.mktemp("schoonmaak")
    (folder / "leermiddelen").mkdir()
    (folder / "vaardigheden.yaml").write_text(CLEANING_SKILLS, encoding="utf-8")
    (folder / "leermiddelen" / "schoonmaak.yaml").write_text(CLEANING_ITEMS, encoding="utf-8")
    catalogue = load_catalogue(folder, today=TODAY)
    got = ids(catalogue, "ik kuis bij de mensen en de klant vraagt van alles")
    assert got[:1] == ["bij-de-klant"]


SAME_SKILL_ITEMS = """\
- id: vloermachine
  titel: De vloermachine bedienen
  type: intern
  beschrijving: Schrobben en zuigen met de machine, zonder strepen.
  vaardigheden: [poetsen]
  duur_uren: 1

- id: thuis-bij-de-klant
  titel: Werken bij particulieren
  type: intern
  beschrijving: Wat je doet als de klant thuis klaagt dat het nog vuil is.
  vaardigheden: [poetsen]
  duur_uren: 3
"""


def test_of_two_resources_of_the_same_skill_the_one_saying_the_need_ranks_first(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # both train the skill whose situation says the need; one says it in its description too
    skills = CLEANING_SKILLS.replace(
        "  - de vloer blijft vuil na het dweilen",
        "  - de vloer blijft vuil na het dweilen\n  - de klant klaagt dat het nog vuil is",
    )
    folder = tmp_path_factory.mktemp("zelfde-vaardigheid")
    (folder / "leermiddelen").mkdir()
    (folder / "vaardigheden.yaml").write_text(skills, encoding="utf-8")
    (folder / "leermiddelen" / "poetsen.yaml").write_text(SAME_SKILL_ITEMS, encoding="utf-8")
    catalogue = load_catalogue(folder, today=TODAY)
    got = ids(catalogue, "de klant klaagt dat het nog vuil is na mijn beurt")
    assert got[:2] == ["thuis-bij-de-klant", "vloermachine"]


@pytest.mark.parametrize(
    "goal",
    [
        "Tegen juni bedien ik het nieuwe kassasysteem zonder hulp van de ploegbaas",
        "tegen de zomer kan ik afrekenen met het kassasysteem zonder de hulp van de chef",
        "ik wil het nieuwe kassasysteem leren zonder telkens de leidinggevende te bellen",
        "tegen juni werk ik vlot met het kassasysteem en mijn leidinggevende ziet dat",
    ],
)
def test_who_no_longer_helps_brings_no_leadership_course(bakery: Catalogue, goal: str) -> None:
    """The boss named as the one who no longer has to help is how success shows: the till is
    the need, not leading a team."""
    got = ids(bakery, goal, role="verkoper")
    assert got[:1] == ["kassasysteem"]
    assert not {"leiding-algemeen", "leiding-industrie"} & set(got)


def test_a_teachers_lesson_is_no_work_instruction(shipped: Catalogue) -> None:
    """'every maths lesson' once matched the synonym 'one point lesson' of writing work
    instructions: a teacher was offered the machine course of a new production line."""
    goal = "I want to use the smartboard in every maths lesson by easter"
    got = ids(shipped, goal, role="leerkracht-lager")
    assert got[:1] == ["ext-digitaal-lesgeven"]
    assert not {"int-machinebediening", "int-werkinstructies-schrijven"} & set(got)


def test_a_letter_hyphened_to_a_word_stays_with_it() -> None:
    from pop_assistent.text.words import glued_tokens

    assert glued_tokens("G-code, e-learning en rijbewijs C") == [
        "gcode",
        "code",
        "elearning",
        "learning",
        "en",
        "rijbewijs",
        "c",
    ]


def test_a_word_behind_a_letter_still_meets_its_own_word(shipped: Catalogue) -> None:
    """'F-gassen' is gases still: a heating installer's 'gasketels' meets it, and the heat pump
    course comes first (gluing the letter alone lost it)."""
    need = "we verkopen bijna geen gasketels meer, ik wil ook warmtepompen kunnen plaatsen"
    assert ids(shipped, need)[:1] == ["ext-warmtepompen"]


@pytest.mark.parametrize(
    ("need", "wanted", "not_wanted"),
    [
        # 'g-code', a name of CNC programming, is no name 'code'; 'code 95' is said whole
        ("mijn code 95 moet vernieuwd worden", "ext-code-95", "ext-cnc-programmeren"),
        ("ik wil G-code leren lezen voor de cnc machine", "ext-cnc-programmeren", "ext-code-95"),
    ],
)
def test_a_name_is_said_whole_not_by_a_word_of_a_hyphened_one(
    shipped: Catalogue, need: str, wanted: str, not_wanted: str
) -> None:
    got = [r.item.id for r in recommend(shipped, goal_text=need, today=TODAY)]
    assert got[:1] == [wanted] and not_wanted not in got


@pytest.mark.parametrize(
    ("role", "skill", "first"),
    [
        ("leerkracht-lager", "ict-in-de-klas", "ext-digitaal-lesgeven"),
        ("hr-medewerker", "opleidingsbeleid", None),
    ],
)
def test_a_word_of_two_skills_is_read_by_the_persons_role(
    shipped: Catalogue, role: str, skill: str, first: str | None
) -> None:
    """'Leerplatform' is the school's Smartschool for a teacher and the company's learning
    platform for HR: the role decides which skill a goal is about."""
    from pop_assistent.language.skillmatch import link_skills

    goal = "tegen de krokusvakantie zet ik zelf mijn lessen in het nieuwe leerplatform"
    profile = next(r for r in shipped.roles if r.id == role)
    prefer = [k.skill_id for k in profile.skills]
    linked = [m.skill.id for m in link_skills(goal, shipped.skills, prefer=prefer)]
    assert skill in linked
    if first is not None:
        assert ids(shipped, goal, role=role)[:1] == [first]


def test_a_course_ranks_before_an_event_unless_the_need_asks_for_one(shipped: Catalogue) -> None:
    learn = ids(shipped, "ik ben afwasser en wil graag zelf leren koken in de keuken")
    assert "event-horecabeurs" in learn and learn[0] != "event-horecabeurs"
    assert ids(shipped, "ik wil naar een beurs over nieuwe trends in de horeca")[0] == (
        "event-horecabeurs"
    )


@pytest.mark.parametrize(
    ("goal", "wanted"),
    [
        ("my loaves are burnt on the bottom every morning", "oven-veilig"),
        ("customers wait too long when I have to ring them up at the till", "kassasysteem"),
        ("I have just become the team leader and I dare not speak to colleagues", None),
    ],
)
def test_an_english_need_reads_a_dutch_catalogue_through_everyday_words(
    bakery: Catalogue, goal: str, wanted: str | None
) -> None:
    # 'burnt', 'bottom', 'till' are no Dutch words; the glossary of everyday work says which are
    found = ids(bakery, goal)
    assert found and found[0] == (wanted or found[0])
    assert wanted or found[0].startswith("leiding")


def test_the_glossary_gives_dutch_words_with_their_forms() -> None:
    from pop_assistent.text.lexicon import dutch_words

    assert {"vloer", "vloeren"} <= dutch_words("floors")
    assert "kassa" in dutch_words("checkout")
    assert dutch_words("qwerty") == frozenset()


def test_everyday_dutch_is_read_in_plain_words() -> None:
    from pop_assistent.text.lexicon import plain_expressions, plain_words

    assert "begrijpen" in plain_words("snapt") and "schoonmaken" in plain_words("kuisen")
    assert plain_words("brood") == frozenset()
    said = plain_expressions("Ik ben de hele dag brandjes aan het blussen, om de haverklap.")
    assert "brandjes" not in said and "haverklap" not in said and "vaak" in said


def test_an_expression_is_no_topic_of_its_own(shipped: Catalogue) -> None:
    # 'brandjes blussen' is about interruptions, not fire; 'snapt' is 'begrijpen'
    busy = ids(
        shipped, "ik ben de hele dag brandjes aan het blussen en kom nooit toe aan mijn werk"
    )
    assert busy and busy[0] == "int-timemanagement" and "online-brandpreventie" not in busy
    letters = ids(shipped, "onze brieven snapt niemand, de mensen bellen allemaal terug")
    assert letters and letters[0] in {"ext-klare-taal-burgers", "ext-klare-taal"}


def test_an_english_expression_is_read_whole(shipped: Catalogue) -> None:
    # a driving licence is a 'rijbewijs'; a diving licence is none
    from pop_assistent.text.lexicon import plain_expressions

    assert plain_expressions("I need my driving licence C", "en") == "i need my rijbewijs c"
    found = ids(shipped, "I need my driving licence C before the summer")
    assert found and found[0] == "ext-rijbewijs-c-basiskwalificatie"
    assert ids(shipped, "I'd love to get my open water diving license") == []


def test_a_first_timer_still_gets_the_course_about_what_the_need_names(
    shipped: Catalogue,
) -> None:
    # an advanced course is no start, but this one is about the machine the person must use
    found = ids(shipped, "de vloeren moeten met de schrobzuigmachine en ik heb dat nooit gedaan")
    assert "ext-machinaal-vloeronderhoud" in found[:3]


def test_who_checks_the_result_brings_no_leadership_course(shipped: Catalogue) -> None:
    goal = (
        "By March 2027 I use the big scrubber on the ward floors alone and my team leader checks it"
    )
    found = ids(shipped, goal)
    assert found[:1] == ["ext-machinaal-vloeronderhoud"]
    assert not [i for i in found if "leiding" in i or "ploegleider" in i]


def test_a_need_that_names_its_skill_in_an_uncommon_word_is_served(shipped: Catalogue) -> None:
    # 'ADR' is the skill's whole name, in a word rare in everyday Dutch; 'noten' is a name too
    # (of nuts), but an everyday word that says nothing on its own
    found = ids(shipped, "ik zou mazout mogen leveren bij de mensen maar daar heb je ADR voor")
    assert found and all(i.startswith("ext-adr") for i in found[:3])
    assert ids(shipped, "ik wil in het koor zingen maar ik kan geen noten lezen") == []


def test_a_dutch_stop_word_is_a_word_in_an_english_need(shipped: Catalogue) -> None:
    # 'van' is 'of' in Dutch and a vehicle in English
    found = ids(shipped, "Had a small crash with the company van, no idea how to fill in that form")
    assert "online-aanrijdingsformulier" in found[:3]


def test_a_skill_named_whole_in_common_words_names_the_topic_of_a_long_story(
    shipped: Catalogue,
) -> None:
    """'eerste hulp' is two ordinary words; said whole, in a story about a workshop with no one
    to give it, they name what the person wants (advice14, after scoring: nothing came)."""
    goal = (
        "in ons atelier is er niemand die eerste hulp kan geven als er iets gebeurt. ik wil me "
        "kandidaat stellen maar heb nog nooit een cursus gehad"
    )
    assert "ehbo-basis" in ids(shipped, goal)[:3]


def test_the_clarifying_question_offers_the_skills_the_person_wants_to_improve(
    shipped: Catalogue,
) -> None:
    """A kindergarten teacher's goal about quiet moments with pictograms for a pupil got no
    resource; asked which skill it should strengthen, she was offered mindfulness and stress,
    not 'Leerlingen met specifieke noden begeleiden', which she had said she wants to grow in."""
    from pop_assistent.advice import closest_skills
    from pop_assistent.demo import sophie
    from pop_assistent.model import SkillCategory, SkillRating

    plan = sophie(TODAY)
    plan.employee.role_profile_id = "leerkracht-kleuter"
    plan.skills = [
        SkillRating(skill_id="leerlingenbegeleiding", label="Leerlingen met specifieke noden",
                    current_level=2, wanted_level=4, categories=[SkillCategory.to_improve]),
    ]  # fmt: skip
    goal = (
        "tegen de paasvakantie wil ik 2 keer per week een rustmoment met pictos inbouwen voor "
        "Lars zonder dat de zorgjuf moet ingrijpen"
    )
    offered = [sk.id for sk in closest_skills(shipped, goal_text=goal, plan=plan)]
    assert "leerlingenbegeleiding" in offered[:3]


@pytest.mark.parametrize(
    ("goal", "wish"),
    [
        ("ik kook thuis graag voor vrienden en wil beter leren koken", True),
        ("ik help mensen thuis met eten en drinken", False),  # home care is work
        ("our rugby team needs a physio", True),
        ("ik wil mijn team beter leiden", False),
        ("handbal leerlingen beter begeleiden", False),  # a PE teacher's pupils
        ("cursus hypotheek en woonlening", False),  # a bank clerk's products
    ],
)
def test_ones_own_kitchen_and_sports_team_are_private(goal: str, wish: bool) -> None:
    from pop_assistent.advice.intent import private

    assert private(goal) is wish
