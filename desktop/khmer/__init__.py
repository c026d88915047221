"""Khmer text: one spelling for look-alikes, orthographic syllables and words.

Pure text functions with no Qt and no SQL, used alike by ingest, extraction,
the store's index and the window's snippets.
"""
