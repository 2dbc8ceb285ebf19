"""Clients that tell a coach about a handoff: e-mail (SMTP), chat webhook, SMS."""

from bot.notifiers.base import Notice, Notifier, NotifierError, NotifierTimeout
from bot.notifiers.registry import build_notifiers

__all__ = ["Notice", "Notifier", "NotifierError", "NotifierTimeout", "build_notifiers"]
