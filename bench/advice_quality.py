"""Score `recommend` on blind needs files: top-3 fits, best-first, and unservable needs left empty.

Usage: .venv/bin/python -P bench/advice_quality.py NEEDS.yaml [...] [-v] [--context]
  -v         print each miss (what came, what was wanted) and each padded unservable need
  --context  also pass the need's `functie` and `sector` (when the file has them)

A need lists `goed` (best first) and `ook_goed`; `goed: []` means the catalogue cannot serve it.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from pop_assistent.advice import recommend
from pop_assistent.catalogue import Catalogue, load_catalogue

TODAY = date(2026, 11, 24)


def _recommend(catalogue: Catalogue, need: dict[str, Any], context: bool) -> list[str]:
    extra: dict[str, Any] = {}
    if context:
        extra = {"role": need.get("functie") or None, "sector": need.get("sector") or None}
    recs = recommend(catalogue, goal_text=need["doel"], today=TODAY, **extra)
    return [r.item.id for r in recs]


def score(catalogue: Catalogue, needs: list[dict[str, Any]], context: bool, verbose: bool) -> str:
    best = top3 = top3_fine = fitting = empty = nothing = 0
    for need in needs:
        got = _recommend(catalogue, need, context)
        good = list(need.get("goed") or [])
        fine = set(good) | set(need.get("ook_goed") or [])
        if not good:
            empty += 1
            nothing += not got
            if got and verbose:
                print(f"  PADDED {need['doel'][:80]!r} -> {got[:3]}")
            continue
        fitting += 1
        best += bool(got) and got[0] in good
        top3 += any(i in good for i in got[:3])
        hit = any(i in fine for i in got[:3])
        top3_fine += hit
        if verbose and not hit:
            print(
                f"  MISS {need['doel'][:80]!r} [{need.get('functie', '')}/"
                f"{need.get('sector', '')}]\n       got {got[:3]}\n       want {good}"
            )
    pct = lambda a, b: f"{a / b:.0%}" if b else "-"  # noqa: E731
    return (
        f"fitting={fitting} best-first={pct(best, fitting)} top3(goed)={pct(top3, fitting)} "
        f"top3(goed|ook)={pct(top3_fine, fitting)}  "
        f"unservable={empty} nothing={pct(nothing, empty)}"
    )


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    files = [a for a in argv if not a.startswith("-")]
    catalogue = load_catalogue(today=TODAY)
    ids = {item.id for item in catalogue.items}
    for name in files:
        needs = yaml.safe_load(Path(name).read_text(encoding="utf-8"))
        unknown = {i for n in needs for i in [*(n["goed"] or []), *(n.get("ook_goed") or [])]} - ids
        if unknown:
            print(f"{name}: unknown ids {sorted(unknown)}")
        modes = [False, True] if "--context" in argv else [False]
        for context in modes:
            label = "with role/sector" if context else "goal only"
            print(f"{name} ({label}):")
            print("  " + score(catalogue, needs, context, verbose))


if __name__ == "__main__":
    main(sys.argv[1:])
