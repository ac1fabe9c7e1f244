"""personae: a source-linked knowledge base from narrative text.

The library first: `analyze` turns a file or a string into a `Document` (the
document JSON of schema personae/document@1); the CLI and web app are thin
layers over it.
"""
from personae.errors import PersonaeError
from personae.model import Document
from personae.pipeline import analyze, analyze_text

__all__ = ["PersonaeError", "Document", "analyze", "analyze_text"]
__version__ = "0.1.0"
