"""A test seam: the rasd app served by uvicorn in a thread on a free localhost port.

    with LocalServer(create_app(db)) as server:
        httpx.get(server.url + "/api/incidents")

Used by the browser tests and the API benchmark; users' own tests may use it too.
"""
from __future__ import annotations

import socket
import threading
import time
from typing import Self

# How long to wait for uvicorn to report that it is listening (seconds).
START_TIMEOUT = 10


class LocalServer:
    def __init__(self, app) -> None:
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Self:
        self.thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the local rasd server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=5)
