"""docs/plan-file.schema.json documents the format: it must match the code, and accept real files."""

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "scripts"))

from write_plan_schema import TARGET, render  # noqa: E402

from tests.core.planfile.test_planfile import small_plan  # noqa: E402
from oases_desktop.core.planfile import plan_to_bytes  # noqa: E402


def test_committed_schema_is_current():
    assert TARGET.read_text(encoding="utf-8") == render(), "run: python scripts/write_plan_schema.py"


def test_schema_accepts_a_saved_plan_and_rejects_unknown_fields():
    import jsonschema   # requirements-dev.txt: a missing one fails, it never skips
    schema = json.loads(TARGET.read_text(encoding="utf-8"))
    document = json.loads(plan_to_bytes(small_plan()))
    jsonschema.validate(document, schema)
    document["plan"]["colour"] = "red"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)
