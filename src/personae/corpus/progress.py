"""A progress bar for `ingest` events: documents done, and the stage each running one is in."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import TextIO

from personae.corpus import IngestEvent

BAR_WIDTH = 24


class ProgressBar:
    """Redraws one line on a terminal; elsewhere (a log, a pipe) prints a line per finished document."""

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.live = stream.isatty()
        self.running: dict[str, str] = {}   # path -> stage
        self.drawn = False

    def __call__(self, event: IngestEvent) -> None:
        if event.stage in ("stored", "skipped", "failed"):
            self.running.pop(event.path, None)
            if event.stage == "failed" or not self.live:
                self._clear()
                detail = f": error: {event.message}" if event.stage == "failed" else ""
                counter = f"[{event.done}/{event.total}] " if event.total else ""
                self.stream.write(f"{counter}{event.stage} {event.path}{detail}\n")
        else:
            self.running[event.path] = event.stage
        if self.live:
            self._draw(event.done, event.total)

    def _draw(self, done: int, total: int) -> None:
        filled = BAR_WIDTH * done // total if total else 0
        stages = ", ".join(f"{Path(p).name}: {s}" for p, s in self.running.items())
        line = f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total} {stages}"
        width = shutil.get_terminal_size().columns - 1
        self.stream.write("\r" + line[:width].ljust(width))
        self.stream.flush()
        self.drawn = True

    def _clear(self) -> None:
        if self.drawn:
            self.stream.write("\r" + " " * (shutil.get_terminal_size().columns - 1) + "\r")
            self.drawn = False

    def close(self) -> None:
        self._clear()
        self.stream.flush()
