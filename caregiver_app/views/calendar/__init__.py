"""The Calendar tab: the agenda, the appointment form, reminders, files."""
