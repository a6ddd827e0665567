"""A landline given for an office's sentence or an official is the office's (issue 16).

- a bare label opening a sentence ("。联系电话：…", "。电话…") gives the number of the
  sentence before: an office there ("请…向市委人才办反映。联系电话：…") makes it the
  office's, a person there ("申请人…，住…。联系电话：…") keeps it the person's;
- a judge's phone (执行法官联系电话) and a service window's (…办理窗口，电话…) are the
  court's and the office's.
"""

from .spans import at, found


def landlines(text):
    return found(text, ["landline"])


def test_bare_label_after_an_office_sentence_is_the_offices():
    for text in (
        "公示期间如有异议，请以书面形式向市委人才办反映。联系电话：0512-57301234，地址：某市前进路8号。",
        "对公示结果有异议的，可向县人社局就业股实名反映。电话：0871-6123456。",
        "如有疑问请与镇民政办联系。咨询电话 0734-8123456。",
    ):
        assert landlines(text) == [], text


def test_bare_label_after_a_persons_sentence_stays_the_persons():
    texts = [
        ("申请人王秀兰，女，住城关镇和平村12号。联系电话：0512-57301234。", "0512-57301234"),
        ("来信人李建国，家住县城东街5号。电话：0871-6123456。", "0871-6123456"),
    ]
    for text, phone in texts:
        assert at(text, "landline", phone) in landlines(text), text


def test_judges_and_windows_numbers_are_the_offices():
    for text in (
        "执行法官联系电话：0576-86135021。",
        "承办法官：陈某，联系电话0571-87123456。",
        "如对上述信息有疑问，请联系区妇幼保健院出生医学证明办理窗口，电话0592-6051862。",
        "请到县政务服务大厅不动产登记窗口咨询，电话：0795-7123456。",
    ):
        assert landlines(text) == [], text


def test_persons_home_phone_beside_a_court_stays_the_persons():
    text = "被执行人张德林住宅电话0576-86217045无人接听，本院已向其现住址邮寄送达。"
    assert at(text, "landline", "0576-86217045") in landlines(text)
