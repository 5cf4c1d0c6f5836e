"""How the window looks and reads: language, fonts, theme, text size, number formats."""
