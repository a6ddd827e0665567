"""A record's channel cell is no office's word (issue 16, privfix20b, after docs264).

A register of reports, complaints or enquiries (an export of a hotline's or a bureau's
system, a tab or comma table) gives each record's channel in a cell of its own: "电话举报",
"来信投诉", "网络举报", "来访咨询". ``context.office_phone`` gives a landline to an office
when an organisation's or a public channel's word (举报, 投诉, 咨询, 监督) stands before it
in its row; in such a cell the word names how the person reported, not a desk, and the
reporter's own landline keyed after it ("jbqd": "电话举报", "jbr": "X", "lxdh": "0913-…")
stays theirs. The same words as a label of the number ("电话举报：0913-…", "举报电话") or in
prose ("接群众电话举报，…") are not such a cell and keep their meaning.

Speed: asked only when the row's first office word is one of the channel's words.
"""

from __future__ import annotations

import re

CHANNEL_WORDS = frozenset(("举报", "投诉", "咨询", "监督", "反映"))
# the whole cell: a way of reaching the office, then the act, between the edges of a cell
# (a tab, a bar, a quote, an XML tag; a comma only in a comma table, after a comma)
_CHANNEL_CELL = re.compile(
    r"(?<=[\t|｜│\">])[ \u3000]*"
    r"(?:电话|来电|来信|信件|网络|网上|微信|短信|邮件|现场|当面|来访|书面|口头|热线)"
    r"(?:举报|投诉|咨询|反映)[ \u3000]*(?=[\t|｜│\"<\n]|$)"
    r"|(?<=,)(?:电话|来电|来信|信件|网络|网上|微信|短信|邮件|现场|当面|来访|书面|口头|热线)"
    r"(?:举报|投诉|咨询|反映)(?=,)"
)


def without_channel_cells(window: str) -> str:
    """``window`` (a row's words) with its channel cells emptied."""
    return _CHANNEL_CELL.sub("", window)
