"""Noun phrases that can be a blank where no named entity carries the fact: "pledged ___ (mutual assistance)".

Found from the dependency parse alone (quizgen runs no tagger, so spaCy's noun_chunks are empty): a
common noun in a core role, with the adjectives and nouns right before it. Determiners and possessives
stay outside the blank, so "the ___" reads the same whatever the answer.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .names import whole_word
from .spans import text_of
from .traits import PERSON_NOUNS, ROLE_ONLY, ROLE_SPHERE

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .rank import Profile

LABEL = "NP"
# Role words that head a stock phrase ("head coach"); not those that are also things ("social justice", "business
# model", "private equity")
ROLE_NOUNS = (frozenset(ROLE_SPHERE) | ROLE_ONLY | PERSON_NOUNS | {"coroner"}) - {
    "justice", "model", "star", "private", "marine", "forward", "keeper", "general", "runner", "driver"}
ROLES = {"dobj", "pobj", "attr", "nsubj", "nsubjpass", "oprd", "appos"}
_MODIFIERS = {"amod", "compound", "nmod"}
MIN_TOKENS, MAX_TOKENS = 2, 6
# Heads too vague to be worth a blank whatever modifies them: "a long ___ (time)" asks about nothing.
GENERIC = frozenset("""
thing things way ways part parts lot lots number numbers time times year years day days week weeks month months
kind sort type place places area areas group groups member members people person persons man men woman women
fact facts case cases issue issues matter matters situation point points side sides end reason reasons
statement statements comment comments report reports source sources story stories news question questions
official officials country countries city cities state states world life lives home family families
percent amount level levels range series set deal something anything everything nothing one ones
nature extent degree aspect aspects manner sense future need needs effort efforts truth
toll conference conferences media
law laws overhaul election elections trip trips visit visits institution institutions address process attention
aftermath meeting meetings talks session sessions decision decisions move moves step steps proposal proposals
""".split())
# Modifiers that are opinion or timing, not content: "a ___ (controversial ruling)" has many right answers.
VAGUE = frozenset("""
new current recent planned controversial possible potential major key big small large huge little good bad
best worst latest further other many several various certain such same similar different former future
important significant serious strong long-term short-term initial final first second third last next
only main real true full whole entire special specific general particular
successful unsuccessful widespread acclaimed staunch growing massive historic inquiring
previous prior earlier ongoing upcoming existing remaining original high low powerful
highest lowest biggest largest smallest greatest earliest strongest oldest youngest longest richest poorest
unprecedented sweeping landmark dramatic rare severe sharp early late scheduled
reported alleged suspected apparent expected estimated
""".split())
# Stock names of offices and institutions: "Nepal's ___ (prime minister)", "the Czech Republic's ___ (central
# bank)" ask what any reader would guess. Phrases headed by a person's role word are left out too ("head coach").
STOCK = frozenset("""
central bank|lower house|upper house|lower chamber|upper chamber|appeals court|high court|supreme court|riot police
|law enforcement|international community|legal team|security forces|armed forces|state media|state television
|ruling party|opposition party|interim government|presidential palace|intensive care|immediate effect|medium term
|long term|short term|wide use|court documents|test results|lab results|election date|trade unions
|police departments|foreign governments|state entities|national team|interest rates|interest rate
|televised address|international attention|national government|federal government|poor performance
""".replace("\n", "").split("|"))


def _head_ok(tok: Token) -> bool:
    return (tok.dep_ in ROLES and tok.is_alpha and tok.is_lower and not tok.is_stop and not tok.ent_type_
            and tok.lower_ not in GENERIC and len(tok) > 2)


def _start(head: Token) -> int:
    """Where the phrase begins: the adjectives and nouns directly before `head`, with what modifies them."""
    start = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ not in _MODIFIERS or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    return start


def noun_phrases(sent: Span) -> Iterator[Span]:
    """The sentence's candidate noun-phrase blanks, each a Span labelled NP, in order."""
    from spacy.tokens import Span  # here, not at import: commands that only read the bank never load spaCy

    doc = sent.doc
    for head in sent:
        if not _head_ok(head):
            continue
        start = _start(head)
        words = doc[start:head.i + 1]
        if not MIN_TOKENS <= len(words) <= MAX_TOKENS or start < sent.start:
            continue
        if any(t.ent_type_ or t.like_num or t.is_stop or t.is_space or not (t.is_alpha or t.text == "-")
               for t in words):
            continue  # named entities and numbers are blanks of their own; stopwords are no fact
        if not words[0].is_alpha or not words[0].is_lower or words[0].lower_ in VAGUE:
            continue
        if any(t.dep_ == "advmod" for t in words) or sum(t.is_alpha for t in words) > 4 or words[1].text == "-" and \
                words[2].lower_.endswith(("ed", "ing", "ought")):
            continue  # "potentially disastrous ___", "record-setting ___", "junta-appointed foreign affairs ministry"
        if head.lower_ in ROLE_NOUNS or words.text.lower() in STOCK:
            continue  # a role or an office any reader would guess
        yield Span(doc, start, head.i + 1, label=LABEL)


def topical(phrase: Span, prof: Profile) -> bool:
    """Whether a noun phrase is one of the story's subjects: the story says it again, or its title holds one of
    its words ("yellow fever", "house arrest"). A phrase said once is mostly the writer's wording ("an intense
    search", "the market drama"), and many phrases fit its blank."""
    if prof.title_terms & {t.lower_ for t in phrase} - GENERIC:
        return True  # not by a vague word: "flood-affected areas" in the title makes no "surrounding areas power"
    said = text_of(phrase.doc[:]).lower()
    first = said.find(phrase.text.lower())
    return first >= 0 and whole_word(phrase.text.lower()).search(said, first + len(phrase.text)) is not None
