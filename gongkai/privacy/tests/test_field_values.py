"""Records exported one field a line under a declared field list (fieldvalues: addresses
and landlines), and an address after the verb 寄 (patterns.ADDRESS_LEAD)."""

from gongkai.privacy.tests.spans import at, found

RECORDS = (
    "某县临时救助回访（一栏一行）\n"
    "字段：序号 / 救助对象 / 家庭住址 / 联系电话 / 金额 / 回访情况\n"
    "\n"
    "1\n祁某某\n某县城关镇解放路18号\n3312764\n2000\n已回访\n"
    "---\n"
    "2\n邝某某\n某县东塘镇建设街6号3栋201室\n13874512096\n1500\n本人满意\n"
    "---\n"
    "3\n伍某某\n东塘镇政府对面\n83312765\n1000\n"  # one field short: left alone
)


def test_declared_fields_give_each_line_its_type():
    got = found(RECORDS, ["address", "landline", "mobile"])
    assert at(RECORDS, "address", "某县城关镇解放路18号") in got
    assert at(RECORDS, "landline", "3312764") in got
    assert at(RECORDS, "address", "某县东塘镇建设街6号3栋201室") in got
    assert at(RECORDS, "mobile", "13874512096") in got


def test_records_of_another_length_and_amounts_stay_clean():
    got = found(RECORDS, ["address", "landline"])
    assert at(RECORDS, "landline", "83312765") not in got
    assert not [g for g in got if RECORDS[g[1] : g[2]] in ("2000", "1500", "1000")]


def test_a_units_address_field_is_not_read():
    text = (
        "字段：编号｜单位名称｜单位地址｜办公电话\n"
        "A-01\n某县城关镇卫生院\n某县城关镇人民路25号\n3321100\n"
        "—\n"
        "A-02\n某县东塘镇中心学校\n某县东塘镇学府路2号\n3342200\n"
    )
    got = found(text, ["address", "landline"])
    assert at(text, "address", "某县城关镇人民路25号") not in got
    assert at(text, "landline", "3321100") not in got
    assert at(text, "landline", "3342200") not in got


def test_address_after_the_verb_ji():
    text = "送达情况：由其子代收，寄江苏省苏州市姑苏区人民路1088号6幢302室，挂号信单号XA12345678。"
    assert at(text, "address", "江苏省苏州市姑苏区人民路1088号6幢302室") in found(text, ["address"])
