"""A person's or organization's profile as HTML, built only from escaped text.

Links use the internal ``ekasar:`` scheme: ``ekasar:doc/ID/START/END`` opens
a passage in the reader, ``ekasar:entity/ID`` another profile. They are
handled by the window, never by a browser.
"""

from html import escape

from desktop.render.text import visible_controls
from desktop.store.people import Profile


MAX_DOCUMENTS_SHOWN = 200  # the rest is counted, and listed by the CLI


def doc_link(doc_id: str, start: int, end: int) -> str:
    return f"ekasar:doc/{escape(doc_id)}/{start}/{end}"


def entity_link(entity_id: str) -> str:
    return f"ekasar:entity/{escape(entity_id)}"


def parse_link(href: str) -> tuple[str, list[str]] | None:
    """("doc", [id, start, end]) or ("entity", [id]) for an internal link; None otherwise."""
    if not href.startswith("ekasar:"):
        return None
    kind, *parts = href[len("ekasar:"):].split("/")
    if kind == "doc" and len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
        return kind, parts
    if kind == "entity" and len(parts) == 1 and parts[0]:
        return kind, parts
    return None


def _text(value: str) -> str:
    return escape(visible_controls(value))


def profile_html(profile: Profile) -> str:
    p = profile.summary
    kind = "Person" if p.kind == "person" else "Organization"
    status = "" if p.reviewed else " · <i>proposed automatically, not reviewed</i>"
    parts = [f"<h2>{_text(p.name)}</h2>", f"<p>{kind}{status}</p>"]
    if p.khmer_name:
        source = f" <small>({_text(profile.khmer_name_source)})</small>" if profile.khmer_name_source else ""
        parts.append(f"<p><b>Khmer:</b> {escape(p.khmer_name)}{source}</p>")
    if p.aliases:
        parts.append("<p><b>Also written:</b> " + "; ".join(_text(a) for a in p.aliases) + "</p>")
    if profile.facts:
        parts.append("<h3>What the sources say</h3><ul>")
        for fact in profile.facts:
            quote = " ".join(fact.quote.split())
            parts.append(
                f"<li>{_text(fact.text)}<br><small>“{_text(quote)}” — "
                f"<a href='{doc_link(fact.document, fact.start, fact.end)}'>{_text(fact.document_title)}</a>"
                "</small></li>"
            )
        parts.append("</ul>")
    parts.append(f"<h3>Mentioned {p.mentions} times in {len(profile.documents)} documents</h3>")
    contexts: dict[str, list] = {}
    for context in profile.contexts:
        contexts.setdefault(context.document, []).append(context)
    for doc_id, title, date, count in profile.documents[:MAX_DOCUMENTS_SHOWN]:
        parts.append(f"<p><b>{_text(title)}</b> <small>{escape(date or 'undated')} · {count}×</small></p><ul>")
        for c in contexts.get(doc_id, [])[:10]:
            before, after = " ".join(c.before.split()), " ".join(c.after.split())
            parts.append(
                f"<li><small>…{_text(before)} <a href='{doc_link(doc_id, c.start, c.end)}'><b>{_text(c.text)}</b></a>"
                f" {_text(after)}…</small></li>"
            )
        parts.append("</ul>")
    hidden = len(profile.documents) - MAX_DOCUMENTS_SHOWN
    if hidden > 0:
        parts.append(f"<p><i>and {hidden:,} more documents (see <code>ekasar people {escape(p.id)}</code>)</i></p>")
    if profile.co_mentioned:
        parts.append("<h3>Most often mentioned with</h3><p>")
        parts.append(", ".join(
            f"<a href='{entity_link(i)}'>{_text(name)}</a> <small>({n} documents)</small>"
            for i, name, _kind, n in profile.co_mentioned
        ))
        parts.append("</p>")
    if profile.merged:
        parts.append(f"<p><small>Merged here: {escape(', '.join(profile.merged))}</small></p>")
    return "".join(parts)
