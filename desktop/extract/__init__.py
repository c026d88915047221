"""Finding people and organizations in text: pure Python, no Qt, no SQL."""
