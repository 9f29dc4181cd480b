"""Dutch and English understanding: time expressions, recurrence, skill matching, SMART checks.

Importing this package is cheap: the submodules (`dates`, `recurrence`, `smart`, `skillmatch`)
are loaded only when used, so `import pop_assistent.language` stays far below 150 ms.
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["dates", "normalize", "numbers", "recurrence", "skillmatch", "smart"]


def __getattr__(name: str) -> ModuleType:
    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(name)
