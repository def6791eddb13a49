"""How quizgen's Anki cards look: the card templates and CSS of its four note types.

Plain strings, so they can be read and changed without genanki. Changing a template or the CSS is safe: Anki
updates the note type on the next import. Changing the *fields* is not: see the note in quizgen/anki.py.
"""
from __future__ import annotations

LETTERS = "ABCD"

# What every card shows small on its back: where the fact came from. Context (the sentence before) is only on
# the back because it often names the answer.
_META = """
<div class="meta">
{{#Context}}<div class="context"><span class="label">Context</span> {{Context}}</div>{{/Context}}
{{#Title}}<div class="title">{{Title}}</div>{{/Title}}
<div class="source">{{Source}}{{#Date}} · {{Date}}{{/Date}}</div>
{{#Link}}<div class="link"><a href="{{Link}}">{{Link}}</a></div>{{/Link}}
</div>"""

CLOZE_FRONT = '<div class="prompt">{{cloze:Text}}</div>'
CLOZE_BACK = '<div class="prompt">{{cloze:Text}}</div>\n<hr id="answer">' + _META


def _options(*, marked: bool) -> str:
    """The lettered options. On the back, the list carries the right letter and CSS marks that option, so the
    note needs no copy of the options per side and no JavaScript."""
    attribute = ' data-correct="{{Correct}}"' if marked else ""
    items = "\n".join(f'{{{{#{x}}}}}<li><span class="letter">{x}</span> <span class="option">{{{{{x}}}}}</span></li>'
                      f'{{{{/{x}}}}}' for x in LETTERS)
    return f'<ol class="options"{attribute}>\n{items}\n</ol>'


MCQ_FRONT = '<div class="prompt">{{Question}}</div>\n' + _options(marked=False)
MCQ_BACK = ('<div class="prompt">{{Question}}</div>\n' + _options(marked=True)
            + '\n<hr id="answer">\n<div class="sentence">{{Sentence}}</div>' + _META)

# A wh-question and a true/false statement: the question on the front; the answer (or the verdict) and the
# sentence as the article has it, the answer in bold, on the back.
WH_FRONT = '<div class="prompt">{{Question}}</div>'
WH_BACK = (WH_FRONT + '\n<hr id="answer">\n<div class="answer">{{Answer}}</div>\n<div class="sentence">{{Sentence}}</div>'
           + _META)
TRUEFALSE_FRONT = '<div class="prompt">{{Statement}}</div>\n<div class="ask">True or false?</div>'
TRUEFALSE_BACK = (TRUEFALSE_FRONT + '\n<hr id="answer">\n<div class="answer">{{Verdict}}</div>\n'
                  '<div class="sentence">{{Sentence}}</div>' + _META)

_MARKED = ",\n".join(f'.options[data-correct="{x}"] li:nth-child({n})' for n, x in enumerate(LETTERS, 1))
_TICK = ",\n".join(f'.options[data-correct="{x}"] li:nth-child({n})::after' for n, x in enumerate(LETTERS, 1))

# Colours are variables set once per mode. Anki puts .card on the body and adds .nightMode in night mode
# (desktop, AnkiMobile, AnkiDroid 2.15+); older AnkiDroid adds .night_mode.
CSS = """\
.card {
  --text: #1f2328; --muted: #57606a; --page: #fbfbf8; --line: #d0d7de;
  --gap: #0b57d0; --right: #1a7f37; --right-bg: #dafbe1;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  font-size: 21px;
  line-height: 1.45;
  text-align: left;
  color: var(--text);
  background-color: var(--page);
  overflow-wrap: anywhere;
}
.card.nightMode, .nightMode .card, .card.night_mode, .night_mode .card {
  --text: #e6e6e6; --muted: #9ea7b3; --page: #1f1f1f; --line: #444c56;
  --gap: #8ab4f8; --right: #56d364; --right-bg: #12361f;
}
.prompt, .options, .sentence, .meta, hr { max-width: 36em; margin-left: auto; margin-right: auto; }
.cloze { font-weight: 600; color: var(--gap); }
.blank { letter-spacing: 0.05em; color: var(--muted); }
.options { list-style: none; padding: 0; margin-top: 0.9em; }
.options li {
  display: flex; align-items: baseline; gap: 0.6em;
  margin: 0.4em 0; padding: 0.45em 0.7em;
  border: 1px solid var(--line); border-radius: 10px;
}
.letter { font-weight: 700; min-width: 1.1em; color: var(--muted); }
.option { flex: 1; }
""" + _MARKED + """ {
  border-color: var(--right); background-color: var(--right-bg); font-weight: 600;
}
""" + _TICK + """ {
  content: "\\2713"; color: var(--right); font-weight: 700;
}
hr { border: none; border-top: 1px solid var(--line); margin-top: 1em; margin-bottom: 1em; }
.sentence b { color: var(--right); }
.answer { font-weight: 700; color: var(--right); max-width: 36em; margin: 0 auto 0.6em; }
.ask { color: var(--muted); max-width: 36em; margin: 0.6em auto 0; }
.meta { margin-top: 1.2em; font-size: 0.68em; line-height: 1.4; color: var(--muted); }
.meta div { margin-top: 0.25em; }
.context { font-style: italic; }
.label { font-style: normal; font-variant: small-caps; letter-spacing: 0.04em; margin-right: 0.3em; }
.title { font-weight: 600; }
.link a { color: inherit; word-break: break-all; }
@media (max-width: 480px) {
  .card { font-size: 18px; }
  .options li { padding: 0.4em 0.55em; }
}
"""
