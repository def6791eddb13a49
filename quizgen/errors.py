"""quizgen's exceptions. Every message is shown to the user as one line and says what to do next."""


class QuizgenError(Exception):
    """Base class: an error the user can act on. The CLI prints it and exits non-zero."""

    exit_code = 1


class InputError(QuizgenError):
    """An article or path could not be read."""


class ModelError(QuizgenError):
    """The spaCy English pipeline is missing or unusable."""


class BankError(QuizgenError):
    """The question bank cannot be opened or written."""


class UsageError(QuizgenError):
    """Arguments that do not make sense together."""

    exit_code = 2
