"""``jbr`` read as 举报人 by its sibling keys (issue 16, docs264, privfix20a).

``jbr`` is a 经办人's initials and a 举报人's alike (``xmltables._held_ids``). An export of
reports names its fields by the same initials: 举报内容 ``jbnr``, 举报渠道 ``jbqd``, 举报方式
``jbfs``, 举报对象 ``jbdx``, 举报事项 ``jbsx``, 举报线索 ``jbxs``,
举报奖励 ``jbjl``. A record holding one of them
beside ``jbr`` is a report's, and ``jbr`` its reporter, a private person: the clerk of such
a record stands under a key of its own (承办人 ``cbr``, 处理人 ``clr``). ``jbsj`` and ``jbrq``
(经办时间 as well as 举报时间) say nothing, nor do keys that open with jb and run on
(``jbdw`` 经办单位).
"""

from __future__ import annotations

# what a report has and a clerk's handling does not: 内容, 渠道, 方式, 对象, 事项, 线索
# and a reporter's reward (举报奖励 ``jbjl``, 举报奖金 ``jbjj``: privfix25b, docs299)
_REPORT_KEYS = frozenset(("jbnr", "jbqd", "jbfs", "jbdx", "jbsx", "jbxs", "jbjl", "jbjj"))


def reported(keys) -> bool:
    """Whether the record's ``keys`` (strings) hold one of a report's own (above)."""
    for key in keys:
        if len(key) <= 6 and key.replace("_", "").replace("-", "").lower() in _REPORT_KEYS:
            return True
    return False
