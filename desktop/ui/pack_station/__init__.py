"""The pack station: a window for a keyboard-wedge barcode scanner at the packing table."""
