import pytest

from desktop.security import kdf


@pytest.fixture(autouse=True)
def fast_keys(monkeypatch):
    """New keys at the floor (64 MiB, 3 passes) instead of calibrated to half a second."""
    monkeypatch.setattr(kdf, "TARGET_SECONDS", 0)


def files_containing(folder, text: str) -> list:
    """Every file under ``folder`` holding ``text`` as UTF-8 or UTF-16 (as Qt may write it)."""
    needles = [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
    return [p for p in folder.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in needles)]
