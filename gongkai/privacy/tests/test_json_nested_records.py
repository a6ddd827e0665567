"""A JSON record holding a nested object (its emergency contact) is still a record of its
own fields; the nested contact is another; a mailbox or landline field of a person's
record is the person's even when the record names the office's window."""

from .spans import at, found, rid


def _reply(card: str) -> str:
    return (
        "{\n"
        '  "code": 0,\n'
        '  "unit": "某县公安局出入境管理大队",\n'
        '  "data": [\n'
        "    {\n"
        '      "xm": "蔡俊熙",\n'
        f'      "sfzh": "{card}",\n'
        '      "sjhm": "13923456781",\n'
        '      "lxdz": "某县城关镇解放路12号",\n'
        '      "blck": "县出入境窗口",\n'
        '      "email": "junxi.choi2001@qq.com",\n'
        '      "jjlxr": {\n'
        '        "xm": "蔡永安",\n'
        '        "gx": "父亲",\n'
        '        "dh": "0662-3127788"\n'
        "      }\n"
        "    }\n"
        "  ]\n"
        "}\n"
    )


def test_nested_contact_and_the_outer_record():
    text = _reply(rid("44078119900308001"))
    got = found(text)
    assert at(text, "name", "蔡俊熙") in got
    assert at(text, "name", "蔡永安") in got
    assert at(text, "address", "某县城关镇解放路12号") in got
    assert at(text, "email", "junxi.choi2001@qq.com") in got
    assert at(text, "landline", "0662-3127788") in got


def test_the_files_head_stays_the_units():
    text = (
        '{"unit": "某县侨务办公室", "unitTel": "0662-3120001", "unitMail": "qwb@126.com",\n'
        ' "list": []}\n'
    )
    got = found(text)
    assert [g for g in got if g[0] in ("name", "landline", "email")] == []
