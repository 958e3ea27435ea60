"""Reading: files → raw sheets → table sheets → canonical tables and a load report."""
