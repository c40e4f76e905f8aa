"""Plans nobody wrote the rules for: precision and recall of roles and programmes.

Five sets, each document built on its own as a user would add it (see README.md here):
the five invented plans written blind to the rules (held to 0.9), and the real pages rewritten in
our own words: the development split (tuned against), the seen splits (the first thirty-five
frozen splits, each measured while held out, then retired once its misses were read), frozen36,
frozen37 and frozen38 (annotated before rounds 37, 38 and 39), never tuned against.
The real splits are held to the figures reached, so a change that loses ground fails; misses
and extras are printed per split.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from evaluate import evaluate, summary

HERE = Path(__file__).parent

#: (folder, role families matched, least roles precision, roles recall, programmes precision,
#: programmes recall): the bars each split is held to.
#: At the start of round 16 every split's gold was re-annotated to two conventions (C1: a person
#: with a post in apposition is the post's organisation, else the office; C2: a per-agency
#: allocation is titled by its purpose only; tests/generalisation/README.md, "Round 16: gold
#: conventions C1 and C2"), with the rules unchanged; the bars marked "C1/C2" follow that gold.
#: At the start of round 19 conventions C8 to C11 were applied to every split's gold the same way
#: (24 member rows added, 17 rows re-read, the rules unchanged; tests/generalisation/README.md,
#: "Round 19: C8 to C11 applied"): roles recall bars follow that gold down on dev (0.715 -> 0.704),
#: seen2 (0.754 -> 0.737, its precision 0.957 -> 0.935: the Resident Coordinator "for Tanzania"
#: now holds without the place, C10), seen5, seen6, seen8, seen10, seen11, seen14 and frozen16,
#: said here.
#: C12 and C13 (round 19, gold only): one meeting's chair is no role of the body (42 rows
#: removed), a fact sheet's own requirement line no programme (2), C2's purpose-alone titles
#: (9); the rules still read a few of those chairs and one requirement line, so the precision
#: bars of dev (0.945 -> 0.939), seen2, seen3 and seen4 and seen6's programme bars follow
#: down, said here; recall rose on dev, seen3 and seen4 by the gold alone. seen15's two rows
#: re-read (C7's facilitator, C3's response) are read right by the rules already.
SPLITS = {
    "invented": (HERE, False, 0.9, 0.9, 0.9, 0.9),
    # seen roles 0.988 / 0.762 -> 0.988 / 0.790 in round 21 (h-pass21): "This is the top-level
    # forum ..., established and led by the HC" under the HCT's heading, and standing meetings
    # round 22 (h-c9-22, C9 in the rules): "National Education Cluster" kept whole, 83 -> 84
    # of 105, one wrong row fewer (84 output)
    "seen": (HERE / "seen", True, 1.0, 0.80, 1.0, 1.0),  # C3 responses read (round 18)
    # seen2 roles 0.941 / 0.721 -> 0.966 / 0.757 in round 15: "the REF Taskforce (REF TF)", an
    # acronym of two words, and "Ministry of Planning and Physical Works/MPPW" (four rows)
    # seen2 roles 0.954 / 0.703 -> 0.955 / 0.712 in round 18: a fact box row without its colon
    # ("- Co-coordinators World Vision") in the body the page names again and again
    # seen2, seen3, seen5, seen9, dev programmes back to their bars with C4/C6 in the rules (r18)
    # round 18 merged (responses, the page's subject): roles recall 0.703 -> 0.754
    # seen2 roles 0.935 / 0.737 -> 0.936 / 0.746 in round 19 (C8-C11 gold): "placed under the
    # authority of the HC"
    # round 20 (h-s16, precision): one meeting's chairs (C12), participles and occasions no roles
    # seen2 roles 0.935 / 0.744 -> 0.937 / 0.761 in round 21 (h-pass21): "Inter-Agency meetings
    # chaired by UNHCR and RAS" (a standing meeting, C12)
    # round 22: Nepal's "National" / "Provincial Nutrition Cluster" rows re-read to C9 by three
    # blind readers (the level stays in the name, no scope from it); h-c9-22 puts C9 in the rules:
    # 90 -> 92 of 117 (all four Nepal rows read as the page names the two clusters)
    # seen2 roles 0.958 / 0.786 -> 0.969 / 0.795 in round 23 (h-office23): "chaired by the SUN
    # Government Focal Point, the Director of Nutrition at the Ministry of ...": the ministry,
    # one holder (an office at an organisation stands for it, C1; one wrong row fewer)
    # seen2 roles 0.969 / 0.795 -> 0.969 / 0.803 in round 24 (h-lang24): Peru's press release,
    # "co-led by the UN Refugee Agency (ACNUR) and the International Organization for Migration
    # (OIM)": OIM, IOM's Spanish acronym in the reference, no longer makes IOM another name
    # seen2 roles 94 -> 95 of 117 in round 25 (h-seen21): "made up of representatives of the
    # OPM, such as the CRRF Secretariat" ("such as" opening the list's second item)
    # seen2 roles 0.969 / 0.812 -> 0.970 / 0.821 in round 26 (h-census26): a framework with
    # members is a body, its years no part of its name ("member of the 2018-2022 UN ... Framework")
    # seen2 roles 96 -> 97 of 117 (0.970 / 0.829) in round 27 (h-census27): a body described
    # with "a", then its members and a passive role ("A working group made up of ... is
    # coordinated by the Deputy Prime Minister")
    # seen2 roles 97 -> 99 of 117 (0.970 / 0.829 -> 0.990 / 0.846) in round 28 (h-chairs28): the
    # place of an international post is its roles' scope (C10, "the UN Resident Coordinator for
    # Tanzania"), the document's own country included
    "seen2": (HERE / "seen2", True, 0.98, 0.84, 1.0, 1.0),  # C1/C2: 0.954 / 0.748; C3 r18
    # seen3 programmes recall 0.72 -> 0.76 in round 16: "to rescue cattle from flooded areas"
    # after a verb of receiving, titled by its verb and object (C2, the place cut)
    # seen3 roles recall 0.542 -> 0.548 in round 18: "Lead agency: IOM" on a sector annex whose
    # one body is named only in its prose (the page's subject)
    # round 18 merged: roles recall 0.542 -> 0.560 (94 of 168; responses, the page's subject)
    # round 20 (h-s16, precision): one meeting's chairs (C12), participles and occasions no roles
    # seen3 roles 0.894 / 0.585 -> 0.903 / 0.642 in round 20: the Libya flash appeal's 9 members
    # ("The Appeal includes the ... actions of 17 aid organizations:", the appeal named far before)
    # seen3 programmes 19 -> 20 of 25 (20 output) in round 20: "$1.5 million was allocated to
    # Guinea for health and food" (the purpose, the place cut)
    # seen3 roles 0.894 / 0.585 -> 0.905 / 0.597 in round 20: "The Committee is co-chaired by" under
    # the title "Steering Committee" is the body named in full under it (Liberia, 2 rows)
    # seen3 roles 0.929 / 0.654 -> 0.929 / 0.660 in round 21 (h-pass21): "a National Ebola
    # Response Centre, headed by the Minister of Defence" (a response centre read as a body)
    # seen3 roles 0.929 / 0.665 -> 0.930 / 0.677 in round 25 (h-old25): "an interagency group on
    # human mobility, to be co-led by A and B" ("human mobility" a topic a body coordinates)
    # round 25 merged: the gold re-read of MIRPS (Mexico a member), Slovakia (C9, the name keeps
    # National) and Sierra Leone (district): 107 of 159 right, 115 output; the precision bar follows up
    # seen3 programmes 20 -> 21 of 25 (21 output) in round 32 (h-prog32): "for the health
    # response", a response qualified by its sector, is a programme
    "seen3": (HERE / "seen3", True, 0.93, 0.67, 1.0, 0.84),  # C3 responses read (round 18)
    # seen4 roles 0.786 / 0.478 -> 0.809 / 0.551 in round 14: "the group of partners called the
    # P5, made up of ECOWAS, ...", an acronym no one spells out in a body slot (five rows)
    # round 18's responses (C3) read Belarus's "the Government ... leads the response" right,
    # but name the holder "Government of Belarus" where the gold writes "Government" (the
    # evaluator keeps no label for a government's written form): 0.809 -> 0.792, bar follows
    # seen4 roles 0.792 / 0.535 -> 0.816 / 0.563 in round 19: written "Government", "lead agency for"
    # round 20 (h-s16, precision): one meeting's chairs (C12), participles and occasions no roles
    # round 23 (h-members23): "UN agencies including A, the NGOs B, C and D have formed the X"
    # (members): roles 0.848 / 0.629 -> 0.857 / 0.677 (39 -> 42 of 62, 46 -> 49 output)
    # seen4 roles 0.848 / 0.629 -> 0.851 / 0.645 in round 23 (h-office23): "a Crisis Management
    # Unit that the Minister of Interior and Public Security chairs" (Benin)
    # round 23 merged (members, offices): roles 0.860 / 0.694 (43 of 62, 50 output)
    # seen4 roles 0.860 / 0.694 -> 0.880 / 0.710 in round 32 (h-prec32): "Co-Chair of the
    # Partnership" names the partnership named before, not the committee named last (Viet Nam)
    "seen4": (HERE / "seen4", True, 0.88, 0.709, 1.0, 0.94),
    # seen5 roles 0.957 / 0.550 (88 of 92) -> 0.947 / 0.556 (89 of 94) in round 15: "Secretariat"
    # as a capitalised head gives a row ("the Secretariat for Risk Management" chairs) and one
    # extra ("the 13 Operational Committees", members of NEMO as its sentence says, not in the
    # gold), and removes seen6's one extra: over all splits a row more and no extra more, so the
    # precision bar goes 0.95 -> 0.94
    # seen5, seen6 and dev in round 16 (C1 in the rules): an office of an organisation, a
    # government's unit or a forum stands for it ("the Superintendent of the Public Works
    # Department", "A Representative of JIS", "the Chief Executive of NDRRMA"), a person named
    # after a standalone office is the office ("Deputy Prime Minister Kusherbaev K.E."):
    # seen5 0.872 / 0.522 -> 0.936 / 0.561, seen6 0.872 / 0.376 -> 0.894 / 0.385, dev 0.937 /
    # 0.664 -> 0.944 / 0.669
    # seen5 roles 88 -> 90 of 160 in round 21: lettered act lists, a chair listed is a member (C8)
    # seen5 roles 0.936 / 0.550 -> 0.947 / 0.556 in round 21 (h-pass21): "NRC is the Task Force
    # lead for the X group, and the Y Core group is led by OHCHR" (1 right, 1 wrong gone)
    # round 22: "the National CWG"'s two co-chair rows re-read to C9 by three blind readers
    # (National Cash Working Group, no scope); h-c9-22 puts C9 in the rules: both read again
    # round 23 (h-members23): "The Tripartite Commission for the Voluntary Repatriation of X
    # refugees, which is made up of the Governments of A and B together with C": roles 0.948 /
    # 0.572 -> 0.949 / 0.591 (91 -> 94 of 159)
    # seen5 roles 0.948 / 0.572 -> 0.948 / 0.579 in round 23 (h-office23): "UNICEF has taken up
    # its responsibility as the WASH Cluster Lead Agency." (a role noun closing the sentence)
    # seen5 roles 0.950 / 0.597 -> 0.952 / 0.623 in round 25 (h-old25): "UNHCR leads ..., the
    # regular sector coordination meetings for the A, B, C and D sectors" (standing meetings
    # between a role verb and its bodies)
    # round 25 merged: 99 of 159 right of 104 output (h-old25's standing meetings); precision bar up
    # round 30's gold re-read (C15): "Chairman of the Parish Disaster Committee" in a member list
    # is the committee: 99 -> 98 of 159 right (0.942 / 0.616), the office row now wrong
    # round 31's gold re-read (C16): three class lines ("All government ministries") no members:
    # 98 of 159 -> 98 of 156 (0.942 / 0.628)
    # round 39's gold re-read (C18): Ecuador's working group placed "in Ecuador" is cut from its
    # name (C17), Hammanskraal's "command centre" runs on through its task: 98 -> 90 of 156 right
    # (0.865 / 0.577), eight rows now read under the longer name
    # seen5 roles 90/156 -> 98/156 (98/104 output) in round 39 (h-names39): "the Working Group to
    # ... assistance in Ecuador, which is chaired by": a country right before the clause goes on
    # is the row's scope, no word of the name (C17, C18)
    "seen5": (HERE / "seen5", True, 0.942, 0.628, 1.0, 1.0),
    # seen6 roles precision 0.917 -> 0.936 in round 15 (the secretariat head, above)
    # seen6 programmes 2 -> 3 of 7 by the C2a re-annotation alone (round 17)
    # seen6 programmes 3 -> 5 of 7 in round 19: a grant's and a project's purpose alone (C2)
    # seen6 roles 0.894 / 0.375 -> 0.896 / 0.384 in round 19 (C8-C11 gold): "placed under the
    # authority of the Prime Minister"
    # round 20: the head of an unknown acronym's organisation (DRMD, h-post20); a partner
    # after a clause of its own is no co-holder (h-s16)
    # seen6 roles 0.896 / 0.384 -> 0.880 / 0.393 in round 20: "the headquarters", "the council"
    # refer to the name they end; one row right (Kazakhstan's headquarters, the Prime Minister),
    # one read right but worded otherwise (Barbados: "headed by the Minister of Home Affairs as
    # the ex-officio chairman" gives lead, the gold chair); merged with h-s16 0.918 / 0.402
    # seen6 roles 45 -> 47 of 112 in round 21 (h-list21: member lists, C8)
    # seen6 roles 0.918 / 0.402 -> 0.939 / 0.411 in round 21 (h-pass21): "The council is headed by
    # the Minister of Home Affairs as the ex-officio chairman" a chair, no lead (1 right, 1 wrong gone)
    # round 21 merged: seen6 roles 45 -> 48 of 112 (member lists, a participle touching its body)
    # round 22 (h-c9-22): "The Policy Group is led by the Deputy Governor", the last words of the
    # National Hazard Management Policy Group named before (48 -> 49 of 112)
    # round 22 (h-seen18): seen6 roles 48 -> 49 of 112, "The Government is leading the response"
    # (the host Government named alone)
    # round 22 merged (C9, seen18, recall, programmes lanes): roles 0.943 / 0.446 (50 of 112)
    # seen6 roles 0.943 / 0.446 -> 0.949 / 0.500 in round 23 (h-office23): Cayman's "the
    # Governor, A, and the Premier, B, who co-chair the X Executive" (2), the RMRP platforms
    # "co-led by" after "the Plan of the X," / "the initiative of the X" (4)
    # round 24 (h-prog24): "allocated to the relief effort" (a qualified effort): programmes
    # 4 -> 5 of 6 right, 6 output
    # round 24 (h-seen20): programmes 4 -> 5 of 6, "US$1M has been allocated to the relief
    # effort through the CERF" (a relief effort names the work, as the gold reads it)
    # seen6 roles 0.949 / 0.500 -> 0.950 / 0.509 in round 27 (h-census27): a body described with
    # "a" and a passive role ("a scientific committee led by the biologist A")
    # round 30's gold re-read (C15): "The President of the Departmental Board" is the Board:
    # 57 -> 56 of 112 right (0.933 / 0.500)
    # seen6 programmes P 0.833 -> 1.000 (5 of 6) in round 30 (h-prog30): a fact sheet's funding
    # box ("USD X requested for ..." over "Funded 36%") is the agency's own requirement (C13)
    # round 30 merged: the re-read's 0.933 / 0.500 with h-prog30's programmes 5 of 6 (5 output)
    # round 39's gold re-read (C18): Gabon's "Steering Committee" runs on as the headline's
    # "steering committee against the coronavirus": 56 -> 55 of 112 right (0.917 / 0.491)
    "seen6": (HERE / "seen6", True, 0.916, 0.491, 1.0, 0.83),
    # seen7 precision 1.0 -> 0.98 in round 9: of the five Belgian consortium members now read,
    # one item mention joins two names across a comma ("Belgische Rode Kruis, Caritas
    # International") and resolves to Caritas Internationalis, an extra row of a mention slip
    # seen7 roles 0.987 / 0.552 -> 0.988 / 0.590 in round 20: the alliance named in quotes
    # ('The alliance "Aktion Deutschland Hilft"') over its counted members, five rows
    # seen7 programmes 6 -> 7 of 11 (7 output) in round 20: a gift "has received a US$2 million
    # contribution from <donor> for <purpose>"
    # seen7 programmes 7 -> 8 of 11 in round 23 (h-prog23): "has provided $80,000 to the UN
    # country team for immediate needs" (a donor's verb of giving, the recipient before "for")
    # round 25: Sint Maarten's ten ESF 'coordinator' rows deleted from the gold (2 of 3 blind
    # readers: the list pairs each ESF with an agency, no sentence names a coordinator): 79 of 124
    "seen7": (HERE / "seen7", True, 0.98, 0.63, 1.0, 0.72),  # C1/C2: R 0.561
    # seen8 programmes 0 of 13 -> 3 of 13 in round 12 (the Zimbabwe appeal's side box)
    # seen8 programmes 3 -> 8 of 13 (8 output) in round 18: a fund named "the CERF" alone
    # round 18 merged: roles recall 0.651 -> 0.660 (a response led)
    # seen8 programmes 8 -> 11 of 13 in round 19: tonnage kept, "was also allocated", "mobilised"
    # seen8 roles 70 -> 71 of 107 in round 19 (a response with its coordinator as passive agent)
    # seen8 programmes 11 -> 12 of 13 in round 23 (h-prog23): "to work with communities to
    # rehabilitate food and water sources"
    # seen8 roles 71 -> 89 of 107 in round 24 (h-members24): "The IASC Kenya CT is the top ...
    # body and is made up of" (a body's acronym with a kind's acronym, a copular gap)
    # seen8 programmes 12 -> 13 of 13 in round 25 (h-prog25): a means "by <gerund>" kept with
    # its purpose, and a further "and by <gerund>" after whom
    "seen8": (HERE / "seen8", True, 0.96, 0.83, 1.0, 1.0),  # C1/C2: 0.958 / 0.683
    # seen9 (was frozen8) retired at the start of round 13 at its held-out figures; round 13
    # reads its function annexes' label blocks (recall 0.07 -> 0.49); its six extras are names
    # a PDF's narrow column wrapped onto two lines ("Department of Housing and Urban" /
    # "Development"), read as two holders; programmes 4 of 10 -> 10 of 10 (a talking-points
    # page's dashed list of donor projects in "mln USD", a sitrep's ask "in the Flash Appeal
    # for", a CERF story's "has gone to")
    # seen9 roles 0.891 / 0.490 (49 of 55) -> 0.869 / 0.530 (53 of 61) in round 14: the CSSSC and
    # REACT, acronyms no one spells out, read where they fill a body slot ("The CSSSC is chaired
    # by", "Co-Chair of REACT"): four rows more; its two new extras are the right organisation
    # named without its unit (CDEMA for the gold's "CDEMA CU", member and secretary of the
    # CSSSC), so the precision bar goes 0.89 -> 0.86 for a recall gain twice as large
    # round 18 merged: roles 0.869 / 0.530 -> 0.871 / 0.540 (a response led)
    # seen9 roles 0.882 / 0.600 -> 0.887 / 0.630 in round 26 (h-low26): "is a member of the
    # National Emergency Commission and of the HCT", "chairs and coordinates the NWCG"
    # seen9 roles 0.882 / 0.600 -> 0.884 / 0.610 in round 26 (h-census26): the same framework row
    # round 26 merged: h-low26 and h-census26 together, 60 -> 64 of 100 (0.889 / 0.640)
    # round 31's gold re-read (C16): a chair and co-chair named before "The other members" no
    # members: 64 of 100 -> 64 of 98 (0.889 / 0.653)
    # seen9 roles 0.889 / 0.653 -> 0.895 / 0.694 in round 32 (h-tidy32): "The other members of
    # the CSSSC are:" opens its list again, "CDEMA CU Representative" read as CDEMA CU and
    # "Montserrat/Suriname" kept whole (64 -> 68 of 98, output 72 -> 76)
    "seen9": (HERE / "seen9", True, 0.89, 0.69, 1.0, 1.0),  # C3 r18; r21 topic rows (+6)
    # seen10 (was frozen10) retired at the start of round 14, after three rounds (11 to 13) in
    # which its summary line never moved; round 14 reads its membership lists (recall 0.19 ->
    # 0.54): kind labels under "Composition" ("Donors: A, B"), a roster under "The membership
    # of X's Committee is the following:" with its seats ("Two representatives from the CPP",
    # "- WFP — Secretary"); "inside the ICCG" places a group, removing two extras; programmes
    # 0 of 14 -> 1 of 14 (a programme named by its acronym after "for"; a plain-text cluster
    # tile, right by amount, titled "Health" where this gold writes "Health Cluster" and seen2's
    # "Health")
    # seen10 programmes 2 of 14 (6 output) -> 8 of 14 (10 output) in round 16 on its C2 gold: a
    # fund story's purposes read as written after a recipient or a verb of receiving, a grant
    # fronted by "With ... of $X," (loose 6 -> 10 of 14, every output right by amount)
    # seen10 programmes 8 -> 6 of 14 by the C2a re-annotation, 8 of 14 (10 output) again in round
    # 17: "hand out a daily food ration" and "and to run a PRRO" drop their verbs of providing
    # seen10 programmes 8 -> 9 of 14 in round 18: C4, a cluster's tile titled by the body
    # seen10 programmes 9 -> 10 of 14 in round 19: "buy and deliver 1,464 mt of food"
    # seen10 roles 55 -> 57 of 99 in round 21 (h-list21: member lists, C8)
    # seen10 roles 55 -> 56 of 99 in round 21: "the Vice-President is the chairperson of"
    # seen10 programmes 10 -> 11 of 14 (11 output, one wrong row gone) in round 21 (h-progs21):
    # "emergency support to keep up the livelihoods" goes on after "to keep up"
    # round 21 merged: seen10 roles 55 -> 58 of 99 (lists +2, offices +1)
    # seen10 roles 59 -> 69 of 100 in round 24 (h-members24): "Sub-TWG on Livestock", the bare
    # "Sub-TWG" after it, "The members from DPs and NGOs include"
    # seen10 programmes 11 -> 13 of 14 in round 25 (h-prog25): two amounts each after its
    # recipient ", both to" one purpose (C13), the list of means after "through" kept whole
    # seen10 roles 69 / 73 -> 70 / 74 in round 29 (h-lists29): a "Chair:" line of a composition
    # list is a member too (C8)
    # seen10 roles 69 -> 70 of 99 in round 29 (h-labels29): "Co-coordinator ALIMA", a fact box's
    # row whose value is an acronym no rule reads
    # round 29 merged: h-lists29's chair label among members (C8) and h-labels29's fact-box row
    # "Co-coordinator ALIMA" together, 71 of 99 right, 75 output (0.947 / 0.717)
    "seen10": (HERE / "seen10", True, 0.94, 0.71, 1.0, 0.92),  # r20 post: MoSSP 0.917 / 0.556
    # frozen11 and frozen12 after round 13 (summary lines, strict and --loose only): frozen11
    # gives one programme more, whose amount the gold has under another title (programmes P
    # 0.650 -> 0.619 strict, 20/20 -> 21/21 loose); frozen12 gives three role rows more, right
    # but for their scope (roles P 0.533 -> 0.444 strict, 11/15 -> 14/18 loose)
    # seen11 (was frozen11) retired at the start of round 15, after three rounds (12 to 14) held
    # out, its roles line moving once, in round 12; round 15 reads its wrong rows (15 -> 6) and
    # its lists: roles 0.348 / 0.091 (8 of 23) -> 0.860 / 0.420 (37 of 43); programmes unchanged
    # seen11 programmes 17 of 29 (21 output) -> 22 of 29 (27 output) in round 16 on its C2 gold
    # (loose 21 -> 27 of 29): the same fund-story purposes, "respectively to distribute food"
    # seen11 programmes 22 -> 25 of 29 by the C2a re-annotation, 26 of 29 (27 output) in round
    # 17: "for food assistance and to help early recovery" drops the second verb of providing
    # seen11 programmes 26 -> 27 of 29 in round 18: C2b "support pastoral ... communities"
    # seen11 roles 0.860 / 0.407 -> 0.867 / 0.429 in round 18: "UNICEF Lead, MoPHP Co-lead" under
    # "Coordination arrangement:" in the body a cluster's country page is about (its subject)
    # C7 (round 18: a co-facilitator is a co-coordinator, two gold rows re-read) and round 18's
    # rules: roles 0.860 / 0.407 -> 0.915 / 0.473
    # seen11 roles 43 -> 45 of 92 in round 19 (two fronted passives before a response)
    # seen11 roles recall 0.489 -> 0.511 in round 19: "UNICEF and Save the Children co-lead, ..."
    # seen11 programmes 27 -> 28 of 29 in round 23 (h-prog23): a cluster bulletin's flattened
    # row of tiles ("FUNDING $US 21.4 % FUNDED $41M REQUESTED", C4)
    # seen11 roles 47 -> 64 of 92 (0.922 / 0.511 -> 0.941 / 0.696) in round 25 (h-rmrp25): the
    # regional plan's acronym defined after its name's tail, "RMRP PARTNERS" over lines labelled
    # "Regional:", "YEMEN:", "DJIBOUTI:" (each line's partners members there, C11)
    # round 30's gold re-read (C15): a staff line's "Co-coordinator (ACF)" and a contact card's
    # coordinator added: 64 of 92 -> 64 of 94 (0.941 / 0.681)
    # round 31's gold re-read (C16): Mali's contact card "Co lead / Sylvestre TOGO" added: 64 of
    # 94 -> 64 of 95 (0.941 / 0.674); the bar follows down, said here
    # seen11 roles 64/95 -> 65/95 in round 33 (h-holders): a contact card's name over its post
    "seen11": (HERE / "seen11", True, 0.94, 0.68, 0.96, 0.96),  # C1/C2: 13 -> 17 of 29
    # seen12 (was frozen12) retired at the start of round 16, after three rounds (13 to 15) held
    # out, its roles line moving once (round 13: three rows more, right but for their scope);
    # round 16 reads its 10 wrong rows (a venue read as scope, a post for its office, a
    # describing predicate read as a body, "among the members of", a passive about an unread
    # list item: 10 -> 0) and its lists (country and disaster teams, an IOM appeal's bodies,
    # the MIRPS states): roles 0.444 / 0.093 (8 of 18) -> 1.000 / 0.558 (48 of 48);
    # seen12 programmes 0 of 17 (11 output) -> 2 of 17 (13 output) in round 16 on its C2 gold
    # (loose 8 -> 13 of 17, every output right by amount; the gold keeps a verb of providing
    # the rules drop, "provide life-saving nutrition interventions"); the CERF report's table of
    # implementation modalities no longer read (three wrong rows)
    # seen12 programmes 2 -> 7 of 17 (13 output) by the C2a re-annotation alone (round 17); its
    # CERF report's table rows ("UNICEF 16-RR-CEF-006 Nutrition") are written "UNICEF -
    # Nutrition" by this gold and with their code by seen7's, so they stay as read
    # seen12 roles 48 -> 59 of 86 in round 17 ("The United Nations in Montenegro is made up of
    # five resident agencies (...), with UNDP taking on the role of lead coordinator"); its one
    # output not in the gold is UNDP as a member of that list (the page lists it among the
    # five; seen2's gold keeps a lead that is also listed as a member, this one does not), so
    # the precision bar follows 1.0 -> 0.98 (0.983), said here; the gold row is for an
    # annotator to settle, not the rules
    # C3 (end of round 17) gives that gold row back (UNDP a member too): precision 1.0 again
    # C5 (round 18: an allocation table's row titled by its cells, seen12's four rows re-read
    # to seen7's form) and round 18's rules: programmes 7 -> 10 of 17 (13 output)
    # seen12 roles 63 -> 64 of 87 in round 19 (a response "is being led by" its agent)
    # seen12 programmes 10 -> 11 of 17 (13 output) in round 20: C5's row whose agency the page
    # misspelt ("UNCEF 16-RR-CEF-007 ..."), titled by its cells as its code cell says
    # seen12 programmes 11 -> 12 of 17 (13 output) in round 21 (h-progs21): "access to drinking
    # water and sanitation and to education", a further purpose read as a noun
    # seen12 roles 1.000 / 0.736 -> 1.000 / 0.793 in round 21 (h-pass21): standing "Inter-Agency
    # meetings" and "the Inter-Sector meetings led by OCHA" (the list of bodies IOM takes part in
    # going on after it); "the X Commission (CTSA), which is led by the Ministry of Interior"
    # round 22 (h-seen18): precision 1.0 -> 0.98, one row out wrong: Zambia's "The Government has
    # led a strong national response to the flooding so far" now gives the Government's lead (the
    # gold's holder) over the body read as "Strong Response to the Flooding So Far" (the gold's
    # "national response"; the phrase's span, not the holder, is off)
    # seen12 programmes 12 -> 13 of 17 in round 23 (h-prog23): "announced US$6.2 million in
    # funding to meet ..."
    # round 31's gold re-read (C16): the contact card's nutrition cluster coordinator added: 69
    # of 87 -> 69 of 88 (0.986 / 0.784); the bar follows down, said here
    # seen12 roles 69/88 -> 70/88 in round 33 (h-holders): a contact card's name over its post
    "seen12": (HERE / "seen12", True, 0.98, 0.79, 0.92, 0.76),  # C3 responses read (round 18)
    # seen13 (was frozen13) retired at the start of round 17, after three rounds (14 to 16) held
    # out, its roles line never moving (0.419 / 0.224); its misses and wrong rows are read now
    # round 16's fund-story readers give each held-out split one or two programme rows more, every
    # one right by amount (loose 6 -> 7 of 19, 5 -> 7 of 17, 6 -> 7 of 18) and none by title, so
    # strict programme precision falls (frozen13 0.571 -> 0.500, frozen14 0.400 -> 0.286,
    # frozen15 0.429 -> 0.375) with strict recall unchanged; the bars follow, said here
    # round 17 reads its wrong rows and misses: a body named by a whole quoted title and again by
    # its opening ("the Inter Agency Task Force": 7 wrong rows -> 0, 8 rows more), a sheet's
    # plural "Coordinating agencies" label (2 rows more), donors, a country among them, who
    # "have sat on" the HCT (3 rows more): roles 0.419 / 0.224 (13 of 31) -> 0.703 / 0.448
    # (26 of 37)
    # seen13 programmes 4 -> 14 of 19 (8 -> 16 output) in round 17, its gold to C2a: two
    # recipients before "to build up", "some $3.1 million, will go to", "roughly", "allocated to
    # UNICEF will pay for", "will let UNHCR, UNOPS and IOM set up", "a programme of", "caused
    # by", and the covers of two ACT appeals and a WFP operation titling their totals
    # seen13 programmes 14 -> 15 of 19 in round 18: C2b "help farmers and breeders"
    # seen13 programmes P 15/17 -> 15/16 in round 19: a CERF total split into its parts dropped
    # seen13 programmes 15 -> 16 of 19 (16 -> 17 output) in round 20: "A grant of $X to WHO will
    # help ... through nutritional interventions"
    # round 22 (h-c9-22): "Adamawa ESNFI Sector", a state written bare before the sector's name,
    # its scope (Nigeria's states read: the country named as often as Niger whose areas the
    # minutes name): 26 / 37 -> 34 / 37 right / output of 56
    # seen13 roles 0.703 / 0.464 -> 0.718 / 0.500 in round 22 (h-recall22): "IOM is an active
    # partner in the Protection and Health sectors" (Djibouti, 2 rows)
    # round 22 merged (C9, seen18, recall, programmes lanes): roles 0.923 / 0.643 (36 of 56)
    # seen13 roles P 0.923 -> 0.947 in round 27 (h-prec27): "UNOCHA (Observer)" no member
    # seen13 roles P 0.947 -> 0.973 in round 29 (h-prec29): "NGO members of the HCT" no holder
    # seen13 roles 36 -> 37 of 56 in round 29 (h-labels29): an acronym alone in a label's value
    "seen13": (HERE / "seen13", True, 0.97, 0.66, 0.94, 0.84),  # C1/C2: 1 -> 4 of 19
    # seen14 (was frozen14) retired at the start of round 18, after three rounds (15 to 17) held
    # out, its roles line never moved by a rule (0.600 / 0.148); its misses are read now
    # round 18 (h-s14): roles 0.600 / 0.145 -> 0.771 / 0.446 by its constructions' general rules
    # seen14 programmes 6 -> 14 of 17 (14 output) in round 18: fund shares, C2b, covers, asks
    # seen14's five doubted rows re-read by an annotator in round 18 (83 -> 85 gold rows):
    # roles 0.776 / 0.458 -> 0.918 / 0.529 with the rules unchanged by it
    # seen14 roles 0.918 / 0.511 -> 0.920 / 0.523 in round 19 (C8-C11 gold): "under the
    # stewardship of the Minister"
    # seen14 roles 0.920 / 0.523 -> 0.923 / 0.545 in round 19: "coordinating agency for shelter and CCCM"
    # round 20 (h-s16, precision): one meeting's chairs (C12), participles and occasions no roles
    # seen14 roles 0.923 / 0.545 -> 0.901 / 0.727 in round 20 (h-mem20): the India working
    # group's list of offices over postal addresses, 16 rows right, 3 wrong (two state
    # departments whose city runs into the name with no address word before it, "... Government
    # of Meghalaya Shillong", and the page's cut-off last item "Secretary"); with h-s16's
    # precision rules merged 0.929 / 0.739
    # round 22: Somalia's "National Child Protection Working Group" keeps its level in the name
    # (C9, three blind readers; scope national from "at the National level"): 65 -> 64 of 88
    "seen14": (HERE / "seen14", True, 0.91, 0.72, 1.0, 0.82),  # C1/C2: 0 -> 2 of 17
    # seen15 (was frozen15) as first measured, before round 16 (the rules of round 15; its gold
    # written to conventions C1 and C2 from the start), after a second reader's rewording
    # round 18's responses (C3) give frozen15 two role rows more, neither right (summary
    # line only: P 0.524 -> 0.478, recall unchanged); the bar follows, said here
    # retired at the start of round 19, after three rounds (16 to 18) held out, its roles
    # recall never raised by a rule (0.180); its misses and wrong rows are read now
    # seen15 programmes 4 -> 8 of 18 (10 output) in round 19: budget subtotals, C2 fund stories
    # seen15 roles 11 -> 16 of 61, output 23 -> 26, in round 19 (its misses read: passive and
    # fronted responses, "jointly led by" and its label line, relative clause antecedents)
    # round 20 (h-s16): "under the overall leadership of the HC" a line of reporting, no lead
    # seen15 programmes 8 -> 11 of 18 (10 -> 13 output) in round 20: "With its allocation of $X,
    # IOM is to provide ... as well as ...", fronted "To ensure <purpose>, a grant of $X ..."
    # round 22 (h-c9-22, C9 in the rules): Malawi's "National Logistics Cluster" kept whole,
    # 18 -> 20 of 63 (two wrong rows fewer)
    # seen15 roles 0.720 / 0.286 -> 0.767 / 0.365 in round 22 (h-recall22): "as a partner in the
    # Early Recovery sector", "have seats on the CEB", "co-chaired in rotation by" (Jordan, 2
    # rows right; "the Minister of MoPPA" written as the office, one wrong row), "At the
    # capital-level" the national scope (Cameroon, one row right and one wrong fewer)
    # round 22 (h-prog22): programmes 11 -> 12 of 18 (13 -> 14 output), "has received $X towards"
    # in a fund's story
    # round 22 merged (C9, seen18, recall, programmes lanes): roles 0.833 / 0.397 (25 of 63)
    # round 23 (h-members23): "The NGO Consortium of the National Humanitarian Network, which
    # carried out the project, consisted of A, B, ...": roles 0.833 / 0.397 -> 0.861 / 0.492
    # (25 -> 31 of 63)
    # round 25 (h-persons25): "made up of: categories ..., among them A and B" (Zambia),
    # "UN-Habitat and NRC serve as co-coordinators." closing a clause (Lebanon): roles 0.861 /
    # 0.492 -> 0.875 / 0.556 (31 -> 35 of 63, 40 output)
    # round 25 (h-rmrp25): "International Financial Institutions, among them the World Bank (WB)
    # and the International Monetary Fund (IMF)" in the UN country team's list, "11 Resident UN
    # Funds" a counted category: roles 31 -> 33 of 63 (0.861 / 0.492 -> 0.868 / 0.524)
    # seen15 programmes 12 of 18 -> 13 of 19 at the start of round 26: the gold re-read adds
    # Ecuador's "Early Recovery - USD 1,250,000" (3 of 3 readers), which the rules read already
    # seen15 roles 0.875 / 0.556 -> 0.900 / 0.571 in round 27 (h-prec27): "the Minister of MoPPA"
    # stands for the ministry its acronym's shape names (C1)
    # seen15 programmes P 0.929 -> 1.000 (13 of 19) in round 30 (h-prog30): a grant "gone to
    # two United Nations agencies" is the fund's whole, no programme
    "seen15": (HERE / "seen15", True, 0.9, 0.57, 1.0, 0.68),
    # C2a (round 17: a fund allocation's leading verb of providing dropped from the gold's
    # titles, 33 titles re-read on every split, rules unchanged) moved programme figures by the
    # gold alone: dev 89 -> 88 of 95 ("keeping health services running" now "health services"),
    # seen6 2 -> 3 of 7, seen10 8 -> 6 of 14 (the rules keep "a daily food ration" and "to run"),
    # seen11 22 -> 25 of 29, seen12 2 -> 7 of 17, frozen14 2 -> 5 of 17, frozen15 3 -> 4 of 18;
    # the programme bars of those splits follow (dev's and seen10's down, said here)
    # C3 (settled at the end of round 17, applied by an annotator at once, rules unchanged): an
    # organisation given a role word over a response, operation or appeal holds a role row; 35
    # rows added over 12 splits (dev 3, seen 4, seen2 7, seen3 3, seen4 2, seen6 1, seen7 2,
    # seen8 5, seen9 1, seen10 2, seen11 3, frozen14 2), none of them read yet, so the roles
    # recall bars of seen, seen2, seen3, seen4, seen7, seen8, seen10 and seen11 follow down by
    # the gold alone, said here; seen13's Adamawa and Beirut minutes re-read to name the body
    # as the other splits do (body without its state or city, which is the scope)
    # seen16 (was frozen16) as first measured, before round 17 (the rules of round 16; gold to
    # C1, C2, C2a); retired at the start of round 20, its roles recall never raised by a rule
    # round 17's fund-story readers give frozen16 one programme row more, wrong even by amount
    # (programmes P 0.500 -> 0.400, recall unchanged at 2 of 23); frozen14 one more right (5 ->
    # 6 of 17); the bars follow, said here
    # round 18's fund shares give frozen16 one programme row more, right by amount, titled
    # otherwise (loose 4 -> 5 of 23; strict P 0.400 -> 0.333, recall unchanged); bar follows
    # round 20: a body's possessive before its seat (the HCF's chair, h-post20); the plan's
    # country after a gap closes the clause's scopes, a level word before "coordination
    # Forum" is its scope, a partner is no co-holder (h-s16)
    # seen16 roles 0.320 / 0.250 -> 0.393 / 0.344 in round 20: "Among its members and cooperating
    # partners are the Ministries of Water and Energy, Public Health, and Basic Education"
    # seen16 programmes 2 -> 17 of 23 (6 -> 19 output) in round 20, its CERF stories read: a sum
    # in an unread currency bracketed after the dollars, "With $X <agency> is to", present
    # "receives / gets / lets", "will let <whom>", an amount that "will <verb>", "For <purpose>,
    # <agency> is given $X", "earmarked through", "efforts to", "response to the floods"; an
    # "N$" amount no longer read as US dollars (one wrong row gone)
    # seen16 programmes P 17/19 -> 17/18 in round 21 (h-progs21): the bounded list look-ahead
    # round 22 (h-c9-22, C9 in the rules): Malawi's "National Logistics Cluster" kept whole,
    # 14 -> 15 of 32 (one wrong row fewer)
    # round 22 merged (C9, seen18, recall, programmes lanes): roles 0.696 / 0.485 (16 of 33)
    # seen16 programmes 17 -> 18 of 23 in round 23 (h-prog23): "is seeking US$616 000 (about
    # N$4,1 million) so the Ministry ... can carry out ..."
    # seen16 roles 16 -> 19 of 33 in round 24 (h-members24): "the REF Taskforce (REF TF)" named
    # with the forum's defined acronym written out (its three rows were wrong by name before)
    # round 24 (h-prog24): "is to feed some 270,000 people" (C2b): programmes 18 -> 19 of 23
    # right, 20 output
    # seen16 roles 19 -> 21 of 33 in round 25 (h-seen21): the REF Taskforce's "CRRF Secretariat"
    # and UNHCR after "such as" opening the list's second item
    # round 30's gold re-read (C15): "the national coordination Forum on ..." keeps its level
    # phrase in the name, no scope: its two co-chairs now wrong, 21 -> 19 of 33 (0.760 / 0.576)
    # seen16 roles P 0.840 -> 0.875 (21/25 -> 21/24 output) in round 30 (h-prec30): "made up of
    # MoHS officials, ... leaders" names a kind of people, no member
    # round 30 merged: both together, 19 of 33 right, 24 output (0.792 / 0.576)
    # seen16 programmes 19/23 (19/20) -> 20/23 (20/21) in round 38 (h-prog38): "For <whom>,
    # <X> support worth some <amount> comes through <agency>"
    "seen16": (HERE / "seen16", True, 0.79, 0.57, 0.95, 0.869),
    # seen17 (was frozen17) as first measured, before round 18 (the rules of round 17; gold to
    # C1, C1a, C2, C2a, C2b and C3 from the start, after a second reader's rewording); retired
    # at the start of round 21, its roles recall raised by a rule once (round 18)
    # round 18 merged: roles 12 -> 14 of 78 (25 -> 27 output), programmes 3 -> 4 of 18
    # (9 -> 10 output); the first held-out roles recall a round's rules raised since round 12
    # round 20's fund-story readers give frozen17 one programme row more, right by amount and
    # titled otherwise (summary line only: loose 8 -> 9 of 18; strict P 0.400 -> 0.364, recall
    # unchanged at 4 of 18); the bar follows, said here
    # round 21 (h-list21): member lists of acts and decrees (lettered items, the seat column,
    # "the National Commission", a lead-in item), offices with their holders' names: roles
    # 14 -> 51 of 80 (27 -> 60 output)
    # seen17 roles 14 -> 20 of 80 (27 output) in round 21: offices as holders (forms of address
    # cut, a title before a bare name, a government's representative, C1a, C12's second chair)
    # seen17 programmes 4 -> 15 of 18 (11 -> 15 output) in round 21 (h-progs21), its misses
    # read: lists with a comma before the last "and", a last purpose after a whom aside, "spend
    # $X to", "a $X grant went to", "has gone from <fund> to", a heading's rounded figure, "of
    # <whom> through <means>", a cluster's partners' ask (C4), "with which it is to", "to the
    # rehabilitation of", a counted group of agencies' money the fund's whole
    # round 21 merged (lists, offices, programmes): roles 14 -> 57 of 80 (27 -> 60 output)
    # round 22: Viet Nam's two deputy chairmen listed in the composition are members (C8, three
    # blind readers; 80 -> 82 gold rows, not yet read: recall 0.713 -> 0.707)
    # round 22 merged (C9, seen18, recall, programmes lanes): roles 0.967 / 0.707 (58 of 82)
    # seen17 programmes 15 -> 17 of 18 in round 23 (h-prog23): two agencies that "get $150,000
    # each to respond to ... and to help meet ..." (C13, C2a)
    # round 23 (h-members23): "..., and its permanent members are those who represent the
    # co-sponsors of X, that is A, B, ..." (Moldova's theme group; "United Nations" opening a
    # name is "UN" in name keys): roles 0.967 / 0.707 -> 0.970 / 0.793 (58 -> 65 of 82)
    # round 23 (h-seen19): "Housing and Urban Affairs Minister", a portfolio joined by "and",
    # +1: roles 0.967 / 0.7195 (59 of 82; the bar stays below it)
    # round 23 merged: roles 0.957 / 0.805 (66 of 82, 69 output); one wrong row more out of the
    # merge alone (neither lane gave it): "the General Director of Vietnam Disaster Management
    # Authority" read as the office "General Director of Vietnam" (h-office23's "Director of X"
    # office with h-seen19's office in a member list); the precision bar follows, said here
    # round 25 (h-persons25): an office "of" a country that runs on into a longer name serves
    # that name ("the General Director of Vietnam Disaster Management Authority" is the
    # authority, C1): roles 0.957 / 0.805 -> 0.985 / 0.817 (67 of 82, 68 output)
    # round 30's gold re-read (C15): "chaired by Governor Joseph ole Lenku" is the person (a bare
    # title): 67 -> 66 of 82 (0.971 / 0.805)
    # seen17 roles 67 / 68 -> 68 / 69 in round 30 (h-tidy30): the level words of languages.toml
    # as phrase modifiers, "a state disaster management committee at the province level"
    # seen17 roles 0.971 / 0.805 -> 0.985 / 0.817 in round 30 (h-census30): a bare title before a
    # name is the person (C15), "ole" a name particle: Joseph ole Lenku chairs (67 of 82, 68 output)
    # round 31's gold re-read (C16): "meet the urgent needs" read as C2a's "cover" in Pakistan's
    # pair of titles (both now extras beside their misses) and Peru's carrier noun "five projects
    # to" dropped: programmes 17 of 18 -> 15 of 18 (15 output right of 17); the bars follow down
    # seen17 roles 68/82 -> 69/82 (69 output right of 70) after round 38's merge (one lane's
    # membership rules; only the merge was measured)
    "seen17": (HERE / "seen17", True, 0.98, 0.841, 0.88, 0.83),
    # seen18 (was frozen18) as first measured, before round 19 (the rules of round 18; gold to
    # C1 to C11 from the start, C9 and C10 as revised, after the annotator's own second reading);
    # retired at the start of round 22, its roles recall raised by a rule once (round 21)
    # round 21 (offices as holders): roles 3 -> 5 of 70, 8 output (summary line only)
    # round 22 (h-seen18): roles 5 -> 41 of 70 (44 output): offices written with their holder's
    # name in news, two passives in one sentence, a UN country team's counted member groups, a
    # misspelt long form before a known acronym, a cluster page's arrangement and contact row
    # round 22 (h-prog22): programmes 1 -> 7 of 11 (2 -> 8 output): agencies' shares of a flash
    # appeal asked alone in their sentences, an appeal supplement's ask split by country, "get"
    # in a fund story and examples after "such as" counted as members of the title
    # round 23's gold re-read took the South Caucasus appeal's four per-country rows out (C2,
    # C13): 7 -> 3 of 7 right, 8 output; h-prog23 drops the per-country rule (Armenia, Azerbaijan,
    # Georgia and "regional projects" no longer read): 3 of 7, 4 output; the bars follow, lowered
    # round 24 (h-prog24): "WFP asks for $5.6 million to feed up to 110,000 people" (C2b):
    # programmes 3 -> 4 of 7 right, 5 output
    # round 25: the FAO title re-read as 'seeds' (3 of 3 blind readers, C2): programmes 4 -> 5 of 7
    # round 28's gold re-read: "Governor Eric Mutai" is the office "Governor" (C1), read: 41 -> 42 of
    # 70 (0.932 / 0.600)
    # round 30's gold re-read (C15) reversed round 28's: "Governor Eric Mutai" is the person:
    # 42 -> 41 of 70 (0.909 / 0.586)
    # seen18 roles 0.909 / 0.586 -> 0.932 / 0.600 in round 30 (h-census30): a bare title before a
    # name is the person (C15): Governor Eric Mutai's row (42 of 70, 44 output)
    "seen18": (HERE / "seen18", True, 0.93, 0.60, 1.0, 0.71),
    # seen19 (was frozen19) as first measured, before round 20 (the rules of round 19; gold to C1
    # to C13 from the start, after the annotator's own second reading): not one role row of 84
    # read; retired at the start of round 23, its roles recall never raised by a rule
    # round 20 merged: roles unchanged (0 of 84, 6 output); programmes one row more, right by
    # amount and titled otherwise (strict P 0.750 -> 0.600, recall 3 of 12 unchanged, loose 4 ->
    # 5 of 12); the precision bar follows, said here
    # round 23 (h-prog23): programmes 3 -> 7 of 12 (8 output): a fund story's "which will use it
    # to", "will be received by", "gave <agency> a grant of" and a further purpose after a count
    # round 23 (h-seen19): run-in sentences, a capitalised Technical Team, "would have as members",
    # "further members are", "chaired by A and made up of B", "X and Y Minister", an office of a
    # named organisation: roles 0 -> 17 of 84 (18 output)
    # round 24 (h-members24): a headline's lower-case committee and "the committee" below it,
    # "Also members:", "Among these are", "The rest are" after a list, "Its membership further
    # takes in", a post before its organisation, a team "called 'The Taskforce'", a lower-case
    # technical team made up of members: roles 17 -> 58 of 84 (60 output)
    # seen19 programmes 8 -> 9 of 12 in round 25 (h-prog25): money "to support" a forum the
    # page defines is titled by the forum (a coordination body is what is funded, not a place)
    # round 25 (h-persons25): "A and B are represented as well." a seat in the committee the
    # text is about, persons joined by "and" before "the committee's Co-Chairman": roles 58 ->
    # 62 of 84 (64 output)
    # round 28's gold re-read: the technical team's "UNICCEF" kept as written, read: 62 -> 63 of 84
    # (0.984 / 0.750)
    # seen19 roles 63 / 84 -> 67 / 84 in round 30 (h-lists30): "The team is made up of staff from
    # A and B" stands for the capitalised Response Team named just before (0.985 / 0.798)
    "seen19": (HERE / "seen19", True, 0.98, 0.79, 1.0, 0.75),
    # seen20 (was frozen20) as first measured, before round 21 (the rules of round 20; gold to C1
    # to C13 from the start, after the annotator's own second reading); retired at the start of
    # round 24, its roles recall raised by a rule once (round 22)
    # round 21 merged: two role rows more out, neither right (summary line only: P 0.824 -> 0.737,
    # 14 of 60 right unchanged; h-office21's offices as holders, by its branch's line); the
    # precision bar follows down, said here
    # round 22 (h-c9-22, C9 in the rules): roles 14 -> 15 of 60 right, 19 output (summary line
    # only)
    # round 24 (h-prog24): the CERF stories' recipient clauses ("which is to", "so that it can",
    # "so as to", "with which to", "Out of its $X share", "With $X allocated to it"):
    # programmes 2 -> 9 of 11 right, 10 output; then a donor's "committed a first sum of" and
    # "urgent relief efforts" (a qualified effort): 10 of 11, 11 output
    # round 24 (h-seen20, its misses read): roles 15 -> 23 of 60 (26 output; the Yemen cluster's
    # partner members and a serial comma's last item, an acronym serving as secretariat, "chaired
    # at present by", an officer's post before an authority's name, "will also Head a", no
    # "Chairman" member nor one meeting's facilitator); programmes 2 -> 10 of 11 (11 output: a
    # fund story's "so as to", "in order to", "which is to", "with which to", "Out of its $X
    # share", "With $X allocated to it", a pledge "to aid urgent relief efforts")
    # seen20 roles 0.885 / 0.383 -> 0.926 / 0.417 in round 26 (h-low26): "nominated as a
    # Coordinator for NGO Sector Group" (a seat's word no part of the body's name)
    # round 31's gold re-read (C16): no organisation chairs the secretariat it is: 25 of 60 ->
    # 25 of 59 (0.926 / 0.424)
    "seen20": (HERE / "seen20", True, 0.92, 0.42, 0.9, 0.9),
    # seen21 (was frozen21) as first measured, before round 22 merged a rule (the rules of round
    # 21; gold to C1 to C13 from the start, after the annotator's own second reading); retired at
    # the start of round 25, its roles recall never raised by a rule (8 of 57)
    # round 25 (h-seen21, its misses read): roles 8 -> 21 of 57 (24 output): the Peruvian "Mesa
    # Multisectorial" and "la Mesa" after it, its members after "forman parte de la Mesa" in
    # groups between semicolons and the one "Junto a A," names (7); the Argentine "Rede" and "a
    # rede congrega ONGs, como A, B e C" (4); "chaired by either A or B" (2)
    # seen21 programmes 5 -> 7 of 11 (10 -> 11 output) in round 26 (h-prog26): "(FAO), so that
    # it could provide agricultural support", "over half a million dollars is for ..."
    # seen21 roles 0.87 / 0.36 -> 0.89 / 0.45 in round 26 (h-lang26): "las direcciones regionales
    # de A, B y C" one directorate per portfolio (21 -> 26 of 57)
    # seen21 roles 0.897 / 0.456 -> 0.929 / 0.456 in round 28 (h-tidy28): C14, the task force's
    # Vice-Chairman no chair (26 of 57, 29 -> 28 output)
    # seen21 roles 0.929 / 0.456 -> 0.964 / 0.474 in round 30 (h-census30): a bare title before a
    # name is the person (C15): Minister Saviour Kasukuwere chairs (27 of 57, 28 output)
    # seen21 programmes P 0.636 -> 0.700 (7 of 11) in round 30 (h-prog30): an allocation told
    # first and then split "Of the CERF allocation, $4,3m ..." is the parts' whole
    # seen21 programmes 7 -> 8 of 11 (P 0.700 -> 0.800) in round 31 (h-prog31): "to provide support
    # for farming households ...": a bare "support" takes the rest of its clause
    "seen21": (HERE / "seen21", True, 0.96, 0.47, 0.8, 0.72),
    # seen22 (was frozen22) as first measured, before round 23 merged a rule (the rules of round 22; gold to
    # C1 to C13 from the start, after the annotator's own second reading): not one programme of 13
    # read (no output)
    # round 24 merged: one role row more out, not right (summary line only: P 0.833 -> 0.714, 5 of
    # 61 right unchanged; from h-lang24's Spanish, French and Portuguese role rules, by its
    # branch's line: which row it is stays unread while the split is held out); the precision bar
    # follows down, said here; retired at the start of round 26, its roles recall never raised
    # by a rule (5 of 61)
    # seen22 programmes 0 -> 11 of 13 (11 output) in round 26 (h-prog26): a plan's bare figures
    # and their sector names printed apart, money by adding up to its stated total cost (9); a
    # Spanish donation's "un proyecto de ..." titles after "se destinarán a", "servirán para
    # financiar" (2)
    # seen22 roles 0.71 / 0.08 -> 0.87 / 0.34 in round 26 (h-lang26): Angola's "os ministros da A,
    # das B e da C" after "Dela são igualmente membros", "Completam a comissão", "bem como o
    # comandante da X"; Madagascar's "placé sous la présidence du Premier Ministre" (5 -> 21 of 61)
    # seen22 roles 0.714 / 0.082 -> 0.750 / 0.098 in round 26 (h-seen22): minutes' "A (WFP) FSL
    # Cluster Co-Coordinator, B (FAO) FSL Cluster Co-Coordinator" (no false long form of FAO)
    # round 26 merged: h-lang26 and h-seen22 together, 5 -> 22 of 61 (0.880 / 0.361)
    # seen22 roles 22 -> 23 of 60 (0.880 / 0.367 -> 0.885 / 0.383) in round 28 (h-chairs28): "la
    # coordinadora residente de la ONU en Honduras, quien lidera la Red Humanitaria" (a Spanish
    # relative, "la Red" a network's head, C10's place)
    # seen22 roles 23/26 -> 23/25 output in round 37 (h-seen33): any language's article skipped
    # after a passive ("Présidé par le Directeur Général de la Caisse X") leaves no office cut short
    "seen22": (HERE / "seen22", True, 0.92, 0.38, 1.0, 0.84),
    # seen23 (was frozen23) as first measured, before round 24 merged a rule (the rules of round 23
    # after round 24's gold re-reading of other splits; gold to C1 to C13 from the start, after the
    # annotator's own second reading); unchanged through rounds 24 to 26 held out, retired at the
    # start of round 27
    # seen23 roles 0.333 / 0.162 -> 0.867 / 0.351 in round 27 (h-prec27): "an Ad Hoc Task Force.
    # The Task Force ..." refers to the body just brought in, not the headline's; a list line
    # ending in its seat names one member, the organisation named last (6 -> 13 of 37)
    # seen23 roles 13 -> 14 of 37 (0.737 / 0.378) in round 27 (h-census27): a list line's seat in
    # brackets after a dash ("Minister of X – (Chairman)")
    # seen23 roles 0.333 / 0.162 -> 0.895 / 0.459 in round 27 (h-seen23): "has established an X
    # Task Force. The Task Force will be constituted by members as listed below:" with "–
    # (Chairman)" seats (11); "Post, Unit, ORG, Coordinator" lines and a last line cut inside a
    # word (6 -> 17 of 37, 18 -> 19 output)
    # round 27 merged: h-prec27, h-census27 and h-seen23 together (one anaphora rule, the capitals
    # heading reverted), 17 of 37 right, 19 output (0.895 / 0.459)
    # seen23 programmes 0.500 / 0.308 -> 0.600 / 0.462 in round 28 (h-prog28): "relief and
    # recovery operations" is an operation qualified by what kind; "$X of the allocation will
    # support ..." (4 -> 6 of 13, 8 -> 10 output)
    # seen23 roles 17 -> 18 of 37 (0.895 / 0.459 -> 0.900 / 0.486) in round 28 (h-chairs28): "un
    # comité interinstitucional que será coordinado por": a body named in lower case by its level
    # seen23 roles 18 -> 22 of 37 (0.900 / 0.486 -> 0.917 / 0.595) in round 29 (h-labels29): the
    # Niger minutes' "Cluster Protection" head first, chained labels, "et" between holders
    # seen23 programmes 6 -> 7 of 13 (P 0.600 -> 0.700) in round 31 (h-prog31): "will go to priority
    # interventions to provide food assistance, ...": a bare title takes the rest of its clause
    # seen23 programmes 7 -> 9 of 13 (P 0.700 -> 0.750) in round 32 (h-prog32): "A (X) and B (Y)
    # are each to receive $300,000 to ...": each recipient's own row (C13)
    # seen23 roles 22 -> 23 of 37 (0.917 / 0.595 -> 0.958 / 0.622) in round 32 (h-names32): a
    # minister's portfolio of four remits, each after its comma, read as one title
    "seen23": (HERE / "seen23", True, 0.95, 0.62, 0.75, 0.69),
    # seen24 (was frozen24) as first measured, before round 25 merged a rule (the rules of round 24
    # after round 25's gold re-reading of other splits; gold to C1 to C13 from the start, after the
    # annotator's own second reading): one role row of 47 read, no programme out; held out through
    # rounds 25 to 27, retired at the start of round 28
    # round 27 merged: three programmes of 11 read (3 output, summary line only; h-prog27's
    # "n to AGENCY for PURPOSE" and amounts with thousands grouped by dots, measured per branch)
    # seen24 programmes 1.000 / 0.273 -> 1.000 / 0.909 in round 28 (h-prog28): a grant's shares by
    # agency joined to the components naming the agencies (5); "has welcomed a contribution of
    # $X from <donor>, made through <agency>, to provide ..."; "to support <recipient> in
    # delivering ..." (3 -> 10 of 11)
    # seen24 roles 0.333 / 0.021 -> 0.889 / 0.340 in round 28 (h-lists28): a composition one office
    # a line with blank lines between, portfolios closed by a serial comma, a special envoy as an
    # office, "X, lequel se compose de représentants de A, de B et de C" (1 -> 16 of 47)
    # seen24 roles 1 -> 5 of 47 (0.333 / 0.021 -> 0.833 / 0.106) in round 28 (h-chairs28): "Es
    # presidido por el Gobernador de la provincia", "coordenada pelo próprio governador provincial"
    # (the office named before with its unit), "une commission nationale présidée par", "le Comité
    # Interministériel" after its full name with "de gestion des risques ..."
    # round 28 merged: h-lists28, h-chairs28 and h-prog28 together, roles 20 of 47 right, 21 output
    # (0.952 / 0.426), programmes 10 of 11 (10 output)
    # seen24 roles 20 -> 24 of 47 (0.952 / 0.426 -> 0.960 / 0.511) in round 31 (h-decrees31): a
    # French decree's "Article 2 : Présidé par X, ..., le Comité compte les membres ci-dessous :"
    # over "Vice-Président :" / "Membres :" sub-labels and "* Le Ministre de Y" items
    # seen24 roles 0.960 / 0.511 -> 0.963 / 0.553 in round 32 (h-link32): Portuguese "a comissão
    # ... integra ainda A, B" and "membros da referida comissão" (24 -> 26 of 47)
    # seen24 roles 24 -> 26 of 47 (0.960 / 0.511 -> 0.963 / 0.553) in round 32 (h-names32): a
    # French minister's title goes on over ", chargé de la Privatisation" (a capitalised remit)
    # round 32 merged: h-link32 and h-names32 read different rows, 28 of 47 right (29 output)
    "seen24": (HERE / "seen24", True, 0.96, 0.59, 1.0, 0.9),
    # seen25 (was frozen25) as first measured, before round 26 merged a rule (the rules of round 25
    # after round 26's gold re-reading of other splits; gold to C1 to C13 from the start, after the
    # annotator's own second reading): four role rows of 67 read, no programme out; held out
    # through rounds 26 to 28, retired at the start of round 29
    # round 26 merged: one role row more right and two more out (summary line only: 4 of 7 ->
    # 5 of 9 output right, 4 -> 5 of 67); the precision bar follows down, said here
    # round 28 merged: one wrong row fewer (summary line only: 5 of 9 -> 5 of 8 output right;
    # h-tidy28's C14, a vice-chair no co-chair, measured per branch)
    # seen25 programmes 0.000 / 0.000 -> 1.000 / 0.938 in round 29 (h-prog29): French future
    # verbs of receiving with "pour" and an infinitive, an agency drawing on or using a fund's
    # grant, a purpose in brackets opened by "for", items "<recipient> (ACR): <area> [amount]"
    # seen25 roles P 0.625 -> 0.833 in round 29 (h-prec29): "four Regional Committees led by"
    # no agent of the task force's "headed by"; "As Chairman of the Task Force, Hon. A is expected
    # to draw on the Y" gives the Y no chair
    # seen25 roles 0.625 / 0.075 -> 0.700 / 0.104 in round 29 (h-clauses29): "quien es a la vez
    # Secretario Ejecutivo de la Comisión" (a post qualified before its "de", a Spanish director
    # general's office), "un comité ad hoc placé sous l'autorité du ministre de l'Administration
    # territoriale" (French's placed-under, an ad hoc committee, a portfolio's lower-case adjective)
    # seen25 roles 5 / 8 -> 22 / 25 in round 29 (h-lists29): composition lists, a lead-in with an
    # aside ("in full", "as of <date>", "presidida pelo X"), seats before a dash, C8 for a "Chair:"
    # line, a Portuguese law's lettered "Representantes da A e da B" and "Na Comissão participam"
    # seen25 roles 5 -> 11 of 67 (0.625 / 0.075 -> 0.846 / 0.164) in round 29 (h-labels29): a
    # label glued to the value before it, the contact block's post under its organisation, a
    # fronted "As Chairman of X," held by its subject only
    # round 29 merged: h-lists29, h-labels29, h-clauses29 and h-prec29 together, roles 30 of 67
    # right, 31 output (0.968 / 0.448); programmes 15 of 16 (15 output)
    # round 30's gold re-read took the Board's vice chairperson row out (C14): 30 of 66 (0.455)
    # seen25 roles 30 / 31 -> 31 / 32 (0.968 / 0.455 -> 0.969 / 0.470) in round 32 (h-romance32):
    # a Romance body's name runs on over "para la <purpose>", cut before "en <place>" (C17)
    "seen25": (HERE / "seen25", True, 0.96, 0.46, 1.0, 0.93),
    # seen26 (was frozen26) as first measured, before round 27 merged a rule (the rules of round
    # 26 after round 27's gold re-reading of other splits; gold to C1 to C13 from the start, after
    # the annotator's own second reading): two role rows of 46 read (2 of 3 output right), one
    # programme of 10
    # held out through rounds 27 to 29, never raised by a rule; retired at the start of round 30
    # seen26 roles 0.667 / 0.043 -> 0.882 / 0.326 in round 30 (h-seen26): a decree's Roman-numbered
    # composition under "terá em sua composição ... a seguir:" with "que o presidirá" (12 rows),
    # a secretariat "hosted by" its host, "the NGO Forum" without its country; a fronted "En sa
    # qualité de président de X, le Ministre" (its holder cut at "et de la": an extra)
    # seen26 roles 15 / 17 -> 17 / 18 in round 31 (h-seen27): a Romance "and" with its own "of"
    # goes on a unit's name ("Ministre de l'Intérieur et de la Sécurité Publique" whole), an
    # enumeration inside a name ends at any language's "and"
    # seen26 programmes 1 -> 5 of 10 (P 0.500 -> 1.000) in round 31 (h-prog31): a Japanese grant's
    # "Food Security ($2.9 million): World Food Programme (WFP), ..." (the agency skipped between
    # items) and "for grants to local partners ..." (a bare title takes the rest of its clause)
    # seen26 roles 17/46 -> 18/46 in round 33 (h-holders): a contact card's name over its post
    # seen26 programmes 5/10 -> 6/10 in round 34 (h-prog34): a fund's "allocated <amount> from
    # <fund> to ramp up <purpose>" on a page splitting it no further (C17)
    "seen26": (HERE / "seen26", True, 0.94, 0.39, 1.0, 0.6),
    # seen27 (was frozen27) as first measured, before round 28 merged a rule (the rules of round
    # 27 after round 28's gold re-reading of other splits; gold to C1 to C14 from the start, after
    # the annotator's own second reading): two role rows of 55 read (2 of 4 output right), no
    # programme out
    # held out through rounds 28 to 30, never raised by a rule; retired at the start of round 31
    # seen27 roles 2 / 4 -> 4 / 6 in round 31 (h-seen27): a phrase body's acronym defined right
    # after it names it later ("the NTCG, chaired by UNICEF"), UNHCR's Spanish tagline between
    # two co-leads ("coliderado por ACNUR, la Agencia de la ONU para los Refugiados, y la OIM")
    # seen27 programmes 0 -> 3 of 10 (3 output) in round 31 (h-prog31): "will launch a US$ 200,000
    # Immediate Response Action", "preparing a US$ 300,000 emergency technical cooperation project"
    # seen27 programmes 3 of 10 -> 3 of 9 at round 32's gold re-reading (C17): the platform's
    # partners' total ask is no programme
    # seen27 programmes 3/9 (3/3) -> 4/9 (4/4) in round 35 (h-prog35): a table's "Project title"
    # column titles its row (C17), a web table's "Read more" cell past the header is no column
    # seen27 programmes 4/9 (4/4) -> 5/9 (5/5) in round 38 (h-prog38): "the <X> program
    # (2024-2028), worth <amount>"
    "seen27": (HERE / "seen27", True, 0.66, 0.072, 1.0, 0.555),
    # seen28 (was frozen28) as first measured, before round 29 merged a rule (the rules of round 28; gold to C1
    # to C14 from the start, after the annotator's own second reading): one role row of 44 read
    # (1 of 16 output right), one programme out and wrong
    # round 29 merged: one wrong row more (summary line only: 1 of 16 -> 1 of 17 output right;
    # h-clauses29 alone, measured per branch); the precision bar follows down, said here
    # held out through rounds 29 to 31, never raised by a rule; retired at the start of round 32
    # seen28 roles 1 / 17 -> 15 / 16 in round 32 (h-seen28): a country apposed to its current
    # post, a country's possessive before an agency, "made up of eight members from", "Lo
    # conformarán representantes de", a Portuguese "Autoridade"; a minutes' "(Chairing)" (C12),
    # a lead-in's holder in an item with its own clause and another's post after ", le" left out
    # seen28 programmes 0 -> 2 of 11 (P 0.000 -> 0.667) in round 32 (h-prog32): "the emergency
    # cholera response" qualified by a disease; "will be used to expand ..." does it
    # seen28 programmes 2/11 -> 6/11 (P 0.667 -> 0.750) in round 37 (h-prog37): shares one to a
    # bullet read past their recipient, two of one purpose keep it (C13); "para la prevención de"
    "seen28": (HERE / "seen28", True, 0.93, 0.34, 0.75, 0.54),
    # seen29 (was frozen29) as first measured, before round 30 merged a rule (the rules of round 29
    # after round 30's gold re-reading of other splits; gold to C1 to C14 from the start, after the
    # annotator's own second reading): two role rows of 46 read (2 of 3 output right), no programme
    # out; held out through rounds 30 to 32, never raised by a rule; retired at the start of round 33
    # seen29 roles 2 / 3 -> 3 / 3 in round 33 (h-seen29): a post placed in the document's own
    # country ("Country Director of X in <country> and co-chair of the Y") gives no scope
    # seen29 roles 2 / 3 -> 3 / 4 in round 33 (h-romance): "tendrá como integrantes a" after a
    # distributive subject ("Cada una de las X"), a "Jefatura" named head first
    # seen29 programmes 0 -> 2 of 13 (P 1.000) in round 33 (h-prog): "An allocation of CHF n (USD
    # n ...) has been made from" a fund "to support" a society "in delivering" relief; a Romance
    # donor's "dona n euros (n dólares) a <country> para <verb>", the heading's euros kept once
    # merged: 4 of 46 right, 4 output (P 1.000 R 0.087), programmes 2 of 13
    # seen29 roles 4/46 -> 8/46 in round 34 (h-romance34): a second verb after "y" sharing the
    # body the sentence opens with ("La Mesa ..., tiene el apoyo de A y está integrada por"), and
    # "la Mesa de Trabajo" the opening of a head-first name given before; P 1.0 -> 0.88 for
    # "Ministerio de Interior", arguably right (the text distributes "Ministerios de ... Interior";
    # gold writes "del")
    # seen29 roles 8/46 -> 12/46 in round 35 (h-lists): "los Ministerios de A, B, C (unit) y de
    # la D; así como la E y el F", a bracket after an item and "así como" after a semicolon
    # seen29 roles 12/46 -> 15/46 in round 35 (h-lists): a Romance list item naming a unit of the
    # next name by a common noun ("del Destacamento de la B", "de la oficina departamental del
    # C"); P 0.923 -> 0.882 for "Dirección Nacional de Bomberos del Ministerio de Interior",
    # arguably right (the unit with its ministry as the text names it; gold writes it without)
    "seen29": (HERE / "seen29", True, 0.88, 0.32, 1.0, 0.15),
    # seen30 (was frozen30) as first measured, before round 31 merged a rule (the rules of round 30
    # after round 31's gold re-reading of other splits; gold to C1 to C15 from the start, after the
    # annotator's own second reading): three role rows of 58 read (3 of 9 output right), no
    # programme right; held out through rounds 31 to 33, never raised by a rule; retired at the
    # start of round 34
    # seen30 roles 3 / 9 -> 14 / 19 in round 34 (h-seen30): an arrêté's "(1) Présidé par X, le
    # Comité se compose des membres suivants :" (a paragraph number before the lead-in, "le
    # Comité" referring back to the one committee named, the list ending at "(2)"), a head-first
    # name through "ad-hoc" and "de lutte contre la <threat>", no capital "Un" on a name
    # seen30 programmes 0/10 (0/3 output) -> 2/10 (2/3) in round 34 (h-prog34): a strategy's
    # numbered envelopes titled by their labels ("1. <label>: An envelope of $X will go to ...")
    # seen30 programmes 2/10 (2/3) -> 3/10 (3/3) in round 34 (h-prog34): "assistance with <goods>"
    # goes on, a backed society's further "and in <gerund>" purpose, "handed out to" ends a title
    # seen30 programmes 3/10 (3/3) -> 4/10 (4/4) in round 35 (h-prog35): a Romance number in words
    # ("cuatro millones de dólares"), "se han asignado" as a donor's verb, "del <Fund>" as source
    # seen30 programmes 4/10 (4/4) -> 5/10 (5/5) in round 36 (h-prog36): "have been allocated from
    # the <Fund> to kick-start <purpose>" read as after "to", a title going on "in <sectors>"
    "seen30": (HERE / "seen30", True, 0.73, 0.24, 1.0, 0.5),
    # seen31 (was frozen31) as first measured, before round 32 merged a rule (the rules of round
    # 31; gold to C1 to C16 from the start, after the annotator's own second reading): two role
    # rows of 51 read (2 of 6 output right), one programme of 10 (1 of 2 output)
    # seen31 roles 2 / 6 -> 3 / 8 output right in round 33 (summary line only, while held out;
    # with h-romance's Romance composition and membership phrasings, measured per branch): 0.333 /
    # 0.039 -> 0.375 / 0.059; held out through rounds 32 to 34; retired at the start of round 35
    # seen31 programmes 1/10 (1/2) -> 2/10 (2/3) in round 35 (h-prog35): "goes to <Name> so that it
    # can <purpose>" with the recipient's bare name, no acronym
    # seen31 programmes 2/10 (2/3) -> 6/10 (6/7) in round 35 (h-prog35): a fund story's "for <agency>
    # (<acronym>)" shares as "to", "from the donor-supported <Fund>", "has been allocated for"
    # seen31 roles 3/8 -> 14/17 in round 35 (h-seen31): a decree's verb-first "Comporão o CG
    # representantes:" over its numbered items, a body's acronym after a spaced dash ("Comitê X -
    # CG"), "Rapporteur :" a member's seat, a post before a portfolio in words the office as
    # written, "la Coordinación Estatal de ..." an office
    # seen31 roles 14/51 (14/17) -> 19/51 (19/23) in round 37 (h-across37): "el Secretario de
    # <portfolio>" an office, a composition's members between semicolons, "el Consejo" referring
    # back to the council named before
    "seen31": (HERE / "seen31", True, 0.82, 0.372, 0.85, 0.6),
    # seen32 (was frozen32) as first measured, before round 33 merged a rule (the rules of round
    # 32; gold to C1 to C17 from the start): no role row of 42 read (0 of 3 output right), two
    # programmes of 8 (2 of 2 output); a fourth wrong role row in round 34; held out through
    # rounds 33 to 35, never raised by a rule; retired at the start of round 36
    # seen32 programmes 2/8 (2/2) -> 4/8 (4/4) in round 36 (h-prog36): a fund's "has approved" as
    # "allocated", one recipient's "(<acronym>): <areas> [<amount>]" to a line as a list
    # seen32 roles 0/4 -> 9/14 in round 36 (h-seen32): an arrêté's "comité de pilotage du projet de
    # la Mutuelle X" named by its project, "Secrétaire :" a secretariat's seat, "deux représentants
    # du Ministère X" a member; a gazette's masthead no body
    # seen32 programmes 4/8 -> 5/8 in round 37 (h-prog37): "<amount> from the <source> (ACR) was
    # allocated to", and a fund's head allocation kept beside a far smaller grant
    # seen32 programmes 5/8 -> 6/8 in round 37 (h-prog37): a French gift "au <recipient> (ACR)
    # pour appuyer son ...", an equivalent set off by ", soit ... francs CFA,"
    # seen32 programmes 6/8 (6/6) -> 6/8 (6/7 output) in round 39 (h-prog39): "providing $5
    # million in humanitarian assistance to help <whom>" read as the aid (C2, C2b: the noun is
    # written), as seen34's gold reads the same page in Spanish ("asistencia humanitaria");
    # seen32's gold row "help Nicaraguans affected by ..." doubted in the round's report
    "seen32": (HERE / "seen32", True, 0.64, 0.214, 0.857, 0.75),
    # seen33 (was frozen33) as first measured, before round 34 merged a rule (the rules of round
    # 33; gold to C1 to C17 from the start): five role rows of 46 read (5 of 5 output right), no
    # programme of 9 right (0 of 3 output; 3 with --loose); held out through rounds 34 to 36,
    # never raised by a rule; retired at the start of round 37
    # seen33 roles 5/46 (5/5) -> 17/46 (17/17) in round 37 (h-seen33): "el Consejo Asesor X" a
    # council named head first, "compuesto por los expertos A, B y C" persons listed after a plural
    # noun, a subject past ", integrado en la Comisión Y," placing it in another body
    # seen33 programmes 0/9 (0/4) -> 3/9 (3/6) in round 38 (h-prog38): "<activities> worth
    # <amount>", a donor's "had promised <amount> for", "throughout <place>" cut from a title
    # seen33 programmes 3/9 (3/6) -> 4/9 (4/6) in round 38 (h-prog38): "to provide <whom> with
    # <what>" titled by what is given
    "seen33": (HERE / "seen33", True, 1.0, 0.369, 0.666, 0.444),
    # seen34 (was frozen34) as first measured, before round 35 merged a rule (the rules of round
    # 34; gold to C1 to C17 from the start): one role row of 43 read (1 of 3 output right), no
    # programme of 8 right (0 of 4 output; 1 with --loose)
    # seen34 roles 1/43 (1/3) -> 2/43 (2/3) after round 37's merge (summary line only; no rule
    # read it); held out through rounds 35 to 37; retired at the start of round 38
    # seen34 roles 2/43 (2/3) -> 14/43 (14/16) in round 38 (h-seen34): a composition's lines
    # closing on "- Chairperson" or "-Member", numbered table rows, lettered items run together on
    # one line, "made up of the members below" and "there shall be a X as follows:-" lead-ins
    # seen34 roles 14/43 -> 15/43 (15/17) in round 38 (h-seen34): "Secretary, X Department" in a
    # list names the department no rule named
    # seen34 roles 15/43 -> 20/43 (20/22 output) in round 39 (h-across39): "las Secretarías de
    # A, B, C, D y E y del F" as six offices (four commas part single portfolios), the officials
    # heading them ("los funcionarios titulares de") naming the offices as members
    # seen34 roles 20/43 -> 21/43 (21/23 output) in round 39 (h-across39): "Il comprend :" over
    # a decree's dashed list, the members of the body named just before
    # seen34 programmes 0/8 (0/4) -> 1/8 (1/2 output) in round 39 (h-prog39): "has allocated a
    # total of <amount> through the <Fund> for <purpose>"; a bracketed list of who gets each
    # amount ("nine NGOs ($7 million)") no programme
    # seen34 programmes 1/8 (1/2) -> 3/8 (3/4 output) in round 39 (h-prog39): a donor's
    # "<amount> in <aid> that will support / para ayudar a <whom>" titled by the aid; "for the
    # region" no programme
    "seen34": (HERE / "seen34", True, 0.913, 0.488, 0.75, 0.375),
    # seen35 (was frozen35) as first measured, before round 36 merged a rule (the rules of round
    # 35; gold to C1 to C17 from the start): one role row of 53 read (1 of 3 output right), no
    # programme of 8 (none output); held out through rounds 36 to 38, unchanged; retired at the
    # start of round 39
    # seen35 programmes 0/8 (none output) -> 1/8 (1/1 output) in round 39 (h-prog39): a Spanish
    # donor's "destinó <amount> para <verb> ..." read as its other verbs of giving
    # seen35 roles 1/53 (1/3) -> 14/53 (14/18) in round 39 (h-seen35): one plural title over
    # portfolios in lower case ("réunira les ministres de la communication, de la coopération et
    # de l'intégration africaine, ..."), the chair in a relative before the verb ("dont la
    # présidence reviendra au ministre de la santé"), "El organismo lo compondrán A, B" and a
    # name the stored text stops in ("el Ministerio de Econ...") left out
    "seen35": (HERE / "seen35", True, 0.777, 0.264, 1.0, 0.125),
    # frozen36 as first measured, before round 37 merged a rule (the rules of round 36; gold to C1
    # to C17 from the start): twelve role rows of 61 read (12 of 27 output right), one programme of
    # 10 (1 of 3 output; 3 with --loose)
    "frozen36": (HERE / "frozen36", True, 0.44, 0.196, 0.33, 0.1),
    # frozen37 as first measured, before round 38 merged a rule (the rules of round 37; gold to C1
    # to C17 from the start): two role rows of 61 read (2 of 4 output right), no programme of 10
    # (none output; the same with --loose)
    "frozen37": (HERE / "frozen37", True, 0.5, 0.032, 0.0, 0.0),
    # frozen38 as first measured, before round 39 merged a rule (the rules of round 38; gold to C1
    # to C18 from the start): one role row of 43 read (1 of 5 output right), no programme of 8 (1
    # output; 1 of 8 with --loose)
    "frozen38": (HERE / "frozen38", True, 0.2, 0.023, 0.0, 0.0),
    # dev in round 12: its 16 fixtures of the held-out split's genres add 53 role rows and two
    # CERF programmes, its seven r12pg fixtures 19 programme rows (12 missed: per-agency titles
    # of CERF stories, a grant's purpose in the next sentence); the earlier rows all still read.
    # Three of its extras are one slip: "discussions led by the RC/HC with the Council of
    # Ministers" read as the lead of the forum the sentence is about
    # dev programmes 81 -> 82 of 95 in round 13 ("a grant of $X given to AGENCY (ACR) will
    # provide ..."); its round-13 fixture is decoys only and adds no row
    # dev in round 15: its 14 fixtures of minutes, terms of reference and coordination-structure
    # pages add 19 role rows, mostly held by persons in a header's "Chair:" label or by offices
    # in agent lists (1 of 19 read before the round's rules, 5 after), so the roles recall bar
    # follows dev down from 0.694 (299/431) to what it reaches with them; and "- Council for
    # Non-Governmental Organisations in Malawi" (a list item's country kept in an
    # organisation's name) reads one row more with one extra fewer
    # dev programmes 82 -> 89 of 95 (93 output) in round 16: the CERF stories' purposes after
    # "received", "will use $X of CERF grants to", "will put $X from the CERF towards", "a $X
    # grant to WHO will support", "With the largest share of the money - $3 million - WFP will"
    # dev programmes 89 -> 88 of 95 by the C2a re-annotation, 90 of 95 (94 output) in round 17:
    # "will help UNICEF provide ...", "towards keeping health services running"
    # round 18 (h-s14): roles 0.944 / 0.664 -> 0.947 / 0.711, membership lists after a clause,
    # with seats in a last column or a date in a bracket (Cambodia GDPWG, Somalia SHF board)
    # dev programmes 90 -> 91 of 95 (94 output) in round 19: "... Matrix (DTM) teams"
    # round 20: the NGO and Governors' Forums in a member list (h-post20, +2 right); one
    # meeting's chairs (C12), occasions and "set up to coordinate" no roles (h-s16, -6 wrong)
    # round 21 (h-pass21): fixture r21-pass-kenya-interagency (9 rows, 9 right): 325 / 338 ->
    # 334 / 347 of 453 (0.963 / 0.737), no other dev row moved
    # round 21 merged: dev roles 325 -> 340 right (444 -> 453 gold with h-pass21's fixture of 9
    # rows): member lists +3, offices +1, passives and standing meetings +10, label lines +2
    # round 22 (h-c9-22, C9 in the rules: a level word in a body's name stays there, no scope):
    # the "National CWG" co-chairs of the Palestine cash group fixture read as seen5's page;
    # the lead re-read that fixture's two rows as the blind readers read seen5's (C9), and
    # r15-news-kenya-nsc's four meeting co-chairs went (C12): 339 of 449 (353 output)
    # round 22 (h-seen18): two fixtures, 23 rows (all right), Cambodia's "Government Chair" +2,
    # Sri Lanka's "Government-led response" 1 wrong
    # round 22 merged (C9, seen18, recall, programmes lanes): roles 0.961 / 0.775 (371 of 479)
    # dev programmes 91 -> 92 of 95 in round 23 (h-prog23): "will make sure that 34,000 people
    # can get emergency food"
    # dev roles 0.964 / 0.777 -> 0.964 / 0.780 in round 23 (h-office23): its fixture
    # r23-office-nevis-storm-structure, 8 of 8
    # round 23 (h-seen19): two fixtures, 15 rows (14 right; the President chairing the task force
    # unread), dev's Ghana act "Regional Minister" +1: roles 0.963 / 0.781 (386 of 494)
    # round 23 merged: roles 0.966 / 0.787 (395 of 502), programmes 92 of 95
    # round 24 (h-lang24): three fixtures in Spanish, French and Portuguese, 50 rows (48 right;
    # a governorate listed as chair unread): roles 0.969 / 0.803 (443 of 552)
    # round 24 (h-prog24): three fixtures in Spanish, French and Portuguese, 6 programmes (6
    # right): programmes 98 of 101 right, 100 output
    # round 25 (h-persons25): its fixture r25-persons-ghana-flood-committee, 7 of 7: roles
    # 0.970 / 0.806 (452 of 561)
    # round 25 merged: 477 of 586 right (491 output), the round's four fixtures read; programmes 98 of
    # 101 (100 output)
    # round 28 (h-tidy28): C14, Cambodia's "Co-Vice Chair" no co-chair: 477 of 583 right, 490
    # output (0.973 / 0.818)
    # dev roles 477 of 490 -> 477 of 489 output right in round 29 (h-prec29): the co-chairs of a
    # National Steering Committee meeting "held on 15 March" are one sitting's (C12)
    # dev roles 0.978 / 0.818 -> 0.980 / 0.818 in round 31 (h-prec31): the Nepal minutes' second
    # "co-chaired by" shares the meeting's subject, no chair of the cluster (C12), 478 of 488
    # dev programmes 98 of 101 -> 98 of 103 at round 32's gold re-reading (C17): CERF's allocations
    # to Mali ("rapid response") and Cameroon ("humanitarian response") are programmes, unread
    # dev roles 0.980 / 0.818 -> 0.980 / 0.820 in round 32 (h-frames32): "Its membership includes,
    # among others:" opens the list below, its chair a member too (C8), 479 of 489
    # dev roles 0.980 / 0.818 -> 0.980 / 0.825 in round 32 (h-link32): a seat closing its clause
    # with no body ("will serve as the secretariat.", "is a member too, while B is to be the
    # secretary") in the body named just before, 482 of 492
    # round 39's gold re-read (C18): Malawi's "Advisory Group" runs on through "to review the Floods
    # Response": 483 -> 482 of 584 right (0.978 / 0.825)
    # (482/493 = 0.9777: the bar rounded down to 0.977 in round 39 by h-names39, it read 0.978)
    "dev": (HERE / "dev", True, 0.977, 0.82, 0.98, 0.95),  # roles, C1 in the rules: 0.944 / 0.669
}


HELD_OUT = {"frozen36", "frozen37", "frozen38"}
"""Splits whose misses someone developing rules must not read: deselect them with
``-m "not heldout"`` while tuning."""


@pytest.mark.parametrize(
    "split",
    [pytest.param(s, marks=pytest.mark.heldout) if s in HELD_OUT else s for s in sorted(SPLITS)],
)
def test_roles_and_programmes_on_unseen_documents(
    split: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder, families, *bars = SPLITS[split]
    roles, programmes = evaluate(folder, tmp_path_factory.mktemp(split), families)
    print(f"\n{summary(split, roles, programmes, figures_only=split in HELD_OUT)}")
    reached = [*roles.precision_recall, *programmes.precision_recall]
    # figures only: pytest would show a Tally in the assertion, and with it a held-out split's misses
    held = bool(roles.gold) and all(r >= bar for r, bar in zip(reached, bars, strict=True))
    assert held, f"{split}: reached {reached}, bars {bars}"
