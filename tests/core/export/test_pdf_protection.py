"""Password protection (AES-256, R6), metadata kept free of the client's name, atomic writes."""

from __future__ import annotations

import io
import os

import pikepdf
import pytest
from pypdf import PdfReader

from oases_desktop.core import atomic
from oases_desktop.core.errors import ExportError
from oases_desktop.core.export import PdfOptions, export_pdf, render_pdf
from oases_desktop.core.export import pdf as pdf_module
from tests.core.export.conftest import ISSUE
from tests.core.export.pdfcheck import plumber_text, pypdf_text

CANARY = "CANARY-7f3a91"
PASSWORD = "s3cret pass 密碼"


@pytest.fixture
def canary_plan(plan):
    plan.client = f"{CANARY} Client"
    plan.product.name = f"{CANARY} Product"
    return plan


def test_encrypted_file_opens_with_the_password_in_two_readers_and_not_without(canary_plan, inputs):
    data = render_pdf(canary_plan, PdfOptions(issue_date=ISSUE, password=PASSWORD), **inputs)
    with pikepdf.open(io.BytesIO(data), password=PASSWORD) as pdf:
        assert pdf.encryption.R == 6 and pdf.encryption.stream_method.name == "aesv3"
        pages = len(pdf.pages)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(data))
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(data), password="wrong")
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    assert reader.decrypt("wrong") == 0
    text = pypdf_text(data, PASSWORD)
    assert len(text) == pages and CANARY in " ".join(text)
    assert CANARY in " ".join(plumber_text(data, PASSWORD))
    assert CANARY.encode() not in data  # no plaintext left anywhere in the bytes


def test_unprotected_file_keeps_the_client_out_of_the_metadata(canary_plan, inputs):
    data = render_pdf(canary_plan, PdfOptions(issue_date=ISSUE), **inputs)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        info = {str(k): str(v) for k, v in pdf.docinfo.items()}
        xmp = str(pdf.open_metadata())
    assert all(CANARY not in value for value in info.values()), info
    assert CANARY not in xmp
    assert info.get("/Title") == "Regulatory pathway plan"


def test_client_name_goes_into_the_metadata_only_when_chosen(canary_plan, inputs):
    data = render_pdf(canary_plan, PdfOptions(issue_date=ISSUE, client_in_metadata=True), **inputs)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert CANARY in str(pdf.docinfo.get("/Subject"))


def test_export_replaces_the_file_in_one_step(tmp_path, plan, inputs):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old report")
    export_pdf(plan, target, PdfOptions(issue_date=ISSUE), **inputs)
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(os.listdir(tmp_path)) == ["plan.pdf"]


def test_a_failing_rename_keeps_the_previous_file(tmp_path, plan, inputs, monkeypatch):
    """A target that is open or read-only (the rename is refused): clear message, old file intact."""
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"previous report")

    def refuse(source, destination):
        raise PermissionError(13, "Permission denied", str(destination))

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(ExportError, match="plan.pdf.*(read-only|open in another program).*previous file"):
        export_pdf(plan, target, PdfOptions(issue_date=ISSUE), **inputs)
    assert target.read_bytes() == b"previous report"
    assert sorted(os.listdir(tmp_path)) == ["plan.pdf"]  # no temporary file left behind


def test_a_read_only_target_keeps_the_previous_file(tmp_path, plan, inputs, monkeypatch):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"previous report")
    real_access = os.access
    monkeypatch.setattr(atomic.os, "access", lambda p, mode: False if str(p) == str(target) else real_access(p, mode))
    with pytest.raises(ExportError, match="read-only"):
        export_pdf(plan, target, PdfOptions(issue_date=ISSUE), **inputs)
    assert target.read_bytes() == b"previous report"


def test_a_failure_while_drawing_writes_nothing(tmp_path, plan, inputs, monkeypatch):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"previous report")

    def broken(*args, **kwargs):
        raise ExportError("drawing failed")

    monkeypatch.setattr(pdf_module, "build_pdf", broken)
    with pytest.raises(ExportError):
        export_pdf(plan, target, PdfOptions(issue_date=ISSUE), **inputs)
    assert target.read_bytes() == b"previous report"


def test_a_missing_folder_is_a_clear_error(tmp_path, plan, inputs):
    with pytest.raises(ExportError, match="folder does not exist"):
        export_pdf(plan, tmp_path / "nowhere" / "plan.pdf", PdfOptions(issue_date=ISSUE), **inputs)
