"""A random key wrapped by a passphrase: the record stored in ``notebook.key`` and in sealed files.

The passphrase gives a key-encryption key (Argon2id, see ``kdf``), which
encrypts the random data key with AES-256-GCM. The record's format, version
and key-derivation parameters are the associated data, so changing any of
them makes unwrapping fail. A SHA-256 of the record tells a damaged record
from a wrong passphrase (it says nothing about the passphrase or the key).
Changing the passphrase writes a new record around the same data key; the
data itself is not rewritten.
"""

import base64
import hashlib
import json
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.errors import EkasarError
from desktop.security.kdf import KEY_BYTES, BadParameters, KdfParams, calibrate, derive, wipe
from desktop.wording import say

NONCE_BYTES = 12
MAX_RECORD_BYTES = 4096


class KeyUnavailable(EkasarError, ValueError):
    """Base for the two ways unwrapping can fail."""


class WrongPassphrase(KeyUnavailable):
    def __init__(self) -> None:
        super().__init__(say("Notebook", "the passphrase is not right"))


class DamagedKey(KeyUnavailable):
    """The record is damaged or not a key record; no passphrase will open it."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _canonical(value: dict) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _associated(kind: str, kdf: dict) -> bytes:
    return _canonical({"format": kind, "version": 1, "kdf": kdf})


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(KEY_BYTES))


def wrap(data_key: bytearray, passphrase: str, kind: str, params: KdfParams | None = None,
         nonce: bytes | None = None) -> bytes:
    """The record (UTF-8 JSON, one line) holding ``data_key`` under ``passphrase``.

    ``params`` and ``nonce`` are fresh unless given (known-answer tests give them).
    """
    params = params or calibrate()
    nonce = nonce or secrets.token_bytes(NONCE_BYTES)
    kdf = params.to_json()
    kek = derive(passphrase, params)
    try:
        wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), _associated(kind, kdf))
    finally:
        wipe(kek)
    body = {"format": kind, "version": 1, "kdf": kdf,
            "wrap": {"algorithm": "aes-256-gcm", "nonce": _b64(nonce), "ciphertext": _b64(wrapped)}}
    return _canonical({**body, "sha256": hashlib.sha256(_canonical(body)).hexdigest()})


def read_params(record: bytes, kind: str) -> tuple[dict, KdfParams]:
    """The record's fields and parameters, checked. :raises DamagedKey:"""
    if len(record) > MAX_RECORD_BYTES:
        raise DamagedKey(say("Notebook", "the key record is too large to be one"))
    try:
        data = json.loads(record.decode("utf-8"))
        checksum = data.pop("sha256")
    except (UnicodeDecodeError, ValueError, AttributeError, KeyError, TypeError):
        raise DamagedKey(say("Notebook", "the key record is damaged (unreadable)")) from None
    if not isinstance(data, dict) or hashlib.sha256(_canonical(data)).hexdigest() != checksum:
        raise DamagedKey(say("Notebook", "the key record is damaged (its checksum does not match)"))
    if data.get("format") != kind or data.get("version") != 1:
        raise DamagedKey(say("Notebook", "this is not a {kind} record of a version Ekasar knows").format(kind=kind))
    try:
        return data, KdfParams.from_json(data["kdf"])
    except (BadParameters, KeyError) as error:
        raise DamagedKey(say("Notebook", "the key record is damaged ({error})").format(error=error)) from None


def unwrap(record: bytes, passphrase: str, kind: str) -> bytearray:
    """The data key. :raises WrongPassphrase: :raises DamagedKey:"""
    data, params = read_params(record, kind)
    try:
        nonce = base64.b64decode(data["wrap"]["nonce"], validate=True)
        wrapped = base64.b64decode(data["wrap"]["ciphertext"], validate=True)
        if data["wrap"]["algorithm"] != "aes-256-gcm" or len(nonce) != NONCE_BYTES:
            raise ValueError("unknown cipher")
    except (KeyError, TypeError, ValueError):
        raise DamagedKey(say("Notebook", "the key record is damaged (its wrapped key is unreadable)")) from None
    kek = derive(passphrase, params)
    try:
        key = bytearray(AESGCM(kek).decrypt(nonce, wrapped, _associated(kind, data["kdf"])))
    except InvalidTag:
        raise WrongPassphrase() from None
    finally:
        wipe(kek)
    if len(key) != KEY_BYTES:
        raise DamagedKey(say("Notebook", "the key record holds a key of the wrong size"))
    return key


def rewrap(record: bytes, old: str, new: str, kind: str) -> bytes:
    """The same data key under a new passphrase (fresh salt and parameters)."""
    key = unwrap(record, old, kind)
    try:
        return wrap(key, new, kind)
    finally:
        wipe(key)
