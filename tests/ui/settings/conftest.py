from desktop.ui.pyside_workarounds import keep_none_alive

# PySide6 6.12 on Python 3.11 leaks None's reference count (see pyside_workarounds).
keep_none_alive()
