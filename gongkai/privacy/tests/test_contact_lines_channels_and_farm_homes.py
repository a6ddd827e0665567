"""Issue 16, privfix20b (held-out batch W, docs264–266): numbers, addresses and mailboxes.

- a mobile under its own 手机 label on an office's contact line that opens with the
  office's name, its colon and the contact ("局某股：X，电话…，手机138…") is the contact's own
  (also without the label's colon); a 值班手机 on such a line is the desk's (``unitcolon``);
- a record's channel cell ("电话举报", "来信投诉") is no office's word: the reporter's
  landline keyed after it stays theirs (``channelcells``);
- in a row of two parties, the cells after a body's credit code up to the next party's
  are the body's: its landline is no person's (``codeparties``);
- a mailbox closing a sentence of an office's lines counts a desk's mobile the scanner
  dropped as such a line (``officemails``);
- a neighbour's word before an address (我家隔壁…) is no part of it (``refine``);
- a state farm's company (农场三连) stands for the street before a house number
  (``patterns.STREET_WORD``).
"""

from __future__ import annotations

from .spans import at, found, rid

PHONES = ("mobile", "landline")


def test_a_mobile_after_the_contact_named_by_the_offices_colon_is_the_contacts_own():
    text = (
        "七、联系方式\n"
        "县档案局编研股：韦国强，电话0771-5230418，传真0771-5230419，"
        "电子邮箱daj_byg@126.com，手机13977150218；\n"
        "县档案馆：蒙秀兰，电话0771-5231002转816，值班手机18977150336；\n"
        "县财政局：黄立新（科长），办公电话0771-5236001，手机：15807710425。\n"
    )
    assert found(text, PHONES) == [
        at(text, "mobile", "13977150218"),
        at(text, "mobile", "15807710425"),
    ]  # the offices' landlines and the archive's duty mobile are left


def test_a_duty_mobile_after_the_contact_named_by_the_offices_colon_is_the_desks():
    text = "联系方式如下。\n县档案馆：蒙秀兰，电话0771-5231002转816，值班手机18977150336；\n"
    assert at(text, "mobile", "18977150336") not in found(text, PHONES)

