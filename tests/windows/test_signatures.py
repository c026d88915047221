"""The supply-chain check the Windows build relies on: a file signed by the Python Software
Foundation verifies against the pinned roots, and one changed byte makes the build stop."""

import shutil

import pytest

from tests.conftest import ROOT
from tests.windows.conftest import authenticode


@pytest.fixture
def signed_copy(bundle_zip, tmp_path):  # the build leaves its verified Python in build/windows
    python = ROOT / "build" / "windows" / "python"
    folder = tmp_path / "python"
    folder.mkdir()
    for name in ("python.exe", "python3.dll", "python312.dll"):
        shutil.copy2(python / name, folder / name)
    return folder


def test_an_untouched_python_verifies_and_a_changed_byte_stops_the_build(signed_copy, tmp_path):
    roots = authenticode.pinned_root_file(signed_copy / "python.exe", tmp_path)
    counts = authenticode.verify_tree(signed_copy, roots, tmp_path, ("python3.dll",))
    assert counts["psf_verified"] == 3  # the control: the real files pass
    dll = signed_copy / "python3.dll"
    changed = bytearray(dll.read_bytes())
    changed[len(changed) // 3] ^= 0x01
    dll.write_bytes(bytes(changed))
    with pytest.raises(authenticode.SignatureError, match="python3.dll"):
        authenticode.verify_tree(signed_copy, roots, tmp_path, ("python3.dll",))


def test_only_the_pinned_roots_are_trusted(signed_copy, tmp_path):
    roots = authenticode.pinned_root_file(signed_copy / "python.exe", tmp_path)
    fingerprints = {authenticode.fingerprint(pem) for pem in authenticode._PEM.findall(roots.read_text())}
    assert fingerprints == authenticode.PINNED_ROOTS
