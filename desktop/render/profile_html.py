"""A person's or organization's profile as HTML, built only from escaped text.

Links use the internal ``ekasar:`` scheme: ``ekasar:doc/ID/START/END`` opens
a passage in the reader, ``ekasar:entity/ID`` another profile. They are
handled by the window, never by a browser.
"""

from html import escape

from desktop.render.text import page_label, visible_controls
from desktop.store.people import Profile
from desktop.wording import date_text, number, say, say_n


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


def _page(page: int | None) -> str:
    return ", " + escape(page_label(page)) if page else ""


def _heading(profile: Profile) -> list[str]:
    """The name, the kind, the Khmer name and the other spellings."""
    p = profile.summary
    kind = say("Profile", "Person") if p.kind == "person" else say("Profile", "Organization")
    if p.reviewed:
        parts = [f"<h2>{_text(p.name)}</h2><p>{kind}</p>"]
    else:
        parts = [f"<h2>{_text(p.name)}</h2>",
                 say("Profile", "<p>{kind} · <i>proposed automatically, not reviewed</i></p>").format(kind=kind)]
    if p.khmer_name and profile.khmer_name_source:
        parts.append(say("Profile", "<p><b>Khmer:</b> {name} <small>({source})</small></p>").format(
            name=escape(p.khmer_name), source=_text(profile.khmer_name_source)))
    elif p.khmer_name and p.khmer_name != p.name:  # not again under a name found in Khmer
        parts.append(say("Profile", "<p><b>Khmer:</b> {name}</p>").format(name=escape(p.khmer_name)))
    if p.aliases:
        aliases = "; ".join(_text(a) for a in p.aliases)
        parts.append(say("Profile", "<p><b>Also written:</b> {aliases}</p>").format(aliases=aliases))
    return parts


def _facts(profile: Profile) -> list[str]:
    if not profile.facts:
        return []
    parts = [say("Profile", "<h3>What the sources say</h3>"), "<ul>"]
    for fact in profile.facts:
        quote = " ".join(fact.quote.split())
        parts.append(
            f"<li>{_text(fact.text)}<br><small>“{_text(quote)}” — "
            f"<a href='{doc_link(fact.document, fact.start, fact.end)}'>{_text(fact.document_title)}</a>"
            f"{_page(fact.page)}</small></li>"
        )
    parts.append("</ul>")
    return parts


def _mentions(profile: Profile) -> list[str]:
    """Where the name is mentioned: each document (the first ones) with its passages."""
    p = profile.summary
    mentions, documents = p.mentions, len(profile.documents)
    in_documents = say_n("Profile", "{count} documents", "", documents)
    parts = [say_n("Profile", "<h3>Mentioned {count} times in {documents}</h3>", "", mentions).format(
        documents=in_documents)]
    contexts: dict[str, list] = {}
    for context in profile.contexts:
        contexts.setdefault(context.document, []).append(context)
    for doc_id, title, date, count in profile.documents[:MAX_DOCUMENTS_SHOWN]:
        when = date_text(date) if date else say("Profile", "undated")
        parts.append(say("Profile", "<p><b>{title}</b> <small>{date} · {count}×</small></p>").format(
            title=_text(title), date=escape(when), count=number(count)))
        parts.append("<ul>")
        for c in contexts.get(doc_id, [])[:10]:
            before, after = " ".join(c.before.split()), " ".join(c.after.split())
            parts.append(
                f"<li><small>…{_text(before)} <a href='{doc_link(doc_id, c.start, c.end)}'><b>{_text(c.text)}</b></a>"
                f" {_text(after)}…{_page(c.page)}</small></li>"
            )
        parts.append("</ul>")
    hidden = documents - MAX_DOCUMENTS_SHOWN
    if hidden > 0:
        parts.append(say_n("Profile", "<p><i>and {count} more documents (see <code>ekasar people {id}</code>)</i></p>",
                           "", hidden).format(id=escape(p.id)))
    return parts


def profile_html(profile: Profile) -> str:
    parts = [*_heading(profile), *_facts(profile), *_mentions(profile)]
    if profile.co_mentioned:
        parts.append(say("Profile", "<h3>Most often mentioned with</h3>"))
        parts.append("<p>")
        parts.append(", ".join(
            say_n("Profile", "{name} <small>({count} documents)</small>", "", n).format(
                name=f"<a href='{entity_link(i)}'>{_text(name)}</a>")
            for i, name, _kind, n in profile.co_mentioned
        ))
        parts.append("</p>")
    if profile.merged:
        merged = escape(", ".join(profile.merged))
        parts.append(say("Profile", "<p><small>Merged here: {ids}</small></p>").format(ids=merged))
    return "".join(parts)
