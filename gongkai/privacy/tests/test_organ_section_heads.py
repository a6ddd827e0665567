"""A public body's 负责人 in a directory of offices (issue 16): "负责人：X　服务电话：0xxx-…"
in a section headed by the body ("二、XX县医疗保障局城南服务站", its address line between),
or with the body named before the label on the same line, is the body's head acting in
office; the name is left alone. A 负责人 in a section headed by no public body (a shop)
is still found."""

from .spans import at, found

SECTIONS = (
    "关于公布医保经办服务网点的通知\n\n"
    "    一、临澧县医疗保障局城南服务站\n"
    "    地址：临澧县安福大道18号\n"
    "    负责人：覃正华　　服务电话：0736-5812201　　投诉电话：0736-5812209\n\n"
    "    二、临澧县医疗保险事业管理中心\n"
    "    负责人：宋明远　　咨询电话：（0736）5813300\n"
)

SAME_LINE = (
    "各站联系方式：\n"
    "合口镇农业综合服务站　负责人：易国栋　电话：0736-5871066\n"
    "烽火乡财政所　负责人：龙晓梅　电话：0736-5882130\n"
)

NEAR_MISSES = "临澧县安福镇惠民便利店\n负责人：卓新民　　电话：0736-5806617\n"


def test_public_bodies_heads_in_their_sections_are_left_alone():
    for text, heads in (
        (SECTIONS, ("覃正华", "宋明远")),
        (SAME_LINE, ("易国栋", "龙晓梅")),
    ):
        values = {text[s:e] for _k, s, e in found(text, ["name"])}
        assert not values & set(heads), values


def test_a_shops_head_is_still_found():
    got = found(NEAR_MISSES, ["name"])
    assert at(NEAR_MISSES, "name", "卓新民") in got
