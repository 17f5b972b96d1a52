"""What a trigger word means here: page domains, figurative and background senses, and words that
tell no event or another type."""
