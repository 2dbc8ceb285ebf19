"""Custom Rasa input channels (run in the Rasa environment)."""
