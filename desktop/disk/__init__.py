"""Writing files so they survive a power cut, and telling which file system a path is on."""
