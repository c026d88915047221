"""Full-text search over the archive and the user's imports together."""

from desktop.store.databases import Databases
from desktop.store.query import parse_query
from desktop.store.search import Results, search_database


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
