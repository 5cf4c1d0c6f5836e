"""This computer's link to the family's calendar server: its own tables, never shared."""
