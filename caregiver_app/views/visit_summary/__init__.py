"""The visit summary dialog: preview, print and save."""
