"""Kept for older imports: the importer now lives in ``gongkai.publishing.importing``."""

from gongkai.publishing.importing import (  # noqa: F401
    ParsedPage,
    import_file,
    parse_date,
    parse_page,
    read_file,
    unit_for_organ,
)
from gongkai.publishing.importing.textutil import DATE_RE, DOC_NUMBER_RE  # noqa: F401
