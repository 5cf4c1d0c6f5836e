"""Everything the user sees: the main window, its tabs and dialogs."""
