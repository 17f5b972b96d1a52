"""When: the date an event takes from its sentence, its paragraph, an occasion told before or the
document."""
