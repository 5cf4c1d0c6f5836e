"""Medicines by the clock in the window: reminders, the printed chart and the log's files."""
