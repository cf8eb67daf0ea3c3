"""The wheel carries content and compiled catalogs: an installed coachkit works outside the tree."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (path,) = out.glob("coachkit-*.whl")
    return path


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
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    subprocess.run([py, "-m", "pip", "install", "--quiet", str(wheel)], check=True, timeout=900)
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {"PATH": str(env_dir / "bin"), "LANG": "en_US.UTF-8", "HOME": str(tmp_path)}
    result = subprocess.run(
        [env_dir / "bin" / "coachkit", "validate"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("All ")
    listed = subprocess.run(
        [env_dir / "bin" / "coachkit", "library", "--json"],
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
        [env_dir / "bin" / "coachkit", "validate", "mine"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 1
    assert "mine/method/typo.toml: titel: unknown field" in bad.stderr
