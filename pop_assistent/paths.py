"""Where things live: the user's data and config directories, and the shipped resources.

The only module that knows about platformdirs and about the layout of an installed wheel.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "pop-assistent"


def data_dir(env: Mapping[str, str] | None = None) -> Path:
    """The user's data directory (POP_DATA_DIR overrides), created owner-only (0700)."""
    env = os.environ if env is None else env
    override = env.get("POP_DATA_DIR")
    if override:
        path = Path(override).expanduser()
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, appauthor=False)
    return ensure_private_dir(path)


def config_dir(env: Mapping[str, str] | None = None) -> Path:
    """The user's config directory (POP_CONFIG_DIR overrides); not created here."""
    env = os.environ if env is None else env
    override = env.get("POP_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def cache_dir(env: Mapping[str, str] | None = None) -> Path:
    """The user's cache directory (POP_CACHE_DIR overrides), created owner-only (0700).

    Holds only what can be made again (the compiled catalogue); raises OSError when it
    cannot be made, and callers then work without it.
    """
    env = os.environ if env is None else env
    override = env.get("POP_CACHE_DIR")
    if override:
        path = Path(override).expanduser()
    else:
        from platformdirs import user_cache_path

        path = user_cache_path(APP_NAME, appauthor=False)
    return ensure_private_dir(path)


def ensure_private_dir(path: Path) -> Path:
    """Create `path` if needed and make it readable by its owner only.

    A folder that belongs to someone else, or sits on a read-only disk, is left as it is:
    whoever then writes in it gets a sentence saying why that cannot (raises OSError only
    when the folder cannot be made at all).
    """
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    info = path.stat()
    if info.st_uid == os.geteuid() and info.st_mode & 0o077:
        try:
            os.chmod(path, 0o700)
        except OSError:
            pass  # a read-only disk: nothing can be written there anyway
    return path


def resource_dir(name: str) -> Path:
    """A shipped resource folder ("prompts" or "catalogus").

    In a wheel they are installed inside the package; in a source checkout they sit at the
    repository root, next to the package.
    """
    package = Path(__file__).resolve().parent
    installed = package / name
    if installed.is_dir():
        return installed
    return package.parent / name
