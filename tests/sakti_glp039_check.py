#!/usr/bin/env python3
"""Checks the real SAKTI GLP039 exports by hand, independently of lakip (openpyxl only).

    pip install openpyxl
    python3 tests/sakti_glp039_check.py ../shared/real/sakti-glp039/*.xlsx

Reads the layout as it is in the files: codes in B (program, kegiatan), C (KRO, RO), E
(komponen), F (sub-komponen), H (akun), items in N; amounts pagu Q, lock S, lalu W, ini X,
s.d. Z, % AC (a fraction), sisa AE; the grand total in row 9 with s.d. in Y and sisa in AD;
page footers (`*Lock Pagu …`) in B. Prints every parent that is not the sum of its children
(per amount), every row whose s.d. is not lalu + ini, whose sisa is not pagu − s.d., or whose
% is not s.d. ÷ pagu; and the sums of the items. It found nothing inconsistent in the three
files (tests/sakti.rs asserts `lakip check` agrees).
"""
import sys
from decimal import Decimal

import openpyxl

FIELDS = {"pagu": "Q", "lock": "S", "lalu": "W", "ini": "X", "sd": "Z", "pct": "AC", "sisa": "AE"}
# Levels by the column of the code, and whether it has a dot (`WA` / `WA.6336`).
CODE_COLUMNS = {("B", False): 0, ("B", True): 1, ("C", False): 2, ("C", True): 3, ("E", False): 4,
                ("E", True): 4, ("F", True): 5, ("F", False): 5, ("H", False): 6}


def number(value):
    return Decimal(repr(value)) if value is not None else None


def level(cells):
    for col in "BCEFHN":
        text = cells.get(col)
        if text is None:
            continue
        text = str(text)
        if col == "B" and text.startswith("*"):
            return None  # page footer
        if col == "N":
            return 7  # detail item
        return CODE_COLUMNS[(col, "." in text)]
    return None


def read(path):
    sheet = openpyxl.load_workbook(path).worksheets[0]
    total, stack, nodes = None, [], []
    for row in sheet.iter_rows(min_row=9):
        cells = {c.column_letter: c.value for c in row if c.value is not None}
        if not cells:
            continue
        values = {f: number(cells.get(col)) for f, col in FIELDS.items()}
        if row[0].row == 9:
            values["sd"], values["sisa"] = number(cells.get("Y")), number(cells.get("AD"))
            total = {"row": 9, "level": -1, "values": values, "children": []}
            continue
        at = level(cells)
        if at is None:
            continue
        node = {"row": row[0].row, "level": at, "values": values, "children": []}
        while stack and stack[-1]["level"] >= at:
            stack.pop()
        (stack[-1] if stack else total)["children"].append(node)
        stack.append(node)
        nodes.append(node)
    return total, nodes


def findings(total, nodes):
    out = []
    for node in nodes + [total]:
        v, row = node["values"], node["row"]
        if node["children"]:
            for f in ("pagu", "lock", "lalu", "ini", "sd", "sisa"):
                summed = sum(c["values"][f] for c in node["children"])
                if summed != v[f]:
                    out.append(f"row {row}: {f} states {v[f]}, its rows add up to {summed}")
        if v["lalu"] + v["ini"] != v["sd"]:
            out.append(f"row {row}: s.d. {v['sd']} is not lalu {v['lalu']} + ini {v['ini']}")
        if v["pagu"] - v["sd"] != v["sisa"]:
            out.append(f"row {row}: sisa {v['sisa']} is not pagu {v['pagu']} - s.d. {v['sd']}")
        fraction = v["sd"] / v["pagu"] if v["pagu"] else Decimal(0)
        if abs(fraction - v["pct"]) > Decimal("0.00005"):
            out.append(f"row {row}: % {v['pct']} is not s.d. / pagu = {fraction}")
    return out


def main(paths):
    for path in paths:
        total, nodes = read(path)
        items = [n for n in nodes if n["level"] == 7]
        sums = {f: sum(i["values"][f] for i in items) for f in ("pagu", "lalu", "ini", "sd", "sisa")}
        print(f"{path}: {len(nodes)} rows read, {len(items)} items, item sums {sums}")
        for finding in findings(total, nodes) or ["no inconsistency"]:
            print(f"  {finding}")


if __name__ == "__main__":
    main(sys.argv[1:])
