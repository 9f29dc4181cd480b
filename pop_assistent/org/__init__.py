"""The organisation's training plan (opleidingsplan) from the plans employees share.

`build_training_plan(plans, settings=..., year=..., today=...)` aggregates in one streaming pass
(org/aggregate.py, rules in org/rules.py); `render(plan, fmt)` writes md, html, pdf, csv or xlsx
(org/render.py, org/tables.py); `plans_from_folder(...)` reads a folder of exported plans.
"""

from __future__ import annotations

from pop_assistent.org.aggregate import build_training_plan
from pop_assistent.org.model import CLUSTER_NAMES, CLUSTERS, TrainingPlan
from pop_assistent.org.render import render
from pop_assistent.org.sources import plans_from_folder

__all__ = [
    "CLUSTERS",
    "CLUSTER_NAMES",
    "TrainingPlan",
    "build_training_plan",
    "plans_from_folder",
    "render",
]
