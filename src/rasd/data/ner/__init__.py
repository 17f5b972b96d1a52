"""Data of the NER stage: derived word lists with their build scripts named inside."""
