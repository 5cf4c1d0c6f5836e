"""Sharing one record between computers: capture, clocks, and merging others' changes."""
