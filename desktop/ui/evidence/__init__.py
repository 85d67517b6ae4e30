"""The Evidence tab, the image viewer and video player, the capture window and dispute packs."""

from desktop.ui.evidence.emit_fix import install as _install_emit_fix

# The capture pipeline emits a signal per camera frame: without this, PySide6 6.12.0 on
# Python 3.11 aborts the program after a few minutes (see emit_fix).
_install_emit_fix()
