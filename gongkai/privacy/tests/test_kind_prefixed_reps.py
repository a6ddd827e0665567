"""A legal representative under a label whose prefix names the legal person (企业法定代表人：X,
用人单位法定代表人：Y; officenames, privfix22d) is public registration data, not marked, even
where names listed in the same records (紧急联系人：A、B) vouch for their neighbours; the
emergency contacts stay names."""

from .spans import found


def _register(label="企业法定代表人"):
    return (
        f"{label}：邵宏伟\n"
        f"{label}：戴树林\n"
        "企业电话：0470-8213077\n"
        f"{label}：钮立军\n"
        "现住址：某市某区胜利街道新华路88号2栋1单元302室\n"
        "紧急联系人：郝美玉、卞成哲（父母）　电话：13634335612\n"
        "聘用企业：某市鑫达出租汽车有限责任公司\n"
        "企业电话：0470-8336512\n"
        "经办人：孟庆华\n"
        "本月小计：首次注册3人，延续注册2人。\n"
        "咨询电话：0470-8219163（区交通运输局客运管理股，某区某路5号政务服务大厅交通窗口）\n"
    )


def test_kind_prefixed_representatives_are_not_names():
    text = _register()
    got = {text[s:e] for _k, s, e in found(text, {"name"})}
    assert not got & {"邵宏伟", "戴树林", "钮立军"}
    assert {"郝美玉", "卞成哲"} <= got


def test_a_persons_prefix_is_no_legal_person():
    text = _register(label="监护人")
    got = {text[s:e] for _k, s, e in found(text, {"name"})}
    assert {"邵宏伟", "戴树林", "钮立军"} <= got
