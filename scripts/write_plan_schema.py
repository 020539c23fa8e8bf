"""Regenerate docs/plan-file.schema.json from the domain dataclasses (a test checks it is current)."""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from oases_desktop.core.planfile.io import plan_json_schema  # noqa: E402

TARGET = ROOT / "docs" / "plan-file.schema.json"


def render() -> str:
    """The schema as committed: sorted keys, two-space indent."""
    return json.dumps(plan_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
