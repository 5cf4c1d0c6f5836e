"""Appointments and the care team on the family's phones, through their own calendar server."""
