"""`personae export --format ...`: one function that writes any of the export formats.

Per-document formats (tei, gexf, graphml) print when there is one document and no
folder, else write DOCUMENT_ID.EXT files; table formats (csv, brat) need a folder;
datasette prints (or writes) one metadata.json for the whole store.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from personae.errors import PersonaeError
from personae.export.brat import write_brat
from personae.export.csv import write_csv
from personae.export.datasette import datasette_metadata
from personae.export.graph import to_gexf, to_graphml
from personae.export.tei import to_tei
from personae.model import Document

PER_DOCUMENT: dict[str, tuple[Callable[[Document], str], str]] = {
    "tei": (to_tei, ".xml"), "gexf": (to_gexf, ".gexf"), "graphml": (to_graphml, ".graphml")}
FOLDER: dict[str, Callable[[list[Document], Path], list[Path]]] = {"csv": write_csv, "brat": write_brat}
FORMATS = ("json", *PER_DOCUMENT, *FOLDER, "datasette")


def export_documents(docs: list[Document], fmt: str, output: str | Path | None,
                     database: str = "personae") -> tuple[str | None, list[Path]]:
    """(text to print or None, files written). database: the store file's stem, for datasette."""
    if fmt == "datasette":
        text = json.dumps(datasette_metadata(database), ensure_ascii=False, indent=1)
        if output is None:
            return text, []
        path = Path(output) / "metadata.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n", "utf-8")
        return None, [path]
    if not docs:
        raise PersonaeError("no documents to export", "add some with `personae read FILE`")
    if fmt in FOLDER:
        if output is None:
            raise PersonaeError(f"--format {fmt} writes several files", "give a folder with -o FOLDER")
        return None, FOLDER[fmt](docs, Path(output))
    if fmt not in PER_DOCUMENT:
        raise PersonaeError(f"unknown export format {fmt!r}", "choose one of " + ", ".join(FORMATS))
    convert, suffix = PER_DOCUMENT[fmt]
    if output is None:
        if len(docs) > 1:
            raise PersonaeError(f"{len(docs)} documents: --format {fmt} prints only one",
                                "give --doc ID, or a folder with -o FOLDER")
        return convert(docs[0]), []
    folder = Path(output)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for doc in docs:
        path = folder / f"{doc.id}{suffix}"
        path.write_text(convert(doc), "utf-8")
        written.append(path)
    return None, written
