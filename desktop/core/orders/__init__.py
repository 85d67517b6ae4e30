"""Order exports: reading files, recognising layouts, turning rows into orders, storing them."""
