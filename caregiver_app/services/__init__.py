"""Plain-Python services: demo record, and later PDF, iCalendar, vCard, backups. No Qt GUI."""
