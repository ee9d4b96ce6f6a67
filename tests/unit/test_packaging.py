"""Packaging: every folder of code or data is declared, so a wheel holds everything and `pip install -e .` is quiet."""

from __future__ import annotations

import fnmatch
import tomllib

from tests.helpers import ROOT


def _declared():
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    return cfg["package-dir"], set(cfg["packages"]), cfg.get("package-data", {})


def _package_folders():
    """(package name, folder) for every folder under src/tipbot and ui/ that holds files."""
    package_dir, _, _ = _declared()
    roots = {"tipbot": ROOT / package_dir[""] / "tipbot", "tipbot_ui": ROOT / package_dir["tipbot_ui"]}
    for top, root in roots.items():
        for folder in [root, *sorted(p for p in root.rglob("*") if p.is_dir())]:
            if "__pycache__" in folder.parts:
                continue
            files = [f for f in folder.iterdir() if f.is_file() and not f.name.startswith(".")]
            if files:
                yield ".".join([top, *folder.relative_to(root).parts]), files


def test_every_folder_of_code_or_data_is_a_declared_package():
    _, packages, _ = _declared()
    missing = [name for name, _ in _package_folders() if name not in packages]
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {missing}"


def test_every_data_file_is_declared_package_data():
    _, _, package_data = _declared()
    undeclared = [
        str(f.relative_to(ROOT))
        for name, files in _package_folders()
        for f in files
        if f.suffix not in (".py", ".pyc")
        and not any(fnmatch.fnmatch(f.name, pattern) for pattern in package_data.get(name, []))
    ]
    assert not undeclared, f"add to [tool.setuptools.package-data] in pyproject.toml: {undeclared}"
