"""Evidence benchmarks (run by hand: python3 tests/bench/bench_evidence.py [--video-gb 2]).

1. Thumbnails for 100 twelve-megapixel JPEGs (target: under 4 s).
2. Adding a 2 GB video to the store, against `sha256sum` plus `cp` of the same file in the
   same run (target: at least 70 % of their speed), with peak memory sampled during the add.
Test data is generated here and deleted afterwards."""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository: desktop, tests

from PIL import Image, ImageDraw

from desktop.core.db import close_database, open_database
from desktop.core.evidence.store import EvidenceStore, pk
from desktop.core.evidence.thumbnails import ThumbnailCache
from desktop.core.models import Order
from desktop.core.paths import database_url


def make_jpegs(folder: Path, count: int, noisy: bool = False, preview: bool = False) -> list[Path]:
    """Photo-like 12 MP JPEGs: smooth light, shapes and sensor-like grain, about 3 MB each
    at quality 92 like a phone's. noisy=True makes a worst case (grain everywhere, ~6 MB).
    preview=True embeds a 160 x 120 EXIF preview, as cameras and phones do (DCF)."""
    import io

    from tests.core.evidence.media import exif_with_preview

    if noisy:
        base = Image.effect_noise((4000, 3000), 40).convert("RGB")
    else:
        light = Image.linear_gradient("L").resize((4000, 3000)).convert("RGB")
        grain = Image.effect_noise((4000, 3000), 14).convert("RGB")
        base = Image.blend(light, grain, 0.35)
    draw = ImageDraw.Draw(base)
    for i in range(0, 4000, 250):
        draw.ellipse((i, 900, i + 180, 1500), fill=(i % 255, 90, 160))
        draw.rectangle((i, 2000, i + 120, 2600), fill=(200, i % 255, 60))
    paths = []
    for i in range(count):
        image = base.copy()
        ImageDraw.Draw(image).rectangle((100 + i * 30, 100, 400 + i * 30, 400), fill=(255, i * 2, 0))
        path = folder / f"IMG_{i:04d}.jpg"
        exif = b""
        if preview:
            small = io.BytesIO()
            image.resize((160, 120)).save(small, "JPEG", quality=80)
            exif = exif_with_preview(small.getvalue())
        image.save(path, "JPEG", quality=92, exif=exif)
        paths.append(path)
    return paths


def bench_thumbnails(work: Path, count: int, noisy: bool = False, preview: bool = False) -> float:
    label = "worst case, grain everywhere" if noisy else "photo-like"
    label += ", with EXIF preview" if preview else ", no EXIF preview"
    folder = work / label.replace(" ", "_").replace(",", "")
    folder.mkdir()
    started = time.perf_counter()
    paths = make_jpegs(folder, count, noisy, preview)
    print(f"generated {count} JPEGs of 4000x3000, {label} ({sum(p.stat().st_size for p in paths) / 1e6 / count:.1f} MB each) "
          f"in {time.perf_counter() - started:.1f} s")  # fmt: skip
    cache = ThumbnailCache(folder / "thumbs")
    pairs = [(f"{i:064x}", path) for i, path in enumerate(paths)]
    started = time.perf_counter()
    made = list(cache.photos(pairs))
    elapsed = time.perf_counter() - started
    assert all(p is not None for _sha, p in made)
    serial_cache = ThumbnailCache(folder / "serial")
    started = time.perf_counter()
    for sha, path in pairs[:20]:
        serial_cache.photo(sha, path)
    serial = (time.perf_counter() - started) / 20
    print(f"THUMBNAILS ({label}): {count} x 12 MP JPEG -> 256 px in {elapsed:.2f} s "
          f"({elapsed / count * 1000:.0f} ms each; one core: {serial * 1000:.0f} ms each); "
          f"target < 4 s: {'PASS' if elapsed < 4 else 'FAIL'}")  # fmt: skip
    shutil.rmtree(folder)
    return elapsed


def make_video(path: Path, size: int) -> None:
    """A structurally valid MP4 of `size` bytes: ftyp, a 64-bit mdat, then the moov index."""
    block = os.urandom(8 * 1024 * 1024)
    mvhd_payload = b"\x00\x00\x00\x00" + struct.pack(">IIII", 3_800_000_000, 3_800_000_000, 1000, 600_000) + bytes(80)
    moov = struct.pack(">I4s", 8 + 8 + len(mvhd_payload), b"moov") + struct.pack(">I4s", 8 + len(mvhd_payload), b"mvhd") + mvhd_payload
    ftyp = struct.pack(">I4s", 20, b"ftyp") + b"isom\x00\x00\x02\x00isom"
    payload = size - len(ftyp) - 16 - len(moov)
    with path.open("wb") as f:
        f.write(ftyp)
        f.write(struct.pack(">I4sQ", 1, b"mdat", 16 + payload))
        left = payload
        while left > 0:
            chunk = block[: min(len(block), left)]
            f.write(chunk)
            left -= len(chunk)
        f.write(moov)


class PeakRss:
    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def now() -> int:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
        return 0

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.now())
            time.sleep(0.02)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()


def bench_video(work: Path, gigabytes: float) -> None:
    size = int(gigabytes * 1024**3)
    video = work / "packing.mp4"
    started = time.perf_counter()
    make_video(video, size)
    print(f"generated a {size / 1024**3:.1f} GiB MP4 in {time.perf_counter() - started:.1f} s")
    data = work / "data"
    data.mkdir()
    open_database(database_url(data))
    try:
        order = pk(Order.create(marketplace="shopee", order_id="BENCH-1"))
        baseline_times = []
        store_times = []
        peak_growth = 0
        for attempt in range(2):
            copy = work / "cp-copy.mp4"
            started = time.perf_counter()
            subprocess.run(["sha256sum", str(video)], check=True, capture_output=True)
            hashed = time.perf_counter()
            subprocess.run(["cp", str(video), str(copy)], check=True)
            baseline_times.append(time.perf_counter() - started)
            print(f"  sha256sum {hashed - started:.2f} s, cp {time.perf_counter() - hashed:.2f} s")
            copy.unlink()

            store = EvidenceStore(data / f"try{attempt}")
            (data / f"try{attempt}").mkdir()
            before = PeakRss.now()
            with PeakRss() as rss:
                started = time.perf_counter()
                store.add(order, video, "contents")
                store_times.append(time.perf_counter() - started)
            peak_growth = max(peak_growth, rss.peak - before)
            shutil.rmtree(store.root)
            # A second attempt would otherwise find the item already attached to the order.
            from desktop.core.models import EvidenceItem

            EvidenceItem.delete().execute()
        base, ours = min(baseline_times), min(store_times)
        ratio = base / ours
        mb = size / 1e6
        print(f"sha256sum + cp: {base:.2f} s ({mb / base:.0f} MB/s)   runs: {', '.join(f'{t:.2f}' for t in baseline_times)}")
        print(f"store.add (hash + copy + fsync + probe): {ours:.2f} s ({mb / ours:.0f} MB/s)   runs: {', '.join(f'{t:.2f}' for t in store_times)}")
        print(f"VIDEO ADD: {ratio * 100:.0f} % of sha256sum+cp speed (target >= 70 %): {'PASS' if ratio >= 0.7 else 'FAIL'}; "
              f"peak memory growth during add {peak_growth / 1e6:.1f} MB")  # fmt: skip
    finally:
        close_database()
        video.unlink(missing_ok=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=100)
    parser.add_argument("--video-gb", type=float, default=2.0)
    parser.add_argument("--skip-video", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-evidence-"))
    try:
        bench_thumbnails(work, args.photos, preview=True)
        bench_thumbnails(work, args.photos)
        bench_thumbnails(work, args.photos, noisy=True)
        if not args.skip_video:
            bench_video(work, args.video_gb)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
