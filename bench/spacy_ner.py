#!/usr/bin/env python3
"""Peer timing for make bench: spaCy's small English pipeline, NER only, one process, over the
first N articles of a corpus folder. Prints key=value like dipkb-bench.
Enable with: pip install spacy && python3 -m spacy download en_core_web_sm"""
import os
import sys
import time

import spacy

folder, count = sys.argv[1], int(sys.argv[2])
names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))[:count]
texts, total = [], 0
for name in names:
    with open(os.path.join(folder, name), "rb") as f:
        data = f.read()
    total += len(data)
    # Body after the header block, as dipkb reads it.
    texts.append(data.decode("utf-8", "replace").split("\n\n", 1)[-1])
nlp = spacy.load("en_core_web_sm", exclude=["parser", "lemmatizer", "attribute_ruler", "tagger", "senter"])
start = time.perf_counter()
entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=32))
seconds = time.perf_counter() - start
print(f"articles={len(texts)} seconds={seconds:.3f} articles_per_s={len(texts) / seconds:.1f} "
      f"mb_per_s={total / 1e6 / seconds:.3f} entities={entities}")
