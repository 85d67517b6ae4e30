"""What the printed papers of packing contain: checklists, pick lists, in-box packing lists.

Pure data built from the database; how it is painted lives in desktop.ui.printing."""
