"""Folk given names with 老 named as a plot's side (issue 16, privfix25d).

Rural homestead and land papers name the neighbour holding each side by the name used in the
village: "南至石老根宅基地", "东至潘老发房屋". ``validators.folk_given`` accepts 老 only before
a birth order (老三, 老幺), since 老 cuts names in running text (老师, 老板, 老宅); but right
after a side's word (东至, 南邻 …) and right before the holder's property (宅基地, 房屋 …), as
``namelines.boundary_neighbours`` reads, the run is the holder: a known surname, 老 and one
given-name character that cuts no name is a folk name there too.

Cost: asked only for a side's run the strict test rejected; three character checks.
"""

from __future__ import annotations

from .validators import GIVEN_CHARS, NAME_STOP, SURNAMES


def folk_side_name(run: str) -> bool:
    """Whether ``run`` (a side's holder, module docstring) is a surname, 老 and a given name."""
    return (
        len(run) == 3
        and run[1] == "老"
        and run[0] in SURNAMES
        and run[2] in GIVEN_CHARS
        and run[2] not in NAME_STOP
    )
