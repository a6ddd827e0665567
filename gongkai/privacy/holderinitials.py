"""Staff initials that are a private person's alike, and which one a record's key means.

Pinyin initials name a role by the first letters of its syllables, and a few of a
clerk's acting in office are a private party's too: ``jbr`` 经办人 and 举报人, ``tbr``
填表人 (填报人) and 投保人 (投标人). An export's record tells them apart as a reader does:
when such a key is the record's only key of a person's name and the record holds an
identity document under a key of no holder (``zjhm``, ``sfzh``), the document is that
key's person's, for no export gives its clerk's papers — the record is an insured's, a
reporter's, an applicant's (``xmltables._sole_holder``). A clerk's key beside a record
that names its person elsewhere (``xm``, ``hzxm``) stays the clerk's.
"""

from __future__ import annotations

# initials of a role read as a clerk's (keymeaning._STAFF) that are also a private party's
AMBIGUOUS_STAFF = frozenset(("jbr", "tbr"))


def ambiguous_staff(words: list[str]) -> bool:
    """Whether a key's words before its name's word (``["tbr"]`` of ``tbrxm``) are
    initials a clerk and a private party share."""
    return len(words) == 1 and words[0] in AMBIGUOUS_STAFF


def not_subject(key: str, every: list[tuple[str, str, int]]) -> bool:
    """Whether a contact's key (``lxrxm``) names the kin of the record's person: its
    relation's key beside it (``lxrgx``, ``lxr_relation``) holds a kinship word (配偶,
    儿子). A contact so related is someone to call for the record's person, who is
    named by another key; a contact with no relation may be the record's person."""
    from .keymeaning import parts
    from .xmltables import _kin_of

    words = parts(key)[:-1]
    return bool(words) and any(_kin_of(other, value, words) for other, value, _at in every)
