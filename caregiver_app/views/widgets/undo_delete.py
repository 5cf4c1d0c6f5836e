"""One deletion on the window's undo stack: Edit > Undo puts the record back as it was."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from PySide6.QtGui import QUndoStack

from caregiver_app.store.deleted_rows import (
    DeletedRow,
    check_free,
    check_row_ours,
    deleted_row,
    shared_names,
)
from caregiver_app.store.errors import RecordAccessError
from caregiver_app.views.widgets.done_command import DoneCommand

if TYPE_CHECKING:
    from caregiver_app.views.signals import AppSignals

Record = TypeVar("Record")


class RowPlaces:
    """Where deleted rows were, as the store keeps them: read before a deletion
    (``names``, ``mark``), checked before Undo puts the row back (``check``) and before
    Redo deletes it again (``ours``)."""

    names = staticmethod(shared_names)
    mark = staticmethod(deleted_row)
    check = staticmethod(check_free)
    ours = staticmethod(check_row_ours)


class DeleteCommand(DoneCommand, Generic[Record]):
    """A record the user deleted; Undo saves it again (same id), Redo deletes it again.

    Push it after the deletion succeeded (see :class:`DoneCommand`). Between an Undo and
    a Redo the record may be edited (edits are not on the stack): Redo keeps what it
    deletes, so the next Undo brings back the edited record, not the one first deleted.
    Undo puts nothing back where a sync or another program has written since (``row``):
    it says so, and the step goes.
    """

    def __init__(
        self,
        text: str,
        record: Record,
        row: DeletedRow,
        delete: Callable[[int], Record | None],
        restore: Callable[[Record], object],
        changed: Callable[[], None],
        failed: Callable[[str], object],
        places: RowPlaces,
    ) -> None:
        super().__init__(text, self._delete_again, self._put_back, changed, failed)
        self.record = record
        self.row = row
        self._delete = delete
        self._restore = restore
        self._places = places

    def _put_back(self) -> None:
        self._places.check(self.row)
        self._restore(self.record)

    def _delete_again(self) -> None:
        self._places.ours(self.row)  # another computer's later edit is not deleted unseen
        names = self._places.names(self.row.row_id)
        deleted = self._delete(self.row.row_id)
        if deleted is not None:
            self.record = deleted
            self.row = self._places.mark(deleted, names)


class DeletingPage(Protocol):
    """What :class:`UndoableDeletes` uses of the page it deletes from."""

    undo_stack: QUndoStack
    signals: AppSignals


class UndoableDeletes(Generic[Record]):
    """One kind of record deleted from ``page``: ``delete`` removes it (returning it as it
    was), ``restore`` saves it again, and ``changed`` lets the page reload."""

    def __init__(
        self,
        page: DeletingPage,
        delete: Callable[[int], Record | None],
        restore: Callable[[Record], object],
        changed: Callable[[], None],
        places: RowPlaces | None = None,
    ) -> None:
        self.page = page
        self.places = places or RowPlaces()
        self._delete = delete
        self.restore = restore
        self.changed = changed

    def delete(
        self,
        record_id: int,
        undo_text: Callable[[Record], str],
        done: str,
        failed: Callable[[RecordAccessError], object] | None = None,
    ) -> Record | None:
        """Delete the record ``record_id`` and put the deletion on the undo stack.

        Edit > Undo then reads "Undo <undo_text(record)>", and the status line says
        ``done`` (if any). ``failed`` hears why the record could not be deleted (nothing
        was changed); without it, the error goes up. A record already gone (None) is
        left at that.
        """
        try:
            names = self.places.names(record_id)
            deleted = self._delete(record_id)
        except RecordAccessError as error:
            if failed is None:
                raise
            failed(error)
            return None
        if deleted is not None:
            command = DeleteCommand(
                undo_text(deleted),
                deleted,
                self.places.mark(deleted, names),
                self._delete,
                self.restore,
                self.changed,
                self.page.signals.undo_step_failed.emit,
                self.places,
            )
            self.page.undo_stack.push(command)
            self.changed()
            if done:
                self.page.signals.status_reported.emit(done)
        return deleted
