"""Write tests/gold/fresh-NN-*.json from annotations.py (run from anywhere)."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from annotations import FILES  # noqa: E402

GOLD = HERE.parent
for stem, a in FILES.items():
    text = GOLD / "texts" / f"{stem}.txt"
    assert text.is_file(), text
    gold = {
        "file": f"texts/{stem}.txt", "published": a["published"], "note": a["note"],
        "companies": {"gold": a["companies"][0], "optional": a["companies"][1]},
        "countries": {"gold": a["countries"][0], "optional": a["countries"][1]},
        "events": {"gold": a["events"][0], "optional": a["events"][1]},
        "figures": {"gold": a["figures"][0], "optional": a["figures"][1]},
    }
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
print(len(FILES), "files written")
