"""quizgen: turn news articles into cloze and multiple-choice study questions, offline."""

__version__ = "0.1.0"
