"""What can go wrong with a backup, as types the interface words for the seller."""

from __future__ import annotations


class BackupError(Exception):
    """Base of every backup and restore failure."""


class BackupDamaged(BackupError):
    """The backup file is damaged, tampered with or not a Seller Desk backup: nothing was changed."""

    def __init__(self, reason: str, member: str = "") -> None:
        super().__init__(f"{reason}: {member}" if member else reason)
        self.reason = reason
        self.member = member


class BackupTooNew(BackupError):
    """The backup was written by a newer Seller Desk than this one."""


class BackupUnsupported(BackupError):
    """The data does not live in a SQLite database in the data folder (for example PostgreSQL)."""


class BackupCancelled(BackupError):
    """The seller cancelled; no backup file was left behind."""


class BackupNoSpace(BackupError):
    """Not enough free disk space to write the backup or restore it; nothing was written."""
