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
    gezin zoontje dochtertje kindje kleinzoon kleindochter schoonouders lief friend friends
    family kids parents boyfriend girlfriend sister brother mum mom dad""".split()
)
"""Who or what a private wish is about, said as 'mijn ...' / 'my ...': the person's own family,
pets and home ('mijn eigen keuken', 'mijn tuin')."""

POSSESSIVES = frozenset({"mijn", "my", "onze", "ons", "our"})

LEISURE = frozenset(
    """hobby hobby's hobbys vakantie vakanties vrijetijd club vereniging trouwen huwelijk
    bruiloft trouwfeest verjaardag verjaardagsfeest holiday holidays wedding
    vacation""".split()
)
"""Words of a wish for one's free time."""

FREE_TIME = frozenset({("vrije", "tijd"), ("spare", "time"), ("free", "time")})

WORK_WORDS = frozenset(
    """werk werken werkt job collega collega's klant klanten bewoner bewoners patient patienten
    cliënt client clienten leerling leerlingen baas werkgever afdeling shift dienst ploeg team
    functie loopbaan carriere zaak winkel werf bedrijf organisatie work colleague colleagues
    customer customers patients job career""".split()
)
"""Words that tie a wish to work, whoever else it names ('mijn vrouw' in 'werk en gezin')."""


def private(goal_text: str) -> bool:
    """Whether a wish is about the person's private life (their child's homework, their dog,
    a holiday, a club) and not about work: no work catalogue serves it, however many words it
    shares with one."""
    words = tokens(goal_text[:2000])
    if WORK_WORDS.intersection(words):
        return False
    pairs = {(a, b) for a, b in zip(words, words[1:], strict=False)}
    family = any(a in POSSESSIVES and b in PRIVATE_PEOPLE for a, b in pairs)
    leisure = LEISURE.intersection(words) or pairs & FREE_TIME
    return family or bool(leisure) or any(w.endswith("club") for w in words)
