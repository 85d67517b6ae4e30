"""seller-desk evidence add|list, dispute-pack, verify, verify-pack"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.context import opened, print_json
from desktop.core.evidence.errors import EvidenceError, describe
from desktop.core.evidence.pack import Renderers, build_dispute_pack
from desktop.core.evidence.pending import PendingQueue
from desktop.core.evidence.seal import load_key
from desktop.core.evidence.store import EvidenceStore, find_order, pk
from desktop.core.evidence.thumbnails import ThumbnailCache
from desktop.core.evidence.verify import verify_pack, verify_store
from desktop.core.models.evidence import STAGES
from desktop.core.paths import resolve_data_dir


def register(subparsers: Any) -> None:
    evidence = subparsers.add_parser("evidence", help="attach or list an order's packing evidence")
    actions = evidence.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="store photos, videos or PDFs as evidence for an order")
    add.add_argument("order", metavar="ORDER_ID", help="marketplace order id (or MARKETPLACE:ORDER_ID)")
    add.add_argument("files", nargs="+", metavar="FILE")
    add.add_argument("--stage", choices=STAGES, default="other", help="what the evidence shows")
    add.add_argument("--json", action="store_true", help="print the result as JSON")
    add.set_defaults(func=run_add)
    listing = actions.add_parser("list", help="list an order's evidence")
    listing.add_argument("order", metavar="ORDER_ID")
    listing.add_argument("--removed", action="store_true", help="list removed items instead")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(func=run_list)

    pending = actions.add_parser(
        "pending", help="photos and clips kept but not yet attached (an attach that failed)"
    )
    pending.add_argument("--retry", action="store_true", help="try to attach them now")
    pending.add_argument("--json", action="store_true", help="print a JSON array")
    pending.set_defaults(func=run_pending)

    pack = subparsers.add_parser("dispute-pack", help="write a dispute pack zip for orders")
    pack.add_argument("orders", nargs="+", metavar="ORDER_ID")
    pack.add_argument("--out", required=True, metavar="FILE.zip", help="the zip to write")
    pack.add_argument(
        "--keep-location", action="store_true", help="keep GPS location in the photos' copies"
    )
    pack.set_defaults(func=run_pack)

    verify = subparsers.add_parser("verify", help="re-hash all evidence; report missing or altered files")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=run_verify)

    check = subparsers.add_parser("verify-pack", help="check a dispute pack offline against its manifest")
    check.add_argument("pack", metavar="FILE.zip")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=run_verify_pack)


def _item_json(item: Any) -> dict[str, Any]:
    return {
        "id": pk(item),
        "sha256": item.sha256,
        "kind": item.kind,
        "mime": item.mime,
        "stage": item.stage,
        "name": item.original_name,
        "size": item.size,
        "captured_at": item.captured_at.isoformat() if item.captured_at else None,
        "captured_from": item.captured_from,
        "width": item.width,
        "height": item.height,
        "duration_ms": item.duration_ms,
        "camera_model": item.camera_model,
        "has_location": item.has_location,
        "note": item.note,
        "added_at": item.added_at.isoformat() if item.added_at else None,
        "removed_at": item.removed_at.isoformat() if item.removed_at else None,
    }


def run_add(args: argparse.Namespace) -> int:
    failed = False
    results: list[dict[str, Any]] = []
    with opened(args) as data_dir:
        try:
            order = find_order(args.order)
        except EvidenceError as error:
            print(f"{args.order}: {describe(error)} {error.detail}".rstrip(), file=sys.stderr)
            return 2
        store = EvidenceStore(data_dir)
        for name in args.files:
            path = Path(name)
            try:
                added = store.add(pk(order), path, args.stage)
            except EvidenceError as error:
                failed = True
                results.append({"file": name, "error": error.kind, "message": describe(error)})
                if not args.json:
                    print(f"{path.name}: {describe(error)}", file=sys.stderr)
                continue
            results.append({**_item_json(added.item), "new": added.created})
            if not args.json:
                state = "added" if added.created else "already attached"
                print(f"{path.name}: {state} ({added.item.kind}, {added.item.sha256[:12]})")
    if args.json:
        print_json({"order": args.order, "files": results})
    return 1 if failed else 0


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as data_dir:
        try:
            order = find_order(args.order)
        except EvidenceError as error:
            print(f"{args.order}: {describe(error)} {error.detail}".rstrip(), file=sys.stderr)
            return 2
        items = [_item_json(i) for i in EvidenceStore(data_dir).items(pk(order), removed=args.removed)]
    if args.json:
        print_json(items)
        return 0
    for item in items:
        taken = (item["captured_at"] or "")[:19].replace("T", " ")
        print(f"{item['id']:>5}  {item['stage']:<16} {item['kind']:<8} {taken:<19}  {item['name']}")
    return 0


def run_pending(args: argparse.Namespace) -> int:
    with opened(args) as data_dir:
        queue = PendingQueue(EvidenceStore(data_dir))
        attached = []
        if args.retry:
            attached = [pk(a.item) for a in queue.attach_all()[0]]
        waiting = queue.items()
    if args.json:
        print_json(
            [
                {
                    "file": str(w.path),
                    "order": w.order_pk,
                    "name": w.name,
                    "stage": w.stage,
                    "queued_at": w.queued_at.isoformat(),
                    "state": "not yet attached",
                    "error": w.last_error,
                }
                for w in waiting
            ]
        )
    else:
        if attached:
            print(f"attached {len(attached)} kept file(s)")
        for w in waiting:
            print(f"not yet attached: {w.name} (order {w.order_pk}, kept since {w.queued_at:%Y-%m-%d %H:%M} UTC): {w.last_error}")
    return 1 if waiting else 0


def _renderers(data_dir: Path) -> tuple[Renderers, list[str]]:
    """The Qt PDF painters, started headless; without Qt the pack still has its text parts."""
    try:
        from desktop.ui.evidence.headless import headless_renderers
    except ImportError as error:
        return Renderers(), [f"PDF rendering unavailable: {error}"]
    return headless_renderers(data_dir)


def run_pack(args: argparse.Namespace) -> int:
    with opened(args) as data_dir:
        try:
            orders = [pk(find_order(ref)) for ref in args.orders]
        except EvidenceError as error:
            print(f"{error.name}: {describe(error)} {error.detail}".rstrip(), file=sys.stderr)
            return 2
        renderers, notes = _renderers(data_dir)
        store = EvidenceStore(data_dir)
        result = build_dispute_pack(
            orders,
            Path(args.out),
            store,
            ThumbnailCache(store.root / "thumbs"),
            renderers,
            strip_location=not args.keep_location,
        )
    for note in [*notes, *result.notes]:
        print(f"note: {note}", file=sys.stderr)
    print(f"{result.path}: {result.orders} order(s), {result.files} files, sha256 {result.sha256}")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    with opened(args) as data_dir:
        report = verify_store(EvidenceStore(data_dir))
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "checked": report.checked,
                "missing": [{"sha256": s, "items": report.labels.get(s, [])} for s in report.missing],
                "altered": [{"sha256": s, "items": report.labels.get(s, [])} for s in report.altered],
                "unlisted": report.unlisted,
                "log_problems": report.log_problems,
            }
        )
        return 0 if report.ok else 1
    for title, shas in (("MISSING", report.missing), ("ALTERED", report.altered)):
        for sha in shas:
            for label in report.labels.get(sha, []):
                print(f"{title}: {label} ({sha[:12]})")
    for problem in report.log_problems:
        print(f"LOG: {problem}")
    if report.unlisted:
        print(f"note: {len(report.unlisted)} stored file(s) belong to no item")
    state = "OK" if report.ok else "PROBLEMS FOUND"
    print(f"{state}: {report.checked} file(s) checked")
    return 0 if report.ok else 1


SEAL_WORDS = {
    "valid": "sealed by this install, unchanged since",
    "broken": "SEAL BROKEN: changed after it was sealed",
    "other install": "sealed by another install (only it can check the seal)",
    "none": "not sealed",
}


def run_verify_pack(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    report = verify_pack(Path(args.pack), load_key(EvidenceStore(data_dir).root))
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "checked": report.checked,
                "error": report.error or None,
                "problems": [{"path": n, "reason": r} for n, r in report.problems],
                "seal": report.sealed,
            }
        )
        return 0 if report.ok else 1
    if report.error:
        print(f"{args.pack}: {report.error}", file=sys.stderr)
        return 2
    for name, reason in report.problems:
        print(f"{reason.upper()}: {name}")
    state = "OK" if report.ok else "DOES NOT MATCH"
    print(f"seal: {SEAL_WORDS.get(report.sealed, report.sealed)}")
    print(f"{state}: {report.checked} file(s) checked")
    return 0 if report.ok else 1
