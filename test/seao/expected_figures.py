#!/usr/bin/env python3
"""Independent figures for the SEAO loader tests (not run by CI).

Reads the shipped samples with Python's own XML and JSON parsers and applies
the loading rules of doc/reference.md ("Load SEAO data") written again from
the rules, not from the extension's code.  The figures it prints are written
in sql/seao.sql; if a rule changes, run this script again and compare.

    python3 test/seao/expected_figures.py [XML] [JSON]
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP, InvalidOperation

XML = sys.argv[1] if len(sys.argv) > 1 else 'test/data/seao/seao_avis_2013-01.xml'
JSON = sys.argv[2] if len(sys.argv) > 2 else \
    'test/data/seao/seao_hebdo_20260727_20260802_EXCERPT_package.json'

# SEAO's delivery-region numbering -> official region code; 19 = outside Québec.
SEAO_REGION = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 11: 10,
               12: 12, 13: 13, 14: 15, 15: 16, 16: 14, 17: 17, 18: 11, 19: None}

# Canadian postal code: letter digit letter, digit letter digit; D F I O Q U
# never used, W and Z never first; case free; white space around and between
# the halves, with at most one hyphen between them.
LETTER = '[ABCEGHJKLMNPRSTVWXYZ]'
FIRST = '[ABCEGHJKLMNPRSTVXY]'
POSTAL = re.compile(r'\s*(%s)(\d)(%s)\s*-?\s*(\d)(%s)(\d)\s*\Z' % (FIRST, LETTER, LETTER),
                    re.IGNORECASE)


def postal(v):
    """(normalized code or None, is an issue)"""
    if v is None or v.strip() == '':
        return None, False
    m = POSTAL.match(v)
    if not m or v.count('-') > 1:
        return None, True
    g = [x.upper() for x in m.groups()]
    return '%s%s%s %s%s%s' % tuple(g), False


# Province and state codes (the sample writes codes; names are read too by
# the extension, see cag_read_province).
PROVINCES = set('AB BC MB NB NL NS NT NU ON PE QC SK YT'.split())
STATES = set('''AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO
MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI
UM'''.split())


def province_issue(v):
    """a province field that is neither a province nor a state"""
    if v is None or v.strip() == '':
        return False
    return v.strip().upper() not in PROVINCES | STATES


def origin(postal_code, province, country):
    """Québec or not, by the classification's rules on the sample's values:
    the postal code decides; without one, a country other than Canada, then
    the province (QC or another Canadian province; a US state under Canada,
    or CA, says nothing)"""
    if postal_code:
        return 'quebec' if postal_code[0] in 'GHJ' else 'outside_quebec'
    country = (country or '').strip().upper()
    province = (province or '').strip().upper()
    if country not in ('', 'CAN', 'CA', 'CANADA'):
        return 'outside_quebec'
    if province == 'QC':
        return 'quebec'
    if province in PROVINCES:
        return 'outside_quebec'
    return 'unknown'


def unspsc(v):
    """(code or None, is an issue): 8 digits, segment >= 10, no pair after a 00 pair"""
    if v is None or v.strip() == '':
        return None, False
    s = v.strip()
    if not re.fullmatch(r'\d{8}', s):
        return None, True
    pairs = [int(s[i:i + 2]) for i in range(0, 8, 2)]
    if pairs[0] < 10 or any(pairs[i] and not pairs[i - 1] for i in range(1, 4)):
        return None, True
    return s, False


def regions(v):
    """(delivery_region, delivery_regions, is an issue) from regionlivraison"""
    if v is None or v.strip() == '':
        return None, None, False
    codes = []
    for item in v.split(','):
        item = item.strip()
        if not re.fullmatch(r'\d{1,2}', item) or int(item) not in SEAO_REGION:
            return None, None, True
        codes.append(int(item))
    official = sorted({SEAO_REGION[c] for c in codes if SEAO_REGION[c] is not None})
    outside = 19 in codes
    if len(official) == 1 and not outside:
        return official[0], None, False
    return None, official, False


def cents(v):
    """amount in cents, rounded half away from zero, and whether digits were dropped"""
    d = Decimal(v.strip())
    c = (d * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(c), c != d * 100


# SEAO's codes of a bid's unit (montantssoumisunite): dollars (0 or blank:
# none stated), US dollars, unit prices, a percentage, points.
UNIT_DOLLARS = {0, 1, 2}
UNIT_US = {7}
UNIT_NOT_AMOUNT = {3, 4, 5, 6, 8, 9, 10, 11, 12}


def bid_unit(v):
    v = (v or '').strip()
    return int(v) if re.fullmatch(r'\d{1,3}', v) else (0 if v == '' else -1)


def xml_figures():
    root = ET.parse(XML).getroot()
    notices = root.findall('Avis')
    issues = Counter()
    rows = []
    not_purchases = Counter()
    for a in notices:
        num = a.findtext('numeroseao')
        buyer_pc, buyer_bad = postal(a.findtext('codepostal'))
        cat, cat_bad = unspsc(a.findtext('unspscprincipale'))
        reg, regs, reg_bad = regions(a.findtext('regionlivraison'))
        for pos, f in enumerate(a.find('fournisseurs').findall('fournisseur'), 1):
            if f.findtext('adjudicataire') != '1':
                continue
            c, dropped = cents(f.findtext('montantcontrat'))
            if c <= 0:
                not_purchases['amount'] += 1
                continue
            # a contract amount equal to a bid in a unit price, a
            # percentage or points is that figure: no purchase; another
            # figure is an amount, with an issue; a bid in US dollars makes
            # the amount one too
            unit = bid_unit(f.findtext('montantssoumisunite'))
            if unit in UNIT_NOT_AMOUNT:
                bid = f.findtext('montantsoumis')
                if bid and bid.strip() and cents(bid)[0] == c:
                    not_purchases['amount (the bid in its unit)'] += 1
                    continue
                issues['amount (bid in a unit)'] += 1
            elif unit in UNIT_US:
                issues['currency (bid in US dollars)'] += 1
            elif unit not in UNIT_DOLLARS:
                issues['amount (unknown bid unit)'] += 1
            pc, pc_bad = postal(f.findtext('codepostal'))
            issues['supplier_postal_code'] += pc_bad
            issues['buyer_region'] += buyer_bad
            issues['category'] += cat_bad
            issues['delivery_region'] += reg_bad
            issues['amount (rounded)'] += dropped
            issues['supplier_province'] += province_issue(f.findtext('province'))
            rows.append(dict(ref='%s/%d' % (num, pos), cents=c, region=reg, regions=regs,
                             date=a.findtext('dateadjudication'), postal=pc, category=cat,
                             origin=origin(pc, f.findtext('province'), f.findtext('pays'))))
    print('== XML %s' % XML)
    print('notices', len(notices), 'with a purchase',
          len({r['ref'].split('/')[0] for r in rows}))
    winners = sum(1 for a in notices for f in a.iter('fournisseur')
                  if f.findtext('adjudicataire') == '1')
    print('winners', winners, 'purchases', len(rows), 'not purchases', dict(not_purchases))
    total = sum(r['cents'] for r in rows)
    print('total amount %d.%02d' % divmod(total, 100))
    print('issues', dict(sorted(issues.items())),
          'total', sum(issues.values()) + sum(not_purchases.values()))
    # every bidder, winner or not: each invalid value is an issue, of its
    # purchase or of its bid
    bidders = [f for a in notices for f in a.find('fournisseurs').findall('fournisseur')]
    print('invalid values of all the bidders: postal codes',
          sum(postal(f.findtext('codepostal'))[1] for f in bidders),
          'provinces', sum(province_issue(f.findtext('province')) for f in bidders))
    by_region = Counter()
    count_region = Counter()
    for r in rows:
        if r['regions'] is not None:
            key = 'outside Québec' if r['regions'] == [] else 'several'
        elif r['region'] is not None:
            key = '%02d' % r['region']
        else:
            key = 'none given'
        by_region[key] += r['cents']
        count_region[key] += 1
    print('purchases and amount by delivery region:')
    for k in sorted(by_region):
        print('   %-14s %5d %16s' % (k, count_region[k], '%d.%02d' % divmod(by_region[k], 100)))
    multi = Counter(tuple(r['regions']) for r in rows if r['regions'])
    print('several delivery regions (official codes):', len(multi), 'lists,',
          sum(multi.values()), 'purchases')
    for k, n in sorted(multi.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
        print('   ', '{%s}' % ','.join('%02d' % x for x in k), n)
    months = Counter()
    for r in rows:
        months[r['date'][:7]] += r['cents']
    print('amount by month of award (last 3):',
          ['%s %d.%02d' % ((m,) + divmod(v, 100)) for m, v in sorted(months.items())[-3:]])
    print('purchases with a supplier postal code', sum(1 for r in rows if r['postal']),
          'with a category', sum(1 for r in rows if r['category']))
    for o in ('quebec', 'outside_quebec', 'unknown'):
        sel = [r['cents'] for r in rows if r['origin'] == o]
        print('origin %-14s %5d %16s' % (o, len(sel), '%d.%02d' % divmod(sum(sel), 100)))
    print('sum of cents times position (checksum)',
          sum(r['cents'] * int(r['ref'].split('/')[1]) for r in rows))


def ocds_figures():
    package = json.load(open(JSON, encoding='utf-8'))
    print('== OCDS %s' % JSON)
    rows = []
    for r in package['releases']:
        parties = {p['id']: p for p in r.get('parties', [])}
        if 'awards' not in r:
            print('release', r['ocid'], 'has no awards: ignored')
            continue
        notice = r['ocid'].split('-', 2)[2]
        for aw in r['awards']:
            contracts = [c for c in r.get('contracts', []) if c.get('awardID') == aw['id']]
            amount = sum(Decimal(str(c['value']['amount'])) for c in contracts) \
                if contracts else Decimal(str(aw['value']['amount']))
            date = min(c['dateSigned'] for c in contracts) if contracts else aw['date']
            for s in aw['suppliers']:
                p = parties[s['id']]
                addr = p.get('address', {})
                rows.append(('%s/%s/%s' % (notice, aw['id'], s['id']), date[:10], amount,
                             p.get('details', {}).get('neq'), addr.get('region'),
                             postal(addr.get('postalCode'))[0], addr.get('countryName')))
    for row in rows:
        print('  ', row)
    print('purchases', len(rows), 'total', sum(r[2] for r in rows))


if __name__ == '__main__':
    xml_figures()
    ocds_figures()
