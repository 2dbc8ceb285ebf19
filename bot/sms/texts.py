"""Every fixed SMS the channel sends, in one place so wording can be reviewed together."""

from __future__ import annotations

OPT_OUT_LINE = "Reply STOP to opt out, HELP for help."
HELP = (
    "Career Chat: free answers about jobs, pay and training in Mississippi, from official "
    "data. To reach a person, text COACH and your school's career coach will contact you. "
    "In danger? Call 911. To talk to someone now, call or text 988. Reply STOP to opt out."
)
STOPPED = "You're unsubscribed from Career Chat and won't get more texts. Reply START to come back."
STARTED = "Welcome back to Career Chat! Ask me about a job, like: how much do welders make here?"
EMPTY = (
    "I can only read text messages. Ask me about a job, like: how much do electricians make "
    "in Tupelo?"
)
TROUBLE = "Sorry, I'm having trouble right now. Please try again in a few minutes."
# What COACH is passed to the assistant as: the payload of its "Talk to my coach" buttons.
COACH_REQUEST = "/request_coach"
