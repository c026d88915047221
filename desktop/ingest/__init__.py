"""Turning raw text into reading text: pure Python, no Qt and no SQL."""
