"""Delimited exports headed by keys, not Chinese labels (a system's CSV: ``xh,xm,sfzh,lxdh,
jtdz,dlr`` or ``seq;name;id_no;agent;station_tel``): the header's cells are read as an
export's keys (``xmltables.field_header``, which asks ``keymeaning`` for keys it does not
list) and each line below as a record of those fields, as a JSON object or an XML element
is (``xmltables._record``). The Chinese header words that open the other tables name no
cell of such a header, so without this reading its columns are only guessed by their
values.

Cost: only the first lines of a text are looked at for a header (an export's header opens
it, after a comment or two), and only an ASCII line with a separator.
"""

from __future__ import annotations

import re

from .keycolumns import key_columns
from .keymeaning import meaning
from .pertext import per_text
from .tables import Candidate
from .xmltables import _record, field_header

_HEAD_LINES = 6  # an export's header: among its first lines
_SEPARATORS = (",", "\t", ";", "|")
_KEY = re.compile(r"[A-Za-z][\w.\-]{0,39}")
# a cell: quoted (doubled quotes inside) or bare, up to the separator
_CELLS = {
    sep: re.compile(rf'[ \t]*(?:"((?:[^"]|"")*)"|([^{re.escape(sep)}"\n]*))') for sep in _SEPARATORS
}


def _cells(line: str, start: int, sep: str) -> list[tuple[str, int]]:
    """(value, offset) of each cell of ``line`` (which starts at ``start``)."""
    out: list[tuple[str, int]] = []
    pattern = _CELLS[sep]
    pos = 0
    while pos <= len(line):
        m = pattern.match(line, pos)
        group = 1 if m.group(1) is not None else 2
        value = m.group(group)
        lead = len(value) - len(value.lstrip(" "))
        out.append((value.strip(" "), start + m.start(group) + lead))
        pos = m.end()
        nxt = line.find(sep, pos)
        if nxt < 0:
            break
        pos = nxt + 1
    return out


@per_text
def _header(text: str) -> tuple[int, list[str], str] | None:
    """(where the rows start, the keys, the separator) of a header of keys among the
    first lines of ``text`` (once a text, ``pertext``: two passes ask it)."""
    found = None
    pos = 0
    for _ in range(_HEAD_LINES):
        end = text.find("\n", pos)
        if end < 0:
            break
        line = text[pos:end].strip("\r")
        if line.isascii() and not line.startswith("#"):
            sep = next((s for s in _SEPARATORS if line.count(s) >= 2), None)
            if sep:
                keys = [c.strip(' "') for c in line.split(sep)]
                if (
                    all(_KEY.fullmatch(k) for k in keys)
                    and sum(1 for k in keys if field_header(k) or meaning(k)[1]) >= 2
                ):
                    found = (end + 1, keys, sep)
                    break
        pos = end + 1
    return found


def keyed_csv(text: str) -> list[Candidate]:
    """Findings in the rows under a header of keys among the first lines of ``text``."""
    head = _header(text)
    return _rows(text, *head) if head else []


def column_key(text: str, start: int) -> str:
    """The key heading the column of the value at ``start`` in such an export, or ""."""
    head = _header(text)
    if head is None or start < head[0]:
        return ""
    _rows_start, keys, sep = head
    line_start = text.rfind("\n", 0, start) + 1
    index = text.count(sep, line_start, start)
    return keys[index] if index < len(keys) else ""


def _rows(text: str, pos: int, keys: list[str], sep: str) -> list[Candidate]:
    out: list[Candidate] = []
    records: list[list[tuple[str, str, int]]] = []
    n = len(text)
    while pos < n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        line = text[pos:end].rstrip("\r")
        if not line.strip() or line.startswith("#"):
            break
        cells = _cells(line, pos, sep)
        every = [(key, value, at) for key, (value, at) in zip(keys, cells, strict=False)]
        fields = [f for f in every if field_header(f[0])]
        if fields:
            _record(fields, out, every)
        records.append(every)
        pos = end + 1
    # columns under keys no table knows: what their values across the rows hold
    return out + key_columns(records, field_header)
