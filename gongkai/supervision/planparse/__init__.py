"""Plan import: read a work plan (HTML, text, DOCX, XLSX) into a ParsedPlan."""
