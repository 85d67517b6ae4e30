"""The pack station's sounds as WAV bytes: one for a good scan, one for a mistake, one for
an order that must not be packed, one for a finished order. Distinct in pitch and rhythm,
so the packer knows what happened without looking up."""

from __future__ import annotations

import io
import math
import struct
import wave

RATE = 22050

# (frequency Hz, milliseconds); 0 Hz is a pause.
TONES: dict[str, tuple[tuple[int, int], ...]] = {
    "ok": ((1760, 70),),
    "error": ((330, 160), (0, 60), (330, 160)),
    "refused": ((880, 180), (660, 180), (440, 180), (330, 420)),
    "done": ((1320, 90), (0, 30), (1760, 140)),
}


def wav_bytes(kind: str, volume: float = 0.6) -> bytes:
    frames = bytearray()
    for frequency, ms in TONES[kind]:
        count = RATE * ms // 1000
        for i in range(count):
            # A short fade at both ends: no click.
            fade = min(1.0, i / 200, (count - i) / 200)
            value = math.sin(2 * math.pi * frequency * i / RATE) if frequency else 0.0
            frames += struct.pack("<h", int(32767 * volume * fade * value))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    return buffer.getvalue()
