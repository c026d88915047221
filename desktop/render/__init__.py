"""Preparing text for display: sanitised HTML, visible controls, links, citations. No Qt."""
