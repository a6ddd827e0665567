"""Contacts in records headed by a person, mailboxes written to, a unit's letter address
(issue 16): a field block "通讯地址：/电子邮箱：/联系电话：" under a heading line that names
the person (no colon) is the person's, not a notice's own contact lines."""

from .spans import at, found

MAIL = ["email", "landline", "mobile"]


def test_numbered_applicant_heading_makes_the_fields_the_persons():
    text = (
        "现将有关文书公告送达如下：\n\n"
        "一、申请人欧阳青\n"
        "受理号：2024-0117\n"
        "送达地址：清河县城关镇南街12号3单元201室\n"
        "电子邮箱：oyq_home@126.com\n"
        "联系电话：0316-5512348\n\n"
        "2. 当事人 费兰、费松（兄妹）\n"
        "收件日期：2024年5月2日\n"
        "电子信箱：feilan.2024@qq.com\n"
        "固定电话：(0316)6623419\n\n"
        "联系人：孔科员　联系电话：0316-5590001　电子邮箱：xzfy@qinghe.gov.cn\n"
    )
    got = found(text, MAIL)
    for piece, kind in (
        ("oyq_home@126.com", "email"),
        ("0316-5512348", "landline"),
        ("feilan.2024@qq.com", "email"),
        ("(0316)6623419", "landline"),
    ):
        assert at(text, kind, piece) in got
    assert at(text, "landline", "0316-5590001") not in got
    assert at(text, "email", "xzfy@qinghe.gov.cn") not in got


def test_a_unit_heading_or_a_role_without_person_does_not_claim_the_fields():
    text = (
        "（一）承办单位城建档案馆\n"
        "办公地址：滨江路8号\n"
        "联系电话：0523-8812345\n"
        "电子邮箱：cjdag@163.com\n\n"
        "申请人须知\n"
        "咨询电话：0523-8812000\n"
    )
    got = found(text, MAIL)
    assert at(text, "landline", "0523-8812345") not in got
    assert at(text, "email", "cjdag@163.com") not in got
    assert at(text, "landline", "0523-8812000") not in got


def test_bracketed_complainant_fields_one_a_line():
    text = (
        "【工单号】A-778\n"
        "【诉求人】那日苏\n"
        "【联系方式】nrs.2019@outlook.com\n"
        "【承办单位】市场监管局\n"
        "【办理结果】已办结。\n"
    )
    assert at(text, "email", "nrs.2019@outlook.com") in found(text, MAIL)


def test_a_mailbox_the_office_already_wrote_to():
    text = (
        "当事人之子常年在外，本局已于2023年3月2日通过电子邮件（cheng.yu88@gmail.com）"
        "向其送达告知书，未获回复。"
        "如有异议，可通过邮件（zfj_xf@163.com）告知本局。"
    )
    got = found(text, MAIL)
    assert at(text, "email", "cheng.yu88@gmail.com") in got
    assert at(text, "email", "zfj_xf@163.com") not in got


def test_a_units_letter_address_does_not_make_its_mailbox_a_persons():
    text = (
        "联系人：周科长　联系电话：0730-8800123\n\n"
        "来信地址：某市某区某路26号市交通运输局　邮编：414000\n\n"
        "电子邮箱：jtjxf@163.com\n"
    )
    assert at(text, "email", "jtjxf@163.com") not in found(text, MAIL)


def test_a_local_number_in_an_aligned_row_of_a_person_beside_the_employer():
    text = (
        "序号  姓名    公民身份号码          工作单位                  联系电话     备注\n"
        "1     任小川  510722198803152317    某县宏达运输有限公司      6623187      无\n"
        "2     牛红    510722199012014528    某县公交有限责任公司      13990112233  无\n"
        "\n"
        "申请人身份证号已核验，主办单位：某县交通运输局　联系电话：6623000\n"
    )
    got = found(text, ["landline"])
    assert at(text, "landline", "6623187") in got
    assert at(text, "landline", "6623000") not in got


def test_a_contact_named_by_surname_and_title_is_the_offices():
    text = (
        "【诉求人】包桂兰\n【联系方式】13847156620\n"
        "【办理结果】已修复。联系人郑主任，0476-8831552。\n"
        "【备注】承办人：韩工　电话：0476-8831553\n"
        "申请人郑红，0476-8839021。\n"
    )
    got = found(text, ["landline", "mobile"])
    assert at(text, "mobile", "13847156620") in got
    assert at(text, "landline", "0476-8831552") not in got
    assert at(text, "landline", "0476-8831553") not in got
    assert at(text, "landline", "0476-8839021") in got
