"""The one-page "Who to call" sheet: what it lists and how it prints."""
