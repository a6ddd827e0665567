"""privfix23a: a landline given right after a person noted by the office or firm they act
for is the unit's (``notedstaff``); a person's own note (kinship, a retired cadre) or a
mobile there stays a finding."""

from __future__ import annotations

from .spans import at, found


def _landlines(text):
    return [text[s:e] for k, s, e in found(text, ["landline"])]


def test_a_committee_chairs_line_after_the_committee_applies():
    text = (
        "【登记2】\n申请人：梅川县横车镇桥头村民委员会\n负责人：柯文斌（村委会主任）\n"
        "联系电话：0713-6231457\n项目名称：桥头村灌溉渠修复\n"
    )
    assert _landlines(text) == []


def test_a_firms_reporter_in_a_row():
    text = "报送人：\t周玉芬（顺达物业）\t联系电话：\t0713-6231458\t审核人：\t汪海涛（县住建局）\n"
    assert _landlines(text) == []


def test_the_reader_sent_to_an_offices_person():
    text = "如有疑问，请联系县民政局石德胜，电话：0713-6231459，办公地址：梅川县行政中心3楼。\n"
    assert _landlines(text) == []


def test_a_private_persons_own_note_keeps_the_line():
    text = "申请人：柯文斌（退休职工）\n住址：梅川县城关镇东门街12号\n联系电话：0713-6231460\n"
    assert at(text, "landline", "0713-6231460") in found(text, ["landline"])


def test_a_noted_contacts_mobile_stays_a_finding():
    text = "负责人：柯文斌（村委会主任）\n联系电话：13872046615\n"
    assert at(text, "mobile", "13872046615") in found(text, ["mobile"])
