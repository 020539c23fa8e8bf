"""Every wait on a PostgreSQL server is bounded: connect timeout, statement timeout, client read timeout.

The server's own `statement_timeout` ends a slow statement with a clean error, but a server that
stops answering (a frozen host, a network that drops packets without closing the connection) never
sends it, and libpq would wait for ever. So the client gives up too: a connection waits at most the
statement timeout plus READ_GRACE_S for any answer, then is closed and the wait raises
OperationalError("... did not answer within N s ..."), which core.storage.guard reports as a timeout.

Where the numbers come from, first match wins: the URL's own `connect_timeout` / `options`, the
OASES_PG_CONNECT_TIMEOUT / OASES_PG_STATEMENT_TIMEOUT environment variables (seconds), an explicit
preference added to the URL by `with_timeouts` (the GUI's Preferences), the defaults 10 s and 30 s.
"""

from __future__ import annotations

import os
import re
from urllib.parse import quote

from sqlalchemy.engine import make_url

CONNECT_TIMEOUT_S, STATEMENT_TIMEOUT_S = 10, 30  # a team server that never answers: say so, never wait for ever
READ_GRACE_S = 5          # the server's statement timeout, when it can still send it, comes first
MAX_TIMEOUT_S = 3600
_STATEMENT = re.compile(r"statement_timeout\s*=\s*(\d+)\s*(ms|s|min)?")


def _seconds(variable: str, default: int) -> int:
    value = os.environ.get(variable, "")
    return int(value) if value.isdigit() and 0 < int(value) <= MAX_TIMEOUT_S else default


def postgres_timeouts(url: str) -> dict[str, object]:
    """libpq settings for a connection: the connect and statement timeouts the URL does not set itself."""
    query = make_url(url).query
    settings: dict[str, object] = {}
    if "connect_timeout" not in query:
        settings["connect_timeout"] = _seconds("OASES_PG_CONNECT_TIMEOUT", CONNECT_TIMEOUT_S)
    if "options" not in query:
        settings["options"] = f"-c statement_timeout={_seconds('OASES_PG_STATEMENT_TIMEOUT', STATEMENT_TIMEOUT_S) * 1000}"
    return settings


def with_timeouts(url: str, connect_s: int, statement_s: int) -> str:
    """`url` with these timeouts (seconds) where neither the URL nor the environment sets them; SQLite unchanged."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        return url
    extra = {}
    if "connect_timeout" not in parsed.query and "OASES_PG_CONNECT_TIMEOUT" not in os.environ:
        extra["connect_timeout"] = str(max(1, min(MAX_TIMEOUT_S, int(connect_s))))
    if "options" not in parsed.query and "OASES_PG_STATEMENT_TIMEOUT" not in os.environ:
        extra["options"] = f"-c statement_timeout={max(1, min(MAX_TIMEOUT_S, int(statement_s))) * 1000}"
    if not extra:
        return url
    separator = "&" if "?" in url else "?"
    return url + separator + "&".join(f"{key}={quote(value, safe='=')}" for key, value in extra.items())


def statement_timeout_s(url: str) -> float:
    """The statement timeout a connection to `url` gets, in seconds (the default if its options set none)."""
    options = make_url(url).query.get("options")
    options = " ".join(options) if isinstance(options, tuple) else options
    if options is None:
        options = postgres_timeouts(url)["options"]
    match = _STATEMENT.search(str(options))
    if not match or int(match.group(1)) == 0:
        return float(STATEMENT_TIMEOUT_S)
    value, unit = int(match.group(1)), match.group(2) or "ms"
    return value / 1000 if unit == "ms" else value * (60 if unit == "min" else 1)


def bounded_connection_class(read_timeout_s: float):
    """A psycopg Connection class whose every wait for the server ends after `read_timeout_s`."""
    import psycopg
    from psycopg import errors

    class BoundedConnection(psycopg.Connection):
        def wait(self, gen, *args, timeout=None, **kwargs):
            bounded = read_timeout_s if timeout is None else min(timeout, read_timeout_s)
            try:
                return super().wait(gen, *args, timeout=bounded, **kwargs)
            except errors._WaitTimeout:
                self.close()   # its state is unknown now: never reused
                raise psycopg.OperationalError(
                    f"the server did not answer within {bounded:g} s (client read timeout); "
                    "the connection was closed") from None

    return BoundedConnection
