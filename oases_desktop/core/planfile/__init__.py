"""The plan file: versioned JSON that the GUI and the command line open and save."""

from oases_desktop.core.planfile.io import (
    FORMAT_NAME,
    FORMAT_VERSION,
    load_plan,
    plan_from_bytes,
    plan_to_bytes,
    save_plan,
)

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "load_plan", "plan_from_bytes", "plan_to_bytes", "save_plan"]
