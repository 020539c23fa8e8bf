"""`export-pdf FILE -o OUT.pdf ...` from the command line module."""

from __future__ import annotations

import argparse
import io

import pikepdf
import pytest
from pypdf import PdfReader

from oases_desktop.cli import export_pdf as command
from oases_desktop.core.errors import OasesError
from oases_desktop.core.planfile import save_plan
from tests.core.layout.sample import sample_plan


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    return command.run(parser.parse_args(argv))


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "plan.oases.json"
    save_plan(sample_plan(), path)
    return path


def test_name_is_the_dashed_command():
    assert command.NAME == "export-pdf"


def test_exports_letter_portrait_with_a_password_file(tmp_path, plan_file, capsys):
    secret = tmp_path / "pw.txt"
    secret.write_text("open sesame\n", encoding="utf-8")
    out = tmp_path / "report.pdf"
    assert run([str(plan_file), "-o", str(out), "--paper", "letter", "--orientation", "portrait",
                "--password-file", str(secret), "--watermark", "Draft", "--scenario", "Base case"]) == 0
    assert "password protected" in capsys.readouterr().out
    with pikepdf.open(out, password="open sesame") as pdf:
        box = pdf.pages[0].mediabox
        assert (float(box[2]), float(box[3])) == (612.0, 792.0)
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.decrypt("open sesame") != 0


def test_an_empty_password_file_is_a_user_error(tmp_path, plan_file):
    secret = tmp_path / "pw.txt"
    secret.write_text("\n", encoding="utf-8")
    with pytest.raises(OasesError, match="empty"):
        run([str(plan_file), "-o", str(tmp_path / "x.pdf"), "--password-file", str(secret)])
    assert not (tmp_path / "x.pdf").exists()
