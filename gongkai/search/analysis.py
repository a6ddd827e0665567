"""Chinese-aware text analysis, done in Python so that SQLite and PostgreSQL index the
same tokens.

Normalisation (``normalize``) maps one character to one character, so offsets in the
normalised text are offsets in the original text — highlighting relies on it:

- NFKC per character (full-width ``ＡＢＣ１２３`` → ``abc123``; ideographic variants);
- traditional → simplified, character by character, with the table of OpenCC's ``t2s``
  conversion (phrase-level conversions are not needed for matching: documents and
  queries go through the same table);
- lower case.

Tokens of a text (``index_tokens``), in reading order:

- every run of CJK characters gives its overlapping bigrams, then its last character
  (so that a one-character query, a prefix query ``"税"*``, finds a character at the end
  of a run too); a one-character run gives that character;
- runs of Latin letters and digits give one token each;
- document numbers (``泸政办发〔2021〕56号``, ``泸政办发[2021]56号``,
  ``泸政办发2021 56号``, or just ``2021 56号``) turn their ``〔year〕number`` part into one
  canonical token ``2021h56``, so that any bracket style typed by the user finds any
  bracket style in the text;
- in ``both`` mode, jieba's search-mode words of 2+ characters are appended after the
  column's stream (they repeat whole words, which raises the term frequency of a query
  word where the text really uses it as a word, without breaking phrase positions).

A query is a list of terms (split on spaces and punctuation); each term becomes a phrase
of the same tokens, so that a phrase query matches exactly the same character sequence,
whatever the text around it.

Synonyms (``parse_query(..., synonyms=...)``): a term that contains a word of a synonym
group (低保 ↔ 最低生活保障) gets alternatives with that word replaced by each other word
of its group; the term matches when any of them does.
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from dataclasses import dataclass, field

MODES = ("bigram", "jieba", "both")
DEFAULT_MODE = "bigram"

MAX_QUERY_CHARS = 100
MAX_TERMS = 12


# --- normalisation ----------------------------------------------------------------


@functools.cache
def _translation_table() -> dict[int, str]:
    from opencc import OpenCC

    converter = OpenCC("t2s")
    table: dict[int, str] = {}
    # Traditional → simplified, from OpenCC's own character dictionary.
    import opencc

    path = __import__("pathlib").Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    trad = [line.split("\t", 1)[0] for line in path.read_text("utf-8").splitlines() if line]
    trad = [c for c in trad if len(c) == 1]
    simp = converter.convert("\n".join(trad)).split("\n")
    t2s = {t: s for t, s in zip(trad, simp, strict=False) if len(s) == 1 and s != t}
    for cp in range(0x20, 0x30000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        out = unicodedata.normalize("NFKC", ch)
        if len(out) != 1:
            out = ch
        out = t2s.get(out, out)
        low = out.lower()
        if len(low) == 1:
            out = low
        if out != ch:
            table[cp] = out
    return table


@functools.cache
def _mapped_re() -> re.Pattern:
    # Only characters of the Basic Multilingual Plane in the class (re then uses a fast
    # bitmap); any astral character goes to the callback, which looks it up.
    chars = "".join(re.escape(chr(cp)) for cp in sorted(_translation_table()) if cp < 0x10000)
    return re.compile(f"[{chars}]|[\U00010000-\U0010ffff]")


def normalize(text: str) -> str:
    """Full-width → half-width, traditional → simplified, lower case; same length."""
    # Most characters of simplified Chinese text map to themselves: find the few that
    # do not with one C-level scan rather than looking up every character.
    table = _translation_table()
    return _mapped_re().sub(lambda m: table.get(ord(m.group()), m.group()), text)


def to_simplified(text: str) -> str:
    return normalize(text)


# --- tokenising -------------------------------------------------------------------

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_OPEN = r"\[〔（(【〖［｛{<《"
_CLOSE = r"\]〕）)】〗］｝}>》"
# Year in brackets, or year and number separated by a space and followed by 号 (after
# the issuer's characters, or on its own: "2021 56号").
DOCNO_RE = re.compile(
    rf"(?:[{_OPEN}]\s*((?:19|20)\d\d)\s*[{_CLOSE}]\s*第?\s*(\d{{1,6}})(?!\d)"
    rf"|(?:(?<=[{_CJK}])|(?<![^\s]))\s*((?:19|20)\d\d)\s+第?\s*(\d{{1,6}})\s*(?=号))"
)
_PIECE_RE = re.compile(rf"[{_CJK}]+|[a-z0-9]+")
_CJK_RUN_RE = re.compile(rf"^[{_CJK}]+$")


def _docno_token(m: re.Match) -> str:
    year = m.group(1) or m.group(3)
    number = (m.group(2) or m.group(4)).lstrip("0") or "0"
    return f" {year}h{number} "


def _pieces(normalized: str) -> list[str]:
    """CJK runs and alphanumeric words, doc numbers collapsed into one word."""
    return _PIECE_RE.findall(DOCNO_RE.sub(_docno_token, normalized))


def _is_cjk(piece: str) -> bool:
    return bool(_CJK_RUN_RE.match(piece))


def _run_tokens(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    out = list(map(operator.add, run, run[1:]))
    out.append(run[-1])
    return out


@functools.cache
def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()
    return jieba


def jieba_words(normalized: str) -> list[str]:
    jb = _jieba()
    out = []
    for piece in _pieces(normalized):
        if _is_cjk(piece):
            out.extend(w for w in jb.cut_for_search(piece, HMM=False) if len(w) >= 2)
        else:
            out.append(piece)
    return out


def index_tokens(text: str, mode: str = DEFAULT_MODE) -> list[str]:
    """Tokens of one column of a document."""
    normalized = normalize(text)
    if mode == "jieba":
        jb = _jieba()
        out: list[str] = []
        for piece in _pieces(normalized):
            if _is_cjk(piece):
                out.extend(jb.cut_for_search(piece, HMM=False))
            else:
                out.append(piece)
        return out
    out = []
    for piece in _pieces(normalized):
        if _is_cjk(piece):
            out.extend(_run_tokens(piece))
        else:
            out.append(piece)
    if mode == "both":
        out.extend(w for w in jieba_words(normalized) if len(w) >= 3 and _is_cjk(w))
    return out


# --- queries ----------------------------------------------------------------------


@dataclass
class Term:
    """One user term: its tokens as a phrase, and its looser alternative."""

    text: str  # normalised surface, for highlighting
    tokens: list[str]
    prefix: bool = False  # last token is a one-character run: match as prefix
    parts: list[Term] = field(default_factory=list)  # jieba words of a long term
    word: str = ""  # the whole term as one jieba word (mode both)
    alternatives: list[Term] = field(default_factory=list)  # synonym rewrites


@dataclass
class Query:
    raw: str
    terms: list[Term]
    mode: str = DEFAULT_MODE

    @property
    def empty(self) -> bool:
        return not self.terms

    def highlight_strings(self) -> list[str]:
        out = set()
        for t in [*self.terms, *(a for term in self.terms for a in term.alternatives)]:
            for piece in _PIECE_RE.findall(DOCNO_RE.sub(" ", t.text)):
                out.add(piece)
            for m in DOCNO_RE.finditer(t.text):
                out.add(m.group(1) or m.group(3))
                out.add(m.group(2) or m.group(4))
        return sorted(out, key=len, reverse=True)


_SPLIT_RE = re.compile(r"[\s,，;；、|。!！?？:：\"“”'‘’*+\-—()（）&^~]+")


class QueryTooLong(ValueError):
    pass


def _phrase_tokens(pieces: list[str], mode: str) -> tuple[list[str], bool]:
    tokens: list[str] = []
    prefix = False
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1
        if _is_cjk(piece):
            if mode == "jieba":
                tokens.extend(_jieba().lcut(piece, HMM=False))
                continue
            if len(piece) == 1:
                tokens.append(piece)
                prefix = last
            else:
                run = _run_tokens(piece)
                tokens.extend(run[:-1] if last else run)
        else:
            tokens.append(piece)
            prefix = False
    return tokens, prefix


def _merge_single_chars(words: list[str]) -> list[str]:
    """Join one-character words to their neighbour (依/申请/公开 → 依申请/公开): a lone
    character would be a prefix query, slow and nearly meaningless."""
    out: list[str] = []
    carry = ""
    for w in words:
        w = carry + w
        carry = ""
        if len(w) == 1:
            carry = w
            continue
        out.append(w)
    if carry:
        if out:
            out[-1] += carry
        else:
            out.append(carry)
    return out


def _synonym_alternatives(
    pieces: list[str], mode: str, synonyms: dict[str, tuple[str, ...]]
) -> list[Term]:
    """The term rewritten with the longest synonym word it contains replaced by each
    other word of that word's group."""
    surface = "".join(pieces)
    found = [w for w in synonyms if w in surface]
    if not found:
        return []
    word = max(found, key=len)
    out = []
    for other in synonyms[word]:
        text = surface.replace(word, other, 1)
        tokens, prefix = _phrase_tokens(_PIECE_RE.findall(text), mode)
        if tokens:
            shown = re.sub(r"(\d{4})h(\d+)", r"〔\1〕\2", text)
            out.append(Term(text=shown, tokens=tokens, prefix=prefix))
    return out


def parse_query(
    raw: str, mode: str = DEFAULT_MODE, synonyms: dict[str, tuple[str, ...]] | None = None
) -> Query:
    """Turn user text into terms built only from our own tokens; never raises on content.

    ``synonyms`` maps a normalised word to the other words of its group."""
    raw = raw or ""
    if len(raw) > MAX_QUERY_CHARS:
        raise QueryTooLong(raw)
    normalized = normalize(raw)
    # A doc number typed with a space ("泸政办发2021 56号") must stay one term.
    normalized = DOCNO_RE.sub(lambda m: _docno_token(m).strip(), normalized)
    terms: list[Term] = []
    seen = set()
    for chunk in _SPLIT_RE.split(normalized):
        pieces = _PIECE_RE.findall(chunk)
        if not pieces:
            continue
        if len(pieces) >= 2 and pieces[-1] == "号" and re.fullmatch(r"\d{4}h\d+", pieces[-2]):
            pieces = pieces[:-1]  # the canonical doc number token already says "号"
        tokens, prefix = _phrase_tokens(pieces, mode)
        if not tokens:
            continue
        key = (tuple(tokens), prefix)
        if key in seen:
            continue
        seen.add(key)
        surface = re.sub(r"(\d{4})h(\d+)", r"〔\1〕\2", "".join(pieces))
        term = Term(text=surface, tokens=tokens, prefix=prefix)
        if mode != "jieba" and len(pieces) == 1 and _is_cjk(pieces[0]) and len(pieces[0]) >= 3:
            words = _merge_single_chars(_jieba().lcut(pieces[0], HMM=False))
            if len(words) > 1:
                for w in words:
                    sub_tokens, sub_prefix = _phrase_tokens([w], mode)
                    term.parts.append(Term(text=w, tokens=sub_tokens, prefix=sub_prefix))
            if mode == "both" and len(words) == 1:
                term.word = pieces[0]
        if synonyms:
            term.alternatives = _synonym_alternatives(pieces, mode, synonyms)
        terms.append(term)
        if len(terms) >= MAX_TERMS:
            break
    return Query(raw=raw, terms=terms, mode=mode)


# --- building MATCH / tsquery text from our own tokens --------------------------


def _fts_phrase(tokens: list[str], prefix: bool) -> str:
    body = " ".join(t.replace('"', '""') for t in tokens)
    return f'"{body}"' + (" *" if prefix else "")


def fts_term(term: Term, *, loose: bool) -> str:
    if term.alternatives:
        plain = Term(term.text, term.tokens, term.prefix, term.parts, term.word)
        options = [fts_term(plain, loose=loose)]
        options += [fts_term(a, loose=False) for a in term.alternatives]
        return "(" + " OR ".join(options) + ")"
    exact = _fts_phrase(term.tokens, term.prefix)
    if term.word:
        exact = f'({exact} OR "{term.word}")'
    if loose and term.parts:
        return "(" + " AND ".join(fts_term(p, loose=False) for p in term.parts) + ")"
    return exact


def fts_expression(query: Query, *, loose: bool) -> str:
    return " AND ".join(fts_term(t, loose=loose) for t in query.terms)


def _pg_lexeme(token: str, weight: str, prefix: bool) -> str:
    suffix = ":*" if prefix else ""
    if weight or prefix:
        suffix = ":" + ("*" if prefix else "") + weight
    return "'" + token.replace("'", "''").replace("\\", "\\\\") + "'" + suffix


def _pg_phrase(tokens: list[str], prefix: bool, weight: str) -> str:
    parts = [_pg_lexeme(t, weight, prefix and i == len(tokens) - 1) for i, t in enumerate(tokens)]
    return "(" + " <-> ".join(parts) + ")"


def pg_term(term: Term, *, loose: bool, weight: str = "") -> str:
    if term.alternatives:
        plain = Term(term.text, term.tokens, term.prefix, term.parts, term.word)
        options = [pg_term(plain, loose=loose, weight=weight)]
        options += [pg_term(a, loose=False, weight=weight) for a in term.alternatives]
        return "(" + " | ".join(options) + ")"
    exact = _pg_phrase(term.tokens, term.prefix, weight)
    if term.word:
        exact = f"({exact} | {_pg_lexeme(term.word, weight, False)})"
    if loose and term.parts:
        return "(" + " & ".join(pg_term(p, loose=False, weight=weight) for p in term.parts) + ")"
    return exact


class PgAlternatives(str):
    """A tsquery that is the OR of a few simpler ones (``options``): the rewrites of a term
    with synonyms, and the products of several such terms. Usable as the query itself;
    a GIN read can read each option on its own (``backends_pg``), so that the words of a
    long synonym (生活, 保障 of 最低生活保障) do not make every match of the short one
    (低保) a candidate to re-check against its row."""

    options: tuple[str, ...] = ()


MAX_OPTIONS = 4


def pg_tsquery(query: Query, *, loose: bool, title_only: bool = False) -> str:
    weight = "A" if title_only else ""
    text = " & ".join(pg_term(t, loose=loose, weight=weight) for t in query.terms)
    choices = []
    for t in query.terms:
        if t.alternatives:
            plain = Term(t.text, t.tokens, t.prefix, t.parts, t.word)
            choices.append(
                [pg_term(plain, loose=loose, weight=weight)]
                + [pg_term(a, loose=False, weight=weight) for a in t.alternatives]
            )
        else:
            choices.append([pg_term(t, loose=loose, weight=weight)])
    count = 1
    for c in choices:
        count *= len(c)
    if count < 2 or count > MAX_OPTIONS:
        return text
    import itertools

    out = PgAlternatives(text)
    out.options = tuple(" & ".join(combo) for combo in itertools.product(*choices))
    return out


def pg_tsvector(title_tokens: list[str], body_tokens: list[str]) -> str:
    """tsvector text with explicit positions: title weighted A, body D, a gap between."""
    positions: dict[str, list[str]] = {}
    pos = 1
    for tok in title_tokens:
        positions.setdefault(tok, []).append(f"{min(pos, 16383)}A")
        pos += 1
    pos += 10  # no phrase spans title and body
    for tok in body_tokens:
        if pos > 16383:
            break
        positions.setdefault(tok, []).append(str(pos))
        pos += 1
    return " ".join(
        "'" + tok.replace("'", "''").replace("\\", "\\\\") + "':" + ",".join(p[:256])
        for tok, p in positions.items()
    )


def current_mode() -> str:
    """The analyser of this site (``GONGKAI_SEARCH_ANALYZER`` setting, default bigram+jieba)."""
    from gongkai.core import conf

    mode = conf.get("GONGKAI_SEARCH_ANALYZER")
    return mode if mode in MODES else DEFAULT_MODE


# --- highlighting -----------------------------------------------------------------


def highlight(text: str, strings: list[str], *, width: int | None = None) -> str:
    """HTML of ``text`` (escaped) with ``<mark>`` around the query's strings.

    With ``width``, a window of that many characters around the first match."""
    from html import escape

    norm = normalize(text)
    spans: list[tuple[int, int]] = []
    if strings:
        pattern = re.compile("|".join(re.escape(s) for s in strings if s))
        spans = [(m.start(), m.end()) for m in pattern.finditer(norm)]
    start, end = 0, len(text)
    if width is not None:
        first = spans[0][0] if spans else 0
        start = max(0, first - width // 4)
        end = min(len(text), start + width)
    out, pos = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(escape(text[pos:s]))
        out.append("<mark>" + escape(text[s:e]) + "</mark>")
        pos = e
    out.append(escape(text[pos:end]))
    html = "".join(out)
    html = re.sub(r"\s+", " ", html).strip()
    if width is not None:
        html = ("…" if start > 0 else "") + html + ("…" if end < len(text) else "")
    return html
