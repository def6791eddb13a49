"""The build's progress bar on a terminal: articles done, questions added, rate and time left.

Shown only when standard error is a terminal and the build has more than a few articles; a build
run by cron or piped into a file prints its one-line summary and nothing else.
"""
from __future__ import annotations

import sys
from typing import Any, TextIO

FEW = 3  # builds of up to this many articles finish too quickly to need a bar


class Bar:
    """build.Progress drawn with rich (imported only when a bar is actually drawn)."""

    def __init__(self, *, stream: TextIO | None = None, few: int = FEW) -> None:
        self.stream = stream or sys.stderr
        self.few = few
        self._progress: Any = None
        self._task: Any = None
        self._questions = 0

    def start(self, total: int, *, threads: bool = False) -> None:
        if total <= self.few or not self.stream.isatty():
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)

        # A refresh thread keeps the clock ticking while spaCy works on a batch; but when worker
        # processes are to be forked while the bar is up, forking next to a running thread is unsafe,
        # so the bar then redraws on every article instead.
        self._progress = Progress(
            TextColumn("generating"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"),
            TextColumn("{task.fields[questions]} questions"), TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(),
            console=Console(file=self.stream), auto_refresh=threads, refresh_per_second=4, transient=True,
        )
        self._task = self._progress.add_task("build", total=total, questions=0, rate="")
        self._progress.start()
        self._progress.refresh()

    def advance(self, *, articles: int = 0, questions: int = 0) -> None:
        """`articles` more came out of spaCy; `questions` more were stored."""
        if self._progress is None:
            return
        self._questions += questions
        speed = self._progress.tasks[0].speed
        rate = f"{speed * 60:.0f} articles/min" if speed else ""
        self._progress.update(self._task, advance=articles, questions=self._questions, rate=rate)
        self._progress.refresh()

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
