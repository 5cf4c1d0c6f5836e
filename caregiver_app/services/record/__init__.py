"""The care record as files: backups, integrity, password, access and the demo record."""
