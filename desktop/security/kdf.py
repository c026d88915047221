"""A key from a passphrase with Argon2id (RFC 9106), with parameters stored beside the data.

The floor is RFC 9106's second recommended setting (64 MiB, 3 passes, 4 lanes);
on a new notebook the passes are raised until deriving takes about half a
second on this machine, so a faster machine gets a costlier key.
"""

import base64
import secrets
import time
import unicodedata
from dataclasses import asdict, dataclass

from desktop.errors import EkasarError
from desktop.wording import digits, say

KEY_BYTES = 32
SALT_BYTES = 16
ARGON2_VERSION = 19  # 1.3 (0x13), the one version argon2-cffi derives; a test checks it is argon2's
MIN_MEMORY_KIB, MIN_ITERATIONS, PARALLELISM = 64 * 1024, 3, 4
# Refuse stored parameters beyond these: a damaged or hostile file must not make us
# allocate gigabytes or spin for minutes before saying the passphrase is wrong.
MAX_MEMORY_KIB, MAX_ITERATIONS, MAX_PARALLELISM = 1024 * 1024, 64, 16
# And beyond this much work in all (memory × passes): 8 GiB·passes take about 4 s on the 2-core
# development machine with one lane (README, Security). The most Ekasar itself writes is
# 64 MiB × 64 passes, half of it, so a file from a colleague's faster machine still opens.
MAX_COST_MIB_PASSES = 8192
TARGET_SECONDS = 0.5


class BadParameters(EkasarError, ValueError):
    """Stored key-derivation parameters are missing, malformed or out of bounds."""


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    parallelism: int = PARALLELISM

    def to_json(self) -> dict:
        values = asdict(self)
        values["salt"] = base64.b64encode(self.salt).decode("ascii")
        return {"algorithm": "argon2id", "version": ARGON2_VERSION, **values}

    @classmethod
    def from_json(cls, data: object) -> "KdfParams":
        try:
            if data["algorithm"] != "argon2id" or data["version"] != ARGON2_VERSION:
                raise BadParameters(say("Notebook", "not Argon2id version 1.3"))
            params = cls(base64.b64decode(data["salt"], validate=True), int(data["memory_kib"]),
                         int(data["iterations"]), int(data["parallelism"]))
        except (KeyError, TypeError, ValueError) as error:
            raise BadParameters(say("Notebook", "unreadable key-derivation parameters ({error})")
                                .format(error=error)) from None
        if not (len(params.salt) == SALT_BYTES and MIN_MEMORY_KIB <= params.memory_kib <= MAX_MEMORY_KIB
                and MIN_ITERATIONS <= params.iterations <= MAX_ITERATIONS
                and 1 <= params.parallelism <= MAX_PARALLELISM):
            raise BadParameters(say("Notebook", "key-derivation parameters out of bounds"))
        if params.memory_kib // 1024 * params.iterations > MAX_COST_MIB_PASSES:
            raise BadParameters(say("Notebook", "the key-derivation parameters ask for more work than Ekasar ever "
                                                "uses ({memory} MiB × {passes} passes)")
                                .format(memory=digits(str(params.memory_kib // 1024)),
                                        passes=digits(str(params.iterations))))
        return params


def normalise(passphrase: str) -> bytes:
    """The passphrase as bytes: NFC, so the same Khmer or accented text typed two ways matches."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive(passphrase: str, params: KdfParams) -> bytearray:
    """A 32-byte key (in a bytearray the caller can wipe)."""
    from argon2.low_level import Type, hash_secret_raw  # loaded when a key is first derived, not at start

    raw = hash_secret_raw(normalise(passphrase), params.salt, params.iterations, params.memory_kib,
                          params.parallelism, KEY_BYTES, Type.ID)
    return bytearray(raw)


def calibrate(target_seconds: float | None = None) -> KdfParams:
    """Fresh parameters (new salt) with as many passes as fit in ``target_seconds`` here."""
    target_seconds = TARGET_SECONDS if target_seconds is None else target_seconds
    params = KdfParams(secrets.token_bytes(SALT_BYTES))
    started = time.perf_counter()
    wipe(derive("calibration", params))
    elapsed = max(time.perf_counter() - started, 1e-6)
    passes = int(MIN_ITERATIONS * target_seconds / elapsed)
    return KdfParams(params.salt, iterations=min(max(passes, MIN_ITERATIONS), MAX_ITERATIONS))


def wipe(buffer: bytearray) -> None:
    """Overwrite a key in place (Python may still hold copies it made; see the README's Security)."""
    buffer[:] = bytes(len(buffer))
