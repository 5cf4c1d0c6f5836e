"""Two records fed the same changes, in any order and with repeats, end the same."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caregiver_app.store.sync.changes import Change, apply_changes
from caregiver_app.store.sync.clock import make_stamp
from caregiver_app.store.sync.devices import become_device
from tests.store.sync.records import dump, opened

DEVICES = ("a" * 32, "b" * 32, "c" * 32)
WHEN = "2026-03-12 10:00:00"

# Rows of a small record: parents, rows referring to them (some by a reference that may be
# emptied), and rows whose unique key can collide (tracker names, one score per tracker
# and entry).
MEDICINES = ("m0", "m1")
CONTACTS = ("c0", "c1")
ENTRIES = ("e0", "e1")
TRACKERS = ("t0", "t1", "t2")


def _values(table):
    text = st.sampled_from(("", "five mg", "after lunch"))
    score = st.integers(0, 10)
    shapes = {
        "medicine": st.fixed_dictionaries(
            {"name": st.sampled_from(("Morphine", "Oxycodone")), "as_needed": st.booleans(),
             "created_at": st.just(WHEN), "updated_at": st.just(WHEN)}
        ),
        "breakthrough_dose": st.fixed_dictionaries(
            {"medicine_id": st.sampled_from(MEDICINES), "given_at": st.just(WHEN),
             "dose": text, "created_at": st.just(WHEN), "score_before": score | st.none()}
        ),
        "contact": st.fixed_dictionaries(
            {"name": st.sampled_from(("Dr. Okafor", "Hospice")), "created_at": st.just(WHEN),
             "updated_at": st.just(WHEN)}
        ),
        "question": st.fixed_dictionaries(
            {"text": text, "ask_contact_id": st.sampled_from(CONTACTS) | st.none(),
             "created_at": st.just(WHEN)}
        ),
        "diary_entry": st.fixed_dictionaries(
            {"recorded_at": st.just(WHEN), "created_at": st.just(WHEN), "pain": score,
             "note": text}
        ),
        "tracker": st.fixed_dictionaries(
            {"name": st.sampled_from(("Cough", "cough", "Hiccups")), "created_at": st.just(WHEN)}
        ),
        "tracker_score": st.fixed_dictionaries(
            {"entry_id": st.sampled_from(ENTRIES), "tracker_id": st.sampled_from(TRACKERS),
             "score": score}
        ),
    }  # fmt: skip
    return shapes[table]


ROWS = (
    *(("medicine", uuid) for uuid in MEDICINES),
    *(("contact", uuid) for uuid in CONTACTS),
    *(("diary_entry", uuid) for uuid in ENTRIES),
    *(("tracker", uuid) for uuid in TRACKERS),
    ("breakthrough_dose", "d0"),
    ("breakthrough_dose", "d1"),
    ("question", "q0"),
    ("question", "q1"),
    ("tracker_score", "s0"),
    ("tracker_score", "s1"),
)


@st.composite
def _versions(draw, table, uuid):
    times = draw(
        st.lists(
            st.tuples(st.integers(1, 12), st.sampled_from(DEVICES)),
            min_size=0, max_size=3, unique=True,
        )
    )  # fmt: skip
    clocks = sorted(
        make_stamp(1_790_000_000_000 + wall * 1000, 0, device) for wall, device in times
    )
    found = []
    for position, stamp in enumerate(clocks):
        deleted = draw(st.booleans()) if position else draw(st.sampled_from((False, False, True)))
        base = draw(st.sampled_from(("", *clocks[:position])))
        values = {} if deleted else draw(_values(table))
        found.append(Change(table, uuid, stamp, stamp.split("-", 2)[2], deleted, values, base))
    return found


@st.composite
def _histories(draw):
    changes = [change for table, uuid in ROWS for change in draw(_versions(table, uuid))]
    orders = []
    for _ in range(2):
        order = draw(st.permutations(changes))
        repeats = draw(st.lists(st.sampled_from(changes), max_size=6)) if changes else []
        order = [*order, *repeats]
        cut = draw(st.integers(0, len(order)))
        orders.append((order[:cut], order[cut:]))
    return orders


def _record_after(folder: Path, batches) -> dict:
    with opened(folder):
        become_device("Somebody's laptop")
        for batch in batches:
            apply_changes(batch)
        return dump()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(_histories())
def test_any_order_and_any_repeats_give_the_same_record(orders):
    with tempfile.TemporaryDirectory() as folder:
        first = _record_after(Path(folder) / "first", orders[0])
        second = _record_after(Path(folder) / "second", orders[1])
    assert first == second
