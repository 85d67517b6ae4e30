"""The results a scan at the pack station can have: stable words, used by the JSON of `pack`,
the scan log and the window's texts."""

from __future__ import annotations

OPENED = "opened"
RESUMED = "resumed"  # an interrupted order opened again, with what was already in the box
REFUSED = "refused"  # the order must not be packed: see params["status"]
NOT_FOUND = "not_found"
ACCEPTED = "accepted"
EXTRA = "extra"
WRONG = "wrong"
LABEL = "label"  # the order's own label: the box is sealed, the order is done
LABEL_EARLY = "label_early"  # its label, but items are still missing
ASK_SWITCH = "ask_switch"  # another order scanned half-way: scan it again to switch
INTERRUPTED = "interrupted"  # logged on the order left half-packed
AFTER_PACKED = "after_packed"  # an item scanned after the order was packed
COMPLETED = "completed"
INCOMPLETE = "incomplete"
TICKED = "ticked"
UNTICKED = "unticked"
CLOSED = "closed"
NO_VIDEO = "no_video"  # warning: a high-value order packed without a packing video

ERRORS = frozenset({REFUSED, NOT_FOUND, EXTRA, WRONG, LABEL_EARLY, AFTER_PACKED, INCOMPLETE})
