"""Build hook: compiles rasd's optional C accelerators (``rasd.ner._fastcrf``,
``rasd.text._fasttok``).

``_fastcrf`` adds up the NER tagger's emission scores and runs its Viterbi in C, with the
same floating-point operations in the same order as the Python code it replaces
(``src/rasd/ner/_fastcrf.c``); ``_fasttok`` runs the tokenizer's and the quote stage's
chunk loops (``src/rasd/text/_fasttok.c``), with the same tokens. Each is optional on its
own: where no C compiler or Python headers are found, or a compile fails, the hook says so
and the install goes on; rasd then runs that part's pure-Python path, with the same
results, more slowly over a crawl (docs/benchmarks.md). ``RASD_NO_EXTENSION=1`` skips the
compiles.

An editable install (``pip install -e .``, what ``make`` does) builds the module next to
its source, where the editable path finds it; a wheel gets it as a platform-specific file.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: Each accelerator: its module path (under ``src``) and its C source.
MODULES = {
    "rasd/ner/_fastcrf": Path("src/rasd/ner/_fastcrf.c"),
    "rasd/text/_fasttok": Path("src/rasd/text/_fasttok.c"),
}


def compile_extension(root: Path, out_dir: Path, module: str) -> Path:
    """Compile accelerator ``module`` into ``out_dir``; raises ``RuntimeError`` with the
    reason."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    target = out_dir / (Path(module).name + suffix)
    include = sysconfig.get_paths()["include"]
    if not Path(include, "Python.h").is_file():
        raise RuntimeError(f"no Python headers in {include}")
    # Compile and link in one step with the interpreter's own link command (LDSHARED:
    # `gcc -shared ...` on Linux, `clang -bundle -undefined dynamic_lookup ...` on macOS),
    # its compiler swapped for $CC when set, as setuptools does. No -ffast-math or any flag
    # that reassociates floating-point sums: the results must be the Python path's to the bit.
    link = shlex.split(sysconfig.get_config_var("LDSHARED") or "cc -shared")
    if os.environ.get("CC"):
        link = [*shlex.split(os.environ["CC"]), *link[1:]]
    pic = shlex.split(sysconfig.get_config_var("CCSHARED") or "-fPIC")
    command = [*link, *pic, "-O2", "-fno-strict-aliasing", f"-I{include}",
               str(root / MODULES[module]), "-o", str(target)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise RuntimeError(f"no C compiler ({command[0]}): {exc}") from exc
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr.strip()}")
    return target


class CustomBuildHook(BuildHookInterface):  # type: ignore[misc]
    """Compiles each accelerator, or warns and leaves that part of rasd pure Python."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or os.environ.get("RASD_NO_EXTENSION") == "1":
            return
        root = Path(self.root)
        out_dir = None
        for module in MODULES:
            try:
                if version == "editable":
                    compile_extension(root, root / "src" / Path(module).parent, module)
                    continue
                out_dir = out_dir or Path(tempfile.mkdtemp(prefix="rasd-build-"))
                target = compile_extension(root, out_dir, module)
            except RuntimeError as exc:
                print(f"rasd: C accelerator {module} not built, that part of rasd runs in "
                      f"pure Python: {exc}", file=sys.stderr)
                continue
            build_data["force_include"][str(target)] = f"{Path(module).parent}/{target.name}"
            build_data["pure_python"] = False
            build_data["infer_tag"] = True
