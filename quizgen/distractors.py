"""Choosing wrong options: same type and shape as the answer, never a correct answer in disguise.

This module owns the public entry point (`choose`), the ranking of a fact's candidates and the rules that make a
candidate certainly wrong. Numbers and dates are perturbed in numbers.py and compared in against.py; likeness.py
scores how alike a candidate is, plausible.py rules out those no reader would weigh, shapes.py checks form and kind
(`effective_label` too), and the built-in names come from pools.py."""
from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

from .against import close_share, same_side, same_side_of_publication, same_side_of_years, within_the_whole
from .cities import cities_in_state, cities_of, city_country
from .likeness import (Described, alike_elsewhere, disciplines, famous_alike, person_score, place_score, same_but_head,
                       same_faith, same_head, same_org, spheres_clash, sport_in, worlds_apart)
from .models import BLANK, Fact
from .names import (DIVISIONS, comparable, country_with_the, division_of, entity_key, governs, group_of, in_eu,
                    kind_of, related, shore_of, united_states, whole_word)
from .numbers import NUMERIC, numeric_options
from .orgs import GENERIC_HOUSES, field_of, org_type, takes_article
from .plausible import abroad, among_powers, given_away, grouped, of_its_time, orphan, outside_eu, too_small
from .pools import alike_builtin, builtin_pool, people_by_trait, run_name_parts
from .shapes import effective_label, fit, shape_ok
from .sports import club_options, league_of, team_nations
from .traits import (ROLE_WORDS, SPHERE_TITLES, builtin_people, country_key, prompt_gender, prompt_title,
                     region_country, roles_of, title_sphere)

POOL_SAMPLE = 400  # candidates drawn from the rest of the bank for one question
HOME_CITIES = 10  # a country's biggest cities, offered for one of its cities: well enough known to fool
_PEOPLE_SPHERES = ("sphere:", "from:", "role:", "gender:")


def _ranked(fact: Fact, *, article: Sequence[tuple[str, str]], pool: Mapping[str, Sequence[str]],
            rng: random.Random, traits: Sequence[tuple[str, str]] = (), own_only: bool = False,
            countries: Sequence[str] | None = None) -> Iterator[tuple[str, int]]:
    """(candidate, source) most plausible first; source 0 is the article, 1 the run and bank, 2 built-in."""
    label = effective_label(fact.answer, fact.label) or ""
    if label in NUMERIC:
        for c in numeric_options(fact.answer, label, rng, *fact.prompt.partition(BLANK)[::2]):
            yield c, 0
        return
    # A name used alone ("Putin") gets names used alone: the article's, then leaders' short names.
    builtin_label = "PERSON_SHORT" if label == "PERSON" and len(fact.answer.split()) == 1 else label
    mentioned = {group_of(t) for t, _lab in article} - {None}
    first_names = {t.split()[0] for t, lab in article if lab == "PERSON" and " " in t}
    own = [t for t, lab in article if (lab == label or label == "ORG" and effective_label(t, lab) == label)
           and t not in first_names]  # "Donald" is no surname; "Fine Gael" tagged a person is a party
    if label == "PERSON":  # a lone word is someone's surname or no name at all ("Formula" of Formula One)
        surnames = {t.split()[-1] for t, lab in article if lab == label and " " in t}
        own = [t for t in own if " " in t or t in surnames or t in builtin_people()]
    if label == "PERSON" and " " not in fact.answer:  # "Craig" for "Phillips" when the story has Charlie Craig
        kin = {t.split()[-1] for t, lab in article if lab == label and t.split()[0] == fact.answer}
        own += [t.split()[-1] for t, lab in article if lab == label and " " in t and len(t.split()[-1]) > 2
                and t.split()[-1] not in kin and not _QUOTE.search(t)]  # not "Jinping" when the answer is Xi of
        # Xi Jinping, nor the nickname of 'Joaquín "El Chapo' (Guzmán Loera), a name cut inside its quotes
    described = Described(label, traits, pool, article)
    answer_traits = described.of(fact.answer)
    answer_famous = bool(described.famous(fact.answer)) if label == "PERSON" else False  # worked out once per fact
    prompt = fact.prompt  # a property, worked out afresh on each use
    story = f"{fact.sentence} {fact.context or ''}"
    said = prompt_gender(prompt, BLANK) if label == "PERSON" else None
    if said:  # "Sharif's daughter _____": the prompt's word beats a pronoun the story seemed to give her
        answer_traits = frozenset(t for t in answer_traits if not t.startswith("gender:")) | {f"gender:{said}"}
    # "President _____" is asked among presidents only: a senator or a lawyer there fools nobody
    title = prompt_title(prompt, BLANK) if label == "PERSON" else None
    sphere = title_sphere(title) if title else None
    if sphere is not None:
        answer_traits = answer_traits | {sphere}  # a minister of no stated country: see below
    if "sphere:sport" in answer_traits and not disciplines(answer_traits):
        sport = sport_in(story)  # "five-time champion _____" at Wimbledon
        answer_traits = answer_traits | ({sport} if sport else set())
    answer_gender = {t for t in answer_traits if t.startswith("gender:")}
    answer_sphere = any(t.startswith("sphere:") for t in answer_traits)
    # The story's country, its most named (a Solomons story names China often): a minister "of" no stated country
    # is likelier one of its own
    if countries is None:  # not worked out by the caller: those the story names, first named first
        countries = [c for t, lab in article if lab in ("GPE", "NORP") and (c := country_key(t))]
    story_countries = {f"from:{c}" for c in countries[:1]}
    stated = any(t.startswith("from:") for t in answer_traits)
    # where the answer is, for keeping out people of another part of the world: their stated country, else the story's
    answer_somewhere = frozenset(answer_traits if stated else answer_traits | story_countries)
    if stated or not any(t.startswith("sphere:") for t in answer_traits):
        story_countries = set()  # for scoring, only for someone of known office and no stated country
    answer_at_home = frozenset(answer_traits | story_countries)  # what a candidate is compared with
    answer_from = {t for t in answer_at_home if t.startswith("from:")}  # stated, or the story's for an official
    words = _CAPITALISED.findall(prompt)  # "French", and "South Korean" of "The South Korean President"
    domestic = label == "PERSON" and bool(_DOMESTIC.search(prompt))
    answer_home = {t for t in answer_somewhere if t.startswith("from:")}
    home_in_prompt = label == "PERSON" and bool(answer_from) and any(
        f"from:{country_key(w)}" in answer_from for w in (*words, *map(" ".join, zip(words, words[1:]))))
    bank = list(pool.get(label, ()))
    if len(bank) > POOL_SAMPLE:  # a big bank costs a bounded sample per question, not a sort of everything
        bank = rng.sample(bank, POOL_SAMPLE)
    alike_names: set[str] = set()
    for trait in sorted(answer_traits):  # the run's people of the same role or country are worth more than a sample
        if trait.startswith(_PEOPLE_SPHERES):
            alike = list(pool.get(f"{label}/{trait}", ()))
            alike = rng.sample(alike, POOL_SAMPLE) if len(alike) > POOL_SAMPLE else alike
            bank += alike
            alike_names.update(alike)
    if label == "PERSON" and " " not in fact.answer:
        firsts, surnames = run_name_parts(pool)
        bank = [b for b in bank if b not in firsts and (" " in b or b in surnames or b in builtin_people())]
    famous = builtin_pool().get(builtin_label, ())
    if label == "PERSON":  # only the famous people who share something with the answer can be offered
        index = people_by_trait(builtin_label)
        famous = tuple(dict.fromkeys(n for t in sorted(answer_traits) if not t.startswith("gender:")
                                     for n in index.get(t, ())))
    answer_kind = kind_of(fact.answer) if label == "NORP" else None
    org_kind = org_type(fact.answer) if label == "ORG" else None
    ministry = bool(_MINISTRY.search(fact.answer)) if org_kind else False
    generic_house = entity_key(fact.answer) in GENERIC_HOUSES  # "Senate" gets "House", "Knesset" gets "Duma"
    answer_field = field_of(fact.answer) if org_kind in ("company", "agency", "militant", "international") else None
    nations = team_nations(story, fact.answer if label == "GPE" else country_key(fact.answer) or "", article) \
        if label in ("GPE", "NORP") else None  # "69 runs between them and _____ cricketing history": South African
    shore = shore_of(story, fact.answer, article) if label == "GPE" else None
    outsider = label in ("GPE", "NORP") and outside_eu(fact.sentence, fact.answer)
    # a US state; not New York, as often the city ("the noon briefing in _____" at the UN)
    a_state = label == "GPE" and kind_of(fact.answer) == "us-state" and entity_key(fact.answer) != "new york"
    division = division_of(fact.answer) if a_state else None
    # Russia among powers gets China, not Slovakia; not a people ("French far-right leader", "a Japanese record"),
    # whose lures are those a name could belong to, nor a team, whose lures are those of its sport
    peers = label == "GPE" and not sport_in(story) and among_powers(fact.answer, prompt, article)
    # a city's country; not a city-state's (Singapore gets countries) nor a capital's that stands for its government
    home = city_country(fact.answer) if label == "GPE" and kind_of(fact.answer) != "country" and not \
        governs(fact.answer, prompt, BLANK) else None
    if home is not None and abroad(home, prompt, article):
        home = None  # "bourses in Shanghai, Seoul and Hong Kong fell, while _____ rose" (Tokyo): no Osaka
    home_named = home is not None and (home in countries or home == _US and any(
        lab == "GPE" and cities_in_state(t) is not None for t, lab in article))  # a story naming Texas is set in the US
    state = _STATE_AFTER.match(prompt.partition(BLANK)[2]) if home == _US else None
    state_cities = cities_in_state(state.group(1)) if state else None  # "Georgia" after a US city is the state
    in_state = set(state_cities) if state_cities is not None else None
    # the US state the story names that has the answer among its cities: "a Spokane man" in a Washington story
    story_state = next((t for t, lab in article if lab == "GPE" and fact.answer in (cities_in_state(t) or ())),
                       None) if home == _US else None
    state_alike = cities_in_state(story_state) if story_state else ()
    width = len(fact.answer)

    def score_of(name: str, source: int) -> float | None:
        """How alike `name` is to the answer (higher is better), None when it must not be offered."""
        score = 0.0
        if title and not _titled_alike(title, described.of(name)):
            return None
        if label == "PERSON":
            if home_in_prompt and not answer_from & described.of(name):
                return None  # "a French cabinet minister and close ally of President _____": French names only
            if source == 1 and not alike_elsewhere(answer_somewhere, described.of(name), described.home_of(name)):
                return None  # someone from another story must share something known with the answer
            if len(answer_gender) == 1 and ("gender:f" in answer_gender) != described.woman(name):
                return None  # "backing her appointment": a name of unknown gender in the news is mostly a man's;
                # "sealing his fall": no Mimi Haley, whatever else is known of her
            if answer_traits and described.known(name):  # most of a run's names are known for nothing
                cand_traits = described.of(name)  # (a known gender against the answer's is ruled out above)
                if spheres_clash(answer_traits, cand_traits):
                    return None  # a president is no lure for a sheriff, however few names the run has
                # someone of no stated country is scored as of the story's countries: a compatriot, then a
                # neighbour ("President Martín Vizcarra" of a Peruvian story gets no Erdogan)
                score = person_score(answer_at_home, cand_traits)
                if answer_gender & cand_traits:
                    score += 1
                if source == 0 and cand_traits:
                    score += 1  # the story's own minister beats a foreign one the story never names
                if source and name in builtin_people() and \
                        not famous_alike(answer_famous, answer_traits, cand_traits):
                    return None  # a world leader is no lure for a lawyer the story quotes
                if source == 2 and worlds_apart(answer_somewhere, cand_traits) or domestic and not (
                        answer_home & cand_traits) and (source == 2 or any(t.startswith("from:") for t in cand_traits)):
                    return None  # Peru's vice president gets no Kamala Harris; "parliament voted to impeach
                    # _____" in Madagascar no Ramaphosa, nor "_____ swept Sunday's ballot" in Chile the story's Rubio
            elif source and (answer_sphere or name in builtin_people() and not answer_famous):
                return None  # a name from another story, known for nothing, is no lure for a swimmer or a sheriff
        elif label in ("GPE", "NORP"):
            if source and answer_kind == "party":
                return None  # "whom the _____ (Greens) accepted" in Austria: no Tories, no Democrats
            if nations and (entity_key(name) if label == "GPE" else country_key(name)) not in nations:
                return None  # "to leave _____ needing seven wickets": France plays no Test cricket, Belgium no rugby
            if shore is not None and not shore(entity_key(name)) or too_small(fact.answer, name) or \
                    outsider and in_eu(name):  # "sanctions the EU announced on _____" (Russia): no Hungary
                return None  # "Typhoon Mangkhut hit southern _____": no Mongolia; "island nation": no Peru; no Tuvalu
            if home is not None:
                where = city_country(name)
                if where is None or home_named and where != home:
                    return None  # a city for a city; where the story names its country, a city of that country
                if in_state is not None and name not in in_state:
                    return None  # "_____, Texas": a city of Texas
                if story_state and entity_key(name) == entity_key(story_state):
                    return None  # the state itself ("Washington" in a Washington-state story) is no city
                score = 3 if where == home else place_score(fact.answer, name, peers)
                if name in state_alike:
                    score += 1  # a city of the story's state first
            elif a_state and kind_of(name) != "us-state":
                return None  # "the most powerful hurricane to hit _____" (Texas): a state, not Cuba nor Oslo
            else:
                score = (3 if division_of(name) == division else 2) + (source == 0) if a_state \
                    else place_score(fact.answer, name, peers)  # a state: the story's, and those of its part of the US
        elif org_kind:
            if org_type(name) == "outlet" or kind_of(name) == "outlet":
                return None  # who reported the news is no lure for who made it ("AFP news agency")
            if org_kind == "party" and source:
                return None  # a party is its country's: New Zealand's Labour gets no "Republican Party"
            if ministry and not _MINISTRY.search(name):
                return None  # Belarus's "Interior Ministry" gets ministries, not the Home Office or the Pentagon
            unknown_field = org_kind in ("company", "agency") and answer_field is None
            if unknown_field and source and (source == 2 or field_of(name)):
                return None  # a body of unknown field ("Election Commission") gets no FBI and no Bank of England
            if org_kind == "legislature" and (entity_key(name) in GENERIC_HOUSES) != generic_house:
                return None  # "the _____ (Knesset) gave its final approval": Israel's parliament, so no "Parliament"
            score = 2 if org_type(name) == org_kind else 0
            if answer_field and field_of(name):
                if field_of(name) != answer_field:
                    return None  # a carmaker is no lure for a phone maker, nor the IRS for NASA
                score += 1
            elif answer_field and source:
                return None  # another story's firm of no known business is no lure for an oil major
        if source == 2 and group_of(name) in mentioned:
            score += 0.5  # built-in names tied to the story: capitals of the countries it mentions
        return score

    def ordered(sources: Iterable[tuple[int, Sequence[str]]], skip: set[str]) -> list[tuple[float, int, int, int, str]]:
        entries: list[tuple[float, int, int, int, str]] = []
        for source, names in sources:
            names = [n for n in dict.fromkeys(names) if n not in skip]
            rng.shuffle(names)
            for name in names:
                skip.add(name)
                score = score_of(name, source)
                if score is not None:
                    entries.append((-score, source, abs(len(name) - width) // 4, len(entries), name))
        entries.sort()
        return entries

    # First the few that can be alike (the story's names, the run's of the same role, the built-in names of
    # the same region, type or office), best first; most questions need no more. Then everything else.
    done: set[str] = set()
    alike_bank = [n for n in bank if n in alike_names] if alike_names else []
    if state_cities is not None:
        builtin_alike = state_cities[:HOME_CITIES]
    elif home is not None and (home_named or len(cities_of(home)) > HOME_CITIES // 2):
        # a city's own country's cities, named in the story or not: "the city of _____" (Akhmim) gets Tanta
        builtin_alike = (*state_alike, *cities_of(home)[:HOME_CITIES])
    else:
        builtin_alike = alike_builtin(builtin_label, fact.answer, label, famous, peers)
    first = ordered(((0, own), (1, alike_bank), (2, builtin_alike)), set())
    for entry in first:
        if entry[0] < 0 or entry[0] == 0 and entry[1] == 0:  # the alike, then the story's own names
            done.add(entry[4])
            yield entry[4], entry[1]
    if own_only:
        for entry in ordered(((0, own),), done):
            yield entry[4], entry[1]
        return
    for entry in ordered(((0, own), (1, bank), (2, famous)), done):
        yield entry[4], entry[1]


def _titled_alike(title: str, traits: frozenset[str]) -> bool:
    """Whether someone may stand after the answer's title: they hold it, or hold no known role in its sphere
    (a head of state the story never calls "president" or "king")."""
    roles = roles_of(traits)
    if title in SPHERE_TITLES:
        return title_sphere(title) in traits  # "Defending champion _____": any cyclist, not only champions
    return title in roles or not roles and title_sphere(title) in traits


_NAMED = {"PERSON", "ORG", "GPE", "NORP"}
_QUOTE = re.compile("[\"“”]")
# A nationality used as a plural noun: a count or "of" before it, a verb after ("thousands of _____ took to")
_PLURAL_BEFORE = re.compile(r"(?:\b(?:thousands|hundreds|dozens|millions|many|several|some|most|more|fewer|of)|\d)\s*$"
                            r"|^\s*$", re.IGNORECASE)
_PLURAL_NEXT = re.compile(r"\s*(?:took|were|are|have|had|fled|died|protested|marched|rallied|gathered|voted|say|said|"
                          r"went|live|living)\b")
_CAPITALISED = re.compile(r"[A-Z][a-z]+")  # the prompt's capitalised words, alone and in pairs a country it names
_VOTE_SHARE = re.compile(r"\s+of\s+(?:the\s+)?(?:votes?|ballots)\b")  # "garnered _____ of the vote"
_US = "united states"
_MINISTRY = re.compile(r"\bMinistry\b")
_DOMESTIC = re.compile(r"\b(?:parliament|lawmakers|legislators|voters?|votes?|impeach\w*|conceded|runoff|run-off|"
                       r"opposition|ballots?)\b", re.IGNORECASE)  # a country's own politics: its own people
_REGION = re.compile(r"\b(?:" + "|".join(sorted(DIVISIONS)) + r") of\s+$", re.IGNORECASE)
_REGION_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(DIVISIONS - {"state"})) + r")\b", re.I)  # not "Islamic State"
_STATE_AFTER = re.compile(r",\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")  # "_____, Texas, hospital"
_HOME_NATIONS = {"england", "scotland", "wales", "northern ireland"}
_UK = {"united kingdom", "uk", "britain", "great britain"}
_NOUN_ONLY = {"New Zealander"}  # a demonym that is no adjective (the shipped list's others are both)
_SPAN_END = re.compile(r"[’']s?$|[,;:]$|\s(?:of|the|and|for|Prime)$|\b(?:Inc|Corp|Co|Ltd)\.?(?:[’']s\b|,?\s+and\s)")


def choose(fact: Fact, *, article: Sequence[tuple[str, str]], pool: Mapping[str, Sequence[str]],
           rng: random.Random, n: int = 3, traits: Sequence[tuple[str, str]] = (),
           countries: Sequence[str] | None = None, published: str | None = None) -> list[str]:
    """Up to `n` wrong options for `fact`, each certainly different from the answer and from each other.

    `traits` are the article's (text, trait) pairs (see traits.py): names it coordinates with the answer
    ("Russia and China vetoed") are never options, as either may be the answer to the same question.
    `countries` are the keys of the countries the story is set in (cities.story_countries); by default those
    the article's entities name; `published` the article's date (YYYY-MM-DD), which a year must not contradict."""
    sentence = fact.sentence.lower()
    prompt = fact.prompt
    before, _, after = prompt.partition(BLANK)
    names_in = re.findall(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*", prompt)
    names_in += [w for run in names_in if " " in run for w in run.split()]  # "UN" of "the UN Olof Skoog"
    chosen: list[str] = []
    if not comparable(fact.answer):
        return chosen  # nothing could tell an option from the answer itself
    clubs = league_of(f"{fact.sentence} {fact.context or ''}", fact.answer, article)
    if clubs is not None:
        return club_options(fact.answer, clubs, article, sentence, rng)[:n]
    if fact.label == "GPE" and kind_of(fact.answer) not in ("country", "us-state") and (
            _REGION.search(before) or _REGION_AFTER.match(after)):
        return chosen  # "the eastern province of _____" (Quebec): quizgen lists cities, not provinces
    if given_away(fact.answer, fact.label):
        return chosen
    answer_key = entity_key(fact.answer)
    peers = {t[5:] for name, t in traits if t.startswith("peer:") and entity_key(name) == answer_key}
    peers |= {entity_key(name) for name, t in traits if t == "peer:" + answer_key}
    label = effective_label(fact.answer, fact.label) or ""
    if label == "PERSON" and (orphan(fact.answer, article) or re.search(r"\d", fact.answer)):
        return chosen  # a "person" with a number is the tagger's mistake ("Densus 88", a police unit)
    if label == "NORP" and kind_of(fact.answer) is None or label == "ORG" and org_type(fact.answer) is None:
        # "Islamist", "Tamil" (a language); "Macworld", "Travelers" (a column): no list says what is of the
        # same kind, and the story's other names of that label were rarely so when read on the dev stories
        return chosen
    peers |= grouped(fact.sentence, fact.answer, label, article)
    home_nations = any(entity_key(t) in _HOME_NATIONS for t, _lab in article)
    # A town quizgen does not know (Tikrit), or a state named like a foreign city ("Victoria"): the story's places
    unknown_place = label == "GPE" and (region_country(fact.answer) in (countries or ()) or
                                        kind_of(fact.answer) is None and city_country(fact.answer) is None)
    # "thousands of _____ took to the streets": "Sudanese" is a plural noun there, and so must its options be
    people = label == "NORP" and kind_of(fact.answer) == "nationality" and not fact.answer.endswith("s") \
        and bool(_PLURAL_BEFORE.search(before) and _PLURAL_NEXT.match(after))
    numeric = label in NUMERIC
    by_head = label not in _NAMED and not numeric  # places, events, works: alike only by their last word
    if label == "ORG":
        same = same_org
    elif by_head:
        same = same_but_head
    else:
        same = lambda a, b: related(a, b, numeric=numeric)  # noqa: E731
    before_noun = bool(re.match(r"\s+[a-z]", after))
    after_the = bool(re.search(r"\bthe\s+$", before, re.IGNORECASE))
    # "strike the _____": only countries written with "the" ("the Thailand" reads wrong); else none of them
    the_country = country_with_the(fact.answer) if label == "GPE" else None
    vote_share = label == "PERCENT" and bool(_VOTE_SHARE.match(after))
    for raw, source in _ranked(fact, article=article, pool=pool, rng=rng, traits=traits, own_only=unknown_place,
                               countries=countries):
        if unknown_place and source != 0:
            continue
        if entity_key(raw) in peers:
            continue
        cand = fit(raw, fact.answer)
        if people:
            if cand.endswith(("sh", "ch", "ese")):
                continue  # "thousands of British", "of Chinese": no plural to offer
            cand = cand if cand.endswith("s") else cand + "s"
        if _SPAN_END.search(cand) or cand.lower() in ROLE_WORDS:
            continue  # spaCy's spans, not names: "Trump’s", "Office of the Prime", "Palm Inc and Research In Motion"
        if label == "PERSON" and (" " in cand and cand.split()[0].lower() in ROLE_WORDS
                                  or not of_its_time(cand, published)):
            continue  # nor is "Spokesperson Esther Mwaata-Katongo", a title and a name; no Milei in 2010
        if not comparable(cand) or "\n" in cand or not shape_ok(fact.answer, label, cand, plural=people or None):
            continue
        if united_states(cand) and kind_of(cand) != "city":
            continue  # never the answer (select.py), so never an option: a learner would learn to skip it
        if home_nations and entity_key(cand) in _UK:
            continue  # a story with England in it is about sport or devolution: no team is called "United Kingdom"
        if by_head and not same_head(fact.answer, cand):
            continue  # an airport for an airport, a war for a war: other things only by their last word
        if same(fact.answer, cand) or any(same(c, cand) for c in chosen):
            continue
        if label == "NORP" and any(same_faith(c, cand) for c in (fact.answer, *chosen)):
            continue  # a Sunni is a Muslim: no "Sunni" for "Muslim", nor "Muslim" for "Sunni"; one of Shia, Shiite
        if cand in _NOUN_ONLY and before_noun:
            continue  # "_____ school children": "New Zealander school children" is no English
        if after_the and label == "ORG" and takes_article(cand) is False:
            continue  # "The _____ said": not "The UNICEF said"
        if the_country is not None and country_with_the(cand) is not None:
            if the_country and after_the and not country_with_the(cand):
                continue  # "strike the _____": no "the Thailand" for the Philippines
            if not after_the and country_with_the(cand):
                continue  # "in _____": no "in Netherlands"
        if label == "DATE" and not (same_side_of_years(fact.answer, cand, prompt)
                                    and same_side_of_publication(fact.answer, cand, before, published)):
            continue
        if vote_share and not close_share(fact.answer, cand) or \
                label == "PERCENT" and not within_the_whole(fact.answer, cand, prompt):
            continue  # "won 55% of the vote to _____ for Massa": no 66%
        if numeric and not same_side(fact.answer, cand, prompt, BLANK):
            continue  # "crept higher from 8.2 percent to _____": not 4.2 percent
        if whole_word(cand.lower()).search(sentence):
            continue  # already in the prompt: it cannot be the blank
        if not numeric and any(related(name, cand) for name in names_in):
            continue  # "Vladimir Putin" when the prompt says "Putin's adviser"; "Moscow" when it says "Russia"
        chosen.append(cand)
        if len(chosen) == n:
            break
    return chosen
