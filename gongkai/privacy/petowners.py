"""A pet's keeper named before the animal (issue 16, privfix19h).

A dog register or a hotline's reply names whose dog it is: "经芯片识别为X走失犬只",
"系X饲养的犬只", "为X家的狗". After 为, 是, 系 or 属, a name of given-name characters right
before the keeper's word (走失, 丢失, 饲养, 家 …) and the animal (犬, 狗, 猫, 宠物) is the
keeper, a private person. A unit's animal ("为区收容中心饲养的犬只") has no name's shape.

Speed: nothing is read unless the text holds 犬, 狗 or 猫.
"""

from __future__ import annotations

import re

from .names import best_name

Candidate = tuple[int, int, str, float]

_KEEPER = re.compile(
    r"(?:为|是|系|属)([\u4e00-\u9fff]{2,4}?)(?:的)?"
    r"(?:走失|丢失|遗失|饲养|所养|家|家养|养)的?(?:犬|狗|猫|宠物)"
)


def pet_owners(text: str) -> list[Candidate]:
    """The keepers named before their animals (module docstring)."""
    if "犬" not in text and "狗" not in text and "猫" not in text:
        return []
    out: list[Candidate] = []
    for m in _KEEPER.finditer(text):
        run = m.group(1)
        if best_name(run) == run:
            out.append((m.start(1), m.end(1), "name", 0.7))
    return out
