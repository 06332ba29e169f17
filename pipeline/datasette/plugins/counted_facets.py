"""A `counted` facet: a column facet that reads facet_counts when the table is unfiltered.

Configured in metadata.yaml as `facets: [{counted: type}, ...]`. On the unfiltered table page
(what a person opens first) the counts come from `facet_counts`, which triggers in the schema
keep exact (pipeline/db.py, migration 3); a filtered or searched page, or a column without
kept counts, falls back to Datasette's own GROUP BY. The results look exactly like a column
facet's, toggles and foreign-key labels included.
"""
from __future__ import annotations

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet
from datasette.utils import path_with_added_args, path_with_removed_args


class CountedFacet(ColumnFacet):
    type = "counted"

    def _unfiltered(self) -> bool:
        # Datasette hands the facet the table's SQL without order/limit; filters, searches
        # and _where all add a where clause (and usually params).
        return bool(self.table) and not self.params and " where " not in self.sql.lower()

    async def _kept_counts(self, column: str, limit: int):
        db = self.ds.get_database(self.database)
        if not await db.table_exists("facet_counts"):
            return None
        rows = (await db.execute(
            "select value, n as count from facet_counts where table_name = ?"
            " and column_name = ? and n > 0 order by n desc, value limit ?",
            [self.table, column, limit])).rows
        if not rows and (await db.execute(
                f"select exists (select 1 from [{self.table}] where [{column}] is not null)"
        )).first()[0]:
            return None  # not a kept column: count it live
        return rows

    async def facet_results(self):
        facet_results, facets_timed_out = [], []
        qs_pairs = self.get_querystring_pairs()
        facet_size = self.get_facet_size()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            try:
                rows = None
                if self._unfiltered():
                    rows = await self._kept_counts(column, facet_size + 1)
                if rows is None:
                    rows = (await self.ds.execute(
                        self.database,
                        f"select [{column}] as value, count(*) as count from ({self.sql})"
                        f" where [{column}] is not null group by [{column}]"
                        f" order by count desc, value limit {facet_size + 1}",
                        self.params, truncate=False,
                        custom_time_limit=self.ds.setting("facet_time_limit_ms"))).rows
            except QueryInterrupted:
                facets_timed_out.append(column)
                continue
            values = [row["value"] for row in rows[:facet_size]]
            expanded = await self.ds.expand_foreign_keys(
                self.database, self.table, column, values) if self.table else {}
            results = []
            for value, count in ((row["value"], row["count"]) for row in rows[:facet_size]):
                column_qs = f"{column}__exact" if column.startswith("_") else column
                selected = (column_qs, str(value)) in qs_pairs
                toggle_path = (path_with_removed_args(self.request, {column_qs: str(value)})
                               if selected else
                               path_with_added_args(self.request, {column_qs: value}))
                results.append({
                    "value": value, "label": expanded.get((column, value), value),
                    "count": count, "selected": selected,
                    "toggle_url": self.ds.absolute_url(self.request,
                                                       self.ds.urls.path(toggle_path))})
            facet_results.append({
                "name": column, "type": self.type,
                "hideable": source_and_config["source"] != "metadata",
                "toggle_url": self.ds.urls.path(
                    path_with_removed_args(self.request, {"_facet_counted": column})),
                "results": results, "truncated": len(rows) > facet_size})
        return facet_results, facets_timed_out


@hookimpl
def register_facet_classes():
    return [CountedFacet]
