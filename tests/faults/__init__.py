"""Fault injection: the real commands under hostile paths, damaged, full, read-only and shared
records, and what they left behind."""
