"""The sample workbooks build the same bytes as before a refactoring: the reports (the
state-form sample too), their records, the report with comparison annexes, the comparison
document and a tracked copy.
A difference means the output changed; when that is intended, run this file with
--update and say why in the commit."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_data"
MANIFEST = Path(__file__).resolve().parent / "golden" / "sha256.json"
Y2019, Y2020 = SAMPLES / "bao-cao-xep-loai-2019.xlsx", SAMPLES / "bao-cao-xep-loai-2020.xlsx"
Y124 = SAMPLES / "bao-cao-124-nghi-quyet-03.xlsx"
STATE = SAMPLES / "bao-cao-ubnd-huyen-dak-ha.xlsx"


def produce(folder: Path) -> dict[str, bytes]:
    from drafter.cli import main
    from drafter.render.tracked import track

    def run(*args: str) -> None:
        with pytest.raises(SystemExit) as done:
            main([*args])
        assert done.value.code == 0, args

    run("build", str(Y2020), "-o", str(folder / "a2020.docx"))
    run("build", str(Y2019), "-o", str(folder / "a2019.docx"))
    run("build", str(Y124), "-o", str(folder / "a124.docx"))
    run("build", str(STATE), "-o", str(folder / "ubnd.docx"))
    run("build", str(Y2020), "--nam-truoc", str(Y2019), "--phu-luc-so-sanh", "-o", str(folder / "a2020ss.docx"))
    run("compare", str(Y2019), str(Y2020), "-o", str(folder / "ss.docx"))
    out = {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix in (".docx", ".json")
           and not p.name.startswith(".")}
    out["track.docx"], _ = track(out["a2019.docx"], out["a2020.docx"], dt.date(2026, 1, 1))
    return out


def digests(files: dict[str, bytes]) -> dict[str, str]:
    return {name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items())}


def test_samples_build_the_recorded_bytes(tmp_path):
    expected = json.loads(MANIFEST.read_text(encoding="utf-8"))
    got = digests(produce(tmp_path))
    changed = [name for name in expected if got.get(name) != expected[name]]
    assert not changed, f"output bytes changed: {changed}"
    assert set(got) == set(expected)


if __name__ == "__main__" and "--update" in sys.argv:
    import tempfile

    # This checkout's drafter, not the installed one (an editable install points at another
    # worktree, whose bytes would be recorded here).
    sys.path.insert(0, str(ROOT))

    with tempfile.TemporaryDirectory() as folder:
        try:
            MANIFEST.write_text(json.dumps(digests(produce(Path(folder))), indent=1) + "\n", encoding="utf-8")
        except BaseException as exc:  # pytest.raises outside pytest raises its own Failed
            raise SystemExit(f"update failed: {exc!r}")
    print(f"wrote {MANIFEST}")
