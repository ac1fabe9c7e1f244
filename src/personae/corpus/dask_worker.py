"""Dask workers load the spaCy pipeline once, when they join, not once per document."""
from __future__ import annotations

from distributed.diagnostics.plugin import WorkerPlugin


class PipelinePlugin(WorkerPlugin):
    name = "personae-pipeline"

    def setup(self, worker) -> None:
        from personae.nlp.base import load_pipeline

        load_pipeline()  # cached for the worker process's lifetime (lru_cache)
