"""Errors of the handoff store; callers turn them into answers or HTTP statuses."""


class HandoffError(Exception):
    """Base of the handoff errors."""


class NoCoachAvailable(HandoffError):
    """No coach, regional fallback or statewide fallback could take the task."""


class TaskNotFound(HandoffError):
    """The task does not exist or the coach may not see it (the two look the same)."""


class InvalidTransition(HandoffError):
    """A status change that the task's status does not allow (e.g. resolving twice)."""


class StoreUnavailable(HandoffError):
    """The handoff database could not be reached."""
