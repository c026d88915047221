"""Sealed files: bytes encrypted under a passphrase, with the notebook's scheme.

Layout (documented in docs/security-formats.md so a standard tool can open one)::

    EKASAR-SEALED 1\\n
    <key record: one line of JSON, see ``wrap``>\\n
    <12-byte nonce><AES-256-GCM ciphertext and tag>

A random content key encrypts the payload; the record wraps it under the
passphrase. The magic line and the record are the payload's associated data,
so no byte of the file can change without opening failing.
"""

import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.security.kdf import KdfParams, wipe
from desktop.security.wrap import NONCE_BYTES, DamagedKey, new_data_key, unwrap, wrap
from desktop.wording import say

MAGIC = b"EKASAR-SEALED 1\n"
KIND = "ekasar-sealed"
SUFFIX = ".ekasar-sealed"


class DamagedSeal(DamagedKey):
    """The sealed file is damaged or was changed."""


def is_sealed(head: bytes) -> bool:
    return head.startswith(MAGIC)


def seal(plain: bytes, passphrase: str, params: KdfParams | None = None) -> bytes:
    key = new_data_key()
    try:
        record = wrap(key, passphrase, KIND, params)
        header = MAGIC + record + b"\n"
        nonce = secrets.token_bytes(NONCE_BYTES)
        return header + nonce + AESGCM(key).encrypt(nonce, plain, header)
    finally:
        wipe(key)


def open_sealed(blob: bytes, passphrase: str) -> bytes:
    """The payload. :raises WrongPassphrase: :raises DamagedKey: (or DamagedSeal)"""
    if not is_sealed(blob):
        raise DamagedSeal(say("Notebook", "this is not a sealed Ekasar file"))
    end = blob.find(b"\n", len(MAGIC))
    if end < 0:
        raise DamagedSeal(say("Notebook", "the sealed file is cut short"))
    header, rest = blob[: end + 1], blob[end + 1 :]
    key = unwrap(header[len(MAGIC) : -1], passphrase, KIND)
    try:
        if len(rest) < NONCE_BYTES + 16:
            raise DamagedSeal(say("Notebook", "the sealed file is cut short"))
        return AESGCM(key).decrypt(rest[:NONCE_BYTES], rest[NONCE_BYTES:], header)
    except InvalidTag:
        raise DamagedSeal(say("Notebook", "the sealed file is damaged or was changed")) from None
    finally:
        wipe(key)
