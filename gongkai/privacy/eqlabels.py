"""Records written as ``label = value`` (issue 16, twenty-seventh batch).

A system export often writes a record's fields with an equals sign instead of a colon::

    被征收人 = 张三
    代领人手机 = 13800000000
    姓名=李四；联系电话=0745-1234567

``equals_labels`` reads such fields as "label：value": the sign and the blanks around it
become a colon followed by as many blanks, so every offset holds and every rule for
"label：value" fields applies (persons' labels, phones after a phone label, records one
field a line). A label is two to twelve Chinese characters opening its line or standing
after a blank or a separator; the text needs two such fields or more (a record, not a
sum such as "合计 = 1200元" in prose), and a formula's operands are no label (the sign
must follow the label, not a number or a Latin name).
"""

from __future__ import annotations

import re

# the text before a sign: a Chinese label opening its line or after a blank or separator
_BEFORE = re.compile(r"(?:^|[ \t\u3000，,；;|、])[\u4e00-\u9fff（）()]{2,12}([ \t\u3000]*)$", re.M)
_AFTER = re.compile(r"[ \t\u3000]*(?=[^\s=])")


def equals_labels(text: str) -> str:
    """``text`` with its ``label = value`` fields written as "label：value"."""
    hits = []
    k = text.find("=")
    while k >= 0:  # (led by one literal: the signs only, not a scan of every character)
        nl = text.rfind("\n", k - 20 if k > 20 else 0, k)
        lo = nl + 1 if nl >= 0 else (k - 20 if k > 20 else 0)
        m = _BEFORE.search(text, lo, k)
        if m:  # ("^" holds at a line's start, not where a window cut a line)
            a = _AFTER.match(text, k + 1)
            if a:
                hits.append((k - len(m.group(1)), a.end()))
        k = text.find("=", k + 1)
    if len(hits) < 2:
        return text
    parts = []
    pos = 0
    for start, end in hits:
        parts += [text[pos:start], "：", " " * (end - start - 1)]
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
