"""Writing a command's document: owner-only to a file, or to standard output for `-o -`."""

from __future__ import annotations

from pathlib import Path

from pop_assistent.commands.context import Context


def emit(ctx: Context, data: bytes, target: Path | None, encoding: str = "utf-8") -> bool:
    """Write `data` to `target` (owner-only), or to stdout when `target` is None.

    Returns True when a file was written, so the caller can say where. A file that cannot be
    written is a PopError with the reason.
    """
    if target is None:
        stream = getattr(ctx.out, "buffer", None)
        if stream is not None:
            ctx.out.flush()
            stream.write(data)
            stream.flush()
        else:
            ctx.out.write(data.decode(encoding))
        return False
    from pop_assistent.errors import PopError
    from pop_assistent.paths import write_private

    try:
        write_private(target, data)
    except OSError as exc:
        raise PopError(
            f"{target} kan niet geschreven worden: {exc.strerror}.",
            f"{target} cannot be written: {exc.strerror}.",
        ) from exc
    return True
