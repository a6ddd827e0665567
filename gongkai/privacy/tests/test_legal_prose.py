"""A legal person's representative named in prose after 法定代表人 (``legalprose``,
privfix26b; README's eighteenth sitting): not marked, nor their other mentions; an
individual business's keeper and another role keep their names."""

from gongkai.privacy.tests.spans import at, found


def test_award_list_sentences_with_address_after_the_representative():
    text = (
        "现将获得奖补的经营主体公布如下：\n"
        "一、云岭县青禾食品有限公司，统一社会信用代码91532301MA6K8PQ21T，法定代表人雷振华，"
        "住所云岭县工业园区创业路9号，联系电话0878-3316620。\n"
        "二、云岭县丰源种养殖专业合作社，法定代表人：管秋菊，地址云岭县东瓜镇建设路12号。\n"
        "三、云岭县东瓜镇郁文军烧烤店（个体工商户），经营者郁文军，联系电话13988712045。\n"
        "以上主体的负责人雷振华（董事长）已签署承诺书。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "郁文军", text.index("经营者")) in got  # an individual business
    for n in ("雷振华", "管秋菊"):
        assert at(text, "name", n) not in got, n
    assert at(text, "name", "雷振华", text.index("负责人")) not in got  # another mention


def test_a_company_named_after_the_role_is_no_legal_persons_sentence():
    text = (
        "申请人钟雨桐，身份证号码未登记，手机13870125566，系个体户，法定代表人钟雨桐本人。\n"
        "被申请人为某市某区某路某号的小卖部，法定代表人：柯建伟，电话13950021876。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "柯建伟") in got  # no legal person named before the role


def test_the_same_person_in_their_own_right_with_an_id_keeps_the_name():
    own = "130503197211083318"
    text = (
        "| 序号 | 被征收人 | 身份证号 | 房屋坐落 |\n|---|---|---|---|\n"
        "| 1 | 某市宏远建材有限公司（法定代表人：庞树林） | — | 某市某区某路8号 |\n"
        f"| 2 | 庞树林 | {own} | 某市某区某村3排6号 |\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "庞树林") not in got
    assert at(text, "name", "庞树林", text.index("| 2 |")) in got
