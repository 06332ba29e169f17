"""Understanding: bytes or text in, plain data out. Imports neither crawlers nor pipeline."""
