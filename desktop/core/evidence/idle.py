"""Noticing that nothing moves in front of the camera, so a forgotten recording stops itself."""

from __future__ import annotations


class IdleWatch:
    """Fed a tiny grey thumbnail of each frame (a few hundred bytes) with its time in seconds.

    A frame counts as movement when its mean absolute difference from the last moving frame
    exceeds `threshold` grey levels; sensor noise stays well below 4."""

    def __init__(self, idle_seconds: float, threshold: float = 4.0) -> None:
        self.idle_seconds = idle_seconds
        self.threshold = threshold
        self._reference: bytes | None = None
        self._last_motion = 0.0

    def reset(self, now: float = 0.0) -> None:
        self._reference = None
        self._last_motion = now

    def update(self, now: float, signature: bytes) -> bool:
        """True once the picture has been still for idle_seconds."""
        if self._reference is None or len(signature) != len(self._reference) or not signature:
            self._reference = signature
            self._last_motion = now
            return False
        diff = sum(abs(a - b) for a, b in zip(signature, self._reference, strict=True))
        if diff / len(signature) > self.threshold:
            self._reference = signature
            self._last_motion = now
            return False
        return self.idle_seconds > 0 and now - self._last_motion >= self.idle_seconds
