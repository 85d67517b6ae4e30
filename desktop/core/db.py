"""Opening the database: URL, pragmas, schema creation and migrations."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import peewee
from playhouse.db_url import connect, parse

from desktop.core import models
from desktop.core.models import Meta, database_proxy

log = logging.getLogger(__name__)

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "cache_size": -32000,
}

# The window waits at most a few seconds for another writer (it must not freeze); a command-line
# run waits as long as an import of a large export can take.
WINDOW_BUSY_TIMEOUT_MS = 5_000
COMMAND_BUSY_TIMEOUT_MS = 600_000


class _SqliteDatabase(peewee.SqliteDatabase):
    """Write transactions take the write lock when they begin.

    SQLite's default deferred transaction reads first and asks for the write lock later; if
    another connection wrote in between, SQLite cannot wait for it and fails at once with
    "database is locked", whatever the busy timeout. Asking up front makes the second writer
    wait its turn instead."""

    def begin(self, lock_type: str | None = None) -> None:
        super().begin(lock_type or "IMMEDIATE")  # type: ignore[no-untyped-call]

    def commit(self) -> None:
        self.local_commits += 1  # an int += under the GIL: exact enough for "did we write?"
        super().commit()  # type: ignore[no-untyped-call]

    local_commits = 0


def changes_seen(db: peewee.Database) -> tuple[int, int] | None:
    """(SQLite's data_version, this process's commits) for noticing another program's writes:
    data_version moves when any other connection commits, this process's threads included.
    None where the database cannot tell (PostgreSQL)."""
    if not isinstance(db, _SqliteDatabase):
        return None
    row = db.execute_sql("PRAGMA data_version").fetchone()  # type: ignore[no-untyped-call]
    return int(row[0]), db.local_commits

# Schema version 1 is the first release. A change to the schema adds a step here, numbered
# from 2: MIGRATIONS[n] takes a database at version n-1 to version n.
SCHEMA_VERSION = 2
Migration = Callable[[peewee.Database], None]


def _add_pack_scans(db: peewee.Database) -> None:
    # The pack station's scan log: a new table, nothing else changes.
    db.create_tables([models.PackScan], safe=True)


MIGRATIONS: dict[int, Migration] = {2: _add_pack_scans}


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer Seller Desk."""


def open_database(url: str, busy_timeout_ms: int = WINDOW_BUSY_TIMEOUT_MS) -> peewee.Database:
    """Connect, bind the models, and bring the schema to the current version."""
    db: peewee.Database
    if url.startswith("sqlite"):
        pragmas = {**SQLITE_PRAGMAS, "busy_timeout": busy_timeout_ms}
        db = _SqliteDatabase(pragmas=pragmas, **parse(url))
    else:
        db = connect(url)
    database_proxy.initialize(db)
    db.connect(reuse_if_open=True)
    _migrate(db, url)
    return db


# Indexes for sorting the order table by expressions (SQLite syntax; other databases sort
# without them).
SQLITE_SORT_INDEXES = (
    'CREATE INDEX IF NOT EXISTS orders_sort_buyer ON orders (buyer_name COLLATE NOCASE, id)',
    'CREATE INDEX IF NOT EXISTS orders_sort_total ON orders (CAST(total AS REAL), id)',
    # Ship by with empty deadlines last, either way; Total within its currency.
    'CREATE INDEX IF NOT EXISTS orders_sort_ship_by_asc ON orders ((ship_by IS NULL), ship_by, id)',
    'CREATE INDEX IF NOT EXISTS orders_sort_ship_by_desc ON orders ((ship_by IS NOT NULL), ship_by, id)',
    'CREATE INDEX IF NOT EXISTS orders_sort_currency_total ON orders (currency, CAST(total AS REAL), id)',
    # The sidebar's status views in the default order, and Today's reasons, without a scan.
    'CREATE INDEX IF NOT EXISTS orders_status_ordered ON orders (workflow_status, ordered_at, id)',
    # Overdue in order of time without reading the orders themselves.
    'CREATE INDEX IF NOT EXISTS orders_status_ship_by_ordered ON orders (workflow_status, ship_by, ordered_at, id)',
    'CREATE INDEX IF NOT EXISTS orders_status_shipped ON orders (workflow_status, shipped_at)',
    'CREATE INDEX IF NOT EXISTS orders_status_delivered ON orders (workflow_status, delivered_at)',
    # Today's "just paid" reason reads the payment time, or the order time when none was exported.
    'CREATE INDEX IF NOT EXISTS orders_status_paid ON orders (workflow_status, COALESCE(paid_at, ordered_at))',
    # Problems (the status, or an open case: one index each, OR-ed) and a marketplace in order of
    # time. Partial: an index over every order's flag would tempt SQLite into reading all the
    # orders without a case.
    'CREATE INDEX IF NOT EXISTS orders_open_case ON orders (id) WHERE has_open_case',
    'CREATE INDEX IF NOT EXISTS orders_marketplace_ordered ON orders (marketplace, ordered_at, id)',
    # Replaced by orders_status_ship_by_ordered, which serves the same lookups.
    'DROP INDEX IF EXISTS orders_status_ship_by',
    # Every SQLite index ends in the rowid, so (ordered_at, id) and (ship_by, id) were the
    # model's own ordered_at and ship_by indexes twice over, and (marketplace) is the start of
    # the unique (marketplace, order_id): each copy made every new order slower to write.
    'DROP INDEX IF EXISTS orders_sort_ordered',
    'DROP INDEX IF EXISTS orders_sort_ship_by',
    'DROP INDEX IF EXISTS order_marketplace',
)


def _create_indexes(db: peewee.Database) -> None:
    if isinstance(db, peewee.SqliteDatabase):
        for statement in SQLITE_SORT_INDEXES:
            db.execute_sql(statement)  # type: ignore[no-untyped-call]


def close_database() -> None:
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()


def schema_version(db: peewee.Database) -> int:
    if not db.table_exists(Meta._meta.table_name):
        return 0
    row = Meta.get_or_none(Meta.key == "schema_version")
    return int(row.value) if row else 0


def _migrate(db: peewee.Database, url: str) -> None:
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"database schema {current} is newer than this program's {SCHEMA_VERSION}"
        )
    if current == SCHEMA_VERSION:
        # Tables added by a feature within the same schema version still get created.
        db.create_tables(models.ALL_MODELS, safe=True)
        _create_indexes(db)
        return
    if current == 0:
        with db.atomic():
            db.create_tables(models.ALL_MODELS, safe=True)
            _create_indexes(db)
            _set_version(SCHEMA_VERSION)
        return
    _backup_before_migrating(url, current)
    for step in range(current + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            MIGRATIONS[step](db)
            _set_version(step)
        log.info("database migrated to schema %s", step)


def _set_version(version: int) -> None:
    (
        Meta.insert(key="schema_version", value=str(version))
        .on_conflict(conflict_target=[Meta.key], update={Meta.value: str(version)})
        .execute()
    )


def _backup_before_migrating(url: str, version: int) -> None:
    if not url.startswith("sqlite:///"):
        return
    path = Path(url.removeprefix("sqlite:///"))
    if path.exists():
        target = path.with_name(f"{path.stem}.schema{version}.bak")
        db = database_proxy.obj
        # VACUUM INTO gives a consistent copy even with a WAL file beside the database.
        try:
            db.execute_sql("VACUUM INTO ?", (str(target),))
        except peewee.OperationalError:
            shutil.copy2(path, target)
