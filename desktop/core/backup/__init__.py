"""Backups: one sealed file holding a database snapshot, every data file and a SHA-256 manifest;
verification before any restore; automatic daily backups with rotation."""
