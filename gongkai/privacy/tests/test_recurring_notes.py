"""Staff named down an export's key with a certificate number that differs per record
(X（证号）、Y) recur once the note is read past, an XML tag's values are judged per the
element holding them, and under a group's bare name key (<dlr><xm>) the recurring names go
while one named once stays a person (``recurringkeys``, privfix22a). All texts invented."""

from gongkai.privacy.tests.spans import at, found

# XML: testers with a certificate number per record, a lawyer once among staff agents
XML_NOTED = "".join(
    f"<rec><wtr>{owner}</wtr><zjhm>{idno}</zjhm><lxdh>{phone}</lxdh>"
    f"<jcry>{a}（QX{k}0{k}1）、{b}</jcry>"
    f"<dlr><xm>{agent}</xm></dlr></rec>\n"
    for k, (owner, idno, phone, a, b, agent) in enumerate(
        (
            ("班志远", "522422197702113312", "13885739905", "岑海波", "勾玉洁", "房立新"),
            ("戈丽华", "522422198309224426", "15985730016", "勾玉洁", "岑海波", "房立新"),
            ("索长青", "522422196912035517", "18285731127", "岑海波", "勾玉洁", "沃晓峰"),
            ("晏秋月", "522422197404146628", "13685732238", "勾玉洁", "岑海波", "房立新"),
        ),
        start=1,
    )
)
XML_NOTED = "<export>\n" + XML_NOTED + "</export>\n"


def _texts(text, got):
    return {text[s:e] for _k, s, e in got}


def test_staff_with_a_number_per_record_go_and_a_once_named_agent_stays():
    got = found(XML_NOTED, ["name"])
    for owner in ("班志远", "戈丽华", "索长青", "晏秋月"):
        assert at(XML_NOTED, "name", owner) in got
    assert at(XML_NOTED, "name", "沃晓峰") in got  # named once: a person of their own
    assert not _texts(XML_NOTED, got) & {"岑海波", "勾玉洁", "房立新"}
