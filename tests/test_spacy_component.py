"""The extractor as a spaCy component on a blank Vietnamese pipeline, rendered by displaCy."""

from __future__ import annotations

from spacy import displacy

from extract.spacy_component import COMPONENT, blank_vietnamese

TEXT = ("Thực hiện Kế hoạch số 35/KH-UBND ngày 11/4/2023 của Ủy ban nhân dân tỉnh Trà Vinh; "
        "triển khai Luật Tiếp công dân.")


def test_references_are_spans_with_their_resolved_keys() -> None:
    nlp = blank_vietnamese()
    nlp.add_pipe(COMPONENT)
    doc = nlp(TEXT)
    spans = doc.spans["references"]
    assert [s.text for s in spans] == ["Kế hoạch số 35/KH-UBND", "Luật Tiếp công dân"]
    assert [s.label_ for s in spans] == ["resolved", "named"]
    assert spans[0]._.document_key.id == "KH-35-UBND-2023-tra-vinh"
    assert doc._.legalgraph.relations[0].relation.value == "IMPLEMENTS"


def test_works_offline_without_a_word_segmenter() -> None:
    nlp = blank_vietnamese()
    assert nlp.lang == "vi" and nlp.pipe_names == []
    assert [t.text for t in nlp.make_doc("số 25-NQ/TW ngày")] == ["số", "25-NQ/TW", "ngày"]


def test_renders_with_displacy() -> None:
    nlp = blank_vietnamese()
    nlp.add_pipe(COMPONENT)
    html = displacy.render(nlp(TEXT), style="span", options={"spans_key": "references"})
    assert "35/KH-UBND" in html and "resolved" in html


def test_pipe_over_many_texts() -> None:
    nlp = blank_vietnamese()
    nlp.add_pipe(COMPONENT)
    docs = list(nlp.pipe([TEXT, "Chỉ thị số 33/CT-TTg ngày 26/11/2021."]))
    assert [len(d.spans["references"]) for d in docs] == [2, 1]
