"""Whose mailbox a record's field is (``fieldmail``): an XML element's path, a key-value
record's mail key. Every fixture is invented for these tests; each asserts the exact
spans found and the near misses left alone.
"""

from .spans import at, found, rid

ID_A = rid("41152119990314271")
ID_B = rid("41152120010907452")
ID_C = rid("41152120000102113")


def _mails(text):
    return found(text, ["email"])


def test_xml_record_person_mail_kept_unit_contact_mail_dropped():
    text = (
        "<?xml version='1.0' encoding='UTF-8'?>\n<members>\n"
        f"  <member no='1'>\n    <name>应子涵</name><idNo>{ID_A}</idNo>\n"
        "    <email>20190417@stu.hnnu.edu.cn</email>\n"
        "    <unitInfo><unitTel>0376-6611203</unitTel><unitMail>qyfwzx@126.com</unitMail>"
        "</unitInfo>\n  </member>\n"
        f"  <member no='2'>\n    <name>荆海燕</name><idNo>{ID_B}</idNo>\n"
        "    <email>8801236547@qq.com</email>\n"
        "    <unitInfo><unitTel>0376-6611207</unitTel><unitMail>qyfwzx@126.com</unitMail>"
        "</unitInfo>\n  </member>\n"
        f"  <member no='3'>\n    <name>滕志刚</name><idNo>{ID_C}</idNo>\n"
        "    <email>tzg_1990@163.com</email>\n"
        "    <unitInfo><unitMail>qyfwzx@126.com</unitMail></unitInfo>\n  </member>\n"
        "</members>\n"
    )
    assert _mails(text) == [
        at(text, "email", "20190417@stu.hnnu.edu.cn"),
        at(text, "email", "8801236547@qq.com"),
        at(text, "email", "tzg_1990@163.com"),
    ]


def test_xml_unit_tag_alone_and_a_unit_group_without_a_person():
    text = (
        "<rows>\n"
        f"<row><xm>窦文博</xm><sfzh>{ID_A}</sfzh><orgEmail>ban@xinyang.org.cn</orgEmail>"
        "<dzyx>dwb_1999@126.com</dzyx></row>\n"
        "<contact><unitName>某县青年志愿者协会</unitName><email>qzx@163.com</email></contact>\n"
        "</rows>\n"
    )
    got = _mails(text)
    assert at(text, "email", "dwb_1999@126.com") in got
    assert at(text, "email", "ban@xinyang.org.cn") not in got
    assert at(text, "email", "qzx@163.com") not in got


def test_key_value_records_mail_key_on_any_domain():
    text = (
        "某县见习人员信息登记表\n\n"
        "【人员1】\n姓名：邝晓雯\n性别：女\n"
        f"身份证号：{ID_A}\n手机：13907761234\n电子邮箱：2021003517@st.gxu.edu.cn\n"
        "见习单位：某县人民医院\n单位邮箱：ryyb@ykh.gov.cn\n\n"
        "【人员2】\n姓名：贲立强\n性别：男\n"
        f"身份证号：{ID_B}\n手机：15877230981\nE-mail：3306124478@qq.com\n"
        "见习单位：某县文化馆\n\n"
        "项目办：某县人社局　电话：0776-2810000　邮箱：xmb@ykh.gov.cn\n"
    )
    got = _mails(text)
    assert at(text, "email", "2021003517@st.gxu.edu.cn") in got
    assert at(text, "email", "3306124478@qq.com") in got
    assert at(text, "email", "ryyb@ykh.gov.cn") not in got
    assert at(text, "email", "xmb@ykh.gov.cn") not in got


def test_office_mail_key_in_a_unit_block_is_no_persons():
    text = (
        "单位名称：某县图书馆\n负责人电话：0776-2833001\n电子邮箱：tsg@ykh.edu.cn\n\n"
        "姓名：费春燕\n电子邮箱：tsg@ykh.edu.cn\n"
    )
    assert at(text, "email", "tsg@ykh.edu.cn") not in _mails(text)
