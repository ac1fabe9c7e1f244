"""Zip packages (EPUB, Word): opening one and reading its members, every failure a `PersonaeError`."""
from __future__ import annotations

import io
import zipfile
import zlib

from personae.errors import PersonaeError

MAX_MEMBER_BYTES = 50_000_000
# What reading a damaged member raises: RuntimeError, a member flagged as encrypted; NotImplementedError, an unknown
# compression method; ValueError, offsets that point before the archive ("negative seek value")
UNREADABLE_MEMBER = (zipfile.BadZipFile, OSError, EOFError, zlib.error, RuntimeError, NotImplementedError, ValueError)


def open_archive(data: bytes, name: str, kind: str, hint: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError):  # NotImplemented: strong encryption
        raise PersonaeError(f"{name}: not a valid {kind} (not a zip archive)", hint) from None


def member(archive: zipfile.ZipFile, path: str, name: str, kind: str, hint: str) -> bytes:
    """The member's bytes; `kind` names the package ("EPUB"), `hint` says how to get a sound one."""
    try:
        info = archive.getinfo(path)
    except KeyError:
        raise PersonaeError(f"{name}: the {kind} lacks {path}", f"the {kind} is malformed; {hint}") from None
    if info.file_size > MAX_MEMBER_BYTES:
        raise PersonaeError(f"{name}: {path} is {info.file_size:,} bytes uncompressed",
                            f"the {kind} is too large or damaged")
    try:
        return archive.read(path)
    except UNREADABLE_MEMBER as err:
        raise PersonaeError(f"{name}: cannot read {path} from the {kind} ({err})", f"the {kind} is damaged") from None
