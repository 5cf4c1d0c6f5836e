"""The care team's contacts: vCard files, checks, search, phone numbers and role labels."""
