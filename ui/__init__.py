"""The desktop window (PySide6). Thin: it gathers input and shows results; the work is in storage/."""
