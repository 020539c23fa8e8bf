"""Library files come from colleagues: hostile JSON is refused with a message, never a crash."""

import pytest


@pytest.mark.parametrize("data", [b'{"format": "oases-reference", "version": 1, "sources": [{"id": "\\ud800"}]}',
                                  b"[" * 50_000, b'{"format": "oases-reference", "format": "x"}'])
def test_library_file_with_hostile_json_is_refused_cleanly(data):
    from oases_desktop.core.knowledge.loader import library_file_from_bytes
    from oases_desktop.core.knowledge.model import ReferenceDataError

    with pytest.raises(ReferenceDataError, match="lib.json: not valid JSON"):
        library_file_from_bytes(data, "lib.json")
