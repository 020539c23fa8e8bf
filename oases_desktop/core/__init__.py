"""Domain, rules, scheduling, storage and export. Never imports Qt (tests/test_architecture.py)."""
