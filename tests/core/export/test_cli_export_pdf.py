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


def test_a_missing_password_file_is_named_with_what_to_do(tmp_path, plan_file, capsys):
    from oases_desktop.cli.main import main

    missing = tmp_path / "nofile"
    status = main(["export-pdf", str(plan_file), "-o", str(tmp_path / "x.pdf"), "--password-file", str(missing)])
    err = capsys.readouterr().err
    assert status == 2
    assert f"The password file {missing} does not exist" in err
    assert "password on its first line" in err and "Errno" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_folder_or_unreadable_text_as_password_file_is_a_sentence(tmp_path, plan_file):
    with pytest.raises(OasesError, match="is a folder"):
        run([str(plan_file), "-o", str(tmp_path / "x.pdf"), "--password-file", str(tmp_path)])
    binary = tmp_path / "pw.bin"
    binary.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(OasesError, match="not UTF-8 text"):
        run([str(plan_file), "-o", str(tmp_path / "x.pdf"), "--password-file", str(binary)])


def test_a_read_only_target_gives_a_clear_message_and_exit_2(tmp_path, plan_file, capsys, monkeypatch):
    from oases_desktop.cli.main import main
    from oases_desktop.core import atomic

    target = tmp_path / "report.pdf"
    target.write_bytes(b"previous report")
    real_access = atomic.os.access
    monkeypatch.setattr(atomic.os, "access",
                        lambda p, mode: False if str(p) == str(target) else real_access(p, mode))
    assert main(["export-pdf", str(plan_file), "-o", str(target)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: Could not write {target}: permission denied")
    assert "read-only or open in another program" in err and "previous file" in err
    assert len(err.splitlines()) == 1
    assert target.read_bytes() == b"previous report"


def test_a_refused_replace_through_the_command_line_keeps_the_old_report(tmp_path, plan_file, capsys, monkeypatch):
    from oases_desktop.cli.main import main
    from oases_desktop.core import atomic

    target = tmp_path / "report.pdf"
    target.write_bytes(b"previous report")

    def refuse(source, destination):
        raise PermissionError(13, "Permission denied", str(destination))

    monkeypatch.setattr(atomic.os, "replace", refuse)
    assert main(["export-pdf", str(plan_file), "-o", str(target)]) == 2
    assert "open in another program" in capsys.readouterr().err
    assert target.read_bytes() == b"previous report"
    # no temporary file left beside the report (oases-data is the database the command cites from)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "oases-data") == ["plan.oases.json", "report.pdf"]


def test_runs_and_issue_date_reach_the_report(tmp_path, plan_file):
    out = tmp_path / "report.pdf"
    assert run([str(plan_file), "-o", str(out), "--runs", "0", "--issue-date", "2027-02-03"]) == 0
    text = " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "3 Feb 2027" in text and "Dates are not simulated" in " ".join(text.split())
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    with pytest.raises(SystemExit):
        parser.parse_args([str(plan_file), "-o", str(out), "--runs", "-1"])
