"""The web viewer: `personae serve` reads a store and shows the text, cast, timeline and network."""
from personae.web.app import make_server, serve

__all__ = ["make_server", "serve"]
