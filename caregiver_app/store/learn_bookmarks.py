"""Bookmarked Learn articles, by article id (the file name without .md)."""

from __future__ import annotations

from caregiver_app.store.home_clock import home_now
from caregiver_app.store.models import Bookmark
from caregiver_app.store.transactions import transaction


def bookmarked_articles() -> list[str]:
    """The ids of bookmarked articles, oldest bookmark first."""
    query = Bookmark.select(Bookmark.article).order_by(Bookmark.created_at, Bookmark.article)
    return [row.article for row in query]


def set_bookmark(article: str, bookmarked: bool) -> None:
    """Bookmark ``article``, or remove its bookmark (either is safe to repeat)."""
    with transaction():
        if bookmarked:
            Bookmark.insert(article=article, created_at=home_now()).on_conflict_ignore().execute()
        else:
            Bookmark.delete().where(Bookmark.article == article).execute()
