"""The application's services over the store and the notebook's security: what the CLI and the window use."""
