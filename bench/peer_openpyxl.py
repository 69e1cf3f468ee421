"""Peer: a Python script with openpyxl (Debian's python3-openpyxl) opens each
file and sums the same cells, as a clerk's helper script would. Prints JSON."""
import json
import os
import sys
import time

import openpyxl

directory, cells_json = sys.argv[1], sys.argv[2]
cells = json.loads(cells_json)
start = time.perf_counter()
launch_sites = 0
count = 0
for name in sorted(os.listdir(directory)):
    if not name.endswith(".xlsx"):
        continue
    wb = openpyxl.load_workbook(os.path.join(directory, name), data_only=True)
    ws = wb[cells[0]["sheet"]]
    for c in cells:
        v = ws.cell(row=c["row"], column=c["col"]).value
        if c["field"] == "launch_sites" and isinstance(v, (int, float)):
            launch_sites += v
    count += 1
print(json.dumps({"seconds": time.perf_counter() - start, "files": count, "launch_sites": launch_sites}))
