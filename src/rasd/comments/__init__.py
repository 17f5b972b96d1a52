"""Reader comments: mentions, stance, toxicity, scripture quotes, hygiene (issue 6)."""
