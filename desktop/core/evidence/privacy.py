"""Copies without location: GPS is removed from the copies that go into a dispute pack, while
the stored originals keep it. Pixels and video data are left byte for byte as they were: EXIF
GPS is blanked in place, and the metadata packets a location can hide in (XMP, plain or
compressed; IPTC; PNG text profiles) are dropped whole. Whether a copy is clean is then
decided by reading it back (location_left), never assumed from what was done to it."""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.evidence import mp4

GPS_POINTER = 0x8825
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
_XMP_JPEG = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_PREFIXES = (_XMP_JPEG, b"http://ns.adobe.com/xmp/extension/\x00", b"XMP\x00")
_PNG_TEXT = (b"tEXt", b"zTXt", b"iTXt")
# IPTC-IIM datasets naming a place: 2:90 city, 2:92 sublocation, 2:95 province, 2:100/101 country.
_IPTC_LOCATION = re.compile(rb"\x1c\x02[\x5a\x5c\x5f\x64\x65]")
# Words a metadata packet names a place with (XMP exif:GPS*, IPTC Core location, Photoshop
# city, DJI's drone-dji:GpsLatitude, ISO 6709 strings in video).
_LOCATION_WORDS = re.compile(
    rb"gps|latitude|longitude|iptc4xmpcore:location|iptc4xmpext:location|photoshop:city|"
    rb"photoshop:state|photoshop:country|locationshown|locationcreated|iso6709",
    re.IGNORECASE,
)


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
        elif (marker == 0xE1 and segment[4:].startswith(_XMP_PREFIXES)) or marker == 0xED:
            # XMP (standard or extended) and IPTC (APP13) can each carry a location.
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
        elif kind in _PNG_TEXT and _png_text_may_locate(bytes(kind), bytes(body)):
            pos = end
            continue
        out += struct.pack(">I4s", length, kind) + body
        out += struct.pack(">I", zlib.crc32(bytes(kind) + bytes(body)) & 0xFFFFFFFF)
        pos = end
    out += data[pos:]
    return bytes(out)


def _png_text(kind: bytes, body: bytes) -> tuple[bytes, bytes]:
    """(keyword, text) of a PNG text chunk, decompressed; text b"" when it cannot be read."""
    keyword, _, rest = body.partition(b"\x00")
    try:
        if kind == b"zTXt":
            return keyword, _inflate(rest[1:])
        if kind == b"iTXt":
            compressed = rest[:1] == b"\x01"
            # flag, method, language\0, translated keyword\0, text
            text = rest[2:].split(b"\x00", 2)[-1]
            return keyword, _inflate(text) if compressed else text
    except zlib.error:
        return keyword, b""
    return keyword, rest


def _inflate(data: bytes, limit: int = 16 * 1024 * 1024) -> bytes:
    inflater = zlib.decompressobj()
    out = inflater.decompress(data, limit)
    return out


def _png_text_may_locate(kind: bytes, body: bytes) -> bool:
    keyword, text = _png_text(kind, body)
    if keyword == b"XML:com.adobe.xmp" or keyword.lower().startswith(b"raw profile type"):
        return True  # XMP, or an EXIF/IPTC/XMP profile stored as text by ImageMagick
    return (not text and kind != b"tEXt") or bool(_LOCATION_WORDS.search(text))


def metadata_blobs(data: bytes, mime: str) -> Iterator[bytes]:
    """The metadata packets of an image, decompressed: what a location could hide in."""
    if mime == "image/jpeg" and data.startswith(b"\xff\xd8"):
        pos = 2
        while pos + 4 <= len(data) and data[pos] == 0xFF:
            marker = data[pos + 1]
            if marker in (0xDA, 0xD9):
                return
            length = struct.unpack_from(">H", data, pos + 2)[0]
            if 0xE0 <= marker <= 0xEF or marker == 0xFE:
                yield data[pos + 4 : pos + 2 + length]
            pos += 2 + length
    elif mime == "image/png" and data.startswith(b"\x89PNG\r\n\x1a\n"):
        pos = 8
        while pos + 12 <= len(data):
            length, kind = struct.unpack_from(">I4s", data, pos)
            body = data[pos + 8 : pos + 8 + length]
            if kind in _PNG_TEXT:
                keyword, text = _png_text(kind, body)
                yield keyword + b"\x00" + text
            elif kind == b"eXIf":
                yield body
            pos += 12 + length
    elif mime == "image/webp" and data[:4] == b"RIFF":
        pos = 12
        while pos + 8 <= len(data):
            kind = data[pos : pos + 4]
            length = struct.unpack_from("<I", data, pos + 4)[0]
            if kind in (b"EXIF", b"XMP "):
                yield data[pos + 8 : pos + 8 + length]
            pos += 8 + length + (length & 1)
    else:
        yield data


def location_left(data: bytes, mime: str) -> bool | None:
    """Read a copy back: True if a location is still in it, False if none is, None when this
    kind of file cannot be checked (the copy is then not called location-free)."""
    if mime not in ("image/jpeg", "image/png", "image/webp", "image/tiff"):
        return None
    import io

    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            gps = image.getexif().get_ifd(GPS_POINTER)
    except Exception:
        return None
    if any(value not in (None, 0, b"", "") for value in gps.values()):
        return True
    for blob in metadata_blobs(data, mime):
        if blob.startswith((b"Exif\x00\x00", b"II*\x00", b"MM\x00*")):
            continue  # the EXIF block: its GPS directory was read above
        if _LOCATION_WORDS.search(blob) or _IPTC_LOCATION.search(blob):
            return True
    return False


def video_location_left(path: Path, patches: list[Patch]) -> bool:
    """Read the clip back as the pack holds it (the original with the patches applied, parsed
    again from its bytes): True if a location box remains."""
    size = path.stat().st_size
    with path.open("rb") as original:
        info = mp4.read_mp4(_Patched(original, patches), size)  # type: ignore[arg-type]
    return bool(info.location_boxes)


class _Patched:
    """A read-only file whose bytes are the original's with patches laid over them."""

    def __init__(self, f: Any, patches: list[Patch]) -> None:
        self._f = f
        self._patches = sorted(patches, key=lambda p: p.offset)

    def seek(self, offset: int, whence: int = 0) -> int:
        return int(self._f.seek(offset, whence))

    def tell(self) -> int:
        return int(self._f.tell())

    def read(self, size: int = -1) -> bytes:
        start = self._f.tell()
        block = self._f.read(size)
        end = start + len(block)
        touching = [p for p in self._patches if p.offset < end and p.offset + len(p.data) > start]
        if not touching:
            return bytes(block)
        editable = bytearray(block)
        for p in touching:
            lo, hi = max(p.offset, start), min(p.offset + len(p.data), end)
            editable[lo - start : hi - start] = p.data[lo - p.offset : hi - p.offset]
        return bytes(editable)


def scrub_webp(data: bytes) -> bytes:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        return data
    buf = bytearray(data)
    pos = 12
    while pos + 8 <= len(buf):
        kind = bytes(buf[pos : pos + 4])
        length = struct.unpack_from("<I", buf, pos + 4)[0]
        if kind == b"XMP ":
            # An unknown chunk is skipped by every reader; same length, so nothing moves.
            buf[pos : pos + 4] = b"JUNK"
            buf[pos + 8 : pos + 8 + length] = bytes(length)
        elif kind == b"EXIF":
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
