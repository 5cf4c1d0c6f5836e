"""Medicines by the clock: what is due when, answered or not logged, limits and supply."""
