"""The calendar: iCalendar files in and out, reminders, and the demo's appointments."""
