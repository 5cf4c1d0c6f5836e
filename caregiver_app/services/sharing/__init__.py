"""Sharing one care record through a folder the family already keeps in step."""
