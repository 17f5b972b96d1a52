"""How many: casualty and arrest counts and the events they belong to."""
