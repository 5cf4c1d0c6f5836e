"""File > Share with family: the dialog, the sync loop, its status line and conflict note."""
