"""A number of a Taiwan permit's shape right after a person's 证件号码 label, in a text about
Taiwan residents (privfix22d, docs282).

``taiwanpermits`` reads a permit where its document is named before it (证件类型：台胞证,
then 证件号码：…). A form often names the document once, for the applicant, and gives the
next person's (代办人证件号码：…, 监护人证件号码：…) with no type of its own. Among the
identity documents a person shows, only the Taiwan residents' permit (台湾居民来往大陆
通行证) is eight digits and nothing else (an ID has 15 or 18 characters, a passport or a Hong
Kong or Macao permit a letter first, a foreigner's card three letters): in a text that
names Taiwan, eight (or ten) digits alone under a 证件号码 / 证件号 label are that permit.

The label is 证件号码 alone or after a person's role ending in 人 (代办人, 监护人, 申请人).
The text must name Taiwan (台湾, 台胞), and no document type of another kind may stand
within 120 characters of the number (its record's own 证件类型：护照). Not such: a label
naming another certificate (执法证件号: an officer's warrant; 证书编号,
受理编号), a number run on into more digits or letters, a count (…张).
"""

from __future__ import annotations

import re

from .wordfind import has_word

Candidate = tuple[int, int, str, float]

# a person's document label (代办人证件号码：, 监护人证件号：), the value alone to its end
_LABELLED = re.compile(
    r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{0,5}人)?证件号码?[ \u3000]*[：:][ \u3000]*"
    r"(\d{8}(?:\d{2})?)(?![0-9A-Za-z\-]|[ \u3000]?[张本件份次个元号])"
)


def labelled_permits(text: str) -> list[Candidate]:
    """The permits of a Taiwan resident's shape under a bare 证件号码 label (docstring);
    the caller has seen that the text names Taiwan."""
    if "证件号" not in text or (not has_word(text, "台湾") and not has_word(text, "台胞")):
        return []  # (a text naming only Hong Kong's and Macao's permits: not Taiwan's shape)
    out = []
    for m in _LABELLED.finditer(text):
        lo, hi = max(0, m.start() - 120), m.end() + 120
        if any("台" not in t.group(1) for t in _TYPE.finditer(text, lo, hi)):
            continue  # its record names another document (证件类型：港澳居民来往内地通行证)
        out.append((m.start(1), m.end(1), "permit", 0.85))
    return out


# a record's document type and its value ("证件类型：护照", "证件种类=港澳居民来往内地通行证")
_TYPE = re.compile(r"证件(?:类型|种类|名称)[ \u3000]*[：:=][ \u3000]*([^\s，,；;]{2,14})")
