"""Reading PDFs back with two independent readers, and the fonts with poppler's pdffonts."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pdfplumber
from pypdf import PdfReader


def pypdf_text(data: bytes, password: str | None = None) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        reader.decrypt(password)
    return [page.extract_text() or "" for page in reader.pages]


def plumber_text(data: bytes, password: str | None = None) -> list[str]:
    with pdfplumber.open(io.BytesIO(data), password=password or "") as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def fonts(path: Path) -> list[dict[str, str]]:
    """pdffonts rows as dicts: name, type, emb, sub, uni."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    rows = []
    for line in out[2:]:
        parts = line.split()
        # name type [encoding...] emb sub uni object ID: the last five columns are fixed
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows
