"""assault19: apply rasd.events.assault_readings to the blind bank's ASSAULT candidates and re-match each passage: spurious candidates removed and true ASSAULT events lost, rounds <= ev-1520 (early) and ev-1521..1820 (late). Usage: PYTHONPATH=src .venv/bin/python scripts/assault_bank_readings.py early late [FP|TP] (dev only)."""
import sys
from pathlib import Path
from collections import Counter
from rasd.cli_events import DEFAULT_BANK, DEFAULT_GOLD
from rasd.evaluation.events import match_events
from rasd.evaluation.events_gold import load_passages
from rasd.events.filter_bank import read_bank
from rasd.model import Event
import rasd.events.assault_readings as ar
args = sys.argv[1:]
dev = load_passages(Path(DEFAULT_GOLD), "dev")
by = {p.id: p for p in dev}
bank = read_bank(Path(DEFAULT_BANK), {p.id: p.text for p in dev})
tot = Counter(); rem = Counter(); lost = Counter()
for b in bank:
    lo = int(b.round.split('..')[0][3:])
    part = 'late' if lo >= 1521 else 'early'
    p = by[b.id]
    m = match_events(p.events, b.candidates)
    matched = set(m.values())
    evs = [Event(c.type, c.trigger, c.evidence) for c in b.candidates]
    kinds = {ci: ar.unasserted_kind(p.text, evs[ci], evs) for ci, c in enumerate(b.candidates)}
    for ci, c in enumerate(b.candidates):
        if c.type == 'ASSAULT':
            tot[part, 'TP' if ci in matched else 'FP'] += 1
    keep = [c for ci, c in enumerate(b.candidates) if not kinds[ci]]
    m2 = match_events(p.events, keep)
    for ci, c in enumerate(b.candidates):
        k = kinds[ci]
        if not k: continue
        lab = 'TP' if ci in matched else 'FP'
        if lab == 'FP': rem[part, k] += 1
        if part in args or 'all' in args:
            if lab in args or not ({'TP','FP'} & set(args)):
                s = evs[ci].trigger_sentence()
                print(f"{lab} {part} {k} {b.id} «{c.trigger.text}» :: {s.text[:200] if s else ''}")
    for gi in m:
        if gi not in m2 and 'ASSAULT' in p.events[gi].types:
            ci = m[gi]; k = kinds.get(ci) or '?'
            lost[part, k] += 1
            if part in args or 'all' in args:
                print(f"LOST {part} {k} {b.id} gold {p.events[gi].evidence[0][:60]} cand «{b.candidates[ci].trigger.text}»")
for part in [x for x in ("early", "late") if x in args or "all" in args]:
    print(part, 'ASSAULT FP', tot[part, 'FP'], 'TP', tot[part, 'TP'])
    for k in ('course', 'figurative', 'telling'):
        print(f"   {k:12s} FP removed {rem[part,k]:3d}  true events lost {lost[part,k]:3d}")
    print(f"   {'ALL':12s} FP removed {sum(v for (pp,k),v in rem.items() if pp==part):3d}  true events lost {sum(v for (pp,k),v in lost.items() if pp==part):3d}")
