"""The learned parts: the candidate filter (features, training, the blind bank) and the trigger
proposer's features."""
