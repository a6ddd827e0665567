"""What of a reply to a representative's suggestion may be published (pure, no database).

A reply is addressed to the representative by name, signed with a contact person and a
phone number and ends with its distribution list (抄送). The published text keeps the
answer and loses all of that: the proposers' names become ×××, their contacts and the
distribution list go, lines naming a contact person, a phone or a distribution go, and
what is left passes the privacy mask (phone numbers, ID numbers, addresses …)."""

from __future__ import annotations

import re

from gongkai.privacy import mask_text

#: lines that only name who receives a copy or whom to call
_CONTACT_LINE = re.compile(
    r"^[ \t\u3000]*(抄[ \t]*送|抄[ \t]*报|分[ \t]*送|联[ \t]*系[ \t]*人|联系电话|联系方式|"
    r"电[ \t]*话|手[ \t]*机|邮[ \t]*箱)[ \t]*[:：][^\n]*$",
    re.MULTILINE,
)
_SEPARATORS = re.compile(r"[\s,，、;；/]+")
NAME_MARK = "×××"


def split_names(text: str) -> list[str]:
    """Proposers as entered ("张三、李四", "王五 等3人") → the names, at least 2 characters."""
    out = []
    for part in _SEPARATORS.split(text or ""):
        part = re.sub(r"(等\d*人|代表|委员|同志)$", "", part.strip())
        if len(part) >= 2:
            out.append(part)
    return out


def split_contacts(text: str) -> list[str]:
    return [c for c in _SEPARATORS.split(text or "") if len(c) >= 3]


def clean_text(text: str, *, proposer: str, contact: str = "", distribution: str = "") -> str:
    """``text`` as it may be published."""
    cleaned = _CONTACT_LINE.sub("", text or "")
    for value in sorted(set(split_contacts(contact)), key=len, reverse=True):
        cleaned = cleaned.replace(value, "")
    if distribution.strip():  # the list as written; its entries alone are often unit names
        cleaned = cleaned.replace(distribution.strip(), "")
    for name in sorted(set(split_names(proposer)), key=len, reverse=True):
        cleaned = cleaned.replace(name, NAME_MARK)
    cleaned = re.sub(r"\n[ \t\u3000]*(?=\n)", "\n", cleaned)
    cleaned = re.sub(r"\n{3,}", "\n\n", cleaned).strip()
    return mask_text(cleaned)
