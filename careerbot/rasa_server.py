"""Rasa's command line with one fix: ``python -m careerbot.rasa_server run ...`` = ``rasa run ...``.

Rasa 3.6 checks every answer from the action server with ``jsonschema.validate``
(``RemoteAction._validate_action_result``), which first checks Rasa's large events schema
against JSON Schema's meta-schema, every time: on this machine that costs more than the
rest of an action round trip, and a wage question makes two. Here the same schema is
checked once, when the server starts, and every answer is validated against it as before:
a malformed answer fails with the same error and message; nothing else changes.

Runs in the Rasa environment (``.venv/rasa``).
"""

from __future__ import annotations

import sys
from typing import Any


def install_precompiled_action_validator() -> None:
    """Make Rasa validate action-server answers with a validator built once."""
    from jsonschema import validators
    from jsonschema.exceptions import best_match
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)

    def validate_action_result(self: Any, result: dict[str, Any]) -> bool:
        # jsonschema.validate() without the per-call check_schema(); Rasa's own message.
        error = best_match(validator.iter_errors(result))
        if error is not None:
            error.message += (
                f". Failed to validate Action server response from API, "
                f"make sure your response from the Action endpoint is valid. "
                f"For more information about the format visit "
                f"{DOCS_BASE_URL}/custom-actions"
            )
            raise error
        return True

    RemoteAction._validate_action_result = validate_action_result


def main() -> None:
    """Run Rasa's command line (``sys.argv[1:]`` as for ``rasa``) with the fix installed."""
    install_precompiled_action_validator()
    from rasa.__main__ import main as rasa_main

    sys.argv[0] = "rasa"
    rasa_main()


if __name__ == "__main__":
    main()
