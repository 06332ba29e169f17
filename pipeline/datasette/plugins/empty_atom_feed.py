"""An Atom feed with no entries when a feed query returns no rows, instead of a 500.

datasette-atom 0.9 takes the feed's <updated> from the newest row and fails on an empty result
(`max() arg is an empty sequence`), so /taskerwatch/new_events.atom errored on a fresh database,
and a feed reader subscribed before the first events saw an error page. This renderer answers
empty results with a valid feed of no entries and hands every other result to datasette-atom.
It registers the same `.atom` extension with trylast, so its registration is the one Datasette
keeps (hooks run last-registered first; trylast moves this one to the end).
"""
from __future__ import annotations

import datasette_atom
from datasette import __version__, hookimpl
from datasette.utils.asgi import Response
from feedgen.feed import FeedGenerator


def feed_title(datasette, sql: str, database: str, query_name: str | None) -> str:
    if query_name:
        queries = (datasette.metadata(database=database) or {}).get("queries") or {}
        title = (queries.get(query_name) or {}).get("title")
        if title:
            return title
    return sql


def render_atom(datasette, request, sql, columns, rows, database, table, query_name,
                view_name, data):
    if rows:
        return datasette_atom.render_atom(datasette, request, sql, columns, rows, database,
                                          table, query_name, view_name, data)
    feed = FeedGenerator()
    feed.generator(generator="Datasette", version=__version__,
                   uri="https://github.com/simonw/datasette")
    feed.id(request.url)
    feed.link(href=request.url, rel="self")
    feed.title(request.args.get("_feed_title") or feed_title(datasette, sql, database, query_name))
    # <updated> is required; with no entries it is the time of this response (feedgen's default)
    return Response(feed.atom_str(pretty=True), content_type="application/xml; charset=utf-8",
                    status=200)


@hookimpl(trylast=True)
def register_output_renderer():
    return {"extension": "atom", "render": render_atom,
            "can_render": datasette_atom.can_render_atom}
