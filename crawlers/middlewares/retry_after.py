"""Retries 5xx/429 with exponential backoff, waiting as long as Retry-After asks.

Scrapy's RetryMiddleware retries at once and ignores Retry-After; this one waits before
handing the retry back to the scheduler. A Retry-After longer than
TASKERWATCH_RETRY_AFTER_MAX is not waited for: the request is given up for this run.
"""
from __future__ import annotations

import logging
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.response import response_status_message
from twisted.internet import task

logger = logging.getLogger(__name__)


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or HTTP-date); None if absent/bad."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class RetryAfterMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("TASKERWATCH_RETRY_BACKOFF_BASE", 2.0)
        self.retry_after_max = settings.getfloat("TASKERWATCH_RETRY_AFTER_MAX", 120.0)

    async def process_response(self, request, response):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        attempt = request.meta.get("retry_times", 0)
        asked = retry_after_seconds(response.headers.get(b"Retry-After"))
        if asked is not None and asked > self.retry_after_max:
            logger.warning("Not retrying %s: Retry-After %.0f s exceeds %.0f s",
                           request.url, asked, self.retry_after_max)
            return response
        delay = asked if asked is not None else self.backoff_base * (2 ** attempt)
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        if delay > 0:
            from twisted.internet import reactor
            await maybe_deferred_to_future(task.deferLater(reactor, delay, lambda: None))
        return retry
