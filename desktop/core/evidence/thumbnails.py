"""Thumbnails and video poster frames, cached by content hash beside the store.

Photos are scaled here with Pillow (JPEG draft mode decodes at 1/2..1/8 size straight from
the DCT, which is most of the speed). Video poster frames need a decoder; the UI grabs one
with Qt Multimedia and hands the picture to `put`, so no GPL library is involved."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import ExifTags, Image, ImageOps

from desktop.core.evidence.errors import EvidenceError
from desktop.core.evidence.metadata import open_image_checked

THUMB_SIZE = 256
QUALITY = 82


class ThumbnailCache:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str, size: int = THUMB_SIZE) -> Path:
        return self.root / sha256[:2] / f"{sha256}-{size}.jpg"

    def get(self, sha256: str, size: int = THUMB_SIZE) -> Path | None:
        path = self.path_for(sha256, size)
        return path if path.is_file() else None

    def photo(self, sha256: str, source: Path, size: int = THUMB_SIZE) -> Path | None:
        """The cached thumbnail of a photo, made now if missing. None if it cannot be decoded."""
        cached = self.get(sha256, size)
        if cached is not None:
            return cached
        try:
            image = make_thumbnail(source, size)
        except (EvidenceError, OSError):
            return None
        return self._write(image, self.path_for(sha256, size))

    def photos(
        self, pairs: list[tuple[str, Path]], size: int = THUMB_SIZE, workers: int = 1
    ) -> Iterator[tuple[str, Path | None]]:
        """Thumbnails of many photos. One worker by default: measured here, Pillow's JPEG
        decoder gains nothing from a second thread, and a second process costs more to start
        than it saves on a grid's worth of photos."""
        if workers <= 1:
            for sha, path in pairs:
                yield sha, self.photo(sha, path, size)
            return
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="thumbs") as pool:
            yield from pool.map(lambda pair: (pair[0], self.photo(pair[0], pair[1], size)), pairs)

    def put(self, sha256: str, image: Image.Image, size: int = THUMB_SIZE) -> Path:
        """Store a picture made elsewhere (a video's poster frame) as this item's thumbnail."""
        image = image.copy()
        image.thumbnail((size, size), Image.Resampling.BILINEAR)
        return self._write(image, self.path_for(sha256, size))

    def put_jpeg(self, sha256: str, data: bytes, size: int = THUMB_SIZE) -> Path:
        """Store an already encoded JPEG thumbnail (the UI encodes Qt's poster frames)."""
        return self._write_bytes(data, self.path_for(sha256, size))

    def _write(self, image: Image.Image, target: Path) -> Path:
        import io

        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, "JPEG", quality=QUALITY)
        return self._write_bytes(buffer.getvalue(), target)

    def _write_bytes(self, data: bytes, target: Path) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix="thumb-", suffix=".part", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        return target


# Cameras and phones embed a preview (DCF: 160 x 120) in the EXIF block. It is as large as a
# grid icon and reading it costs a millisecond instead of decoding twelve megapixels.
EMBEDDED_MIN = 160
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def embedded_preview(image: Image.Image, min_side: int = EMBEDDED_MIN) -> Image.Image | None:
    """The EXIF thumbnail of a JPEG when it is big enough and shows the whole picture."""
    raw = image.info.get("exif")
    if not isinstance(raw, bytes):
        return None
    try:
        ifd1 = image.getexif().get_ifd(ExifTags.IFD.IFD1)
        offset, length = int(ifd1.get(0x0201, 0)), int(ifd1.get(0x0202, 0))
        tiff = raw[6:] if raw.startswith(b"Exif\x00\x00") else raw
        if not offset or not length or offset + length > len(tiff):
            return None
        preview = Image.open(io.BytesIO(tiff[offset : offset + length]))
        preview.load()
    except (OSError, SyntaxError, ValueError, KeyError, TypeError):
        return None
    if max(preview.size) < min_side or not image.width or not preview.height:
        return None
    # A 4:3 preview of a 16:9 photo carries black bars: not the picture as taken.
    if abs(image.width / image.height - preview.width / preview.height) > 0.02:
        return None
    return preview


def make_thumbnail(source: Path, size: int = THUMB_SIZE) -> Image.Image:
    """A picture no larger than size x size, upright (EXIF orientation applied)."""
    with open_image_checked(source, source.name) as image:
        preview = embedded_preview(image) if image.format == "JPEG" else None
        if preview is not None:
            # The preview is stored as the sensor saw it; the main image's tag says how to turn it.
            method = _TRANSPOSE.get(image.getexif().get(0x0112, 1))
            upright = preview.convert("RGB")
            if method is not None:
                upright = upright.transpose(method)
            upright.thumbnail((size, size), Image.Resampling.BILINEAR)
            return upright
        if image.format == "JPEG":
            # Ask for twice the target so the final resize still has detail to average.
            image.draft("RGB", (size * 2, size * 2))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image.load()
            # Older Pillow types the result as optional (None only when transposing in place).
            upright = ImageOps.exif_transpose(image) or image
        if upright.mode not in ("RGB", "L"):
            upright = upright.convert("RGBA") if "A" in upright.mode else upright.convert("RGB")
            if upright.mode == "RGBA":
                background = Image.new("RGB", upright.size, "white")
                background.paste(upright, mask=upright.getchannel("A"))
                upright = background
        upright.thumbnail((size, size), Image.Resampling.BILINEAR, reducing_gap=2.0)
        return upright.copy()
