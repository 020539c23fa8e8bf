"""The reference library a command judges and cites with: the one the desktop app would use.

That is the shipped data with the advisor's own facts from the database: `--db URL`, else
OASES_DB_URL, else the database in the user's data folder (the one the app opens). A library
file exchanged with a colleague (`--library FILE`) is layered over it.
"""

from __future__ import annotations

import argparse


def add_library_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--library", metavar="FILE",
                        help="a reference library file (exported by the app) to layer over the database's library")


def library_for(args: argparse.Namespace):
    """The ReferenceLibrary for `args` (`args.db`, `args.library`); StorageError if the database cannot be read."""
    from oases_desktop.core.storage import DatabaseInUseError, open_database

    try:
        with open_database(getattr(args, "db", None), auto_backup=False) as db:
            library = db.library.load()
    except DatabaseInUseError:   # the app has it open (and up to date): read its library beside it
        library = _read_beside_the_app(getattr(args, "db", None))
    if getattr(args, "library", None):
        from oases_desktop.core.knowledge.exchange import import_library_file

        library = import_library_file(args.library, library)
    return library


def _read_beside_the_app(url: str | None):
    from oases_desktop.core.storage.database import default_url, normalise_url
    from oases_desktop.core.storage.engine import make_engine
    from oases_desktop.core.storage.library import LibraryRepository

    engine = make_engine(normalise_url(url or default_url()))
    try:
        return LibraryRepository(engine).load()
    finally:
        engine.dispose()


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """`--db URL` on a command's own sub-commands (`library export -o FILE --db URL`); a `--db` given
    before them stays in place."""
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL (default: SQLite in the user's data folder; or OASES_DB_URL)")
