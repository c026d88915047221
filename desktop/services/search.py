"""Full-text search over the archive and the user's imports together."""

from collections.abc import Callable

from desktop.store.databases import Databases
from desktop.store.every_hit import EveryHit, every_hit, rowid_of
from desktop.store.query import parse_query
from desktop.store.search import Results, search_database

HITS_SHOWN = 50  # hits listed under one document; the rest are counted ("and 12 more")


class SearchService:
    def __init__(self, db: Databases) -> None:
        self.db = db

    def run(self, query: str, limit: int = 20) -> Results:
        """Documents matching ``query`` in the archive and the user's imports, best first."""
        parsed = parse_query(query)
        parts = [search_database(conn, parsed, limit, source) for conn, source in self.db.pairs()]
        hits = sorted((hit for part in parts for hit in part.hits), key=lambda hit: hit.order)
        return Results(hits[:limit], total=sum(part.total for part in parts),
                       estimated=any(part.estimated for part in parts))

    def every_hit(self, query: str, documents: list[tuple[str, str]], shown: int | None = None,
                  between: Callable[[], None] | None = None) -> dict[tuple[str, str], EveryHit]:
        """Every hit of ``query`` in each of ``documents`` (id, source), found as the search finds them;
        the first ``shown`` (HITS_SHOWN) of each with their snippets. ``between`` runs before each
        document (a lock cancels the work there: it raises)."""
        shown = HITS_SHOWN if shown is None else shown
        parsed, connections = parse_query(query), {source: conn for conn, source in self.db.pairs()}
        found = {}
        for doc_id, source in documents:
            if between is not None:
                between()
            conn = connections.get(source)
            rowid = rowid_of(conn, doc_id) if conn is not None and not parsed.empty else None
            found[doc_id, source] = every_hit(conn, rowid, parsed, shown) if rowid is not None \
                else EveryHit([], [], 0)
        return found
