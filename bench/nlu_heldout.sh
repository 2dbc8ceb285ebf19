#!/usr/bin/env bash
# NLU on data it never saw: split our NLU data 80/20 (fixed seed), train NLU only on the 80,
# test on the 20, print intent and entity F1: per extractor (rasa test) and for the entities the
# whole pipeline hands the assistant (bench/nlu_pipeline_entities.py). It first reports any test
# message whose words are a training message's (a copy would flatter the score).
# The data matcher's patterns (var/mentions.jsonl, or $CAREERBOT_VAR_DIR) come from the database
# and the project's CSVs, never from the examples. Usage: bash bench/nlu_heldout.sh [workdir]
# NLU_DATA=DIR measures another copy of data/nlu (e.g. an earlier one, for a before/after);
# CONFIG=FILE another pipeline. PREVIOUS_TEST=FILE also scores an earlier run's test split
# (its messages that are not in this run's training data), so two data versions meet one test.
set -euo pipefail
cd "$(dirname "$0")/.."
RASA=.venv/rasa/bin/rasa
WORK="${1:-$(mktemp -d /tmp/careerbot-nlu-XXXX)}"
NLU_DATA="${NLU_DATA:-data/nlu}"
CONFIG="${CONFIG:-config.yml}"
export PYTHONHASHSEED=0 TF_ENABLE_ONEDNN_OPTS=0 TF_CPP_MIN_LOG_LEVEL=2 RASA_TELEMETRY_ENABLED=false
mkdir -p "$WORK/nlu"
# Hand-written examples are split; the generated lookup tables go to training whole.
"$RASA" data split nlu --nlu "$NLU_DATA" --training-fraction 0.8 --random-seed 42 --out "$WORK/split" >/dev/null
cp "$WORK/split/training_data.yml" "$WORK/nlu/"
# No leakage: a test message whose words are those of a training message would be a copy.
"$(dirname "$0")/../.venv/app/bin/python" - "$WORK/split" <<'PY'
import re, sys
from pathlib import Path
import yaml
def words(path):
    out = []
    for block in yaml.safe_load(Path(path).read_text())["nlu"]:
        for line in (block.get("examples") or "").splitlines() if "intent" in block else []:
            text = re.sub(r"\[([^\]]*)\](\([^)]*\)|\{[^}]*\})", r"\1", line.strip()[2:])
            out.append(" ".join(re.findall(r"\w+", text.lower())))
    return out
train = set(words(Path(sys.argv[1]) / "training_data.yml"))
test = words(Path(sys.argv[1]) / "test_data.yml")
copies = [t for t in test if t and t in train]
print(f"test messages whose words are a training message's: {len(copies)} {copies[:10]}"
      f" (and {test.count('')} of punctuation or emoji only)")
PY
cp "$NLU_DATA"/generated/*.yml "$WORK/nlu/" 2>/dev/null || true
"$RASA" train nlu --config "$CONFIG" --nlu "$WORK/nlu" --out "$WORK/models" --fixed-model-name heldout >/dev/null
"$RASA" test nlu --model "$WORK/models/heldout.tar.gz" --nlu "$WORK/split/test_data.yml" \
  --out "$WORK/results" >/dev/null
"$(dirname "$0")/../.venv/app/bin/python" - "$WORK/results" <<'PY'
import json, sys
from pathlib import Path
results = Path(sys.argv[1])
intent = json.loads((results / "intent_report.json").read_text())
print(f"intent F1 (weighted): {intent['weighted avg']['f1-score']:.3f}  accuracy: {intent['accuracy']:.3f}")
reports = {}
for extractor in ("DIETClassifier", "DataMentions"):
    path = results / f"{extractor}_report.json"
    if path.exists():
        reports[extractor] = json.loads(path.read_text())
        print(f"entity F1 (weighted, {extractor} alone): "
              f"{reports[extractor]['weighted avg']['f1-score']:.3f}")
# Per label, the data's spans where the data matcher tags that label, DIET's for the rest
# (an approximation: the whole pipeline's figure is printed last).
combined, support = 0.0, 0
for label in ("occupation", "place", "education", "interest", "sort"):
    source = "DataMentions" if label in reports.get("DataMentions", {}) else "DIETClassifier"
    entry = reports.get(source, {}).get(label)
    if entry:
        print(f"  {label}: F1 {entry['f1-score']:.3f} (n={entry['support']}, {source})")
        combined += entry["f1-score"] * entry["support"]
        support += entry["support"]
if support:
    print(f"entity F1 (weighted, per label from the data matcher where it tags it, else DIET): "
          f"{combined / support:.3f}")
worst = sorted(
    ((k, v["f1-score"]) for k, v in intent.items() if isinstance(v, dict) and "support" in v
     and k not in ("macro avg", "weighted avg", "micro avg")), key=lambda kv: kv[1])[:5]
print("weakest intents:", ", ".join(f"{k} {v:.2f}" for k, v in worst))
PY
# The entities the assistant actually reads: the whole pipeline's, scored on the same 20 %.
"$(dirname "$0")/../.venv/rasa/bin/python" bench/nlu_pipeline_entities.py \
  "$WORK/models/heldout.tar.gz" "$WORK/split/test_data.yml" 2>/dev/null
# An earlier run's test split, less the messages this run trained on: the same test for both.
if [ -n "${PREVIOUS_TEST:-}" ]; then
  "$(dirname "$0")/../.venv/rasa/bin/python" - "$PREVIOUS_TEST" "$WORK" <<'PY' 2>/dev/null
import re, sys
from pathlib import Path
from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLWriter
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.training_data import TrainingData
def words(text):
    return " ".join(re.findall(r"\w+", text.lower()))
work = Path(sys.argv[2])
seen = {words(m.get("text")) for m in load_data(str(work / "split" / "training_data.yml")).intent_examples}
kept = [m for m in load_data(sys.argv[1]).intent_examples if words(m.get("text")) not in seen]
RasaYAMLWriter().dump(work / "previous_test.yml", TrainingData(training_examples=kept))
print(f"previous test split: {len(kept)} messages not trained on")
PY
  "$RASA" test nlu --model "$WORK/models/heldout.tar.gz" --nlu "$WORK/previous_test.yml" \
    --out "$WORK/results-previous" >/dev/null
  "$(dirname "$0")/../.venv/app/bin/python" - "$WORK/results-previous" <<'PY'
import json, sys
from pathlib import Path
intent = json.loads((Path(sys.argv[1]) / "intent_report.json").read_text())
print(f"previous test split: intent F1 (weighted) {intent['weighted avg']['f1-score']:.3f}")
worst = sorted(((k, v["f1-score"]) for k, v in intent.items() if isinstance(v, dict)
                and "support" in v and k not in ("macro avg", "weighted avg", "micro avg")),
               key=lambda kv: kv[1])[:5]
print("previous test split, weakest intents:", ", ".join(f"{k} {v:.2f}" for k, v in worst))
PY
fi
