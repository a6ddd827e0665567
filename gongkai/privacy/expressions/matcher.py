"""Finding wording errors (错敏词) in a text, from word lists; pure Python, no Django.

Five kinds of finding, each with the suggested correction in ``Finding.masked`` and
the reason in ``Finding.note``:

- ``leader_title``: a leader's name right after or before a title the leader does not
  hold ("国务院总理习近平", "习近平总理"). Titles that local officials hold as well
  (书记, 主席, 副主席) count only in their national form, so "村党支部书记李强" is left alone.
- ``leader_order``: two or more leaders named in one enumeration ("李强、习近平") out of
  the order of the list; the correction is the same enumeration in order.
- ``formulation``: a fixed formulation with one wrong character ("中国特色社会主意"),
  or a known misspelling of a short one ("两学一作").
- ``outdated``: a formulation or organ name that has been replaced ("国土资源部").
- ``sensitive``: a word on the sensitive list ("台湾总统"), with the word to use.

A formulation of five or more characters is found with one wrong character by its two
halves: a single substitution leaves one half intact, so each half is searched as a
literal and the window around it is compared with the formulation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .. import literals as literal_search
from ..alternation import factor
from ..finding import Finding

KINDS = ("leader", "title", "formulation", "outdated", "sensitive")
FINDING_TYPES = ("leader_title", "leader_order", "formulation", "outdated", "sensitive")
# Titles that local officials hold too: they prove nothing about a national leader.
AMBIGUOUS_TITLES = frozenset({"书记", "主席", "副主席"})
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ENUM_GAP = re.compile(r"[、，,\s和及与同志]{1,4}")
MIN_FUZZY = 5  # shorter formulations are checked only against their listed misspellings
# A different first or last character often makes another correct phrase ("共享发展理念"
# beside 新发展理念); it counts as a misspelling only in formulations this long.
MIN_EDGE = 7


@dataclass(frozen=True)
class Entry:
    kind: str
    term: str
    correction: str = ""
    titles: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()  # known misspellings (formulation)
    allowed: tuple[str, ...] = ()  # one-character variants that are correct words
    note: str = ""
    source: str = ""
    date: str = ""
    rank: int = 0  # order of leaders (1 = first)


@dataclass
class Matcher:
    entries: list[Entry]
    exact: dict[str, Entry] = field(default_factory=dict)
    leaders: dict[str, Entry] = field(default_factory=dict)
    titles: frozenset[str] = frozenset()
    halves: dict[str, list[tuple[Entry, int]]] = field(default_factory=dict)
    words: re.Pattern | None = None
    half_words: re.Pattern | None = None
    common_halves: tuple[str, ...] = ()  # halves found with str.find (literals.split)
    # words and half_words searched in one scan (literals.both), when both are there
    both: tuple[re.Pattern, dict[int, tuple[int, int]]] | None = None
    max_title: int = 0

    @classmethod
    def build(cls, entries: Iterable[Entry]) -> Matcher:
        m = cls(entries=list(entries))
        titles = set()
        for e in m.entries:
            if e.kind == "leader":
                m.leaders[e.term] = e
                titles.update(e.titles)
            elif e.kind == "title":
                titles.add(e.term)
            elif e.kind in ("outdated", "sensitive"):
                m.exact[e.term] = e
            elif e.kind == "formulation":
                for wrong in e.variants:
                    if wrong != e.term:
                        m.exact[wrong] = e
                if len(e.term) >= MIN_FUZZY:
                    cut = len(e.term) // 2
                    m.halves.setdefault(e.term[:cut], []).append((e, 0))
                    m.halves.setdefault(e.term[cut:], []).append((e, cut))
        m.titles = frozenset(t for t in titles if t)
        m.max_title = max((len(t) for t in m.titles), default=0)
        literals = sorted({*m.exact, *m.leaders}, key=len, reverse=True)
        # "|".join(…) of the words, factored so that the engine tries fewer branches
        if literals:
            m.words = re.compile(factor(list(map(re.escape, literals))))
        if m.halves:
            m.half_words, m.common_halves = literal_search.split(m.halves)
        if m.words is not None and m.half_words is not None:
            rare = [re.escape(w) for w in sorted(m.halves, key=len)[::-1]]
            rare = [b for b in rare if b[:1] not in literal_search.COMMON_FIRST]  # as split
            m.both = literal_search.both(list(map(re.escape, literals)), rare)
        return m

    # --- the checks -----------------------------------------------------------------

    def check(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        names: list[tuple[int, int, Entry]] = []
        taken: set[tuple[int, int]] = set()
        halves: list[tuple[int, int]] | None = None
        if self.both is not None:
            spans, halves = literal_search.found(*self.both, text)
            words = literal_search.non_overlapping(spans)
        elif self.words is not None:
            words = [m.span() for m in self.words.finditer(text)]
        else:
            words = []
        if words:
            for start, end in words:
                word = text[start:end]
                leader = self.leaders.get(word)
                if leader is not None:
                    names.append((start, end, leader))
                    got = self._title(text, start, end, leader)
                    if got:
                        out.append(got)
                    continue
                entry = self.exact[word]
                if not _guarded(entry, text, end):
                    out.append(_exact_finding(entry, word, start, end))
                    taken.add((start, end))
        if len(names) > 1:
            out += self._order(text, names)
        if self.half_words is not None or self.common_halves:
            out += self._misspelled(text, taken, halves)
        out.sort(key=lambda f: (f.start, f.end))
        return out

    def _title(self, text: str, start: int, end: int, leader: Entry) -> Finding | None:
        """A title right before or after the name that the leader does not hold."""
        before = text[max(0, start - self.max_title) : start]
        for size in range(len(before), 1, -1):
            title = before[-size:]
            if title in self.titles:
                return self._wrong_title(title, leader, start - size, end, before=True)
        after = text[end : end + self.max_title]
        for size in range(len(after), 1, -1):
            title = after[:size]
            if title in self.titles:
                return self._wrong_title(title, leader, start, end + size, before=False)
        return None

    def _wrong_title(self, title, leader, start, end, *, before) -> Finding | None:
        if title in leader.titles or title in AMBIGUOUS_TITLES:
            return None
        short = next((t for t in leader.titles if len(t) <= 3), leader.titles[0])
        full = leader.correction or (leader.titles[0] + leader.term)
        suggestion = full if before else (leader.term + short)
        return Finding(
            type="leader_title",
            start=start,
            end=end,
            text=(title + leader.term) if before else (leader.term + title),
            masked=suggestion,
            confidence=0.9,
            category="expression",
            note=f"{leader.term}的职务不是“{title}”，规范写法：{full}（{_cite(leader)}）",
        )

    def _order(self, text: str, names: list[tuple[int, int, Entry]]) -> list[Finding]:
        """Leaders listed together must follow the order of the list."""
        out = []
        run = [names[0]]
        for item in [*names[1:], None]:
            if item is not None and _ENUM_GAP.fullmatch(text[run[-1][1] : item[0]]):
                run.append(item)
                continue
            ranks = [e.rank for _s, _e, e in run]
            if len(run) > 1 and ranks != sorted(ranks) and len(set(ranks)) == len(ranks):
                start, end = run[0][0], run[-1][1]
                ordered = sorted(run, key=lambda r: r[2].rank)
                pieces = []
                for k, (_s, e_end, _entry) in enumerate(run):
                    pieces.append(ordered[k][2].term)
                    if k + 1 < len(run):
                        pieces.append(text[e_end : run[k + 1][0]])
                correct = "".join(pieces)
                out.append(
                    Finding(
                        type="leader_order",
                        start=start,
                        end=end,
                        text=text[start:end],
                        masked=correct,
                        confidence=0.85,
                        category="expression",
                        note=f"领导人排序应为：{correct}（{_cite(run[0][2])}）",
                    )
                )
            if item is not None:
                run = [item]
        return out

    def _misspelled(
        self, text: str, taken: set[tuple[int, int]], halves: list[tuple[int, int]] | None
    ) -> list[Finding]:
        out = []
        seen: set[tuple[int, int]] = set()
        if halves is not None:  # found with the words (``both``)
            hits = literal_search.finditer_found(halves, self.common_halves, text)
        else:
            hits = literal_search.finditer(self.half_words, self.common_halves, text)
        for m in hits:
            for entry, offset in self.halves[m.group()]:
                start = m.start() - offset
                end = start + len(entry.term)
                if start < 0 or end > len(text) or (start, end) in seen or (start, end) in taken:
                    continue
                window = text[start:end]
                if window == entry.term or window in entry.allowed:
                    continue
                wrong = [
                    (k, a, b)
                    for k, (a, b) in enumerate(zip(window, entry.term, strict=True))
                    if a != b
                ]
                if len(wrong) != 1 or not _CJK.match(wrong[0][1]):
                    continue
                if wrong[0][0] in (0, len(window) - 1) and len(window) < MIN_EDGE:
                    continue  # "共享发展理念" is not a misspelled 新发展理念
                wrong = [(a, b) for _k, a, b in wrong]
                seen.add((start, end))
                out.append(
                    Finding(
                        type="formulation",
                        start=start,
                        end=end,
                        text=window,
                        masked=entry.term,
                        confidence=0.8,
                        category="expression",
                        note=f"规范表述为“{entry.term}”，“{wrong[0][0]}”应为“{wrong[0][1]}”",
                    )
                )
        return out


def _guarded(entry: Entry, text: str, end: int) -> bool:
    """ "农业部门" is not the former 农业部: an organ name followed by 门 or 分."""
    return entry.term.endswith("部") and text[end : end + 1] in ("门", "分", "署")


def _cite(entry: Entry) -> str:
    if entry.source and entry.date:
        return f"依据：{entry.source}，{entry.date}"
    return f"依据：{entry.source}" if entry.source else "依据：词表"


def _exact_finding(entry: Entry, word: str, start: int, end: int) -> Finding:
    if entry.kind == "formulation":
        note = f"规范表述为“{entry.term}”"
        return Finding("formulation", start, end, word, entry.term, 0.9, "expression", note)
    if entry.kind == "outdated":
        note = f"已不再使用，应为“{entry.correction}”"
    else:
        note = f"不宜使用，应为“{entry.correction}”" if entry.correction else "不宜使用"
    if entry.note:
        note += f"：{entry.note}"
    note += f"（{_cite(entry)}）"
    return Finding(entry.kind, start, end, word, entry.correction, 0.9, "expression", note)
