"""Issue 16 (privfix27d): a disease after its label (诊断病种：宫颈癌（Ⅰ期）) is no name, nor is
any word closing in 癌 or 瘤; a name closing in 炎 outside such a label stays (王炎)."""

from .spans import found, names

_NAMES = ("宫丽娟", "白秀梅", "甘玉洁", "阎春梅", "柏玉兰", "邝丽娟")
_KIN = ("卢国栋", "翟建华", "宁志强", "詹国庆", "莫建军", "韦德明")
_IDS = (
    "430626198501053809",
    "430626197703037741",
    "430626198312060800",
    "430626198805154768",
    "430626198904203588",
    "430626198212094325",
)
_DISEASES = (
    "宫颈癌（Ⅲ期）",
    "乳腺癌（Ⅰ期）",
    "宫颈癌（Ⅰ期）",
    "乳腺癌（Ⅱ期）",
    "宫颈癌（Ⅱ期）",
    "乳腺癌",
)


def _record(n):
    return (
        f"【登记表 第{n + 1}份】\n申请人姓名：{_NAMES[n]}\n公民身份号码：{_IDS[n]}\n"
        f"联系电话：1397261550{n}\n诊断病种：{_DISEASES[n]}\n确诊医院：某州人民医院\n"
        f"主要家庭成员：丈夫 {_KIN[n]}\n乡镇审核意见：同意。审核人：刘晓燕　联系电话：0998-851228{n}\n\n"
    )


def test_diseases_in_records_one_field_a_line():
    text = "".join(_record(n) for n in range(6))
    expected = names(text, *(p for pair in zip(_NAMES, _KIN, strict=True) for p in pair))
    assert found(text, ("name",)) == expected


def test_a_name_closing_like_a_disease_stays():
    text = "申请人：王炎\n身份证号：430626198501053809\n联系人：宫秀英（之母）\n"
    assert found(text, ("name",)) == names(text, "王炎", "宫秀英")
