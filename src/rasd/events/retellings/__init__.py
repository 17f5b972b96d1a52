"""One act told again across the page (headline and lead, later tellings, parts of a fight), folded
into one event."""
