"""Held-out student messages against the real assistant: right job, area and figure, or not.

Starts the action server and Rasa (``--model``, default ``models/current.tar.gz``) on free
127.0.0.1 ports with a throw-away SQLite tracker store, plays every case of a case file
(``--cases``, default ``bench/data/heldout_messages.txt``; messages never used for training) as a
new student over the REST channel, and sorts the last reply into:

- right: for a pay question (kind ``pay``, the default, or ``hourly``), names the expected job
  and area and quotes the published figure (the hourly median for ``hourly``); for ``route``,
  ``describe`` and ``outlook``, answers that question for the expected job (names it; a route or
  outlook answer quotes its source). For an ambiguous job word marked ``choice``, a "which
  one?" offering the expected job is right too;
- asked: a question or a "which one?" (safe: no answer given);
- confident wrong: an answer for another job or another area, a wrong figure, or an answer to
  another question (the route when the pay was asked).

Case file: one case a line, ``messages ; SOC ; where [; kind] [; choice]``: turns separated by
`` || ``; ``where`` a county name, ``state``, ``nation`` or ``-`` (no place matters).

Prints the shares overall and per kind, per-message latency (p50/p95) and the failing cases.

    .venv/app/bin/python bench/conversations_heldout.py [--cases FILE] [--model PATH] [--show N]
        [--baseline PATH [--baseline-code DIR]]

With ``--baseline``, a second assistant (another model, and with ``--baseline-code`` another
commit's code: a git worktree with ``.venv`` and ``var`` linked to this checkout's) is
played case by case beside the first, so that the two latencies meet the same machine load.

Figures recorded here (one run each; the machine is shared, so latencies are loose):

- bench/data/heldout_messages.txt (172 cases, pay only), before this work: 97.1 % right,
  0 % confident wrong (README, issue 8).
- bench/data/heldout_messages.txt after this work (code at bd6671f, the setup's model): 99.4 %
  right (171 of 172), 0.6 % asked ("glazers", a which-one), 0 % confident wrong; latency per
  message p50 229 ms, p95 415 ms (a busy shared machine).
- bench/data/heldout_messages2.txt (166 blind cases, 215 messages, written by someone who never
  saw the bot), FIRST run as written, before fixing anything it revealed (code at e56e594, the
  setup's model): right 76.5 %, asked 16.9 %, confident wrong 6.6 %; per kind (right / asked /
  wrong): pay (80) 82.5 / 16.2 / 1.2 %, hourly (15) 60.0 / 13.3 / 26.7 %, route (31)
  80.6 / 19.4 / 0.0 %, describe (20) 75.0 / 15.0 / 10.0 %, outlook (20) 60.0 / 20.0 / 20.0 %;
  latency per message p50 208 ms, p95 473 ms.
- the same file after the general fixes for the classes it revealed (code at 8fdc94a with the
  vocab helper's search.py, still the setup's model and database: no retraining yet): right
  91.6 %, asked 6.6 %, confident wrong 1.8 % (3: "tractor driver" and "maintenance workers" read
  as another job by the old data, a bare "tech" DIET tagged); per kind (right / asked / wrong):
  pay 91.2 / 7.5 / 1.2 %, hourly 93.3 / 0.0 / 6.7 %, route 93.5 / 3.2 / 3.2 %, describe
  95.0 / 5.0 / 0.0 %, outlook 85.0 / 15.0 / 0.0 %; latency p50 260 ms, p95 362 ms (a busier
  machine: three other Rasa servers and a training were running).
- the same file with the rebuilt database and retrained model (code at e1df0ee, 18:27 UTC):
  right 95.8 % (159/166), asked 4.2 % (7), confident wrong 0.0 %; per kind pay 95.0 / 5.0 /
  0.0 %, hourly 100 / 0 / 0 %, route 100 / 0 / 0 %, describe 100 / 0 / 0 %, outlook 85.0 /
  15.0 / 0.0 %; latency p50 131 ms, p95 171 ms. Its failures were read and fixed, so this is
  no longer a held-out figure: the seven asked are activities answered "which one?" with one
  choice ("the people who draw blood", "ppl who do nails", "climb power poles", "driving
  trucks") and outlook questions whose job DIET did not tag ("is cyber security growing").
- bench/data/heldout_messages3.txt (170 blind cases, 224 messages, 116 SOC codes, 53
  multi-turn, all eight areas, written by a third helper who never saw the bot), FIRST run as
  written (code at 199508f, the setup's model, 2026-12-01 20:55 UTC): right 85.9 %, asked
  8.8 %, confident wrong 5.3 % (9); per kind (right / asked / wrong) pay (85) 83.5 / 11.8 /
  4.7 %, hourly (15) 93.3 / 6.7 / 0 %, route (30) 86.7 / 6.7 / 6.7 %, describe (20) 90.0 /
  5.0 / 5.0 %, outlook (20) 85.0 / 5.0 / 10.0 %; latency p50 93 ms, p95 281 ms. The wrong
  ones: a qualifier dropped ("civil engineering techs" as Civil Engineers, "info security
  analysts" as financial analysts), an ambiguous head picked ("social workers at the
  hospital"), logging slang, and the question type ("whats the path to being a nurse
  practitioner" answered as a description). After the fixes for those classes (1e6777a,
  6b3c1a2, same model): 94.7 % right, 5.3 % asked, 0 % confident wrong; heldout_messages2
  99.4 % right, 0 % wrong. Development figures now. Still asked: high-school names
  ("i go to murrah": no high-school directory in the data), "parchman guards".
- bench/data/heldout_messages4.txt (179 blind cases, 245 messages, 125 SOC codes, 65
  multi-turn, all eight areas, statewide and national, written by a fourth helper who never saw
  the bot), FIRST run as written (code at 227936b, the setup's model, 2026-12-02 00:46 UTC):
  right 78.2 % (140), asked 17.9 % (32), confident wrong 3.9 % (7); per kind (right / asked /
  wrong) pay (89) 80.9 / 14.6 / 4.5 %, hourly (15) 100 / 0 / 0 %, route (31) 67.7 / 32.3 /
  0 %, describe (22) 63.6 / 22.7 / 13.6 %, outlook (22) 81.8 / 18.2 / 0 %; latency p50 77 ms,
  p95 105 ms. The wrong ones: "cage cashiers" as change persons, "amazon delivery van drivers"
  as shuttle drivers, "farm hands" as the animal farmworkers, "ag techs" as electrical
  technicians, "the tooth doctor" as physicians, "cnc programmer" as software developers, and
  "what do forensic science techs do like csi" answered as a list of jobs. Most of the asked:
  a job told by what the person does ("trimming chicken on the line", "loading and unloading
  trucks", "clean teeth for a living") or by slang ("software devs", "ultrasound techs"), and
  a student's context ("my cousin works at the shipyard and says machinists get paid good")
  read as a job-shadowing request, which started the coach form. After the fixes for those
  classes (helper commits fbe9115 to 02be565 and the lead's NLU, form and mention fixes, the
  previous model): 92.7 % right, 6.7 % asked, 0.6 % confident wrong; development figures now.
- bench/data/heldout_messages5.txt (181 blind cases, 245 messages, 124 SOC codes, 62
  multi-turn, written by a fifth helper who never saw the bot or the earlier sets; 2 cases
  and 13 turns are word for word in set 4), FIRST run as written (code at 1c1d8dd, its model,
  2026-12-02 02:20 UTC), case by case beside the code before the sentence encoder (9d5c007,
  its model) with ``--baseline-code``: right 83.4 % (baseline 82.3 %), asked 15.5 % (15.5 %),
  confident wrong 1.1 % (2.2 %); per kind (right / asked / wrong) pay (89) 75.3 / 22.5 /
  2.2 %, hourly (17) 100 / 0 / 0 %, route (31) 93.5 / 6.5 / 0 %, describe (22) 86.4 / 13.6 /
  0 %, outlook (22) 86.4 / 13.6 / 0 %; latency p50 115 ms against the baseline's 84 ms
  (x1.37), p95 143 ms against 115 ms. The two wrong: "special ed teachers ... at the high
  school" answered for preschool special education teachers, and a bare "doctor" answered as
  Physicians, All Other (now asked). Most of the asked: a job told by what the person does
  ("ppl who take xrays", "stocking shelves", "fixing wrecked cars"), nicknames ("hub city",
  "queen city", "the sip"), a typo'd town first ("tupleo how much do electritions make"), a
  which-one for a plain word ("detectives", "factory maintenance mechanics"), and questions
  read as off-topic ("what do 911 dispatchers do besides answer the phone").
- bench/data/heldout_messages6.txt (182 blind cases, 235 messages, 135 SOC codes, 52
  multi-turn, written by a sixth helper who never saw the bot or the earlier sets), FIRST run
  as written (code at 95923fe, its model, 2026-12-02 04:49 UTC): right 85.7 % (156), asked
  12.1 % (22), confident wrong 2.2 % (4); per kind (right / asked / wrong) pay (96) 83.3 /
  14.6 / 2.1 %, hourly (18) 100 / 0 / 0 %, route (28) 82.1 / 10.7 / 7.1 %, describe (20)
  85.0 / 15.0 / 0 %, outlook (20) 90.0 / 10.0 / 0 %; latency p50 158 ms, p95 299 ms (alone,
  with a second Rasa loading). The wrong: "ppl who move boxes at the warehouses" answered as
  stockers (the writer's pick was hand movers; now asked), "sawmill workers" as machine
  feeders (now asked), "how do u become a detective do u have to be a cop first" answered for
  police officers, and "how do i become a farmer if we dont own land" read as explore. Most
  of the asked: a job told by what the person does ("ppl who watch the casino cameras", "cut
  up chicken at the plant", "drive log trucks"), slang and short forms ("tsa", "ac repair
  guys", "pro athletes", "ppl in hr"), a plain word whose which-one the rest of the message
  settles ("loggers ... running the skidders"), and a nickname ("starkvegas"). After the
  fixes for those classes (ef4c69b to ad3afb0, retrained): 98.9 % right, 1.1 % asked, 0 %
  wrong; set 5 again on the same code: 98.9 %, 1.1 %, 0 %; development figures now.
- bench/data/heldout_messages7.txt (182 blind cases, 262 messages, 133 SOC codes, 58
  multi-turn, written by a seventh helper), FIRST run as written (code at ad3afb0, its model,
  2026-12-02 06:13 UTC), case by case beside the code before the sentence encoder (9d5c007,
  its model) with ``--baseline-code``: right 87.4 % (baseline 79.7 %), asked 9.3 % (15.9 %),
  confident wrong 3.3 % (4.4 %); per kind (right / asked / wrong) pay (96) 83.3 / 12.5 /
  4.2 %, hourly (18) 94.4 / 5.6 / 0 %, route (28) 89.3 / 7.1 / 3.6 %, describe (20) 90.0 /
  5.0 / 5.0 %, outlook (20) 95.0 / 5.0 / 0 %; latency p50 242 ms against 175 ms (x1.38),
  p95 518 ms against 348 ms (a loaded machine: an NLU training and the crisis bench ran). The
  six wrong: "quitman ms" and "prentiss ms" answered for Quitman and Prentiss counties (the
  writer meant the towns, in other areas), "forest fire prevention specialists" answered as
  fire inspectors in the town of Forest, "ppl who work cattle on farms" as buyers, a route
  question with a sentence after the job answered as a description, and "what does a log
  scaler do, my uncle said he grades logs" answered with the pay. Most of the asked: nicknames
  and slang ("stark vegas", "hub city nail techs"), a job told by what the person does ("the
  ppl who run the locks", "ppl who do taxes at like h&r block", "pest control guys"), and
  which-ones for plain words ("counselors", "painters").
- bench/data/heldout_messages8.txt (190 blind cases, 240 messages, 132 SOC codes, an eighth
  helper), FIRST run (code at 867f7f8 with a8c7551's workplaces, the setup's model, 16:21
  UTC; the first 40 lines had been glanced at for the format, nothing fixed from them): right
  89.5 %, asked 8.9 %, confident wrong 1.6 %; pay (100) 85.0 / 12.0 / 3.0 %, hourly (19)
  78.9 / 21.1 / 0 %, route (29) 100 / 0 / 0 %, describe (21) 100 / 0 / 0 %, outlook (21)
  95.2 / 4.8 / 0 %; p50 235 ms, p95 484 ms (no baseline in the run). The three wrong: a school
  named for part of its county ("west jones") read as the town of West, "maintenance guys"
  as sign maintenance, a marine biologist as biologists (O*NET) rather than zoologists
  (BLS's handbook; now asked which). Fixed in 1eb3c60 with the asked classes (a workplace's
  jobs, what someone does there, university nicknames, student words).
- bench/data/heldout_messages9.txt (195 blind cases, 243 messages, 148 SOC codes, a ninth
  helper), FIRST run (code at 1eb3c60, retrained model, 17:05 UTC): right 85.6 %, asked
  12.3 %, confident wrong 2.1 %; pay (103) 84.5 / 13.6 / 1.9 %, hourly (18) 94.4 / 5.6 / 0 %,
  route (31) 87.1 / 9.7 / 3.2 %, describe (22) 81.8 / 18.2 / 0 %, outlook (21) 85.7 / 9.5 /
  4.8 %; latency p50 209 ms, p95 284 ms (no baseline in the run). The four wrong: "rn" texted
  last ("... in ocean springs rn", right now) read as nurses, "the guards at parchman" as
  crossing guards (both fixed in 29e93f4), a route follow-up ("like a deputy or city police")
  answered with the description, "is becoming a librarian a good idea, like are there jobs"
  answered with a list. Most of the asked: Census places missing from the ZIP list ("oak
  grove high"), a school name before the question ("harrison central"), an employer as the
  workplace ("sanderson farms", "the john deere place", "mdot"), a sentence after a route
  question read as another intent (the coach form: "... im a junior at pearl high", "like at
  a construction site"), and which-ones a rest of the message could settle.
- bench/data/heldout_messages10.txt (200 blind cases, 158 SOC codes, a tenth helper), FIRST
  run (code 4b904d9, model of 21:54 UTC): right 80.0 %, asked 17.5 %, confident wrong 2.5 %;
  pay 82 / 16 / 2 %, hourly 85 / 15 / 0 %, route 70 / 26.7 / 3.3 %, describe 72 / 20 / 8 %,
  outlook 88 / 12 / 0 %; p50 90 ms, p95 128 ms (no baseline in the run). The five wrong: "what's
  a pipefitter pull down" read as a description, "alcorn state" as Alcorn County, "do u have
  to be an emt first" after paramedics switched the job to EMTs, "whats the job like" as the
  outlook, "is it like csi" after forensic science techs as detectives (all fixed in 2bdca43
  and the commit after set 11's first run). Most of the asked: a job named in a first sentence
  and asked about in the next turn, slang for Mississippi jobs ("slot techs", "surg tech"),
  and Census places the ZIP list lacks (Gluckstadt, St. Martin). After its classes were fixed
  (369a43d, retrained model; development figures now): right 95.5 %, asked 4.0 %, wrong 0.5 %
  (a "is there like a test" after a route read as a description, fixed after), p50 154 ms,
  p95 200 ms.
- bench/data/heldout_messages11.txt (200 blind cases, 255 messages, 124 SOC codes, 52
  multi-turn, an eleventh helper), FIRST run (code 2bdca43 and the data of 6234b8b, the
  setup's model, 09:00 UTC): right 90.5 %, asked 8.5 %, confident wrong 1.0 %; pay (100) 88.0
  / 11.0 / 1.0 %, hourly (25) 92.0 / 4.0 / 4.0 %, route (30) 90.0 / 10.0 / 0 %, describe (25)
  92.0 / 8.0 / 0 %, outlook (20) 100 / 0 / 0 %; p50 124 ms, p95 181 ms (no baseline in the
  run). The two wrong: "the assembly ppl" at Toyota as electronics assemblers, "the garbage
  truck guys" as truck drivers. The asked: a job named in a first sentence ("im interested in
  being a shipfitter", "camp shelby is hiring security guards", "landscaping jobs in madison")
  then asked about, which-ones the rest of the message or the turn before settles ("social
  workers, like the child welfare ones", "i wanna teach high school english" then "how do i
  become a teacher", "engineers at ingalls"), "salery", "how much a year", "without a 4 year
  degree", and a workplace said of the talk's job ("what do they do at the hospital"). After
  its fixes (0e7406c; development figures now): right 99.0 %, asked 1.0 %, wrong 0 %, p50
  126 ms, p95 178 ms. Again at a2210cf (retrained): 98.0 %, 2.0 %, 0 %; p50 119 ms, p95
  157 ms (the asked were regressions of 369a43d and a2210cf, fixed in d449105).
- bench/data/heldout_messages12.txt (200 blind cases, 252 messages, 50 multi-turn, 72 of the
  82 counties, a twelfth helper), FIRST run (code 903a883, the setup's model, 14:01 UTC):
  right 83.0 %, asked 12.5 %, confident wrong 4.5 %; pay (100) 85.0 / 11.0 / 4.0 %, hourly
  (25) 76.0 / 12.0 / 12.0 %, route (30) 73.3 / 26.7 / 0 %, describe (25) 88.0 / 4.0 / 8.0 %,
  outlook (20) 90.0 / 10.0 / 0 %; p50 144 ms, p95 185 ms (no baseline in the run). The nine
  wrong: "stylists" as barbers, a college named after the town ("monticello ... going to
  co-lin") answered for the college's area, "bookkeepers" corrected to zookeepers, "what
  about truck drivers in greenwood" after a list of jobs answered with the list again,
  "working retail" and "nissan line workers" as other jobs, a place said in a turn read as
  "not understood" and lost, "what is his job like" answered with the pay, and one of the
  set's own ("court reporters" filed as title examiners; the answer was right). Most of the
  asked: employers named for the place (Ingalls, the Beau Rivage, North Mississippi Medical
  Center, Sanderson Farms), work told by what is done ("building tires", "picking orders",
  "sits with old people", "packing chicken", "drives a crane", "doing HR"), "already an emt
  ... the next step to be a paramedic", "like elementary" while "which one?" waited, route
  words ("academy", "major in") and a surveyor question the learned crisis check took for
  a crisis. After its fixes (a2210cf, retrained model; development figures now): right
  97.5 %, asked 2.0 %, wrong 0.5 % (the set's own), p50 109 ms, p95 155 ms; still asked: a
  guard at Parchman beside correctional officers and picking orders at the Walmart DC (both
  fixed in 49f8aa5), "therapist" (a which-one without the counselors), the surveyor.
- bench/data/heldout_messages10.txt again at a2210cf (retrained): right 94.0 %, asked 5.5 %,
  wrong 0.5 % ("cybersecurity" after a list of computer jobs, fixed in d449105).
- bench/data/heldout_messages13.txt (200 blind cases, 250 messages, 50 multi-turn, 134 SOC
  codes, all 82 counties, a thirteenth helper), FIRST run (code 5c7500f, the setup's model,
  18:07 UTC), case by case beside 9d5c007 (the code before the sentence encoder, its own
  database and model) with ``--baseline-code``: right 90.0 % (baseline 76.0 %), asked 9.0 %
  (17.5 %), confident wrong 1.0 % (6.5 %); pay (95) 89.5 / 8.4 / 2.1 %, hourly (25) 84.0 /
  16.0 / 0 %, route (30) 93.3 / 6.7 / 0 %, describe (25) 84.0 / 16.0 / 0 %, outlook (25)
  100 / 0 / 0 %; latency p50 106 ms against the baseline's 61 ms (x1.74), p95 121 ms against
  75 ms. The two wrong: "lpn salary in natchez?? my grandma keeps saying i should do nursing"
  answered for registered nurses, "a mail man" as mail clerks. Most of the asked: what
  someone does ("somebody who does nails", "filleting catfish", "runs the saw at a
  sawmill", "drives trucks" said before the question), a town written joined ("dekalb") or a
  county shortened ("jeff davis county"), a job beside a description of it ("a surgical
  tech, the ones that hand the doctor tools"), a describe question with a sentence after it,
  a bare place after an answer read as a list of jobs, a title acronym ("CCS") matched as a
  college's "cc", and follow-ups whose job was a workplace ("fast food pay per hour"). After
  its fixes (45390ed, same model; development figures now): right 98.0 %, asked 2.0 %,
  wrong 0 %; set 12 again 99.0 / 0.5 / 0.5 % (the label error), set 11 99.0 / 1.0 / 0 %.
  The latency: the crisis check's learned model runs the sentence encoder a second time on
  every message (about 20 ms here), and the sentence features for DIET (about 20 ms) are new
  since the baseline. Again at 3a72ed2 (the make test model, retrained with set 13's
  fixes), beside 9d5c007 in the same run: right 98.0 % (baseline 76.0 %), asked 2.0 %,
  wrong 0 %; p50 84 ms against 48 ms (x1.76), p95 98 ms against 58 ms. Skipping the learned
  crisis model on plain job questions (fe7643c) took it from 19 to 15.5 ms per message but
  left the ratio where it was: over the issue's 1.5x.
- bench/data/heldout_messages14.txt (200 blind cases, 259 messages, 58 multi-turn, 142 SOC
  codes, all 82 counties, 8 marked ``choice``, a fourteenth helper), FIRST run (code 90b9769,
  the setup's model, 2026-12-04 01:13 UTC; no baseline in this run): right 86.0 %, asked
  11.5 %, confident wrong 2.5 % (5); pay (95) 80.0 / 15.8 / 4.2 %, hourly (25) 84.0 / 16.0 /
  0 %, route (30) 93.3 / 3.3 / 3.3 %, describe (25) 92.0 / 8.0 / 0 %, outlook (25) 96.0 /
  4.0 / 0 %; latency p50 56 ms, p95 72 ms. The five wrong: "funeral home director" answered
  for funeral home managers (the set wants morticians: a title both share), "the ladies
  that clean your teeth at the dentist" for dentists, "like per year not hourly" answered
  hourly, "high school ones" after "which teachers?" as school psychologists, "fixing
  airplanes like the mechanics at the air force base" as HVAC mechanics. Most of the asked:
  what someone does or where (taxes, 911 calls, cleaning the schools, checking parts, a
  dog groomer, a power plant's control room, a water plant, a surveyor's tripod), a
  clarifying turn after an answer ("just regular laborers", "like the people who run the
  hospital not the doctors"), and slang (personal trainer, warehouse job, fast food). After
  its fixes (9a27e48 to f7f67a4: the understanding fixes, 250 vocabulary rows, the model
  retrained; development figures now): right 94.5 %, asked 4.5 %, wrong 1.0 % (the funeral
  title, and a millwright described "i have no idea what that is" answered with its pay,
  fixed after the run); p50 93 ms, p95 141 ms on a machine running two other benchmarks.
  Again at f7f67a4: right 95.5 %, asked 4.0 %, wrong 0.5 % (the funeral title); p50 108 ms,
  p95 147 ms. Still asked: "production workers at the nissan plant", a clarifying turn
  DIET reads as off-topic ("the ones at the card tables"), "do i have to be 18" after a
  route, a surveyor told by the tripod, and the choices of "social workers", "truck
  driving" and Choctaw (a town and a county); set 13 again 98.5 / 1.5 / 0 %.
- bench/data/heldout_messages15.txt (200 blind cases, 265 messages, 63 multi-turn, 134 SOC
  codes, 76 counties, a fifteenth helper), FIRST run (code fef7a93, the setup's model,
  2026-12-04 18:30 UTC) beside 9d5c007 in the same run: right 94.0 % (baseline 78.0 %),
  asked 4.0 % (16.5 %), confident wrong 2.0 % (5.5 %); pay (95) 90.5 / 6.3 / 3.2 %, hourly
  (25) 92.0 / 4.0 / 4.0 %, route (30) 96.7 / 3.3 / 0 %, describe and outlook (25 each)
  100 %; latency p50 82 ms against 61 ms (x1.34), p95 111 ms against 87 ms. The four wrong:
  "the ones that work on 18 wheelers" after "which mechanics?" (a town, Wheeler, read in
  "wheelers": the wrong area too), "no like the aides that help in the classroom" as home
  health aides, "and ots?" after physical therapists, "the cooks in the school cafeteria"
  as restaurant cooks. The eight asked: the lab techs "at the hospital", "like state farm"
  read as a farm job, "by philly" (Philadelphia), a crna "thats the nurse that does
  anesthesia", "cnc operater", "runnin the skidders and cutters", "mdot road crew", "parts
  counter at oreilly". Each class was fixed after the run (404953e, 8cc3be9).
- bench/data/heldout_messages16.txt (200 blind cases, 270 messages, 68 multi-turn, 104 SOC
  codes, 80 counties, a sixteenth helper), FIRST run (code 063a181 with set 15's fixes, the
  model retrained on them, 2026-12-04 19:15 UTC) beside 9d5c007 in the same run: right
  91.5 % (baseline 72.0 %), asked 7.0 % (24.0 %), confident wrong 1.5 % (4.0 %); pay (90)
  88.9 / 10.0 / 1.1 %, hourly (30) 90.0 / 10.0 / 0 %, route (30) 96.7 / 0 / 3.3 %, describe
  (25) 96.0 / 4.0 / 0 %, outlook (25) 92.0 / 4.0 / 4.0 %; latency p50 84 ms against 62 ms
  (x1.35), p95 118 ms against 90 ms. The three wrong: "the guys who cut the trees down with
  a chainsaw" as tree trimmers (fallers), "how do i get hired at ingalls as a pipefitter"
  answered with the pay, "demand for linemen nationally" answered with the pay. The
  fourteen asked: what is done or where, the data lacked (the guards at Parchman, the
  cameras at a casino, the kill floor, an oil field pumper, apartments' maintenance men, a
  catfish farm, housekeeping, "do home health", "flebotomy", mdot road crew workers), two
  things told that together name one job ("cuts timber ... runnin a feller buncher"), a
  place turned down ("the golden triangle one not georgia"), "painter" alone, and logging
  jobs (fallers or equipment operators: a fair question). Fixed after the run (4dedc95).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import statistics
import sys
import tempfile
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from careerbot import settings  # noqa: E402
from occupations import api, money  # noqa: E402
from occupations.db import session_scope  # noqa: E402
from occupations.errors import OccupationsError  # noqa: E402
from occupations.importers.areas import NATION, STATE  # noqa: E402
from occupations.models import County  # noqa: E402
from occupations.types import AreaWages  # noqa: E402
from tests.servers import (  # noqa: E402
    Process,
    action_server_command,
    free_port,
    rasa_server_command,
)

CASES = ROOT / "bench" / "data" / "heldout_messages.txt"
ENDPOINTS = """action_endpoint:
  url: {actions}
tracker_store:
  type: SQL
  dialect: sqlite
  db: {tracker}
"""
QUIET = {
    "PYTHONHASHSEED": "0",
    "TF_ENABLE_ONEDNN_OPTS": "0",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "RASA_TELEMETRY_ENABLED": "false",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "SANIC_HOST": "127.0.0.1",
}


KINDS = ("pay", "hourly", "route", "describe", "outlook")
PAY_KINDS = ("pay", "hourly")
NO_PLACE = "-"
# What each kind of answer carries, to tell which question a reply answered.
ANSWER_MARKS = {
    "pay": ("BLS OEWS",),
    "route": ("Sources:", "NCES IPEDS", "Apprenticeship.gov", "CareerOneStop"),
    "describe": ("O*NET",),
    "outlook": ("BLS expects", "BLS doesn't publish an outlook"),
}


@dataclass
class Case:
    """One held-out conversation and what its last reply must carry."""

    turns: list[str]
    soc: str
    where: str
    choice_ok: bool
    kind: str = "pay"
    name: str = ""
    title: str = ""
    area_name: str = ""
    figures: list[str] = field(default_factory=list)
    line: str = ""
    why: str = ""  # for a case not right: what the last reply said, and why


def _figure(wages: AreaWages | None, kind: str = "pay") -> str | None:
    """The published median a pay answer must quote: yearly first, hourly for ``hourly``."""
    if wages is None:
        return None
    annual = wages.annual_median.value if wages.annual_median.published else None
    hourly = wages.hourly_median.value if wages.hourly_median.published else None
    if kind == "hourly" and hourly is not None:
        return money.hourly(hourly)
    if annual is not None:
        return money.annual(annual)
    return money.hourly(hourly) if hourly is not None else None


def parse(line: str) -> Case | None:
    """One line of a case file, or None for a comment or blank line."""
    if not line.strip() or line.lstrip().startswith("#"):
        return None
    parts = [part.strip() for part in line.split(" ; ")]
    if len(parts) < 3:
        raise ValueError(f"a case needs messages ; SOC ; where: {line!r}")
    turns = [turn.strip() for turn in parts[0].split(" || ") if turn.strip()]
    extra = [part.lower() for part in parts[3:]]
    unknown = [part for part in extra if part not in KINDS and part != "choice"]
    if unknown:
        raise ValueError(f"unknown kind {unknown[0]!r}: {line!r}")
    kind = next((part for part in extra if part in KINDS), "pay")
    return Case(turns, parts[1], parts[2], "choice" in extra, kind=kind, line=line)


def load_cases(path: Path = CASES) -> list[Case]:
    """Parse the cases and look up each expected job, area and published figure."""
    cases = [case for line in path.read_text(encoding="utf-8").splitlines()
             if (case := parse(line)) is not None]  # fmt: skip
    config = settings.load()
    kept = []
    with session_scope(config.occupations_db_url) as session:
        counties = {c.name.lower(): c.area_code for c in session.scalars(select(County))}
        for case in cases:
            try:
                _expect(session, counties, case)
            except (OccupationsError, KeyError) as error:
                print(f"[skipped: {type(error).__name__} {error}] {case.line}")
                continue
            kept.append(case)
    return kept


def _expect(session: Session, counties: dict[str, str], case: Case) -> None:
    """Fill in the case's expected job names, area name and figures from the database."""
    ref = api.occupation(session=session, soc=case.soc)
    case.name, case.title = ref.name, ref.title
    if case.where in ("", NO_PLACE):
        if case.kind in PAY_KINDS:
            raise KeyError("a pay case needs a place")
        return
    where = case.where.lower().removesuffix(" county")
    code = {"state": STATE, "nation": NATION}.get(where) or counties[f"{where} county"]
    case.area_name = api.area(session=session, code=code).plain_name
    if case.kind not in PAY_KINDS:
        return
    report = api.wages(session=session, soc=case.soc, area_code=code)
    case.area_name = report.area.plain_name
    local = _figure(report.local, case.kind)
    if local:
        case.figures = [local]
    else:  # not published there: the state's figure (or the nation's) stands in
        stand_ins = (_figure(report.statewide, case.kind), _figure(report.national, case.kind))
        case.figures = [figure for figure in stand_ins if figure]


def say(url: str, sender: str, message: str) -> tuple[list[dict], float]:
    """One message over the REST channel: the replies and the seconds it took."""
    body = json.dumps({"sender": sender, "message": message}).encode()
    request = urllib.request.Request(
        f"{url}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
    )
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:
        replies = json.loads(response.read())
    return replies, time.perf_counter() - start


def answered(text: str) -> str | None:
    """Which question a reply answers ("pay", "route", "describe", "outlook"), or None."""
    if "$" in text and "BLS OEWS" in text:
        return "pay"
    for kind in ("outlook", "route", "describe"):
        if any(mark in text for mark in ANSWER_MARKS[kind]):
            return kind
    return None


def judge(case: Case, replies: list[dict]) -> tuple[str, str]:
    """("right" | "asked" | "wrong", why) for the last reply of a case."""
    text = "\n".join(reply.get("text") or "" for reply in replies)
    payloads = " ".join(
        button.get("payload", "") for reply in replies for button in reply.get("buttons") or []
    )
    named = case.name.lower() in text.lower() or case.title.lower() in text.lower()
    kind = answered(text)
    if case.kind in PAY_KINDS:
        area = case.area_name.lower() in text.lower()
        if case.where == "nation":
            area = any(w in text for w in ("U.S.", "the US", "nation", "country"))
        figure = any(f in text for f in case.figures)
        if "$" in text and kind != "route":
            if named and area and figure:
                return "right", ""
            checks = (("job", named), ("area", area), ("figure", figure))
            missing = [what for what, ok in checks if not ok]
            return "wrong", "wrong " + "/".join(missing)
        if kind is not None:
            return "wrong", f"answered {kind}"
    elif kind is not None:
        if kind != case.kind:
            return "wrong", f"answered {kind}"
        if not named:
            return "wrong", "wrong job"
        if case.kind in ("route", "outlook") and "Source" not in text:
            return "wrong", "no source"
        return "right", ""
    if case.choice_ok and case.title in payloads:
        return "right", ""
    return "asked", ""


@dataclass
class Stack:
    """One assistant to play the cases against: a model and the checkout whose code runs it."""

    name: str
    model: Path
    code: Path = ROOT
    cases: list[Case] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    outcomes: dict[str, list[Case]] = field(
        default_factory=lambda: {"right": [], "asked": [], "wrong": []}
    )


def _servers(stack: Stack, work: Path) -> tuple[contextlib.ExitStack, str]:
    """Start the action server and Rasa of ``stack``; their base URL."""
    rasa_port, actions_port = free_port(), free_port()
    endpoints = work / f"endpoints-{stack.name}.yml"
    endpoints.write_text(
        ENDPOINTS.format(
            actions=f"http://127.0.0.1:{actions_port}/webhook",
            tracker=work / f"tracker-{stack.name}.db",
        )
    )
    running = contextlib.ExitStack()
    running.enter_context(
        Process(action_server_command(actions_port), port=actions_port, ready_path="/health",
                env=QUIET, log=work / f"actions-{stack.name}.log", cwd=stack.code)
    )  # fmt: skip
    running.enter_context(
        Process(rasa_server_command(rasa_port, stack.model, endpoints=endpoints, credentials=None),
                port=rasa_port, ready_path="/", env=QUIET, timeout=900,
                log=work / f"rasa-{stack.name}.log", cwd=stack.code)
    )  # fmt: skip
    return running, f"http://127.0.0.1:{rasa_port}"


def run(stacks: list[Stack], work: Path) -> None:
    """Play every case against each stack, case by case in turn, so that whatever else the
    machine is doing slows them alike (the latencies are compared, not only reported)."""
    with contextlib.ExitStack() as running:
        urls = []
        for stack in stacks:
            servers, url = _servers(stack, work)
            running.enter_context(servers)
            say(url, "warm-up", "how much do welders make in tupelo")
            urls.append(url)
        for index in range(len(stacks[0].cases)):
            for stack, url in zip(stacks, urls, strict=True):
                case = stack.cases[index]
                sender = f"heldout-{uuid.uuid4().hex[:10]}"
                replies: list[dict] = []
                for turn in case.turns:
                    replies, seconds = say(url, sender, turn)
                    stack.latencies.append(seconds)
                verdict, why = judge(case, replies)
                stack.outcomes[verdict].append(case)
                said = " | ".join((r.get("text") or "")[:110] for r in replies)
                case.why = f"{why}: {said}" if why else said


def summary(
    name: str, cases: list[Case], outcomes: dict[str, list[Case]], latencies: list[float]
) -> float:
    """Print the shares and the latency of one run; the median latency in ms."""
    total = len(cases)
    print(f"\n{name}: {total} held-out cases ({sum(len(c.turns) for c in cases)} messages)")
    for key, label in (("right", "right answer"), ("asked", "asked / which one"),
                       ("wrong", "confident wrong answer")):  # fmt: skip
        share = 100 * len(outcomes[key]) / total
        print(f"  {label:28} {len(outcomes[key]):4}  {share:5.1f} %")
    kinds = [kind for kind in KINDS if any(case.kind == kind for case in cases)]
    if len(kinds) > 1:
        print(f"  {'per kind':10} {'cases':>5} {'right':>7} {'asked':>7} {'wrong':>7}")
        for kind in kinds:
            of_kind = sum(case.kind == kind for case in cases)
            shares = [100 * sum(c.kind == kind for c in outcomes[key]) / of_kind
                      for key in ("right", "asked", "wrong")]  # fmt: skip
            print(f"  {kind:10} {of_kind:5} " + " ".join(f"{v:6.1f}%" for v in shares))
    ordered = sorted(latencies)
    p50 = 1000 * statistics.median(latencies)
    print(f"  latency per message: p50 {p50:.0f} ms, "
          f"p95 {1000 * ordered[int(0.95 * (len(ordered) - 1))]:.0f} ms")  # fmt: skip
    return p50


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default=str(CASES), help="the case file to play")
    parser.add_argument("--model", default=str(ROOT / "models" / "current.tar.gz"))
    parser.add_argument("--baseline", help="a second model, played case by case beside it")
    parser.add_argument(
        "--baseline-code",
        help="the checkout that runs the baseline model (default this one): a git worktree of "
        "an earlier commit, with .venv and var linked to this checkout's",
    )
    parser.add_argument("--show", type=int, default=60, help="failing cases to print")
    args = parser.parse_args()
    cases = load_cases(Path(args.cases))
    stacks = []
    if args.baseline:
        code = Path(args.baseline_code).resolve() if args.baseline_code else ROOT
        stacks.append(Stack("baseline", Path(args.baseline), code))
    stacks.append(Stack("model", Path(args.model)))
    for stack in stacks:
        stack.cases = [dataclasses.replace(case) for case in cases]
    run(stacks, Path(tempfile.mkdtemp(prefix="careerbot-heldout-")))
    medians = {}
    for stack in stacks:
        print(f"\n--- {stack.name}: {stack.model} (code {stack.code})")
        for label, key in (("asked / which one", "asked"), ("confident wrong", "wrong")):
            for case in stack.outcomes[key][: args.show]:
                want = ", ".join(w for w in (case.kind, case.name, case.area_name) if w)
                print(f"[{label}] {' || '.join(case.turns)}  (want {want}) -> {case.why}")
        medians[stack.name] = summary(stack.name, stack.cases, stack.outcomes, stack.latencies)
    if len(medians) == 2:
        print(f"\nlatency p50 model / baseline: x{medians['model'] / medians['baseline']:.2f}")


if __name__ == "__main__":
    main()
