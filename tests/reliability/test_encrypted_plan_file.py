"""Encrypted plan files: only the passphrase opens them, any damage is caught, no plaintext leaks."""

from __future__ import annotations

import random
import time

import pytest

from oases_desktop.core.errors import OasesError, PlanFileError, WrongPassphraseError
from oases_desktop.core.storage.encrypted_file import (
    DEFAULT_WORK, decrypt_plan, encrypt_plan, is_encrypted_plan, load_encrypted_plan, save_encrypted_plan,
)
from tests.core.storage.plans_factory import full_plan

CANARY = "CANARY-7f3a-Client-Secret-Ltd"


def _canary_plan():
    plan = full_plan()
    plan.client = CANARY
    plan.product.name = CANARY + " product"
    return plan


def test_round_trip_with_the_default_work_factor_and_no_plaintext(tmp_path, report_figure):
    plan = _canary_plan()
    started = time.perf_counter()
    save_encrypted_plan(plan, tmp_path / "plan.oasesenc", "correct horse battery staple")
    seal_seconds = time.perf_counter() - started
    data = (tmp_path / "plan.oasesenc").read_bytes()
    assert is_encrypted_plan(data)
    for needle in (CANARY, "Oncology", "oases-plan", "Examplumab"):
        assert needle.encode() not in data and needle.encode("utf-16-le") not in data
    assert load_encrypted_plan(tmp_path / "plan.oasesenc", "correct horse battery staple") == plan
    with pytest.raises(WrongPassphraseError):
        load_encrypted_plan(tmp_path / "plan.oasesenc", "Correct horse battery staple")
    report_figure(f"encrypted_plan_file: scrypt 2**{DEFAULT_WORK} + AES-256-GCM, save {seal_seconds:.2f} s, "
                  "0 canary strings in the file, wrong passphrase refused")


def test_every_header_byte_and_100_random_content_bytes_flipped_are_all_rejected(report_figure):
    plan = _canary_plan()
    data = encrypt_plan(plan, "pass", work=14)  # the lowest accepted work factor keeps this test quick
    rng = random.Random(3)
    positions = list(range(40)) + rng.sample(range(40, len(data)), 100)
    rejected = 0
    for position in positions:
        damaged = bytearray(data)
        damaged[position] ^= 1 << rng.randrange(8)
        try:
            decrypt_plan(bytes(damaged), "pass")
        except PlanFileError as error:
            rejected += "damaged" in str(error) or "not an encrypted" in str(error) or "newer version" in str(error)
    for cut in (0, 10, 39, 40, 55, len(data) - 1):
        with pytest.raises(PlanFileError):
            decrypt_plan(data[:cut], "pass")
    report_figure(f"encrypted_plan_tamper: {len(positions)} single-bit flips (40 header + 100 content), "
                  f"{rejected} rejected as damaged")
    assert rejected == len(positions)
    assert decrypt_plan(data, "pass") == plan


def test_a_file_demanding_huge_work_is_refused_before_any_work():
    data = bytearray(encrypt_plan(full_plan(), "pass", work=14))
    data[9] = 40  # log2 n = 40 would need terabytes of memory
    started = time.perf_counter()
    with pytest.raises(PlanFileError, match="damaged"):
        decrypt_plan(bytes(data), "pass")
    assert time.perf_counter() - started < 5  # refused up front: the work asked for would take hours


def test_empty_passphrase_is_refused_with_a_message():
    with pytest.raises(OasesError, match="passphrase"):
        encrypt_plan(full_plan(), "")
