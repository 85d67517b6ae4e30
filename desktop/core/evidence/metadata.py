"""What a file is and what it shows: kind, size in pixels, duration, capture time, camera.
Every check reads the stored copy, so what is stored is what was checked."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from desktop.core.evidence import mp4
from desktop.core.evidence.errors import DamagedFile, EmptyFile, TooLarge, UnsupportedFile

# Pillow itself refuses more than about 179 MP as a decompression bomb; a 108 MP phone
# photo fits, and nothing the size of a bomb gets as far as decoding.
MAX_PIXELS = 178_000_000

EXIF_IFD = 0x8769
GPS_IFD = 0x8825
TAG_MODEL = 0x0110
TAG_MAKE = 0x010F
TAG_DATETIME = 0x0132
TAG_DATETIME_ORIGINAL = 0x9003
TAG_OFFSET_TIME_ORIGINAL = 0x9011

IMAGE_FORMATS = {
    "JPEG": ("image/jpeg", ".jpg"),
    "PNG": ("image/png", ".png"),
    "WEBP": ("image/webp", ".webp"),
    "GIF": ("image/gif", ".gif"),
    "BMP": ("image/bmp", ".bmp"),
    "TIFF": ("image/tiff", ".tif"),
}


@dataclass
class MediaInfo:
    kind: str  # photo, video, document
    mime: str
    extension: str
    width: int | None = None
    height: int | None = None
    duration_ms: int | None = None
    captured_at: datetime | None = None
    captured_from: str = "file_time"
    camera_model: str = ""
    has_location: bool = False


def sniff(head: bytes) -> tuple[str, str, str] | None:
    """(kind, mime, extension) from a file's first bytes, or None when we do not keep such files."""
    if head.startswith(b"\xff\xd8\xff"):
        return "photo", "image/jpeg", ".jpg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "photo", "image/png", ".png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "photo", "image/webp", ".webp"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "photo", "image/gif", ".gif"
    if head.startswith(b"BM"):
        return "photo", "image/bmp", ".bmp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "photo", "image/tiff", ".tif"
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "video", "video/x-msvideo", ".avi"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        webm = b"webm" in head[:64]
        return "video", "video/webm" if webm else "video/x-matroska", ".webm" if webm else ".mkv"
    if mp4.looks_like_mp4(head):
        brand = head[8:12]
        if brand == b"qt  ":
            return "video", "video/quicktime", ".mov"
        if brand.startswith(b"3g"):
            return "video", "video/3gpp", ".3gp"
        if brand in (b"heic", b"heix", b"mif1", b"avif"):
            return None  # HEIC/AVIF photos: Pillow cannot decode them without a plugin
        return "video", "video/mp4", ".mp4"
    if head.startswith(b"%PDF-"):
        return "document", "application/pdf", ".pdf"
    return None


def file_time(path: Path) -> datetime | None:
    """When the file was last written: for a photo with no embedded date, the nearest thing
    to its capture time. Read from the ORIGINAL before it is copied (a copy is new)."""
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0)
    except (OSError, OverflowError, ValueError):
        return None


def probe(path: Path, name: str = "", original_time: datetime | None = None) -> MediaInfo:
    """Check that the file decodes and read its metadata. Raises an EvidenceError otherwise.

    `path` may be the stored copy; `original_time` is then the original file's own time
    (file_time of the source), used when the file carries no date of its own."""
    label = name or path.name
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(label)
    with path.open("rb") as f:
        head = f.read(64)
    found = sniff(head)
    if found is None:
        raise UnsupportedFile(label, _suffix(label))
    kind, mime, ext = found
    if kind == "photo":
        info = _probe_image(path, label)
    elif kind == "video":
        info = _probe_video(path, label, mime, ext, size)
    else:
        info = _probe_pdf(path, label, size)
    if info.captured_at is None:
        info.captured_at = original_time or file_time(path)
        info.captured_from = "file_time"
    return info


def _suffix(name: str) -> str:
    return Path(name).suffix.lower() or "no extension"


def open_image_checked(path: Path, label: str) -> Image.Image:
    """Open an image lazily, refusing decompression bombs before any pixel is decoded."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)
    except Image.DecompressionBombError as error:
        raise TooLarge(label, str(error)) from error
    except UnidentifiedImageError as error:
        raise DamagedFile(label, "not a readable image") from error
    except (OSError, SyntaxError, ValueError) as error:
        raise DamagedFile(label, str(error)) from error
    width, height = image.size
    if width <= 0 or height <= 0:
        image.close()
        raise DamagedFile(label, "the image has no pixels")
    if width * height > MAX_PIXELS:
        image.close()
        raise TooLarge(label, f"{width} x {height} pixels")
    return image


def decode_fully(image: Image.Image, label: str) -> None:
    """Decode every pixel (scaled down where the format allows): a cut-off file fails here."""
    if image.format == "JPEG":
        # DCT scaling decodes the whole stream at 1/8 size: same truncation check, 20x less work.
        image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image.load()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        raise DamagedFile(label, str(error) or "the image is incomplete") from error


def _probe_image(path: Path, label: str) -> MediaInfo:
    image = open_image_checked(path, label)
    with image:
        fmt = image.format or ""
        if fmt not in IMAGE_FORMATS:
            raise UnsupportedFile(label, fmt or _suffix(label))
        mime, ext = IMAGE_FORMATS[fmt]
        width, height = image.size
        exif = image.getexif()
        decode_fully(image, label)
    info = MediaInfo("photo", mime, ext, width=width, height=height)
    if _exif_orientation_swaps(exif.get(0x0112)):
        info.width, info.height = height, width
    exif_ifd = exif.get_ifd(EXIF_IFD)
    taken = _exif_time(exif_ifd.get(TAG_DATETIME_ORIGINAL), exif_ifd.get(TAG_OFFSET_TIME_ORIGINAL))
    if taken is None:
        taken = _exif_time(exif.get(TAG_DATETIME), None)
    if taken is not None:
        info.captured_at, info.captured_from = taken, "exif"
    make = str(exif.get(TAG_MAKE) or "").strip(" \x00")
    model = str(exif.get(TAG_MODEL) or "").strip(" \x00")
    info.camera_model = model if not make or model.startswith(make) else f"{make} {model}"
    info.has_location = bool(exif.get_ifd(GPS_IFD))
    return info


def _exif_orientation_swaps(value: object) -> bool:
    return value in (5, 6, 7, 8)


def _exif_time(value: object, offset: object) -> datetime | None:
    """EXIF times are local camera time; with no offset tag we take them as UTC, said so in the UI."""
    if not isinstance(value, str):
        return None
    text = value.strip(" \x00")
    try:
        moment = datetime.strptime(text, "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    if isinstance(offset, str):
        try:
            aware = datetime.strptime(f"{text} {offset.strip()}", "%Y:%m:%d %H:%M:%S %z")
            return aware.astimezone(UTC)
        except ValueError:
            pass
    return moment.replace(tzinfo=UTC)


def _probe_video(path: Path, label: str, mime: str, ext: str, size: int) -> MediaInfo:
    info = MediaInfo("video", mime, ext)
    with path.open("rb") as f:
        if ext in (".mp4", ".mov", ".3gp"):
            video = mp4.read_mp4(f, size)
            info.duration_ms = video.duration_ms
            info.width, info.height = video.width, video.height
            info.has_location = bool(video.location_boxes)
            if video.created_at is not None:
                info.captured_at, info.captured_from = video.created_at, "video"
        elif ext == ".avi":
            head = f.read(12)
            declared = int.from_bytes(head[4:8], "little") + 8
            if declared > size:
                raise DamagedFile(label, "the video file is incomplete")
    return info


def _probe_pdf(path: Path, label: str, size: int) -> MediaInfo:
    with path.open("rb") as f:
        f.seek(max(0, size - 2048))
        tail = f.read()
    if b"%%EOF" not in tail:
        raise DamagedFile(label, "the PDF is incomplete")
    return MediaInfo("document", "application/pdf", ".pdf")
