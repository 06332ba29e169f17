"""Serve the bundled sample site (`data/sample_site/`) on 127.0.0.1 for the offline demo and tests.

Each fictional outlet is a folder served on its own fixed port (OUTLET_PORTS), so its absolute
URLs, feeds and sitemaps work as written:

    with serve_sample_site() as base_urls:      # ["http://127.0.0.1:8701/", ...]
        ...                                     # crawl data/sample_site/sources.toml

`serve_sample_site()` starts the servers as soon as it is called, so a caller that cannot use
`with` may keep the returned object and call `.stop()`. `sample_entry_points()` reads the
sample's sources.toml: {outlet folder: {"feeds": [...], "sitemaps": [...]}}.

`python -m pipeline.sample_site [--root DIR]` serves until Ctrl-C.
"""
from __future__ import annotations

import errno
import os
import threading
import tomllib
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_ROOT = Path(__file__).resolve().parent.parent / "data" / "sample_site"
HOST = "127.0.0.1"
OUTLET_PORTS = {"harbour-ledger": 8701, "circuit-desk": 8702, "meridian-review": 8703}

# Content types by file name ending, longest ending first; feeds are told apart by name.
CONTENT_TYPES = (
    (".xml.gz", "application/gzip"),
    ("atom.xml", "application/atom+xml; charset=utf-8"),
    ("feed.xml", "application/rss+xml; charset=utf-8"),
    (".xml", "application/xml; charset=utf-8"),
    (".html", "text/html; charset=utf-8"),
    (".pdf", "application/pdf"),
    (".txt", "text/plain; charset=utf-8"),
)


class LoopbackServer(ThreadingHTTPServer):
    """A threaded HTTP server for pages served to our own crawler on 127.0.0.1 (the sample
    site, the test web, the benchmark's site). socketserver listens with a backlog of 5; a
    crawl opens up to 32 connections at once, and the surplus would wait for SYN retransmits
    (1 s, 3 s) instead of pages."""
    request_queue_size = 128


class SampleSiteError(RuntimeError):
    """The sample site cannot be served; the message is one line saying why."""


class _OutletHandler(SimpleHTTPRequestHandler):
    """Static files of one outlet: index.html for folders, 404 instead of directory listings."""

    def guess_type(self, path):
        name = str(path).lower()
        for ending, ctype in CONTENT_TYPES:
            if name.endswith(ending):
                return ctype
        return super().guess_type(path)

    def list_directory(self, path):
        self.send_error(HTTPStatus.NOT_FOUND, "Not found")
        return None

    def end_headers(self):
        # Files are served as stored: a .xml.gz is gzip bytes, never transparently decoded.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format, *args):
        if os.environ.get("TASKERWATCH_SAMPLE_LOG"):
            super().log_message(format, *args)


class SampleSite:
    """The running servers; a context manager giving the outlets' base URLs."""

    def __init__(self, root: str | Path = DEFAULT_ROOT, host: str = HOST,
                 ports: dict[str, int] | None = None):
        self.root = Path(root)
        self.host = host
        self.ports = dict(ports or OUTLET_PORTS)
        self._servers: list[ThreadingHTTPServer] = []
        self._threads: list[threading.Thread] = []
        self.base_urls: list[str] = []

    def start(self) -> "SampleSite":
        missing = [slug for slug in self.ports if not (self.root / slug).is_dir()]
        if missing:
            raise SampleSiteError(f"sample site folder(s) missing under {self.root}: "
                                  + ", ".join(missing))
        try:
            for slug, port in self.ports.items():
                handler = _handler_for(self.root / slug)
                try:
                    server = LoopbackServer((self.host, port), handler)
                except OSError as exc:
                    if exc.errno == errno.EADDRINUSE:
                        raise SampleSiteError(
                            f"port {port} on {self.host} is busy, so the sample outlet {slug!r} "
                            "cannot be served; stop whatever is using it "
                            f"(is another sample site running?)") from None
                    raise SampleSiteError(f"cannot serve {slug!r} on {self.host}:{port}: "
                                          f"{exc.strerror or exc}") from None
                server.daemon_threads = True
                thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                                          name=f"sample-site-{slug}", daemon=True)
                thread.start()
                self._servers.append(server)
                self._threads.append(thread)
                self.base_urls.append(f"http://{self.host}:{port}/")
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers, self._threads, self.base_urls = [], [], []

    # pipeline.crawl stops a server it did not open with `with` by calling one of these.
    shutdown = stop
    close = stop

    def __enter__(self) -> list[str]:
        return list(self.base_urls)

    def __exit__(self, *exc) -> None:
        self.stop()


def _handler_for(directory: Path):
    class Handler(_OutletHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(directory), **kwargs)
    return Handler


def serve_sample_site(root: str | Path = DEFAULT_ROOT, host: str = HOST) -> SampleSite:
    """Start every outlet's server in a background thread; use as `with ... as base_urls`."""
    return SampleSite(root, host).start()


def sample_entry_points(root: str | Path = DEFAULT_ROOT) -> dict[str, dict[str, list[str]]]:
    """{outlet folder: {"feeds": [...], "sitemaps": [...]}} from the sample's sources.toml."""
    path = Path(root) / "sources.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SampleSiteError(f"{path}: no sources file for the sample site") from None
    except tomllib.TOMLDecodeError as exc:
        raise SampleSiteError(f"{path}: not valid TOML: {exc}") from None
    by_port = {port: slug for slug, port in OUTLET_PORTS.items()}
    points = {}
    for entry in data.get("source", []):
        slug = by_port.get(urlsplit(entry.get("homepage", "")).port, entry.get("name", "?"))
        points[slug] = {"feeds": list(entry.get("feeds", [])),
                        "sitemaps": list(entry.get("sitemaps", []))}
    return points


def main(argv: list[str] | None = None) -> int:
    import argparse
    import time

    parser = argparse.ArgumentParser(prog="python -m pipeline.sample_site",
                                     description="Serve the bundled sample site on 127.0.0.1.")
    parser.add_argument("--root", default=str(DEFAULT_ROOT), help="sample site folder")
    args = parser.parse_args(argv)
    try:
        site = serve_sample_site(args.root)
    except SampleSiteError as exc:
        print(f"error: {exc}")
        return 2
    with site as base_urls:
        for slug, url in zip(OUTLET_PORTS, base_urls):
            print(f"{slug}\t{url}")
        for slug, points in sample_entry_points(args.root).items():
            for url in points["feeds"] + points["sitemaps"]:
                print(f"  entry point\t{url}")
        print("serving; Ctrl-C stops")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
