"""The contact line in an XML export's summary or footer, or among the root's own children
after the records, is the exporting office's (exportfooters, privfix22c); a landline in a
person's record, and one beside a person's data at the root, are kept."""

from .spans import at, found

SUMMARY = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    "<DjExport>\n"
    "  <Record>\n"
    "    <xm>鲍春梅</xm>\n"
    "    <sfzh>340104198611073026</sfzh>\n"
    "    <lxdh>0551-63378215</lxdh>\n"
    "  </Record>\n"
    "  <Summary>\n"
    "    <zs>1</zs>\n"
    "    <tbr>汪立新</tbr>\n"
    "    <lxdh>0551-62651190</lxdh>\n"
    "  </Summary>\n"
    "</DjExport>\n"
)

ATTRIBUTE = (
    "<PcExport>\n"
    "  <record><xm>钟晓丽</xm><sfzh>350128199003152226</sfzh><lxdh>0591-24377105</lxdh></record>\n"
    '  <summary zs="1" tbr="陈永平" lxdh="0591-24322871"/>\n'
    "</PcExport>\n"
)

ROOT = (
    '<hzExport sjly="某县总工会">\n'
    "  <sqList>\n"
    "    <sq><xm>石建军</xm><sfzh>653222197004152716</sfzh><lxdh>0903-6517742</lxdh></sq>\n"
    "  </sqList>\n"
    "  <lxr>杜红梅</lxr>\n"
    "  <lxdh>0903-6522930</lxdh>\n"
    "</hzExport>\n"
)

ONE_PERSON = (
    "<Applicant>\n"
    "  <xm>石建军</xm>\n"
    "  <sfzh>653222197004152716</sfzh>\n"
    "  <lxdh>0903-6517742</lxdh>\n"
    "</Applicant>\n"
)


def test_the_summarys_line_is_the_offices_and_the_records_is_kept():
    got = found(SUMMARY, ["landline"])
    assert at(SUMMARY, "landline", "0551-62651190") not in got
    assert at(SUMMARY, "landline", "0551-63378215") in got


def test_a_summary_elements_attribute():
    got = found(ATTRIBUTE, ["landline"])
    assert at(ATTRIBUTE, "landline", "0591-24322871") not in got
    assert at(ATTRIBUTE, "landline", "0591-24377105") in got


def test_the_roots_own_contact_after_the_list():
    got = found(ROOT, ["landline"])
    assert at(ROOT, "landline", "0903-6522930") not in got
    assert at(ROOT, "landline", "0903-6517742") in got


def test_a_persons_data_as_the_roots_children_keeps_the_line():
    assert at(ONE_PERSON, "landline", "0903-6517742") in found(ONE_PERSON, ["landline"])


STALL = (
    "<Jilu>\n  <BeiJubaoDuixiang>城关镇刘记豆腐摊</BeiJubaoDuixiang>\n"
    "  <DuixiangDianhua>0745-3316208</DuixiangDianhua>\n</Jilu>\n"
)


def test_a_single_records_fields_as_the_roots_children_are_no_footer():
    assert at(STALL, "landline", "0745-3316208") in found(STALL, ["landline"])
