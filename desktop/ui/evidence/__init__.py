"""The Evidence tab, the image viewer and video player, the capture window and dispute packs.

The capture pipeline emits a signal per camera frame; the PySide6 reference leak that would
abort the interpreter is contained once per process by desktop.ui.pyside_workarounds.
"""
