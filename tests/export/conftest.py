import pytest


@pytest.fixture
def fast_kdf(monkeypatch):
    """Argon2id at RFC 9106's floor instead of half a second per seal: the format is the same."""
    monkeypatch.setattr("desktop.security.kdf.TARGET_SECONDS", 0)
