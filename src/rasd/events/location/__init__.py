"""Where: the place and country an event takes from its sentence, the dateline or the story."""
