"""The coach handoff: durable tasks, coach routing and the notification outbox."""
