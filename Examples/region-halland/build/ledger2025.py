#!/usr/bin/env python3
"""Writes ledger-2025-01.se: a small 2025 ledger (January) for the follow-up of the decided 2025 plan (issue 18,
"a follow-up report of January 2025 on a small 2025 ledger the example adds").

Invented from ledger-2024.se: January 2024's vouchers dated a year later, every row 3 % larger, each voucher
balanced again on its bank row (1930); the opening balances are 2024's (the example has no 2024 year-end). Not
imported by the demo: the README's planning steps import it after `balans plan decide`.

Run from the repository root: python3 Examples/region-halland/build/ledger2025.py
"""
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main():
    lines = (ROOT / "ledger-2024.se").read_text(encoding="cp437").splitlines()
    out, voucher, keep = [], [], False
    for line in lines:
        if line.startswith("#GEN"):
            out.append("#GEN 20250210")
        elif line.startswith("#RAR 0"):
            out.append("#RAR 0 20250101 20251231")
        elif line.startswith("#RAR -1"):
            out.append("#RAR -1 20240101 20241231")
        elif line.startswith("#VER"):
            parts = line.split(" ", 4)
            keep = parts[3].startswith("202401")
            if keep:
                parts[3] = "2025" + parts[3][4:]
                voucher = [" ".join(parts[:4] + [parts[4].replace("2024", "2025")])]
        elif line == "{" or line == "}":
            if keep:
                voucher.append(line)
                if line == "}":
                    out += balanced(voucher)
        elif line.startswith("#TRANS"):
            if keep:
                voucher.append(line)
        else:
            out.append(line)
    (ROOT / "ledger-2025-01.se").write_text("\n".join(out) + "\n", encoding="cp437")
    print(f"ledger-2025-01.se: {sum(1 for l in out if l.startswith('#VER'))} vouchers")


def balanced(voucher):
    rows, total, bank = [], Decimal(0), None
    for line in voucher:
        if line.startswith("#TRANS"):
            head, amount = line.rsplit(" ", 1)
            if head.startswith("#TRANS 1930 "):
                bank = head
                continue
            value = (Decimal(amount) * Decimal("1.03")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            total += value
            rows.append(f"{head} {value}")
        elif line == "}":
            if bank is not None:
                rows.append(f"{bank} {-total}")
            rows.append(line)
        else:
            rows.append(line)
    return rows


if __name__ == "__main__":
    main()
