"""Readers of document formats with structure (PDF, Word, OpenDocument,
EPUB): each turns a file into text, page by page where the format has pages,
for the one document pipeline (desktop/ingest/document.py). No Qt here."""
