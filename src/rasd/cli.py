"""The `rasd` command: parse options, call one library function, print.

Library errors (RasdError) are caught here, once, and turned into a one-line message and exit
code 2; a batch in which some documents failed exits 1 after finishing the rest.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from typing import TextIO

from rasd.errors import DocumentError, RasdError

log = logging.getLogger("rasd")


def _date(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {s!r}") from None


def _bbox(s: str) -> tuple[float, float, float, float]:
    try:
        a, b, c, d = (float(x) for x in s.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a bounding box min_lon,min_lat,max_lon,max_lat: {s!r}") from None
    return a, b, c, d


class Progress:
    """A one-line progress bar on stderr, shown only when stderr is a terminal or forced."""

    def __init__(self, total: int | None, enabled: bool, label: str = "documents") -> None:
        self.total, self.enabled, self.label, self.n = total, enabled, label, 0

    def step(self, k: int = 1) -> None:
        self.n += k
        if self.enabled and (self.n % 10 == 0 or self.n == self.total):
            if self.total:
                filled = int(30 * self.n / self.total)
                bar = "#" * filled + "-" * (30 - filled)
                sys.stderr.write(f"\r[{bar}] {self.n}/{self.total} {self.label}")
            else:
                sys.stderr.write(f"\r{self.n} {self.label}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.n:
            sys.stderr.write("\n")


def _count_inputs(inputs: list[str]) -> int | None:
    """How many documents the inputs hold, when cheap to tell (for the progress bar)."""
    import os

    n = 0
    for p in inputs:
        if p == "-" or not os.path.isfile(p):
            return None
        if p.endswith(".jsonl"):
            with open(p, "rb") as f:
                n += sum(1 for line in f if line.strip())
        else:
            n += 1
    return n


# --- extract -----------------------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace) -> int:
    from rasd.engines.local import extract_all
    from rasd.read import iter_documents

    docs = iter_documents(args.inputs, published=args.published, outlet=args.outlet)
    show = args.progress or (args.format == "table" and sys.stderr.isatty())
    progress = Progress(_count_inputs(args.inputs) if show else None, show)
    failed = 0
    rows: list[dict] = []
    out = sys.stdout
    for item in extract_all(docs, jobs=args.jobs):
        progress.step()
        if isinstance(item, DocumentError):
            failed += 1
            sys.stderr.write(f"rasd: skipped {item.doc_id}: {item.reason}\n")
            continue
        for inc in item:
            d = inc.to_dict()
            if args.format == "jsonl":
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
            else:
                rows.append(d)
    progress.close()
    if args.format == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif args.format == "table":
        _print_table(rows, out)
    return 1 if failed else 0


def _print_table(rows: list[dict], out: TextIO) -> None:
    cols = ("event_date", "sub_event_type", "actor1", "actor2", "place", "admin1", "killed", "doc")
    table = []
    for r in rows:
        loc = r.get("location") or {}
        killed = (r["casualties"].get("killed") or {}).get("best")
        table.append((r["event_date"] or "?", r["sub_event_type"], (r["actor1"] or {}).get("id") or "-",
                      (r["actor2"] or {}).get("id") or "-", loc.get("name") or loc.get("name_ar") or "-",
                      loc.get("admin1") or "-", "" if killed is None else str(killed), r["doc_ids"][0][:28]))
    widths = [max([len(c)] + [len(t[i]) for t in table]) for i, c in enumerate(cols)]
    out.write("  ".join(c.ljust(w) for c, w in zip(cols, widths)) + "\n")
    out.writelines("  ".join(v.ljust(w) for v, w in zip(t, widths)) + "\n" for t in table)
    out.write(f"{len(table)} incidents\n")


# --- evaluate ----------------------------------------------------------------------------------


def cmd_evaluate(args: argparse.Namespace) -> int:
    from rasd.evaluate import check_floors, evaluate_sets

    if args.gold and args.docs:
        sets = {"custom": (args.docs, args.gold)}
    else:
        sets = None
    results = evaluate_sets(sets, shared=args.shared, scorer=args.scorer)
    for name, res in results.items():
        print(f"{name:12s} {res['summary']}")
    if args.floors:
        problems = check_floors(results, args.floors)
        for p in problems:
            print(f"BELOW FLOOR: {p}")
        return 1 if problems else 0
    return 0


# --- geocode -----------------------------------------------------------------------------------


def cmd_geocode(args: argparse.Namespace) -> int:
    from rasd.geo.resolve import geocode_text

    for loc in geocode_text(args.text):
        print(json.dumps(loc.to_dict(), ensure_ascii=False, indent=None if args.compact else 1))
    return 0


def cmd_places_add(args: argparse.Namespace) -> int:
    from rasd.geo.gazetteer import add_user_place

    path = add_user_place(args.file, name_ar=args.name_ar, name=args.name, lat=args.lat, lon=args.lon,
                          admin1=args.admin1, feature=args.feature, alias_of=args.alias_of)
    print(f"added to {path}")
    return 0


# --- store commands ----------------------------------------------------------------------------


def cmd_ingest(args: argparse.Namespace) -> int:
    from rasd.ingest import ingest

    show = not args.quiet and sys.stderr.isatty() or args.progress
    report = ingest(args.inputs, args.db, published=args.published, outlet=args.outlet,
                    progress=Progress(_count_inputs(args.inputs), bool(show)) if show else None)
    print(report.summary())
    return 1 if report.failed else 0


def cmd_export(args: argparse.Namespace) -> int:
    from rasd.store import open_store

    names = ("date_from", "date_to", "admin1", "admin2", "event_type", "sub_event_type", "actor", "outlet", "q")
    filters = {k: getattr(args, k) for k in names if getattr(args, k)}
    if args.bbox:
        filters["bbox"] = args.bbox
    with open_store(args.db) as store:
        n = store.export(args.format, sys.stdout, **filters)
    sys.stderr.write(f"rasd: exported {n} incidents\n")
    return 0


def cmd_reuse(args: argparse.Namespace) -> int:
    from rasd.store import open_store

    with open_store(args.db) as store:
        for r in store.reuse(args.doc_id):
            print(json.dumps(r, ensure_ascii=False))
    return 0


def cmd_link_eval(args: argparse.Namespace) -> int:
    from rasd.ingest import link_eval

    res = link_eval(args.docs, args.gold, scorer=args.scorer)
    print(json.dumps(res, ensure_ascii=False, indent=1))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from rasd.web.api import serve

    serve(args.db, host=args.host, port=args.port, token=args.token)
    return 0


# --- parser ------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="rasd", description="Arabic conflict reports → geocoded incident records.")
    p.add_argument("-v", "--verbose", action="store_true", help="log what happens to stderr")
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", help="extract incidents from documents; one JSON record per line")
    e.add_argument("inputs", nargs="+", help=".txt, .html, .jsonl files, directories, or - for stdin")
    e.add_argument("--published", type=_date, help="publication date for documents that carry none")
    e.add_argument("--outlet", help="outlet name for documents that carry none")
    e.add_argument("--format", choices=("jsonl", "json", "table"), default="jsonl")
    e.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    e.add_argument("--progress", action="store_true", help="show a progress bar on stderr")
    e.set_defaults(func=cmd_extract)

    ev = sub.add_parser("evaluate", help="score extraction on the shared gold sets (../shared/eval)")
    ev.add_argument("--gold", help="a gold file (with --docs); default: every set under --shared")
    ev.add_argument("--docs", help="the documents file the gold annotates")
    ev.add_argument("--shared", default=None, help="the shared folder (default ../shared or $RASD_SHARED)")
    ev.add_argument("--scorer", default=None, help="score.py to use (default SHARED/eval/score.py)")
    ev.add_argument("--floors", help="a TOML file of minimum scores; exit 1 when one is not met")
    ev.set_defaults(func=cmd_evaluate)

    g = sub.add_parser("geocode", help="what rasd makes of a place phrase")
    g.add_argument("text")
    g.add_argument("--compact", action="store_true")
    g.set_defaults(func=cmd_geocode)

    pl = sub.add_parser("places", help="the user's own places and aliases")
    plsub = pl.add_subparsers(dest="places_command", required=True)
    pa = plsub.add_parser("add", help="add a place or an alias to a user places CSV")
    pa.add_argument("name_ar")
    pa.add_argument("--file", default=None, help="the CSV (default $RASD_PLACES or ~/.config/rasd/places.csv)")
    pa.add_argument("--name", help="English name")
    pa.add_argument("--lat", type=float)
    pa.add_argument("--lon", type=float)
    pa.add_argument("--admin1")
    pa.add_argument("--feature", default="village")
    pa.add_argument("--alias-of", help="make NAME_AR another name of this known place instead")
    pa.set_defaults(func=cmd_places_add)

    i = sub.add_parser("ingest", help="extract and store documents, linking reports of the same incident")
    i.add_argument("inputs", nargs="+")
    i.add_argument("--db", required=True, help="SQLite file or postgresql:// URL")
    i.add_argument("--published", type=_date)
    i.add_argument("--outlet")
    i.add_argument("--progress", action="store_true")
    i.add_argument("--quiet", action="store_true")
    i.set_defaults(func=cmd_ingest)

    x = sub.add_parser("export", help="write merged incidents")
    x.add_argument("--db", required=True)
    x.add_argument("--format", choices=("jsonl", "acled-csv", "geojson"), default="jsonl")
    x.add_argument("--date-from", type=_date)
    x.add_argument("--date-to", type=_date)
    x.add_argument("--admin1", help="governorate, OCHA spelling (Deir-ez-Zor)")
    x.add_argument("--admin2", help="district")
    x.add_argument("--bbox", type=_bbox, help="min_lon,min_lat,max_lon,max_lat")
    x.add_argument("--event-type")
    x.add_argument("--sub-event-type")
    x.add_argument("--actor", help="actor id (coalition, regime, isis ...)")
    x.add_argument("--outlet")
    x.add_argument("--q", help="text search (Arabic or English)")
    x.set_defaults(func=cmd_export)

    r = sub.add_parser("reuse", help="passages one document copied from another, with direction")
    r.add_argument("doc_id", nargs="?")
    r.add_argument("--db", required=True)
    r.set_defaults(func=cmd_reuse)

    le = sub.add_parser("link-eval", help="ingest a documents file into a fresh store, export and score it")
    le.add_argument("--docs", required=True)
    le.add_argument("--gold", required=True)
    le.add_argument("--scorer", default=None)
    le.set_defaults(func=cmd_link_eval)

    s = sub.add_parser("serve", help="the HTTP API and the web page")
    s.add_argument("--db", required=True)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--token", default=None, help="bearer token for POST /api/documents (default $RASD_TOKEN)")
    s.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="rasd: %(message)s")
    try:
        return args.func(args)
    except RasdError as exc:
        sys.stderr.write(f"rasd: {exc}\n")
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("rasd: interrupted\n")
        return 130
