"""File > Phones and calendars...: the dialog, the background sync and what it reports."""
