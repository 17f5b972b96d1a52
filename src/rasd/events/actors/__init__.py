"""Who: the parties of an event (actor, recipient), the source it is reported on, and the roles the
gold conventions settle."""
