"""legalgraph's extractor as a spaCy pipeline component, for users' own pipelines and displaCy.

    nlp = blank_vietnamese()              # spacy.blank("vi") without pyvi: offline, no model
    nlp.add_pipe("legalgraph_references")
    doc = nlp(text)
    doc.spans["references"]               # one Span per reference, label = its status
    span._.document_key                   # the resolved DocumentKey (or None)
    doc._.legalgraph                      # the whole DocumentExtraction (identity, relations)
    displacy.render(doc, style="span", options={"spans_key": "references"})

The component finds references on the document's text with the same pipeline as
`legalgraph extract`; spaCy's tokens only anchor the spans. `extraction_to_doc` builds the Doc
from an extraction already made, so showing a document costs no second extraction.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.models import DocumentExtraction
from extract.pipeline import extract_text
from extract.resolve import CorpusIndex

SPANS_KEY = "references"
COMPONENT = "legalgraph_references"

for _name in ("document_key", "reference"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("legalgraph"):
    Doc.set_extension("legalgraph", default=None)


def blank_vietnamese() -> Language:
    """A blank Vietnamese pipeline with whitespace tokens (no pyvi, no download)."""
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


class ReferenceComponent:
    """Adds every reference of the text to `doc.spans[spans_key]`."""

    def __init__(self, spans_key: str = SPANS_KEY, index: CorpusIndex | None = None) -> None:
        self.spans_key = spans_key
        self.index = index  # what a corpus or store knows, to resolve against it

    def __call__(self, doc: Doc) -> Doc:
        extraction = extract_text(doc.text, index=self.index)
        return annotate(doc, extraction, self.spans_key)


@Language.factory(COMPONENT, default_config={"spans_key": SPANS_KEY})
def make_reference_component(nlp: Language, name: str, spans_key: str) -> ReferenceComponent:
    return ReferenceComponent(spans_key)


def annotate(doc: Doc, extraction: DocumentExtraction, spans_key: str = SPANS_KEY) -> Doc:
    """Put an extraction's references on `doc` as spans (offsets must index doc.text)."""
    _split_tokens_at(doc, {o for r in extraction.references for o in (r.start, r.end)})
    spans = []
    for ref in extraction.references:
        span = doc.char_span(ref.start, ref.end, label=ref.status.value,
                             alignment_mode="expand")
        if span is None:
            continue
        span._.document_key = ref.key
        span._.reference = ref
        spans.append(span)
    doc.spans[spans_key] = spans
    doc._.legalgraph = extraction
    return doc


def _split_tokens_at(doc: Doc, offsets: set[int]) -> None:
    """Split whitespace tokens where a reference starts or ends ("dân." -> "dân", ".")."""
    with doc.retokenize() as retokenizer:
        for token in doc:
            cuts = sorted(o - token.idx for o in offsets if token.idx < o < token.idx + len(token))
            if not cuts:
                continue
            bounds = [0, *cuts, len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
            retokenizer.split(token, orths, heads=[(token, i) for i in range(len(orths))])


def extraction_to_doc(text: str, extraction: DocumentExtraction,
                      nlp: Language | None = None) -> Doc:
    """A Doc of `text` carrying an existing extraction's references, e.g. for displaCy."""
    nlp = nlp or blank_vietnamese()
    return annotate(nlp.make_doc(text), extraction)
