"""The works-council version: no amount that one person dominates, and none to work out.

A cell of five or more people can still single one out when one of them makes up most of it: a
45,000 euro MBA in an 'Overige afdelingen' of seven people is the director's. So every amount
(hours and cost, with the days and budget figures made from them) is checked with a dominance
rule: when one person contributes more than `share` of a cell (org setting `max_person_share`,
default one half), the cell is not shown.

Hiding one cell is not enough when the table also shows its total: the total minus the other
cells gives it back. So every table line whose total is shown (the departments and their
formal/informal split, the clusters, the trainings of a cluster, the budgeted and unbudgeted
departments) is a partition of that total, and the hidden cells of a partition must be at
least two that are not empty and, together, not dominated by one person either; else more
cells are hidden (the smallest that is enough, or the largest), and when none are left the
total itself. This repeats until nothing changes, since one table's total is another's cell.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping

Amounts = Mapping[str, float]
"""Person -> amount, for one cell."""
Partition = tuple[list[Hashable], Hashable]
"""(cells, the cell that is their total)."""


def dominated(amounts: Amounts, share: float) -> bool:
    """One person makes up more than `share` of the cell."""
    total = sum(amounts.values())
    return total > 0 and max(amounts.values()) > share * total


def _union(cells: dict[Hashable, Amounts], keys: Iterable[Hashable]) -> dict[str, float]:
    merged: dict[str, float] = defaultdict(float)
    for key in keys:
        for person, value in cells.get(key, {}).items():
            merged[person] += value
    return merged


def _size(cells: dict[Hashable, Amounts], key: Hashable) -> float:
    return sum(cells.get(key, {}).values())


def protect(
    cells: dict[Hashable, Amounts],
    partitions: list[Partition],
    share: float,
    hidden: set[Hashable] | None = None,
) -> set[Hashable]:
    """Every cell to leave out: the dominated ones, those already `hidden` (too few people),
    and enough others that no shown total gives any of them back (see the module docstring)."""
    out = set(hidden or ()) | {key for key, amounts in cells.items() if dominated(amounts, share)}

    def unsafe(inner: list[Hashable]) -> bool:
        filled = [key for key in inner if _size(cells, key) > 0]
        return bool(filled) and (len(filled) < 2 or dominated(_union(cells, filled), share))

    changed = True
    while changed:
        changed = False
        for members, total in partitions:
            if total in out:
                continue
            inner = [key for key in members if key in out]
            while inner and unsafe(inner):
                rest = sorted(
                    (key for key in members if key not in out and _size(cells, key) > 0),
                    key=lambda key: _size(cells, key),
                )
                if not rest:
                    out.add(total)
                    changed = True
                    break
                pick = next((key for key in rest if not unsafe([*inner, key])), rest[-1])
                out.add(pick)
                inner.append(pick)
                changed = True
    return out
