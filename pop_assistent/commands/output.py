"""Writing a command's document: to a file through files.write_file, or to standard output
for `-o -`; both check that every byte arrived."""

from __future__ import annotations

from pathlib import Path

from pop_assistent.commands.context import Context


def emit(ctx: Context, data: bytes, target: Path | None, encoding: str = "utf-8") -> bool:
    """Write `data` to `target` (see files.write_file), or to stdout when `target` is None.

    Returns True when a file was written, so the caller can say where. A write that fails is a
    StorageError with one sentence (the CLI exits 2).
    """
    from pop_assistent.files import write_file, write_stream

    if target is None:
        stream = getattr(ctx.out, "buffer", None)
        if stream is not None:
            ctx.out.flush()
            write_stream(stream, data)
        else:
            ctx.out.write(data.decode(encoding))
        return False
    write_file(target, data)
    return True
