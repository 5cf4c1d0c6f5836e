"""The record's safety: backups, recovery, password, lock, and the profile."""
