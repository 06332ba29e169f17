"""A small web served on 127.0.0.1 for the crawler tests: feeds, sitemaps, articles, faults."""
from .server import TestWeb, free_port

__all__ = ["TestWeb", "free_port"]
