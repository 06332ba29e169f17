"""Downloader middlewares: Retry-After, the page size cap, encodings."""
