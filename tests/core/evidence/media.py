"""Test media made on the spot: photos with and without EXIF/GPS, broken files, videos."""

from __future__ import annotations

import struct
from pathlib import Path

from PIL import Image, TiffImagePlugin

GPS_LAT = (TiffImagePlugin.IFDRational(31), TiffImagePlugin.IFDRational(14), TiffImagePlugin.IFDRational(25, 10))


def photo(path: Path, *, color: str = "tan", size: tuple[int, int] = (640, 480), gps: bool = False,
          taken: str | None = "2024:11:30 10:11:12", model: str = "Pixel 8", fmt: str = "JPEG") -> Path:
    image = Image.new("RGB", size, color)
    for x in range(0, size[0], 40):  # some detail so JPEG is not trivially small
        image.paste("navy", (x, 0, x + 10, size[1]))
    exif = Image.Exif()
    if model:
        exif[0x010F] = "Google"
        exif[0x0110] = model
    if taken:
        exif.get_ifd(0x8769)[0x9003] = taken
    if gps:
        exif.get_ifd(0x8825).update({1: "N", 2: GPS_LAT, 3: "E", 4: GPS_LAT})
    image.save(path, fmt, exif=exif)
    return path


def has_gps(path_or_bytes: Path | bytes) -> bool:
    import io

    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    with Image.open(source) as image:
        return bool(image.getexif().get_ifd(0x8825))


def truncated_jpeg(path: Path, source: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def bomb_png(path: Path) -> Path:
    """A tiny file claiming 40000 x 40000 pixels: a classic decompression bomb."""
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", 40000, 40000, 8, 0, 0, 0, 0)
    row = b"\x00" + bytes(40000)
    body = zlib.compress(row * 64, 9)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", body) + chunk(b"IEND", b""))
    return path


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def mp4(path: Path, *, seconds: int = 5, location: bool = False, created: int = 3_800_000_000,
        truncate: bool = False) -> Path:
    """A minimal MP4 structure (no decodable frames): enough for the box reader."""
    mvhd = box(b"mvhd", b"\x00\x00\x00\x00" + struct.pack(">IIII", created, created, 1000, seconds * 1000) + bytes(80))
    tkhd_payload = bytearray(b"\x00\x00\x00\x07" + bytes(80))
    struct.pack_into(">II", tkhd_payload, 76, 1920 << 16, 1080 << 16)
    trak = box(b"trak", box(b"tkhd", bytes(tkhd_payload)))
    udta = box(b"udta", box(b"\xa9xyz", b"\x00\x12\x15\xc7+31.2340+121.4560/")) if location else b""
    moov = box(b"moov", mvhd + trak + udta)
    data = box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41") + box(b"mdat", bytes(4000)) + moov
    if truncate:
        data = data[: len(data) - 30]
    path.write_bytes(data)
    return path


def exif_with_preview(preview_jpeg: bytes, orientation: int = 1) -> bytes:
    """An EXIF block as cameras write it: IFD0 (orientation) and IFD1 holding a JPEG preview."""
    ifd0 = struct.pack("<H", 1) + struct.pack("<HHIHH", 0x0112, 3, 1, orientation, 0)
    ifd1_at = 8 + len(ifd0) + 4
    ifd1_size = 2 + 2 * 12 + 4
    data_at = ifd1_at + ifd1_size
    ifd1 = struct.pack("<H", 2) + struct.pack("<HHII", 0x0201, 4, 1, data_at) + struct.pack(
        "<HHII", 0x0202, 4, 1, len(preview_jpeg)
    ) + struct.pack("<I", 0)
    tiff = b"II*\x00" + struct.pack("<I", 8) + ifd0 + struct.pack("<I", ifd1_at) + ifd1 + preview_jpeg
    return b"Exif\x00\x00" + tiff


def photo_with_preview(path: Path, size: tuple[int, int] = (1600, 1200), preview: tuple[int, int] = (160, 120),
                       orientation: int = 1) -> Path:
    import io

    image = Image.new("RGB", size, "tan")
    image.paste("navy", (0, 0, size[0] // 2, size[1] // 2))  # top-left quarter marks the orientation
    small = image.resize(preview)
    buffer = io.BytesIO()
    small.save(buffer, "JPEG", quality=85)
    image.save(path, "JPEG", exif=exif_with_preview(buffer.getvalue(), orientation))
    return path
