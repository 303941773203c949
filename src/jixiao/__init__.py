"""jixiao (绩效): read, check and score budget performance self-evaluation packages."""

__version__ = "0.1.0"

from .pipeline import ReadError, load  # noqa: E402  (after __version__, which the recognisers record)

__all__ = ["load", "ReadError", "__version__"]
