"""tasks.py finds the venv's Python on Windows and elsewhere, and runs every tool through it."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import tasks


def test_the_venv_python_on_windows_is_scripts_python_exe():
    venv = PureWindowsPath(r"C:\Users\Aino Virtanen\coachkit\.venv")
    assert tasks.venv_python(venv, windows=True) == PureWindowsPath(
        r"C:\Users\Aino Virtanen\coachkit\.venv\Scripts\python.exe"
    )


def test_the_venv_python_elsewhere_is_bin_python():
    venv = PurePosixPath("/home/aino/coachkit/.venv")
    assert tasks.venv_python(venv, windows=False) == PurePosixPath(
        "/home/aino/coachkit/.venv/bin/python"
    )


def test_tools_run_as_modules_of_the_venv_python_not_by_executable_name():
    source = Path(tasks.__file__).read_text(encoding="utf-8")
    assert "BIN /" not in source and "os.execv" not in source
    assert tasks.PYBABEL[0] == tasks.PY and tasks.PYBABEL[1:] == ("-m", "babel.messages.frontend")
