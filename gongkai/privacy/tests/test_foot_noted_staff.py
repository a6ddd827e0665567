"""The issuer's bracketed contact line at a decision's foot, under a bracketed note of the
officers who handled the case with their badge numbers, and followed by a proof of service
(送达回证): the organ's address and line, not marked (footcontacts, privfix22c). The
addressee's own address in the proof of service, and the party's at the head, are kept."""

from .spans import at, found

PAPER = (
    "锦屏县市场监督管理局\n"
    "行政处罚决定书\n"
    "\n"
    "当事人：杨胜林，男，公民身份号码522628198504122416，住锦屏县三江镇飞山路12号3栋1单元401室。\n"
    "本局依法对当事人作出罚款人民币三千元的行政处罚。\n"
    "\n"
    "                                              锦屏县市场监督管理局\n"
    "                                                  2026年3月9日\n"
    "\n"
    "（案件承办人：龙启明、吴晓丹，执法证号：52262826010、52262826017）\n"
    "（联系地址：锦屏县三江镇清水江大道26号　联系电话：0855-7222316）\n"
    "\n"
    "送达回证\n"
    "受送达人：杨胜林\n"
    "送达地点：锦屏县三江镇飞山路12号3栋1单元401室\n"
    "送达人：龙启明、吴晓丹\n"
)


def test_the_organs_contact_line_under_noted_staff_is_the_organs():
    got = found(PAPER, ["address", "landline"])
    assert at(PAPER, "address", "锦屏县三江镇清水江大道26号") not in got
    assert at(PAPER, "landline", "0855-7222316") not in got


def test_the_partys_home_is_kept():
    got = found(PAPER, ["address"])
    assert at(PAPER, "address", "锦屏县三江镇飞山路12号3栋1单元401室") in got
