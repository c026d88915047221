"""Annotations: selectors that find a passage again after the text changes. No Qt, no SQL."""
