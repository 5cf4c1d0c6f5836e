"""Help > Where is my data?: where the record is, and where else what it holds goes."""

from __future__ import annotations

from caregiver_app.services.sharing.state import FolderState, save_state
from caregiver_app.store.database import database_path
from caregiver_app.store.phones.state import save_phone_settings
from caregiver_app.store.sync.devices import become_device
from caregiver_app.store.transactions import transaction

SERVER = "https://cloud.example.org/remote.php/dav"


def _shown(make_window, qtbot) -> str:
    window = make_window()
    box = window.show_where_is_my_data()
    qtbot.waitExposed(box)
    text = box.text()
    box.close()
    return text


def test_with_nothing_linked_the_record_stays_on_this_computer(store, make_window, qtbot):
    text = _shown(make_window, qtbot)
    assert "Your care record is kept only on this computer" in text
    assert "Nothing is sent over the internet." in text


def test_with_the_phones_linked_it_names_the_server_instead_of_saying_nothing_is_sent(
    store, make_window, data_dir, qtbot
):
    # It said "kept only on this computer" and "Nothing is sent over the internet" while
    # every appointment went to the family's calendar server.
    save_phone_settings({"url": SERVER, "user": "rosa", "calendar": "Care Companion"})
    text = _shown(make_window, qtbot)
    assert str(database_path(data_dir)) in text
    assert "only on this computer" not in text
    assert "Nothing is sent over the internet" not in text
    assert (
        "What you chose to put on the family's phones is sent over the internet to the "
        f"calendar server {SERVER} (File > Phones and calendars...). Nothing else is sent."
    ) in text
    assert "The folder can be read only by your user account on this computer." in text


def test_while_sharing_it_names_the_family_folder(store, make_window, tmp_path, qtbot):
    family = tmp_path / "Dropbox" / "Familia Delgado"
    with transaction():
        become_device("Laura's laptop")  # a record shares as one of the family's computers
        save_state(FolderState(folder=family, key=bytes(32)))
    text = _shown(make_window, qtbot)
    assert "only on this computer" not in text
    assert (
        "Every change is also copied, encrypted with the family passphrase, into the "
        f"family folder {family} (File > Share with family...)."
    ) in text
    assert "Nothing is sent over the internet." in text  # the sync tool moves the files
