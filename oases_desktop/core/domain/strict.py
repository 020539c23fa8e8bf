"""How strictly files are read into the dataclasses: unknown fields, coercion and NaN/inf are errors.

Plain data read by pydantic (as each dataclass's `__pydantic_config__`) when plan and library files
are validated; nothing here imports pydantic.
"""

STRICT = {"extra": "forbid", "strict": True, "allow_inf_nan": False}
