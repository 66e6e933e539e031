#!/usr/bin/env python3
"""Derive the shipped locality data of cag_ovt from its sources (developer time).

    python3 data/geo/derive.py            # writes data/fsa-regions.csv,
                                          # data/former-municipalities.csv,
                                          # data/locality-aliases.csv,
                                          # data/ldu-communities.csv
    python3 data/geo/derive.py --check    # fails if they are not up to date

Sources (data/geo/, see data/README.md for their origin and licence):
  fsa-localities-qc.csv, fsa-rural-communities-qc.csv   localities of each FSA
  former-municipalities-qc.csv                          former municipalities
  locality-aliases-qc.csv                               other names people write
and the MAMH directory data/mamh-municipalities-2023.csv.

Names are matched here with a simplified key (accents, case, punctuation and
St/Ste dropped); the extension reads localities with src/locality_core.c.
What cannot be matched is printed and left out.  The build never runs this
script: src/localities.awk turns its output into SQL.
"""
import csv
import os
import re
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)

# Territory changes of MRC prefixes (src/geography.sql, mrc_region_changes).
PREFIX_CHANGES = {'46': ('16', '05', '2021-07-08'), '47': ('16', '05', '2021-07-08')}

# Wikipedia's groupings of rural communities that fall in one region.
RURAL_LABELS = {
    'Abitibi-Témiscamingue-Est': '08', 'Abitibi-Témiscamingue-Ouest': '08',
    'Akwesasne Region': '16', 'Bas-Saint-Laurent-Est': '01',
    'Bas-Saint-Laurent-Ouest': '01', 'Bois-Francs-Nord': '17',
    'Bois-Francs-Sud': '17', 'Capitale-Nationale': '03',
    'Centre-du-Québec-Est': '17', 'Centre-du-Québec-Nord': '17',
    'Centre-du-Québec-Ouest': '17', 'Centre-du-Québec-Sud': '17',
    'Chaudière-Nord': '12', 'Chaudière-Sud': '12',
    'Côte-Nord & Anticosti': '09', 'Estrie-Est': '05', 'Estrie-Ouest': '05',
    'Gaspésie-Nord': '11', 'Gaspésie-Sud': '11', "L'Érable": '17',
    'Lanaudière-Nord': '14', 'Laurentides-Est': '15', 'Laurentides-Nord': '15',
    'Laurentides-Sud': '15', 'Le Fjord': '02', 'Manicouagan': '09',
    'Mauricie': '04', 'Montérégie-Est': '16', 'Montérégie-Nord': '16',
    'Montérégie-Ouest': '16', 'Nunavik': '10', 'Outaouais-Nord': '07',
    'Outaouais-Sud': '07', "Région d'Oka": '15', 'Région de Beauce': '12',
    'Saguenay-Lac-Saint-Jean-Est': '02', 'Saguenay-Lac-Saint-Jean-Ouest': '02',
    'Vaudreuil-Soulanges': '16',
    # 'Appalaches' (Chaudière-Appalaches or Estrie) and 'Gaspésie-Ouest'
    # (Gaspésie or the Matapédia valley of Bas-Saint-Laurent) are not one region
}

DIRECTIONS = {'north', 'south', 'east', 'west', 'central', 'northeast', 'northwest',
              'southeast', 'southwest', 'outskirts', 'inner', 'outer', 'upper', 'lower',
              'mid', 'riverbank', 'and'}

LATIN1_SAFE = str.maketrans({'\u2013': '-', '\u2014': '-', '\u2019': "'", '\u0153': 'oe',
                             '\u0152': 'OE'})

ABBR = {'st': 'saint', 'ste': 'sainte', 'sts': 'saints', 'stes': 'saintes',
        'mt': 'mont', 'pte': 'pointe'}


def key(s):
    s = re.sub(r'\s*\([^)]*\)\s*$', '', s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('œ', 'oe').replace('Œ', 'oe').lower()
    return ''.join(ABBR.get(w, w) for w in re.findall(r'[a-z0-9]+', s))


def read(name, folder=HERE):
    with open(os.path.join(folder, name), newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f))


def write(name, header, rows, check):
    path = os.path.join(DATA, name)
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    # the install script must load into a LATIN1 database too
    text = buf.getvalue().translate(LATIN1_SAFE)
    bad = sorted({c for c in text if ord(c) > 0xFF})
    if bad:
        sys.exit('%s: characters outside Latin-1: %s' % (name, ' '.join(bad)))
    if check:
        with open(path, encoding='utf-8') as f:
            if f.read() != text:
                sys.exit('%s is not up to date: run python3 data/geo/derive.py' % path)
        return
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    print('%s: %d rows' % (name, len(rows)))


def main():
    check = '--check' in sys.argv
    debug = '--debug' in sys.argv
    problems = []
    mamh = read('mamh-municipalities-2023.csv', DATA)
    by_key = defaultdict(list)
    region_of = {}
    town_hall = {}
    key_of = {}
    for m in mamh:
        town_hall[m['mcode']] = m['mcodpos'][:3].upper()
        key_of[m['mcode']] = key(m['munnom'])
        by_key[key(m['munnom'])].append(m['mcode'])
        region_of[m['mcode']] = m['regadm_code'].zfill(2)

    def mamh_code(name, region=None):
        codes = by_key.get(key(name), [])
        if region:
            codes = [c for c in codes if region_of[c] == region] or codes
        return codes

    # former municipalities: successor codes, restored ones
    formers = read('former-municipalities-qc.csv')
    former_rows = []
    former_code = {}
    for f in formers:
        target = f['became_part_of']
        restored = ''
        m = re.search(r'was part of (.+?) \d{4}-\d{4}', target)
        if f['event'].startswith('demerged'):
            d = re.search(r'reconstituted (\d{4}-\d{2}-\d{2})', target)
            restored = d.group(1) if d else '2006-01-01'
            target = m.group(1) if m else target
        target = re.sub(r'\s*\(.*$', '', target)
        codes = mamh_code(target, f['region_code'])
        if len(codes) != 1:
            problems.append('former %s: successor %r matches %s' % (f['former_name'], target, codes))
            continue
        former_code[key(f['former_name'])] = codes[0]
        former_rows.append([f['former_name'], f['former_status'], f['date_ended'], codes[0],
                            restored, f['event'], f['source']])

    # aliases written by hand, then rural communities outside the directory
    alias_rows = []
    alias_code = {}
    for a in read('locality-aliases-qc.csv'):
        if a['municipality']:
            codes = mamh_code(a['municipality'], a['region_code'])
            if not codes:
                problems.append('alias %s: municipality %r unknown' % (a['alias'], a['municipality']))
                continue
            alias_rows.append([a['alias'], '{%s}' % ','.join(sorted(codes)), '', a['kind'],
                               a['source']])
            alias_code[key(a['alias'])] = codes
        else:
            alias_rows.append([a['alias'], '', a['region_code'], a['kind'], a['source']])

    def resolve(name, region=None):
        k = key(name)
        if k in by_key:
            return mamh_code(name, region)
        if k in former_code:
            return [former_code[k]]
        return alias_code.get(k, [])

    rural = read('fsa-rural-communities-qc.csv')
    seen_alias = {key(r[0]) for r in alias_rows}
    for r in rural:
        k = key(r['community'])
        label = RURAL_LABELS.get(r['rural_region_label'])
        if k in by_key or k in former_code or k in seen_alias or not label:
            continue
        seen_alias.add(k)
        alias_rows.append([r['community'], '', label, 'community',
                           "Wikipedia 'List of postal codes of Canada: %s' (rural community of %s)"
                           % (r['fsa'][0], r['fsa'])])

    # FSA -> municipalities or regions
    fsa_codes = defaultdict(set)
    fsa_regions = defaultdict(set)
    fsa_names = defaultdict(list)
    fsa_source = {}
    for row in read('fsa-localities-qc.csv'):
        fsa, locs = row['fsa'], row['localities']
        if locs in ('Not assigned', 'Not in use', ''):
            continue
        fsa_source[fsa] = row['source']
        parts = [p.strip() for p in re.split(r'[;,]', locs.replace('–;', '–'))]
        fsa_names[fsa] = [p for p in parts if p]
        if fsa[0] == 'H' and fsa[1] != '0':
            # Canada Post: H is the island of Montréal and Laval (H7)
            fsa_regions[fsa].add('13' if fsa[1] == '7' else '06')
            continue
        if fsa[1] == '0':
            continue            # rural: from the communities below
        for p in parts:
            if not p or set(key(p + ' x').split()) <= DIRECTIONS or key(p) in DIRECTIONS:
                continue
            base = re.sub(r'\s*\(.*$', '', p) or p.strip('()')
            codes = resolve(p) or resolve(base)
            # urban FSAs: a municipality whose town hall is under another
            # letter is a homonym ("Saint-Bruno" in J3V is not the one of G0W)
            codes = [c for c in codes if town_hall[c][:1] in ('', fsa[0])]
            if len({region_of[c] for c in codes}) > 1:
                # homonyms: those whose town hall is in this FSA's district
                codes = [m['mcode'] for m in mamh
                         if m['mcode'] in codes and m['mcodpos'][:2] == fsa[:2]]
            if not codes:
                if not all(w.lower() in DIRECTIONS for w in re.findall(r'\w+', p)):
                    problems.append('fsa %s: locality %r not matched' % (fsa, p))
                continue
            if len({region_of[c] for c in codes}) > 1:
                problems.append('fsa %s: locality %r in several regions %s' % (fsa, p, codes))
                continue
            fsa_codes[fsa].update(codes)
    for r in rural:
        fsa = r['fsa']
        fsa_source.setdefault(fsa, "Wikipedia 'List of postal codes of Canada: %s'" % fsa[0])
        label = RURAL_LABELS.get(r['rural_region_label'])
        # a municipality of that name elsewhere is a homonym ("Newport" in
        # G0C is not the one of Estrie): keep those whose town hall is in
        # this FSA or in the region Wikipedia files the community under
        codes = [c for c in resolve(r['community'])
                 if town_hall[c] == fsa or region_of[c] == label]
        if codes:
            if debug:
                for c in codes:
                    print('debug', fsa, r['community'], c, region_of[c], file=sys.stderr)
            fsa_codes[fsa].update(codes)
        elif label:
            fsa_regions[fsa].add(label)
        else:
            problems.append('fsa %s: community %r not matched, label %r' %
                            (fsa, r['community'], r['rural_region_label']))
    # the full postal codes of rural FSAs: one community each (its local
    # delivery unit), its municipality when the community is one, else the
    # region Wikipedia files it under
    # (a community written short or long, "St-Valérien" for
    # Saint-Valérien-de-Milton, "Saint-Simon-de-Bagot" for Saint-Simon: the
    # municipality whose town hall is in the FSA and whose name begins the
    # other's)
    def same_fsa_prefix(community, fsa):
        k = key(community)
        return sorted(c for c, t in town_hall.items()
                      if t == fsa and (key_of[c].startswith(k) or k.startswith(key_of[c])))

    ldu_rows = []
    for r in rural:
        fsa = r['fsa']
        label = RURAL_LABELS.get(r['rural_region_label'])
        codes = [c for c in resolve(r['community'])
                 if town_hall[c] == fsa or region_of[c] == label]
        if not codes:
            codes = same_fsa_prefix(r['community'], fsa)
        src = ("Wikipedia 'List of postal codes of Canada: %s' (local delivery unit of %s)"
               % (fsa[0], r['community']))
        if codes and len({c[:2] for c in codes}) == 1:
            # one municipality, or homonyms of one MRC (the Ville and the
            # Canton of Bedford): its code dates the region (the 2021 move)
            ldu_rows.append(['%s %s' % (fsa, r['ldu']), r['community'], sorted(codes)[0], '', src])
        elif len({region_of[c] for c in codes}) == 1:
            ldu_rows.append(['%s %s' % (fsa, r['ldu']), r['community'], '', region_of[codes[0]], src])
        elif label and not codes:
            ldu_rows.append(['%s %s' % (fsa, r['ldu']), r['community'], '', label, src])
        else:
            problems.append('ldu %s %s: community %r not placed' % (fsa, r['ldu'], r['community']))

    # the town halls' postal codes (MAMH)
    for m in mamh:
        fsa = m['mcodpos'][:3].upper()
        if re.match(r'^[GHJ][0-9][A-Z]$', fsa):
            if fsa not in fsa_codes and fsa not in fsa_regions:
                fsa_source[fsa] = 'MAMH (town hall)'
            fsa_codes[fsa].add(m['mcode'])

    # rows: (region, valid_from, valid_until) per FSA
    fsa_rows = []
    for fsa in sorted(set(fsa_codes) | set(fsa_regions)):
        periods = defaultdict(set)
        for r in fsa_regions[fsa]:
            periods[r].add(('-infinity', 'infinity'))
        for c in fsa_codes[fsa]:
            ch = PREFIX_CHANGES.get(c[:2])
            if ch:
                periods[ch[0]].add(('-infinity', ch[2]))
                periods[ch[1]].add((ch[2], 'infinity'))
            else:
                periods[region_of[c]].add(('-infinity', 'infinity'))
        names = '; '.join(fsa_names[fsa]) if fsa_names[fsa] else ''
        src = fsa_source.get(fsa, '')
        if fsa[0] == 'H':
            src += '; Canada Post: H is Montréal island and Laval (H7)'
        if any(m['mcodpos'][:3].upper() == fsa for m in mamh):
            src += '; MAMH town halls'
        for r in sorted(periods):
            ps = periods[r]
            if ('-infinity', 'infinity') in ps:
                ps = {('-infinity', 'infinity')}
            elif len(ps) == 2:
                ps = {('-infinity', 'infinity')}
            for (a, b) in sorted(ps):
                fsa_rows.append([fsa, r, a, b, names, src.lstrip('; ')])

    write('fsa-regions.csv', ['fsa', 'region', 'valid_from', 'valid_until', 'localities', 'source'],
          fsa_rows, check)
    write('former-municipalities.csv',
          ['name', 'status', 'ended_on', 'successor', 'restored_on', 'event', 'source'],
          former_rows, check)
    write('locality-aliases.csv', ['alias', 'municipalities', 'region', 'kind', 'source'],
          alias_rows, check)
    write('ldu-communities.csv', ['postal_code', 'community', 'municipality', 'region', 'source'],
          ldu_rows, check)
    for p in problems:
        print('note: ' + p, file=sys.stderr)


if __name__ == '__main__':
    main()
