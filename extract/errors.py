class ExtractionError(ValueError):
    """A document could not be turned into an article; the message is one line for the user."""
