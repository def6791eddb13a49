"""What an article says an entity is: a person's role and country, an organisation's type, and which
entities it names together ("Russia and China vetoed..."), so that wrong options can be of the same kind
and never one that stands in the same relation.

Traits are short strings, computed while the spaCy Doc is available and kept per article (no Doc kept):
"sphere:government", "role:minister", "from:north korea" for people; "peer:<entity key>" for names
coordinated with the entity.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from .names import builtin, entity_key, group_of, kind_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Role word -> the sphere a person with that role belongs to. Words in titles ("Senator X") and in
# descriptions ("X, a diplomat") alike.
_ROLES = {
    "head": "president vice-president leader premier chancellor king queen dictator monarch emperor sultan emir",
    "royal": "prince princess duke duchess",
    "government": "minister secretary ambassador envoy diplomat negotiator official adviser advisor aide director "
                  "administrator commissioner governor gov. mayor spokesman spokeswoman spokesperson deputy "
                  "undersecretary attorney-general",
    "legislature": "congressional parliamentary democrat republican senator sen. congressman congresswoman lawmaker lawmakers legislator speaker mp chairwoman "
                   "assemblyman assemblywoman councilman councilwoman alderman "
                   "representative rep. parliamentarian",
    "judiciary": "justice judge prosecutor attorney lawyer counsel magistrate",
    "military": "general gen. colonel col. commander admiral adm. lieutenant lt. sergeant sgt. soldier marine corporal "
                "cpl. private pvt.",
    "police": "sheriff detective inspector constable police",
    "sport": "coach player striker midfielder defender goalkeeper keeper quarterback pitcher forward captain "
             "champion golfer boxer driver cyclist athlete swimmer runner sprinter skier batsman bowler",
    "business": "ceo executive founder co-founder businessman businesswoman entrepreneur billionaire investor "
                "tycoon banker",
    "arts": "actor actress singer rapper musician artist author writer novelist comedian model producer "
            "filmmaker songwriter star",
    "religion": "pope cardinal bishop imam rabbi cleric priest pastor reverend ayatollah archbishop",
    "academia": "professor researcher scientist analyst expert economist doctor dr. physician surgeon",
    "media": "reporter journalist correspondent editor anchor columnist photographer blogger",
    "activist": "activist campaigner dissident protester advocate",
    "crime": "suspect gunman defendant accused killer inmate prisoner",
}
# Words that say what someone does but not where: a company has a president and directors too.
ROLE_ONLY = {"director", "deputy", "chairman", "chairwoman", "chief", "head", "manager", "spokesman", "spokeswoman",
             "spokesperson", "official"}
_SPHERE_ONLY = {"congressional", "parliamentary", "democrat", "republican"}  # a politician, of no stated office
ROLE_SPHERE = {w: sphere for sphere, words in _ROLES.items() for w in words.split()}
# Words for what a person does, never part of a name: "Broadcaster Stuart Hall" is Stuart Hall. Not the
# titles that also name places and bodies ("King Abdullah University", "Prince William Sound", "Star Alliance").
PERSON_NOUNS = frozenset(w for w, sphere in ROLE_SPHERE.items() if sphere not in ("royal", "head")) \
    - _SPHERE_ONLY - {"police", "general", "star", "justice", "model"} | {"broadcaster", "presenter"}
# Of those, the ones no organisation's name starts with, unlike "Marine Corps" or "Cardinal Health": a span the
# tagger took for an organisation sheds only these ("Broadcaster Stuart Hall" was an ORG).
OCCUPATIONS = frozenset("broadcaster presenter actor actress singer rapper comedian novelist author journalist "
                        "reporter columnist photographer songwriter filmmaker lawyer prosecutor senator congressman "
                        "congresswoman lawmaker sheriff governor mayor minister ambassador spokesman spokeswoman "
                        "professor economist scientist researcher analyst".split())
_TWO_WORD = {("prime", "minister"): "head", ("attorney", "general"): "government",
             ("secretary", "general"): "international", ("chief", "executive"): "business",
             ("head", "coach"): "sport", ("supreme", "leader"): "head", ("foreign", "minister"): "government",
             ("vice", "president"): "government", ("defense", "minister"): "government",
             ("defence", "minister"): "government", ("executive", "producer"): "arts"}
_MODIFIERS = {"former", "deputy", "senior", "top", "vice", "acting", "chief", "foreign", "defense", "defence",
              "interior", "finance", "prime", "head", "assistant", "associate", "supreme", "state", "federal"}
_NOT_TITLE = {"the", "a", "an", "and", "or", "of", "by", "with", "to", "for", "from", "in", "on", "at", "said", "says",
              "told", "who", "which", "that", "as", "but", "when", "after", "before", "while", "if"}
ROLE_WORDS = frozenset(ROLE_SPHERE) | ROLE_ONLY | _MODIFIERS  # "Deputy" alone is a title spaCy took for a name
_CLAUSE_WORDS = {"who", "which", "that", "said", "says", "told", "whose", "where", "when"}
_CLAUSE = {"ROOT", "relcl", "acl", "ccomp", "advcl", "xcomp", "aux", "auxpass", "nsubj", "nsubjpass"}
# The bodies whose secretary-general is the world's kind: another body's is one of its officials
_WORLD_BODY = {"un", "u.n.", "united", "nato", "opec", "asean", "interpol", "commonwealth", "arab", "african"}
_SUBNATIONAL = {"state", "assistant"}  # modifiers that make a title no national office: "state Attorney General"
_WINDOW = 6  # tokens before a name that may be its title: "North Korean Vice Foreign Minister"
# Words before "leader" that make it the leader of a group, not of a country: "Islamist leader", "rebel leader"
_GROUP_LEADER = frozenset("opposition rebel rebels party islamist militant militants separatist union protest "
                          "student religious community tribal militia insurgent group movement labour labor majority "
                          "minority senate house team gang cult church spiritual jihadist extremist guerrilla "
                          "coup faction bloc".split())


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Normalised country name, alias, demonym or capital -> the country's normalised name."""
    data = builtin()
    out: dict[str, str] = {}
    by_group: dict[int, str] = {}
    for c in data["countries"]:
        key = entity_key(c["name"])
        for name in (c["name"], c["demonym"], c["demonym"] + "s"):
            out[entity_key(name)] = key
        gid = group_of(c["name"])
        if gid is not None:
            by_group.setdefault(gid, key)
    for group in data["aliases"]:
        for name in group:
            gid = group_of(name)
            if gid in by_group and entity_key(name) not in out:
                out[entity_key(name)] = by_group[gid]
    return out


def country_key(text: str) -> str | None:
    """"north korea" for "North Korean", "DPRK" or "North Korea"; None for what is no country quizgen knows."""
    return _countries().get(entity_key(text))


@lru_cache(maxsize=1)
def _province_country() -> dict[str, str]:
    return {entity_key(region): entity_key(country) for country, regions in builtin()["regions"].items()
            for region in regions}


def region_country(text: str) -> str | None:
    """The key of the country whose state or province `text` names ("india" for "Tamil Nadu"), or None."""
    return _province_country().get(entity_key(text))


def _role_of(words: list[str], *, after: bool = False, group: bool = False) -> list[str]:
    """Traits from the lower-cased words of a title or a description (`after` the name: "X, a FireEye vice
    president" is no head of state, so there a president or vice president has a role but no sphere; `group`:
    an organisation's name is in the title, so its "leader" leads that group, not a country)."""
    out: list[str] = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (w, nxt) in _TWO_WORD:
            continue  # "prime minister" is a head of government: its second word says so
        pair = (words[i - 1], w) if i else None
        if pair in _TWO_WORD:
            if after and w == "president":
                continue  # "a FireEye vice president": of what, the words do not say
            role, sphere = f"{pair[0]}-{w}", _TWO_WORD[pair]
            if sphere == "international" and nxt == "of" and not _WORLD_BODY.intersection(words[i + 2:i + 5]):
                role, sphere = "official", None  # "Secretary General of the Supreme Council of Antiquities"
        elif after and w == "president":
            continue
        elif w == "leader" and (group or i and words[i - 1] in _GROUP_LEADER
                                or nxt == "of" and _GROUP_LEADER.intersection(words[i + 2:i + 6])):
            role, sphere = w, None  # "Islamist leader Delwar Hossain Sayeedi", "the leader of a liberal party"
        elif w in ROLE_SPHERE or w in ROLE_ONLY:
            role = w
            sphere = None if w in ROLE_ONLY else ROLE_SPHERE[w]
        else:
            continue
        if w in _SPHERE_ONLY:
            out.append(f"sphere:{sphere}")
            if w in ("democrat", "republican"):
                out.append(f"party:{w}")
            continue
        out += [f"role:{role}"] + ([f"sphere:{sphere}"] if sphere else [])
    return out


def _person(ent: Span, ents_by_token: Mapping[int, Span], sent_start: int, sent_end: int) -> list[str]:
    """Role and country a sentence gives a person: in a title before the name ("Russian Foreign Minister
    Sergei Lavrov") or in an apposition after it ("Kim, a senior diplomat,")."""
    doc = ent.doc
    found: list[str] = []
    end = ent.start  # the title ends right before the name, or before its comma: "Brazil's Foreign Minister, Jose
    if ent.start >= 2 and doc[ent.start - 1].text == "," and ent.end < sent_end and doc[ent.end].text == "," \
            and doc[ent.start - 2].lower_ in ROLE_WORDS:  # Serra, was received": no list of names
        end = ent.start - 1  # ("Sheriff Joe Arpaio, Donald Trump, and ...": Trump is no sheriff)
    title: list[str] = []
    i = end - 1
    while i >= max(sent_start, end - _WINDOW):
        tok = doc[i]
        if not (tok.is_alpha or tok.text.endswith(".") and tok.text[:-1].isalpha()) or tok.lower_ in _NOT_TITLE:
            break  # punctuation, a possessive, a number: the title (if any) has ended
        if not (tok.is_title or tok.is_upper or tok.lower_ in ROLE_SPHERE or tok.lower_ in ROLE_ONLY
                or tok.lower_ in _MODIFIERS
                or tok.dep_ in ("compound", "amod")):
            break
        title.insert(0, tok.lower_)
        other = ents_by_token.get(i)
        if other is not None:  # "Tamil Nadu higher education minister", whatever the tagger made of Tamil Nadu
            country = country_key(other.text) if other.label_ in ("NORP", "GPE") else None
            country = country or region_country(other.text)
            if country:
                found.append(f"from:{country}")
        i -= 1
    if title and i >= sent_start and doc[i].text == "-":
        title.pop(0)  # "front-runner Donald Trump": the end of a compound, no runner
    if title and i >= max(1, sent_start + 1) and doc[i].lower_ in ("'s", "’s"):
        owner = ents_by_token.get(i - 1)  # "Brazil's new Foreign Minister": of Brazil
        country = country_key(owner.text) if owner is not None else None  # ("Chile’s" is often tagged ORG)
        if country:
            found.append(f"from:{country}")
    org_in_title = any(ents_by_token.get(t) is not None and ents_by_token[t].label_ == "ORG"
                       or doc[t].is_upper and len(doc[t]) > 1 and not country_key(doc[t].text)
                       for t in range(end - len(title), end))  # "ELN leader Antonio Garcia", the tagger's no ORG
    if "president" in title and (org_in_title or doc[end - len(title) + title.index("president")].is_lower
                                 or "national" in title):
        title.remove("president")  # "chapter president", "SAE national President": no head of state
    found += _role_of(title, group=org_in_title)  # "Hamas leader Ismail Haniyeh" leads a group, not a state
    if ent.start >= 2 and doc[ent.start - 1].lower_ in ("'s", "’s") and kind_of(doc[ent.start - 2].text) == "outlet":
        found.append("sphere:media")  # "CNN's Holly Yan"
    if ent.end < len(doc) and doc[ent.end].lower_ in ("contributed", "reported") or \
            ent.end + 1 < len(doc) and doc[ent.end].lower_ == "and" and doc[ent.end + 1].ent_type_ == "PERSON" and \
            any(t.lower_ == "contributed" for t in doc[ent.end:min(len(doc), ent.end + 8)]):
        found.append("sphere:media")  # "Holly Yan contributed to this report"
    gender = _gender(title) or _pronoun(doc, ent.end, sent_end)
    if gender:
        found.append(f"gender:{gender}")
    end = ent.end
    if end + 1 < sent_end and doc[end].text == ",":
        desc: list[str] = []
        j = end + 1
        while j < min(sent_end, end + 1 + 2 * _WINDOW) and doc[j].text not in (",", ";", "(", ")", "—", "–", '"', "”"):
            tok = doc[j]
            if tok.dep_ in _CLAUSE or tok.lower_ in _CLAUSE_WORDS:
                break  # "X, who said ...": a clause, not a description
            other = ents_by_token.get(j)
            if other is not None and other.label_ in ("NORP", "GPE"):
                country = country_key(other.text)
                if country:
                    found.append(f"from:{country}")
            desc.append(tok.lower_)
            j += 1
        if desc and (desc[0] in ("a", "an", "the") or desc[0] in ROLE_SPHERE or desc[0] in ROLE_ONLY
                     or desc[0] in _MODIFIERS):
            found += _role_of(desc, after=True)
    return found


_FEMALE = {"she", "her", "hers", "herself", "mrs.", "ms.", "mrs", "ms", "miss", "chairwoman", "congresswoman",
           "spokeswoman", "businesswoman", "actress", "queen", "princess", "duchess", "mother", "wife", "daughter",
           "sister", "girl", "woman", "grandmother"}
_MALE = {"he", "him", "his", "himself", "mr.", "mr", "chairman", "congressman", "spokesman", "businessman", "king",
         "prince", "duke", "father", "husband", "son", "brother", "boy", "man", "grandfather"}


def _gender(words: Iterable[str]) -> str | None:
    words = set(words)
    female, male = bool(words & _FEMALE), bool(words & _MALE)
    return "f" if female and not male else "m" if male and not female else None


def _pronoun(doc: Doc, start: int, end: int) -> str | None:
    """The gender of the first personal pronoun after a name in its sentence ("X said she ..."), if any."""
    for tok in doc[start:min(end, start + 12)]:
        if tok.ent_type_ == "PERSON":
            return None  # another person comes first: the pronoun may be theirs
        low = tok.lower_
        if low in ("she", "her", "he", "his", "him"):
            return "f" if low in ("she", "her") else "m"
    return None


# Abbreviated titles, as the role they stand for: "Sen. _____" wants a senator.
_ABBREVIATED = {"sen.": "senator", "gov.": "governor", "adm.": "admiral", "gen.": "general", "rep.": "representative",
                "dr.": "doctor", "lt.": "lieutenant", "col.": "colonel", "sgt.": "sergeant", "cpl.": "corporal",
                "pvt.": "private"}


def canonical_role(role: str) -> str:
    """"senator" for "sen.", the role itself otherwise."""
    return _ABBREVIATED.get(role, role)


def roles_of(traits: Iterable[str]) -> set[str]:
    """The canonical roles among a name's traits."""
    return {canonical_role(t[5:]) for t in traits if t.startswith("role:")}


# Titles that say only the field: a "champion" or a "star" may be any sportsperson or artist
SPHERE_TITLES = {"champion", "star"}
_OFFICE_SPHERES = {"sphere:head", "sphere:government", "sphere:legislature", "sphere:international"}
# Lower-case words that are roles as titles but mostly something else before a name ("forward, _____")
_LOWER_NOT_TITLE = {"forward", "private", "general", "model", "accused", "police", "head", "chief", "deputy",
                    "official", "marine", "expert"}


def prompt_title(prompt: str, blank: str) -> str | None:
    """The role a title right before a person's blank gives it: "President _____" -> "president", "Prime
    Minister _____" -> "prime-minister", "Sen. _____" -> "senator", "Oscar-winning filmmaker _____" ->
    "filmmaker". None when there is no title."""
    before = prompt.partition(blank)[0]
    words = re.findall(r"[\w.-]+", before)[-3:]
    if not words or not re.search(r"[\w.]\s+$", before):
        return None  # "forward, _____": a comma ends the title
    lower = not words[-1][:1].isupper()  # "Top Gear presenter _____", "Oscar-winning filmmaker _____"
    if lower and words[-1] in _LOWER_NOT_TITLE:
        return None
    last = words[-1].lower()
    pair = (words[-2].lower(), last) if len(words) >= 2 else None
    if pair in _TWO_WORD:
        role, words = f"{pair[0]}-{last}", words[:-2]
    elif (last in ROLE_SPHERE or last in ROLE_ONLY) and last not in _SPHERE_ONLY:
        role, words = canonical_role(last), words[:-1]
    else:
        return None
    if lower and title_sphere(role) in _OFFICE_SPHERES:
        return None  # "the president _____" may head a company or a club
    owner = words[-1] if words else ""
    if lower and (not owner[:1].isupper() or "-" in owner):
        owner = ""  # "veteran actor _____", "Oscar-winning filmmaker _____": an actor like any other
    if owner and owner.lower() not in (ROLE_WORDS - _SUBNATIONAL) | _NOT_TITLE and country_key(owner) is None:
        return f"{role} of {owner.lower()}"  # "SAE national President _____" heads no country: nobody else's role
        # (nor "Assistant Tabasco state Attorney General _____": no US attorney general is a lure)
    return role


def title_sphere(title: str) -> str | None:
    """The sphere trait a title (as prompt_title gives it) places its holder in: "sphere:head" for a president."""
    sphere = _TWO_WORD.get(tuple(title.split("-", 1))) if "-" in title else ROLE_SPHERE.get(title)
    return f"sphere:{sphere}" if sphere else None


_SEXED_EVENT = re.compile(r"^\s*(?:won|wins|took|takes|claimed|claims|clinched|clinches|retained|retains|set)\s+"
                          r"(?:the|a|her|his)\s+((?:wo)?men)[’']s\b", re.IGNORECASE)


def prompt_gender(prompt: str, blank: str) -> str | None:
    """The gender the words around a person's blank give it: "_____ said she", "Chairwoman _____"."""
    before, _, after = prompt.partition(blank)
    title = re.findall(r"[\w.]+", before.lower())[-3:]
    following = re.findall(r"[\w’']+|[^\w\s]", after)[:16]  # "_____ races to ... before 8pm, when ... his internet"
    after_g: str | None = None
    for w in following:
        if w.lower() in ("she", "her", "he", "his", "him"):
            after_g = "f" if w.lower() in ("she", "her") else "m"
            break
        if w[:1].isupper() and w not in ("I", "A", "The"):
            break  # another name first: the pronoun may be theirs
    event = _SEXED_EVENT.search(after[:40])  # "_____ won the women's race"
    return _gender(title) or after_g or (event and ("f" if event.group(1).lower().startswith("wo") else "m"))


def article_traits(doc: Doc, label_of: callable) -> tuple[tuple[str, str], ...]:
    """(entity text, trait) pairs for one article: roles and countries of people, and coordinated names."""
    ents = [e for e in doc.ents if "\n" not in e.text]
    by_token = {t: e for e in ents for t in range(e.start, e.end)}
    out: dict[tuple[str, str], None] = {}
    people = [e for e in ents if label_of(e) == "PERSON"]
    if people:  # sentence bounds once per article: Span.sent searches for them on every call
        bounds = {}
        for sent in doc.sents:
            for t in range(sent.start, sent.end):
                bounds[t] = (sent.start, sent.end)
    for ent in ents:
        text = ent.text.strip()
        label = label_of(ent)
        if label == "PERSON":
            for trait in _person(ent, by_token, *bounds[ent.start]):
                out[(text, trait)] = None
        # "Russia and China vetoed": each is the other's peer, so never the other's wrong option
        for tok in (ent.root, *ent.root.conjuncts):
            other = by_token.get(tok.i)
            if other is not None and other is not ent and label_of(other) == label:
                out[(text, "peer:" + entity_key(other.text))] = None
    return tuple(out)


@lru_cache(maxsize=1)
def builtin_people() -> dict[str, frozenset[str]]:
    """Traits of the people quizgen ships: full and short names -> office sphere and country."""
    data = builtin()
    out: dict[str, set[str]] = {}
    people = [*data["leaders"], *data.get("people", [])]
    shorts = [r["short"] for r in people]
    for r in people:
        traits = {f"sphere:{r.get('office') or r.get('sphere')}"}
        if r.get("role"):
            traits.add(f"role:{r['role']}")
        if r.get("party"):
            traits.add(f"party:{r['party']}")
        if r.get("gender"):
            traits.add(f"gender:{r['gender']}")
        if r.get("country"):
            traits.add(f"from:{country_key(r['country']) or entity_key(r['country'])}")
        out.setdefault(r["name"], set()).update(traits)
        if shorts.count(r["short"]) == 1:  # "Gates" alone could be Bill or Robert: no traits
            out.setdefault(r["short"], set()).update(traits)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def people_by_key() -> dict[str, frozenset[str]]:
    """builtin_people by normalised name: "Kim Jong-un" finds Kim Jong Un."""
    return {entity_key(name): traits for name, traits in builtin_people().items()}


def traits_by_name(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for text, trait in pairs:
        out.setdefault(text, set()).add(trait)
    return out
