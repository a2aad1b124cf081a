"""Screenshots of the Facilities window, its add/edit dialog and the review of places to link, in
English and in Uyghur (right to left), for a person to look at (build/look/ui/)."""
from __future__ import annotations

import pytest

from tests.ui.test_facilities_window import registry  # noqa: F401 - the fixture
from tests.ui.test_screenshots import _keep

pytestmark = pytest.mark.screenshots


@pytest.mark.parametrize("code", ["en", "ug"])
def test_facilities_window_dialog_and_link_review(qtbot, qapp, services, registry, code):  # noqa: F811
    from storage import facilities
    from ui import language
    from ui.facilities_window import FacilitiesWindow
    from ui.facility_dialog import FacilityDialog
    from ui.link_places_dialog import LinkPlacesDialog

    language.install(qapp, code)
    try:
        w = FacilitiesWindow(services)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitUntil(lambda: w.events.rowCount() > 0, timeout=5000)
        _keep(qtbot, w, f"facilities-{code}")
        with registry.read() as s:
            current = facilities.list_facilities(s)[0].facility
        dlg = FacilityDialog(current, w)
        qtbot.addWidget(dlg)
        dlg.show()
        _keep(qtbot, dlg, f"facility-dialog-{code}")
        review = LinkPlacesDialog(services, w)
        qtbot.addWidget(review)
        review.show()
        qtbot.waitUntil(lambda: review.table.rowCount() > 0, timeout=5000)
        _keep(qtbot, review, f"facility-link-places-{code}")
        qtbot.waitUntil(lambda: not services.runner.busy(), timeout=5000)
    finally:
        language.install(qapp, "en")
