"""rasd's web layer: the HTTP API and the page behind ``rasd serve``.

    from rasd.web import create_app, serve
    app = create_app("rasd.db", token="...")   # a FastAPI application (OpenAPI at /docs)
    serve("rasd.db", host="127.0.0.1", port=8000)
"""
from rasd.web.api import create_app, serve

__all__ = ["create_app", "serve"]
