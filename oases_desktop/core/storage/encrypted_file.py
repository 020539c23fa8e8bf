"""Passphrase-protected plan files, for plans that travel by email or on a USB stick.

At-rest choice: the laptop's database is protected by full-disk encryption (BitLocker/FileVault,
the primary control per NIST SP 800-111); what leaves the laptop is a plan file, so that is what
gets encrypted. Format: a 40-byte header (magic, format version, scrypt parameters, salt, nonce),
then the plan file's JSON sealed with AES-256-GCM, the header bound as associated data, so any
change to header or content fails as "damaged or wrong passphrase". The key comes from scrypt
(n = 2**17, r = 8, p = 1: about 0.5 s and 128 MiB); a file asking for more work than 2**20 is
refused before any work is done. The decrypted bytes go through the normal strict plan-file reader.
"""

from __future__ import annotations

import os
import struct

from oases_desktop.core.domain import Plan
from oases_desktop.core.errors import OasesError, PlanFileError, WrongPassphraseError

MAGIC = b"OASESENC"
FORMAT_VERSION = 1
SUFFIX = ".oasesenc"
DEFAULT_WORK = 17  # log2 of scrypt's n
MIN_WORK, MAX_WORK = 14, 20
_HEADER = struct.Struct(">8sBBBB16s12s")  # magic, version, log2 n, r, p, salt, nonce
MAX_FILE_BYTES = 20 * 1024 * 1024


def is_encrypted_plan(data: bytes) -> bool:
    """True if the bytes start like an encrypted plan file."""
    return data.startswith(MAGIC)


def _key(passphrase: str, salt: bytes, work: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    import unicodedata

    # NFC: "é" typed on macOS (often decomposed) and on Windows (composed) is the same passphrase
    text = unicodedata.normalize("NFC", passphrase)
    return Scrypt(salt=salt, length=32, n=2**work, r=r, p=p).derive(text.encode("utf-8"))


def _check_passphrase(passphrase: str) -> None:
    if not passphrase:
        raise OasesError("Enter a passphrase: an encrypted plan file needs one.")


def encrypt_plan(plan: Plan, passphrase: str, *, work: int = DEFAULT_WORK) -> bytes:
    """The encrypted plan file's bytes."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from oases_desktop.core.planfile import plan_to_bytes

    _check_passphrase(passphrase)
    if not MIN_WORK <= work <= MAX_WORK:
        raise ValueError(f"work must be between {MIN_WORK} and {MAX_WORK}")
    header = _HEADER.pack(MAGIC, FORMAT_VERSION, work, 8, 1, os.urandom(16), os.urandom(12))
    _, _, _, r, p, salt, nonce = _HEADER.unpack(header)
    sealed = AESGCM(_key(passphrase, salt, work, r, p)).encrypt(nonce, plan_to_bytes(plan), header)
    return header + sealed


def decrypt_plan(data: bytes, passphrase: str, name: str = "<plan>") -> Plan:
    """The plan in an encrypted plan file; PlanFileError for a damaged file or a wrong passphrase."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from oases_desktop.core.planfile import plan_from_bytes

    _check_passphrase(passphrase)
    if len(data) < _HEADER.size + 16 or not is_encrypted_plan(data):
        raise PlanFileError(name, "not an encrypted OASES plan file (or it is truncated)")
    header = data[:_HEADER.size]
    _, version, work, r, p, salt, nonce = _HEADER.unpack(header)
    if version > FORMAT_VERSION:
        raise PlanFileError(name, f"encrypted with a newer version of the app (format {version}); update the app",
                            "version")
    if version < 1 or not MIN_WORK <= work <= MAX_WORK or (r, p) != (8, 1):
        raise PlanFileError(name, "the file is damaged (its header is not valid)")
    try:
        plain = AESGCM(_key(passphrase, salt, work, r, p)).decrypt(nonce, data[_HEADER.size:], header)
    except InvalidTag:
        raise WrongPassphraseError(name) from None
    return plan_from_bytes(plain, name)


def save_encrypted_plan(plan: Plan, path: str | os.PathLike[str], passphrase: str) -> None:
    """Check the plan, then write it encrypted, atomically (the previous file survives any failure)."""
    from oases_desktop.core.atomic import write_atomic
    from oases_desktop.core.planfile.io import check_plan

    check_plan(plan, str(path))
    write_atomic(path, encrypt_plan(plan, passphrase), private=True)


def load_encrypted_plan(path: str | os.PathLike[str], passphrase: str) -> Plan:
    """Read and decrypt a plan file; PlanFileError says what is wrong."""
    from oases_desktop.core.planfile.io import read_plan_bytes

    return decrypt_plan(read_plan_bytes(path), passphrase, str(path))
