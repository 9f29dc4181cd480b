"""A goal's words as one main clause with its subject first (grammar, not sentences to translate).

'dat ik zelfstandig een les geef met het bord' -> 'Ik geef zelfstandig een les met het bord';
'leiding geven aan het team' -> 'Ik wil leiding geven aan het team'. Dutch puts the finite verb
last in a subordinate clause, but a phrase with a preposition may follow it ('met het bord',
'zonder hulp van de hoofdverpleegkundige'); those phrases are set aside before the verb is
looked for, and stay at the end. When the words cannot be reordered safely they are kept as
the person wrote them, behind 'Ik wil bereiken dat'.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pop_assistent.i18n import Language

SUBORDINATE: dict[str, re.Pattern[str]] = {
    "nl": re.compile(r"^(?:ik wil )?(?:dat|zodat|als|wanneer)\s+", re.I),
    "en": re.compile(r"^(?:i want )?(?:that|so that|when|if)\s+", re.I),
}
"""How a subordinate clause ('dat ik ...', 'so that I ...') begins, per language; a language
without an entry has none recognised."""
NO_SUBORDINATE = re.compile(r"(?!)")


def subordinate(lang: Language) -> re.Pattern[str]:
    """The start of a subordinate clause in `lang` (a pattern that never matches if unknown)."""
    return SUBORDINATE.get(lang, NO_SUBORDINATE)


def clause(text: str, lang: Language) -> str:
    """A fragment as a main clause with its subject first; a sentence that is already one stays
    as it is. A language without its own grammar here keeps the words, with a capital."""
    text = " ".join(text.strip().rstrip(" .!").split())
    if not text:
        return ""
    main = CLAUSES.get(lang)
    text = main(text) if main else text
    return text[:1].upper() + text[1:]


def _clause_en(text: str) -> str:
    text = SUBORDINATE["en"].sub("", text)
    words = text.split()
    if words and words[0].lower() not in {"i", "we", "my", "our", "the", "by", "within", "before"}:
        gerund = words[0].lower().endswith("ing")  # 'planning the rota': a skill named
        lead = "I want to get better at" if gerund else "I want to"
        lead = "I want" if words[0].lower() in AMOUNTS_EN else lead  # 'less back pain'
        text = f"{lead} {text[0].lower()}{text[1:]}"
    return text


AMOUNTS_EN = frozenset({"less", "fewer", "more", "no", "a", "an", "better", "good", "new"})
AMOUNTS_NL = frozenset({"minder", "meer", "geen", "een", "betere", "goede", "nieuwe"})
"""Words that open a fragment about a thing one wants, an amount or a kind of it ('minder
rugpijn na het dweilen', 'een attest heftruck', 'betere communicatie met collega's'): one
wants it, one does not become better in it."""
SUBJECTS_NL = frozenset({"ik", "we", "wij"})
OPENERS_NL = SUBJECTS_NL | {"mijn", "tegen", "binnen", "voor", "vanaf"}


def _clause_nl(text: str) -> str:
    sub = SUBORDINATE["nl"].match(text)
    text = SUBORDINATE["nl"].sub("", text)
    words = text.split()
    if sub and len(words) >= 2 and words[0].lower() in SUBJECTS_NL:
        return main_order(words)
    if words and words[0].lower() not in OPENERS_NL:
        core = words[: phrases_start(words)]
        verb = bool(core) and _infinitive(core[-1])
        amount = words[0].lower() in AMOUNTS_NL  # 'minder rugpijn': wanting less of a thing
        lead = "Ik wil" if verb or amount else "Ik word beter in"  # 'zorgdossier': no verb
        text = f"{lead} {text[0].lower()}{text[1:]}"
    return text


def _infinitive(word: str) -> bool:
    """'geven', 'halen', 'spreken': a Dutch infinitive closes a fragment with a verb."""
    word = word.lower().strip(",")
    return len(word) > 3 and word.endswith(("en", "ën")) and word not in DETERMINERS_NL


CLAUSES: dict[str, Callable[[str], str]] = {"nl": _clause_nl, "en": _clause_en}
"""A fragment made a main clause, per language."""

AUXILIARIES_NL = frozenset(
    "heb hebben ben zijn kan kunnen wil willen moet moeten zal zullen mag mogen word worden".split()
)
COORDINATORS_NL = frozenset("en of maar want".split())
PREPOSITIONS_NL = frozenset(
    "met zonder van voor aan bij naar uit over door tot om onder via per op in tijdens na "
    "binnen buiten rond volgens".split()
)
DETERMINERS_NL = frozenset(
    "de het een mijn m'n onze ons je jouw zijn z'n haar hun die dit deze dat elke elk ieder "
    "iedere alle twee drie vier vijf".split()
)
SEPARABLE_NL = ("in", "uit", "op", "af", "aan", "mee", "terug", "toe", "weg", "samen", "bij",
                "na", "door", "over", "voor", "om", "vast", "rond")  # fmt: skip
"""Prefixes a Dutch verb may split off in a main clause ('invoeren': 'ik voer ... in'); a verb
that may have one keeps its clause behind 'Ik wil bereiken dat'."""


def _phrase_start(words: list[str]) -> int | None:
    """Where a closing phrase with a preposition begins ('met het nieuwe bord', 'zonder hulp',
    'op 3 afdelingen'): a preposition, a determiner or none, words that describe ('nieuwe',
    '3'), and one noun last; None when the words do not end in such a phrase."""
    i = len(words) - 2  # the noun is the last word
    while i >= 1 and (words[i].lower().endswith("e") or words[i].isdigit()):
        i -= 1  # 'nieuwe', 'complexe', '3'
    if i >= 1 and words[i].lower() in DETERMINERS_NL:
        i -= 1
    if i >= 1 and words[i].lower() in PREPOSITIONS_NL:
        return i
    return None


def phrases_start(words: list[str]) -> int:
    """Where the phrases with a preposition that close a Dutch clause begin (len(words) when
    none): 'een les geef met het bord' -> 3."""
    end = len(words)
    while (start := _phrase_start(words[:end])) is not None:
        end = start
    return end


def main_order(words: list[str]) -> str:
    """A Dutch subordinate clause ('ik de vergadering leid') in main-clause order, the finite
    verb second: 'Ik leid de vergadering'. The verb is the last word before the closing phrases
    ('ik een les geef met het bord' -> 'Ik geef een les met het bord'); with a verb cluster the
    first auxiliary moves ('ik het attest heb gehaald' -> 'Ik heb het attest gehaald'). Two
    clauses joined by 'en', a comma, or a verb that may split ('afsluit') cannot be reordered by
    moving one word, so they stay subordinate behind 'Ik wil bereiken dat'."""
    kept = "Ik wil bereiken dat " + " ".join(words)
    rest = [w.strip(",").lower() for w in words[1:]]
    if COORDINATORS_NL.intersection(rest) or any("," in w for w in words):
        return kept
    end = phrases_start(words)
    core, tail = words[:end], words[end:]
    if len(core) < 2:
        return kept
    first = len(core) - 1
    while first >= 2 and core[first - 1].lower() in AUXILIARIES_NL:
        first -= 1  # 'zal kunnen doen': 'zal' is the finite verb
    verb = core[first].lower()
    if first == len(core) - 1 and (verb.startswith(SEPARABLE_NL) and verb not in AUXILIARIES_NL):
        return kept  # 'afsluit': 'sluit ... af', not moved
    if verb in DETERMINERS_NL or verb in PREPOSITIONS_NL:
        return kept
    before = core[first - 1].lower()
    if first >= 2 and (before in DETERMINERS_NL or before in PREPOSITIONS_NL):
        return kept  # 'het bord', 'me het bord' (a slip for 'met'): a noun, not the verb
    ordered = [core[0], core[first], *core[1:first], *core[first + 1 :], *tail]
    return " ".join(ordered)


PRONOUNS = frozenset("it them ze zoiets".split())
"""Words that always point back at something said before ('I can do it alone')."""
BACK_REFERENCES = frozenset("het dit dat deze die haar hem this that these those".split())
"""Words that point back at the goal when no noun follows ('ik doe het zelfstandig'), but are
an article before one ('ik maak het menu'): a measure that points back does not stand on its
own, so the sentence keeps the 'what' too."""
AFTER_PRONOUN = frozenset(
    "zelf zelfstandig alleen goed beter vlot correct foutloos juist ook nu elke iedere altijd "
    "zonder met in op bij voor na tegen binnen kan kunnen wil moet zal mag heb ben doe weet "
    "alone myself well correctly without with on in at by every always again".split()
)
"""Words after 'het', 'dit', ... that show it stands alone: adverbs, prepositions, verbs."""

PREPOSITIONS = frozenset(
    "in op met van voor aan bij naar uit over door tot om onder zonder via per in on with of "
    "for at to from by into about".split()
)


def points_back(words: list[str]) -> bool:
    """True when a word points back at the goal ('ik doe het zelfstandig', 'ik kan het', 'I do
    it alone'); after a preposition it is an article ('in het EPD', 'with the team'), and
    before a noun too ('ik maak het menu')."""
    for i, word in enumerate(words):
        if i and words[i - 1] in PREPOSITIONS:
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in PRONOUNS or (word in BACK_REFERENCES and _alone_after(following)):
            return True
    return False


def _alone_after(word: str) -> bool:
    """The word after 'het' shows 'het' stands alone: none, an adverb, a preposition, a verb
    or a past participle ('geleerd', 'gehaald')."""
    bare = word.strip(",;.")
    participle = bare.startswith("ge") and bare.endswith(("d", "t", "n")) and len(bare) > 4
    return not bare or bare != word or bare in AFTER_PRONOUN or participle
