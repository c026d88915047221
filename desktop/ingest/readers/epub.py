"""EPUB books as text, with the standard library only.

META-INF/container.xml names the package (OPF) file; its metadata gives
the title, authors, publisher, date and language; its spine gives the
chapters in reading order. Each chapter's XHTML becomes text through the
project's HTML reader (desktop/ingest/html_text.py: scripts, styles and
navigation left out, headings and paragraphs kept apart, nothing fetched).
A chapter without a heading of its own is headed by its entry in the
table of contents. Books whose chapters are encrypted (DRM) are refused.
"""

import posixpath
import re
import xml.etree.ElementTree as ET

from desktop.ingest.html_text import html_to_text
from desktop.ingest.readers.base import ReadDocument, UnreadableDocument
from desktop.ingest.readers.xml_parts import (
    local_name,
    set_metadata,
    single_line,
    tidy_paragraph,
    xml_encoding,
)
from desktop.ingest.readers.zipped import Container, resolve_part
from desktop.wording import digits, say

MAX_CHAPTERS = 2000
OPF = "{http://www.idpf.org/2007/opf}"
DC = "{http://purl.org/dc/elements/1.1/}"
XHTML = "{http://www.w3.org/1999/xhtml}"
OPS_TYPE = "{http://www.idpf.org/2007/ops}type"
NCX = "{http://www.daisy.org/z3986/2005/ncx/}"
_CHAPTER_TYPES = {"application/xhtml+xml", "text/html", "application/xml"}
_CHAPTER_SUFFIXES = (".xhtml", ".html", ".htm", ".xml")
_HEADING = re.compile(r"<(?:[A-Za-z][\w.-]*:)?h[1-6][\s/>]", re.IGNORECASE)


def read_epub(data: bytes) -> ReadDocument:
    """The text and stated metadata of an .epub file.

    :raises UnreadableDocument: for a damaged, hostile or DRM-protected book.
    """
    book = Container(data, "EPUB")
    opf_name = _package_name(book)
    package = book.optional_xml(opf_name)
    if package is None or local_name(package.tag) != "package":
        raise book.damaged()
    folder = posixpath.dirname(opf_name)
    manifest = _manifest(package, folder)
    chapters = _chapters(package, manifest)
    encrypted = _encrypted_parts(book)
    if any(chapter in encrypted for chapter in chapters):
        raise UnreadableDocument(say("Import", "this EPUB is protected by DRM (its chapters are encrypted) "
                                               "and cannot be read"))
    labels = _contents_labels(book, package, manifest)
    paragraphs: list[str] = []
    for chapter in chapters[:MAX_CHAPTERS]:
        paragraphs.extend(_chapter_paragraphs(book, chapter, labels.get(chapter, "")))
    notices = ()
    if len(chapters) > MAX_CHAPTERS:
        notices = (say("Import", "Only the first {limit} of the {count} chapters were read.")
                   .format(limit=digits(f"{MAX_CHAPTERS:,}"), count=digits(f"{len(chapters):,}")),)
    return ReadDocument(format="epub", pages=("\n\n".join(paragraphs),), paged=False,
                        metadata=_metadata(package), notices=notices)


def _package_name(book: Container) -> str:
    """The OPF file the container names, or the book's only .opf file if it names none."""
    container = book.optional_xml("META-INF/container.xml")
    for rootfile in container.iter() if container is not None else ():
        if local_name(rootfile.tag) == "rootfile" and rootfile.get("media-type", "").endswith("oebps-package+xml"):
            found = resolve_part("", rootfile.get("full-path", ""))
            if found and book.find(found):
                return found
    candidates = [name for name in book.names() if name.lower().endswith(".opf")]
    if len(candidates) != 1:
        raise book.damaged()
    return candidates[0]


def _manifest(package: ET.Element, folder: str) -> dict[str, tuple[str, str, str]]:
    """Item id → (part name, media type, properties)."""
    items = {}
    for item in package.iter(OPF + "item"):
        part = resolve_part(folder, item.get("href", ""))
        if part is not None:
            items[item.get("id", "")] = (part, item.get("media-type", "").lower(), item.get("properties", ""))
    return items


def _chapters(package: ET.Element, manifest: dict[str, tuple[str, str, str]]) -> list[str]:
    """The spine's (X)HTML parts in reading order, each once."""
    chapters: dict[str, None] = {}  # ordered, and quick to look up however long the spine
    for reference in package.iter(OPF + "itemref"):
        part, media_type, _ = manifest.get(reference.get("idref", ""), ("", "", ""))
        readable = media_type in _CHAPTER_TYPES or (not media_type and part.lower().endswith(_CHAPTER_SUFFIXES))
        if part and readable:
            chapters.setdefault(part)
    return list(chapters)


def _encrypted_parts(book: Container) -> set[str]:
    """Parts META-INF/encryption.xml lists (fonts are often obfuscated that way; chapters only under DRM)."""
    encryption = book.optional_xml("META-INF/encryption.xml")
    found = set()
    for element in encryption.iter() if encryption is not None else ():
        if local_name(element.tag) == "CipherReference":
            part = resolve_part("", element.get("URI", ""))
            if part is not None:
                found.add(part)
    return found


def _chapter_paragraphs(book: Container, chapter: str, label: str) -> list[str]:
    """A chapter's paragraphs; its contents label first if it has no heading of its own."""
    if book.find(chapter) is None:
        return []  # listed but missing: the rest of the book is still worth reading
    data = book.read(chapter)
    xhtml = data.decode(xml_encoding(data), errors="replace")
    text, _ = html_to_text(xhtml)
    paragraphs = [paragraph for paragraph in text.split("\n\n") if paragraph]
    if label and not _HEADING.search(xhtml):
        paragraphs.insert(0, label)
    return paragraphs


def _contents_labels(book: Container, package: ET.Element, manifest: dict[str, tuple[str, str, str]]) -> dict[str, str]:
    """Chapter part → its first entry in the table of contents (EPUB 3 nav, else EPUB 2 NCX).

    The table of contents only adds headings; one that cannot be parsed is done without.
    """
    spine = package.find(OPF + "spine")
    ncx_id = spine.get("toc", "") if spine is not None else ""
    nav = [part for part, _, properties in manifest.values() if "nav" in properties.split()]
    ncx = [part for item_id, (part, media_type, _) in manifest.items()
           if item_id == ncx_id or media_type == "application/x-dtbncx+xml"]
    sources = [(part, _nav_labels) for part in nav[:1]] + [(part, _ncx_labels) for part in ncx[:1]]
    for part, read in sources:
        try:
            root = book.optional_xml(part)
        except UnreadableDocument:
            continue
        labels = read(root, posixpath.dirname(part)) if root is not None else {}
        if labels:
            return labels
    return {}


def _nav_labels(root: ET.Element, folder: str) -> dict[str, str]:
    navs = list(root.iter(XHTML + "nav"))
    contents = next((nav for nav in navs if "toc" in nav.get(OPS_TYPE, "").split()), navs[0] if navs else None)
    labels: dict[str, str] = {}
    for link in contents.iter(XHTML + "a") if contents is not None else ():
        _add_label(labels, resolve_part(folder, link.get("href", "")), "".join(link.itertext()))
    return labels


def _ncx_labels(root: ET.Element, folder: str) -> dict[str, str]:
    labels: dict[str, str] = {}
    for point in root.iter(NCX + "navPoint"):
        text = point.find(f"{NCX}navLabel/{NCX}text")
        content = point.find(NCX + "content")
        if text is not None and content is not None:
            _add_label(labels, resolve_part(folder, content.get("src", "")), text.text or "")
    return labels


def _add_label(labels: dict[str, str], part: str | None, text: str) -> None:
    label = single_line(tidy_paragraph(text))
    if part and label and part not in labels:
        labels[part] = label


def _metadata(package: ET.Element) -> dict[str, str]:
    metadata: dict[str, str] = {}
    found = package.find(OPF + "metadata")
    if found is None:
        return metadata
    creators = [" ".join((creator.text or "").split()) for creator in found.iter(DC + "creator")]
    set_metadata(metadata, "author", "; ".join(dict.fromkeys(creator for creator in creators if creator)))
    for key in ("title", "publisher", "language"):
        element = found.find(f".//{DC}{key}")
        set_metadata(metadata, key, element.text if element is not None else None)
    dates = list(found.iter(DC + "date"))
    # EPUB 2 may give several dates by event; the publication date is the book's date.
    dates.sort(key=lambda element: {"publication": 0, "": 1}.get(element.get(OPF + "event", "").lower(), 2))
    for element in dates:
        set_metadata(metadata, "date", element.text)
    return metadata
