"""Wh-questions: the fact's sentence asked as "Who ...?", "How many ...?", "When ...?" or "Where ...?".

Pure functions over the parsed sentence. The pipeline has a parser and NER but no tagger or lemmatizer,
so a question is written only when the parse alone makes it certain to read well: the answer is the whole
subject of the main clause, the number of its subject, or a plain time or place adjunct of the main verb
that inverts around an auxiliary (or, for a past verb quizgen knows, takes "did"). Anything else gives
None: a missing wh-question costs nothing, an ungrammatical one costs the learner's trust.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import kind_of
from .numbers import MONTHS, WEEKDAYS
from .orgs import org_type

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# A full stop inside the question, not after a title ("Mr. Smith", "Gov. Newsom"): two sentences run together
_TWO_SENTENCES = re.compile(r"(?<![\w.])(?!(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|Gov|Gen|Sen|Rep|Lt|Col|Capt|Sgt|Prof|Rev|Atty|"
                            r"No|vs|Inc|Corp|Co|Ltd|Mt|Ft|Ave|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
                            r"[A-Za-z0-9]*[a-z0-9]\. [A-Z][a-z]")  # "10 a.m. Tuesday", "Apple Inc. Tuesday" too
# Clause-joining punctuation makes any rewrite unsure; quotations and brackets make the clause's boundaries
# too unsure to move words about (a subject question moves none: it only replaces the subject).
_JOINS = re.compile(r"[;:—–]|--|\s-\s")
_UNSAFE = re.compile(r"[\"“”‘()\[\]]|(?<!\w)['’]|['’](?!\w)")
_SUBJECT = ("nsubj", "nsubjpass")
# Auxiliaries a singular wh-word can take; plural ones ("were", "have") cannot follow "Who".
_AUX_SINGULAR = {"is", "was", "has", "had", "will", "would", "can", "could", "may", "might", "should", "must",
                 "did", "does"}
_AUX_ANY = _AUX_SINGULAR | {"are", "were", "have"}
_BE = {"is", "was", "are", "were"}
_NEGATION = {"not", "n't", "never"}
_AMOUNTS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME", "ORDINAL"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "many", "several", "two", "three",
                "four", "five", "six", "seven", "eight", "nine", "ten"}
_PLURAL_NOUNS = {"people", "children", "men", "women", "police", "staff", "personnel", "cattle", "troops"}
_CLAUSES = {"ccomp", "advcl", "relcl", "acl", "pcomp", "xcomp", "csubj", "conj"}  # heads a subject may have
# Words that stand for a subject named elsewhere: "All had received ..." asks "Where had all received?".
_STAND_INS = {"all", "some", "many", "most", "both", "each", "few", "several", "none", "others", "one", "another",
              "any", "either", "neither"}
_ATTRIBUTION = {"said", "says"}  # ", officials said." after the clause

# Past forms with their base, for "did"-questions. Only verbs whose past is certain from the text: the
# irregular ones listed, and regular ones whose past adds "-ed" or "-d" with no other change.
_IRREGULAR = {
    "became": "become", "began": "begin", "bought": "buy", "brought": "bring", "built": "build", "came": "come",
    "caught": "catch", "chose": "choose", "drew": "draw", "drove": "drive", "fell": "fall", "fled": "flee",
    "flew": "fly", "fought": "fight", "found": "find", "gave": "give", "got": "get", "grew": "grow", "held": "hold",
    "knew": "know", "led": "lead", "left": "leave", "lost": "lose", "made": "make", "met": "meet", "paid": "pay",
    "ran": "run", "rose": "rise", "sank": "sink", "saw": "see", "sent": "send", "shot": "shoot", "sold": "sell",
    "sought": "seek", "spent": "spend", "spoke": "speak", "stood": "stand", "struck": "strike", "swore": "swear",
    "taught": "teach", "took": "take", "threw": "throw", "told": "tell", "went": "go", "withdrew": "withdraw",
    "won": "win", "wrote": "write", "said": "say", "thought": "think", "felt": "feel", "heard": "hear",
    "kept": "keep", "meant": "mean", "fed": "feed", "forgot": "forget", "rode": "ride", "shook": "shake",
    "wore": "wear", "woke": "wake", "dealt": "deal", "hung": "hang",
}
_REGULAR = """accept adopt appoint approve arrest arrive attack attend award board cancel charge claim close
collapse complete condemn confirm convict create declare defeat delay deliver deploy destroy detain die discover
elect end enter erupt evacuate explode follow form found host hand help impose introduce invade join kill
land launch locate mark murder name note open order pass perform pledge post present produce
promise raise reach receive record release remove report rescue resign return reveal rule seize serve settle
sign start suspend target test threaten tour unveil visit vote warn welcome
accuse appear ask attempt block call crash decide decline describe earn emerge escape establish explain face
fail file fire gather hire include increase injure invest involve issue jail lift live move obtain offer oppose
participate play plead praise predict prepare prevent propose protest provide publish question reject remain
replace respond restore retire save score search secure share spark struggle suffer support surrender survive
suspect talk treat trigger turn urge vanish view wait walk watch witness work
thank sue criticize blame honor defend interview contact hail slam fine""".split()
# Regular verbs whose past changes the spelling: "-y" to "-ied", a doubled last consonant.
_RESPELLED = {"identified": "identify", "denied": "deny", "carried": "carry", "buried": "bury", "tried": "try",
              "applied": "apply", "occupied": "occupy", "supplied": "supply", "married": "marry",
              "banned": "ban", "planned": "plan", "stopped": "stop", "admitted": "admit", "committed": "commit",
              "dropped": "drop", "grabbed": "grab", "robbed": "rob", "kidnapped": "kidnap"}
_PAST = {**{(b + "d" if b.endswith("e") else b + "ed"): b for b in _REGULAR}, **_IRREGULAR, **_RESPELLED}


def wh_question(sent: Span, answer: Span, *, label: str | None, sentence: str, offset: int,
                lead: tuple[int, str] | None = None) -> str | None:
    """The wh-question whose answer is `answer`, or None when none is certainly grammatical.

    `sentence` is the fact's sentence (the stripped text of `sent`), starting at character `offset` of the
    Doc; `lead` is the fact's opening rewrite ((cut, replacement), see Fact.lead), kept in the question so
    that it stands alone ("When was [Putin] elected?")."""
    if not sent.doc.has_annotation("DEP") or _JOINS.search(sentence):
        return None
    clause = _clause(sent, sentence, offset)
    if clause is None:
        return None
    root, end = clause
    cut, replacement = lead or (0, "")
    parts = _Parts(sentence, offset, cut, replacement, end)
    joined = [c for c in root.children if c.dep_ in ("conj", "cc", "preconj") and parts.at(c) >= cut]
    if any(c.dep_ == "conj" and not _shares_subject(c, root) for c in joined):
        return None  # "Russia signed the deal and China followed": one answer, two clauses
    if any(c.lower_ in _NEGATION for c in root.children):
        return None  # "Who is not ...?" has many answers
    if any(t.dep_ in _SUBJECT and t.head not in (root, sent.root) and t.head.dep_ not in _CLAUSES for t in sent):
        return None  # a subject where no clause may start: the parse has misread the sentence
    question = _subject_question(root, answer, label, parts) or _how_many(root, answer, label, parts)
    if question is None and not joined and not _UNSAFE.search(sentence) and sentence.count(",") <= 2:
        # Moving the verb about needs one plain clause: "Russia signed and ratified it in 2019" would not invert.
        question = _adjunct_question(root, answer, label, parts) or _object_question(root, answer, label, parts)
    if question is None or re.search(r"(?<!\w)" + re.escape(answer.text.lower()) + r"(?!\w)", question.lower()):
        return None
    if _TWO_SENTENCES.search(question):
        return None  # "Who ... in the 500m. The 27-year-old surged ...?": the splitter missed a sentence's end
    return re.sub(r"\s+([,;:])", r"\1", question)  # "been discovered , making": no space before a comma


def _shares_subject(verb: Token, root: Token) -> bool:
    """Whether a verb joined to the main one shares its subject: "and" right before it, no subject of its own
    ("signed the deal and ratified it"). The parse may hang a second subject elsewhere ("the government and
    China followed"), so the "and" must belong to the main verb too."""
    before = verb.doc[verb.i - 1]
    return (not any(c.dep_ in _SUBJECT for c in verb.children) and before.dep_ == "cc" and before.head == root)


class _Parts:
    """Character positions in the fact's sentence, and the lead that replaces its opening."""

    def __init__(self, sentence: str, offset: int, cut: int, replacement: str, end: int) -> None:
        self.sentence, self.offset, self.cut, self.replacement, self.end = sentence, offset, cut, replacement, end

    def at(self, token: Token) -> int:
        return token.idx - self.offset

    def after(self, token: Token) -> int:
        return token.idx - self.offset + len(token.text)

    def starts_clause(self, token: Token) -> bool:
        """Whether `token` opens the clause (where the sentence starts once its lead is cut)."""
        return self.at(token) == self.cut if not self.replacement else self.at(token) == 0

    def text(self, start: int, stop: int) -> str:
        """The sentence between two positions, with the lead in place of the opening it rewrites."""
        if start < self.cut:
            return self.replacement + self.sentence[self.cut:stop]
        return self.sentence[start:stop]


def _clause(sent: Span, sentence: str, offset: int) -> tuple[Token, int] | None:
    """The main clause's verb and where the clause ends (before the final full stop, or before a trailing
    ", officials said")."""
    tokens = [t for t in sent if not t.is_space and t.idx - offset < len(sentence)]
    if not tokens or tokens[-1].text != "." or not sentence.endswith("."):
        return None  # "U.S." at the end: the full stop belongs to the word
    root = sent.root
    end = tokens[-1].idx - offset
    if root.lower_ in _ATTRIBUTION and tokens[-2] == root:
        said = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
        subject = [c for c in root.children if c.dep_ in _SUBJECT]
        if len(said) != 1 or len(subject) != 1:
            return None
        comma = said[0].right_edge.i + 1
        if sent.doc[comma].text != "," or subject[0].left_edge.i != comma + 1 or subject[0].right_edge.i != root.i - 1:
            return None
        return said[0], sent.doc[comma].idx - offset
    return root, end


def _subject_of(root: Token) -> Token | None:
    subjects = [c for c in root.children if c.dep_ in _SUBJECT]
    return subjects[0] if len(subjects) == 1 else None


def _covers(answer: Span, token: Token) -> bool:
    """Whether the answer is `token`'s whole phrase (but perhaps a leading "the" it leaves out)."""
    start, stop = token.left_edge.i, token.right_edge.i + 1
    if stop != answer.end:
        return False
    return start == answer.start or (start == answer.start - 1 and token.doc[start].lower_ == "the")


def _titled(answer: Span, subject: Token) -> bool:
    """Whether the subject is the answer, a person, after a title or description that "Who" may leave out:
    "Former President Bill Clinton", "Britain's Lewis Hamilton", "Executive producer Robert Kirkman"."""
    if subject.right_edge.i + 1 != answer.end:
        return False
    before = subject.doc[subject.left_edge.i:answer.start]
    return all(t.dep_ in ("compound", "amod", "det", "poss", "case") and not t.is_punct for t in before)


def _who(label: str | None, text: str) -> str | None:
    """The wh-words that ask for this kind of subject."""
    if label == "PERSON":
        return "Who"
    kind = kind_of(text)
    if label == "GPE":
        return {"country": "Which country", "city": "Which city", "us-state": "Which state"}.get(kind or "")
    if label == "ORG":  # only where it surely is one: the tagger calls satellites and shows ORG too ("TESS")
        return "Which organisation" if org_type(text) else None
    if label == "NORP":
        return "Which party" if kind == "party" else None
    if label in ("EVENT", "LAW"):
        return "What"  # not works or products: the model gives those labels to people too often
    return None


def _mislabelled(label: str | None, rest: str) -> bool:
    """Whether the sentence speaks of its subject as the model's label says it is not: "its shelves" after a
    "person", "his defeat" after an "organisation". "Who has pulled a T-shirt from its shelves?" misleads."""
    words = set(re.findall(r"\w+", rest.lower()))
    if label == "PERSON":
        return "its" in words
    return label in ("ORG", "GPE") and bool(words & {"he", "she", "his", "her", "him"})


def _verb_after(subject: Token, root: Token, *, adverbs: bool = False) -> Token | None:
    """The word right after the subject (or, with `adverbs`, after adverbs such as "also") when it is the
    clause's auxiliary or its verb."""
    i = subject.right_edge.i + 1
    while adverbs and i < len(subject.doc) and subject.doc[i].dep_ == "advmod" and subject.doc[i].head == root:
        i += 1
    if i >= len(subject.doc):
        return None
    nxt = subject.doc[i]
    if nxt == root or (nxt.head == root and nxt.dep_ in ("aux", "auxpass")):
        return nxt
    return None


def _singular(verb: Token, root: Token) -> bool:
    """Whether the verb after the subject is one a singular wh-word agrees with: a singular auxiliary, a
    past form ("signed", "won"), or a present form in -s ("wants"). Without a tagger, "need" or "press" could
    be a plural's verb, so those endings are left out."""
    word = verb.lower_
    if word in _AUX_SINGULAR:
        return True
    if verb != root:
        return False
    past = word in _PAST or (len(word) > 4 and word.endswith("ed") and not word.endswith("eed"))
    return past or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _subject_question(root: Token, answer: Span, label: str | None, parts: _Parts) -> str | None:
    """"Russia signed ..." -> "Which country signed ...?"."""
    subject = _subject_of(root)
    if subject is None or not answer.start <= subject.i < answer.end:
        return None
    if not (_covers(answer, subject) or (label == "PERSON" and _titled(answer, subject))):
        return None
    if not parts.starts_clause(subject.left_edge) or parts.replacement:
        return None
    verb = _verb_after(subject, root, adverbs=True)
    if verb is None or not _singular(verb, root):
        return None  # "Who have ..." or a verb whose number the parse does not tell
    who = _who(label, answer.text)
    rest = parts.text(parts.after(subject.right_edge), parts.end).strip()
    if who is None or _mislabelled(label, rest):
        return None
    return f"{who} {rest}?"


def _how_many(root: Token, answer: Span, label: str | None, parts: _Parts) -> str | None:
    """"12 people died in ..." -> "How many people died in ...?"."""
    if label != "CARDINAL" or answer.root.dep_ != "nummod":
        return None
    noun = answer.root.head
    if noun.dep_ not in _SUBJECT or noun.head != root or _subject_of(root) != noun:
        return None
    if noun.left_edge.i != answer.start or not parts.starts_clause(noun.left_edge) or parts.replacement:
        return None
    between = noun.doc[answer.end:noun.i]
    if any(t.head != noun or t.dep_ not in ("amod", "compound") for t in between):
        return None
    if not (noun.lower_ in _PLURAL_NOUNS or (noun.lower_.endswith("s") and not noun.lower_.endswith("ss"))):
        return None
    if _verb_after(noun, root) is None:
        return None
    return f"How many {parts.text(parts.after(answer[-1]), parts.end).strip()}?"


def _adjunct_question(root: Token, answer: Span, label: str | None, parts: _Parts) -> str | None:
    """"The treaty was signed in Paris." -> "Where was the treaty signed?"; "in 2019" -> "In what year"."""
    if answer.root.dep_ != "pobj":
        return None
    prep = answer.root.head
    if prep.dep_ != "prep" or prep.head != root or not _covers(answer, answer.root):
        return None
    if [c for c in prep.children] != [answer.root] or answer.start - prep.i > 2:
        return None
    if answer.start - prep.i == 2 and prep.doc[prep.i + 1].lower_ != "the":
        return None
    if label == "DATE" and prep.lower_ in ("in", "on"):
        wh = "In what year" if prep.lower_ == "in" and re.fullmatch(r"\d{4}", answer.text) else "When"
    elif label in ("GPE", "LOC", "FAC") and prep.lower_ in ("in", "at"):
        wh = "Where"
    else:
        return None
    subject = _subject_of(root)
    if subject is None or subject.i > root.i or (subject.left_edge == subject and subject.lower_ in _STAND_INS):
        return None
    # The clause without the adjunct (and the comma that set it off).
    start, stop = parts.at(prep), parts.after(answer[-1])
    before, after = parts.sentence[:start].rstrip(), parts.sentence[stop:parts.end]
    if before.endswith(",") and (after.startswith(",") or not after.strip()):
        before = before[:-1]
    elif not before and after.startswith(","):
        after = after[1:]
    first = subject.left_edge
    if prep.i < first.i:  # "In 2019, Russia signed ...": the subject opens what is left
        if parts.cut or parts.sentence[stop:parts.at(first)].strip(" ,"):
            return None
    elif not parts.starts_clause(first):
        return None
    verb = _verb_after(subject, root)
    if verb is None:
        return None
    if verb.lower_ not in _AUX_ANY and verb.lower_ not in _PAST:
        return None
    subject_text = _lower_first(parts.text(parts.at(first), parts.after(subject.right_edge)), first, parts)
    rest = parts.sentence[parts.after(verb):start] + after if prep.i > verb.i else parts.sentence[parts.after(verb):parts.end]
    rest = re.sub(r"\s+", " ", rest).strip().rstrip(",").strip()
    if verb.lower_ in _AUX_ANY:
        words = [wh, verb.lower_, subject_text, rest]
    elif verb == root and verb.lower_ in _PAST:
        words = [wh, "did", subject_text, _PAST[verb.lower_], rest]
    else:
        return None
    return " ".join(w for w in words if w) + "?"


def _object_question(root: Token, answer: Span, label: str | None, parts: _Parts) -> str | None:
    """"Russia invaded Ukraine in 2022." -> "Which country did Russia invade in 2022?": the answer is the
    whole object of a past verb quizgen knows, right after it, and the subject opens the clause."""
    obj = answer.root
    if obj.dep_ != "dobj" or obj.head != root or not _covers(answer, obj) or label == "NORP":
        return None
    who = _who(label, answer.text)
    subject = _subject_of(root)
    if who is None or subject is None or subject.i > root.i or not parts.starts_clause(subject.left_edge):
        return None
    if subject.left_edge == subject and subject.lower_ in _STAND_INS:
        return None
    if _verb_after(subject, root) != root or root.lower_ not in _PAST or obj.left_edge.i != root.i + 1:
        return None  # an auxiliary, an adverb or a particle between: "has invaded", "set up"
    subject_text = _lower_first(parts.text(parts.at(subject.left_edge), parts.after(subject.right_edge)),
                                subject.left_edge, parts)
    rest = re.sub(r"\s+", " ", parts.sentence[parts.after(obj.right_edge):parts.end]).strip()
    if rest.startswith(","):
        return None  # "... invaded Ukraine, which ...": what follows leans on the object
    words = [who, "did", subject_text, _PAST[root.lower_], rest]
    return " ".join(w for w in words if w) + "?"


def _lower_first(text: str, first: Token, parts: _Parts) -> str:
    """The subject inside the question: "The summit" -> "the summit", "Police" -> "police", but names,
    acronyms, "[Putin]" and titles before a name ("President Biden") keep their capital."""
    if parts.replacement and parts.at(first) < parts.cut or not text[:1].isupper():
        return text
    nxt = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    if first.lower_ in _DETERMINERS:
        return text[0].lower() + text[1:]
    if first.ent_type_ in _AMOUNTS and first.is_alpha and first.text not in MONTHS and \
            first.lower_ not in WEEKDAYS:
        return text[0].lower() + text[1:]  # "No fewer than 85 people" -> "no fewer than 85 people"; not "March"
    if first.ent_type_ or first.text.isupper() or (nxt is not None and nxt.ent_type_):
        return text
    if any(t.text == first.text and not t.is_sent_start for t in first.doc):
        return text  # capitalised inside a sentence too: a name the tagger missed here ("Wood called ...")
    return text[0].lower() + text[1:]
