"""jixiao (绩效): read, check and score budget performance self-evaluation packages."""

from .pipeline import ReadError, load

__version__ = "0.1.0"
__all__ = ["load", "ReadError", "__version__"]
