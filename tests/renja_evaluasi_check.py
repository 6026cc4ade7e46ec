#!/usr/bin/env python3
"""Works out by hand what `lakip check` must find in the real Renja evaluation
(../shared/real/renja-evaluasi/evaluasi-renja-bappedalitbang-2025.xlsx), from the cached
values alone (openpyxl, data_only=True): no lakip code involved.

The tree below is written out by reading the sheet: G names the urusan, bidang, program,
kegiatan and sub kegiatan; A counts the rows 1..95. Rows 89 and 90 are sub kegiatan of
kegiatan 84 (numbered 79, 80 in A) that K84 =SUM(K85:K88) leaves out. Rows 106-112 stand
below the table, outside its totals; 108 (=K109) and 110 (=SUM(K111:K112)) head their rows.
Row 113 is the grand total (=SUM(K12+K91+K96)): checked against the rows at the top of the
sheet, each as it states itself (11, and 106-112 outside the table: 106, 107, 108, 110).

A heading is reported where its stated amount differs from the sum of the sub kegiatan under
it and no heading under it is off in that column (the first cause: K11, K12 and K70 are
off by K84's 85.916.205, R11 by R12's 32.763.514).

Run: python3 tests/renja_evaluasi_check.py  (prints cell, stated, computed, difference)
"""
import sys
from decimal import Decimal

import openpyxl

PATH = sys.argv[1] if len(sys.argv) > 1 else \
    "../shared/real/renja-evaluasi/evaluasi-renja-bappedalitbang-2025.xlsx"

def span(a, b):
    return list(range(a, b + 1))

TREE = {
    11: [12, 91, 96],
    12: [13, 55, 70],
    13: [14, 22, 27, 30, 39, 45, 49],
    14: span(15, 21), 22: span(23, 26), 27: span(28, 29), 30: span(31, 38),
    39: span(40, 44), 45: span(46, 48), 49: span(50, 54),
    55: [56, 64, 67], 56: span(57, 63), 64: span(65, 66), 67: span(68, 69),
    70: [71, 77, 84], 71: span(72, 76), 77: span(78, 83), 84: span(85, 90),
    91: [92], 92: [93], 93: span(94, 95),
    96: [97], 97: [98, 101, 103], 98: span(99, 100), 101: [102], 103: span(104, 105),
    108: [109], 110: span(111, 112),
}
# The Rp. columns: Target Renstra, Renstra s.d. lalu, Target Renja, TW I-IV, realisasi,
# Renstra s.d. tahun ini.
RP = ["K", "M", "O", "R", "U", "X", "AA", "AC", "AE"]
GRAND = 113

ws = openpyxl.load_workbook(PATH, data_only=True).active

def value(col, row):
    v = ws[f"{col}{row}"].value
    return None if v is None or isinstance(v, str) else Decimal(str(v))

def leaves(row):
    if row not in TREE:
        return [row]
    return [leaf for child in TREE[row] for leaf in leaves(child)]

def computed(col, rows):
    vals = [value(col, r) for r in rows]
    return sum((v for v in vals if v is not None), Decimal(0))

TOP = [11, 106, 107, 108, 110]

def found(col, head):
    stated = value(col, head)
    if stated is None or head not in TREE:
        return None
    got = computed(col, leaves(head))
    return None if stated == got else (stated, got)

def headings_under(head):
    return [h for c in TREE.get(head, []) if c in TREE for h in [c] + headings_under(c)]

def first_cause(col, head):
    return found(col, head) and not any(found(col, h) for h in headings_under(head))

for col in RP:
    for head in TREE:
        if first_cause(col, head):
            stated, got = found(col, head)
            print(f"sum-heading {col}{head} stated {stated} computed {got}")
    stated = value(col, GRAND)
    got = computed(col, TOP)
    if stated is not None and stated != got:
        print(f"sum-total {col}{GRAND} stated {stated} computed {got}")

# The column-number row's formulas, on every row whose cells hold numbers: 13 = 9 + 10 + 11 +
# 12 (AC = R + U + X + AA), 14 = 7 + 13 (AE = M + AC), 15 = 14 / 6 x 100 (AG = AE / K x 100,
# compared at two decimals, half-up; a zero K is the cell-error rule's).
def q2(d):
    return d.quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")

for row in range(10, GRAND + 1):
    v = {c: value(c, row) for c in ["K", "M", "R", "U", "X", "AA", "AC", "AE", "AG"]}
    def need(*cols):
        return all(v[c] is not None for c in cols)
    if need("R", "U", "X", "AA", "AC") and v["AC"] != v["R"] + v["U"] + v["X"] + v["AA"]:
        print(f"column-formula AC{row} stated {v['AC']} computed {v['R'] + v['U'] + v['X'] + v['AA']}")
    if need("M", "AC", "AE") and v["AE"] != v["M"] + v["AC"]:
        print(f"column-formula AE{row} stated {v['AE']} computed {v['M'] + v['AC']}")
    if need("AE", "K", "AG") and v["K"] != 0 and q2(v["AG"]) != q2(v["AE"] / v["K"] * 100):
        print(f"column-formula AG{row} stated {q2(v['AG'])} computed {q2(v['AE'] / v['K'] * 100)}")

# The same formulas on the K side (J, L, N, P, S, V, Y, AB, AD, AF: columns 6 to 15), compared
# at two decimals, half-up, as the sheet shows them (a K is often a fraction: 0,83 dokumen).
for row in range(10, GRAND + 1):
    k = {c: value(c, row) for c in ["J", "L", "P", "S", "V", "Y", "AB", "AD", "AF"]}
    def have(*cols):
        return all(k[c] is not None for c in cols)
    if have("P", "S", "V", "Y", "AB") and q2(k["AB"]) != q2(k["P"] + k["S"] + k["V"] + k["Y"]):
        print(f"column-formula AB{row} stated {q2(k['AB'])} computed {q2(k['P'] + k['S'] + k['V'] + k['Y'])}")
    if have("L", "AB", "AD") and q2(k["AD"]) != q2(k["L"] + k["AB"]):
        print(f"column-formula AD{row} stated {q2(k['AD'])} computed {q2(k['L'] + k['AB'])}")
    if have("AD", "J", "AF") and k["J"] != 0 and q2(k["AF"]) != q2(k["AD"] / k["J"] * 100):
        print(f"column-formula AF{row} stated {q2(k['AF'])} computed {q2(k['AD'] / k['J'] * 100)}")
