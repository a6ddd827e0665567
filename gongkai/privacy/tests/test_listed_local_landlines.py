"""Local landlines (seven or eight digits) with no phone label of their own that a
person's particulars make theirs (``listedlocals``), and units' numbers left alone."""

import pytest

from .spans import at, found


def _landlines(text):
    return found(text, ["landline"])


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # prose: in the bracket of a person's particulars, after the address
        (
            "来信人：秦立新（住安平县城关镇建设路41号，6528130），邻居黎素芬（住建设路43号）。",
            "6528130",
        ),
        ("证人黄德胜（平乐县同安镇大坪村12号，7723019）出庭作证。", "7723019"),
        ("信访人谢春梅（平乐县青龙乡青龙街19号，邮箱 xiecm88@163.com，6651283）反映", "6651283"),
        # listed among mobiles and landlines
        ("各楼长联系电话依次为：13512340987、6643120、15977123460。", "6643120"),
        ("申请人联系方式：手机13877261543；4721906", "4721906"),
        (
            "| 序号 | 姓名 | 联系 |\n|---|---|---|\n| 1 | 邓春花 | 13768201453、6630129 |\n",
            "6630129",
        ),
        # the home's word before the number, or its note after it
        ("监护人：吕桂英（母），电话：13607732215；家中 5813372", "5813372"),
        ("序号,姓名,电话\n1,丁秀兰,家 4718265\n2,庞元,13907730021\n", "4718265"),
        ("回访对象：莫桂芳；联系方式：莫桂芳 15077341208 / 宅 6619320", "6619320"),
        ("  2    石海鹰      平乐县张家镇榕津村4号      家里 6674012", "6674012"),
        ("姓名\t住址\t备注\n覃月娥\t平乐县阳安乡阳安村17号\t4427650（家）\n", "4427650"),
        (
            "<table><tr><td>姓名</td><td>住址</td><td>备注</td></tr><tr><td>蒙秀英</td>"
            "<td>平乐县二塘镇沙江村9号</td><td>家中 6821307</td></tr></table>",
            "6821307",
        ),
        # one cell a line: the number's own line under the person's address
        ("丁秀兰\n450321196803120026\n平乐县同安镇大坪村8号\n6832415\n办理完毕\n", "6832415"),
    ],
)
def test_a_persons_listed_local_number_is_found(text, number):
    assert _landlines(text) == [at(text, "landline", number)]


@pytest.mark.parametrize(
    "text",
    [
        "县民政局（地址：平乐县城关镇府前路2号，6612300）负责受理。",
        "县人民医院（平乐县城关镇解放路6号，6612120）",
        "受理单位：平乐县自然资源局，地址平乐县城关镇大街8号，6612577。",
        "联系单位：平乐县人民医院，6628000；联系人：医务科。",
        "办公室电话：0773-6612345、6612346（传真）。",
        "咨询电话：0773-6612345，6612346。",
        "乡镇办电话：6612301、6612302（值班）",
        # amounts, counts, serials and words that end in 家
        "经费共计 13907731546、1234567 份",
        "国家 2345678 号文件",
        "年度编号\n450321196803120026\n平乐县同安镇大坪村8号\n2026013\n",
        "评审专家 3312456 人次",
    ],
)
def test_a_units_or_no_number_is_left_alone(text):
    assert _landlines(text) == []
