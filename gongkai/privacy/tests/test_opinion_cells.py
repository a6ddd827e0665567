"""A cell under an opinion's column (初审意见, 评定小组意见) opening with words a name model may
read as a name (同意推荐, 不同意上报: 同 a surname) is the opinion, in the whole cell and
before its note; a person named later in the cell's prose stays (``attributecells``,
privfix22a). All texts invented."""

from gongkai.privacy.tests.spans import at, found

OPINIONS = (
    "序号,农家乐名称,经营者,联系电话,镇初审意见,县评定意见\n"
    "1,石门农家乐,贺春生,13907431126,同意推荐,拟评为三星\n"
    "2,竹溪山庄,覃丽华,15907432237,同意推荐（夫妻共同经营，登记经营者为覃丽华）,拟评为二星\n"
    "3,桃源人家,符国庆,18174433348,不同意推荐（消防不达标）,不予评定\n"
    "4,清水湾农庄,龙秀英,13574434459,同意推荐,拟评为三星\n"
)


def test_opinion_words_are_no_names_and_the_persons_stay():
    got = found(OPINIONS, ["name"])
    assert not [n for n in got if "推荐" in OPINIONS[n[1] : n[2]]]
    for keeper in ("贺春生", "覃丽华", "符国庆", "龙秀英"):
        assert at(OPINIONS, "name", keeper) in got
    # the keeper named again in the opinion's prose
    assert at(OPINIONS, "name", "覃丽华", OPINIONS.index("登记经营者为")) in got
