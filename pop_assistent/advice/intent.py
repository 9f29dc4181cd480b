"""What a goal says about where the employee starts: renewing a certificate, or from nothing.

'Mijn heftruckattest loopt af' wants the refresher first; 'ik heb nog geen attest' wants the
basic course, not the refresher or an advanced one. Plain word lists, in Dutch and English.
"""

from __future__ import annotations

from pop_assistent.catalogue.text import tokens
from pop_assistent.model.catalogue import CatalogueItem

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
