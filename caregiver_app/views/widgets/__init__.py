"""Widgets every form shares: typed date and time fields, the wheel guard."""
