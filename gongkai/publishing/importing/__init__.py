"""Importing documents: saved pages of old government sites and Word drafts.

``parse_page`` reads a page (HTML or text, UTF-8 or GB18030) into an item's fields;
``import_file`` writes it as a published item; ``word.parse_docx`` reads a document in
the official layout (GB/T 9704) for a new draft.
"""

from gongkai.publishing.importing.extract import ParsedPage, parse_page
from gongkai.publishing.importing.textutil import parse_date, read_file
from gongkai.publishing.importing.writer import import_file, unit_for_organ

__all__ = ["ParsedPage", "import_file", "parse_date", "parse_page", "read_file", "unit_for_organ"]
