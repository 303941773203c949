"""jixiao (绩效): read, check and score budget performance self-evaluation packages.

The Python API, one call per stage of the pipeline::

    import jixiao
    pkg = jixiao.load("材料.docx")             # file -> typed Package (jixiao.model)
    pkgs = jixiao.load_many(["材料文件夹"])     # files and folders -> packages by unit and year
    findings = jixiao.check(pkg)               # -> list of Finding (rule, severity, place, message)
    scored = jixiao.score(pkg)                 # -> PackageScore (reported vs recomputed, grades)
    jixiao.write_outputs(pkg, "输出文件夹")      # 自评报告, 附件 forms, review report

Each is imported on first use, so that ``import jixiao`` (and the command line's start, which
prints its help without reading anything) stays light.
"""

__version__ = "0.1.0"

_LAZY = {"load": ("jixiao.pipeline", "load"), "load_many": ("jixiao.pipeline", "load_many"),
         "ReadError": ("jixiao.pipeline", "ReadError"), "check": ("jixiao.checks", "check"),
         "score": ("jixiao.scoring", "score_package"), "write_outputs": ("jixiao.writers", "write_outputs")}

__all__ = ["load", "load_many", "check", "score", "write_outputs", "ReadError", "__version__"]


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'jixiao' has no attribute {name!r}")
