"""A few hundred mutated exports (seeded, so every run tries the same ones): each either
imports or is refused with an ImportFailure; never another exception, never a crash, and a
refused file leaves the database exactly as it was."""

from __future__ import annotations

import codecs
import hashlib
import io
import os
import random
import traceback
import zipfile
from pathlib import Path

from desktop.core.models import database_proxy
from desktop.core.orders.errors import ImportFailure
from desktop.core.orders.importer import import_file
from tests.conftest import SAMPLES

SEED = int(os.environ.get("SELLER_DESK_FUZZ_SEED", "14"))
BAD_VALUES = (
    "0000-00-00 00:00:00", "9999-12-31 23:59:59 -1000", "99999999999999999999999", "2024-13-45",
    "1e3", "1e400", "-1e400", "NaN", "inf", "=1+1", "\x00", "\ufeff", '"', '""', "'", "\u200b",
    "１２３", "(5.00)", "-", "9" * 400, "2024-02-30", "24:61:61", "٣٤٥", "1,2,3", "\r", "\n\n",
)  # fmt: skip
TABLES = ("orders", "order_line", "import_batch", "source_row", "shop")


def _fingerprint() -> str:
    db = database_proxy.obj
    digest = hashlib.sha256()
    for table in TABLES:
        for row in db.execute_sql(f'SELECT * FROM "{table}" ORDER BY id'):
            digest.update(repr(row).encode())
    return digest.hexdigest()


def _small_csv(path: Path, rows: int = 12) -> bytes:
    text = path.read_bytes()
    lines = text.splitlines(keepends=True)
    return b"".join(lines[:rows])


def _mutate_text(data: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(10)
    if kind == 0:
        return data[: rng.randrange(1, len(data))]
    if kind == 1:
        out = bytearray(data)
        for _ in range(rng.randrange(1, 8)):
            out[rng.randrange(len(out))] = rng.randrange(256)
        return bytes(out)
    if kind == 2:
        spot = rng.randrange(len(data))
        return data[:spot] + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 20))) + data[spot:]
    if kind == 3:
        text = data.decode("utf-8", "replace")
        return text.encode(rng.choice(("utf-16", "utf-32", "utf-16-be", "utf-32-le", "gb18030", "cp1252")), "replace")
    if kind == 4:
        return codecs.BOM_UTF8 + data + b"\xff\xfe\x80"
    if kind == 5:
        lines = data.splitlines(keepends=True)
        spot = rng.randrange(1, len(lines))
        return b"".join([*lines[:spot], lines[spot], *lines[spot:]])  # a duplicate row
    if kind == 6:
        spot = rng.randrange(len(data))
        return data[:spot] + b'"' + data[spot:]
    # A cell replaced by a bad value.
    text = data.decode("utf-8", "replace")
    lines = text.splitlines(keepends=True)
    row = rng.randrange(1, len(lines))
    separator = "\t" if "\t" in lines[0] else ","
    cells = lines[row].split(separator)
    cells[rng.randrange(len(cells))] = rng.choice(BAD_VALUES)
    lines[row] = separator.join(cells)
    return "".join(lines).encode("utf-8")


def _mutate_xlsx(data: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(4)
    if kind == 0:
        return data[: rng.randrange(1, len(data))]
    if kind == 1:
        out = bytearray(data)
        for _ in range(rng.randrange(1, 6)):
            out[rng.randrange(len(out))] = rng.randrange(256)
        return bytes(out)
    # Rewrite the sheet XML: a bad value in a cell, or a reference moved far away.
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = source.read(info.filename)
            if info.filename.startswith("xl/worksheets/") and b"<v>" in member:
                if kind == 2:
                    spot = member.find(b"<v>", rng.randrange(len(member) // 2))
                    if spot > 0:
                        end = member.find(b"</v>", spot)
                        member = member[: spot + 3] + rng.choice(BAD_VALUES).encode() + member[end:]
                else:
                    far = rng.choice((b'r="A99999999"', b'r="ZZZZZ2"', b'r="XFD1048576"', b'r="B0"'))
                    spot = member.find(b' r="', rng.randrange(len(member) // 2))
                    if spot > 0:
                        end = member.find(b'"', spot + 4)
                        member = member[: spot + 1] + far + member[end + 1 :]
            target.writestr(info, member)
    return buffer.getvalue()


def test_mutated_exports_never_crash_and_a_refusal_changes_nothing(data_dir: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    texts = [
        (name, _small_csv(SAMPLES / name))
        for name in ("shopify_orders_export_1.csv", "ebay_orders_report_Nov-30-2024.csv",
                     "EtsySoldOrderItems2024-11.csv", "amazon_us_order_report_20241130.txt")
    ]  # fmt: skip
    books = [(p.name, p.read_bytes()) for p in sorted(SAMPLES.glob("*.xlsx")) if p.stat().st_size < 60_000]
    tried = imported = refused = 0
    failures: list[str] = []
    for number in range(300):
        if number % 4 == 3 and books:
            name, seed = rng.choice(books)
            data = _mutate_xlsx(seed, rng)
        else:
            name, seed = rng.choice(texts)
            data = _mutate_text(seed, rng)
        path = tmp_path / f"{number:03d}-{name}"
        path.write_bytes(data)
        before = _fingerprint()
        tried += 1
        try:
            import_file(path)
            imported += 1
        except ImportFailure:
            refused += 1
            if _fingerprint() != before:
                failures.append(f"{path.name}: refused but the database changed")
        except Exception:
            failures.append(f"{path.name}: {traceback.format_exc(limit=3)}")
    print(f"fuzz: tried {tried}, imported {imported}, refused {refused}, failed {len(failures)}")
    assert not failures, "\n".join(failures[:10])
    assert tried == 300 and refused > 30 and imported > 30
