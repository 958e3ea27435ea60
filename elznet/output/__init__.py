"""Output for people: maps, figures, the report, Excel workbooks, colours and words."""
