"""The one error type a user can cause, with a message and a hint."""


class PersonaeError(Exception):
    """Raised for anything the user can fix: bad input, a missing store, a bad id.

    The CLI prints ``message`` and ``hint`` on one or two lines and exits 2;
    the web layer turns it into a JSON or HTML error with ``status``.
    """

    def __init__(self, message: str, hint: str = "", status: int = 400):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.status = status

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message
