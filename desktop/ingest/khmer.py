"""Which languages a text is in (the Khmer index itself is desktop/khmer/)."""

import re

# Khmer (U+1780–17FF) and Khmer Symbols (U+19E0–19FF).
_KHMER = re.compile("[\u1780-\u17ff\u19e0-\u19ff]")


def has_khmer(text: str) -> bool:
    return _KHMER.search(text) is not None


def languages(text: str) -> list[str]:
    """BCP 47 codes of the scripts present: Khmer (``km``) and/or Latin-script English (``en``)."""
    found = []
    if re.search(r"[A-Za-z]{3,}", text):
        found.append("en")
    if has_khmer(text):
        found.append("km")
    return found
