"""What a goal says about where the employee starts: renewing a certificate, or from nothing.

'Mijn heftruckattest loopt af' wants the refresher first; 'ik heb nog geen attest' wants the
basic course, not the refresher or an advanced one. Plain word lists, in Dutch and English.
"""

from __future__ import annotations

from pop_assistent.model.catalogue import CatalogueItem
from pop_assistent.text.words import tokens

RENEWAL_WORDS = frozenset(
    """vernieuwen hernieuwen verlengen opfrissen opfrissing herhaling herhalen bijscholing
    verloopt vervalt verlopen vervallen hercertificering renew renewal refresh refresher
    expires expired expiring recertification""".split()
)
"""Words that say the goal is to keep a certificate valid rather than to earn it."""
RENEWAL_TITLES = ("opfrissing", "herhaling", "bijscholing", "refresher")
RENEWAL_BONUS = 0.2


def about_renewal(goal_text: str) -> bool:
    words = tokens(goal_text[:2000])
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
    return bool(RENEWAL_WORDS.intersection(words)) or bool(
        pairs & {"loopt af", "liep af", "afgelopen attest", "runs out"}
    )


FIRST_TIME_WORDS = frozenset("beginner beginners starter nieuweling nooit never".split())
FIRST_TIME_PAIRS = frozenset(
    {"nog geen", "voor het", "geen ervaring", "first time", "no experience", "not yet"}
)
"""Words that say the employee starts from nothing ('ik heb nog geen attest')."""
FIRST_TIME_PENALTY = 0.25


def first_time(goal_text: str) -> bool:
    words = tokens(goal_text[:2000])
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
    triples = {f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:], strict=False)}
    return bool(
        FIRST_TIME_WORDS.intersection(words)
        or (pairs & FIRST_TIME_PAIRS) - {"voor het"}
        or "voor het eerst" in triples
    )


def is_refresher(item: CatalogueItem) -> bool:
    title = item.title.lower()
    return any(word in title for word in RENEWAL_TITLES)


PRIVATE_PEOPLE = frozenset(
    """dochter dochters zoon zoons zonen kind kinderen kids kleinkind kleinkinderen man vrouw
    partner vriend vriendin moeder vader mama papa ouders schoonmoeder schoonvader broer zus
    hond honden kat katten huisdier huisdieren daughter son children husband wife dog cat
    grandchildren eigen huis tuin woning appartement house garden home own vrienden familie
    gezin zoontje dochtertje kindje kleinzoon kleindochter schoonouders schoonfamilie lief
    friend friends family kids parents boyfriend girlfriend sister brother mum mom dad auto wagen
    fiets moto caravan boot camper terras badkamer vijver zwembad dak rijhuis rijwoning garage
    zolder kelder car bike boat roof flat apartment""".split()
)
"""Who or what a private wish is about, said as 'mijn ...' / 'my ...': the person's own family,
pets and home ('mijn eigen keuken', 'mijn tuin')."""

POSSESSIVES = frozenset({"mijn", "my", "onze", "ons", "our"})

LEISURE = frozenset(
    """hobby hobby's hobbys vakantie vakanties vrijetijd club vereniging trouwen huwelijk
    bruiloft trouwfeest verjaardag verjaardagsfeest holiday holidays wedding
    vacation tuinhuis zetel sofa couch zwemmen marathon hardlopen joggen fitness yoga
    pilates piano gitaar viool drummen zingen koor dansen schilderen fotograferen breien haken
    naaien tuinieren vissen golf tennis voetbal wielrennen schaken stamboom genealogie roman
    swimming running jogging gym guitar violin singing choir dancing painting photography
    knitting gardening fishing football soccer cycling chess genealogy novel vijver klimzaal
    pottenbakken keramiek boetseren duiken zeilen surfen skiën paardrijden kamperen
    belastingaangifte huishoudbudget huishouden verbouwen verbouwing pottery sailing surfing
    skiing climbing camping pensioensparen bijsparen
    rugby hockey basketbal volleybal handbal
    judo karate boksen kickboksen padel badminton paardensport rugbyteam basketball
    volleyball handball boxing""".split()
)
"""Words of a wish for one's free time, home and hobbies ('in de zetel', 'piano'). Only
without a word of work ('zingen met de bewoners' is work). Not 'thuis': 'acht maanden thuis
met een burn-out' is a way back to work, 'ik poets bij mensen thuis' is work."""


TEAMS = frozenset("team ploeg club teams ploegen".split())
"""A team after a sport ('rugby team', 'voetbal ploeg') is one of free time."""

FREE_TIME = frozenset(
    {
        ("vrije", "tijd"), ("spare", "time"), ("free", "time"),
    }
)  # fmt: skip
AT_HOME = frozenset("eten koken kook kookt eet".split())
WE = frozenset("ik we wij".split())
"""Eating and cooking said within a word or two of 'thuis', by oneself ('nu eten we thuis elke
week hetzelfde', 'ik kook thuis'): one's own kitchen, not the home one works in ('ik help
mensen thuis met eten')."""

WORK_WORDS = frozenset(
    """werk werken werkt job collega collega's klant klanten bewoner bewoners patient patienten
    cliënt client clienten leerling leerlingen baas werkgever afdeling shift dienst ploeg team
    functie loopbaan carriere zaak winkel werf bedrijf organisatie work colleague colleagues
    customer customers patients job career""".split()
)
"""Words that tie a wish to work, whoever else it names ('mijn vrouw' in 'werk en gezin')."""


FOR_ONESELF = frozenset(
    " ".join(phrase.split())
    for phrase in """uit interesse|uit pure interesse|voor de fun|voor mijn plezier|voor het
    plezier|puur voor mezelf|puur voor mijzelf|los van mijn werk|los van het werk|niet voor mijn
    werk|niet voor het werk|buiten mijn werk|buiten het werk|niets met mijn werk te maken|just for
    fun|for fun|out of interest|outside work|outside of work|not for work|not for my job|nothing
    to do with my job|nothing to do with work|eigen webshop|eigen zaak starten|eigen zaakje|in
    bijberoep|als zelfstandige in bijberoep|side business|side hustle|my own business|bij te
    sparen|extra sparen|sparen voor mijn pensioen|save for my pension""".split("|")
)
"""Phrases that say a wish is for the person's own sake, even when they name their work
('ik werk op de boekhouding maar wil puur uit interesse over wijn leren')."""

ANIMALS = frozenset(
    """hond honden hondje puppy kat katten kitten konijn konijnen paard paarden pony huisdier
    huisdieren cavia vogels merrie hengst veulen ezel geit geiten kippen dog dogs cat cats
    horse horses mare pony pet pets rabbit puppies chickens""".split()
)
"""Animals a private wish is for ('EHBO voor honden'), not those met at work ('agressieve
honden bij huisbezoeken')."""


def private(goal_text: str) -> bool:
    """Whether a wish is about the person's private life (their child's homework, their dog,
    a holiday, a club) and not about work: no work catalogue serves it, however many words it
    shares with one."""
    words = tokens(goal_text[:2000])
    said = f" {' '.join(words)} "
    if any(f" {phrase} " in said for phrase in FOR_ONESELF):
        return True
    # 'a rugby team', 'de voetbalploeg': a team of one's free time is no team at work
    at_work = [
        w for at, w in enumerate(words) if not (w in TEAMS and at and words[at - 1] in LEISURE)
    ]
    if WORK_WORDS.intersection(at_work):
        return False
    pairs = {(a, b) for a, b in zip(words, words[1:], strict=False)}
    if any(a in ("voor", "for", "bij", *POSSESSIVES) and b in ANIMALS for a, b in pairs):
        return True  # 'EHBO voor honden', 'eerste hulp bij honden', 'my dog'
    family = any(a in POSSESSIVES and b in PRIVATE_PEOPLE for a, b in pairs)
    home = any(
        w == "thuis"
        and AT_HOME.intersection(near := words[max(0, at - 2) : at + 3])
        and WE.intersection(near)
        for at, w in enumerate(words)
    )
    leisure = LEISURE.intersection(words) or pairs & FREE_TIME or home
    return family or bool(leisure) or any(w.endswith("club") for w in words)


EVENT_WORDS = frozenset(
    """beurs beurzen congres congressen seminarie seminar studiedag studiedagen netwerken
    netwerk inspiratie trends infosessie infoavond evenement event events conference
    congress fair webinar lezing lezingen""".split()
)
"""Words that ask for an event rather than a course ('een beurs over nieuwe trends')."""


def asks_for_event(goal_text: str) -> bool:
    return bool(EVENT_WORDS.intersection(tokens(goal_text[:2000])))
