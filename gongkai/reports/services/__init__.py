"""Every write of the reports app, each with its audit row: annual reports and their
figures (``annual``), assessment (``assessment``)."""

from gongkai.reports.services.annual import (  # noqa: F401
    EDIT_ROLES,
    PUBLISH_ROLES,
    _check_text,
    _parse_value,
    ensure_can_view,
    external_figure_set,
    external_figures_import,
    overview_text,
    parse_figures_file,
    report_publish,
    report_start,
    report_update,
)
from gongkai.reports.services.assessment import (  # noqa: F401
    _auto_scores,
    _participation_timeliness,
    assessment_publish,
    assessment_score,
    assessment_score_by_hand,
    indicator_set_create,
    ranking,
)
