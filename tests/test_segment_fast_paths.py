"""Segmentation's quick paths (lines split by str methods, sentence ends tried at the stops only)
find what scanning the text with the patterns finds."""
from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from rasd.text.segment import _SENT_END, _STOP, _STOP_CHARACTERS, _paragraphs, _trim, positions, sentences

_SPECIALS = " \n\t\u00a0.!?؟;؛…\"'“”»)]ـ1 25وقال في حلب.وقال غربي العراق .وأفاد د.محمد S.N.N 3.5 ٌّ"
texts = st.text(alphabet=st.one_of(st.sampled_from(_SPECIALS), st.characters()), max_size=200)


def _scanned_paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in regex.finditer(r"[^\n]+", text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _scanned_sentences(text: str) -> list:
    out = []
    for pi, p in enumerate(_paragraphs(text)):
        s = p.start
        first = _STOP.search(text, p.start, p.end)
        if first is not None:
            for m in _SENT_END.finditer(text, first.start(), p.end):
                e = m.end()
                if text[s:e].strip():
                    out.append(_trim(text, s, e, pi))
                s = e
        if text[s:p.end].strip():
            out.append(_trim(text, s, p.end, pi))
    return out


@given(texts)
def test_lines_split_and_trimmed_as_scanned(text: str) -> None:
    assert [(p.start, p.end) for p in _paragraphs(text)] == _scanned_paragraphs(text)


@given(texts)
def test_sentence_ends_tried_at_the_stops_as_scanned(text: str) -> None:
    assert sentences(text) == _scanned_sentences(text)
    assert positions(text, _STOP_CHARACTERS) == [m.start() for m in _STOP.finditer(text)]


def test_sentences_of_a_report() -> None:
    report = "  قتل مدني في غارة على إدلب... وأصيب آخرون!\n\nوقال المرصد: «قصفت الطائرات البلدة».  وفي عام 2017. وقال\n1. المنطقة"
    assert sentences(report) == _scanned_sentences(report)
    assert [report[s.start:s.end] for s in sentences(report)][:2] == ["قتل مدني في غارة على إدلب...", "وأصيب آخرون!"]


@given(st.text(alphabet=st.one_of(st.sampled_from(_SPECIALS + "SyriaÀˀ\u02ff\u0300"), st.characters()), max_size=80))
def test_runs_tell_unlike_and_cased_characters_as_the_scans_do(text: str) -> None:
    from rasd.recognize.actors import _CASED, _plain
    from rasd.text.segment import UNLIKE, has_unlike

    assert has_unlike.__wrapped__(text) == (UNLIKE.search(text) is not None)
    assert _plain.__wrapped__(text) == (UNLIKE.search(text) is None and _CASED.search(text) is None)
