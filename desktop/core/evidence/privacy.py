"""Copies without location: GPS is removed from the copies that go into a dispute pack, while
the stored originals keep it. Pixels and video data are left byte for byte as they were; only
the location fields are blanked, so the copy is still the same photograph or clip."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.core.evidence import mp4

GPS_POINTER = 0x8825
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
_XMP_JPEG = b"http://ns.adobe.com/xap/1.0/\x00"


@dataclass
class Patch:
    offset: int
    data: bytes


def scrub_tiff(buf: bytearray, base: int = 0) -> bool:
    """Empty the GPS directory of a TIFF/EXIF block in place. True if there was one."""
    if len(buf) < base + 8:
        return False
    order = buf[base : base + 2]
    if order == b"II":
        e = "<"
    elif order == b"MM":
        e = ">"
    else:
        return False

    def u16(at: int) -> int:
        return int(struct.unpack_from(e + "H", buf, base + at)[0])

    def u32(at: int) -> int:
        return int(struct.unpack_from(e + "I", buf, base + at)[0])

    try:
        ifd0 = u32(4)
        count = u16(ifd0)
        gps = 0
        for i in range(count):
            entry = ifd0 + 2 + 12 * i
            if u16(entry) == GPS_POINTER:
                gps = u32(entry + 8)
        if not gps:
            return False
        n = u16(gps)
        for i in range(n):
            entry = gps + 2 + 12 * i
            kind, items = u16(entry + 2), u32(entry + 4)
            total = _TYPE_SIZES.get(kind, 1) * items
            if total > 4:
                offset = u32(entry + 8)
                end = min(len(buf), base + offset + total)
                buf[base + offset : end] = bytes(end - (base + offset))
            buf[base + entry : base + entry + 12] = bytes(12)
        struct.pack_into(e + "H", buf, base + gps, 0)
    except struct.error:
        return False
    return True


def scrub_jpeg(data: bytes) -> bytes:
    """Blank EXIF GPS and drop XMP packets that mention GPS; the picture data is untouched."""
    if not data.startswith(b"\xff\xd8"):
        return data
    out = bytearray(data[:2])
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xDA or marker == 0xD9:  # start of scan: the rest is picture data
            break
        length = struct.unpack_from(">H", data, pos + 2)[0]
        segment = bytearray(data[pos : pos + 2 + length])
        if marker == 0xE1 and segment[4:10] == b"Exif\x00\x00":
            scrub_tiff(segment, 10)
        elif marker == 0xE1 and segment[4:].startswith(_XMP_JPEG) and b"GPS" in segment:
            pos += 2 + length
            continue
        out += segment
        pos += 2 + length
    out += data[pos:]
    return bytes(out)


def scrub_png(data: bytes) -> bytes:
    import zlib

    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return data
    out = bytearray(data[:8])
    pos = 8
    while pos + 12 <= len(data):
        length, kind = struct.unpack_from(">I4s", data, pos)
        body = bytearray(data[pos + 8 : pos + 8 + length])
        end = pos + 12 + length
        if kind == b"eXIf":
            scrub_tiff(body, 0)
        elif kind in (b"iTXt", b"tEXt") and body.startswith(b"XML:com.adobe.xmp") and b"GPS" in body:
            pos = end
            continue
        out += struct.pack(">I4s", length, kind) + body
        out += struct.pack(">I", zlib.crc32(bytes(kind) + bytes(body)) & 0xFFFFFFFF)
        pos = end
    out += data[pos:]
    return bytes(out)


def scrub_webp(data: bytes) -> bytes:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        return data
    buf = bytearray(data)
    pos = 12
    while pos + 8 <= len(buf):
        kind = bytes(buf[pos : pos + 4])
        length = struct.unpack_from("<I", buf, pos + 4)[0]
        if kind == b"EXIF":
            start = pos + 8
            if buf[start : start + 6] == b"Exif\x00\x00":
                start += 6
            chunk = bytearray(buf[start : pos + 8 + length])
            scrub_tiff(chunk, 0)
            buf[start : pos + 8 + length] = chunk
        pos += 8 + length + (length & 1)
    return bytes(buf)


def scrub_image(data: bytes, mime: str) -> bytes:
    if mime == "image/jpeg":
        return scrub_jpeg(data)
    if mime == "image/png":
        return scrub_png(data)
    if mime == "image/webp":
        return scrub_webp(data)
    if mime == "image/tiff":
        buf = bytearray(data)
        scrub_tiff(buf, 0)
        return bytes(buf)
    return data


def video_patches(path: Path) -> list[Patch]:
    """Turn every location box of an MP4/MOV into an empty 'free' box (same length)."""
    patches: list[Patch] = []
    size = path.stat().st_size
    with path.open("rb") as f:
        info = mp4.read_mp4(f, size)
    for box in info.location_boxes:
        patches.append(Patch(box.start + 4, b"free"))
        patches.append(Patch(box.payload, bytes(box.size - box.header)))
    return patches


def patched_chunks(path: Path, patches: list[Patch], chunk: int = 4 * 1024 * 1024) -> Iterator[bytes]:
    """The file's bytes with patches applied, streamed (a clip can be gigabytes)."""
    ordered = sorted(patches, key=lambda p: p.offset)
    with path.open("rb") as f:
        offset = 0
        while True:
            block = f.read(chunk)
            if not block:
                return
            end = offset + len(block)
            touching = [p for p in ordered if p.offset < end and p.offset + len(p.data) > offset]
            if touching:
                editable = bytearray(block)
                for p in touching:
                    lo = max(p.offset, offset)
                    hi = min(p.offset + len(p.data), end)
                    editable[lo - offset : hi - offset] = p.data[lo - p.offset : hi - p.offset]
                block = bytes(editable)
            yield block
            offset = end
