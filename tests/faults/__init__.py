"""Fault injection: the real command in a subprocess, and what it left behind."""
