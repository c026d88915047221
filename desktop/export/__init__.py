"""Writing files that leave the application: safely, and in open formats."""
