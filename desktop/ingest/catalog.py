"""Reading a seeds folder: the documents and their `catalog.toml` metadata."""

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import EkasarError
from desktop.ingest.files import FORMAT_BY_SUFFIX
from desktop.wording import say

CATALOG_NAME = "catalog.toml"
_ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
# Values a catalog entry may give; anything else goes into `extra`.
_KNOWN = {"id", "title", "kind", "author", "publisher", "date", "language", "inferred"}


class CatalogError(EkasarError, ValueError):
    """The catalog cannot be used; the message says where and why."""


@dataclass(frozen=True)
class SeedEntry:
    id: str
    path: Path
    format: str
    title: str | None = None
    kind: str | None = None
    author: str | None = None
    publisher: str | None = None
    date: str | None = None
    language: list[str] | None = None
    inferred: dict[str, str] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)


def _check_entry(raw: dict, where: str) -> None:
    if not isinstance(raw.get("id"), str) or not raw["id"]:
        raise CatalogError(f"{where}: every [[document]] needs an id")
    for key in ("title", "kind", "author", "publisher", "date"):
        if key in raw and not isinstance(raw[key], str):
            raise CatalogError(f"{where}: {key} must be a string")
    if "date" in raw and not _ISO_DATE.match(raw["date"]):
        raise CatalogError(f"{where}: date {raw['date']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    language = raw.get("language", [])
    if not isinstance(language, list) or not all(isinstance(x, str) for x in language):
        raise CatalogError(f"{where}: language must be a list of codes such as [\"en\", \"km\"]")
    if not isinstance(raw.get("inferred", {}), dict):
        raise CatalogError(f"{where}: inferred must be a table")


def load_seeds(seeds_dir: Path) -> list[SeedEntry]:
    """Every document file in ``seeds_dir`` with its catalog metadata, ordered by id.

    Files the catalog does not describe are still included, with no metadata
    (titles are then taken from the text).

    :raises CatalogError: unreadable catalog, bad values, or an entry with no file.
    """
    if not seeds_dir.is_dir():
        raise CatalogError(say("Import", "{folder} is not a folder").format(folder=seeds_dir))
    files = {
        p.stem: p
        for p in sorted(seeds_dir.iterdir())
        if p.is_file() and p.suffix.lower() in FORMAT_BY_SUFFIX
    }
    catalog_path = seeds_dir / CATALOG_NAME
    entries: dict[str, dict] = {}
    if catalog_path.exists():
        try:
            catalog = tomllib.loads(catalog_path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise CatalogError(f"{catalog_path}: {error}") from None
        documents = catalog.get("document", [])
        if not isinstance(documents, list):
            raise CatalogError(f"{catalog_path}: expected [[document]] tables")
        for number, raw in enumerate(documents, 1):
            where = f"{catalog_path}, document {number}"
            _check_entry(raw, where)
            if raw["id"] not in files:
                raise CatalogError(f"{where}: no file for id {raw['id']!r}")
            entries[raw["id"]] = raw
    seeds = []
    for doc_id, path in files.items():
        raw = entries.get(doc_id, {})
        seeds.append(
            SeedEntry(
                id=doc_id,
                path=path,
                format=FORMAT_BY_SUFFIX[path.suffix.lower()],
                title=raw.get("title"),
                kind=raw.get("kind"),
                author=raw.get("author"),
                publisher=raw.get("publisher"),
                date=raw.get("date"),
                language=raw.get("language"),
                inferred=dict(raw.get("inferred", {})),
                extra={k: str(v) for k, v in raw.items() if k not in _KNOWN},
            )
        )
    return seeds
