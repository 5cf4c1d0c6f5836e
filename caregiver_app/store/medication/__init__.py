"""Medicines by the clock: schedules, the administration log and the supply on hand."""
