"""One act told with several words inside one sentence, folded into one event."""
