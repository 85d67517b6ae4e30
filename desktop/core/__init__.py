"""Business rules of Seller Desk. Nothing here may import Qt (checked by import-linter)."""
