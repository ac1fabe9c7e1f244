"""Settings, declared once: name, default and help, read by the CLI and the web app alike."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS = {s.name: s for s in (
    Setting("db", "personae.db", "The SQLite database to read from or write to."),
    Setting("encoding", None, "The text encoding of plain-text input (detected when left out)."),
    Setting("year", None, "The reference year for dates that name none ('that autumn'); "
                          "inferred from the text when left out."),
    Setting("host", "127.0.0.1", "The address the web server listens on (loopback unless asked)."),
    Setting("port", 8484, "The port the web server listens on."),
)}
