"""Writing many new orders at once: the order table's secondary indexes are built afterwards.

Each new order updates some twenty indexes of the order table (sorts, views, Today's reasons),
one random B-tree insert each: at 100,000 new orders that is most of an import's time
(measured: 20 s inserting with the indexes, 2.7 s without and 2.9 s to build them after). So
an import that more than doubles the table drops those indexes inside its own transaction and
builds them again before it commits: a failed or killed import rolls both back, and other
connections read the old table, indexes and all, until the commit.

SQLite only. In PostgreSQL a dropped index locks the table against readers until the commit,
which the window cannot wait for; there the indexes stay.
"""

from __future__ import annotations

import peewee

# Below this many new orders rebuilding costs more than it saves.
MIN_NEW_ORDERS = 2_000


def worth_setting_aside(db: peewee.Database, new_orders: int, stored_orders: int) -> bool:
    """True when building the indexes afresh beats updating them order by order."""
    return (
        isinstance(db, peewee.SqliteDatabase)
        and new_orders >= MIN_NEW_ORDERS
        and new_orders >= stored_orders
    )


def set_aside(db: peewee.Database, table: str) -> list[str]:
    """Drop the table's non-unique indexes in the current transaction; their SQL, to rebuild.

    Unique indexes stay: they are what keeps an order from being stored twice."""
    rows = db.execute_sql(  # type: ignore[no-untyped-call]
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table,),
    ).fetchall()
    statements = []
    for name, sql in rows:
        if sql.lstrip().upper().startswith("CREATE UNIQUE"):
            continue
        db.execute_sql(f'DROP INDEX "{name}"')  # type: ignore[no-untyped-call]
        statements.append(sql)
    return statements


def rebuild(db: peewee.Database, statements: list[str]) -> None:
    for sql in statements:
        db.execute_sql(sql)  # type: ignore[no-untyped-call]
