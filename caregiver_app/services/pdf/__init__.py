"""What every PDF the app makes shares: fonts, safe text, one palette, styles, page pieces."""
