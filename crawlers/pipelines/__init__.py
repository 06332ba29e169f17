"""Item pipelines, one class per module; the order is explicit in settings.ITEM_PIPELINES:
canonical URL -> drop stored -> extract -> relevance -> store."""
