"""Landlines an office gives (issue 16, docs28/29 classes): a court's division noted after
the number, a contact line under a sentence that sends objections to an office (with a
sentence between), and a unit the reader is sent to right before "，电话…"; a person's
home or own number near such words stays theirs."""

from .spans import at, found


def _landlines(text):
    return found(text, ["landline"])


def test_court_division_noted_after_the_number():
    one = "如有异议，请致电：0746-8125306（民事审判庭）。\n"
    two = (
        "罪犯王大春，户籍地：青石镇柳树湾村4组15号。\n\n"
        "联系电话：（0746）8125306（刑事审判庭）；通讯地址：澧州市人民路9号。\n"
    )
    assert _landlines(one) == [] and _landlines(two) == []
    home = "申请人：王大春，联系电话：0746-6235518（家庭）。\n"
    assert _landlines(home) == [at(home, "landline", "0746-6235518")]


def test_contact_line_under_a_sentence_sending_objections_to_an_office():
    for text in (
        "公示期间，对拟推荐人选有异议的，可向县民政局社会事务股反映。反映情况须署真实姓名。\n"
        "联系电话：0746-5236300\n",
        "对名单有异议的，请向镇党政办反映，反映问题须提供本人真实姓名和联系方式。\n"
        "联系电话：0746-5236301、0746-5236302\n",
    ):
        assert _landlines(text) == [], text


def test_unit_the_reader_is_sent_to_before_the_phone():
    text = (
        "王大春您好！您本人如需变更，须由您本人出具委托书，连同身份证复印件交"
        "青石镇农业综合服务中心，电话0746-5233106。\n"
    )
    assert _landlines(text) == []


def test_persons_own_numbers_near_units_stay():
    work = "申请人刘桂兰，本人现在县人民医院工作，电话0746-5233108，住青石镇柳树湾村4组15号。\n"
    home = "来信人刘桂兰（本人，家住青石镇柳树湾村4组15号），家庭电话0746-5233109。\n"
    assert _landlines(work) == [at(work, "landline", "0746-5233108")]
    assert _landlines(home) == [at(home, "landline", "0746-5233109")]


def test_address_after_a_number_noted_as_an_office_is_the_offices():
    court = "联系电话：（0746）8125306（审判监督庭）；通讯地址：澧州市人民路199号，邮编415000。\n"
    bureau = "咨询电话：0746-8125307（县民政局社会事务股），地址：青石镇建设路18号。\n"
    assert found(court, ["address"]) == [] and found(bureau, ["address"]) == []
    home = "申请人王大春，电话：0746-6235518（家庭），住址：青石镇柳树湾村4组15号。\n"
    own = "申请人王大春，联系电话0746-6235518，通讯地址：青石镇建设路18号3栋201室。\n"
    assert found(home, ["address"]) == [at(home, "address", "青石镇柳树湾村4组15号")]
    assert found(own, ["address"]) == [at(own, "address", "青石镇建设路18号3栋201室")]
