"""Hand-built spaCy Docs for rule tests that need no model: words, sentence start and entities written out."""
from spacy.tokens import Doc


def make(vocab, text: str, ents: list[tuple[str, str]]) -> Doc:
    """A one-sentence Doc whose entities are the given (text, label) pairs, found in order."""
    words = text.replace(",", " ,").replace(".", " .").replace("’s", " ’s").split()
    spaces = [not (i + 1 < len(words) and words[i + 1] in {",", ".", "’s"}) for i in range(len(words))]
    spaces[-1] = False
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=[True] + [False] * (len(words) - 1))
    spans, pos = [], 0
    for ent_text, label in ents:
        n = len(ent_text.split())
        for i in range(pos, len(words)):
            if words[i:i + n] == ent_text.split():
                spans.append(doc.char_span(doc[i].idx, doc[i + n - 1].idx + len(doc[i + n - 1]), label=label))
                pos = i + n
                break
    doc.ents = spans
    return doc
