#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# 术语表
#
# Exported by `nbrun 术语.md --to py`: every run of the notebook as plain Python, on the engine in
# nbrun_runtime.py beside this file (pip install -r requirements.txt: numpy, SciPy, PyTorch, matplotlib).
# `python3 术语.py` prints each cell's table and saves its charts in 术语-charts/;
# `--show` opens the charts instead; `--json` prints nbrun's JSON shape (status, params, metrics) only.


import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))  # nbrun_runtime.py and the data files are in this folder
sys.path.insert(0, HERE)
if not os.path.exists(os.path.join(HERE, "nbrun_runtime.py")):
    raise ImportError("nbrun_runtime.py is not in " + HERE + ": keep the exported folder whole (or export it again)")
from nbrun_runtime import *  # nbrun's engine (numpy, PyTorch, matplotlib); see requirements.txt

setup("d2a4d2d07226046c", HERE, language="zh")


CELLS = [  # each config cell: name, kind, the runs it shows, the parts it draws
]


if __name__ == "__main__":
    main(CELLS, program=__file__)
