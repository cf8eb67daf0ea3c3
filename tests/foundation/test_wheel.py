"""The wheel carries content and compiled catalogs: an installed coachkit works outside the tree.

The wheel is built by the real build backend (hatchling and its catalog hook, without a fresh
isolated build environment) and installed by pip into a new virtual environment, outside this source
tree. Its third-party dependencies are not downloaded again: the new environment sees this
environment's site-packages through a .pth file, after its own, so coachkit itself can only come
from the installed wheel (the test checks where it was imported from).
"""

from __future__ import annotations

import json
import site
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.xdist_group("wheel")  # one build at a time writes build/mo


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    (path,) = out.glob("coachkit-*.whl")
    return path


def installed(wheel: Path, where: Path) -> Path:
    """A new virtual environment at ``where`` with the wheel installed by pip; returns its bin/."""
    venv.create(where, with_pip=False)
    bin_dir = where / ("Scripts" if sys.platform == "win32" else "bin")
    purelib = sysconfig.get_path("purelib", vars={"base": str(where), "platbase": str(where)})
    Path(purelib).mkdir(parents=True, exist_ok=True)
    (Path(purelib) / "_dependencies.pth").write_text(
        "\n".join(site.getsitepackages()) + "\n", encoding="utf-8"
    )
    pip = [sys.executable, "-m", "pip", "--python", str(bin_dir / "python"), "install"]
    subprocess.run(
        [*pip, "--quiet", "--no-deps", "--no-index", str(wheel)], check=True, timeout=300
    )
    return bin_dir


def test_wheel_holds_content_and_compiled_catalogs(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in ("fi", "en"):
        assert f"coachkit/locales/{lang}/LC_MESSAGES/coachkit.mo" in names
    assert "coachkit/exercises/schema/exercise.schema.json" in names
    builtin = {
        p.relative_to(ROOT / "exercises").as_posix() for p in (ROOT / "exercises").rglob("*.toml")
    }
    assert builtin and {f"coachkit/exercises/{b}" for b in builtin} <= names


@pytest.mark.slow
def test_installed_wheel_validates_outside_the_tree(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    bin_dir = installed(wheel, env_dir)
    py = bin_dir / "python"
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {"PATH": str(bin_dir), "LANG": "en_US.UTF-8", "HOME": str(tmp_path)}
    result = subprocess.run(
        [bin_dir / "coachkit", "validate"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("All ")
    listed = subprocess.run(
        [bin_dir / "coachkit", "library", "--json"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    rows = json.loads(listed.stdout)
    assert rows and all(r["source"].startswith("exercises/") for r in rows if "source" in r)
    # the installed package reads its own copy, not this source tree
    where = subprocess.run(
        [py, "-c", "import coachkit.resources as r; print(r.exercises_dir())"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert str(env_dir) in where.stdout
    broken = work / "mine" / "method"
    broken.mkdir(parents=True)
    (broken / "typo.toml").write_text('schema_version = 1\nid = "typo"\ntitel = "x"\n')
    bad = subprocess.run(
        [bin_dir / "coachkit", "validate", "mine"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 1
    assert "mine/method/typo.toml: titel: unknown field" in bad.stderr
