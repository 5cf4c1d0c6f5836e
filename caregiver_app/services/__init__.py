"""Plain-Python services, one subpackage per feature (PDF, contacts, diary...). No Qt GUI."""
