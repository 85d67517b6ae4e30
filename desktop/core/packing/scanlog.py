"""The scan log: every scan at the pack station, stored per order as it happened."""

from __future__ import annotations

import socket
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.core.models import PackScan
from desktop.core.printing.rows import dict_rows


@dataclass(frozen=True)
class LogEntry:
    at: datetime
    code: str
    result: str
    message: str
    packer: str
    station: str

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "code": self.code,
            "result": self.result,
            "message": self.message,
            "packer": self.packer,
            "station": self.station,
        }


def this_station() -> str:
    """The computer's name: which bench a scan came from, when a seller has two."""
    return socket.gethostname() or ""


def record(
    order_pk: int | None,
    code: str,
    result: str,
    message: str,
    packer: str,
    station: str,
    at: datetime,
) -> None:
    PackScan.create(
        order=order_pk,
        at=at,
        code=code[:500],
        result=result,
        message=message,
        packer=packer.strip()[:120],
        station=station[:120],
    )


_FIELDS = (
    PackScan.at, PackScan.code, PackScan.result, PackScan.message, PackScan.packer,
    PackScan.station,
)  # fmt: skip


def entries(order_pk: int) -> list[LogEntry]:
    query = (
        PackScan.select(*_FIELDS)
        .where(PackScan.order == order_pk)
        .order_by(PackScan.at, PackScan.id)
    )
    return [LogEntry(**row) for row in dict_rows(query)]


def entries_for(order_pks: Sequence[int]) -> dict[int, list[LogEntry]]:
    return {pk: entries(pk) for pk in order_pks}
