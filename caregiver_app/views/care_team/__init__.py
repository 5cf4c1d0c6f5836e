"""The Care team tab: the contact list, one person's details, the form, files."""
