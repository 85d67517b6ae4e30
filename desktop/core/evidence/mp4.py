"""Just enough of the ISO base media format (MP4, MOV, 3GP) to check a file is complete and to
read its duration, size, creation time and whether it carries a location."""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import BinaryIO

from desktop.core.evidence.errors import DamagedFile

# Containers whose children we walk. Everything else is skipped by its size.
_CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"udta", b"edts", b"stbl", b"meta"}
# Boxes that carry the place a clip was filmed (QuickTime and 3GPP).
LOCATION_BOXES = {b"\xa9xyz", b"loci"}
APPLE_LOCATION_KEY = b"com.apple.quicktime.location"
XMP_UUID = bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC")
_XMP_LOCATION = re.compile(rb"gps|latitude|longitude|iso6709|locationshown|locationcreated", re.IGNORECASE)
_EPOCH_1904 = datetime(1904, 1, 1, tzinfo=UTC)


@dataclass
class Box:
    type: bytes
    start: int  # offset of the header
    header: int  # header length
    size: int  # whole box, header included

    @property
    def payload(self) -> int:
        return self.start + self.header

    @property
    def end(self) -> int:
        return self.start + self.size


@dataclass
class VideoInfo:
    duration_ms: int | None = None
    created_at: datetime | None = None
    width: int | None = None
    height: int | None = None
    location_boxes: tuple[Box, ...] = ()


def looks_like_mp4(head: bytes) -> bool:
    return len(head) >= 12 and head[4:8] in {b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip"}


def iter_boxes(f: BinaryIO, start: int, end: int) -> Iterator[Box]:
    """Boxes between start and end; a box reaching past end means the file was cut off."""
    offset = start
    while offset + 8 <= end:
        f.seek(offset)
        head = f.read(8)
        if len(head) < 8:
            raise DamagedFile(detail="the video ends inside a box header")
        size, kind = struct.unpack(">I4s", head)
        header = 8
        if size == 1:
            large = f.read(8)
            if len(large) < 8:
                raise DamagedFile(detail="the video ends inside a box header")
            size = struct.unpack(">Q", large)[0]
            header = 16
        elif size == 0:
            size = end - offset
        if size < header:
            raise DamagedFile(detail=f"invalid box size in {kind!r}")
        if offset + size > end:
            raise DamagedFile(detail="the video file is incomplete")
        yield Box(kind, offset, header, size)
        offset += size


def _walk(f: BinaryIO, start: int, end: int, depth: int = 0) -> Iterator[Box]:
    for box in iter_boxes(f, start, end):
        yield box
        if box.type in _CONTAINERS and depth < 8:
            inner = box.payload + (4 if box.type == b"meta" and _is_full_meta(f, box) else 0)
            yield from _walk(f, inner, box.end, depth + 1)


def _is_full_meta(f: BinaryIO, box: Box) -> bool:
    # ISO 'meta' is a full box (4 bytes of version/flags); QuickTime's is a plain container.
    f.seek(box.payload + 4)
    return f.read(4) != b"hdlr"


def read_mp4(f: BinaryIO, file_size: int) -> VideoInfo:
    """Walk the whole file. Raises DamagedFile when it is cut off or has no movie header."""
    info = VideoInfo()
    locations: list[Box] = []
    seen_moov = seen_mdat = False
    for box in _walk(f, 0, file_size):
        if box.type == b"moov":
            seen_moov = True
        elif box.type == b"mdat":
            seen_mdat = True
        elif box.type == b"mvhd":
            _read_mvhd(f, box, info)
        elif box.type == b"tkhd":
            _read_tkhd(f, box, info)
        elif (
            box.type in LOCATION_BOXES
            or (box.type == b"meta" and _has_apple_location(f, box))
            or (box.type in (b"XMP_", b"uuid") and _has_xmp_location(f, box))
        ):
            locations.append(box)
    if not seen_moov:
        raise DamagedFile(detail="the video has no index (moov); recording was not finished")
    if not seen_mdat:
        raise DamagedFile(detail="the video has no picture data")
    info.location_boxes = tuple(locations)
    return info


def _has_apple_location(f: BinaryIO, box: Box) -> bool:
    # iPhones keep the place in a keyed 'meta' (com.apple.quicktime.location.ISO6709).
    if box.size > 1 << 20:
        return False
    f.seek(box.payload)
    return APPLE_LOCATION_KEY in f.read(box.size - box.header)


def _has_xmp_location(f: BinaryIO, box: Box) -> bool:
    # XMP in a clip (a 'uuid' box with Adobe's id, or QuickTime's 'XMP_'), naming a place.
    if box.size > 4 << 20:
        return False
    f.seek(box.payload)
    payload = f.read(box.size - box.header)
    if box.type == b"uuid" and not payload.startswith(XMP_UUID):
        return False
    return _XMP_LOCATION.search(payload) is not None


def _read_mvhd(f: BinaryIO, box: Box, info: VideoInfo) -> None:
    f.seek(box.payload)
    data = f.read(min(box.size - box.header, 40))
    if len(data) < 20:
        return
    if data[0] == 1 and len(data) >= 32:
        created, _modified, timescale, duration = struct.unpack(">QQIQ", data[4:32])
    else:
        created, _modified, timescale, duration = struct.unpack(">IIII", data[4:20])
    if timescale and duration not in (0, 0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF):
        info.duration_ms = int(duration * 1000 / timescale)
    # Cameras that have no clock write 0; a date before 2000 is no better.
    if created > 3_000_000_000:
        try:
            info.created_at = _EPOCH_1904 + timedelta(seconds=created)
        except OverflowError:
            info.created_at = None


def _read_tkhd(f: BinaryIO, box: Box, info: VideoInfo) -> None:
    f.seek(box.payload)
    data = f.read(min(box.size - box.header, 104))
    offset = 88 if data[:1] == b"\x01" else 76
    if len(data) < offset + 8:
        return
    width, height = struct.unpack(">II", data[offset : offset + 8])
    if width and height and info.width is None:
        info.width, info.height = width >> 16, height >> 16
