"""Score how much an article is about AI data work (extract.relevance); off-topic articles
are still stored, with their low score, so they are not fetched again and NLP skips them."""
from __future__ import annotations


class RelevancePipeline:
    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        from extract.relevance import RELEVANCE_THRESHOLD, relevance

        article = item["article"]
        item["relevance"] = float(relevance(article.title or "", article.text or ""))
        item["relevant"] = item["relevance"] >= RELEVANCE_THRESHOLD
        self.stats.inc_value("taskerwatch/relevance/" + ("on" if item["relevant"] else "off")
                             + "_topic")
        return item
