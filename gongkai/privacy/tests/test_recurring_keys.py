"""An export's key whose values recur over records of different persons names staff or a
kind, not the record's private person (``recurringkeys``, issue 16, privfix16ha). Near
misses: a payment list naming one person a month (their ID recurs with them), a household
register's householder in a run of the members' rows. All texts invented."""

from gongkai.privacy.tests.spans import at, found

# the same two servers in every record of different persons (English keys)
SERVED = """<notices>
  <notice><owner>桑立群</owner><idNo>430124198203154417</idNo><mobile>13974120581</mobile><servedBy>鲁国庆、项丽萍</servedBy></notice>
  <notice><owner>祁冬梅</owner><idNo>430124197611083226</idNo><mobile>13874125519</mobile><servedBy>鲁国庆、项丽萍</servedBy></notice>
  <notice><owner>卞海涛</owner><idNo>430124199004217713</idNo><mobile>15173126604</mobile><servedBy>鲁国庆、项丽萍</servedBy></notice>
</notices>
"""

# a few kinds interleaved over the records under a key ending in xm (项目 as well as 姓名)
ITEMS = "".join(
    f'{{"lrxm": "{person}", "sfzh": "{idno}", "fwxm": "{item}"}}\n'
    for person, idno, item in (
        ("甘秀英", "430724194203150026", "康复理疗"),
        ("符德明", "430724193807121513", "助医"),
        ("欧桂兰", "430724194511020048", "康复理疗"),
        ("祝有才", "430724194009183319", "助医"),
        ("简玉珍", "430724194706250025", "康复理疗"),
    )
)

# near misses: one person a month in a payment list; householders in runs of members' rows
PAYMENTS = "".join(
    f'{{"yf": "2025-{m:02d}", "xm": "{p}", "sfzh": "{i}", "je": "320.00"}}\n'
    for m, p, i in (
        (1, "毛春生", "430521196807113818"),
        (2, "毛春生", "430521196807113818"),
        (3, "毛春生", "430521196807113818"),
        (4, "毛春生", "430521196807113818"),
    )
)
HOUSEHOLDS = "".join(
    f'{{"hzxm": "{h}", "cyxm": "{c}", "sfzh": "{i}"}}\n'
    for h, c, i in (
        ("汤建国", "汤小雨", "430521201003150024"),
        ("汤建国", "汤小龙", "430521201206180037"),
        ("汤建国", "汤小凤", "430521201409220046"),
        ("雷春华", "雷子昂", "430521200911050013"),
        ("雷春华", "雷子涵", "430521201301160025"),
        ("雷春华", "雷子墨", "430521201502280011"),
    )
)


def _names(text):
    return found(text, ["name"])


def test_servers_recurring_over_different_persons_are_no_private_persons():
    got = _names(SERVED)
    for person in ("桑立群", "祁冬梅", "卞海涛"):
        assert at(SERVED, "name", person) in got
    assert not [
        n for n in got if SERVED[n[1] : n[2]] in ("鲁国庆", "项丽萍")
    ]  # the office's servers, in every record


def test_kinds_recurring_under_an_xm_key_are_no_names():
    got = _names(ITEMS)
    for person in ("甘秀英", "符德明", "欧桂兰", "祝有才", "简玉珍"):
        assert at(ITEMS, "name", person) in got
    assert not [n for n in got if ITEMS[n[1] : n[2]] in ("康复理疗", "助医")]


def test_one_person_a_month_keeps_their_name():
    got = _names(PAYMENTS)
    assert len([n for n in got if PAYMENTS[n[1] : n[2]] == "毛春生"]) == 4


def test_householders_in_runs_of_members_rows_keep_their_names():
    got = _names(HOUSEHOLDS)
    for h in ("汤建国", "雷春华"):
        assert len([n for n in got if HOUSEHOLDS[n[1] : n[2]] == h]) == 3
