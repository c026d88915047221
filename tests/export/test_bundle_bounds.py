"""A colleague's bundle is checked field by field, merged all or nothing, and fast."""

import json
import time
import uuid

import pytest

from desktop.export.bundle_import import BundleError, parse_bundle
from desktop.export.notes_export import BUNDLE_FORMAT
from desktop.store.annotations import COLORS

G = "002_46b7dbb94abd75ab"


def note(**changes) -> dict:
    base = {"id": str(uuid.uuid4()), "document_id": G, "text_sha256": "", "quote": "Prey Sar Prison",
            "prefix": "", "suffix": "", "start": 100, "end": 115, "status": "anchored", "color": COLORS[0],
            "note": "seen", "tags": ["prison"], "created": "2026-01-01T00:00:00Z",
            "modified": "2026-01-01T00:00:00Z", "target": "passage", "target_id": None}
    return {**base, **changes}


def bundle(*notes: dict) -> bytes:
    return json.dumps({"format": BUNDLE_FORMAT, "annotations": list(notes)}).encode()


@pytest.mark.parametrize("bad, why", [
    ({"start": -5}, "offsets"),
    ({"end": 10**12}, "offsets"),
    ({"start": 50, "end": 10}, "offsets"),
    ({"document_id": "../../etc/passwd"}, "document id"),
    ({"id": "not-a-uuid"}, "UUID"),
    ({"note": "x" * (1024 * 1024 + 1)}, "1 MB"),
    ({"tags": ["t"] * 101}, "tags"),
    ({"status": "pwned"}, "status"),
    ({"start": True}, "offsets"),
])
def test_every_field_is_checked(bad, why):
    assert len(parse_bundle(bundle(note()))) == 1  # the control: a sound note passes
    with pytest.raises(BundleError, match=why):
        parse_bundle(bundle(note(), note(**bad)))


def test_a_merge_is_all_or_nothing(library, monkeypatch):
    from desktop.store import annotations as store

    notes = parse_bundle(bundle(*(note() for _ in range(50))))
    real = store._record_change
    calls = []

    def failing(conn, annotation_id, after, **options):
        calls.append(annotation_id)
        if len(calls) == 30:
            raise OSError("the disk is full")
        real(conn, annotation_id, after, **options)

    monkeypatch.setattr(store, "_record_change", failing)
    with pytest.raises(OSError):
        library.notes.import_notes(notes)
    assert library.notes.listing() == []  # none of the first 29 stayed
    monkeypatch.setattr(store, "_record_change", real)
    assert library.notes.import_notes(notes)["added"] == 50


def test_offsets_beyond_the_document_are_found_again_or_kept_for_review(library):
    found, lost = parse_bundle(bundle(note(start=10**8, end=10**8 + 15),
                                      note(quote="words this document never says", start=10**8, end=10**8 + 30)))
    library.notes.import_notes([found, lost])
    merged = {n.id: n for n in library.notes.listing()}
    text = library.documents.get(G).text
    assert merged[found.id].status == "anchored" and text[merged[found.id].start:merged[found.id].end] == \
        "Prey Sar Prison"  # its quote, found where it really is
    assert merged[lost.id].status == "needs_review"


def test_a_hundred_thousand_notes_merge_quickly(library):
    """Made on the same archive (the usual exchange): merged in one transaction, no re-anchoring."""
    made_on = library.documents.get(G).text_sha256
    notes = parse_bundle(bundle(*(note(start=n % 5000, end=n % 5000 + 15, quote="q", text_sha256=made_on)
                                  for n in range(100_000))))
    started = time.perf_counter()
    counts = library.notes.import_notes(notes)
    elapsed = time.perf_counter() - started
    assert counts["added"] == 100_000
    print(f"100,000 notes merged in {elapsed:.1f} s")  # the README quotes this figure
