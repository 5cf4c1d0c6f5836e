"""Fault injection: the real commands under damaged, full, read-only and shared records."""
