"""Pieces every area of the window shares: forms, typed fields, tables, banners, undo, tabs."""
