"""A phone whose export key names its owner by another key of the same record.

Exports often key a contact by the field it belongs to: ``sfs`` holds "嘉定司法所" and
``sfslxdh`` that office's number; ``ssdw`` a unit and ``ssdwdh`` its line. Whatever the
initials mean, the key is the sibling's key and a phone's ending (dh, lxdh, tel, phone),
and when the sibling's value in the same record is a unit's name, the number is that
unit's — read from the record's structure, not from a list of initials (issue 16).
"""

from __future__ import annotations

import re

from .officenames import unit_shaped

# a phone's ending of a key, longest first (lxdh 联系电话 before dh 电话)
_PHONE_ENDS = ("lxdianhua", "lxdh", "dianhua", "phone", "dh", "tel")
_SEPARATORS = "_-."
_WINDOW = 800  # a record's reach either side of the number


def _sibling_value(text: str, at: int, key: str) -> str | None:
    """The value of ``key`` in the record around ``at``: a JSON pair, an XML element or an
    attribute, nearest the number first."""
    # the sibling's key may name the owner last, after other words ("BeiTousuDuixiang" 被投诉
    # 对象 beside "DuixiangDianhua"; "bts_duixiang" beside "duixiang_dh"): camelCase or a separator
    pre = r"(?:[A-Za-z]*[a-z])?" if key[:1].isupper() else r"(?:[A-Za-z]+[_\-.])?"
    k = pre + re.escape(key)
    pattern = re.compile(
        rf"\"{k}\"[ \t]*:[ \t]*\"([^\"\n]{{2,40}})\"|<({k})>([^<\n]{{2,40}})</\2>|"
        rf"(?<![\w.\-]){k}=\"([^\"\n]{{2,40}})\""
    )
    lo, hi = max(0, at - _WINDOW), min(len(text), at + _WINDOW)
    best: tuple[int, str] | None = None
    for m in pattern.finditer(text, lo, hi):
        value = m.group(1) or m.group(3) or m.group(4)
        distance = abs(m.start() - at)
        if best is None or distance < best[0]:
            best = (distance, value)
    return best[1] if best else None


def sibling_unit_phone(text: str, start: int, key: str) -> bool:
    """Whether the number at ``start``, the value of ``key``, is the line of the unit another
    key of its record names (``sfs`` "嘉定司法所" → ``sfslxdh``)."""
    low = key.lower()
    for end in _PHONE_ENDS:
        if low.endswith(end) and len(low) > len(end) + 1:
            owner = key[: len(key) - len(end)].rstrip(_SEPARATORS)
            break
    else:
        return False
    if len(owner) < 2 or not owner.isalpha():
        return False
    value = _sibling_value(text, start, owner)
    return bool(value) and unit_shaped(value.strip())
