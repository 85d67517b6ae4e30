"""Painting checklists, pick lists and packing lists onto PDF writers and printers."""
