"""Atomic file writes: a temporary file beside the target, fsync, then rename over it."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import QuizgenError


def write_atomic(path: str, data: bytes) -> None:
    """Replace `path` with `data` so that readers see the old file or the new one, never half of one."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes owner-only files; exports are ordinary files
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as e:
        raise QuizgenError(f"{path}: cannot write ({e.strerror or e}); choose another path with -o") from None
