"""Keys from passphrases, wrapped keys and sealed files: known answers, wrong passphrases, damage."""

import base64
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.security import kdf, sealed, wrap
from desktop.security.kdf import KdfParams

FAST = KdfParams(b"0123456789abcdef")  # the floor: 64 MiB, 3 passes, 4 lanes


def test_argon2id_known_answer_from_the_reference_implementation():
    # phc-winner-argon2 test vector: argon2id v1.3, t=2, m=64 MiB, p=1, "password" / "somesalt".
    from argon2.low_level import Type, hash_secret_raw

    raw = hash_secret_raw(b"password", b"somesalt", 2, 65536, 1, 32, Type.ID)
    assert raw.hex() == "09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7"


def test_aes_gcm_known_answer_from_the_gcm_specification():
    # McGrew & Viega, "The Galois/Counter Mode of Operation", test case 16 (AES-256, with AAD).
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = bytes.fromhex("feffe9928665731c6d6a8f9467308308" * 2)
    plain = bytes.fromhex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                          "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39")
    sealed_bytes = AESGCM(key).encrypt(bytes.fromhex("cafebabefacedbaddecaf888"), plain,
                                       bytes.fromhex("feedfacedeadbeeffeedfacedeadbeefabaddad2"))
    assert sealed_bytes.hex() == (
        "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
        "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662" "76fc6ece0f4e1768cddf8853bb2d551b")


def test_the_notebook_key_derivation_is_argon2id_with_the_stored_parameters():
    from argon2.low_level import Type, hash_secret_raw

    expected = hash_secret_raw("ខេមរា".encode(), FAST.salt, 3, 65536, 4, 32, Type.ID)
    assert bytes(kdf.derive("ខេមរា", FAST)) == expected
    assert FAST.to_json() == {"algorithm": "argon2id", "version": 19, "salt": "MDEyMzQ1Njc4OWFiY2RlZg==",
                              "memory_kib": 65536, "iterations": 3, "parallelism": 4}


def test_a_passphrase_typed_decomposed_derives_the_same_key():
    composed, decomposed = "caf\u00e9", "cafe\u0301"
    assert kdf.derive(composed, FAST) == kdf.derive(decomposed, FAST)


def test_wrapped_key_known_answer():
    """The record format, pinned: a change here breaks every existing notebook."""
    data_key = bytearray(range(32))
    record = wrap.wrap(data_key, "correct horse", "ekasar-notebook-key", FAST, nonce=bytes(12))
    fields = json.loads(record)
    assert fields["kdf"] == FAST.to_json()
    assert fields["wrap"]["ciphertext"] == "xyRP9BYDWFE3XWZcbqxI1t8IOtXV+IScZOPjx8S4xZdb0Fkcp/c8/GY7fhf8TYkC"
    # The documented recipe (docs/security-formats.md), with the libraries alone, gives the same bytes.
    from argon2.low_level import Type, hash_secret_raw
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = hash_secret_raw(b"correct horse", FAST.salt, 3, 65536, 4, 32, Type.ID)
    associated = json.dumps({"format": "ekasar-notebook-key", "version": 1, "kdf": fields["kdf"]},
                            sort_keys=True, separators=(",", ":")).encode()
    assert AESGCM(kek).decrypt(bytes(12), base64.b64decode(fields["wrap"]["ciphertext"]), associated) == data_key
    assert wrap.unwrap(record, "correct horse", "ekasar-notebook-key") == data_key


def test_calibration_never_goes_below_the_floor_and_stops_at_the_ceiling():
    assert kdf.calibrate(0).iterations == kdf.MIN_ITERATIONS
    assert kdf.calibrate(0).memory_kib == 64 * 1024
    assert kdf.calibrate(10_000).iterations == kdf.MAX_ITERATIONS
    assert kdf.calibrate(0).salt != kdf.calibrate(0).salt


@pytest.fixture(scope="module")
def record():
    return wrap.wrap(bytearray(b"k" * 32), "right passphrase", "ekasar-notebook-key", FAST)


def test_a_wrong_passphrase_is_rejected_without_saying_more(record):
    with pytest.raises(wrap.WrongPassphrase) as caught:
        wrap.unwrap(record, "wrong passphrase", "ekasar-notebook-key")
    assert str(caught.value) == "the passphrase is not right"


def test_changing_the_passphrase_keeps_the_data_key(record):
    again = wrap.rewrap(record, "right passphrase", "new one", "ekasar-notebook-key")
    assert wrap.unwrap(again, "new one", "ekasar-notebook-key") == bytearray(b"k" * 32)
    with pytest.raises(wrap.WrongPassphrase):
        wrap.unwrap(again, "right passphrase", "ekasar-notebook-key")


def test_flipping_any_byte_of_a_key_record_fails_loudly(record):
    for position in range(len(record)):
        damaged = bytearray(record)
        damaged[position] ^= 0x01
        with pytest.raises(wrap.KeyUnavailable):
            wrap.unwrap(bytes(damaged), "right passphrase", "ekasar-notebook-key")


def test_a_record_with_its_checksum_recomputed_still_fails_when_its_parameters_change(record):
    """An attacker can fix the checksum, not the authentication tag."""
    fields = json.loads(record)
    fields.pop("sha256")
    fields["kdf"]["iterations"] = 4
    body = json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()
    forged = json.dumps({**fields, "sha256": __import__("hashlib").sha256(body).hexdigest()},
                        sort_keys=True, separators=(",", ":")).encode()
    with pytest.raises(wrap.WrongPassphrase):
        wrap.unwrap(forged, "right passphrase", "ekasar-notebook-key")


@pytest.mark.parametrize("change", [{"memory_kib": 1 << 30}, {"iterations": 10_000}, {"memory_kib": 8},
                                    {"salt": "AAAA"}, {"algorithm": "pbkdf2"}])
def test_hostile_parameters_are_refused_before_any_work(change):
    with pytest.raises(kdf.BadParameters):
        KdfParams.from_json({**FAST.to_json(), **change})


@pytest.fixture(scope="module")
def sealed_blob():
    return sealed.seal("quotes and notes ខេមរា".encode(), "bundle passphrase", FAST)


def test_a_sealed_file_opens_with_its_passphrase_only(sealed_blob):
    assert sealed.open_sealed(sealed_blob, "bundle passphrase").decode() == "quotes and notes ខេមរា"
    assert "quotes".encode() not in sealed_blob
    with pytest.raises(wrap.WrongPassphrase):
        sealed.open_sealed(sealed_blob, "bundle passphrase ")


def test_flipping_any_byte_of_a_sealed_file_fails_loudly(sealed_blob):
    for position in range(len(sealed_blob)):
        damaged = bytearray(sealed_blob)
        damaged[position] ^= 0x80
        with pytest.raises(wrap.KeyUnavailable):
            sealed.open_sealed(bytes(damaged), "bundle passphrase")


@settings(max_examples=25, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_are_never_opened(junk):
    with pytest.raises(wrap.KeyUnavailable):
        sealed.open_sealed(sealed.MAGIC + junk, "bundle passphrase")


def test_parameters_asking_for_too_much_work_in_all_are_refused_before_any_work(tmp_path):
    """Each bound alone allows 1 GiB and 64 passes (150 s here); together they are refused at once."""
    import hashlib
    import time

    from desktop.security.sealed import open_sealed, seal

    salt = base64.b64encode(b"s" * kdf.SALT_BYTES).decode()
    fields = {"algorithm": "argon2id", "version": 19, "salt": salt, "parallelism": 1}
    assert kdf.KdfParams.from_json({**fields, "memory_kib": 64 * 1024, "iterations": 64})  # the control: ours
    with pytest.raises(kdf.BadParameters, match="more work"):
        kdf.KdfParams.from_json({**fields, "memory_kib": 1024 * 1024, "iterations": 64})
    sealed = seal(b"a colleague's notes", "pass phrase", kdf.KdfParams(b"s" * kdf.SALT_BYTES))
    header, rest = sealed.split(b"\n", 2)[:2], sealed.split(b"\n", 2)[2]
    record = json.loads(header[1])
    record.pop("sha256")
    record["kdf"].update(memory_kib=1024 * 1024, iterations=64, parallelism=1)
    record["sha256"] = hashlib.sha256(wrap._canonical(record)).hexdigest()  # a hostile file recomputes it
    hostile = header[0] + b"\n" + json.dumps(record).encode() + b"\n" + rest
    started = time.perf_counter()
    with pytest.raises(Exception, match="more work"):
        open_sealed(hostile, "pass phrase")
    assert time.perf_counter() - started < 1


def test_the_argon2_version_written_is_the_one_argon2_derives():
    from argon2.low_level import ARGON2_VERSION

    from desktop.security.kdf import ARGON2_VERSION as WRITTEN

    assert WRITTEN == ARGON2_VERSION == 0x13
