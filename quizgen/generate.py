"""Articles -> questions: pick facts from each parsed article, then write cloze, multiple-choice, wh- and
true/false questions.

Two passes, so that distractors can come from every article of the run (and the bank) while only the
small Fact records, never the spaCy Docs, are kept in memory.
"""
from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from . import distractors
from .cities import story_countries
from .difficulty import rate
from .models import Article, Failure, Fact, Kind, Question
from .names import entity_key
from .plausible import maybe_no_person
from .rank import profile
from .select import best_facts
from .traits import article_traits

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_PER_ARTICLE = 10
SAME_FACT = 0.5  # share of content words two sentences with the same answer need to be one fact
BATCH_SIZE = 16  # news articles are long: small batches keep memory flat at no cost in speed


@dataclass(frozen=True)
class Parsed:
    """What generation keeps of one article after spaCy: its best facts and its named entities."""

    article: Article
    facts: tuple[Fact, ...]
    entities: tuple[tuple[str, str], ...]  # (text, label), in order of first mention
    # (text, trait): what the article says an entity is ("sphere:government", "from:north korea") and which
    # names it coordinates with ("peer:china"); see traits.py
    traits: tuple[tuple[str, str], ...] = ()
    countries: tuple[str, ...] = ()  # the keys of the countries the story is set in, most named first


def parse(articles: Iterable[Article], nlp: Language, *, per_article: int = DEFAULT_PER_ARTICLE,
          batch_size: int = BATCH_SIZE, jobs: int = 1) -> Iterator[Parsed | Failure]:
    """Run spaCy over the articles (streamed, in order) and keep each one's best facts and its entities.

    With `jobs` > 1 the work is spread over that many worker processes; the output is the same."""
    if jobs > 1:
        from .workers import parse_parallel

        yield from parse_parallel(articles, nlp, per_article=per_article, batch_size=batch_size, jobs=jobs)
        return
    pairs = ((a.text[: nlp.max_length], a) for a in articles)  # spaCy raises on longer texts; ingest refuses them
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield parsed_from(doc, article, per_article=per_article)


def parsed_from(doc: Doc, article: Article, *, per_article: int) -> Parsed | Failure:
    """One article's Doc boiled down to what generation keeps; the Doc itself is dropped."""
    try:
        prof = profile(doc, article.title)
        facts = best_facts(doc, per_article, prof=prof)
        ents = dict.fromkeys((e.text.strip(), prof.label(e)) for e in doc.ents if "\n" not in e.text)
        described = article_traits(doc, prof.label)
        countries = story_countries(doc.ents, article.title, prof.label)
    except Exception as e:  # noqa: BLE001 - one odd article must not stop a build of hundreds
        return Failure(article.source, f"{article.source}: cannot make questions ({e.__class__.__name__}: {e}); "
                                       "please report this article")
    return Parsed(article, tuple(facts), tuple(ents), described, countries)


def pool_of(parsed: Iterable[Parsed]) -> dict[str, list[str]]:
    """Entities by label across articles: where distractors from other stories come from. Keys "LABEL/trait"
    hold the names an article described so ("PERSON/from:russia")."""
    pool: dict[str, dict[str, None]] = {}
    for p in parsed:
        labels = {}
        for text, label in p.entities:
            pool.setdefault(label, {})[text] = None
            labels[text] = label
        for text, trait in p.traits:  # "PERSON/sphere:sport": the run's names with that trait
            if text in labels and not trait.startswith("peer:"):
                pool.setdefault(f"{labels[text]}/{trait}", {})[text] = None
        # someone of no stated country is taken to be of the country the story names most ("PERSON/story:peru")
        home = p.countries[0] if p.countries else None
        stated = {text for text, trait in p.traits if trait.startswith("from:")}
        if home:
            for text, label in p.entities:
                if label == "PERSON" and text not in stated:
                    pool.setdefault(f"PERSON/story:{home}", {})[text] = None
    return {label: list(names) for label, names in pool.items()}


def questions_for(parsed: Parsed, *, pool: Mapping[str, Sequence[str]], seed: int = 0,
                  kinds: Sequence[Kind] = tuple(Kind)) -> list[Question]:
    """Each fact as a cloze question; as a wh-question when one reads well; and, when three safe wrong
    options exist, as a multiple-choice question and a true/false statement."""
    out: list[Question] = []
    names = [text for text, _label in parsed.entities]
    for rank, fact in enumerate(parsed.facts):
        common = dict(article_id=parsed.article.id, sentence=fact.sentence, answer=fact.answer, prompt=fact.prompt,
                      answer_label=fact.label, score=fact.score, context=fact.context, rank=rank)
        level = dict(prominence=fact.prominence, answer=fact.answer, label=fact.label, article=names)
        if Kind.CLOZE in kinds:
            out.append(Question(kind=Kind.CLOZE, difficulty=rate(kind=Kind.CLOZE, **level), **common))
        wrong: list[str] = []
        if Kind.MCQ in kinds or Kind.TRUEFALSE in kinds:
            probe = Question(kind=Kind.MCQ, **common)
            rng = random.Random(f"{seed}:{probe.fact_id}")
            wrong = distractors.choose(fact, article=parsed.entities, pool=pool, rng=rng, traits=parsed.traits,
                                       countries=parsed.countries, published=parsed.article.published)
            if len(wrong) == 3 and Kind.MCQ in kinds:
                choices = [fact.answer, *wrong]
                rng.shuffle(choices)
                out.append(Question(kind=Kind.MCQ, choices=tuple(choices), **common,
                                    difficulty=rate(kind=Kind.MCQ, choices=choices, **level)))
        if Kind.WH in kinds and fact.wh and not (fact.label == "PERSON" and
                                                 maybe_no_person(fact.answer, parsed.entities, parsed.article.text)):
            out.append(Question(kind=Kind.WH, difficulty=rate(kind=Kind.WH, **level), **{**common, "prompt": fact.wh}))
        if Kind.TRUEFALSE in kinds and len(wrong) == 3:
            statement = true_or_false(fact, wrong, seed=seed, fact_id=probe.fact_id, common=common)
            swapped = [statement.swapped] if statement.swapped else []
            out.append(replace(statement, difficulty=rate(kind=Kind.TRUEFALSE, choices=swapped, **level)))
    return out


def true_or_false(fact: Fact, wrong: Sequence[str], *, seed: int, fact_id: str, common: dict) -> Question:
    """The fact as a statement: the sentence as written, or with one of the wrong options in place of the
    answer. Which, and which option, come from the seed and the fact alone (about half are false)."""
    rng = random.Random(f"{seed}:{fact_id}:truefalse")
    if rng.random() < 0.5:
        return Question(kind=Kind.TRUEFALSE, **{**common, "prompt": fact.stated(fact.answer)})
    option = rng.choice(sorted(wrong))
    return Question(kind=Kind.TRUEFALSE, swapped=option, **{**common, "prompt": fact.stated(option)})


_STOP = frozenset("a an the of in on at to for and or by with from as is was be has have had that which "
                  "said says its his her their it this".split())


def _content(sentence: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", sentence.lower()) if w not in _STOP)


class FactIndex:
    """Facts already asked, by answer: two outlets reporting the same fact must not give two questions."""

    def __init__(self, facts: Iterable[tuple[str, str, str]] = ()) -> None:
        self._by_answer: dict[str, list[tuple[frozenset[str], str]]] = {}
        for article_id, answer, sentence in facts:
            self.add(article_id, answer, sentence)

    def add(self, article_id: str, answer: str, sentence: str) -> None:
        self._by_answer.setdefault(entity_key(answer), []).append((_content(sentence), article_id))

    def seen(self, answer: str, sentence: str, *, ignore: str | None = None) -> bool:
        """Whether another article (not `ignore`, the version being replaced) already has this fact."""
        words = _content(sentence)
        return any(owner != ignore and len(words & other) / max(1, len(words | other)) >= SAME_FACT
                   for other, owner in self._by_answer.get(entity_key(answer), ()))


def drop_repeats(parsed: Parsed, index: FactIndex, *, replaces: str | None = None) -> Parsed:
    """`parsed` without the facts other articles in `index` hold; the facts kept are added to it."""
    kept = []
    for fact in parsed.facts:
        if not index.seen(fact.answer, fact.sentence, ignore=replaces):
            kept.append(fact)
            index.add(parsed.article.id, fact.answer, fact.sentence)
    return replace(parsed, facts=tuple(kept))


def _best_once(parsed: list[Parsed]) -> list[Parsed]:
    """Across articles, each fact once: where two articles carry the same fact, the better-scored one keeps it."""
    index = FactIndex()
    keep: set[tuple[int, int]] = set()
    ranked = sorted(((f.score, i, j) for i, p in enumerate(parsed) for j, f in enumerate(p.facts)),
                    key=lambda t: (-t[0], t[1], t[2]))
    for _score, i, j in ranked:
        fact = parsed[i].facts[j]
        if not index.seen(fact.answer, fact.sentence):
            index.add(parsed[i].article.id, fact.answer, fact.sentence)
            keep.add((i, j))
    return [replace(p, facts=tuple(f for j, f in enumerate(p.facts) if (i, j) in keep)) for i, p in enumerate(parsed)]


def generate(articles: Iterable[Article], nlp: Language, *, per_article: int = DEFAULT_PER_ARTICLE, seed: int = 0,
             kinds: Sequence[Kind] = tuple(Kind), extra_pool: Mapping[str, Sequence[str]] | None = None,
             jobs: int = 1, failures: list[Failure] | None = None) -> list[tuple[Article, list[Question]]]:
    """The public entry point: articles in, questions out, best first within each article.

    Articles that fail are left out and, when `failures` is given, appended to it."""
    parsed: list[Parsed] = []
    for item in parse(articles, nlp, per_article=per_article, jobs=jobs):
        if isinstance(item, Parsed):
            parsed.append(item)
        elif failures is not None:
            failures.append(item)
    pool = pool_of(parsed)
    for label, names in (extra_pool or {}).items():
        pool[label] = list(dict.fromkeys([*pool.get(label, []), *names]))
    return [(p.article, questions_for(p, pool=pool, seed=seed, kinds=kinds)) for p in _best_once(parsed)]
