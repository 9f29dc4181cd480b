"""The example plans `pop demo` makes (Sophie and Karim), told apart from a person's own plans:
the start of the app lists them as examples, never as "your plans"."""

from __future__ import annotations

EXAMPLES: dict[str, str] = {
    "sophie-peeters": "Sophie Peeters",
    "karim-el-amrani": "Karim El Amrani",
}
"""Plan id -> employee name of each example plan (demo.py makes exactly these)."""


def is_example(plan_id: str, name: str) -> bool:
    """True for a plan `pop demo` made (its id and its name both those of an example)."""
    return EXAMPLES.get(plan_id) == name
