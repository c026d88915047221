"""The authority file: reviewed people and organizations with their aliases and sourced facts."""

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import EkasarError

KINDS = ("person", "organization")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class AuthorityError(EkasarError, ValueError):
    """The authority file cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Fact:
    text: str
    document: str
    quote: str


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    short_forms: tuple[str, ...] = ()
    khmer_name: str | None = None
    khmer_name_source: str | None = None
    facts: tuple[Fact, ...] = ()
    reviewed: bool = True

    def full_forms(self) -> list[str]:
        return list(dict.fromkeys([self.name, *self.aliases]))


@dataclass(frozen=True)
class Authority:
    entities: tuple[Entity, ...] = ()
    reviewed_documents: frozenset[str] = field(default_factory=frozenset)


def _text(raw: dict, key: str, where: str, required: bool = True) -> str | None:
    value = raw.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise AuthorityError(f"{where}: {key} must be a non-empty string")
    return value


def _strings(raw: dict, key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise AuthorityError(f"{where}: {key} must be a list of names")
    return tuple(value)


def parse_authority(text: str, origin: str = "entities.toml") -> Authority:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise AuthorityError(f"{origin}: {error}") from None
    entities, seen = [], set()
    for number, raw in enumerate(data.get("entity", []), 1):
        where = f"{origin}, entity {number}"
        entity_id = _text(raw, "id", where)
        if not _ID.match(entity_id) or entity_id in seen:
            raise AuthorityError(f"{where}: id {entity_id!r} must be unique, lowercase, with hyphens")
        seen.add(entity_id)
        kind = _text(raw, "kind", where)
        if kind not in KINDS:
            raise AuthorityError(f"{where}: kind must be person or organization, not {kind!r}")
        facts = []
        for fact in raw.get("fact", []):
            facts.append(Fact(_text(fact, "text", where), _text(fact, "document", where),
                              _text(fact, "quote", where)))
        entities.append(Entity(
            id=entity_id,
            name=_text(raw, "name", where),
            kind=kind,
            aliases=_strings(raw, "aliases", where),
            short_forms=_strings(raw, "short_forms", where),
            khmer_name=_text(raw, "khmer_name", where, required=False),
            khmer_name_source=_text(raw, "khmer_name_source", where, required=False),
            facts=tuple(facts),
        ))
    reviewed = data.get("reviewed_documents", [])
    if not isinstance(reviewed, list):
        raise AuthorityError(f"{origin}: reviewed_documents must be a list of document ids")
    return Authority(tuple(entities), frozenset(reviewed))


def load_authority(path: Path) -> Authority:
    """The authority file at ``path``, or an empty authority when there is none."""
    if not path.is_file():
        return Authority()
    try:
        return parse_authority(path.read_text(encoding="utf-8"), str(path))
    except UnicodeDecodeError:
        raise AuthorityError(f"{path}: not UTF-8 text") from None
