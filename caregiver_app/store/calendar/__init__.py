"""The calendar: appointments and series, their dates, reminders and imports."""
