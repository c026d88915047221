"""Protecting the user's notes: keys from passphrases, sealed files, the encrypted notebook.

No Qt here: the window and the command line both use these modules.
"""
