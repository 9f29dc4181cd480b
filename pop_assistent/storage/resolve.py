"""Find the plan a person means: by id, by name, or by the first letters of either.

Pure functions over (id, name) pairs, so that every store (SQLite, PostgreSQL) answers alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from pop_assistent.errors import AmbiguousPlanError, PlanNotFoundError
from pop_assistent.i18n import N_, Message
from pop_assistent.text import one_line
from pop_assistent.text import squash as fold

__all__ = ["describe", "fold", "resolve_ref", "shown"]

MAX_LISTED = 10


def shown(text: str, limit: int = 60) -> str:
    """A user-typed value made safe for a one-line message (no control characters, short)."""
    return one_line(text, limit)


def describe(plan_id: str, name: str) -> str:
    """'Sophie Peeters (sophie-peeters)'."""
    return f"{name} ({plan_id})"


def _listed(pairs: list[tuple[str, str]]) -> Message | str:
    names = ", ".join(describe(i, n) for i, n in pairs[:MAX_LISTED])
    rest = len(pairs) - MAX_LISTED
    if rest > 0:
        return Message(N_("{names}, en {rest} andere"), names=names, rest=rest)
    return names


def _word_starts(name_key: str) -> list[str]:
    """'an de smet' -> ['an de smet', 'de smet', 'smet']: a ref may start at any word."""
    words = name_key.split()
    return [" ".join(words[i:]) for i in range(len(words))]


def resolve_ref(ref: str, candidates: Iterable[tuple[str, str]]) -> str:
    """The id of the one plan `ref` points to, or an error sentence listing the options.

    Order: exact id, exact name (case- and accent-insensitive), a prefix of id or name, then a
    prefix of any word of the name (so a surname works). The first step with a match decides.
    """
    pairs = sorted(set(candidates), key=lambda p: (fold(p[1]), p[0]))
    raw = ref.strip()
    key = fold(raw)
    if key:
        steps = (
            lambda i, n: i == raw or i == key,
            lambda i, n: fold(n) == key,
            lambda i, n: i.startswith(key) or fold(n).startswith(key),
            lambda i, n: any(part.startswith(key) for part in _word_starts(fold(n))),
        )
        for step in steps:
            found = [(i, n) for i, n in pairs if step(i, n)]
            if len(found) == 1:
                return found[0][0]
            if found:
                raise AmbiguousPlanError(
                    N_(
                        "'{name}' past bij {count} plannen: {plans}. Typ meer letters of "
                        "gebruik het id."
                    ),
                    name=shown(raw),
                    count=len(found),
                    plans=_listed(found),
                )
    if not pairs:
        raise PlanNotFoundError(
            N_(
                "Er is geen plan dat '{name}' heet: er zijn nog geen plannen. Maak er een met "
                "'pop' of probeer 'pop demo'."
            ),
            name=shown(raw),
        )
    raise PlanNotFoundError(
        N_("Er is geen plan dat '{name}' heet. Je plannen: {plans}."),
        name=shown(raw),
        plans=_listed(pairs),
    )
