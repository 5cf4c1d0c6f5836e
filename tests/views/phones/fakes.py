"""A stand-in for the sync's server side: what it reports, how often it ran, from where."""

from __future__ import annotations

import threading
from datetime import datetime

from caregiver_app.services.phones import sync
from caregiver_app.services.phones.errors import PhonesError
from caregiver_app.services.phones.settings import PhonesSettings, save_settings, set_link_state

SETTINGS = PhonesSettings(
    url="https://cloud.example.org/remote.php/dav",
    user="anna",
    calendar="Care Companion",
    address_book="Care Companion",
    send="when-where",
)


def set_up_phones() -> None:
    """Phones set up as File > Phones and calendars... leaves them."""
    save_settings(SETTINGS, "app password")


def status(in_step_as_of=None, waiting=0, problem="", paused=False) -> sync.PhonesStatus:
    """A status as the sync reports it."""
    return sync.PhonesStatus(
        in_step_as_of=in_step_as_of, waiting=waiting, problem=problem, paused=paused
    )


def report(received=0, conflicts=(), deleted=(), the_status=None) -> sync.PhonesReport:
    """A sync's report."""
    the_status = the_status or status(datetime.now())
    return sync.PhonesReport(
        sent=0,
        received=received,
        conflicts=tuple(conflicts),
        deleted_on_phone=tuple(deleted),
        waiting=the_status.waiting,
        status=the_status,
    )


class FakeSync:
    """``sync_phones``: gives ``reports`` in turn (an exception is raised), counts runs,
    the most at once, and the threads they ran in; ``gate`` holds a run until set."""

    def __init__(self, monkeypatch, *reports, after=None) -> None:
        self.reports = list(reports) or [report()]
        self.runs = 0
        self.running = 0
        self.most_at_once = 0
        self.threads: list[threading.Thread] = []
        self.gate = threading.Event()
        self.gate.set()
        self.lock = threading.Lock()
        self.after = after if after is not None else status(datetime.now())
        monkeypatch.setattr(sync, "sync_phones", self)
        monkeypatch.setattr(sync, "phones_status", lambda: self.after)

    def __call__(self) -> sync.PhonesReport:
        with self.lock:
            self.runs += 1
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
            self.threads.append(threading.current_thread())
            answer = self.reports[min(self.runs, len(self.reports)) - 1]
        try:
            self.gate.wait(20)
            from caregiver_app.store.queries import load_profile

            load_profile()  # the record can be read from the worker's own connection
        finally:
            with self.lock:
                self.running -= 1
        if isinstance(answer, PhonesError):  # kept beside the settings, as the sync does
            set_link_state(problem=answer.kind)
        if isinstance(answer, Exception):
            raise answer
        return answer
