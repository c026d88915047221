"""The `ekasar` command's sub-commands: the parser, and one module per group of commands."""
