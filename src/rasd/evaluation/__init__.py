"""Quality evaluation against gold data (``rasd eval ...``)."""
