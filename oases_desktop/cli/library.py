"""`library export -o FILE [--full]` and `library import FILE [--dry-run]`, on the database of `--db URL`.

Export writes the user layer (the advisor's facts, calendar notices and their sources) by default,
the whole library with --full. Import prints what the file adds or changes, then stores it in the
user layer (nothing with --dry-run); shipped data is never replaced.
"""

from __future__ import annotations

import argparse

from oases_desktop.cli.reference import add_db_argument

NAME = "library"
HELP = "export the reference library's user layer to a file, or import a colleague's library file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = sub.add_parser("export", help="write a library file (the user layer unless --full)")
    export.add_argument("-o", "--output", metavar="FILE", required=True, help="the library file to write")
    export.add_argument("--full", action="store_true", help="the whole library, shipped data included")
    add_db_argument(export)
    imported = sub.add_parser("import", help="add a library file's facts, sources and calendar notices")
    imported.add_argument("file", metavar="FILE", help="a library file exported by the app")
    imported.add_argument("--dry-run", action="store_true", help="say what would change, store nothing")
    add_db_argument(imported)


def run(args: argparse.Namespace) -> int:
    from oases_desktop.core.knowledge.exchange import export_library, read_changes, read_library_file
    from oases_desktop.core.storage import open_database

    with open_database(getattr(args, "db", None)) as db:
        library = db.library.load()
        if args.action == "export":
            export_library(library, args.output, full=args.full)
            what = "the whole library" if args.full else (
                f"{len(library.user_facts)} facts, {len(library.notices)} calendar notices and their sources")
            print(f"Wrote {what} to {args.output}")
            return 0
        changes = read_changes(read_library_file(args.file), library, args.file)
        for line in changes.summary():
            print(f"  {line}")
        if args.dry_run or changes.empty:
            print("Nothing stored." if changes.empty else "Dry run: nothing stored.")
            return 0
        db.library.add_user_layer(changes.facts, changes.sources, changes.notices)
        print(f"Imported {args.file} into the database.")
    return 0
