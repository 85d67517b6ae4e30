"""The evidence store: files in the data folder, items in the database, every change logged."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import peewee

from desktop.core.evidence import metadata
from desktop.core.evidence.blobs import BlobStore, Progress, Staged
from desktop.core.evidence.errors import EvidenceError, OrderNotFound
from desktop.core.evidence.log import EvidenceLog
from desktop.core.models import EvidenceItem, Meta, Order
from desktop.core.models.base import database_proxy, utc_now
from desktop.core.models.evidence import STAGES

EVIDENCE_FOLDER = "evidence"
# The meta row holding the hash of the evidence log's last line.
LOG_HEAD_KEY = "evidence_log_head"


@dataclass
class Added:
    item: EvidenceItem
    # False when this order already had these exact bytes (nothing new stored or listed).
    created: bool
    # False when the bytes were already in the store (for this or another order).
    stored: bool


class EvidenceStore:
    """Adds, removes and lists an order's evidence. Files are copied whole or not at all."""

    def __init__(self, data_dir: Path) -> None:
        self.root = data_dir / EVIDENCE_FOLDER
        self.blobs = BlobStore(self.root)
        self.log = EvidenceLog(self.root / "log.jsonl")

    def file_path(self, item: EvidenceItem) -> Path:
        return self.blobs.path_for(str(item.sha256))

    def add(
        self,
        order_pk: int,
        source: Path,
        stage: str = "other",
        *,
        origin: str = "file",
        name: str | None = None,
        note: str = "",
        captured_at: datetime | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Added:
        """Copy, check and record one file. On any error the store and database are unchanged."""
        if stage not in STAGES:
            raise ValueError(f"unknown stage {stage!r}")
        original = name or source.name
        order = Order.get_or_none(Order.id == order_pk)  # type: ignore[attr-defined]
        if order is None:
            raise OrderNotFound(original, str(order_pk))
        # The original's own time, read before copying: the copy's time is "now".
        original_time = metadata.file_time(source)
        staged = self.blobs.stage(source, progress, cancelled)
        try:
            info = metadata.probe(staged.path, original, original_time)
        except EvidenceError as error:
            self.blobs.discard(staged)
            error.name = original
            raise
        except Exception:
            self.blobs.discard(staged)
            raise
        if captured_at is not None:
            info.captured_at, info.captured_from = captured_at, "camera"
        return self._record(order_pk, staged, info, stage, origin, original, note)

    def _record(
        self,
        order_pk: int,
        staged: Staged,
        info: metadata.MediaInfo,
        stage: str,
        origin: str,
        original: str,
        note: str,
    ) -> Added:
        stored = self.blobs.commit(staged)
        try:
            with database_proxy.atomic():
                item = EvidenceItem.get_or_none(
                    (EvidenceItem.order == order_pk) & (EvidenceItem.sha256 == staged.sha256)
                )
                created = item is None or item.removed_at is not None
                if item is None:
                    item = EvidenceItem.create(
                        order=order_pk,
                        sha256=staged.sha256,
                        kind=info.kind,
                        mime=info.mime,
                        stage=stage,
                        original_name=original[:300],
                        size=staged.size,
                        captured_at=info.captured_at,
                        captured_from=info.captured_from,
                        width=info.width,
                        height=info.height,
                        duration_ms=info.duration_ms,
                        camera_model=info.camera_model[:200],
                        has_location=info.has_location,
                        origin=origin,
                        note=note,
                    )
                elif item.removed_at is not None:
                    item.removed_at = None
                    item.save()
                _refresh_count(order_pk)
                if created:
                    # Inside the transaction, after the row took the write lock: the line is
                    # written once the row is certain to commit, and writers take turns.
                    self._logged(
                        "add",
                        order=order_pk,
                        item=pk(item),
                        sha256=staged.sha256,
                        size=staged.size,
                        name=original,
                        stage=item.stage,
                    )
        except BaseException:
            if stored and not EvidenceItem.select().where(EvidenceItem.sha256 == staged.sha256).exists():
                self.blobs.forget(staged.sha256)
            raise
        return Added(item, created, stored)

    def recover_log(self) -> bool:
        """After a kill between a log line and its commit: drop that line (see EvidenceLog)."""
        with database_proxy.atomic():  # the write lock: no writer is half-way meanwhile
            return self.log.drop_uncommitted_tail(log_head(), _unrecorded)

    def _logged(self, action: str, **fields: Any) -> None:
        """Append a log line and anchor its hash in the database; call inside a transaction."""
        entry = self.log.append(action, **fields)
        set_log_head(str(entry["_hash"]))

    def remove(self, item_pk: int, reason: str = "") -> None:
        """Hide an item from the order. Its file stays in the store, so it can be restored."""
        with database_proxy.atomic():
            item = EvidenceItem.get_by_id(item_pk)
            if item.removed_at is not None:
                return
            item.removed_at = utc_now()
            item.save()
            _refresh_count(_order_of(item))
            self._logged(
                "remove", order=_order_of(item), item=item_pk, sha256=item.sha256, reason=reason
            )

    def restore(self, item_pk: int) -> None:
        with database_proxy.atomic():
            item = EvidenceItem.get_by_id(item_pk)
            if item.removed_at is None:
                return
            item.removed_at = None
            item.save()
            _refresh_count(_order_of(item))
            self._logged("restore", order=_order_of(item), item=item_pk, sha256=item.sha256)

    def set_note(self, item_pk: int, note: str) -> None:
        EvidenceItem.update(note=note).where(EvidenceItem.id == item_pk).execute()  # type: ignore[attr-defined]

    def set_stage(self, item_pk: int, stage: str) -> None:
        if stage not in STAGES:
            raise ValueError(f"unknown stage {stage!r}")
        EvidenceItem.update(stage=stage).where(EvidenceItem.id == item_pk).execute()  # type: ignore[attr-defined]

    def items(self, order_pk: int, *, removed: bool = False) -> list[EvidenceItem]:
        """An order's evidence in the order it happened: stage, then capture time."""
        query = EvidenceItem.select().where(EvidenceItem.order == order_pk)
        query = query.where(
            EvidenceItem.removed_at.is_null(False) if removed else EvidenceItem.removed_at.is_null()
        )
        found = list(query)
        found.sort(key=_timeline_key)
        return found

    def has_video(self, order_pk: int) -> bool:
        return bool(
            EvidenceItem.select()
            .where(
                (EvidenceItem.order == order_pk)
                & (EvidenceItem.kind == "video")
                & EvidenceItem.removed_at.is_null()
            )
            .exists()
        )

    def log_export(self, order_pks: Sequence[int], target: Path, sha256: str) -> None:
        with database_proxy.atomic():
            set_log_head(log_head())  # takes the write lock before the log is read
            self._logged("export", orders=list(order_pks), file=target.name, sha256=sha256)


def _unrecorded(entry: dict[str, Any]) -> bool:
    """Whether the database holds nothing of what a log line records (its item, by id and hash)."""
    item, sha = entry.get("item"), entry.get("sha256")
    if not isinstance(item, int) or not isinstance(sha, str):
        return False
    query = EvidenceItem.select().where((EvidenceItem.id == item) & (EvidenceItem.sha256 == sha))
    return not query.exists()


def log_head() -> str:
    """The evidence log's last line hash as the database last anchored it; "" when never."""
    row = Meta.get_or_none(Meta.key == LOG_HEAD_KEY)
    return str(row.value) if row else ""


def set_log_head(value: str) -> None:
    (
        Meta.insert(key=LOG_HEAD_KEY, value=value)
        .on_conflict(conflict_target=[Meta.key], update={Meta.value: value})
        .execute()
    )


def pk(row: peewee.Model) -> int:
    return int(row.get_id())  # type: ignore[no-untyped-call]


def _order_of(item: EvidenceItem) -> int:
    return int(item.order_id)  # type: ignore[attr-defined]


def _timeline_key(item: EvidenceItem) -> tuple[int, str, int]:
    stage = STAGES.index(item.stage) if item.stage in STAGES else len(STAGES)
    when = item.captured_at.isoformat() if item.captured_at else ""
    return stage, when, pk(item)


def _refresh_count(order_pk: int) -> None:
    live = (
        EvidenceItem.select(peewee.fn.COUNT(EvidenceItem.id))  # type: ignore[attr-defined]
        .where((EvidenceItem.order == order_pk) & EvidenceItem.removed_at.is_null())
        .scalar()
    )
    Order.update(evidence_count=live or 0).where(Order.id == order_pk).execute()  # type: ignore[attr-defined]


def find_order(ref: str) -> Order:
    """An order by its marketplace id, or MARKETPLACE:ORDER_ID when the id alone is ambiguous."""
    from desktop.core.evidence.errors import AmbiguousOrder

    matches = list(Order.select().where(Order.order_id == ref).limit(5))
    if not matches and ":" in ref:
        marketplace, _, order_id = ref.partition(":")
        matches = list(
            Order.select()
            .where((Order.marketplace == marketplace.strip().lower()) & (Order.order_id == order_id))
            .limit(2)
        )
    if not matches:
        raise OrderNotFound(ref, ref)
    if len(matches) > 1:
        names = ", ".join(f"{o.marketplace}:{o.order_id}" for o in matches)
        raise AmbiguousOrder(ref, names)
    return matches[0]
