"""Packing at the table: which order a scan opens, which line an item scan ticks, marking Packed."""
