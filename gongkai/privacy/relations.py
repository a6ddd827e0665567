"""Names found by their relation to someone or something, three passes ``scanner`` runs
together (issue 16):

- a relative in prose (``kinprose``): "长子X，24岁", "其配偶X系…";
- a neighbour by compass side (``neighbours``): "相邻权利人：东 张三，南 村道";
- heirs listed by relation (``kinlists``): "法定继承人：配偶X，长子Y，次女Z".
"""

from __future__ import annotations

from .boundsides import bound_sides
from .coowners import co_owners
from .householdnames import household_names
from .kinlists import kin_list_names
from .kinprose import kin_prose
from .neighbours import side_neighbours
from .prose import cue_kin_marks
from .relprose import relation_prose
from .suffixlabels import suffix_labels

Candidate = tuple[int, int, str, float]


def relation_names(text: str) -> list[Candidate]:
    """The candidates of the three passes, in the order the scanner ran them."""
    _cues, marks, found = cue_kin_marks(text)  # kinship words' last characters, one scan (prose)
    return (
        kin_prose(text, marks)
        + side_neighbours(text)
        + kin_list_names(text, marks)
        + co_owners(text)
        + bound_sides(text)
        + relation_prose(text, marks, found)
        + suffix_labels(text)  # 驾驶人：X, 监护人二：Y (a person's label by its ending)
        + household_names(text)  # "据说是许桂兰家", "邹志明家的炭窑" (a household by its head)
    )
