"""The Qt interface. It sits on desktop.core; the core never imports from here."""
