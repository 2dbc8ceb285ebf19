"""SMS helpers shared by the Rasa channel and the app: formatting, keywords, provider, store.

Nothing here imports Rasa, so it runs (and is tested) in both environments.
"""
