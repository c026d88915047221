"""Finding every hit of the documents a search shows, off the UI thread (desktop/ui/jobs.py)."""

from desktop.services.library import Library
from desktop.ui.jobs import LatestOnly


class BackgroundHits(LatestOnly):
    """``request(query, [(document id, source), …])``; ``done(sequence, {(id, source): EveryHit})``.
    Only the documents listed are read, never the whole archive."""

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(library, lambda reader, progress, query, documents:
                         reader.search.every_hit(query, documents, between=progress.check), "search hits", parent)
