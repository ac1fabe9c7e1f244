"""The web viewer: a read-only HTTP server over a personae store (standard library only).

Requests are routed by exact patterns; an id in a path is only ever looked up in
the store, and static files come from a fixed list inside the package, so no
request reaches the file system. Errors are JSON for programs (and HTML for a
browser that asks for it) with the right status; nothing raises a 500 for a
bad id.
"""
from __future__ import annotations

import json
import re
import socket
import sys
import threading
from collections import OrderedDict
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from pathlib import Path, PurePath
from typing import Any, Callable
from urllib.parse import parse_qs, unquote, urlsplit

from personae.errors import PersonaeError
from personae.model import Document
from personae.store import Store
from personae.web import pages, reconcile, views

STATIC = {"app.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"}
MAX_BODY = 1 << 20            # a reconciliation batch is small; refuse anything bigger
CACHED_DOCUMENTS = 16
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
                    "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline';"
                                               " img-src 'self' data:; frame-ancestors 'none'"}


class Response:
    def __init__(self, body: bytes | str, content_type: str = "text/html; charset=utf-8", status: int = 200,
                 headers: dict[str, str] | None = None):
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        self.content_type = content_type
        self.status = status
        self.headers = headers or {}


def json_response(data: Any, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False), "application/json; charset=utf-8", status,
                    {"Access-Control-Allow-Origin": "*"})


def not_found(what: str) -> PersonaeError:
    return PersonaeError(f"no {what}", "the documents list is at /api/documents", status=404)


class Library:
    """The store opened read-only, with analysed documents and their views cached."""

    def __init__(self, db: str | Path):
        self.store = Store(db, read_only=True)
        self.name = str(db)
        self.lock = threading.Lock()
        self.cache: OrderedDict[tuple[str, str], dict[str, Any]] = OrderedDict()
        self.people_cache: tuple[tuple, list[dict[str, Any]]] | None = None
        self.static = {name: files("personae.web").joinpath(f"static/{name}").read_bytes() for name in STATIC}

    def documents(self) -> list[dict[str, Any]]:
        """The stored documents, each with its numbers of named people and of quotations."""
        with self.lock:
            docs = self.store.documents()
            counts = {}
            for table, where in (("entities", "type = 'PER' AND (is_narrator OR id IN (SELECT entity_id FROM"
                                              " mentions m WHERE m.doc_id = entities.doc_id AND m.kind = 'PROP'))"),
                                 ("quotes", "1")):
                for row in self.store.conn.execute(f"SELECT doc_id, count(*) FROM {table} WHERE {where}"
                                                   " GROUP BY doc_id"):
                    counts[(table, row[0])] = row[1]
        return [dict(d, n_people=counts.get(("entities", d["id"]), 0), n_quotes=counts.get(("quotes", d["id"]), 0))
                for d in docs]

    def entry(self, doc_id: str) -> dict[str, Any]:
        """The document and a cache for the views made from it (renewed when it is stored again)."""
        with self.lock:
            row = self.store.conn.execute("SELECT added FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                raise not_found(f"document {doc_id!r}")
            key = (doc_id, row["added"])
            if key not in self.cache:
                doc = self.store.load(doc_id)
                self.cache[key] = {"doc": doc, "colours": views.colour_ranks(doc)}
                while len(self.cache) > CACHED_DOCUMENTS:
                    self.cache.popitem(last=False)
            self.cache.move_to_end(key)
            return self.cache[key]

    def view(self, doc_id: str, name: str, make: Callable[[Document], Any]) -> Any:
        entry = self.entry(doc_id)
        if name not in entry:
            entry[name] = make(entry["doc"])      # two threads may both make it: same result, no harm
        return entry[name]

    def search(self, query: str, doc_id: str | None) -> dict[str, list[dict[str, Any]]]:
        with self.lock:
            return self.store.search(query, doc_id)

    def people(self) -> list[dict[str, Any]]:
        """Every character (named, or the narrator) of every document, for reconciliation.

        Read from the store's tables, not the documents, so a large store costs one query;
        kept until the set of stored documents changes.
        """
        with self.lock:
            state = tuple(tuple(r) for r in self.store.conn.execute("SELECT id, added FROM documents ORDER BY id"))
            if self.people_cache is None or self.people_cache[0] != state:
                rows = self.store.conn.execute(
                    "SELECT e.doc_id, e.id, e.name, e.n_mentions, json_group_array(a.text) AS names"
                    " FROM entities e LEFT JOIN aliases a ON a.doc_id = e.doc_id AND a.entity_id = e.id"
                    " WHERE e.type = 'PER' AND (e.is_narrator OR EXISTS (SELECT 1 FROM mentions m WHERE"
                    " m.doc_id = e.doc_id AND m.entity_id = e.id AND m.kind = 'PROP'))"
                    " GROUP BY e.doc_id, e.id")
                people = [{"id": f"{r['doc_id']}:{r['id']}", "name": r["name"], "mentions": r["n_mentions"],
                           "names": [r["name"]] + [n for n in json.loads(r["names"]) if n]} for r in rows]
                self.people_cache = (state, people)
            return self.people_cache[1]


ROUTES: list[tuple[str, re.Pattern, str]] = []


def route(method: str, pattern: str):
    def register(handler):
        ROUTES.append((method, re.compile(pattern + r"\Z"), handler.__name__))
        return handler
    return register


class App:
    """Maps (method, path, query, body) to a Response; knows nothing of sockets."""

    def __init__(self, library: Library):
        self.lib = library

    def handle(self, method: str, target: str, body: bytes, wants_html: bool, host: str) -> Response:
        parts = urlsplit(target)
        path = parts.path
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        if method == "POST" and body:
            query.update({k: v[-1] for k, v in parse_qs(body.decode("utf-8", "replace"),
                                                          keep_blank_values=True).items()})
        api = path.startswith(("/api/", "/reconcile"))
        try:
            for route_method, pattern, name in ROUTES:
                match = pattern.match(path)
                if match and method in (route_method, "HEAD" if route_method == "GET" else route_method):
                    args = [unquote(a) for a in match.groups()]
                    return getattr(self, name)(*args, query=query, host=host)
            if any(p.match(path) for _, p, _ in ROUTES):
                raise PersonaeError(f"{method} is not allowed here", "use GET", status=405)
            raise not_found(f"page at {path}")
        except PersonaeError as err:
            if wants_html and not api:
                return Response(pages.error_page(err.status, err.message, err.hint, self.lib.name), status=err.status)
            return json_response({"error": err.message, "hint": err.hint, "status": err.status}, err.status)

    # --- pages -------------------------------------------------------------------------

    @route("GET", r"/")
    def home(self, query, host):
        return Response(pages.documents_page(self.lib.documents(), self.lib.name))

    def _page(self, doc_id, page: str, render, data: str, view) -> Response:
        """A page drawn once per document from one of its views (and the person colours), then kept."""
        colours = self.lib.entry(doc_id)["colours"]
        return Response(self.lib.view(doc_id, "page:" + page, lambda doc: render(
            doc, colours, self.lib.view(doc_id, data, view), self.lib.name)))

    @route("GET", r"/doc/([^/]+)")
    def read(self, doc_id, query, host):
        return self._page(doc_id, "read", pages.reading_page, "cast", views.cast)

    @route("GET", r"/doc/([^/]+)/cast")
    def cast(self, doc_id, query, host):
        return self._page(doc_id, "cast", pages.cast_page, "cast", views.cast)

    @route("GET", r"/doc/([^/]+)/person/([^/]+)")
    def person(self, doc_id, entity_id, query, host):
        entry = self.lib.entry(doc_id)
        data = self._person(doc_id, entity_id)
        return Response(pages.person_page(entry["doc"], entry["colours"], data, self.lib.name))

    @route("GET", r"/person/([^/:]+):([^/]+)")
    def reconciled_person(self, doc_id, entity_id, query, host):
        return self.person(doc_id, entity_id, query=query, host=host)

    @route("GET", r"/doc/([^/]+)/timeline")
    def timeline(self, doc_id, query, host):
        doc = self.lib.entry(doc_id)["doc"]
        return Response(pages.timeline_page(doc, self.lib.view(doc_id, "timeline", views.timeline), self.lib.name))

    @route("GET", r"/doc/([^/]+)/network")
    def network(self, doc_id, query, host):
        return self._page(doc_id, "network", pages.network_page, "network", views.network)

    @route("GET", r"/doc/([^/]+)/findings")
    def findings(self, doc_id, query, host):
        doc = self.lib.entry(doc_id)["doc"]
        return Response(pages.findings_page(doc, self.lib.view(doc_id, "findings", views.findings), self.lib.name))

    @route("GET", r"/search")
    def search(self, query, host):
        words, doc_id = query.get("q", ""), query.get("doc") or None
        doc = self.lib.entry(doc_id)["doc"] if doc_id else None
        hits = self.lib.search(words, doc_id)
        titles = {d["id"]: d["title"] or PurePath(d["source"]).name for d in self.lib.documents()}
        speakers = {}
        for hit in hits["quotes"]:
            if hit["speaker"]:
                entity = self.lib.entry(hit["doc_id"])["doc"].entity(hit["speaker"])
                speakers[(hit["doc_id"], hit["speaker"])] = entity.name if entity else hit["speaker"]
        return Response(pages.search_page(words, hits, titles, speakers, doc, self.lib.name))

    @route("GET", r"/static/([^/]+)")
    def static(self, name, query, host):
        if name not in STATIC:
            raise not_found(f"static file {name!r}")
        return Response(self.lib.static[name], STATIC[name], headers={"Cache-Control": "max-age=3600"})

    # --- the JSON API ------------------------------------------------------------------

    def _person(self, doc_id: str, entity_id: str) -> dict[str, Any]:
        data = self.lib.view(doc_id, f"person:{entity_id}", lambda doc: views.person(doc, entity_id))
        if data is None:
            raise not_found(f"entity {entity_id!r} in document {doc_id!r}")
        return data

    @route("GET", r"/api/documents")
    def api_documents(self, query, host):
        return json_response(self.lib.documents())

    @route("GET", r"/api/doc/([^/]+)")
    def api_document(self, doc_id, query, host):
        return json_response(self.lib.view(doc_id, "json", lambda doc: doc.to_dict()))

    @route("GET", r"/api/doc/([^/]+)/cast")
    def api_cast(self, doc_id, query, host):
        return json_response(self.lib.view(doc_id, "cast", views.cast))

    @route("GET", r"/api/doc/([^/]+)/person/([^/]+)")
    def api_person(self, doc_id, entity_id, query, host):
        return json_response(self._person(doc_id, entity_id))

    @route("GET", r"/api/doc/([^/]+)/timeline")
    def api_timeline(self, doc_id, query, host):
        return json_response(self.lib.view(doc_id, "timeline", views.timeline))

    @route("GET", r"/api/doc/([^/]+)/network")
    def api_network(self, doc_id, query, host):
        return json_response(self.lib.view(doc_id, "network", views.network))

    @route("GET", r"/api/doc/([^/]+)/findings")
    def api_findings(self, doc_id, query, host):
        return json_response(self.lib.view(doc_id, "findings", views.findings))

    @route("GET", r"/api/search")
    def api_search(self, query, host):
        return json_response(self.lib.search(query.get("q", ""), query.get("doc") or None))

    # --- W3C Reconciliation Service API 0.2 -----------------------------------------------

    @route("GET", r"/reconcile")
    def reconcile_get(self, query, host):
        if "queries" not in query:
            return json_response(reconcile.manifest(f"http://{host}"))
        try:
            batch = json.loads(query["queries"])
        except json.JSONDecodeError as err:
            raise PersonaeError(f"queries is not JSON ({err})", 'send queries={"q0": {"query": "a name"}}') from None
        return json_response(reconcile.reconcile(self.lib.people(), batch))

    @route("POST", r"/reconcile")
    def reconcile_post(self, query, host):
        return self.reconcile_get(query, host)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "personae"
    timeout = 30                      # an idle keep-alive connection gives its thread back
    app: App                          # set on the subclass made by make_server
    quiet = True

    def _respond(self, method: str) -> None:
        declared = self.headers.get("Content-Length") or "0"
        length = int(declared) if declared.isdigit() else -1
        if not 0 <= length <= MAX_BODY:
            status = 413 if length > MAX_BODY else 400
            self._send(json_response({"error": "bad or too large request body", "status": status}, status), method)
            self.close_connection = True
            return
        body = self.rfile.read(length) if length else b""
        wants_html = "text/html" in (self.headers.get("Accept") or "")
        host = self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2])
        try:
            response = self.app.handle(method, self.path, body, wants_html, host)
        except Exception as err:      # a bug: report it without a traceback to the client
            print(f"personae serve: {method} {self.path}: {err!r}", file=sys.stderr)
            response = json_response({"error": "internal error", "status": 500}, 500)
        self._send(response, method)

    def _send(self, response: Response, method: str) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in {**SECURITY_HEADERS, **response.headers}.items():
            self.send_header(name, value)
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(response.body)

    def do_GET(self) -> None:  # noqa: N802 - the standard library's names
        self._respond("GET")

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond("HEAD")

    def do_POST(self) -> None:  # noqa: N802
        self._respond("POST")

    def send_error(self, code, message=None, explain=None):
        """Malformed requests and unknown methods get a JSON error too."""
        self.close_connection = True
        self._send(json_response({"error": message or HTTPStatus(code).phrase, "status": code}, code), "GET")

    def log_message(self, format, *args) -> None:  # noqa: A002
        if not self.quiet:
            super().log_message(format, *args)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024         # many clients connecting at once wait in the queue, not refused
    allow_reuse_address = True


def make_server(db: str | Path, host: str = "127.0.0.1", port: int = 8484, quiet: bool = True) -> Server:
    """A server for the store at db, not yet serving; port 0 picks a free port."""
    handler = type("PersonaeHandler", (Handler,), {"app": App(Library(db)), "quiet": quiet})
    server_class = type("Server6", (Server,), {"address_family": socket.AF_INET6}) if ":" in host else Server
    try:
        return server_class((host, port), handler)
    except OSError as err:
        raise PersonaeError(f"cannot listen on {host}:{port} ({err.strerror})",
                            "choose another --port, or stop what is using it") from None


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8484,
          ready: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted; ready(url) is called once the socket listens."""
    server = make_server(db, host, port, quiet=False)
    if ready:
        ready(f"http://{host}:{server.server_address[1]}/")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
