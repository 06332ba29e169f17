"""taskerwatch benchmark: the real pipeline against a generated loopback site and database.

    python bench/run.py [--quick] [--json]      (`make bench` runs --quick --json)

Stages, each timed in this run on this machine:
  1. crawl: `taskerwatch crawl` (a subprocess, as a user runs it) over a generated news site
     served on 127.0.0.1 (sitemap + RSS feed, ~500-800-word articles about data-work platforms);
  2. process: `taskerwatch process` over what the crawl stored (peak RSS of its process tree);
  3. the NLP limit: bare `nlp.pipe` of the same pipeline over the same texts with the same
     number of processes; e2e_vs_nlp_limit = (articles / (crawl + process time)) / that rate;
  4. recrawl: the same crawl again over the unchanged site; requests seen 2nd / 1st;
  5. extraction and database writes on their own (articles/s, rows/s);
  6. facets: a generated database of `scale_articles` articles (three events each) served by
     `taskerwatch serve` (uvicorn on 127.0.0.1) and loaded over HTTP like a person would: the
     table pages with their default facets and every canned query; p95 latency.
A stage that cannot run (a piece of the pipeline missing, a command failing) reports null and
the reason in "notes"; nothing is estimated.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from loopback_site import LoopbackSite  # noqa: E402

TASKERWATCH = Path(sys.executable).parent / "taskerwatch"
TARGETS = {"e2e_vs_nlp_limit": ">= 0.8", "recrawl_requests_ratio": "<= 0.05",
           "facet_p95_ms": "<= 250", "peak_rss_mb": "<= 1536"}
# Values for canned-query parameters that have no useful empty default (scale_db's names)
EXAMPLE_PARAMS = {"company": "Scale AI", "country": "KE"}
# Politeness is for other people's servers: on loopback the benchmark crawls flat out.
BENCH_SCRAPY_SETTINGS = {
    "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 32, "CONCURRENT_REQUESTS_PER_IP": 0,
    "LOG_LEVEL": "WARNING",
}


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


class Bench:
    def __init__(self, args):
        self.args = args
        self.result: dict = {"mode": "quick" if args.quick else "full"}
        self.notes: dict[str, str] = {}
        self.stages: dict = {}

    # ------------------------------------------------------------ helpers
    def note(self, key: str, reason: str) -> None:
        self.notes[key] = reason
        log(f"{key}: {reason}")

    def env(self) -> dict:
        env = dict(os.environ)
        env["TASKERWATCH_LOG_LEVEL"] = "WARNING"
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        return env

    def run_measured(self, cmd: list[str], *, timeout: float) -> dict:
        """Run a command; wall time, exit code, stderr tail and the peak RSS of its tree."""
        import psutil

        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=self.env(), cwd=ROOT, start_new_session=True)
        peak_tree = [0]
        stop = threading.Event()

        def poll():
            try:
                root = psutil.Process(proc.pid)
            except psutil.Error:
                return
            while not stop.is_set():
                try:
                    procs = [root] + root.children(recursive=True)
                    total = 0
                    for p in procs:
                        try:
                            total += p.memory_info().rss
                        except psutil.Error:
                            pass
                    peak_tree[0] = max(peak_tree[0], total)
                except psutil.Error:
                    break
                stop.wait(0.1)

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        out = {"stdout": b"", "stderr": b""}

        def drain(name, stream):
            out[name] = stream.read()

        readers = [threading.Thread(target=drain, args=(n, s), daemon=True)
                   for n, s in (("stdout", proc.stdout), ("stderr", proc.stderr))]
        for r in readers:
            r.start()
        deadline = time.monotonic() + timeout
        status = usage = None
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                status = None
                break
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status) if status is not None else -9
        wall = time.perf_counter() - t0
        stop.set()
        poller.join()
        for r in readers:
            r.join()
        return {"seconds": wall, "returncode": proc.returncode,
                "timed_out": status is None,
                "stderr": out["stderr"].decode("utf-8", "replace"),
                # ru_maxrss (KiB on Linux) of the command and its waited-for descendants
                "maxrss_mb": round(usage.ru_maxrss / 1024, 1) if usage else None,
                "peak_tree_rss_mb": round(peak_tree[0] / 2**20, 1)}

    # ------------------------------------------------------------ crawl + process
    def pipeline_stages(self, work: Path) -> None:
        n = self.args.articles
        db_path = work / "e2e.db"
        log(f"generating and serving {n} articles on 127.0.0.1")
        site = LoopbackSite(n).start()
        try:
            self._crawl_and_process(site, db_path)
        finally:
            site.stop()

    def _crawl_cmd(self, site, db_path):
        # `python -m pipeline.crawl` is run_crawl behind `taskerwatch crawl`, plus --set for
        # Scrapy settings: the only way to lift the politeness delays for loopback.
        return [sys.executable, "-m", "pipeline.crawl", "--db", str(db_path),
                "--feed", site.feed_url, "--sitemap", site.sitemap_url] + [
                    a for k, v in BENCH_SCRAPY_SETTINGS.items()
                    for a in ("--set", f"{k}={json.dumps(v)}")]

    def _crawl_and_process(self, site, db_path: Path) -> None:
        from pipeline import db as store

        try:
            import pipeline.crawl  # noqa: F401
        except ImportError as exc:
            for key in ("e2e_vs_nlp_limit", "recrawl_requests_ratio"):
                self.note(key, f"pipeline.crawl is not importable yet ({exc})")
            return
        log("crawl 1")
        crawl1 = self.run_measured(self._crawl_cmd(site, db_path), timeout=self.args.timeout)
        req1, status1 = site.snapshot()
        if crawl1["returncode"] != 0:
            reason = f"taskerwatch crawl failed (exit {crawl1['returncode']}): " \
                     f"{_tail(crawl1['stderr'])}"
            for key in ("e2e_vs_nlp_limit", "recrawl_requests_ratio"):
                self.note(key, reason)
            return
        db = store.open_db(db_path)
        stored = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        pages = db.execute("SELECT count(*) FROM pages").fetchone()[0]
        db.close()
        n_requests1 = sum(req1.values())
        self.stages["crawl"] = {
            "seconds": round(crawl1["seconds"], 2), "requests": n_requests1,
            "requests_by_kind": dict(req1), "statuses": {str(k): v for k, v in status1.items()},
            "pages_stored": pages, "articles_stored": stored,
            "pages_per_s": round(n_requests1 / crawl1["seconds"], 1),
            "peak_rss_mb": crawl1["peak_tree_rss_mb"]}
        log(f"crawl 1: {n_requests1} requests, {stored} articles in {crawl1['seconds']:.1f}s")
        if stored < self.args.articles * 0.9:
            self.note("crawl", f"only {stored} of {self.args.articles} articles were stored; "
                      f"stderr: {_tail(crawl1['stderr'])}")

        nlp_ready = self._prepare_nlp_limit(db_path)
        if nlp_ready:
            self._time_bare_pipe("before")
        log("process")
        proc = self.run_measured(
            [str(TASKERWATCH), "process", "--db", str(db_path), "--processes",
             str(self.args.processes), "--batch-size", str(self.args.batch_size)],
            timeout=self.args.timeout)
        db = store.open_db(db_path)
        processed = db.execute(
            "SELECT count(*) FROM articles WHERE nlp_version IS NOT NULL").fetchone()[0]
        counts = store.table_counts(db)
        db.close()
        self.stages["process"] = {
            "seconds": round(proc["seconds"], 2), "articles": processed,
            "articles_per_s": round(processed / proc["seconds"], 2) if processed else None,
            "processes": self.args.processes, "batch_size": self.args.batch_size,
            "peak_rss_mb_tree": proc["peak_tree_rss_mb"], "peak_rss_mb_largest": proc["maxrss_mb"],
            "rows": {k: counts[k] for k in ("events", "figures", "article_companies",
                                            "article_countries", "event_countries")}}
        if proc["returncode"] != 0 or not processed:
            reason = f"taskerwatch process failed (exit {proc['returncode']}, {processed} " \
                     f"articles processed): {_tail(proc['stderr'])}"
            self.note("e2e_vs_nlp_limit", reason)
            self.note("peak_rss_mb", reason)
        else:
            # The whole tree: with --processes N the spaCy workers are children of the command.
            self.result["peak_rss_mb"] = proc["peak_tree_rss_mb"]
            e2e_rate = processed / (crawl1["seconds"] + proc["seconds"])
            self.stages["e2e"] = {"articles": processed,
                                  "seconds": round(crawl1["seconds"] + proc["seconds"], 2),
                                  "articles_per_s": round(e2e_rate, 2)}
            log(f"process: {processed} articles in {proc['seconds']:.1f}s")
            if nlp_ready:
                self._time_bare_pipe("after")

        log("crawl 2 (unchanged site)")
        crawl2 = self.run_measured(self._crawl_cmd(site, db_path), timeout=self.args.timeout)
        req2, status2 = site.snapshot()
        n_requests2 = sum(req2.values()) - n_requests1
        self.stages["recrawl"] = {
            "seconds": round(crawl2["seconds"], 2), "requests": n_requests2,
            "requests_by_kind": {k: req2[k] - req1.get(k, 0) for k in req2 if req2[k] - req1.get(k, 0)},
            "statuses": {str(k): v - status1.get(k, 0) for k, v in status2.items()
                         if v - status1.get(k, 0)}}
        if crawl2["returncode"] != 0:
            self.note("recrawl_requests_ratio", f"second crawl failed (exit "
                      f"{crawl2['returncode']}): {_tail(crawl2['stderr'])}")
        elif stored < 500:
            self.note("recrawl_requests_ratio",
                      f"only {stored} articles stored by the first crawl (need >= 500)")
        else:
            self.result["recrawl_requests_ratio"] = round(n_requests2 / n_requests1, 4)

        if "e2e" in self.stages and nlp_ready:
            if processed != len(self._texts):
                self.note("e2e_vs_nlp_limit", f"the process step analysed {processed} articles,"
                          f" the NLP limit {len(self._texts)}: not the same texts")
            else:
                self._nlp_limit()

    def _prepare_nlp_limit(self, db_path: Path) -> bool:
        """Load the pipeline here and pick the texts the process step is about to analyse."""
        from pipeline import db as store
        from extract.nlp import nlp_input

        try:
            from extract.nlp import EXTRACTOR_VERSION, load_pipeline
            from extract.relevance import RELEVANCE_THRESHOLD
        except ImportError as exc:
            self.note("e2e_vs_nlp_limit", f"extract.nlp is not importable ({exc})")
            return False
        db = store.open_db(db_path)
        self._rows = store.articles_to_process(db, EXTRACTOR_VERSION,
                                               threshold=RELEVANCE_THRESHOLD)
        db.close()
        # The exact input the process step gives the pipeline (title joined to the text)
        self._texts = [nlp_input(row)[0] for row in self._rows]
        self._nlp = load_pipeline()
        self._nlp_runs = []
        return True

    def _time_bare_pipe(self, when: str) -> None:
        log(f"NLP limit ({when} the process step): nlp.pipe over {len(self._texts)} texts, "
            f"{self.args.processes} process(es)")
        t0 = time.perf_counter()
        n = bare_pipe(self._nlp, self._texts, self.args.batch_size, self.args.processes)
        self._nlp_runs.append({"when": when, "articles": n,
                               "seconds": round(time.perf_counter() - t0, 2)})

    def _nlp_limit(self) -> None:
        """Bare nlp.pipe of the same pipeline over the same texts with the same processes,
        timed just before and just after the process step (the CPU is shared: bracketing
        the step evens out load that drifts during the run)."""
        from extract.nlp import EXTRACTOR_VERSION

        n = len(self._texts)
        seconds = sum(r["seconds"] for r in self._nlp_runs) / len(self._nlp_runs)
        words = sum(len(t.split()) for t in self._texts)
        self.stages["nlp_limit"] = {
            "articles": n, "seconds": round(seconds, 2), "articles_per_s": round(n / seconds, 2),
            "words_per_s": round(words / seconds), "runs": self._nlp_runs,
            "pipeline": self._nlp.pipe_names, "extractor_version": EXTRACTOR_VERSION}
        self.result["e2e_vs_nlp_limit"] = round(
            self.stages["e2e"]["articles_per_s"] / (n / seconds), 3)
        self._write_throughput(self._nlp, self._rows)

    def _write_throughput(self, nlp, rows) -> None:
        """Rows/s of replace_findings on their own: findings of a sample, written many times."""
        from extract.nlp import EXTRACTOR_VERSION, analyze_many
        from pipeline import db as store
        from extract.nlp import nlp_input

        sample = rows[:40]
        findings = list(analyze_many(nlp, [nlp_input(r) for r in sample]))
        with tempfile.TemporaryDirectory(dir=self.args.out) as tmp:
            db = store.open_db(Path(tmp) / "writes.db")
            ids = []
            with db.atomic():
                for i in range(len(rows)):
                    ids.append(db["articles"].insert({"url": f"https://w.example/{i}",
                                                      "text": "x", "relevance": 1.0}).last_pk)
            t0 = time.perf_counter()
            for aid, f in zip(ids, (findings * (len(ids) // len(findings) + 1))):
                store.replace_findings(db, aid, f, EXTRACTOR_VERSION)
            seconds = time.perf_counter() - t0
            counts = store.table_counts(db)
            n_rows = sum(counts[k] for k in ("events", "figures", "article_companies",
                                             "article_countries", "event_countries"))
            db.close()
        self.stages["db_write"] = {"articles": len(ids), "rows": n_rows,
                                   "seconds": round(seconds, 2),
                                   "rows_per_s": round(n_rows / seconds),
                                   "articles_per_s": round(len(ids) / seconds, 1)}

    # ------------------------------------------------------------ extraction alone
    def extraction_stage(self) -> None:
        try:
            from extract.article import extract_article
        except ImportError as exc:
            self.note("extract", f"extract.article is not importable ({exc})")
            return
        site = LoopbackSite(min(self.args.articles, 300))
        site.base = "http://127.0.0.1:1"
        site._build()
        bodies = [(path, body) for path, (body, _, _) in site.pages.items()
                  if path.startswith("/news/")]
        t0 = time.perf_counter()
        words = 0
        for path, body in bodies:
            words += len(extract_article(body, url=site.base + path,
                                         content_type="text/html").text.split())
        seconds = time.perf_counter() - t0
        self.stages["extract"] = {"articles": len(bodies), "seconds": round(seconds, 2),
                                  "articles_per_s": round(len(bodies) / seconds, 1),
                                  "mean_words": round(words / len(bodies))}

    # ------------------------------------------------------------ facets at scale
    def facet_stage(self, work: Path) -> None:
        import scale_db

        n = self.args.scale
        self.result["scale_articles"] = n
        try:
            import pipeline.serve  # noqa: F401
        except ImportError as exc:
            self.note("facet_p95_ms", f"pipeline.serve is not importable yet ({exc})")
            return
        if self.args.scale_db:
            # Reuse a database scale_db.py generated before (for iterating on the serving side)
            from pipeline.db import open_db

            db_path = self.args.scale_db
            db = open_db(db_path)  # migrate, as `taskerwatch serve` would
            n = db.execute("SELECT count(*) FROM articles").fetchone()[0]
            db.close()
            self.result["scale_articles"] = n
            self.stages["scale_db"] = {"articles": n, "reused": str(db_path)}
        else:
            db_dir = work / "scale"
            db_dir.mkdir(exist_ok=True)
            db_path = db_dir / "taskerwatch.db"
            log(f"generating a {n}-article database")
            self.stages["scale_db"] = scale_db.generate(db_path, n)
            log(f"generated: {self.stages['scale_db']}")
        port = _free_port()
        server = subprocess.Popen(
            [str(TASKERWATCH), "serve", "--db", str(db_path), "--port", str(port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=self.env(), cwd=ROOT,
            start_new_session=True)
        try:
            base = f"http://127.0.0.1:{port}"
            if not _wait_http(base + "/-/versions.json", 180):
                server.kill()
                self.note("facet_p95_ms", "taskerwatch serve did not answer within 180 s: "
                          + _tail(server.stderr.read().decode("utf-8", "replace")))
                return
            self._measure_views(base)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()

    def _measure_views(self, base: str) -> None:
        import httpx

        meta = httpx.get(base + "/-/metadata.json", timeout=60).json()
        dbmeta = (meta.get("databases") or {}).get("taskerwatch") or {}
        tables = dbmeta.get("tables") or {}
        # (group, label, html path, json path, expected facets). Groups: "default" is what a
        # person gets on opening a view (table pages with their default facets, canned
        # queries before any value is typed: facet_p95_ms); "filled" the canned queries with
        # their parameters filled in; "other" the other tables with configured facets.
        views = []
        for table in ("events", "articles"):
            facets = _facet_columns((tables.get(table) or {}).get("facets") or [])
            views.append(("default", table, f"/taskerwatch/{table}",
                          f"/taskerwatch/{table}.json", facets))
        for name, query in (dbmeta.get("queries") or {}).items():
            views.append(("default", f"query:{name}", f"/taskerwatch/{name}",
                          f"/taskerwatch/{name}.json", []))
            needed = set(re.findall(r":(\w+)", query.get("sql", ""))) & set(EXAMPLE_PARAMS)
            if needed:
                qs = "?" + urlencode({k: EXAMPLE_PARAMS[k] for k in sorted(needed)})
                views.append(("filled", f"query:{name}{qs}", f"/taskerwatch/{name}{qs}",
                              f"/taskerwatch/{name}.json{qs}", []))
        views += [("other", t, f"/taskerwatch/{t}", f"/taskerwatch/{t}.json",
                   _facet_columns(m.get("facets") or []))
                  for t, m in tables.items() if m.get("facets") and t not in ("events", "articles")]
        per_view, problems = {}, {"default": [], "filled": [], "other": []}
        timings = {"default": [], "filled": [], "other": []}
        with httpx.Client(base_url=base, timeout=120) as client:
            for group, label, html_path, json_path, facets in views:
                problem = _check_view(client.get(json_path), facets)
                if problem:
                    problems[group].append(f"{label}: {problem}")
                client.get(html_path)  # warm: first load of a view fills SQLite's page cache
                times = []
                for _ in range(self.args.repeats):
                    t0 = time.perf_counter()
                    r = client.get(html_path)
                    times.append((time.perf_counter() - t0) * 1000)
                    if r.status_code != 200:
                        problems[group].append(f"{label}: HTTP {r.status_code}")
                        break
                per_view[label] = {"group": group, "p50_ms": round(_pct(times, 50), 1),
                                   "p95_ms": round(_pct(times, 95), 1), "facets": facets}
                timings[group].extend(times)
        self.stages["facets"] = {"views": per_view, "requests_per_view": self.args.repeats,
                                 "problems": [p for g in problems.values() for p in g]}
        for group, key in (("default", "facet_p95_ms"), ("filled", "canned_filled_p95_ms"),
                           ("other", "other_faceted_tables_p95_ms")):
            target = self.result if group != "other" else self.stages["facets"]
            if problems[group]:
                target[key] = None
                self.note(key, "; ".join(problems[group][:5]))
            elif timings[group]:
                target[key] = round(_pct(timings[group], 95), 1)

    # ------------------------------------------------------------ run
    def run(self) -> dict:
        work = Path(tempfile.mkdtemp(prefix="run-", dir=self.args.out))
        started = time.perf_counter()
        self.result.update({
            "cores": os.cpu_count(), "cores_usable": len(os.sched_getaffinity(0)),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
            "e2e_vs_nlp_limit": None, "recrawl_requests_ratio": None, "facet_p95_ms": None,
            "canned_filled_p95_ms": None, "scale_articles": None, "peak_rss_mb": None})
        try:
            if not self.args.skip_pipeline:
                self.pipeline_stages(work)
                self.extraction_stage()
            if not self.args.skip_facets:
                self.facet_stage(work)
        finally:
            if not self.args.keep:
                shutil.rmtree(work, ignore_errors=True)
        self.result["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
        self.result["seconds"] = round(time.perf_counter() - started, 1)
        self.result["targets"] = TARGETS
        self.result["stages"] = self.stages
        self.result["notes"] = self.notes
        return self.result


# ---------------------------------------------------------------- the NLP limit

_FORKED_NLP = None


def _pipe_chunk(args) -> int:
    texts, batch_size = args
    return sum(1 for _ in _FORKED_NLP.pipe(texts, batch_size=batch_size))


def bare_pipe(nlp, texts: list[str], batch_size: int, n_process: int) -> int:
    """Docs out of `nlp.pipe` over texts, nothing else done with them.

    With several processes this forks workers that each run `nlp.pipe` over chunks of
    batch_size texts, the way `taskerwatch process` does: spaCy's own n_process cannot ship
    our Docs back (their doc._ extensions hold Spans, which Doc.to_bytes cannot serialise).
    """
    if n_process <= 1:
        return sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    import multiprocessing

    global _FORKED_NLP
    _FORKED_NLP = nlp
    chunks = [(texts[i:i + batch_size], batch_size) for i in range(0, len(texts), batch_size)]
    try:
        with multiprocessing.get_context("fork").Pool(n_process) as pool:
            return sum(pool.imap(_pipe_chunk, chunks))
    finally:
        _FORKED_NLP = None


# ---------------------------------------------------------------- small helpers

def _facet_columns(configs: list) -> list[str]:
    """Column names of metadata facets: "col", {type: "col"} or {type: {"column": "col"}}."""
    columns = []
    for config in configs:
        if isinstance(config, dict):
            config = next(iter(config.values()))
        if isinstance(config, dict):
            config = config.get("column") or config.get("simple")
        columns.append(config)
    return columns


def _check_view(response, facets: list[str]) -> str | None:
    """Why a view's JSON shows it did not really work, or None."""
    if response.status_code != 200:
        return f"HTTP {response.status_code}"
    data = response.json()
    if data.get("error"):
        return f"error {data['error']}"
    timed_out = data.get("facets_timed_out") or []
    if timed_out:
        return f"facets timed out: {', '.join(timed_out)}"
    results = data.get("facet_results") or {}
    if isinstance(results, dict) and "results" in results:  # Datasette 1.0 shape
        results = results["results"]
    rows = data.get("filtered_table_rows_count")
    missing = [f for f in facets if not (results.get(f) or {}).get("results")]
    if missing and rows == 0:
        return None  # an empty table has no facet values to show
    if missing:
        # Datasette 0.65 leaves a timed-out facet out of facet_results
        return f"facets missing or timed out: {', '.join(missing)}"
    return None


def _pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _tail(text: str, lines: int = 3) -> str:
    return " | ".join(line.strip() for line in text.strip().splitlines()[-lines:])[:600]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url: str, seconds: float) -> bool:
    import httpx

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=5).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    return False


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true",
                   help="500 articles, a 200,000-article facet database (< 10 min on 2 cores)")
    p.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    p.add_argument("--articles", type=int, help="articles on the loopback site")
    p.add_argument("--scale", type=int, help="articles in the facet database (3 events each)")
    p.add_argument("--processes", type=int, default=min(2, os.cpu_count() or 1),
                   help="spaCy processes for both the process step and the NLP limit")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--repeats", type=int, help="timed loads of each Datasette view")
    p.add_argument("--scale-db", type=Path, help="reuse this generated facet database")
    p.add_argument("--timeout", type=float, default=900, help="seconds allowed per command")
    p.add_argument("--out", type=Path, default=HERE / "out", help="work directory root")
    p.add_argument("--keep", action="store_true", help="keep the generated databases")
    p.add_argument("--skip-pipeline", action="store_true", help="only the facet stage")
    p.add_argument("--skip-facets", action="store_true", help="only crawl/process stages")
    args = p.parse_args(argv)
    args.articles = args.articles or (500 if args.quick else 1000)
    args.scale = args.scale or (200_000 if args.quick else 1_000_000)
    args.repeats = args.repeats or (10 if args.quick else 20)
    if args.articles < 1 or args.scale < 1 or args.processes < 1:
        p.error("--articles, --scale and --processes must be positive")
    args.out.mkdir(parents=True, exist_ok=True)
    return args


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    result = Bench(args).run()
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key in ("e2e_vs_nlp_limit", "recrawl_requests_ratio", "facet_p95_ms",
                    "canned_filled_p95_ms", "scale_articles", "peak_rss_mb", "cores"):
            shown = result[key] if result[key] is not None else f"null ({result['notes'].get(key, '')})"
            print(f"{key:<24} {shown}  {TARGETS.get(key, '')}")
        for name, stage in result["stages"].items():
            print(f"{name:<24} {json.dumps(stage)[:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
