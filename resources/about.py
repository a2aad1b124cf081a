"""What `casefile --version` and Help › About show: the version (the one place it is written;
pyproject.toml reads it from here) and the licences of what Casefile ships."""
from __future__ import annotations

from importlib import metadata

VERSION = "0.1.0"
LICENCE = "GPL-3.0-or-later"

# (files, licence) of the fonts in resources/fonts/; their licence texts are shipped beside them.
FONTS = (
    ("Noto Serif, Noto Naskh Arabic", "SIL Open Font License 1.1"),
    ("Droid Sans Fallback", "Apache License 2.0"),
)

# (distribution, licence) of the main libraries, as their own metadata and licence files state.
LIBRARIES = (
    ("PySide6-Essentials", "Qt for Python: LGPL-3.0-only"),
    ("sqlcipher3", "zlib licence; SQLCipher: BSD-3-Clause"),
    ("SQLAlchemy", "MIT"),
    ("sqlmodel", "MIT"),
    ("pydantic", "MIT"),
    ("alembic", "MIT"),
    ("cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("pyrage", "MIT"),
    ("reportlab", "BSD"),
    ("uharfbuzz", "Apache-2.0; HarfBuzz: MIT"),
    ("pypdf", "BSD-3-Clause"),
    ("pdfminer.six", "MIT"),
    ("pypdfium2", "BSD-3-Clause, Apache-2.0; PDFium: BSD-3-Clause"),
    ("anyascii", "ISC"),
    ("zxcvbn", "MIT"),
    ("pycountry", "LGPL-2.1-only"),
    ("opencc", "Apache-2.0"),
    ("python-bidi", "LGPL-3.0"),
    ("keyring", "MIT"),
    ("psutil", "BSD-3-Clause"),
    ("filetype", "MIT"),
    ("platformdirs", "MIT"),
)


def installed_version(distribution: str) -> str:
    """The version of a library as installed, or '?' (a frozen build may carry no metadata for it)."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"
