"""Build hook: compile the gettext catalogues (`.po` -> `.mo`) into the wheel, with Babel.

A plain `pip install .` (or `-e .`) runs it; `pop_assistent/i18n.py` reads a `.po` itself when
its `.mo` is missing or older, so a checkout never needs this step to run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileCatalogues(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        root = Path(self.root)
        for po in sorted((root / "pop_assistent" / "locale").glob("*/LC_MESSAGES/*.po")):
            mo = po.with_suffix(".mo")
            with po.open("rb") as source:
                catalogue = read_po(source)
            with mo.open("wb") as target:
                write_mo(target, catalogue)
            build_data["force_include"][str(mo)] = str(mo.relative_to(root))
