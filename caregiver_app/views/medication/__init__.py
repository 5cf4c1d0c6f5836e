"""Medicines by the clock in the window: reminders, the schedule, the chart and the log."""
