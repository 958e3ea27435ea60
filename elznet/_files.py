"""Write files so that a failure never leaves a half-written file or folder.

Every output is first written to a temporary name beside its destination (same
folder, so the final move is one atomic ``os.replace`` on the same file system) and
moved into place only when it is complete. A failure removes the temporary file and
leaves whatever was at the destination untouched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from elznet.errors import OutputExistsError

__all__ = ["atomic_file", "atomic_folder", "refuse_existing"]


@contextmanager
def atomic_file(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; move it onto ``path`` when the block succeeds."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=f".part{path.suffix}", dir=folder)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        if tmp_path.exists():  # mkstemp makes it private (0600): give it the mode a plain open() would
            os.chmod(tmp_path, 0o666 & ~_umask())
        os.replace(tmp_path, path)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_folder(folder: str | Path, *, overwrite: bool) -> Iterator[Path]:
    """Yield a temporary folder beside ``folder``; its files move into ``folder`` when the block succeeds.

    Files already in ``folder`` that the block did not write are left alone; files it
    did write replace those of the same name only when ``overwrite`` is true (checked
    before anything is moved, so either every file moves or none does).
    """
    folder = Path(folder)
    parent = folder.parent if str(folder.parent) else Path(".")
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".part", dir=parent))
    try:
        yield tmp
        written = sorted(p for p in tmp.rglob("*") if p.is_file())
        if not overwrite:
            refuse_existing([folder / p.relative_to(tmp) for p in written])
        folder.mkdir(parents=True, exist_ok=True)
        for p in written:
            target = folder / p.relative_to(tmp)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(p, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def refuse_existing(paths: list[Path]) -> None:
    """Raise :class:`OutputExistsError` (one Dutch sentence) when any of ``paths`` exists."""
    existing = [p for p in paths if p.exists()]
    if existing:
        names = ", ".join(str(p) for p in existing[:5]) + (" ..." if len(existing) > 5 else "")
        raise OutputExistsError(f"{names} bestaat al; elznet overschrijft geen bestaande bestanden. "
                                "Kies een andere naam of geef --overwrite (overwrite=True) om te vervangen.")
