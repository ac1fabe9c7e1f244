"""The analysis stages, each a function from Document to Document, registered by name.

A stage declares what it needs (earlier stages) and what it fills; the pipeline
runs the registered stages in `DEFAULT_ORDER`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from personae.model import Document

StageFunc = Callable[[Document], Document]


@dataclass(frozen=True)
class Stage:
    name: str
    func: StageFunc
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


REGISTRY: dict[str, Stage] = {}


def stage(name: str, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()):
    """Register a stage function under `name`."""
    def register(func: StageFunc) -> StageFunc:
        REGISTRY[name] = Stage(name, func, requires, assigns)
        return func
    return register


def load_stages() -> dict[str, Stage]:
    """Import every stage module so that each registers itself."""
    from personae.stages import entities, aliases, quotes, narrator, coref, speakers  # noqa: F401
    from personae.stages import times, scenes, events, relations, findings  # noqa: F401
    return REGISTRY
