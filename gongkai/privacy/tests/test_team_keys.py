"""An export's team of the office's staff, keyed by the act's initials and 人员 (``fcry`` 复查
人员 beside the doer's ``fcr``: ``xmltables.field_header``) or held in an element of their
own under such a key (<jbry><ry><xm>…</xm><zfzh>…</zfzh></ry></jbry>: ``xmltables``,
``anchoredcells``), acts in office (privfix22a). Near misses: a key of a party's persons
(``lfry`` 来访人员), a group whose person carries an ID of their own, a minor's <xm> beside
the staff's <xm>. All texts invented."""

from gongkai.privacy.tests.spans import at, found

# JSON lines: the staff team under the 人员 form of a staff key, beside each household's
# own fields (home, account)
JSON_TEAM = "".join(
    f'{{"xh": {k}, "hzxm": "{owner}", "sfzh": "{idno}", "lxdh": "{phone}", '
    f'"jtzz": "黔东县坪山镇{village}村{k}组{k}{k}号", "yhkh": "", '
    f'"fcry": "{team}", "fcrq": "2025-08-0{k}", "zt": "已复核"}}\n'
    for k, (owner, idno, phone, village, team) in enumerate(
        (
            ("邝永和", "522422196803121218", "13885731126", "大坝", "谭晓梅、邰敏"),
            ("阮秋菊", "522422197510203321", "15985732237", "大坝", "幸志刚、毋丽"),
            ("蒯德胜", "522422198207154412", "18285733348", "石门", "谭晓梅、毋丽"),
            ("郁翠萍", "522422196605306623", "13685734459", "石门", "幸志刚、邰敏"),
            ("仉富贵", "522422197912117716", "13985735561", "龙井", "谭晓梅、邰敏"),
            ("宦秀珍", "522422198810228827", "15085736672", "龙井", "幸志刚、毋丽"),
        ),
        start=1,
    )
)
# near miss: visitors are a party, no staff (lfr 来访人)
JSON_VISITORS = "".join(
    f'{{"xh": {k}, "lfry": "{who}", "sfzh": "{idno}", "lxdh": "{phone}"}}\n'
    for k, (who, idno, phone) in enumerate(
        (
            ("郜春华", "522422196911083327", "13885734459"),
            ("屠建军", "522422197305124418", "15985735561"),
        ),
        start=1,
    )
)

# XML: each staff member an element of their own under the team's key
XML_TEAM = """<export>
  <record>
    <dsr>鄂明辉</dsr>
    <sfzh>522422197109213317</sfzh>
    <lxdh>13885736672</lxdh>
    <jbry><ry><xm>闫丽萍</xm><zfzh>52062111003</zfzh></ry><ry><xm>詹国庆</xm><zfzh>52062111008</zfzh></ry></jbry>
    <child><xm>鄂子轩</xm><sfzh>522422201104150034</sfzh></child>
  </record>
  <record>
    <dsr>栾桂英</dsr>
    <sfzh>522422198012053328</sfzh>
    <lxdh>15985737783</lxdh>
    <jbry><ry><xm>乔振华</xm><zfzh>52062111012</zfzh></ry><ry><xm>殷美玲</xm><zfzh>52062111015</zfzh></ry></jbry>
    <child><xm>栾雨桐</xm><sfzh>522422201209260048</sfzh></child>
  </record>
</export>
"""
# near miss: a handler's group holding the handler's own ID is a private agent's
XML_AGENT = """<export>
  <record><dsr>宓春生</dsr><lxdh>13885738894</lxdh>
    <jbr><xm>隗秀兰</xm><sfzh>522422196607184425</sfzh></jbr></record>
</export>
"""


def _texts(text, got):
    return {text[s:e] for _k, s, e in got}


def test_a_staff_team_under_a_keys_people_form_acts_in_office():
    got = found(JSON_TEAM, ["name"])
    for owner in ("邝永和", "阮秋菊", "蒯德胜", "郁翠萍", "仉富贵", "宦秀珍"):
        assert at(JSON_TEAM, "name", owner) in got
    assert not _texts(JSON_TEAM, got) & {"谭晓梅", "幸志刚", "邰敏", "毋丽"}


def test_a_partys_people_key_keeps_its_persons():
    got = found(JSON_VISITORS, ["name"])
    assert at(JSON_VISITORS, "name", "郜春华") in got
    assert at(JSON_VISITORS, "name", "屠建军") in got


def test_staff_in_elements_of_their_own_act_in_office_and_the_minors_stay():
    got = found(XML_TEAM, ["name"])
    for person in ("鄂明辉", "鄂子轩", "栾桂英", "栾雨桐"):
        assert at(XML_TEAM, "name", person) in got
    assert not _texts(XML_TEAM, got) & {"闫丽萍", "詹国庆", "乔振华", "殷美玲"}


def test_a_handler_with_an_id_of_their_own_is_a_person():
    got = found(XML_AGENT, ["name"])
    assert at(XML_AGENT, "name", "隗秀兰") in got
