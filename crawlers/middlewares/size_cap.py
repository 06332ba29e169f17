"""Pages over the size cap become a `PageTooLarge` failure the spider records (errors:too_large).

DOWNLOAD_MAXSIZE makes the download handler cancel big bodies, but the failure it raises
(DownloadCancelledError) is also used for other cancellations; this names it. Responses that
reach us anyway (handlers without a cap, a lying Content-Length) are checked here too.
"""
from __future__ import annotations

from scrapy.exceptions import DownloadCancelledError, IgnoreRequest


class PageTooLarge(IgnoreRequest):
    """The page is larger than TASKERWATCH_MAX_PAGE_BYTES."""


class SizeCapMiddleware:
    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(settings.getint("DOWNLOAD_MAXSIZE")
                   or settings.getint("TASKERWATCH_MAX_PAGE_BYTES"))

    def _cap(self, request) -> int:
        return request.meta.get("download_maxsize", self.max_bytes)

    def process_response(self, request, response):
        cap = self._cap(request)
        if cap and len(response.body) > cap:
            raise PageTooLarge(f"page is {len(response.body)} bytes, over the {cap}-byte cap")
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, DownloadCancelledError) and "max size" in str(exception).lower():
            raise PageTooLarge(f"page over the {self._cap(request)}-byte cap") from exception
        return None
