"""The Learn articles and glossary: reading, searching and printing them."""
