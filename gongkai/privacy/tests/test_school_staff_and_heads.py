"""School staff noted with their post, and a company's head with their own ID (issue 16,
privfix20d):

- a name noted with a post at the school alone ("X（副校长兼食堂管理员）", "Y（园长）") acts for
  the school (``schoolposts``); a contractor's note (食堂承包人) and an honours list's note
  naming the unit ("X（县第一中学校长）") keep their persons;
- under 负责人 beside 负责人身份证号码 the head of a company running a school canteen is a
  private person (no unit prints its head's ID: ``headerroles.own_id_column``), in a
  register mixing companies and shops (``unitagents``) and one mixing companies and
  persons (``subjectcontacts``); a table of companies' heads with no ID column leaves them
  out, as before.
"""

from .spans import found, names

SCHOOLS = (
    "| 序号 | 学校名称 | 经营方式 | 负责人 | 负责人手机 |\n|---|---|---|---|---|\n"
    "| 1 | 某县第三小学 | 自营 | 龚立新（副校长兼食堂管理员） | 13974512368 |\n"
    "| 2 | 某县实验幼儿园 | 自营 | 蒋秀梅（园长） | 15173629841 |\n"
    "| 3 | 某镇中学 | 承包 | 钟志华（食堂承包人） | 13874125963 |\n"
)
HONOURS = "县委决定授予韦德明（县第一中学校长）、龙春兰（城关镇中心小学教师）“优秀教师”称号。\n"
# (valid resident IDs, made up)
HEADS_SHOPS = (
    "| 序号 | 学校名称 | 经营方式 | 受托经营单位 | 负责人 | 负责人身份证号码 | 负责人手机 |\n"
    "|---|---|---|---|---|---|---|\n"
    "| 1 | 某县第一中学 | 委托经营 | 某市味源餐饮管理有限公司 | 龚立新（法定代表人） | "
    "430522197806147333 | 13974512368 |\n"
    "| 2 | 某县第二中学 | 委托经营 | 某县团膳服务有限公司 | 蒋秀梅（法定代表人） | "
    "431226197601113519 | 15173629841 |\n"
    "| 3 | 某镇中学 | 自营 | — | — | — | — |\n"
    "| 4 | 某镇小学 | 承包 | 城关镇志华快餐店 | 钟志华 | 430103198507194029 | 13874125963 |\n"
)
HEADS_PERSONS = (
    "| 序号 | 学校名称 | 经营方式 | 受托经营单位 | 负责人 | 负责人身份证号码 | 负责人手机 |\n"
    "|---|---|---|---|---|---|---|\n"
    "| 1 | 某县第一中学 | 委托经营 | 某市味源餐饮管理有限公司 | 龚立新（法定代表人） | "
    "430522197806147333 | 13974512368 |\n"
    "| 2 | 某县第二中学 | 委托经营 | 某县团膳服务有限公司 | 蒋秀梅（法定代表人） | "
    "431226197601113519 | 15173629841 |\n"
    "| 3 | 某镇中学 | 自营 | — | — | — | — |\n"
    "| 4 | 某镇小学 | 承包 | 钟志华 | 钟志华 | 430103198507194029 | 13874125963 |\n"
)
NO_IDS = (
    "| 序号 | 受托经营单位 | 负责人 | 联系电话 |\n|---|---|---|---|\n"
    "| 1 | 某市味源餐饮管理有限公司 | 龚立新 | 0745-2312345 |\n"
    "| 2 | 某县团膳服务有限公司 | 蒋秀梅 | 0745-2318888 |\n"
    "| 3 | 钟志华 | 钟志华 | 13874125963 |\n"
)


def test_school_posts_act_for_the_school_an_honours_note_stays():
    text = SCHOOLS + HONOURS
    assert found(text, ["name"]) == names(text, "钟志华", "韦德明", "龙春兰")


def test_company_heads_with_their_own_ids_beside_shops():
    assert found(HEADS_SHOPS, ["name"]) == names(HEADS_SHOPS, "龚立新", "蒋秀梅", "钟志华")


def test_company_heads_with_their_own_ids_beside_persons():
    text = HEADS_PERSONS + "\n\n" + NO_IDS
    got = found(text, ["name"])
    tail = len(HEADS_PERSONS) + 2
    assert got == names(text, "龚立新", "蒋秀梅", "钟志华", "钟志华") + [
        ("name", tail + s, tail + e) for _, s, e in names(NO_IDS, "钟志华", "钟志华")
    ]
