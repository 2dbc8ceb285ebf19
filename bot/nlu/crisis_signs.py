"""Warning signs without the crisis words: goodbyes, plans, methods, emergencies, abuse.

The rules in :mod:`bot.nlu.crisis_patterns` mostly need a crisis word ("die", "suicide",
"abuse"). Students often say it another way: a goodbye ("this is the last time you'll hear
from me"), a plan ("i picked a date"), a method ("i'm looking at the rope in my garage"), an
emergency with no threat in it ("my friend is passed out and not breathing"), or abuse
described without the word ("i get whooped with an extension cord"). These rules are
written on the same canonical text (:func:`bot.nlu.crisis_text.canonical`, figures of
speech already taken out) and are tried after the others, in the same order of kinds.
"""

from __future__ import annotations

_WHO = (
    r"(?:dad|father|mom|mother|step dad|step mom|parent|parents|brother|sister|uncle|aunt|"
    r"grandpa|grandma|grandfather|grandmother|cousin|boyfriend|girlfriend|ex|coach|teacher|"
    r"guardian|foster \w+|man|guy|adult|neighbor|pastor|moms boyfriend|dads girlfriend|"
    r"step ?(?:brother|sister)|he|she|they)"
)
_ADULT = (
    r"(?:dad|father|step dad|uncle|aunt|grandpa|grandfather|cousin|coach|teacher|guardian|"
    r"foster \w+|man|guy|adult|neighbor|pastor|moms boyfriend|step ?brother|boss|manager|"
    r"mom|mother|step mom|grandma)"
)
_PILLS = (
    r"(?:pills?|meds|medicine|medication|tablets|advil|tylenol|xanax|benadryl|ibuprofen|"
    r"antidepressants|sleeping pills|painkillers|percs|oxy\w*|bottle|insulin|prescriptions?|"
    r"adderall|gabapentin|lithium|seroquel|zoloft|prozac)"
)
# "not gonna make it to graduation if i keep failing algebra": a reason from school.
_NOT_ACADEMIC = (
    r"(?!.{0,40}\b(?:if i|unless|because|cause|bc|cuz|credits?|grades?|failing|fail|gpa|classes|"
    r"class|algebra|math|passing|pass|held back|summer school|moving|move|transfer\w*|ged|"
    r"behind|on time|traffic|bus|ride)\b)"
)
# Someone else in an emergency: a relative, a friend, a stranger (round 4).
_SOMEONE = (
    r"(?:my (?:\w+ ){0,2}?(?:friend|friends|brother|"
    r"sister|mom|dad|mother|father|grandma|grandpa|grandmother|grandfather|granny|nana|papa|"
    r"mama|baby|cousin|uncle|aunt|boyfriend|girlfriend|bestie|teammate|classmate|roommate|son|"
    r"daughter|nephew|niece|stepdad|stepmom|neighbor|coach|teacher|kid|bro|sis|homie|partner)|"
    r"he|she|hes|shes|they|theyre|someone|somebody|a (?:kid|boy|girl|man|woman|lady|guy|student|"
    r"classmate|baby|player|friend|stranger|person))"
)
# A first-aid or health-class question is not an emergency ("what do you do if someone is
# having a seizure").
_NOT_A_QUESTION = (
    r"^(?!.*\b(?:what (?:do|should|would|can) (?:you|i|we|u) do (?:if|when)|how (?:do|to|can) "
    r"(?:you |i |we )?(?:help|treat|tell|know)|first aid|cpr|health class|training|do (?:emts|"
    r"nurses|paramedics|doctors|lifeguards)|signs of|symptoms of|in (?:a|the) (?:movie|show|book|"
    r"video|game))\b)"
)
# Adults outside the family whom a student is taught to trust (round 8: grooming).
_TRUSTED = (
    r"(?:coach|assistant coach|teacher|band director|director|choir teacher|pastor|youth pastor|"
    r"youth leader|priest|tutor|trainer|boss|manager|neighbor|moms boyfriend|instructor|"
    r"principal|scout leader|scoutmaster|counselor|sub|substitute|bus driver|older guy|grown man)"
)
_DAY = (
    r"(?:tonight|tomorrow|today|friday|saturday|sunday|monday|tuesday|wednesday|thursday|"
    r"this weekend|soon)"
)
_KIN3 = (
    r"(?:friend|brother|sister|cousin|boyfriend|girlfriend|classmate|bestie|best friend|homie|"
    r"homeboy|homegirl|buddy|roommate|teammate|bro)"
)

SIGNS: dict[str, list[str]] = {
    "self_harm": [
        # Round 4 (heldout9's classes): slang ("k.m.s", "sui", "toaster bath"), a jump with no
        # place named, hanging told by its means, a funeral nobody would come to, an attempt
        # that "didnt work", death daydreamed, cuts kept hidden, a whole supply of a medicine,
        # blades asked about, a future denied inside a job question, a goodbye "if you dont
        # hear from me", a lethal dose, following someone who died.
        r"\bk ?m ?s\b(?! (?:per|an hour|away|from|to|of)\b)",
        r"\btoaster bath\b|\b(?:toaster|hair ?dryer|radio)\b.{0,25}\b(?:bath|tub|bathtub)\b.{0,25}"
        r"\b(?:with me|while im in|im in)\b",
        r"\bsui\b(?= (?:thoughts?|ideation|urges?|vibes|mode|again|tonight|tn|rn|fr)\b|\s*$)|"
        r"\b(?:feeling|feel|felt|im|i am|been|getting|kinda|lowkey|so) sui\b(?! generis)",
        r"^(?:(?:i am|im|i|ill|i will|i think im|i think ill|i might)(?: just| really| finally)? )?"
        r"(?:going to|about to|gonna|ready to|finna|want to|need to) jump(?: (?:off|now|tonight|"
        r"today|soon|for real|fr|i swear|off it|off this|right now|bye|goodbye))*\s*$|"
        r"\b(?:going to|about to|ready to) jump\b(?=.{0,30}\b(?:bye|goodbye|sorry|love you|tell my|"
        r"nobody will miss|no one will miss)\b)",
        r"\b(?:test\w*|tied|tie|tying|knott\w*|wrap\w*|loop\w*)\b.{0,25}\b(?:belt|rope|cord|sheet|"
        r"cable|extension cord|leash|bedsheet)\b.{0,30}\b(?:closet rod|rod|beam|ceiling|fan|"
        r"door ?knob|"
        r"door frame|doorframe|rafter|railing|pull ?up bar|shower (?:rod|head)|neck)\b|"
        r"\b(?:belt|rope|cord|cable|leash|extension cord|"
        r"charger cord)\b(?: \w+){0,3} around my neck\b",
        r"\b(?:hanging(?! out| with| around| up| posters?| pictures?)|drowning|jumping off|"
        r"jumping from|overdosing|bleeding out|not waking up|going to sleep forever|sleeping "
        r"forever|being dead|death)\b.{0,25}\b(?:sounds|seems|looks|would be|feels|is) (?:so |"
        r"really "
        r"|kinda |lowkey |pretty |more and more )?(?:peaceful|nice|calming|inviting|tempting|"
        r"comforting|like (?:a relief|peace|the answer|an escape|a way out))\b",
        r"\bthe (?:bridge|tracks|train tracks|ledge|rooftop|roof|river)\b.{0,30}\b(?:looks|seems|"
        r"sounds|feels|is) (?:so |really |kinda |lowkey |pretty )?(?:peaceful|inviting|tempting|"
        r"calming)\b(?=.{0,25}\b(?:lately|these days|tonight|right now|more and more|again|"
        r"calling)\b)|\bthe (?:bridge|tracks|train tracks|ledge|river) (?:is|keeps|has been) "
        r"calling (?:me|my name)\b",
        r"\b(?:who|would anyone|would anybody|would people|nobody|no one|will anyone|would even "
        r"anyone)\b(?: \w+){0,3} (?:come|show up|go|cry|care|be sad|miss me) (?:to |at |about "
        r"|after )?my funeral\b",
        r"^(?!.*\b(?:test|exam|sat|act|quiz|driv\w*|license|permit|tryouts?|recipe|essay|"
        r"application|audition|interview|level|boss|game|class|course|project|fix|diet|record|"
        r"jump shot|kickflip|trick)\b).*\b(?:last|first|previous|my|that|the|second) attempt\b"
        r"(?! (?:at|on|to|in)\b).{0,40}\b(?:didnt work|did not work|failed|next (?:one|time)|"
        r"survived|hospital|again|try again)\b",
        r"\b(?:fantasiz\w*|daydream\w*|romanticiz\w*|obsess\w* (?:over|about|with)|cant stop "
        r"(?:thinking|dreaming) about|keep (?:picturing|imagining)|picturing|imagining)\b (?:about "
        r"|of |over )?(?:my (?:own )?(?:death|dying|suicide|funeral|grave|body)|dying|being dead|"
        r"killing myself|not (?:being (?:alive|here)|existing|waking up)|ending it)\b",
        r"\bmy own death\b(?! (?:in|during) (?:the|a) (?:game|movie|story|dream))",
        r"(?<!hair )(?<!paper )(?<!budget )(?<!pay )\bmy (?:fresh |new |old |deep |selfharm )?"
        r"(?:cuts|scars|burns|wounds)\b(?! (?:from|at|for|of|on (?:the|a))\b).{0,50}\b(?:infected|"
        r"infection|bleeding|wont heal|not healing|deep|open|scab\w*|hide|hiding|hidden|sleeves|"
        r"anyone (?:to )?(?:know|see|find out|notice)|my (?:mom|dad|parents) (?:find|see|saw|found|"
        r"notice)|stitches)\b",
        r"\b(?:nobody|no one|anyone|my (?:mom|dad|parents|friends))\b.{0,30}\b(?:see|find out "
        r"about|know about|notice|finds?) (?:my|the) (?:fresh |new )?(?:cuts|scars|marks|burns)\b"
        r"(?! (?:from|on my face from)\b)",
        r"\b(?:swallow\w*|took|take|taking|ate|downed|chugged|pop\w*|inject\w*|shoot\w* up) "
        r"(?:all|every (?:last )?(?:bit|drop|unit)) (?:of )?my " + _PILLS + r"\b",
        r"\b(?:blades?|razors?|razor blades?|sharpeners?|sharpener blades?|box cutters?|glass|"
        r"safety pins?|pencil sharpener)\b.{0,25}\b(?:work|good|best|better|sharp enough|deep "
        r"enough|to use|easiest) (?:for|to) (?:cut|cutting|selfharm|sh)\b(?! (?:paper|hair|fabric|"
        r"cloth|wood|boxes|box|cardboard|vegetables|veggies|meat|wire|tape|plastic|foam|crafts?|"
        r"wrapping|the|a|an|my (?:hair|nails))\b)|\b(?:cut|cutting) (?:myself )?with (?:a |the |"
        r"my )?"
        r"(?:sharpener|razor|blade)s?\b(?! (?:to|for) (?:shav\w*|open|craft))",
        r"\b(?:ill|i will|im going to|i am going to|ill probably|ill already) be dead (?:b4|before|"
        r"by) "
        r"(?:that|then|it|i|the time|graduation|senior year|next year|summer)\b",
        r"\b(?:not going to|wont|will not|dont think ill|never going to|aint going to|might not|"
        r"probably wont|not even going to|dont plan to|dont think i will) (?:be (?:around|here|"
        r"alive) (?:to|for|by|when|till|until)|make it to|live (?:to|long enough to)|live to see|"
        r"see) (?:graduat\w*|senior year|junior year|my senior|prom|college|high school|"
        r"my (?:\w+ )?"
        r"birthday|eighteen|18|adulthood|the end of (?:the|this) (?:year|semester|month)|next "
        r"(?:year|month|summer|semester|fall|spring|christmas))\b" + _NOT_ACADEMIC,
        r"\bif (?:you|yall|you all|anyone|nobody|no one) (?:dont|do not|never|doesnt|does not) "
        r"(?:hear|see) (?:from )?me\b.{0,40}\b(?:sorry|love you|love yall|goodbye|bye|forgive|"
        r"thank "
        r"you|dont blame|not your fault|take care|remember me)\b",
        r"\b(?:lethal|deadly|fatal) (?:doses?|amounts?|dosages?|overdoses?)\b(?!.{0,50}\b(?:for "
        r"(?:a |my "
        r"|the )?(?:dog|cat|pet|horse|kid|baby)|nurs\w*|pharmac\w*|class|exam|test|chem\w*|bio\w*|"
        r"toxicolog\w*|career|job|vet|caffeine)\b)",
        r"^(?=.*\b(?:died|dead|passed|heaven|grave|gone|lost|killed)\b).*\b(?:ready|want|going|"
        r"wanna|need|about|time|decided) to (?:follow|join|be with) (?:him|her|them|my \w+)\b"
        r"(?! (?:in|at|to|for|on) (?:the )?(?:army|navy|marines|air force|college|school|team|"
        r"band|club|job|work)\b)",
        r"\b(?:so it|make it|it will|itll|it would|so that it|so itll) (?:looks?|"
        r"seems?) like an accident\b",
        r"\bdeleted (?:all )?(?:of )?(?:my )?(?:socials|accounts|instagram|insta|snap\w*|tiktok|"
        r"everything)\b.{0,40}\b(?:letters?|notes?|goodbye|gave away|said bye|wrote to)\b",
        r"\b(?:i|ive|i have|i had) (?:already )?attempted\b(?! (?:to|the|a|an|my|it|that|this|"
        r"every|all|both|college|some|three|two|\d+)\b)",
        r"\b(?:so|because|cause|cuz) (?:nobody|no one|my (?:mom|dad|parents)|people) (?:sees?|can "
        r"see|will see|notices?|knows?) what i (?:do|did|have done) to (?:my|myself)\b",
        # Round 3 (heldout7's classes): plans and means without a crisis word (a car running
        # in a closed garage, a rope, blade or pills ready "for later"), a decision ("tonight
        # is the night", "made up my mind"), no future ("not that ill be around"), being with
        # the dead "soon", voices telling to jump, starving "i deserve it", hiding cuts, a
        # note found, "this is the last one. thanks for everything", "im done. goodbye".
        r"\b(?:in|inside|sitting in) (?:my|the|a) (?:car|truck)\b.{0,30}\bgarage\b.{0,30}"
        r"\b(?:running|on|engine)\b|\bgarage\b.{0,30}\b(?:car|engine|truck) (?:is )?running\b",
        r"\b(?:ive got|i got|i have|i bought|i found|got) (?:the|a|my) (?:rope|blade|razor|"
        r"noose|pills|gun)(?: already| ready)?\b(?=.{0,40}\b(?:already|ready|for later|for "
        r"tonight|when|tied|hidden|hid)\b|\s*$)",
        r"\b(?:blade|razor|rope|pills|knife)\b.{0,40}\bfor (?:later|tonight|when (?:im|"
        r"i get) home)\b",
        r"^(?:so )?tonight is the night\b(?! (?:of|for|we|i (?:ask|tell|finally tell)))|"
        r"\b(?:tonight|today) is the (?:night|day)\s*$",
        r"\b(?:ive|i have|i) made up my mind\b(?! (?:about|on|to (?:go|apply|join|study|"
        r"work|take|be an?|become))\b)",
        r"\bnot that (?:ill|i will|im gonna|im going to) (?:be )?(?:around|here|alive)\b|"
        r"\b(?:after that|then|by then) it (?:wont|will not|doesnt) matter\b",
        r"\b(?:rather|better off) (?:be )?dead than (?:go|going) back\b",
        r"\b(?:be|going to be|gonna be) with (?:my )?\w+ soon\b.{0,40}\b(?:heaven|make it "
        r"happen|up there|other side)\b",
        r"\b(?:voices?|they|it)\b.{0,20}\b(?:saying|say|says|telling me|tell me|tells me) "
        r"(?:i should|to|that i should) (?:jump|die|hurt myself|end it|cut|kill)\b",
        r"\b(?:eating|eat|ate) (?:like |only |just )?\d+ calories\b.{0,60}\b(?:faint\w*|"
        r"deserve|passed out|pass out)\b|\bi deserve to (?:starve|be hungry|suffer)\b",
        r"\bhide (?:the |my )?(?:cuts|scars|marks|burns)\b|\bcover (?:up )?(?:the |my )?"
        r"(?:cuts|scars) on my\b",
        r"\b(?:found|read|saw|sees|finds|will find) my (?:note|letter)\b",
        r"\bthis is (?:the|my) last (?:one|question|"
        r"message)\b.{0,30}\bthanks? (?:you )?for everything\b",
        r"^(?:im|i am|i m) done\W* (?:goodbye|bye)\s*$",
        r"^(?:knife|blood|pills|gun|coffin|grave)(?: (?:knife|blood|pills|gun|coffin|grave))*$",
        r"\b(?:ive|i have|i) decided\b.{0,20}\b(?:its happening|im doing it|ill do it)\b",
        r"\b(?:dont|do not) deserve to (?:eat|live|be here|exist)\b",
        r"\b(?:read|found|saw) the (?:letter|note) i (?:left|wrote)\b",
        r"\b(?:that|this) (?:was|is) my last (?:question|message|one)\b.{0,40}\b(?:goodbye|bye|"
        r"thanks? (?:you )?for everything)\b",
        # Means that the model alone had caught: poison swallowed, a deep cut still bleeding,
        # how hanging feels, a parent's gun or pills to be used on oneself.
        r"\b(?:drank|drink|swallowed|swallow|ate|took) (?:a (?:bunch|bottle|cup|lot) of |some )?"
        r"(?:bleach|drano|antifreeze|rat poison|poison|something from under the sink|cleaning "
        r"stuff|detergent)\b",
        r"\bi cut (?:myself )?(?:pretty |really |too |so )?deep\b(?! (?:into|in|on) (?:the|a)\b)|"
        r"\b(?:its|it) (?:wont|isnt|is not|not) stop(?:ping)? bleeding\b",
        r"\b(?:painful|hurt|quick|fast) to hang (?:yourself|myself|urself)\b|\bhang (?:yourself|"
        r"urself)\b(?! (?:a |the )?(?:picture|poster|shelf|banner|decoration))",
        r"\b(?:gun|pills|oxy\w*|meds)\b.{0,40}\b(?:for when im ready|thinking about (?:it|using "
        r"it)|use it on me|usarla conmigo)\b|\bpensando en usarla conmigo\b",
        r"\b(?:dark|bad|scary|intrusive) thoughts (?:about|of) (?:dying|death|killing myself|"
        r"ending it|not being here)\b|\b(?:want|wanna|going|need) to end me\b",
        # Round 2 (heldout6's classes): a death foretold inside other talk, last messages,
        # sorry-for-everything goodbyes, giving a pet away with a final word.
        r"\b(?:thinking|think|thought|keep thinking|been thinking) (?:about|bout|of) (?:jumping|"
        r"hanging myself|cutting again|overdosing|ending it|not being here)\b(?! (?:rope|jacks|"
        r"in|into (?:the|a) (?:pool|lake|water)|off the (?:diving|high dive)|on|ship|at)\b)",
        r"\b(?:ill|i will|im going to|im gonna|i am going to) be dead (?:by|before|soon|in a|"
        r"next|tomorrow|tonight|this)\b",
        r"\b(?:the )?last time (?:i|ill) (?:ever )?(?:message|text|talk to|write to|bother) "
        r"(?:anyone|anybody|everyone|everybody|yall|you all)\b",
        r"\bsorry for everything\b.{0,40}\b(?:bye|goodbye|love you|love yall|take care|im done|"
        r"its over)\b|\b(?:bye|goodbye)\b.{0,40}\bsorry for everything\b",
        r"\b(?:saying|say|said) (?:goodbye|bye|my goodbyes) before i\b|"
        r"\bbefore i do something(?: stupid| bad| dumb| i regret| i cant take back)?$",
        r"\b(?:gave|giving|give|gave away|giving away) (?:away )?my (?:dog|cat|puppy|pets?|"
        r"games|console|xbox|ps5|switch|guitar|shoes|clothes)\b.{0,40}\b(?:im done|im finished|"
        r"its over|bye|goodbye|i wont need)\b",
        r"\bmy body (?:would|will|wont|might) (?:be found|get found|be in)\b|\bfind my body\b",
        r"\b(?:looked up|look up|googled|google|searched|search up|searching|researched) "
        r"(?:how (?:to die|to kill myself|to end it|much of (?:my|the) \w+ it takes|many \w+ "
        r"it takes)|ways to die)\b",
        r"\bgiv(?:e|ing) (?:away )?(?:all )?my (?:stuff|things|belongings)(?: away)?\b"
        r"(?! (?:to (?:goodwill|charity|the church)|for (?:a|the) (?:yard|garage) sale)\b)",
        r"\b(?:easier|better|happier) (?:for (?:everyone|everybody|them|my family) )?if i "
        r"(?:was|were|wasnt|werent) (?:not )?(?:around|here|alive|gone|dead|never born)\b",
        # Goodbyes and last times.
        r"\b(?:last|final) (?:time (?:you|youll|anyone|anybody|yall) (?:will )?(?:ever )?"
        r"(?:hear|see|talk)|(?:night|day|message|text) (?:alive|on earth|ever))\b",
        r"\bthis is my (?:last|final) (?:day|night|message|text|goodbye)\b",
        r"\b(?:tonight|today) is (?:my last|the (?:night|day) i do it)\b(?! (?:day|night|shift|"
        r"game|"
        r"class|practice) (?:of|at|in|on|here|before|with|working|off|for)\b)(?!.{0,40}\b(?:camp|"
        r"trip|vacation|job|work|shift|internship|school|visit\w*|town|season)\b)",
        r"\bmy last (?:night|day)\b(?! (?:of|at|in|before|with|off|as|on (?:the|my) (?:job|"
        r"team))\b)",
        r"\b(?:goodbye|bye|farewell) (?:world|everyone|everybody|yall|cruel world|forever)\b"
        r"(?!.*\b(?:see (?:you|yall|ya|everyone)|tomorrow|later|next (?:week|time|year)|monday|"
        r"ttyl|gn|good ?night|have a good)\b)",
        r"\bnice knowing (?:you|yall|everyone|everybody)\b|\bsee you on the other side\b",
        r"\b(?:wrote|written|write|writing|left|leave|leaving) (?:my|a|the) (?:goodbye |"
        r"suicide |last |final )?note\b(?! (?:for (?:a|the|my) (?:teacher|class|coach)|in class))",
        r"\b(?:goodbye|suicide|last|final) (?:note|notes|letters?|texts?|messages?)\b|"
        r"\bletters? (?:to|for) (?:my (?:family|mom|dad|parents|little \w+|sister|brother|"
        r"friends)|everyone|everybody)\b(?=.*\b(?:explain\w*|goodbye|sorry|why|love)\b)",
        r"\b(?:giv\w*|gave) (?:away )?(?:my|all my|away)\b.{0,50}\b(?:wont|will not|dont) "
        r"(?:need|be needing)\b",
        r"\btell (?:my \w+|everyone|everybody|them) (?:that )?i (?:love|loved) (?:her|him|"
        r"them|you|yall)\b.{0,30}\bsorry\b",
        r"\b(?:wont|will not|not going to) be (?:a problem|a burden|a bother|in (?:anyones|your|"
        r"everyones) way)\b(?: for (?:anyone|anybody|you))? (?:much longer|anymore|after|"
        r"for long|by|soon)\b|\bby (?:this time )?tomorrow i wont\b",
        r"\bdont worry about me after (?:tonight|today|this)\b",
        r"\b(?:wont|will not) be (?:at|in) (?:school|class)\b.{0,25}\b(?:ever again|anymore|"
        r"or ever)\b",
        r"\b(?:dont|wont|will not) need\b.{0,30}\bwhere im going\b",
        r"\bif i dont (?:reply|answer|text back|respond)\b.{0,40}\b(?:gone|dead|did it|not here)\b"
        r"|\b(?:its|it is) (?:because|cause) im gone\b",
        r"\b(?:knife|blade|razor)\b.{0,10}\bblood\b|\bblood\b.{0,10}\b(?:knife|blade|razor)\b",
        r"\b(?:dont think (?:ill|i will|i can|im going to)|wont|will not|not going to|"
        r"might not|probably wont) (?:make it|live|be alive|be around|be here) (?:to|till|"
        r"until|past|through) (?:summer|graduation|my birthday|next \w+|the end of|\d+|"
        r"the night|tonight|this week|the week|christmas|the weekend)\b" + _NOT_ACADEMIC,
        r"\bsee myself (?:living|alive|being alive|making it) (?:past|to|till|until)\b",
        r"\b(?:no|dont see a|dont have a|cant see a) future for (?:me|myself)\b|\bsee no "
        r"future\b(?! (?:in|at|with) (?:this|that|the|my) (?:job|school|town|class))",
        # Being a burden, no reason, giving up.
        r"\b(?:im|i am|i feel like|i feel|i was|ive been|being) (?:such |just |only )?"
        r"(?:a|the) (?:burden|problem for everyone|mistake)\b|\bburden (?:to|on|for) "
        r"(?:everyone|everybody|my|them|all)\b",
        r"\bnothing (?:left )?to live for\b|\bno (?:one|body|thing) to live for\b",
        r"\bgiv\w* up on (?:everything|life|myself|living|being alive)\b",
        r"\bcant (?:take|handle|stand|bear|deal with) (?:this|the|my|it) (?:pain|life|hurt)\b"
        r".{0,40}\b(?:anymore|forever|stop|end|over)\b",
        r"\bcant keep (?:doing this|going|living)\b|\bya no aguanto\b",
        r"\bits (?:all )?over for me\b|\bim done with everything\b(?! on)",
        r"\b(?:want|need|wish)\w* (?:it all|everything|the pain|it) to (?:stop|end|be over)"
        r"(?: \w+)? (?:forever|for good|permanently)\b",
        r"\b(?:want|need|find|looking for) (?:a )?(?:way )?out\b.{0,30}\b(?:permanently|"
        r"for good|forever)\b|\bwant out (?:permanently|for good|forever|of (?:this|my) life)\b",
        r"\b(?:leave|leaving|exit|escape) (?:this|the) (?:world|earth|life|planet)\b",
        r"\bdont (?:belong|deserve to be) (?:in this world|on this earth|alive|here)\b",
        r"\b(?:shouldnt|should not|dont deserve to|do not deserve to) (?:be alive|live|exist|"
        r"be born|be on this earth)\b(?! (?:in|at|with|like|there)\b)",
        r"\b(?:be|being|stay) (?:on this earth|in this world)\b(?=.*\b(?:dont|not|no|anymore|"
        r"tired)\b)",
        r"\b(?:would|wd|will) (?:all )?(?:be )?(?:happier|better|relieved|glad|fine|okay|ok|"
        r"lighter|easier)(?: off)? (?:if i (?:was|were|died|disappeared|killed|left|wasnt|"
        r"werent|never|didnt exist|was never)|without me)\b",
        r"\bif i (?:died|was dead|were dead|killed myself|disappeared)\b.{0,30}\b(?:nobody|"
        r"no one|would|care|notice|miss|relieved|happier)\b",
        # Death as a wish or relief.
        r"\b(?:pray|hope|wish|praying|hoping) (?:that )?(?:god|jesus|the lord) (?:just )?"
        r"(?:takes|would take|will take|take) me\b",
        r"\b(?:pray|hope|wish|praying|hoping) (?:that )?(?:i (?:get|got) (?:hit|run over|shot|"
        r"killed)|(?:a|the|some) (?:car|truck|bus|train|drunk driver) (?:would |will )?"
        r"(?:hits?|runs? (?:me )?over|kills?)|someone (?:would|will|just) (?:kill|shoot))",
        r"\b(?:death|dying|being dead|not existing|not waking up|not being here) (?:sounds|"
        r"seems|looks|would be|feels|is) (?:so |really )?(?:peaceful|nice|good|better|easier|"
        r"like (?:a relief|the only|the answer|peace|an escape))\b",
        r"\b(?:want|wanna|wish i could|need|going) (?:to )?(?:just )?(?:disappear|vanish)\b"
        r"(?! (?:for (?:a |the )?(?:few |couple (?:of )?)?(?:days?|weeks?|weekend|bit|while|"
        r"hours?|minutes?|night|afternoon)|from (?:social|this group|the "
        r"group)|into (?:my|the) (?:room|bed)|under|in (?:my|bed))\b)",
        r"^(?=.*\b(?:want|wish|put|be|rot|lay|lie|belong|end up)\b)(?!.*\b(?:grandma|grandpa|"
        r"history|project|mortician|funeral|pet|dog|cat)\b).*\b(?:in|into|under) (?:a|the|my) "
        r"(?:ground|grave|coffin|casket|dirt)\b",
        r"\bsix feet (?:deep|under)\b|\bdirt nap\b|\bin a coffin\b",
        r"\b(?:log\w* off|check\w* out|disappear\w*|leave|gone|go away) (?:for good|forever|"
        r"permanently)\b(?!.*\b(?:weekend|after finals|vacation|break|saturday|sunday|town|"
        r"mississippi|state|city)\b)",
        r"\b(?:want|wish|wanna|pray|hope|hoping)\b(?: \w+){0,3}? (?:fall asleep|sleep|go to "
        r"sleep) (?:forever|and never|for good|permanently)\b(?!.*\b(?:weekend|after finals|"
        r"vacation|break|saturday|sunday|summer)\b)",
        r"\b(?:be|go) (?:with (?:my )?\w+ )?(?:in|to) heaven (?:now|soon|tonight|already)\b|"
        r"\bwant to (?:go to|be in) heaven\b",
        r"\bend (?:my|all (?:my|the|this)|this) (?:suffering|pain|misery)\b",
        r"\b(?:want|ready|going|about|gonna|plan\w*|decided|"
        r"think\w* about) (?:to )?commit(?: it)?\s*$",
        # Plans and dates.
        r"\b(?:how|when|where) (?:i|id|ill) (?:would |will |could |am going to |should |can )?"
        r"do it\b(?! (?:if i (?:was|were)|differently|better|instead|for (?:the|my|a))\b)",
        r"\b(?:decided|ready|going to|planning to|plan to|gonna)\b.{0,15}\bdo(?:ing)? it "
        + _DAY
        + r"\b",
        r"\bthe (?:night|day) i do it\b|\bplan and a date\b|\bpicked (?:a|the) (?:date|"
        r"day)\b(?! for)",
        # Methods.
        r"\b(?:knot|noose|rope)\b.{0,30}\b(?:hang|neck|strong|garage|closet|tree|ceiling|"
        r"fan|beam)\b|\bhang (?:from|by my neck)\b|\blooking at the rope\b",
        r"\b(?:swallow\w*|took|take|taking|ate|downed|chugged|pop\w*) (?:a |the )?(?:whole|"
        r"entire|all (?:my|the|of my|of the)?|every|like [1-9]\d+|[1-9]\d+|a bunch of|a ton "
        r"of|a lot of|a handful of|too many|so many|way too many)\b.{0,25}\b" + _PILLS + r"\b",
        r"\b(?:sav\w*|stash\w*|hoard\w*|collect\w*|hid\w*|hiding|stockpil\w*) (?:up )?(?:my |"
        r"a stash of |some |all the |all my )?(?:" + _PILLS + r"|a blade|razors?|blades)"
        r"\b|\bstash of (?:pills|meds)\b",
        r"\b(?:how many|how much) " + _PILLS + r"\b.{0,40}\b(?:die|dead|kill|overdose|"
        r"not wake up|never wake up|end it|to go)\b",
        r"\b(?:walk|run|step|stepping|jump|jumping|lay|lie|lying|laying|ride|drive)\w* "
        r"(?:out )?(?:into|in front of|onto) (?:a |the |oncoming )?(?:traffic|train|tracks|"
        r"highway|interstate|truck|bus)\b",
        r"\b(?:bullet|gun|pistol) (?:in|to|through|against) my (?:head|brain|mouth|temple|"
        r"chest)\b|\bput a bullet\b",
        r"\b(?:sharpener|razor|blade)\b.{0,20}\b(?:blade|out|apart|get)\b|\bget the blade\b",
        r"\b(?:painless|painlessly|quickest|easiest|fastest|quiet|least painful) way to go\b",
        r"\bbleach\b.{0,30}\b(?:work|kill|die|drink|end)\b|\b(?:drink|drank|drinking) "
        r"(?:the )?bleach\b",
        # Self-harm without the words.
        r"\b(?:burn\w*|cut\w*|hurt\w*|hit\w*|scratch\w*|bang\w*|punch\w*|starv\w*|bruis\w*)"
        r" (?:\w+ ){0,6}on purpose\b",
        r"\b(?:bang|hit|punch|slam)\w* my (?:head|fists?|hands?) (?:on|against|into) (?:the |a )?"
        r"(?:wall|floor|desk|door)\b",
        r"\b(?:my|myself|skin|arms?|legs?)\b.{0,30}\b(?:until|till|til) (?:it|they|i) "
        r"(?:bleeds?|bled|bleed|bruise)\b",
        r"\b(?:burn\w*|scratch\w*|cut\w*) my (?:arms?|legs?|wrists?|thighs?|skin|hands?|"
        r"stomach)\b(?! (?:on (?:the|a) (?:stove|oven|grill|fryer|pan)|at (?:work|my job)|"
        r"(?:at|in|during) (?:practice|the game|football)))",
        r"\b(?:urges?|urging) (?:to (?:cut|hurt|harm|burn|die|kill|sh|relapse|selfharm|jump|"
        r"od|overdose|end)|are (?:so |really |too )?(?:bad|strong|back|loud|worse))\b|"
        r"\bhaving (?:the )?urges?\b",
        r"\brelaps(?:e|ed|ing)\b(?! on (?:candy|junk|soda|sugar|fast food|video games))",
        r"\bstop\w* eating\b.{0,30}\b(?:disappear|die|punish|deserve|waste away)\b",
        r"\bhurt (?:my|this) (?:body|self)\b",
        r"\b(?:hear|heard|hearing) (?:gun ?)?shots\b|\blockdown\b(?=.*\b(?:shots|gun|shooter|"
        r"scared|hiding)\b)",
        r"\b(?:the world|everyone|everybody|my family|nobody|no one) (?:doesnt|does not|dont|"
        r"wont|will not|would not|wouldnt) (?:need|want|miss) me\b",
        r"^(?=.*\b(?:world|everyone|everybody|forever|exist\w*)\b).*\b(?:want|wish)\b.{0,25}"
        r"\bforget (?:about )?me\b",
        r"\b(?:im|i am) checking out\b(?! (?:the|a|this|that|some|colleges?|schools?|jobs?|"
        r"programs?|at|of|books?|early (?:today|tomorrow|for|to|from)|for)\b)",
        r"\b(?:want|wish|hope|wanna)\b.{0,10}\b(?:be|get) (?:hit|run over) by (?:a|the) "
        r"(?:bus|car|truck|train)\b",
        r"\bwant to feel (?:pain|something)\b(?=.*\b(?:numb|hurt|cut|burn)\b)|\bnumb\b.{0,25}"
        r"\bfeel pain\b",
        r"\b(?:when|after|once) (?:im|i am) (?:gone|dead)\b(?! (?:to|for|on|from)\b)",
        r"\bwhats the point of (?:me|my life|me being alive|being me)\b",
        r"\bno reason to stay\b(?! (?:in|at|here in|for|late|after)\b)",
        r"\b(?:imagin\w*|picture|picturing|think\w* about|plan\w*) my (?:own )?funeral\b",
        r"\bcant (?:imagine|see myself) (?:living|being alive|making it)\b|\b(?:dont|do not) "
        r"want to (?:see|live to see|make it to) (?:my next|another|the next) (?:birthday|year|"
        r"day|christmas)\b",
        r"\b(?:die|dying|dead|death|kill\w*|suicide|overdose)\b.{0,40}\basking for (?:me|myself|"
        r"a friend)\b|\bmake it look like an accident\b",
        r"\b(?:writing|write|wrote|drawing|drew|draw)\w* (?:about|pictures of|of) (?:me |myself )?"
        r"(?:dying|dead|death|my death|killing myself|my funeral)\b|\bpictures of me dead\b",
        r"\b" + _PILLS + r"\b.{0,20}\bto (?:sleep forever|never wake up|not wake up|die|end it)\b",
        r"\b(?:garage|car)\b.{0,25}\b(?:car|engine) (?:running|on)\b",
        r"\b(?:almost |finally |so )?ready to do it\b|\bdecided (?:its|it is) time\b|"
        r"\bits time for me to go\b(?! to )|\b(?:courage|guts|nerve) to do it\b|"
        r"\bget the courage\b",
        r"\b(?:hates? me|no one (?:loves|likes|cares about) me|nobody (?:loves|likes|cares about) "
        r"me)\b.{0,25}\b(?:whats the point|no point|die|dead|gone)\b",
        r"\b(?:want|wanna|need|urge) to cut\b(?! (?:class|school|hair|my hair|carbs|back|the|"
        r"weight|ties|in line|it|down|out|costs)\b)",
        r"\bsurvived my attempt\b|\bmy (?:suicide )?attempt\b(?=.*\b(?:survived|again|try|last)\b)",
        r"\b(?:whats|what is|wheres|where is) (?:even )?the point (?:of|in) (?:even )?(?:living|"
        r"life|being alive|going on|waking up|trying|me being here|existing)\b",
        r"\bmy life is (?:pointless|meaningless|worthless|nothing|a waste|not worth)\b",
        r"\bhow (?:high|far|tall|deep)\b.{0,40}\b(?:die|kill|survive|dead)\b",
        r"\bhow (?:far down|high up|far is the drop|long is the fall)\b(?!.*\b(?:build\w*|"
        r"engineer\w*|roof\w*|job|work\w*|pay|make|climb\w*|line\w*)\b)",
        r"\b(?:dont|do not) think (?:im|i am|i will|ill|i) (?:gonna |going to )?(?:be|make it) "
        r"(?:here|around|alive) (?:next year|much longer|by|for long|another)\b"
        r"(?!.*\b(?:because|cause|bc|since|moving|move|transfer\w*|graduat\w*)\b)",
        r"\b(?:standing|sitting|im|i am) on (?:the|a|this|top of the) (?:bridge|roof|ledge|edge|"
        r"railing|overpass|tracks|water tower)\b(?=.*\b(?:right now|tonight|thinking|jump|"
        r"about to|going to)\b)",
        r"\b(?:wont|will not) be (?:alive|around|here)\b(?! (?:this|next|on|at|in|until|till|"
        r"today|tonight|for (?:the|a|my|spring|summer|christmas|thanksgiving|break|vacation|"
        r"practice|class|work|a while|a bit|long)|tomorrow (?:morning|afternoon|night)|early|"
        r"late|over|because|cause|when|since)\b)",
        r"\bthis is (?:goodbye|the end for me)\b|\b(?:told|tell|telling|said|saying) (?:my "
        r"\w+|everyone|everybody|them|all) (?:goodbye|bye)\b",
        r"\b(?:want|wish|hope|pray)\w*\b.{0,12}\bmy heart (?:to |would |will |just )?(?:stop|"
        r"stops|give out)\b",
        r"\bmy plan is to do it\b|\b(?:plan|planning|going) to do it when\b",
        r"\b(?:wrote|writing|made|write|make) (?:a|my) will\b(?!.{0,40}\b(?:class|project|"
        r"assignment|english|law|lawyer|career|homework|unit|lesson)\b)",
        r"\b(?:hope|hoping|pray|praying|wish) (?:that )?i (?:dont|do not|wont|never) make it\b",
        r"\b(?:already )?took (?:them|it) all\b|\balready took them\b|\btoo late for me\b",
        r"\b(?:tired of|sick of|done|cant keep) (?:fighting|trying) (?:to )?(?:stay alive|live|"
        r"keep going|be alive)\b",
        r"\b(?:deserve|deserved) to (?:be hurt|die|suffer|be in pain|feel pain|be punished|hurt)\b",
        r"\bcarv\w*\b.{0,25}\b(?:my|into my) (?:arms?|legs?|skin|wrists?|thighs?|stomach)\b",
        r"\b(?:dont|do not|not) plan(?:ning)? on (?:being (?:here|alive|around)|living|"
        r"making it)\b",
        r"\b(?:wont|will not) (?:need|be needing) (?:a |my |any )?(?:career|future|job|college|"
        r"plans?|money|applications?|college applications)\b|"
        r"\bmy future\b.{0,20}\bdont have one\b|\b(?:i have|ive got) no future\b",
        r"^(?=.*\b(?:bye|goodbye|hug|love)\b).*\bfor the (?:last|final) time\b",
        r"\b(?:gave|giv\w*) (?:away )?(?:my|all my)\b.{0,40}\b(?:im ready|ready now)\b",
        r"\b(?:prescription|meds|pills)\b.{0,30}\b(?:keeping all|keep all|saving|stash\w*|"
        r"hoard\w*)\b",
        r"\bway to go in (?:my|your|his|her) sleep\b|\bbest way to go\s*$",
        r"\bbleed (?:out|to death)\b|\b(?:which|what) (?:vein|artery|veins)\b|\bcut (?:a|the|"
        r"my) (?:vein|artery|veins)\b",
        r"\bgive up (?:for good|forever|on it all)\b",
        r"\bwant to (?:go )?be with (?:my )?\w+\b.{0,25}\b(?:died|passed away|passed|in "
        r"heaven|dead)\b",
        r"\battempted (?:suicide|again|before|twice)\b|\bsuicide attempt\b|\bi attempted\s*$",
        r"\b(?:im|i am|i feel like|feel like) (?:just )?a waste of (?:space|air|oxygen|life)\b",
        # Round 5 (heldout10's classes): a plan or a date told without the act ("i set a date",
        # "i know exactly how id do it", a plan that was called off, a playlist for my funeral,
        # "planning my exit"), how long or how high it takes, death the only way out, blades
        # the only thing that helps, a future denied after a job question ("not like ill live
        # long enough to be one", "idk if ill still be alive next month"), "nobody would miss
        # me", a last night posted.
        r"\b(?:i|ive|i have)(?: already| finally| just| now)? (?:set|picked|chose|chosen|decided "
        r"on|"
        r"marked|circled) (?:a|the|my) (?:date|day)\b(?! (?:for|with|to|of|at|on the calendar "
        r"for)\b)"
        r"(?!.{0,40}\b(?:wedding|party|birthday|trip|game|meeting|test|exam|appointment|prom|"
        r"dance|move|moving|visit|interview|surgery|date night)\b)",
        # Round 14: never "i dont know how im going to do it all" (a busy week).
        r"\b(?<!dont )(?<!do not )(?<!didnt )(?<!idk )(?:know|knew|figured out|worked out|decided)"
        r" (?:exactly |already |just )?(?:how|when|where) "
        r"(?:id|i would|ill|i will|im going to|i am going to|to) (?:do it|go|end it|go through "
        r"with "
        r"it)\b(?! (?:to|on|with) (?:the|my|a|school|class|work|practice)\b)(?! (?:if i (?:was|"
        r"were)|"
        r"differently|better|instead|for (?:the|my|a)|all|both|in time|on time)\b)",
        r"\b(?:a plan|planned|plan|going to|was going to|ready|tried|meant) to do it (?:last night|"
        r"yesterday|tonight|today|this weekend|the other night|last week|last weekend|this morning|"
        r"last month)\b.{0,40}\b(?:chicken\w* "
        r"out|backed out|couldnt|didnt|stopped|lost my nerve|scared|next time)\b|\b(?:chicken\w* "
        r"out|backed out|lost my nerve) (?:again|last time|this time)\b(?=.{0,40}\b(?:next time|"
        r"tonight|do it|end it)\b)",
        r"\b(?:made|making|picked|picking|chose|choosing|planned|planning|wrote|writing|bought|"
        r"got) (?:out )?(?:a |the |my )?(?:playlist|songs?|music|outfit|clothes|list|flowers|"
        r"casket|coffin|picture|photo|speech)\b.{0,15}\bfor my (?:own )?funeral\b",
        r"\bplan\w* my (?:exit|final exit|way out|last day|final day|death|ending|last "
        r"goodbye)\b(?! (?:from|out of|at|of) (?:the|this|my|school|class|work|a|practice)\b)",
        r"\bhow long (?:does it|would it|will it|did it|it) takes? (?:for (?:me|someone|a person|"
        r"you) "
        r")?to (?:die|bleed out|starve to death|suffocate|drown|pass out and die|not wake up)\b"
        r"(?! (?:in|on) (?:minecraft|the game|fortnite|roblox)\b)",
        r"\bhow (?:high|tall|far|deep) (?:does |do |would |should |is |has |must )?(?:a |the |of a "
        r")?"
        r"(?:building|bridge|fall|drop|roof|jump|cliff|"
        r"overpass|parking garage|water tower)\b.{0,40}\b(?:to make sure|to die|to be fatal|to "
        r"kill|not survive|wont survive|would kill|to be sure)\b",
        r"\b(?:death|dying|suicide|killing myself|ending it|ending my life)\b (?:is|seems|feels "
        r"like|"
        r"looks like) (?:the|my) (?:only|last|best) (?:way out|option|answer|choice|solution|"
        r"escape|"
        r"way)\b|\bthe only way out is (?:death|dying|to die|suicide|ending it)\b",
        r"\b(?:my )?(?:blades?|razors?|cutting|hurting myself|selfharm|sh|burning myself)\b (?:is|"
        r"are|"
        r"was|were) (?:the only thing|all|what) (?:that )?(?:helps|works|keeps me|gets me|calms me|"
        r"makes it stop)\b",
        r"\bnot like (?:ill|i will|im going to|i am going to|im|id) (?:ever |even )?(?:live|be "
        r"alive|"
        r"be around|be here|make it|survive|last)\b",
        r"\b(?:idk|dont know|not sure|doubt|unsure|wonder)(?: if| whether)? (?:ill|i will|im going "
        r"to|i am going to|id) (?:still |even )?(?:be alive|be breathing|be here|be around|live|"
        r"make it) (?:next|by|in|for|tomorrow|much longer|that long|to see|till|until|long "
        r"enough)\b(?!.{0,60}\b(?:trip|vacation|visit\w*|moving|move|out of town|camp|if i (?:dont "
        r"|keep |fail|pass|get)|grades?|class|credits?)\b)",
        r"\b(?:not going to|wont|will not|never going to|aint going to|dont plan to|probably wont) "
        r"be "
        r"(?:here|around|alive) (?:long enough )?to (?:have|need|use|get|see|enjoy|do|start|work|"
        r"graduate|finish|be|become)\b(?!.{0,60}\b(?:trip|vacation|visit\w*|moving|move|out of "
        r"town|camp|tournament|appointment|away|leave|leaving)\b)",
        r"\b(?:nobody|no one|noone|none of (?:them|you)) (?:would|will|is going to|wd) (?:even )?"
        r"(?:miss|notice|care about) me\b(?:\s*$| if i (?:was|were|left|disappeared|died|was gone|"
        r"went away|wasnt here)\b| when im gone\b)",
        r"\b(?:tonight|today|this) is (?:my|her|his|their) (?:last|final) (?:night|day)\b(?! (?:of|"
        r"at|"
        r"in|here|before|as|with|on|working|off|to|for)\b)(?!.{0,40}\b(?:camp|trip|vacation|job|"
        r"work|school|town|visit\w*|shift|internship)\b)",
        # Round 6 (heldout11's classes): finality without a crisis word ("done done.
        # permanently", "the big sleep", "the forever kind" of tired, not making it through
        # tonight), an attempt to be repeated, pills taken, a goodbye sent through someone,
        # notes written, a future denied after a job or school question, means bought or
        # looked at, new cuts today, a date set, a plan with "the stuff".
        r"\b(?:done|finished)(?: (?:done|finished))*(?: with (?:everything|it all|life|living))?"
        r"(?: like)? (?:permanently|for good|forever)\b(?! (?:with|w)\b)(?!.{0,30}\b(?:class|sc"
        r"hool|soccer|team|lol|him|her|them)\b)",
        r"(?<!read )(?<!watched )(?<!watch )\bthe (?:big|long|forever|eternal|final) "
        r"(?:sleep|nap)\b(?!.{0,20}\b(?:book|novel|movie|film|by|chandler)\b)|\bthe forever kin"
        r"d\b|\bnot (?:sleepy|"
        r"that kind of|the sleepy) tired\b",
        r"\b(?:dont think|not sure|idk if|i dont know if|dunno if|doubt) (?:i will|ill|i can|im "
        r"going to|i|ima) (?:make it|last|survive) (?:thru|through|past|til|till|until) (?:tonight|"
        r"the night|this week|the weekend|tomorrow)\b(?!.{0,30}\b(?:without|homework|shift|test|"
        r"practice|game|class|lol|lmao)\b)|\b(?:wont|will not|not going to|cant) (?:make it|last|"
        r"survive) (?:thru|through|past) (?:tonight|the night)\b(?!.{0,30}\b(?:without|homework|"
        r"shift|test|practice|game|class|lol|lmao)\b)",
        r"\b(?:last|first) time i (?:tried|did it|tried it)\b.{0,40}\bthis time (?:it will|it "
        r"will work|ill|i will|it works|its for real|im doing it right|i wont fail)\b",
        r"\bi did it\b.{0,10}\bi (?:took|swallowed|drank) (?:them|it|all of (?:them|it)|everything|"
        r"the (?:pills|bottle))\b|^i (?:just )?(?:took|swallowed) (?:them all|all of them|the "
        r"whole bottle)(?: \w+)?$",
        r"\btell (?:\w+ ){1,3}?(?:thank you|thanks|i love (?:her|him|them|you)|im sorry|sorry) "
        r"for everything\b(?!.{0,50}\b(?:sick|doctor|dentist|appointment|trip|vacation|game|"
        r"tournament|out of town|funeral|party|birthday)\b)",
        r"\bi (?:already |just )?(?:wrote|finished|left|have written|finished writing) (?:my|the|"
        r"all my) (?:goodbye )?(?:notes?|letters)(?: already| for everyone| to everyone| for my "
        r"(?:mom|family|parents))?$",
        r"\b(?:might not|may not|wont|will not|not going to|dont think ill|probably wont|prob w"
        r"ont) "
        r"be (?:here|around|alive) (?:to see (?:it|that)|by then|that long|for that|to (?:graduate|"
        r"finish))\b",
        r"\b(?:im |i am )?not (?:making it|going to make it) (?:that far|that long|to (?:gradua"
        r"tion|"
        r"college|18|senior year|next year))\b" + _NOT_ACADEMIC,
        r"\b(?:dont|do not) (?:plan|intend|expect) (?:on|to) (?:lasting|last|living|live|being "
        r"(?:here|around|alive)) (?:that long|long|much longer)\b",
        r"\b(?:this is|its) my last (?:week|day|month|night)(?! (?:at|of|in|on|working|before|"
        r"here|there|with)\b)\b(?=.{0,40}\b(?:idc|dont care|doesnt matter|who cares|so whatever"
        r")\b)",
        r"\b(?:bought|got|ordered|picked up) (?:a |some |the )?(?:rope|noose)\b(?=.{0,40}\b(?:you "
        r"know (?:why|what for)|for (?:me|myself|tonight|later)|its time|finally|strong enough)\b)",
        r"\b(?:gun|rifle|pistol|shotgun|glock|revolver|handgun)\b.{0,40}\bi (?:keep|been|cant "
        r"stop|kept) (?:looking at|thinking about|staring at|holding|touching) (?:it|them)\b|\bi "
        r"(?:keep|cant stop|kept) (?:looking at|staring at|thinking about) (?:my|his|her|the) "
        r"(?:\w+ )?(?:gun|rifle|pistol|shotgun|glock|handgun)\b(?! (?:safe|store|show|range|shop|"
        r"class|case|cabinet)\b)",
        r"\b(?:made|added|did|gave myself|cut) (?:some |a few |two |more )?new (?:ones|cuts|scars|"
        r"marks|lines)\b(?=.{0,20}\b(?:today|tonight|last night|again|this morning)\b)",
        r"^(?:i |ive |i have |i already |already )?(?:set|picked|chose) (?:the|a|my) date\b(?! "
        r"(?:for|of|on the calendar|to|with|night)\b)",
        r"\bi (?:have|got) a plan\b.{0,20}\b(?:have|got) (?:(?:the|everything|all the) (?:stuff|"
        r"pills|things|means|supplies)\b|everything i need\b)",
        r"\bk ?word (?:myself|my self)\b",
        # Round 7 (heldout12's classes): a future denied beside a career question, self-harm
        # told by its marks and tools, a decision with only a day, a loaded gun held, lying on
        # the tracks, letting go, things left to someone "after".
        r"\b(?:might|may|probably|prolly) not (?:be )?(?:alive|around|here|living) (?:by|next|in|"
        r"for|when|to see)\b|\bno (?:after|later|future) for me\b|\b(?:theres|there is) no after\b",
        r"\b(?:gonna|going to|will|ill|i will) be (?:six|6) (?:feet|foot|ft) (?:under|deep)\b",
        r"\b(?:doesnt|does not|wont|dont|it dont) matter\b.{0,12}\b(?:ill|i will|im gonna|im going "
        r"to) be (?:dead|gone|in the ground)\b",
        r"\b(?:ill|i will|im gonna|im going to) be gone (?:before|by|way before|long before)\b"
        + _NOT_ACADEMIC
        + r"(?!.{0,40}\b(?:trip|vacation|camp|visit\w*|tournament|out of town|the army|basic)\b)",
        r"\b(?:dont|do not|never) plan on (?:growing up|getting older|being (?:here|around|alive)|"
        r"making it|living)\b",
        r"\bwhy (?:pick|choose|plan|bother with) (?:a |my |any )?(?:\w+ ){0,2}?when i (?:wont|will "
        r"not) (?:even )?(?:be here|be around|make it|"
        r"be alive)\b|\bwhen i (?:wont|will not) even be "
        r"(?:here|around|alive)\b",
        r"\bi (?:wont|will not) need (?:to know|a job|"
        r"a career|college|it)\b.{0,20}\b(?:for me|where "
        r"im going|after this|trust me)\b",
        r"\b(?:hide|hiding|cover|covering|cover up)\b(?: \w+){0,2}? (?:sh|self harm|selfharm) "
        r"(?:scars|marks|cuts)\b|\bsh (?:scars|marks|cuts)\b",
        r"\b(?:blades?|razors?) (?:r|are|is) (?:my )?(?:only|best) (?:friend|friends|thing)\b|"
        r"\b(?:my )?(?:razor|blade)s? (?:is|are|r) the only thing that\b",
        r"\bcat scratch\w*\b.{0,30}\b(?:dont|do not|never) (?:have|had|own) (?:a cat|cats|pets|any "
        r"pets)\b|\b(?:from|was) the cat\b.{0,20}\b(?:dont|do not) (?:have|own) (?:pets|a cat)\b",
        r"\b(?:long sleeves|a hoodie|hoodies|my hoodie|"
        r"a jacket|sweaters?)\b.{0,50}\b(?:because of|bc "
        r"of|cuz of|cause of|to hide|so (?:nobody|no one) (?:sees|can see)) (?:my )?(?:arms|wrists|"
        r"thighs|scars|cuts|marks)\b",
        r"\b(?:pencil )?sharpener blades?\b|\bblades? (?:out )?of (?:my |a |the )?(?:pencil )?"
        r"sharpener\b",
        r"\b(?:cuts|cutting|scratches|marks)\b (?:are |r |keep |is )?(?:getting|gettin|go|going) "
        r"deeper\b|\bcutting deeper\b",
        r"\bkms(?:rn|now|tn|tonight|fr|asap)\b",
        r"\b(?:tonights|tonight is|todays|today is|"
        r"tomorrows|tomorrow is) the (?:night|day)\b.{0,25}"
        r"\b(?:gonna|going to|ill|i will) (?:do it|go through with it|end it)\b",
        r"\b(?:looked up|googled|searched|researched|"
        r"checked|figured out) how (?:much|many)\b.{0,40}"
        r"\b(?:it would take|it takes|would be enough|would do it|to od|to overdose|to die)\b",
        r"^(?:i (?:already |have |ve )?decided|(?:its|it is) (?:decided|settled)|(?:i )?made up my "
        r"mind) (?:its |it )?(?:on |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday|tonight|tomorrow)(?: night)?$",
        r"\b(?:loaded|holding|got out|took out|sitting with)\b(?: \w+){0,3}? (?:gun|shotgun|pistol|"
        r"rifle|revolver|glock)\b.{0,30}\b(?:just )?(?:sitting|holding it|staring at it|with it)\b"
        r"(?!.{0,30}\b(?:deer|hunt\w*|range|stand|season)\b)",
        r"\b(?:lay|lie|lying|laying) (?:down )?(?:on|"
        r"across) (?:the )?(?:train )?(?:tracks|railroad|"
        r"highway|interstate)\b",
        r"\b(?:done|tired of) fighting\b.{0,30}\b(?:let go|letting go)\b(?! of\b)|\b(?:im|i am) "
        r"(?:going to|gonna) let (?:it all )?go\s*$",
        r"\b(?:make sure|tell|let) (?:that )?my \w+ (?:gets?|has|keeps?) (?:my|all my) \w+ "
        r"(?:after\s*$|after (?:im|i am|i go|this)\b|when im gone|once im gone)",
        r"\b(?:deleted|deleting|delete) (?:all )?my (?:socials|accounts|insta|snap|tiktok|social "
        r"media)\b.{0,40}\b(?:gave|giving|give) (?:away )?(?:my|all my|her my|him my)\b|\b(?:gave|"
        r"giving) away my\b.{0,40}\b(?:deleted|deleting) (?:all )?my (?:socials|accounts)\b",
        r"^(?!.*\bhow (?:do|to|should|can|would|could)\b).*\b(?:say|tell) (?:bye|goodbye) to "
        r"(?:some(?:body|one)|anyone)(?:\s*$| before (?:i\b|its too late|the end|" + _DAY + r"\b))",
        # Round 8 (heldout13's classes): a future denied beside a career question ("wont live
        # long enough for that", "dont plan on graduating", "not going to be around for it",
        # "wont make it that long"), the only plan a funeral, a goodbye that says it is nobody's
        # fault, methods researched, how deep to cut. (The goodbye "to someone" above is said
        # before a day or alone, never to someone moving away.)
        r"\b(?:i (?:wont|will not|am not going to|aint going to|never|probably wont|prob wont|"
        r"doubt ill|dont think ill|know i wont)|im not going to|not that ill|not like ill|"
        r"doubt ill|dont think ill) (?:even |ever )?live long enough\b(?!.{0,40}\b(?:win\w*|"
        r"championship|super ?bowl|world series|sequel|season|album|release|come out|update|"
        r"finish (?:this|that) (?:game|show|series|book))\b)",
        r"\b(?:dont|do not|never) plan on graduating\b(?! (?:early|late|on time|from (?:there|"
        r"that|this)|in|with|this|at)\b)(?!.{0,40}\b(?:drop\w* out|ged|transfer\w*|moving|move|"
        r"early|homeschool\w*)\b)",
        r"\b(?:might not|may not|wont|will not|not going to|dont think ill|probably wont|prob "
        r"wont) be (?:here|around|alive) for (?:it|any of (?:it|that|this)|that part)\b(?!.{0,40}"
        r"\b(?:trip|vacation|camp|visit\w*|tournament|out of town|away|moving|leaving|working|"
        r"work|shift|game|practice|meeting|appointment|doctor|dentist)\b)",
        r"\b(?:i (?:wont|will not|probably wont|prob wont|doubt ill|dont think ill|am not going "
        r"to)|im not going to|not like ill|not that ill) (?:make it|last|be (?:here|around|"
        r"alive)) (?:that long|long enough|much longer)\b(?!.{0,30}\b(?:without|in (?:this|that|"
        r"the) (?:job|class|heat|cold|game|line|league)|at (?:this|that) (?:job|school|rate|"
        r"pace)|on (?:this|the) (?:team|bench)|sitting|standing|waiting|awake|lol)\b)",
        r"\b(?:not going to|wont|will not|might not|probably wont) be (?:around|here|alive) "
        r"(?:next|by next|this coming) (?:spring|summer|fall|winter|semester|school year|christmas|"
        r"thanksgiving|season)\b(?!.*\b(?:spring break|vacation|trip|visit\w*|appointment|holiday|"
        r"out of town|camp|tournament|moving|move|transfer\w*|exchange|abroad|internship|basic "
        r"training|army|navy|marines|deploy\w*|graduat\w*)\b)",
        r"\bthe only (?:career|future|plan|plans|thing|job|place|college|party|event)\b(?: \w+)"
        r"{0,4}? (?:is|will be|going to be|i see is) (?:a |my |the )?(?:own )?(?:funeral|grave|"
        r"coffin|casket|cemetery|graveyard|death|morgue)\b(?! (?:home|director|directors|"
        r"service|services|business|industry|planning|planner|science|worker)\b)",
        r"\bif (?:im|i am|i was|i m) (?:not (?:here|around|alive)|gone|dead)\b.{0,40}\b(?:(?:its|"
        r"it is|it was|that is|thats) not (?:your|anyones|yall|you alls) fault|(?:dont|do not) "
        r"blame (?:yourself|yourselves|urself|anyone|yall|you)|(?:i|ill) (?:love|loved) (?:you|"
        r"yall)|im sorry|forgive me)\b",
        r"\b(?:research\w*|look\w* up|looked up|googl\w*|search\w* (?:up|for)?|read\w* (?:up )?"
        r"(?:about|on)|watch\w* videos (?:about|on)) (?:different |painless |easy |quick |quiet |"
        r"the best |good |more )?(?:methods|ways)\b(?= (?:all night|again|lately|tonight|online|"
        r"that (?:dont hurt|work|are painless)|to (?:go|do it))\b|\s*$)",
        r"\bhow deep (?:do|does|should|would|can|must|to|is|has)\b(?: \w+){0,4}? (?:cut|cuts|"
        r"slice|go)(?:\s*$| (?:to (?:bleed|die|hit|reach|get to|make it|really)|(?:my|your|the) "
        r"(?:wrists?|arms?|skin|thighs?|veins?|legs?)\b|deep enough|for it to (?:bleed|work|"
        r"count)))|\bhow deep\b.{0,40}\b(?:hit|reach|get to|cut) (?:the |a |my )?(?:vein|artery|"
        r"veins|arteries)\b",
    ],
    "danger": [
        # Round 4 (heldout9's classes): medical emergencies of someone else (a seizure, lips
        # turning blue, a collapse, something swallowed, chest pain with a numb arm, low blood
        # sugar, a bad reaction after a party, a fire spreading, someone in the water or a
        # wreck not moving, a whole prescription taken), being stalked, a hit list, someone at
        # the window, a gun outside, pulled toward a car, a friend gone with a man from online,
        # a friend who talks about dying.
        _NOT_A_QUESTION + r".*\b" + _SOMEONE + r"\b.{0,30}\b(?:(?:is |s |just |started |keeps )?"
        r"(?:having|had) (?:a |another )?seizure|seizing|convulsing|foaming at the mouth)\b",
        r"^(?!.*\b(?:so cold|its cold|freezing|chilly)\b).*"
        r"\b(?:lips|face|skin|fingers|fingertips|mouth)\b (?:is |are |went |keep |started |look |"
        r"looks )?(?:turning |turned |going |gone |getting )?(?:kinda |really |all |so )?(?:blue|"
        r"purple|gray|grey)\b(?!.{0,40}\b(?:slush\w*|popsicle|candy|lollipop|ring pop|icee|paint|"
        r"dye|marker|lipstick|gatorade|powerade|jolly rancher|kool aid|freezer pop|sucker|gum|"
        r"makeup|filter|costume|hair|cold|freezing|chilly|snow|pen|ink)\b)",
        _NOT_A_QUESTION + r".*\b" + _SOMEONE + r"\b(?: \w+){0,3}? (?:just |suddenly )?(?:collapsed|"
        r"fainted|dropped to the (?:floor|ground))\b(?! (?:on|onto|into|in) (?:the |my |his |her )?"
        r"(?:couch|bed|sofa|chair|beanbag))(?!.{0,40}\b(?:laugh\w*|lol|lmao|hilarious|joke|prank|"
        r"tiktok|when (?:she|he|they) saw)\b)",
        r"\b911\b.{0,20}\b(?:isnt|not|wont|is not|didnt|doesnt) (?:picking up|answering|answer|"
        r"pick "
        r"up)\b|\bcant (?:reach|get through to|get a hold of) 911\b",
        _NOT_A_QUESTION + r".*\b" + _SOMEONE + r"\b(?: \w+){0,3}? (?:swallowed|ate|drank|chugged|"
        r"got into|is eating|is drinking)\b(?: \w+){0,3}? (?:batter(?:y|ies)|button batter\w*|"
        r"magnets?|bleach|detergent|laundry pods?|tide pods?|dishwasher pods?|drano|antifreeze|"
        r"rat poison|poison|pills|meds|medicine|cleaning (?:stuff|products|supplies)|lighter "
        r"fluid|gasoline|nail polish remover|a coin|coins|mouthwash|weed gummies|edibles)\b",
        r"\bchest (?:pain|pains|hurts|is hurting|feels (?:tight|heavy)|tightness|pressure)\b.{0,40}"
        r"\b(?:arm|jaw|shoulder)\b.{0,20}\b(?:numb|tingl\w*|hurts|pain)\b|\b(?:arm|jaw) (?:is |"
        r"went |going |feels )?(?:numb|tingly)\b.{0,40}\bchest\b",
        _NOT_A_QUESTION + r".*\b" + _SOMEONE + r"\b(?: \w+){0,3}? (?:is |"
        r"s )?(?<!almost )(?<!nearly )"
        r"(?:having|had) (?:a )?(?:heart attack|stroke|asthma attack|allergic reaction|"
        r"anaphylactic "
        r"\w+)\b(?!.{0,40}\b(?:lol|lmao|when (?:she|he|they) (?:saw|found|heard)|if)\b)",
        r"\b(?:throat|tongue|airway) (?:is |are |keeps )?(?:closing|swelling|swollen|closing up)\b"
        r"(?!.{0,30}\b(?:lol|from crying|from yelling)\b)|\bneeds? (?:an |her |his |"
        r"my )?epi ?pen\b",
        r"\b(?:took|taken|smoked|vaped|drank|ate|snorted|popped|hit)\b (?:something|a pill|some "
        r"pills|an edible|edibles|a pen|molly|a perc|a bar|xanax|drugs|something weird|some stuff|"
        r"a \w+ (?:pill|gummy))\b.{0,50}\b(?:heart (?:is |keeps )?(?:racing|pounding|beating "
        r"(?:so |really )?fast)|cant breathe|cant stop shaking|throwing up|hallucinat\w*|passing "
        r"out|chest hurts|cant feel|freaking out|seizure|numb)\b|\blaced\b.{0,40}\b(?:cant|heart|"
        r"passing|throwing|wont|not)\b",
        r"\b(?:blood )?sugar\b(?: is| was| at| dropped to| is at| reads| read| of)? (?:like |only "
        r"|under )?(?:[1-5]\d|[5-9]\d\d)\b(?! (?:grams|g|percent|calories|cal|carbs|mg per)\b)|"
        r"\b(?:diabetic|diabetes|type 1|t1d)\b(?!.*\b(?:can (?:i|you|diabetics)|job|career|become|"
        r"be an?|work as|allowed to)\b).{0,50}\b(?:im|i am|hes|shes|is|sugar is|feel) (?:really |"
        r"so |super )?(?:shaking|shaky|passing out|dizzy|confused|going low|crashing)\b",
        r"^(?!.*\b(?:fireplace|campfire|bonfire|fire pit|firepit|candle|grill|bbq|fire drill|game|"
        r"minecraft|movie|show|"
        r"mixtape|lol)\b).*\b(?:fire|flames|smoke)\b.{0,30}\b(?:spreading(?! (?:warmth|joy|love|"
        r"the "
        r"word|like))|getting bigger|wont go out|cant put (?:it )?out|is everywhere|coming under "
        r"the door|filling (?:the|my|our))\b|\b(?:kitchen|house|"
        r"garage|room|bedroom|apartment|trailer|stove|oven|curtains|couch|building|attic|grease|"
        r"microwave|dryer|barn)\b (?:just |is |has )?(?:caught|catching|caught on) (?:on )?fire\b"
        r"(?!.{0,40}\b(?:lol|lmao|last (?:year|week|month)|when i was|years ago|once|in the game|"
        r"in minecraft|put it out|its out|went out|everyones (?:fine|ok|okay)|no one (?:got )?"
        r"hurt|nobody (?:got )?hurt)\b)",
        r"\b(?:fell|fallen|jumped|went|slipped|dove|pushed)\b (?:in|into|under) (?:the|a) (?:pool|"
        r"lake|river|pond|water|creek|ocean|bathtub|tub)\b.{0,50}\b(?:not|isnt|wont|cant|didnt|"
        r"hasnt|is not) (?:moving|breathing|swim|come up|coming up|waking|wake up|responding|"
        r"respond|came up)\b|" + _NOT_A_QUESTION + r".*\b" + _SOMEONE + r"\b(?: \w+){0,2}? "
        r"(?:is |s )?drowning\b(?! in "
        r"(?:homework|work|debt|assignments|school|stress|paperwork|emails|tests|essays)\b)",
        r"^(?!.*\b(?:lol|lmao|haha\w*)\b).*\b" + _SOMEONE + r"\b(?: \w+){0,3}? (?:isnt|is not|not|"
        r"wont|stopped|cant|can not|hasnt) (?:moving|move|moved)\b(?! (?:to|away|out|in|here|there|"
        r"back|schools?|states?|houses?|on|from|off|forward|up|fast|for|until|till|anymore|yet|"
        r"after|with|over|his car|her car|the car|their car|a muscle|from the couch)\b)",
        r"\b(?:crash\w*|wreck\w*|accident|flipped|rolled over)\b.{0,40}\b(?:stuck|trapped|pinned) "
        r"(?:inside|in (?:the|his|her|a|our|my) (?:car|truck)|under)\b|\b(?:stuck|trapped|pinned) "
        r"(?:in|inside|under) (?:the |a |his |her |our )?(?:wreck|rubble)\b",
        r"\b(?:took|swallowed|ate|downed|chugged|popped|taken|injected)\b (?:his|her|their|my|the|"
        r"a|"
        r"an) (?:whole|entire|full) (?:prescription|bottle|pack|box|sleeve|supply|blister pack|"
        r"pill "
        r"bottle|bottle of \w+)\b",
        r"\b(?:im|i am|i think im|i think i am|been|being|getting|"
        r"keep getting) (?:being )?stalked\b"
        r"(?! on (?:insta\w*|tiktok|snap\w*|ig|twitter)| lol\b)",
        r"\b(?:hit|kill|death|shoot\w*) ?list\b(?!.{0,30}\b(?:songs?|music|spotify|playlist|"
        r"billboard|top \d+|fortnite|game|call of duty)\b)",
        r"\b(?:someone|somebody|a man|a guy|a person|a stranger|some guy|some man|some dude|a dude|"
        r"people|strangers|men|a woman|some lady|a lady)\b(?: \w+){0,3}? (?:is |are |keeps |kept |"
        r"just )?(?:trying to|tried to|try to|tries to) (?:open|get in|get into|break|pry|unlock|"
        r"jiggle|force|climb in|climb into|come in|kick (?:in|down)) (?:my|our|the) (?:window|"
        r"door|front door|back door|lock|room|car|bedroom|house|apartment)\b(?! (?:of|to|"
        r"in) (?:the|"
        r"our|my) (?:classroom|class|gym|locker room|bathroom stall|school|"
        r"office)\b)(?!.*\b(?:late|"
        r"locked out|key|keys|delivery|pizza|package|lol)\b)",
        r"\b(?:a|some|this|the|one|an|that) (?:man|guy|dude|person|kid|boy|girl|stranger|student|"
        r"men|guys|people|shooter|someone)\b (?:with|holding|carrying|has|had|waving|pointing) "
        r"(?!.*\b(?:cook\w*|chef|hibachi|carv\w*|whittl\w*|fishing|hunting|magic|juggl\w*|movie|"
        r"show|game|video)\b)"
        r"(?:a |an |his |her |their )?(?:gun|guns|rifle|pistol|knife|machete|weapon|shotgun|"
        r"ar 15)\b"
        r"(?! (?:license|permit|safety|class|course|store|shop|show|range|emoji|skin|tattoo|in "
        r"(?:the )?(?:game|movie|show|fortnite|gta)|on (?:tv|the show))\b)(?=.{0,50}\b(?:outside|"
        r"inside|here|in (?:the|our|my)|at (?:the|our|my)|near|by|hallway|building|parking lot|"
        r"school|door|coming|right now|yard|street|porch|house|bus)\b)",
        r"\b(?:tried|trying|try|tries) to (?:pull|drag|push|get|force|grab|put|throw|shove) me "
        r"(?:into|in) (?:his|her|their|a|the|an|this) (?:car|van|truck|suv|vehicle|trunk)\b",
        r"\b(?:left|went|ran off|took off|gone|drove off|went off|got in a car) with (?:a|some|"
        r"this|"
        r"an|that) (?:older )?(?:man|guy|dude|adult|stranger|person|woman|lady)\b.{0,40}\b(?:met "
        r"online|met on|from (?:online|the internet|insta\w*|snap\w*|tiktok|discord|an app|a game|"
        r"fortnite|roblox)|online)\b",
        r"\b(?:someone|somebody|a (?:man|guy|lady|woman|stranger|dude)|some (?:man|guy|lady|woman|"
        r"dude|person|stranger|account)|he|she|they|this (?:man|guy|lady|person|account))\b.{0,40}"
        r"\b(?:offer\w*|promis\w*)\b.{0,40}\b(?:job|work|money|modeling|gig|place "
        r"to stay|a ride|cash|a phone)\b.{0,50}\b(?:if i (?:leave|come with|go with|move|run away|"
        r"meet|"
        r"travel|get in)|without (?:telling|asking) (?:my )?(?:parents|mom|dad|family|anyone))\b",
        r"\b(?:meet|leave with|go with|come with|pick me up|travel with|run away with)\b (?:him|"
        r"her|"
        r"them|this (?:man|guy|lady)|an? (?:older )?(?:man|guy))\b.{0,40}\bwithout (?:telling|"
        r"asking) (?:my )?(?:parents|mom|dad|family|anyone)\b",
        r"\b(?:my|a) " + _KIN3 + r"\b.{0,40}\b(?:talk\w* about|keeps saying|posting about|posts "
        r"about|joking about|jokes about) (?:dying(?! (?:her|his|their|my) hair)|death|"
        r"killing (?:herself|himself|themselves)|not "
        r"being here|wanting to die|ending it|suicide|being dead)\b",
        # Round 3, and weapons the model alone had caught: a knife to the throat, a gun
        # waved around, a knife on campus, an ex coming over with a gun.
        r"\b(?:knife|gun|blade) to my (?:throat|neck|head|face)\b|\bwaving (?:a|his|her|the) "
        r"(?:gun|knife|pistol)\b|\b(?:walking around|at|in) (?:campus|school|the hall\w*)\b.{0,20}"
        r"\bwith a (?:knife|gun)\b|\bcoming (?:over|here|to my house) with a (?:gun|knife)\b",
        r"\b(?:having|had|has) a seizure\b.{0,30}\b(?:wont|cant|not) stop\b",
        # Round 3: emergencies told plainly: a fire with a stuck door, a gas smell, a crash
        # with someone not moving, a drunk driver, a rifle pointed at people, a stalker at
        # the window, a man from an app who waits, a tornado with no shelter; and labour
        # trafficking (the boss keeps the id, will not pay, will not let me leave).
        r"\b(?:on fire|burning|in flames)\b.{0,40}\b(?:cant|cannot|wont) (?:get|open|get out)\b",
        r"\bsmell\w* (?:like )?(?:gas|smoke)\b(?! (?:station|prices|money|mileage))(?!.{0,60}"
        r"\b(?:burn\w*|burnt|popcorn|toast|cooking|grill\w*|bbq|candle|fireplace|bonfire|gas "
        r"station|fill up|pump)\b)",
        r"\b(?:carbon monoxide|co) (?:alarm|detector)\b.{0,40}\b(?:going off|beeping|dizzy|"
        r"headache|passed out|sick)\b",
        r"\b(?:driver|he|she|my (?:mom|dad|uncle|brother|sister|ride))\b.{0,30}\b(?:smells? "
        r"like (?:beer|alcohol|liquor|weed)|is drunk)\b.{0,40}\b(?:driv\w*|drift\w*|swerv\w*|lane|"
        r"road)\b",
        r"\b(?:crashed|wrecked|crash|wreck|accident|flipped|rolled|fell off|fell from|got hit|"
        r"hit by)\b.{0,50}\b(?:isnt|is not|not|wont|cant) (?:moving|breathing|waking up|wake up|"
        r"move)\b",
        r"\b(?:drunk|high|wasted)\b.{0,40}\b(?:driv\w*|swerv\w*|behind the wheel)\b|"
        r"\b(?:driv\w*|swerv\w*)\b.{0,40}\b(?:drunk|wasted)\b",
        r"\b(?:gun|rifle|pistol|shotgun|weapon)\b.{0,20}\bpointed at\b|\bpoint\w* (?:a|his|her|"
        r"the) (?:gun|rifle|pistol|shotgun)\b",
        r"\bstalker\b.{0,30}\b(?:outside|at|by|in|here|watching)\b",
        r"\b(?:man|guy|dude|person)\b from (?:the|an|a|that) (?:app|game|site|website|snap|"
        r"discord|insta\w*)\b.{0,60}\b(?:outside|waiting|parking lot|wont leave|at my|here)\b",
        r"\b(?:outside|at|by) my (?:window|door)\b.{0,10}\bright now\b",
        r"\btornado\b.{0,40}\b(?:no|dont have a|dont have any|nowhere|no where) (?:shelter|"
        r"basement|safe place|to go)\b",
        r"\b(?:i have|i got|ive got|i grabbed|im bringing|im getting|i brought) (?:a |my (?:dads|"
        r"moms|\w+s) |the |his |my )?(?:gun|pistol|rifle|glock|knife)\b(?! (?:license|permit|"
        r"safety|class|course|emoji|skin|in (?:fortnite|the game))\b)(?!.{0,40}\b(?:at the range|"
        r"hunter safety|hunting|deer (?:stand|season|camp)|gun safety|safety course)\b)",
        # Round 2: emergencies told plainly (a person blue, not breathing, seizing), a weapon
        # at a fight or a school, a threat to everyone, a debt worked off with men.
        r"\b(?:he|she|hes|shes|they|theyre|my (?:friend|brother|sister|mom|dad|baby|cousin|"
        r"boyfriend|girlfriend|grandma|grandpa|bestie|best friend|little \w+)) (?:is |isnt |"
        r"s |are )?(?:turning |turned |going )?(?:blue|not breathing|not responding(?! to\b)|"
        r"unresponsive|wont wake up|not waking up)\b",
        r"\b(?:having|had|has|is having) a seizure\b(?=.{0,40}\b(?:pills|took|taking|drugs|"
        r"drank|overdose|vape|after)\b)|\bseizure after\b",
        r"\b(?:fight|fighting|brawl|jumped)\b.{0,40}\b(?:knife|gun|pistol|weapon|blade|"
        r"machete|bat)\b|\b(?:knife|gun|pistol|weapon)\b.{0,40}\b(?:fight|fighting|brawl)\b",
        r"\b(?:showed|show|brought|bringing|brings|pulled out|flashed) (?:me |us )?(?:a|his|her|"
        r"their|the) (?:gun|pistol|rifle|weapon|knife)\b|\b(?:gun|pistol|rifle|weapon) in "
        r"(?:his|her|their|a) (?:backpack|bag|locker)\b",
        r"\b(?:everyone|everybody|yall|you all|all of you|this school|the whole school) "
        r"(?:will|is going to|gonna|are going to|is gonna) (?:pay|regret it|be sorry|die|see)\b",
        r"\bowe (?:him|her|them)(?: \w+){0,2}\b.{0,40}\b(?:work for (?:him|her|them)|work it off|"
        r"pay (?:it|him|them) back|doing stuff|do stuff|with (?:men|guys|his friends))\b|"
        r"\b(?:doing|do) (?:stuff|things|favors) (?:with|for) (?:older )?"
        r"(?:men|guys|his friends)\b",
        r"\b(?:fire|smoke) (?:in|coming from) (?:my|our|the) (?:house|kitchen|apartment|room|"
        r"building|trailer|hallway)\b",
        # A friend who self-harms, food missing at home, living in a car.
        r"\b(?:my|a) " + _KIN3 + r" (?:is|has been|keeps|started|been|still) cutting\b"
        r"(?! (?:class|classes|school|hair|grass|weight|carbs)\b)",
        r"\bno food (?:at|in) (?:the |my |our )?(?:home|house)\b|\bnothing to eat at home\b",
        r"\b(?:i|we) (?:live|sleep|been living|been sleeping|are living) in (?:my|our|a|the) car\b",
        # Emergencies with no threat in them.
        r"^(?!.*\b(?:lol|lmao|haha\w*|boring|laugh\w*|jk)\b).*\b(?:not|isnt|barely|stopped|"
        r"cant|can not|is not) breath\w*\b",
        r"\b(?:cutting|cut|cuts|slit\w*|slashing) (?:her|his|their) (?:wrists?|arms?|legs?|"
        r"veins?)\b",
        r"\bdrugged\b|\bput something in my drink\b|\bspiked my drink\b",
        r"\b(?:no food|nothing to eat)\b.{0,30}\b(?:no (?:power|electricity|heat|water)|"
        r"for days|left|alone)\b|\b(?:left|leaves?) (?:me|us) (?:home )?alone for days\b",
        r"\bran away\b(?= and| from|.*\b(?:scared|nowhere|alone|help)\b)",
        # Put out of home with nowhere to go; a debt worked off for someone (trafficking).
        r"\b(?:kicked|put|thrown|threw) (?:me )?out\b(?! of (?:class|school|the game|practice|the "
        r"store|the group|the chat|the team))\b.{0,40}\b(?:dont|do not|dunno|no) "
        r"(?:know )?(?:where|place|idea where) (?:to )?(?:go|sleep|stay)\b",
        r"\bowe (?:them|him|her|they|he|she)\b.{0,30}\bwork (?:it|that) off\b",
        r"(?<!almost )(?<!nearly )(?<!kinda )(?<!about to )\bpassed out\b(?! (?:in|during|after) "
        r"(?:class|practice|the heat))|"
        r"\bunconscious\b|\bwont wake up\b",
        r"\b(?:got|been|was|just got|getting|is) (?:stabbed|shot|jumped|beaten up)\b(?! (?:down|"
        r"at|by a camera|a text|a look))",
        r"\b(?:older|grown|a|this|some) (?:man|guy|woman|lady|dude|bf|boyfriend)\b.{0,60}"
        r"\b(?:travel|come|go|move|leave|meet)\w* (?:with (?:him|her)|to (?:another|a different|"
        r"his|her) (?:state|city|place|house))\b",
        r"\bpay for everything\b|\bget me (?:a )?(?:modeling|model) (?:job|gig|contract)\b|"
        r"\bif i (?:come|go|leave|travel) with (?:him|her|them)\b",
        r"\b(?:sleep with|have sex with|do stuff with|hook up with)\b.{0,25}\bfor (?:money|cash|"
        r"rent|drugs)\b|\bmakes? me give (?:him|her|them) (?:the|all|my) money\b|\bsays? (?:im|i "
        r"am) (?:his|hers)\b",
        r"\b(?:sleeping|living|staying) (?:at|in) (?:the|a) (?:park|street|streets|shelter|bus "
        r"station|station|woods|abandoned \w+)\b",
        r"\bbleeding (?:really |so |very )?(?:bad|badly|a lot|everywhere|out|heavily)\b",
        r"\b(?:my|a) " + _KIN3 + r"\b.{0,30}\b(?:overdosed|od|took (?:a bunch of|a lot of|"
        r"all|too many|so many) \w+)\b",
        r"\b(?:kill\w*|hurt\w*|cut\w*|end\w*|shoot\w*|hang\w*|drown\w*|stab\w*) "
        r"(?:herself|himself|themselves|themself)\b|"
        r"\bend (?:his|her|their) (?:own )?life\b",
        r"\b" + _KIN3 + r"\b.{0,40}\b(?:suicid\w*|goodbye)\b",
        r"\b(?:house|home|apartment|room|building|trailer) (?:is )?on fire\b",
        # Someone in the house, outside, after me.
        r"\b(?:broke|breaking|break|broken|trying to (?:get|break)) (?:in|into) (?:our|my|the)"
        r" (?:house|home|room|apartment|car|window|door)\b(?!.{0,40}\b(?:last (?:year|month|summer|"
        r"week)|years ago|when i was|a while ago)\b)|\bsomeone broke in\b",
        r"\b(?:trying to|tried to|about to) break in\b|\bbreak(?:ing)? in right now\b",
        r"\b(?:living|sleeping|staying) in (?:my|a|the|our) (?:car|truck|van|tent)\b|"
        r"\bliving on the streets?\b",
        r"\b(?:put|kicked|threw|thrown|got put) (?:me )?out (?:of )?(?:the|my|our) (?:house|home)"
        r"\b|\bput me out\b",
        r"\btrying to get (?:in|into) (?:my|our|the) (?:room|house|door|car|window|bathroom)\b",
        r"\b(?:someone|somebody|a man|a guy|a stranger|a person|people)\b(?: \w+){0,3} "
        r"(?:outside|in|at) (?:my|our|the) (?:window|house|door|room|home|closet|car)\b"
        r"(?! (?:wash|lot|dealership|shop|plant|factory|rental|parts)\b)"
        r"(?!.*\b(?:delivery|package|mail|pizza)\b)",
        r"\b(?:im|i am|were|we are) hiding\b",
        r"\b(?:someone|somebody|they|he|she|a man|a guy|people|theyre|hes|shes)(?: is| are)? "
        r"after me\b|\bhelp\b.{0,20}\b(?:hes|shes|theyre) coming\b|\b(?:hes|shes|theyre) "
        r"coming\b.{0,20}\bhelp\b",
        r"\bbanging on (?:our|my|the) (?:door|window)s?\b",
        r"^(?=.*\b(?:fight\w*|yell\w*|scream\w*|threat\w*|drunk|angry|mad|scared|chas\w*)\b).*"
        r"\b(?:has|had|got|grabbed|pulled out|holding|pulled) (?:a|his|her|the|my \w+s) (?:knife|"
        r"gun|pistol|weapon|bat)\b",
        r"\b(?:someone|somebody|he|she|they|my \w+)\b.{0,15}\b(?:hurting|hitting|beating|touching|"
        r"abusing) my (?:little |baby |younger )?(?:sister|brother|sibling|mom|mother)\b",
        r"\bknows? where i live\b|\bknows? my (?:name|address|school|schedule)\b",
        r"\bthreat\w*\b.{0,30}\b(?:school|class|bus|campus)\b",
        r"\b(?:car|van|truck)\b.{0,20}\b(?:slowing down|pulled up|pulling up|stopped) (?:next "
        r"to|beside|by) me\b",
        r"\b(?:stranger|man|guy|someone|somebody|person|van|car)\b.{0,25}\b(?:grab\w*|pull\w*|"
        r"tried to (?:grab|take|pull|get)) me\b",
        r"\b(?:following|followed|watching) me\b.{0,20}\b(?:home|wont|cant|for)\b",
        # Weapons and shooters.
        r"\b(?:active )?shooter\b(?! (?:game|games|drill|drills))|\bshots? fired\b|"
        r"\bgunshots?\b",
        r"\bshooting (?:outside|near|at|in) (?:my|our|the)\b(?!.*\b(?:hoops|baskets|ball|pool|"
        r"photos|video|film|range|deer)\b)",
        r"\b(?:gun|guns|knife|knives|weapon|weapons|pistol|firearm)\b.{0,25}\b(?:to|at|in) "
        r"(?:my |our |the )?(?:school|class|the mall|the party)\b(?!.*\b(?:safety|hunter|"
        r"hunting)\b)",
        r"\b(?:shoot|shooting) (?:up )?(?:everyone|everybody|people|the school|our school)\b",
        # Extortion, being held, locked in.
        r"\b(?:post|leak|share|send|expose|release|show)\w* my (?:pics|pictures|nudes|photos|"
        r"videos|private)\b",
        r"\b(?:locked|trapped|stuck) in (?:a|the|his|her|their) (?:car|trunk|room|basement|"
        r"closet|house|shed)\b|\bcant get out\b(?! of (?:bed|this|my|the|it|class))",
        r"\bbeing held\b|\bheld (?:against my will|hostage|captive)\b|\bkidnap\w*\b",
        r"\b" + _WHO + r"\b.{0,20}\b(?:hitting|beating|hurting|choking|stabbing|punching|"
        r"kicking) (?:my (?:mom|mother|dad|sister|brother|little \w+)|her|him)\b",
        # Round 5 (heldout10's classes): an emergency named by one noun (smoke everywhere, a
        # snake bite, water rising in the house, a bone sticking out, someone who took
        # fentanyl, someone breaking in), a drink drugged, a person kept in a house, an
        # offer to get in a car.
        r"\bsmoke (?:is )?(?:everywhere|all over|coming (?:out|from|in|under|through)|filling|"
        r"pouring)\b(?!.{0,30}\b(?:grill|bbq|barbecue|concert|fog|machine|vape|cigar\w*|smoke shop|"
        r"candle|toast|popcorn|stage|show|game|fireworks?|oven|microwave|stove|burn\w*|forgot|"
        r"cook\w*|"
        r"pizza|pizza rolls|bacon)\b)",
        r"\b(?:bit|bitten|stung|attacked) by (?:a |an |some |the |my neighbors |a stray )?"
        r"(?:snake|rattlesnake|rattler|copperhead|cottonmouth|moccasin|water moccasin|coral snake|"
        r"brown recluse|black widow|scorpion|rabid \w+|pit ?bull|stray dog|dog|gator|alligator|"
        r"shark|bear|swarm of \w+)\b(?! (?:last (?:year|summer)|when i was|once|in (?:a|the) "
        r"(?:game|movie|dream))\b)(?!.{0,40}\b(?:when i was|years ago|last (?:year|summer)|"
        r"once)\b)|\b(?:snake|rattlesnake|copperhead|cottonmouth|moccasin|brown "
        r"recluse|black widow|scorpion|gator|alligator) (?:just )?(?:bit|bite|stung|got) (?:me|my "
        r"\w+|him|her)\b",
        r"\bwater (?:is |keeps )?(?:rising|coming in|pouring in|coming up|getting higher|up to)\b"
        r".{0,30}\b(?:house|home|room|trailer|car|inside|floor|upstairs|knees|waist|door)\b|"
        r"\b(?:house|"
        r"home|trailer|car|room|basement) is (?:flooding|filling (?:up )?with water|under water|"
        r"underwater)\b",
        r"\bbone (?:is )?(?:sticking|poking|coming) (?:out|through)\b|\bcompound fracture\b(?! "
        r"(?:in|"
        r"on) (?:the|a) (?:movie|show|game)\b)",
        _NOT_A_QUESTION
        + r".*\b(?:took|taking|take|did|smoked|snorted|popped|swallowed|tried|on|od\w* on|laced "
        r"with) (?:some |a |a bunch of |too much |pressed )?(?:fentanyl|fent|heroin|carfentanil|"
        r"xylazine|tranq|meth|pressed pills)\b",
        r"\b(?:someone|somebody|a man|a guy|some guy|a stranger|people|men|two guys|a dude|"
        r"they)\b (?:is |are )?(?:trying to |tryna )?(?:break\w*|kick\w*|forc\w*|get\w*) (?:in|"
        r"into|"
        r"down) (?:my|our|the) (?:house|home|door|window|room|apartment|trailer|front door|back "
        r"door|bedroom)\b",
        r"\b(?:drugged|spiked) (?:my|me|her|his|our)\b|\b(?:put|slipped|dropped) (?:something|"
        r"a pill|pills|stuff) in (?:my|her|his|our) (?:drink|soda|cup|water|juice)\b",
        r"\b(?:being|is being|are being|been) kept (?:in|inside|locked in) (?:a|the|that|his|her|"
        r"their) (?:house|room|basement|trailer|shed|garage|apartment)\b|\b(?:waved|waving|"
        r"signaled|signaling|mouthed|begging|yelling|screaming|knocking|banging) (?:at me |to me |"
        r"on "
        r"(?:the|a|my|our|his|her) (?:window|door|wall|trunk) )?for help\b",
        r"\b(?:offered|offering|offers|promised|said hed give|would give|will pay|wants to pay|"
        r"paid|"
        r"pays) me (?:\d+|money|cash|candy|a ride|weed|a vape|vapes|drugs|gift cards?|robux|"
        r"v ?bucks|dollars)\b.{0,25}\b(?:to|if i) (?:get in|come with|go with|ride with|meet "
        r"(?:him|"
        r"her|them)|come over|go to his|go to her)\b",
        # Round 6 (heldout11's classes): a fire in a room of the house, an asthma attack or
        # an allergic reaction without the medicine, a threat to shoot up an event, someone
        # stuck after a wreck, chest pains with a sign, being chased.
        r"\b(?:our|my|the) (?:kitchen|house|home|apartment|room|garage|trailer|car|bedroom|"
        r"building|stove|oven|hallway|roof|living room|bathroom) (?:is|just caught|caught|is now) "
        r"(?:on fire|burning|in flames|catching fire)\b(?!.{0,20}\b(?:lol|lmao|jk|emoji|tonight "
        r"with|with (?:the|this))\b)",
        r"\b(?:asthma attack|allergic reaction|anaphyla\w*|cant breathe)\b.{0,40}\b(?:dont|do not|"
        r"doesnt|cant find|no|lost|forgot|left)(?: have)?(?: her| his| my| an| the| any)? "
        r"(?:inhaler|epipen|epi pen)\b",
        r"\b(?:going to|will|plans? to|planning to|threaten\w* to|said (?:he|they|she) would) "
        r"shoot up (?:the|our|a|this) (?:\w+ )?(?:school|game|dance|prom|party|mall|church|"
        r"concert|pep rally|assembly|bus|cafeteria|stadium|homecoming|graduation)\b",
        r"\b(?:car )?(?:wreck|crash|accident)\b.{0,40}\b(?:is |s |are )?(?:stuck|trapped|pinned)\b"
        r"(?! (?:in traffic|on|at)\b)",
        r"\b(?:having|has) (?:chest pains?|a heart attack|a stroke)\b(?=.{0,40}\b(?:cant|can not|"
        r"slurring|falling|passed|face|not breathing)\b)",
        r"\b(?:someone|somebody|a (?:man|guy|car|van)|some (?:guy|man|dude)) (?:is|keeps|has been|"
        r"s) (?:chasing|running after) me\b",
        # Round 7 (heldout12's classes): smoke filling a room, a wreck with people hurt, a fire
        # with someone still inside.
        r"\b(?:house|kitchen|room|apartment|trailer|hallway|building|car|basement)\b (?:is |s )?"
        r"(?:filling|filled|full) (?:up )?with smoke\b",
        r"\b(?:wreck|crash|accident)\b.{0,40}\b(?:people|someone|somebody|hes|shes|theyre|a (?:man|"
        r"woman|kid|lady|guy))\b(?: \w+)? (?:are |is )?(?:hurt|bleeding) (?:bad|badly|really bad|a "
        r"lot)\b",
        r"\b(?:on fire|burning|catching fire|caught fire)\b.{0,40}\b(?:is|s|are|re) (?:still )?"
        r"(?:inside|in there|stuck inside)\b|\b(?:on fire|burning)\b.{0,40}\b(?:still inside|went "
        r"(?:back )?in)\b",
        r"\b(?:lips|face) (?:are |is )?(?:turning|going|gone) (?:blue|purple|gray)\b",
        # Round 8 (heldout13's classes): a gun brought to a game or a dance (a relative's, by
        # its nickname), being followed, a man from online waiting; a fire (a bonfire too)
        # that spread to a building.
        r"\b(?:fire|flames|bon ?fire|camp ?fire|brush fire|grass fire)\b (?:just |has |had )?"
        r"(?:spread|spreading|jumped|got|is getting) (?:to|into|onto) (?:the |our |my |a |his |her "
        r")?(?:\w+ )?(?:barn|house|home|garage|trailer|shed|building|apartment|kitchen|roof|"
        r"porch|car|truck|neighbors|woods)\b(?!.{0,40}\b(?:in (?:the )?(?:game|movie|show|"
        r"book|minecraft)|last (?:year|week|summer)|years ago)\b)",
        r"\b(?:bring|bringing|brought|bringin|brings|carry|carrying|sneak\w*|take|taking) (?:a |an "
        r"|his |her |their |my |the )?(?:\w+s )?(?:gun|guns|knife|weapon|pistol|bomb|rifle|ar|"
        r"ar 15|ak|ak 47|glock|shotgun|revolver|machete|strap|handgun|firearm|9mm)\b(?: \w+)?"
        r" to (?:the |a |our |this |that |his |her |their )?(?:\w+ )?(?:game|school|dance|party|"
        r"practice|prom|homecoming|class|bus|mall|church|graduation|pep rally|fight|parade|"
        r"concert|field trip)\b(?!.{0,40}\b(?:hunt\w*|deer|range|safety course|gun show|shop|"
        r"store|pawn|in (?:the )?game)\b)",
        r"\b(?:im|i am|being|been|got|were|we are|we were|getting|keep getting) (?:being )?"
        r"followed\b(?! (?:on|back|by (?:a lot of|so many|\d+|lots of|more|tons of) (?:people|"
        r"followers|accounts))\b)(?!.{0,40}\b(?:tiktok|instagram|insta|ig|twitter|snap\w*|"
        r"youtube|twitch|followers|account|lol|lmao)\b)",
        r"\b(?:man|guy|dude|person|lady|woman|someone|somebody)\b (?:from online|from the "
        r"internet|i met online|i met on \w+|(?:i was|ive been) talking to online|off the internet|"
        r"from (?:the |an |a |that )?(?:app|game|site|discord|snap\w*|insta\w*|roblox|fortnite))\b"
        r".{0,60}\b(?:outside|waiting|parking lot|wont leave|at my|here|showed up|came to|knows "
        r"where)\b",
    ],
    "abuse": [
        # Round 4 (heldout9's classes), told plainly: an adult's secret texts, an invitation
        # to come alone, "mature for your age" from an older stranger, pay kept or unpaid
        # under a threat of immigration, kept out of school to work or babysit, food withheld
        # until chores are done, "i get beat if", something that happened with an adult and
        # nobody to tell, rent paid "other ways", fed last or not at all.
        r"\b(?:keep|keeping|kept) (?:our|the|his|her|their|these|those|all (?:of )?(?:our|the|his|"
        r"her)?|this|us|what we (?:do|did|talk about|talked about|text about)|it between us)"
        r" ?(?:texts?|messages|chats?|dms|snaps|conversations?|relationship|friendship|calls|"
        r"hangouts|talks|pictures|pics|photos|meetings)? ?(?:a )?secret\b(?!.{0,30}\b(?:surprise|"
        r"party|gift|present|birthday|christmas|proposal|shower)\b)(?<!keep this a secret)"
        r"(?<!keep it a secret)(?<!keep the secret)",
        r"\b" + _ADULT + r"\b.{0,60}\b(?:come|coming|go|going|be|meet|meeting|stay|staying|"
        r"visit\w*|"
        r"sleep\w*|ride|hang out)\b (?:over )?(?:to |at |by |in )?(?:his|her|their|the) (?:house|"
        r"place|apartment|home|hotel(?: room)?|room|car|truck|office|cabin|basement)\b.{0,30}"
        r"\b(?:alone|by myself|without (?:my|anyone|telling))\b|\b" + _ADULT + r"\b.{0,60}"
        r"\b(?:wants|asked|asks|told|tells|keeps asking|invited|invites)\b me (?:to )?(?:come|go|"
        r"be|"
        r"meet|stay|hang out|visit)\w*(?: \w+){0,4}? (?:alone|by myself|without (?:my parents|"
        r"telling))\b",
        r"^(?=.*\b(?:dm\w*|messag\w*|text\w*|snap\w*|online|chat\w*|older|grown|adult|man|guy|"
        r"dude|stranger|\d+ ?(?:yr|year|yo|y o))\b).*\bmature for (?:my|your|ur|her|his) age\b",
        r"\b(?:a|an|this|some|that|the) (?:[2-9]\d|thirty|forty|fifty) ?(?:yr|year|years|y o|yo)s?"
        r"(?: old)?(?: \w+)?\b.{0,50}\b(?:dm\w*|messag\w*|text\w*|snap\w*|wants? (?:to )?(?:meet|"
        r"hang|date|pick me up|see me)|dating|asked me out|asks? me (?:out|to)|sends? me|buys? me|"
        r"gifts|says? (?:im|i am|i look|i seem)|calls me (?:baby|babe|beautiful|sexy|his))\b|"
        r"\b(?:im|i am|i been|ive been) (?:dating|seeing|talking to|with) (?:a|an|this) (?:[2-9]\d|"
        r"thirty|forty) ?(?:yr|year|years|y o|yo)",
        r"\bpay\b(?: \w+){0,3}? (?:in |with )?other ways\b|\bother ways (?:to|of) pay(?:ing)?\b|"
        r"\bpay (?:with|in) (?:my body|favors|sex)\b",
        r"\bi (?:get|got|will get|always get|would get|used to get) (?:beat|beaten|whooped|whipped|"
        r"hit|slapped|punched|smacked)\b(?! (?:by (?:a|the|my (?:little|friend|team))|at|in (?:a|"
        r"the|"
        r"chess|2k|fortnite|basketball|every))\b)(?=.{0,5}\b(?:if|when|whenever|every time|for)\b)",
        r"\bsomething (?:\w+ )?happened\b.{0,15}\b(?:with|between me and|involving|at|to me "
        r"(?:with|at)) (?:my |a |the |this )?(?:coach|teacher|uncle|aunt|step ?dad|step ?mom|"
        r"step ?brother|pastor|priest|youth pastor|neighbor|boss|manager|\w+ boyfriend|cousin|"
        r"trainer|tutor|counselor|babysitter|grandpa|family friend|older \w+|man|guy|adult|"
        r"principal|bus driver|doctor|his house|her house)\b(?=.{0,60}\b(?:dont know (?:who|how|"
        r"what|if)|cant tell|scared|afraid|uncomfortable|weird|wrong|not okay|not ok|nobody|"
        r"no one|tell anyone|tell someone|keep thinking|ashamed|dirty|hurt|dont want to talk)\b)|"
        r"\b(?:dont|do not) know who (?:to|i can|i should) tell\b(?=.*\b(?:touch\w*|did (?:stuff|"
        r"things|something)|happened|coach|teacher|uncle|step ?dad|pastor|neighbor|boss|his|"
        r"her)\b)",
        r"\b(?:keeps|takes|took|kept|holds|keeping|taking|holding) (?:all|every cent|every dollar)"
        r" (?:of )?my (?:pay|paycheck|paychecks|wages|money|checks|earnings|tips|"
        r"salary)\b(?!.{0,30}"
        r"\b(?:save|saving|savings|account|bank|for me|for college|safe|until|till|jar)\b)|"
        r"\b(?:keeps|takes|took|"
        r"kept) my (?:pay|paycheck|paychecks|wages|checks|earnings)\b(?=.{0,60}\b(?:hours|hrs|"
        r"fields|threat\w*|wont let|ice|deport\w*|papers)\b)",
        r"\b(?:call\w*|report\w*|send\w*|turn\w*)\b(?: \w+){0,2}? (?:ice|immigration|la migra|the "
        r"migra) (?:on|to)\b|\b(?:threat\w*|going to|will|hell|shell|hed|"
        r"shed) (?:to )?(?:get (?:me|"
        r"us|my \w+) deported|deport (?:me|us|my \w+)|report (?:me|us|my \w+) to (?:ice|"
        r"immigration))\b|\b(?:get|have) (?:me|us|my (?:parents|mom|dad|family)) deported\b",
        r"^(?=.*\b(?:to work|have to work|has me work|working (?:at|in|for)|work (?:at|in|for|the)|"
        r"job|shop|fields|farm|restaurant|babysit\w*|watch (?:my|the) (?:little|baby|siblings|"
        r"brothers|sisters)|take care of|instead|weeks|months)\b).*\b(?:wont|doesnt|dont|will not|"
        r"do not|never|wouldnt) (?:let|allow) me (?:to )?(?:go to|attend|go back to|be in) "
        r"(?:school|class)\b|\b(?:have to|had to|has me|makes? me|made me|gotta)\b.{0,20}\b(?:work|"
        r"babysit\w*|watch|take care of|help at)\b.{0,40}\binstead of (?:going to )?(?:school|"
        r"class)\b|\b(?:make|makes|made|making|keep|keeps|kept|pull\w*) me (?:skip|miss|stay "
        r"home from|stay out of|out of|home from|from) (?:school|class)\b(?=.{0,60}\b(?:work|"
        r"babysit\w*|watch|take care|weeks|months|\d+ (?:days|weeks)|all the time|every day|to "
        r"help)\b)|\b(?:havent|have not|hasnt) (?:been|gone|went) (?:to|in) (?:school|"
        r"class)\b.{0,20}"
        r"\b(?:in|for) (?:\d+|two|three|four|five|six|a few|several|many) (?:weeks|months)\b"
        r"(?=.*\b(?:make|makes|made|have to|had to|work|babysit\w*|watch|take care)\b)",
        r"\b(?:not allowed|arent allowed|wont let me|dont let me|doesnt let me|never let me|cant) "
        r"(?:to )?eat\b(?=.{0,80}\b(?:havent eaten|have not eaten|hasnt eaten|since yesterday|"
        r"since "
        r"last night|all day|for days|\d+ days|two days|punish\w*|as a punishment)\b)",
        r"\b" + _ADULT + r"\b.{0,60}\bif i (?:dont|do not|wont|refuse to) (?:come|go|meet|visit|"
        r"stay|sleep over|get in)\w*(?: \w+){0,3}? (?:his|her|their) (?:house|place|apartment|car|"
        r"room|hotel|truck)\b",
        r"\b(?:only|just) (?:feed|feeds|fed|give food to)\b.{0,30}\b(?:not me|but not me|but me)\b|"
        r"\b(?:feed|feeds|fed|gives? food to|cooks? for)\b (?:\w+ ){1,4}?(?:but (?:not )?|except |"
        r"and not |not )me\b",
        # Round 3: a parent who beats the other and "started on me", a door locked from the
        # outside, blackmail with pictures, being locked out all night.
        r"\b(?:beats|hits|beat|hit) my (?:mom|mother|dad|father)\b(?! (?:at|in)\b).{0,40}"
        r"\b(?:me too|on me|started on me)\b",
        r"\b(?:me|my (?:room|door)|the door)\b.{0,25}\blocked from the outside\b|"
        r"\bblackmail\w*\b(?=.{0,60}\b(?:pics|pictures|photos|nudes|videos|money)\b)|"
        r"\blocked me out of the house\b",
        # Round 3: labour trafficking (the boss keeps the id, will not pay or let me leave).
        r"\b(?:patron|jefe|patrona|jefa|dueno)\b.{0,40}\b(?:tiene|guarda|se quedo con|quito) "
        r"(?:mis|nuestros) (?:documentos|papeles|pasaporte)\b",
        r"\b(?:boss|manager|jefe|owner)\b.{0,80}\b(?:keeps|took|has|kept|holds|se quedo con) "
        r"(?:my|mis) (?:id|passport|papers|papeles|documents|documentos|license)\b|"
        r"\b(?:keeps|took|kept|holds) my (?:id|passport|papers|documents)\b.{0,60}\b(?:wont|"
        r"doesnt|not) (?:pay|let me)\b",
        # Round 2: neglect (no food, left alone for days), food kept from a child, a head
        # slammed, an adult's touch or secret messages, asking whether it is abuse.
        r"\b(?:no|dont have|dont have any|didnt have|havent had|nothing|without|out of) "
        r"(?:food|anything to eat)\b.{0,60}\b(?:for days|days at a time|\w+ days|a week|gone|"
        r"left|alone)\b|\b(?:for days|gone for days|days at a time|alone)\b.{0,60}\b(?:no|"
        r"dont have|without) (?:food|anything to eat)\b",
        r"\b(?:leave|leaves|left|leaving) (?:me|us)\b.{0,40}\balone for (?:days|weeks|a week|"
        r"\w+ days)\b|\b(?:gone|away) for days at a time\b",
        r"\b(?:doesnt|dont|wont|never|didnt|does not|will not) let (?:me|us) eat\b"
        r"(?! (?:candy|sweets|junk|fast food|sugar|chips|in (?:my|the) (?:room|car)|before|"
        r"after|until|at)\b)",
        r"\bis (?:it|this|that) (?:abuse|abusive|neglect|child abuse) (?:if|when|that)\b",
        r"\b(?:he|she|they|my \w+(?: \w+)?) (?:\w+ )?(?:slammed|smashed|banged|shoved|threw) "
        r"my (?:head|face)\b|\b(?:he|she|they) (?:pulled|yanked|dragged me by) my hair\b",
        r"\b" + _ADULT + r"\b.{0,40}\b(?:touches|touched|rubs|rubbed|grabs|grabbed|strokes) my "
        r"(?:leg|legs|thigh|thighs|knee|waist|butt|chest|private\w*)\b",
        r"\b" + _ADULT + r"\b.{0,60}\b(?:told|tells|asked|asks) me to (?:delete|erase|hide) "
        r"(?:them|the (?:messages|texts|chats|pictures|pics)|our (?:messages|texts|chats))\b",
        r"\b(?:messages|texts|pictures|pics|snaps) that make me (?:uncomfortable|feel weird|"
        r"scared)\b",
        r"\b(?:black eye|black eyes|bruises?|welts?|marks|busted lip|scars?|burns?) (?:from|"
        r"because of|that) (?:my |her |his )?" + _WHO + r"\b",
        r"\b(?:whoop\w*|beat\w*|hit\w*|whip\w*|spank\w*)\b.{0,25}\b(?:belt|extension cord|"
        r"cord|wire|hanger|switch|stick|bat|shoe)\b",
        r"\b(?:welts|bruises|marks|bruised|scars)\b.{0,40}\b(?:from|my (?:dad|mom|step)|he|"
        r"she|left|leaves|hide)\b",
        r"\b(?:whoop\w*|beat\w*|hit\w*|beaten)\b.{0,20}\b(?:til|till|until) i (?:bleed|bled|"
        r"pass out|cant)\b",
        r"\b(?:comes?|sneaks?|gets?|climbs?) (?:in|into) (?:my|the) (?:room|bed|bathroom|"
        r"shower)\b(?! to (?:wake|get|tell|ask|say))",
        r"\blocks? (?:the )?(?:fridge|food|refrigerator|pantry)\b",
        r"\b(?:get|got|getting|been) (?:hit|beat|beaten|whooped|slapped|punched)\b.{0,20}\b(?:at "
        r"home|every day|everyday|so bad|so hard|until)\b",
        r"\bhide (?:my|the) (?:bruises|marks|welts|cuts|scars)\b",
        r"\b" + _WHO + r"\b.{0,15}\bbroke my (?:arm|wrist|nose|rib|ribs|leg|finger|jaw)\b|\btold "
        r"(?:the er|the doctor|the nurse|them|everyone|the school) i fell\b",
        r"\bwatch\w* me (?:in the shower|shower|change|undress|while i (?:shower|change|sleep))\b",
        r"\b(?:pics|pictures|photos)\b.{0,30}\b(?:asking for mine|wants mine|send (?:some|mine|him|"
        r"her) back)\b",
        r"\b(?:get|got|gets|getting|climb\w*|crawl\w*) (?:in|into) (?:bed|the bed|"
        r"my bed) with me\b",
        r"\bour (?:little )?secret\b|\b(?:says|said|tells me|told me) (?:i )?(?:cant|can not|"
        r"not to|shouldnt|better not) tell\b|\bnobody would believe me\b",
        r"\b(?:makes?|made|forces?|forced|forcing|pressur\w*) me (?:to )?(?:do (?:things|stuff|"
        r"sexual)|have sex)\b|\bchoke ?hold\b|\b(?:keep|keeping) (?:a )?secrets? (?:with|"
        r"for) (?:him|her|them)\b|"
        r"\bsexual (?:stuff|things) (?:to|with) me\b|\bdid (?:stuff|things|sexual stuff) to me\b",
        r"\b" + _ADULT + r"\b.{0,20}\b(?:kiss\w*|touch\w*|grop\w*|feel\w* on) me\b",
        r"\blocks? me (?:in|out|outside)\b|\block me in\b",
        r"\bputs? (?:his|her|their) hands on me\b|\bput hands on me\b",
        r"\bsends? me (?:inappropriate|nasty|sexual|dirty|naked|nude) (?:messages|texts|pics|"
        r"pictures|photos|stuff|things|videos)\b|\bwants me to send (?:some|pics|pictures|"
        r"photos|nudes)\b",
        r"\b(?:dont want|scared|afraid|terrified|dont wanna) (?:to )?go home\b.{0,40}"
        r"\b(?:because|what happens|he|she|my)\b",
        r"\bsleep outside\b|\bas (?:a )?punishment\b.{0,30}\b(?:hit|beat|lock|starv|burn)\w*",
        r"\bforc\w* (?:himself|herself|themselves) on me\b",
        r"\b" + _ADULT + r"\b.{0,25}\b(?:does|did|doing|do|tries|tried) (?:sexual |bad |weird |"
        r"nasty )?(?:stuff|things) (?:to|with) me\b|\b" + _ADULT + r"\b.{0,20}\b(?:does|did|"
        r"doing) (?:weird|bad|nasty|sexual) (?:stuff|things)\b",
        r"\b" + _WHO + r"\b.{0,20}\bthr(?:ew|ows|ow|owing)\b.{0,25}\bat (?:me|my (?:head|face|"
        r"body))\b",
        r"\bmakes? me sleep (?:outside|in the (?:garage|car|yard|shed|barn|porch))\b",
        r"\b" + _WHO + r"\b.{0,60}\b(?:and|then|also) (?:hits|beats|slaps|punches|kicks|chokes|"
        r"burns|whoops|touches) me\b",
        r"\b(?:his|her) (?:friend|friends|boyfriend) (?:touch\w*|grab\w*|hit\w*) me\b",
        # Food withheld, and threats that keep a home secret.
        r"\b(?:wont|dont|doesnt|do not|will not) (?:let|allow) me (?:to )?eat(?:$| anything| for "
        r"days| as| all day| unless| until| at home)|\bstarv\w* me\b",
        r"\bif i (?:ever )?(?:tell|told) (?:anyone|anybody|someone|a teacher|the school)\b"
        r"(?=.*\b(?:home|house|happens|hurt|hit|kill|send me|take me|sent back|beat|whoop)\b)",
        # Round 5 (heldout10's classes): grooming and trafficking told as an offer or a secret
        # (kept secrets about what he does, sex for money, an adult's nasty texts to a minor,
        # papers kept and work for the rent, a place to stay "if i work" with a tell-tale
        # place, private "massages"), neglect told plainly (no food for days, the money spent
        # on drugs), afraid of a parent.
        r"\bwhat (?:he|she|they|my \w+(?: \w+)?) (?:does|did|do|keeps doing|is doing|has been "
        r"doing) "
        r"to me\b(?=.{0,60}\b(?:secret|secrets|tell|night|room|touch\w*|hurt\w*|scared)\b)|"
        r"\b(?:secret|secrets) about what (?:he|she|they|my \w+) (?:does|did|do)\b|\b(?:makes?|"
        r"made|"
        r"forces?|forced|tells?|told) me (?:to )?keep (?:secrets|(?:it|this|that|everything|what "
        r"happens|what he does|what she does|us) (?:a )?secret)\b(?!.{0,40}\b(?:surprise|party|"
        r"gift|present|birthday)\b)",
        r"\b(?:making|made|make|makes|forcing|forced|force|forces|pressuring|pressured|wants|"
        r"wanted) me (?:to )?(?:have sex|do sexual|sleep with (?:him|her|them|men|guys)|do "
        r"(?:things|stuff) with (?:him|her|them|men|guys))\b|\bsex for (?:money|rent|food|drugs|a "
        r"place|a ride|a phone)\b",
        r"^(?=.*\b(?:" + _ADULT + r"|im (?:only )?1[0-7]|i am 1[0-7]|im a minor|older|grown|years "
        r"older)\b).*\b(?:texting|texts|texted|sending|sends|sent|snapping|snaps|dming|dms|"
        r"messaging|"
        r"messages|showing|shows|showed) me (?:nasty|dirty|sexual|sexy|inappropriate|explicit|"
        r"creepy|"
        r"naked|nude|gross|weird) (?:stuff|things|pics|pictures|messages|texts|photos|videos|"
        r"jokes)\b",
        r"\b(?:took|takes|keeps|kept|has|have|hid|hides|holds|holding|wont give (?:me )?(?:back )?)"
        r"(?: all)? my (?:birth certificate|passport|social security card|social security|id|ids|"
        r"papers|documents|green card|visa)\b(?=.{0,60}\b(?:work|pay|rent|debt|owe|leave|cant go|"
        r"wont let)\b)",
        r"\b(?:give|gives|offered|offers|promised|let) me (?:a place to stay|a room|somewhere to "
        r"(?:stay|live)|free rent|a job|money|clothes|a phone)\b.{0,40}\bif "
        r"i\b(?=.*\b(?:massage\w*|"
        r"club|clients|men|guys|dance for|model\w*|pictures|photos|dont tell|secret|older)\b)|"
        r"\bwork at (?:her|his|their) (?:massage|spa|club)\b",
        r"^(?=.*\b(?:him|her|alone|coach|trainer|man|guy|adult|teacher|boss|uncle|pastor)\b).*\b"
        r"(?:private|secret) (?:massages?|photo ?shoots?)\b",
        r"\b(?:never|dont|do not|rarely|barely|dont ever|hardly ever|cant) (?:have|get) (?:any )?"
        r"(?:food|anything to eat|enough (?:food|to eat)|groceries)\b(?! (?:i|we) (?:like|want)\b)|"
        r"\bspends? (?:it all|all (?:of )?(?:it|the money|our money|her money|his money|her check|"
        r"his check)|everything|the (?:rent|food) money) on (?:drugs|meth|pills|crack|alcohol|"
        r"beer|liquor|gambling)\b",
        r"\bhavent (?:eaten|ate|had (?:any )?food|had anything to eat) (?:since|in|for) (?:(?:like|"
        r"almost|over) )?(?:(?:two|three|four|five|2|3|4|5|a few|several) days|days|(?:monday|"
        r"tuesday|wednesday|thursday|friday|saturday|sunday)(?! (?:lunch|dinner|breakfast|"
        r"morning|night))|yesterday morning)\b|\b(?:parents|mom|dad|mother|father|step dad|step "
        r"mom|grandma|aunt|uncle) (?:wont|dont|doesnt|refuse to|never) (?:buy|get|give|feed)\b"
        r"(?: me| us)? (?:any )?(?:food|groceries|anything to eat)\b(?! (?:from|at|like|i want|"
        r"that)\b)",
        r"\b(?:afraid|scared|terrified|frightened) of my (?:dad|father|step dad|mom|mother|step "
        r"mom|"
        r"parents|uncle|boyfriend|brother|grandpa|moms boyfriend|foster \w+|coach|guardian)\b(?! "
        r"(?:finding out|seeing|knowing|reaction|getting mad|being mad|yelling at me (?:about|for)|"
        r"dog|car|driving|snoring|cooking|jokes|taste|when he (?:sees|finds out)|when she (?:sees|"
        r"finds out)|if (?:he|she|they) (?:sees?|finds? out)|will (?:see|find out))\b)",
        # Round 6 (heldout11's classes): labour trafficking by a smuggler's debt, a minor's
        # forced unpaid work.
        r"\b(?:pay (?:back |off )?(?:the|a|my|his|her) (?:smuggler|coyote|trafficker)|owe (?:th"
        r"e|a) "
        r"(?:smuggler|coyote|trafficker))\b.{0,40}\b(?:working|work|cant leave|wont let me|not "
        r"allowed)\b|\b(?:smuggler|coyote|trafficker)\b.{0,60}\b(?:cant leave|wont let me (?:leave|"
        r"go)|have to work|make me work|keeps? my)\b",
        r"\b(?:make|makes|made|force|forces|forced) (?:me|us) (?:to )?work\b.{0,40}\b(?:dont|"
        r"doesnt|never|wont|without|no) (?:pay|paying|pays|paid|money)\b(?=.{0,40}\b(?:im|i am) "
        r"(?:1[0-7]|[0-9])\b|.{0,40}\b(?:instead of school|cant go to school|fields)\b)|\b(?:make|"
        r"makes|made|force|forces|forced) (?:me|us) (?:to )?work in the fields\b",
        # Round 7 (heldout12's classes): beaten with an object, money or pressure for pictures,
        # an adult asking a minor about underwear.
        r"\b(?:(?:whooped|whooping|whipped|whips|whoop|whoops)(?: me)?|(?:beat|beats|beating|hit|"
        r"hits) me) with (?:an? |the |his |her )?(?:"
        r"extension cords?|cords?|belts?|wires?|hangers?|switch|"
        r"broom|bat|chains?)\b",
        r"\b(?:money|cash ?app|venmo|paypal|gift cards?|robux|vbucks|pay me|pay)\b.{0,30}\b(?:for|"
        r"if i send|to send) (?:him |her |them )?(?:pics|pictures|photos|nudes)\b",
        r"\b(?:grown|older|old|adult) (?:man|guy|dude|men|woman)\b.{0,50}\b(?:what (?:color )?my "
        r"(?:underwear|bra|panties)|what im wearing in bed|underwear)\b|\b(?:asking|asks|asked) "
        r"(?:me )?what (?:color )?my (?:underwear|bra|panties)\b|\bwhat im wearing in bed\b",
        r"\bif i (?:dont|do not|wont|stop) send\w* (?:him |her |them )?(?:more |any more )?(?:pics|"
        r"pictures|photos|nudes)\b.{0,40}\b(?:send|post|share|show|leak)\w*\b",
        # Round 8 (heldout13's classes): grooming by a trusted adult (wanting me alone, talk in
        # secret, a phone bought for it, love said in late messages, pictures in a swimsuit),
        # punishments (kneeling on rice, begging for food, a hand burnt on the stove), pay kept
        # for a debt.
        r"\b(?:" + _ADULT + r"|" + _TRUSTED + r"|he|she)\b.{0,60}\b(?:get|getting|gets|have|"
        r"keep) me (?:alone|by myself)\b(?!.{0,30}\b(?:surprise|birthday|party|gift)\b)",
        r"^(?=.*\b(?:or|if|only|unless|have to|has to|makes? me|made me|wants? me|asks? me|asked "
        r"me|keeps? asking|told me|tells me|says i|said i)\b).*\b" + _TRUSTED + r"\b.{0,80}\b(?:"
        r"(?:alone|by myself) with (?:him|her)|with (?:him|her) (?:alone|by myself))\b",
        r"^(?=.*\b" + _TRUSTED + r"\b).*\b(?:talk|text|chat|message|meet|call|see each other|"
        r"hang out)\w*\b.{0,10}\b(?:in secret|secretly|without (?:my )?(?:parents|mom|dad|family|"
        r"anyone|mom and dad) (?:knowing|finding out|seeing))\b",
        r"\b" + _TRUSTED + r"\b.{0,80}\b(?:text|messag|snap|dm|call)\w*\b.{0,40}\b(?:saying|says|"
        r"telling me|tells me|said|told me) (?:that )?(?:he|she) (?:loves|is in love with|has "
        r"feelings for|misses|wants) me\b",
        r"\b(?:asked|asks|asking|wants|wanted|keeps asking|told|tells|begging|pressur\w*)\b.{0,30}"
        r"\b(?:pics?|pictures?|photos?|selfies?|videos?)\b.{0,25}\b(?:in (?:my|a|his|her) "
        r"(?:swimsuit|bathing suit|swim suit|bikini|underwear|bra|panties|towel|lingerie|boxers)|"
        r"of my (?:body|butt|chest|boobs))\b",
        r"\b(?:kneel|kneeling|kneeled|knelt)\b.{0,20}\b(?:on|in) (?:uncooked |dry |hard |raw )?"
        r"(?:rice|beans|salt|corn|gravel|bottle caps|glass)\b",
        r"\b(?:make|makes|made|making) (?:me|us) beg (?:for )?(?:food|dinner|lunch|breakfast|"
        r"something to eat|a meal|meals|water)\b|\bhave to beg (?:my \w+ |them |him |her )?(?:for "
        r")?(?:food|dinner|something to eat|meals?)\b",
        r"\b" + _WHO + r"\b.{0,40}\b(?:burns?|burned|burnt|holds?|held|puts?|presses|pressed|"
        r"pushes|pushed)\b (?:my|me) (?:\w+ ){0,2}?(?:hand|hands|arm|arms|fingers?|skin|leg)\b"
        r".{0,25}\b(?:stove|burner|iron|lighter|cigarette|oven|candle|hot pan|curling iron|fire)\b",
        r"\b(?:boss|manager|owner|supervisor|he|she|they)\b.{0,60}\b(?:keeps|kept|takes|took|"
        r"holds|has|keeping|taking) (?:all )?(?:of )?my (?:pay ?checks?|checks?|pay|wages|tips|"
        r"money|earnings|salary|cash)\b.{0,60}\b(?:owe|debt|pay (?:him|her|them) back|pay (?:it )?"
        r"off|for (?:the|my) (?:room|rent|ride|trip))\b",
    ],
}

SPANISH_SIGNS: dict[str, list[str]] = {
    "self_harm": [
        # Round 4 (heldout9's classes): cutting again, a jump from a roof, things given away
        # because they will not be needed.
        r"\b(?:volvi a|vuelvo a|volvio a|otra vez a|empece a|sigo|dejar de|no puedo dejar de) "
        r"(?:cortarme|lastimarme|quemarme|hacerme dano|cortar mis (?:brazos|piernas|munecas))\b|"
        r"\bme volvi a (?:cortar|lastimar|quemar)\b|\bme (?:corte|cortaba|corto) (?:otra vez|de "
        r"nuevo|los brazos|las piernas|la muneca|las munecas)\b",
        r"^(?:ya )?(?:me )?voy a (?:saltar|brincar|tirarme|aventarme)(?: ya| hoy| ahorita| esta "
        r"noche)?\s*$|\b(?:techo|puente|azotea|edificio|balcon|barranco|acantilado|orilla|"
        r"ventana del \w+ piso)\b.{0,30}\b(?:voy a|quiero|me voy a) (?:saltar|tirarme|aventarme|"
        r"brincar)\b|\b(?:voy a|quiero) (?:saltar|brincar) (?:del|de la|desde el|"
        r"desde la) (?:techo|"
        r"puente|azotea|edificio|balcon)\b",
        r"\b(?:regale|regalo|regalando|le di|les di|done|deje|repartiendo|reparti)\b.{0,50}\bya no "
        r"(?:lo|la|los|las|le|les) (?:voy a|vaya a) necesitar\b",
        # Round 3: no future ("no voy a estar aqui mucho tiempo"), a last letter with thanks,
        # goodbyes already said ("ya me despedi de").
        r"\bno voy a estar aqui (?:mucho tiempo|por mucho|mucho)\b(?! (?:porque|me mudo|nos "
        r"mudamos|vamos|me voy de viaje))",
        r"\b(?:mi|esta es mi) (?:ultima|ultimo) (?:carta|mensaje|nota)\b(?! (?:para (?:la|el) "
        r"(?:clase|escuela|maestr\w*|profe\w*)|de la clase))",
        r"\bno me queda mucho tiempo aqui\b",
        r"\b(?:me canse|ya me canse|estoy cansad[oa]|estoy hart[oa]) de vivir\b",
        r"\bya me despedi de\b(?!.{0,40}\b(?:hasta|manana|regreso|vuelvo|viaje|aeropuerto)\b)",
        r"\bno (?:voy a|vaya a|creo que vaya a) (?:estar|seguir) viv[oa]\b|"
        r"\bya no voy a estar (?:aqui|aca|viv[oa]|con ustedes)\b",
        r"\b(?:tome|me tome|trague|me trague|tomé)(?: como| unas| casi| mas de)? (?:\d+|"
        r"muchas|varias|un monton de|toda la caja de|todo el frasco de|un frasco de) "
        r"(?:pastillas|pildoras|tabletas)\b",
        r"\badios a todos\b.{0,40}\b(?:los quiero|las quiero|los amo|perdon|lo siento|gracias "
        r"por todo)\b|\b(?:los quiero|los amo|perdon por todo)\b.{0,40}\badios\b",
        r"\b(?:acabar|terminar|termino|acabo|terminare|acabare) con (?:mi vida|todo)\b",
        r"\b(?:que|quiero que) todo (?:se )?(?:acabe|termine)\b",
        r"\bcansad[oa] de (?:vivir|la vida|existir|estar viv[oa])\b",
        r"\bsoy una carga\b",
        r"\bme voy a (?:tirar|aventar|lanzar)\b|\b(?:tirarme|aventarme|lanzarme) "
        r"(?:de|del|desde)\b",
        r"\b(?:mi|carta de|esta es mi) despedida\b",
        r"\bme despedi de (?:todos|mi familia|mis amigos)\b(?!.{0,40}\b(?:hasta|manana|regreso|"
        r"vuelvo|viaje|aeropuerto|el lunes|la semana)\b)|\bdespedirme de todos\b",
        r"\bno haber nacido\b|\bnunca (?:hubiera|haber) nacido\b",
        r"\bno despiert\w*\b|\bno despertar\w*\b",
        r"\b(?:tome|tomar|tomarme|trague|me tome) (?:todas las|muchas|un bote de|un monton de|"
        r"varias|todas mis) pastillas\b",
        r"\bvida no tiene sentido\b|\bpara que seguir\b|\bno le (?:veo|encuentro) sentido\b|"
        r"\bmi vida no vale\b",
        r"\bquiero desaparecer\b(?! (?:en (?:mi|la|las|el) (?:cama|cuarto|cobijas|sillon|sofa)|"
        r"un rato|por un rato|(?:todo )?el fin de semana|hasta el lunes|"
        r"de (?:la|esta) (?:clase|escuela|fiesta|reunion))\b)|"
        r"\bquiero irme para siempre\b|\b(?:irme|ir|salir|desaparecer) "
        r"de este mundo\b",
        r"\b(?:siento que|yo) sobro\b|\bsin ganas de (?:seguir|vivir)\b|"
        r"\bno le veo (?:caso|sentido)\b|\bdormir(?:me)? y (?:ya|no despertar)\b",
        r"\bsi yo no (?:estuviera|existiera|viviera)\b|\b(?:me voy a|quiero|voy a) "
        r"(?:colgar|colgarme|ahorcar)\b|\bcolgarme\b",
        r"\bintent(?:e|o|aba|ando) (?:matarme|suicidarme|quitarme la vida|ahorcarme|cortarme)\b",
        r"\b(?:no quiero|ya no quiero|quiero) (?:estar|seguir|vivir|irme|salir)\b.{0,10}"
        r"\beste mundo\b",
        # Round 5 (heldout10's classes): a decision for today, no future after a job question.
        r"\bya (?:lo )?decidi\b.{0,20}\b(?:hoy|esta noche|manana) (?:es|sera) (?:el dia|la "
        r"noche)\b|\b(?:hoy|esta noche) es (?:el dia|la noche)\s*$",
        r"\bno (?:voy a|creo que vaya a|pienso|creo) (?:estar|seguir) (?:aqui|viv[oa]) (?:para|en|"
        r"cuando) (?:entonces|eso|ese tiempo|cuando|el proximo|la proxima|graduarme|mi cumpleanos|"
        r"la graduacion)\b",
        # Round 6 (heldout11's classes): a future denied after a job question, pills kept.
        r"\b(?:no|igual no|ni) (?:voy a|vaya a|creo que (?:vaya a|voy a)) estar aqui para (?:verlo|"
        r"eso|entonces)\b|\bno creo que llegue a (?:graduarme|la graduacion|los 18|terminar la "
        r"escuela)\b(?!.{0,30}\b(?:si sigo|reprob\w*|calificaciones|materias|creditos)\b)",
        r"\b(?:ya )?tengo (?:las|unas|mis|muchas) pastillas (?:guardadas|juntas|escondidas)\b",
        # Round 7 (heldout12's classes).
        r"\bya (?:lo )?decidi\b.{0,5}\b(?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|"
        r"domingo)\s*$",
        r"\b(?:cada vez|cada semana) mas (?:hondo|profundo)\b|\b(?:manga larga|sudadera)\b.{0,40}"
        r"\b(?:por|para tapar|para esconder) (?:las |mis )?(?:marcas|cortadas|cicatrices|brazos)\b",
        r"\b(?:busque|investigue|googlee) cuant[oa]s?\b.{0,40}\b(?:serian suficientes|necesitaria|"
        r"haria falta|para morir)\b",
        r"\bno voy a llegar a los (?:18|dieciocho)\b" + r"(?!.{0,30}\b(?:si sigo|reprob\w*))",
        r"\b(?:para que|pa que) (?:escojo|elijo|escoger|elegir)\b.{0,40}\bya no (?:voy a|vaya a) "
        r"estar\b",
        # Round 8 (heldout13's classes): a goodbye with "gracias por nada", "si desaparezco
        # alguien se daria cuenta", no future next year, a date set with only a day, a relapse
        # with blades, not deserving to eat.
        r"\badios a todos\b.{0,40}\b(?:gracias por nada|ya no (?:me )?(?:van a ver|voy a estar|"
        r"estare)|para siempre|no me busquen|hasta nunca)\b(?!.{0,40}\b(?:porque|me cambio|me "
        r"mudo|nos mudamos|vacaciones|hasta el)\b)|\b(?:adios|me despido)\b.{0,30}\bgracias por "
        r"nada\b|\bgracias por nada\b.{0,30}\badios\b",
        r"\bsi (?:desaparezco|desapareciera|me muero|me muriera|me mato|me matara|ya no estoy|ya "
        r"no estuviera|me voy para siempre|dejo de existir)\b.{0,40}\b(?:alguien|nadie|se darian? "
        r"cuenta|notari\w*|extranari\w*|importari\w*|le importa\w*)\b",
        r"\bno (?:voy a|vaya a|creo que (?:vaya a|voy a)) estar (?:aqui|viv[oa]) (?:(?:para |en )?"
        r"(?:el|la) (?:proximo|proxima|siguiente) (?:ano|semestre|mes|verano)|el ano que viene)\b"
        r"(?!.{0,40}\b(?:porque|me mudo|nos mudamos|vamos|viaje|regreso|me voy a vivir|me cambio)"
        r"\b)",
        r"\bya (?:decidi|escogi|elegi|tengo|puse|fije) (?:la|el) (?:fecha|dia)(?: (?:es|sera|va a "
        r"ser))?(?: el| este)? (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|hoy|manana|"
        r"esta noche)\s*$|^ya (?:decidi|escogi|elegi|tengo) (?:la|el) (?:fecha|dia)\s*$",
        r"\b(?:reca[ie]\w*|volvi a recaer)\b(?=.{0,40}\b(?:cuchilla\w*|navaja\w*|rastrillo|"
        r"cortar\w*|cortad\w*|cortes|corte|lastimar\w*|dano|sangre)\b)",
        r"\bno (?:merezco|me merezco) (?:comer|vivir|existir|estar (?:aqui|viv[oa])|seguir|"
        r"respirar)\b",
        r"\b(?:asegurate|asegurense|diganle|dile|quiero) (?:de )?que (?:mi|mis) \w+(?: \w+)? (?:se "
        r"queden?|tengan?|reciban?|se lleven?) (?:con )?(?:mis|mi|todas mis|todo lo mio|todo)\b"
        r"(?: \w+)? (?:despues|cuando (?:ya no este|me vaya|me muera|no este))\b",
    ],
    "danger": [
        # Round 4 (heldout9's classes): an overdose, heavy bleeding, shot or stabbed, pulled
        # toward a car, gone with a man from the internet, a fire that spreads, a job offered
        # by a stranger if I leave without telling my parents.
        r"\bsobredosis\b(?! de (?:cafe|azucar|tarea|tiktok|netflix|cafeina))",
        r"\b(?:esta|estoy|sigue|siguen|estan) sangrando (?:mucho|bastante|demasiado|sin parar|"
        r"un monton)\b|\bno (?:para|deja) de sangrar\b|\bse esta desangrando\b|\bmucha sangre\b",
        r"\bme (?:dispararon|disparo|balearon|balacearon|apunalaron|acuchillaron|picaron|dieron un "
        r"(?:balazo|tiro|navajazo))\b(?! en (?:el juego|fortnite|paintball|call of duty|free fire|"
        r"la pelicula|minecraft|roblox))|\ble (?:dispararon|disparo|balearon|apunalaron) a\b",
        r"\b(?:intento|intentaron|quiso|quisieron|trato de|trataron de|me quiso|me quisieron) "
        r"(?:meterme|subirme|jalarme|llevarme|agarrarme|secuestrarme|levantarme)\b|\b(?:meterme|"
        r"subirme|jalarme) (?:a|en|al) (?:su|un) (?:carro|coche|camioneta|troca|van)\b",
        r"\bse fue con (?:un|una|el|este|ese) (?:hombre|senor|tipo|man|chavo|vato|desconocid[oa]|"
        r"muchacho mayor)\b|\bque (?:conocio|conoci) en (?:internet|linea|instagram|tiktok|"
        r"snap\w*|facebook|un juego|discord)\b(?=.*\b(?:se fue|no contesta|no ha regresado|"
        r"desaparec\w*|no sabemos)\b)",
        r"\b(?:me )?(?:ofrece|ofrecio|ofrecen|ofrecieron|promete|prometio|prometen)\b.{0,50}"
        r"\b(?:si me voy con|irme con|ir con (?:el|ella|ellos)|me vaya con|sin decirle\w* a)\b",
        r"\b(?:se incendio|se prendio|agarro fuego|se esta incendiando)\b.{0,20}\b(?:la |mi |el |"
        r"nuestra )?(?:cocina|casa|cuarto|edificio|apartamento|traila)\b|\b(?:fuego|incendio)\b"
        r".{0,30}\b(?:se esta (?:extendiendo|expandiendo)|no se apaga|no podemos apagar|por todos "
        r"lados)\b|\b(?:cocina|casa|cuarto|edificio|apartamento|traila)\b.{0,20}\b(?:se incendio|"
        r"se "
        r"prendio|agarro fuego|se esta incendiando|esta ardiendo|se esta quemando)\b",
        r"\b(?:mi|una|un) (?:amig[oa]|herman[oa]|mama|papa|prim[oa]|abuel[oa]|bebe|"
        r"novi[oa])\b.{0,30}"
        r"\b(?:tiene|esta teniendo|le dio) (?:una )?(?:convulsion\w*|ataque)\b|\b(?:labios|cara) "
        r"(?:se (?:estan|esta) poniendo|estan|esta) (?:morad\w*|azul\w*)\b|\b(?:se cayo|cayo) (?:a|"
        r"en) "
        r"(?:la alberca|la piscina|el rio|el lago|el agua)\b",
        r"\b(?:estoy|estamos) encerrad[oa]s?\b.{0,30}\bno me (?:dejan|deja) salir\b",
        r"\b(?:chocamos|choque|nos chocaron|accidente)\b.{0,50}\bno (?:se mueve|despierta|"
        r"respira|reacciona)\b",
        r"\b(?:olor a gas|huele a gas)\b",
        r"\b(?:se esta quemando|se quema|esta en llamas|hay (?:un )?(?:fuego|incendio) en) "
        r"(?:mi |la |nuestra |el )?(?:casa|cuarto|edificio|apartamento|escuela|traila|cocina)\b",
        r"\b(?:pelea|peleando|pleito)\b.{0,40}\b(?:cuchillo|navaja|pistola|arma|fierro)\b|"
        r"\b(?:cuchillo|navaja|pistola|arma)\b.{0,40}\b(?:pelea|peleando|pleito)\b",
        r"\b(?:me quiere|me quieren|me quiso|me esta) obligar\w*\b|\bobligar(?:me)? a (?:ir|irme|"
        r"subir|meterme|entrar) con\b",
        r"\b(?:un hombre|un senor|un tipo|un man|un vato|un chavo|alguien|unos hombres)\b.{0,60}"
        r"\bno me (?:deja|dejan) (?:ir|irme|salir)\b",
        r"\bno me (?:deja|dejan|dejaba|dejaban) (?:salir|irme) (?:de|del) (?:la casa|mi cuarto|"
        r"su casa|su carro|su cuarto|este lugar|aqui|el cuarto|el carro)\b",
        r"\bsiguiendome\b(?! en (?:insta\w*|tiktok|twitter|redes|ig|snapchat|snap|facebook|face|"
        r"whatsapp|discord)\b)|\bme (?:esta|estan|viene|"
        r"vienen) siguiendo\b(?! en (?:insta\w*|tiktok|twitter|redes|ig|snapchat|snap|facebook|"
        r"face|whatsapp|discord)\b)",
        r"\b(?:estan disparando|balacera|tiroteo|disparos|balazos)\b(?! en (?:el juego|fortnite|"
        r"call of duty|la pelicula|la tele)\b)",
        r"\bno (?:tengo|tenemos|hay) (?:nada de )?comida en (?:la |mi )?casa\b",
        r"\b(?:alguien|un hombre|un senor|un tipo) (?:me )?(?:esta|estan) (?:siguiendo|"
        r"afuera|esperando|vigilando)\b(?! en (?:insta\w*|tiktok|twitter|redes|ig|snapchat|snap|"
        r"facebook|face|whatsapp|discord|youtube)\b)|"
        r"\bme (?:esta|estan) siguiendo\b(?! en (?:insta\w*|tiktok|twitter|redes|ig|snapchat|snap|"
        r"facebook|face|whatsapp|discord|youtube)\b)",
        r"\b(?:se|me) (?:corto|corte|cortaron|quiere cortar|quiero cortar) las venas\b|"
        r"\bcortarme las venas\b",
        r"\b(?:hay|esta) (?:alguien|un hombre|un senor|un tipo) (?:afuera|en) (?:de )?(?:mi|"
        r"la) (?:casa|ventana|puerta|cuarto)\b",
        r"\b(?:alguien|un hombre) (?:entro|se metio) (?:a|en) (?:mi|la) casa\b",
        r"\bdisparar\b|\bamenaz\w*\b|\bme (?:siguen|sigue|persigue|persiguen)\b",
        r"\bbomba\b(?=.*\b(?:escuela|casa|poner|va a)\b)|\bponer una bomba\b",
        r"\bme (?:quieren|quiere|van a|va a) (?:golpear|pegar|disparar|apunalar)\b",
        r"\bno respira\b|\bse desmayo\b",
        r"\b(?:se (?:va a|quiere) (?:matar|suicidar))\b",
        r"\birme con (?:el|ella)\b|\bme ofrecio trabajo\b.{0,30}\b(?:irme|ir con|otro estado|otra "
        r"ciudad|otro pueblo|otro pais|otro lado|lejos)\b",
        r"\ble (?:esta|estan) (?:pegando|golpeando) a mi\b",
        # Round 5 (heldout10's classes): water coming in, someone breaking in, a drugged drink.
        r"\b(?:entrando|subiendo|se mete|se esta metiendo) (?:el )?agua\b|\bagua (?:esta )?"
        r"(?:entrando|subiendo)\b|\bse (?:esta )?inund\w* (?:la|mi|nuestra) casa\b|\b(?:agua|humo|"
        r"fuego)\b.{0,40}\bno (?:podemos|puedo|pueden|puede) salir\b",
        r"\b(?:alguien|un hombre|un senor|unos hombres|un tipo|unos tipos)\b (?:esta |estan )?"
        r"(?:tratando|intentando|queriendo) (?:de )?(?:entrar|meterse) (?:a|en) (?:mi|la|nuestra) "
        r"(?:casa|cuarto|apartamento|traila|trailer)\b",
        r"\bme (?:drogaron|drogo|(?:echaron|echo|pusieron|puso|metieron|metio) algo (?:en|a) (?:la|"
        r"mi) "
        r"(?:bebida|soda|vaso|trago|refresco|agua))\b",
        # Round 7 (heldout12's classes).
        r"\bno (?:puede|pueden|podia) respirar\b",
        r"\b(?:tiene|tienen|con) los labios (?:morad\w*|azul\w*)\b",
        r"\b(?:incendi\w*|fuego|quema\w*)\b.{0,40}\b"
        r"(?:sigue|esta|estan|siguen) (?:adentro|dentro)\b",
        # Round 8 (heldout13's classes): a partner's threat if I leave him or tell.
        r"\bme (?:mata|matara|mataria|va a matar|van a matar|quiere matar)\b (?:si|cuando) (?:lo "
        r"|la |le |les )?(?:dejo|deje|termino|digo|cuento|denuncio|hablo|reporto|me voy|salgo con|"
        r"me separo|corto)\b",
    ],
    "abuse": [
        # Round 4 (heldout9's classes): kept out of school to work, food withheld as a
        # punishment, pay kept or a threat of immigration.
        r"\bno me (?:deja|dejan|dejaba|dejaban) (?:ir a|"
        r"volver a) la escuela\b(?=.{0,60}\b(?:trabaj\w*|"
        r"cuidar|campo|semanas|meses|tienda|negocio)\b)|\b(?:tengo|tuve) que (?:trabajar|cuidar)\b"
        r".{0,40}\ben (?:vez|lugar) de (?:ir a )?la escuela\b",
        r"\bno me (?:deja|dejan|dejo|dejaron) comer\b(?=.{0,40}\b(?:castigo|dias|desde ayer|"
        r"todo el "
        r"dia|hasta que)\b)",
        r"\b(?:se queda con|me quita|me quito|se lleva|se quedo con) (?:todo )?(?:mi|"
        r"mis) (?:sueldo|"
        r"pago|dinero|cheques?|paga|salario)\b|\b(?:llamar|llama|llamara|va a llamar|llamarle) a "
        r"(?:la )?(?:migra|inmigracion|ice)\b|\b(?:deportar|deporten)(?:me|nos|los)?\b",
        r"\bme (?:ahorca|ahorcaba|ahorco|estrangula)\b|\bme (?:dejo|dejaron|deja|dejan) afuera de "
        r"(?:la|mi) casa (?:toda la noche|en la noche)\b",
        r"\bno (?:hay|tenemos|tengo) (?:comida|nada (?:de|que) comer)\b.{0,60}\b(?:dias|semana|"
        r"se fue|solos|sola|solo)\b|\b(?:sol[oa]s?|se fue|se van)\b.{0,40}\b(?:dias|semana)\b"
        r".{0,40}\bsin comida\b|\bnos deja(?:n)? sol[oa]s? (?:por|varios|muchos) dias\b",
        r"\bme hacen? cosas\b|\bme tratan? (?:muy )?mal\b|\b(?:entra|se mete) (?:a|en) mi "
        r"cuarto\b(?=.*\b(?:noche|cuando|solo|sola)\b)|\bme obliga\w* a hacer\b|"
        r"\bfotos (?:desnud\w*|intimas|sin ropa)\b|\bme (?:pide|manda|pidio) fotos\b",
        r"\bmiedo (?:de )?(?:volver|ir|regresar|llegar) a (?:mi |la )?casa\b",
        r"\bmoretones\b|\bgolpes de mi\b",
        r"\bme (?:da|dan|dio) (?:cachetadas|golpes|patadas)\b|\bme jalonea\b",
        r"\b(?:mama|papa|padrastro|madrastra|tio|tia|novio|el|ella)\b.{0,15}\bme quema\w*\b|"
        r"\bme quema con\b|\bno me dan de comer\b|\bme (?:deja|dejan|dejo) sin comer\b|"
        r"\bme encierra\w*\b|\bme deja moretones\b",
        # Round 5 (heldout10's classes): told not to tell the parents.
        r"\bme (?:dijo|pidio|dice|pide) que no (?:le |les )?(?:dijera|diga|contara|cuente) (?:nada "
        r")?"
        r"(?:a )?(?:mis papas|mis padres|mi mama|mi papa|nadie|mi familia)\b",
        # Round 6 (heldout11's classes): a coyote's debt, forced work instead of school.
        r"\b(?:coyote|pollero|el que me cruzo|el que nos paso)\b.{0,60}\b(?:trabajar para pagar\w*|"
        r"pagar la deuda|no me deja(?:n)? (?:salir|ir))\b",
        r"\bme (?:hacen|hace|obligan|obliga) (?:a )?trabajar\b.{0,80}\b(?:no me (?:dejan|deja) ir "
        r"a la escuela|se quedan? con mi (?:cheque|dinero|sueldo|pago)|no me (?:pagan|paga))\b",
        # Round 7 (heldout12's classes).
        r"\bme (?:trajeron|trajo|trajieron) de\b.{0,60}\b"
        r"(?:trabajar|pagar la deuda)\b|\b(?:trabaj\w*)"
        r" (?:sin (?:pagarme|paga|que me paguen)|gratis) para pagar\b|\bpara pagar (?:la|mi|"
        r"nuestra) deuda\b",
        r"\bdinero por (?:fotos|fotografias)\b",
        r"\bme (?:pega|pegan|golpea|golpean|pegaba) con (?:el |un |la )?(?:cinturon|cable|cordon|"
        r"palo|manguera)\b",
        # Round 8 (heldout13's classes): kneeling on rice, a trusted adult who wants me alone or
        # a secret phone.
        r"\b(?:hincar\w*|hinca|hinco|arrodill\w*|incar\w*)\b.{0,20}\b(?:en|sobre) (?:el |los |la )?"
        r"(?:arroz|frijol\w*|sal|maiz|piedras|corcholatas)\b",
        r"\b(?:maestr[oa]|profe\w*|entrenador\w*|coach|jefe|pastor|padrastro|vecino|senor|hombre|"
        r"director)\b.{0,80}\b(?:hablemos|hablar|vernos|nos veamos|mensajearnos|textearnos) (?:en "
        r"secreto|a escondidas|sin que (?:sepan|se enteren) (?:mis papas|mis padres|mi mama|"
        r"nadie))\b|\b(?:maestr[oa]|profe\w*|entrenador\w*|coach|jefe|pastor|padrastro|vecino|"
        r"director)\b.{0,60}\b(?:quede|quedarme|este|estar) sol[oa] con (?:el|ella)\b",
        r"\bfotos? (?:mia |de mi )?(?:en|con) (?:traje de bano|bikini|ropa interior|calzones|"
        r"brasier|toalla)\b",
    ],
}

# Round 9 (heldout14's classes). The misses were round 8's classes in other words, so these
# rules name the class (a day and a decision in any order, a future denied in any tense, a
# fall asked about by its height), not the sentence. Appended after each kind's rules.
_MEANS = (
    r"(?:gun|rifle|pistol|shotgun|glock|revolver|handgun|knife|blade|razor|pills|rope|noose|"
    r"meds|bottle)"
)
_HIGH_PLACE = (
    r"(?:parking (?:deck|garage|lot roof)|roof|rooftop|bridge|overpass|water tower|tower|"
    r"building|cliff|dam|ledge|edge|top floor|balcony|silo|stadium|bleachers|hospital|school)"
)
_PUNISH_ACTS = (
    r"(?:throw(?:ing)? up|threw up|puk\w*|purg\w*|vomit\w*|laxatives?|starv\w*|not eat\w*|"
    r"dont eat|skip\w* (?:meals|lunch|dinner|breakfast)|run|running|ran|exercis\w*|work\w* out|"
    r"hit\w*|cut\w*|burn\w*|scratch\w*|punch\w*)"
)
_FOOD_AWAY = (
    r"(?!.{0,40}\b(?:food poisoning|stomach bug|the flu|motion sick\w*|car sick\w*|nause\w*|"
    r"roller ?coaster|too much candy|spicy|bad sushi|doctor said)\b)"
)
_ROUND9_SIGNS: dict[str, list[str]] = {
    "self_harm": [
        # A future denied, in other words than round 8's ("i wont live that long", "im not
        # going to be here in the fall", "jk im not going to be here", "what im leaving behind",
        # "a way to just not exist", "if i was gone they wouldnt have to pay").
        r"\b(?:i (?:wont|will not|probably wont|prob wont|doubt ill|dont think ill|know i wont|"
        r"am not going to|aint going to)|im not going to|not like ill|not that ill|doubt ill) "
        r"(?:even )?(?:live|last|be alive|be around|be here|make it) (?:that|this|so) long\b"
        r"(?!.{0,40}\b(?:win\w*|championship|super ?bowl|world series|sequel|season|album|"
        r"release|come out|update|without|in (?:this|that|the) (?:job|class|heat|line)|at (?:this|"
        r"that) (?:job|rate|pace)|at (?:the|this|that|her|his|my|a) \w+|sitting|standing|waiting|"
        r"awake|in line|tonight|today|party|practice|meeting|dance|mall)\b)",
        r"\b(?:im |i am |i m )?(?:not going to|never going to|wont|will not|probably wont|might "
        r"not|dont think ill) be (?:here|around|alive) (?:in|by|for|come|next) (?:the )?(?:fall|"
        r"spring|summer|winter|semester|school year|graduation|senior year|next year|august|"
        r"may|christmas)\b" + _NOT_ACADEMIC + r"(?!.{0,60}\b(?:spring break|vacation|trip|"
        r"visit\w*|appointment|holiday|out of town|camp|tournament|moving|move|moved|transfer\w*|"
        r"exchange|abroad|internship|basic training|army|navy|marines|air force|deploy\w*|"
        r"graduat\w*|college|job|work|working|grandm\w*|grandp\w*|aunt\w*|uncle\w*|cousin\w*|"
        r"dads|moms|other school|ill be (?:at|in|with|visiting|staying|working|gone to))\b)",
        r"\b(?:jk|j k|nvm|never mind|whatever|lol|lmao|doesnt matter|it doesnt matter|forget it)"
        r"\W*(?:im|i am|i m|ill|i) (?:not (?:going to|even going to) be (?:here|around|alive)|"
        r"wont be (?:here|around|alive)|wont (?:make it|live|last)|will be (?:dead|gone))\s*$",
        r"\bwhat (?:im|i am|ill be|i will be|im going to be) (?:leaving|leave) behind\b"
        r"(?!.{0,40}\b(?:mov\w*|college|graduat\w*|town|state|home|school|job|team|class|when i "
        r"(?:go|leave) (?:to|for)|for (?:college|the army))\b)",
        r"\b(?:a |some |any )?way to (?:just |finally |quietly )?(?:not exist|stop existing|not be "
        r"(?:here|alive|around)|disappear forever|never wake up|not wake up)\b",
        r"\bif i (?:was|were|wasnt|werent|was not|were not) (?:just )?(?:gone|dead|here|around|"
        r"alive|born)\b.{0,50}\b(?:wouldnt have to|would not have to|wont have to|could (?:finally|"
        r"just)|would save|save (?:money|them)|would (?:be|have) (?:better|easier|happier|more)|"
        r"have more money|one less)\b",
        r"\b(?:would|wd|will) (?:all )?(?:be )?(?:so |so much |way |a lot |much |just )?(?:happier|"
        r"better|relieved|glad|fine|okay|ok|lighter|easier)(?: off)? if i (?:just |only |simply |"
        r"finally )?(?:was|were|wasnt|"
        r"werent|was not|were not|didnt|left|disappeared|died|wasnt around|never)\b",
        # A future told as a death ("my future is a coffin", "6 ft under already", "a permanent
        # nap", "my last week in school for good", counting down the days till i am gone).
        r"\bmy (?:only )?(?:\w+ )?(?:future|plan|plans|career|next step|dream job|retirement)\b"
        r"(?: (?:after|"
        r"for|once|when)(?: \w+){1,3}?)? (?:is|are|"
        r"will be|looks like|=) (?:a |my |the |in a |an early )?(?:coffin|grave|casket|funeral|"
        r"cemetery|graveyard|tombstone|urn|body bag|morgue|dead end in the ground)\b(?! (?:home|"
        r"director|directors|service|services|business|industry|planning|planner|science)\b)",
        r"\b(?:6|six) ?(?:feet|foot|ft)\b (?:under|deep)\b(?! (?:the |a )?(?:show|series|episode|"
        r"season|snow|sand|water|soil|garden|hole for)\b)(?!.{0,30}\b(?:plant\w*|dig\w*|garden|"
        r"post|fence|snow|show|hbo)\b)",
        r"\b(?:permanent|eternal|forever|endless) (?:kind of |type of |sort of )?(?:nap|sleep|rest|"
        r"dirt nap|vacation from "
        r"(?:life|living|existing|everything))\b|\b(?:nap|sleep)\b (?:that|which) (?:lasts|goes "
        r"on|never ends)(?: forever)?\b",
        r"\bmy last (?:week|day|month|year|semester) (?:in|at|of) (?:school|this school|class|"
        r"this world|earth)\b.{0,20}\b(?:for good|forever|ever|period)\b(?!.{0,40}\b(?:graduat\w*|"
        r"senior|transfer\w*|moving|move|homeschool\w*|online school|new school|other school)\b)",
        r"\bcounting down (?:the )?(?:days|hours|nights|weeks)\b.{0,25}\b(?:til|till|until|before) "
        r"(?:im|i am|i m|i) (?:gone|dead|not here|do it|die|end it|finally gone)\b(?!.{0,40}\b(?:"
        r"college|from this (?:town|school|house|state)|to (?:college|the army|basic)|graduat\w*|"
        r"moving|move)\b)",
        r"\b(?:ghost|dead inside|already dead|invisible|not even here)\b.{0,40}\b(?:make it "
        r"(?:official|real|permanent)|finish the job)\b",
        r"\b(?:dont|do not) think (?:ill|i will|i can|im going to) (?:survive|make it through|live "
        r"through|last|get through) (?:the |this )?(?:school year|year|semester|week|month|summer|"
        r"night|weekend)\b.{0,20}\b(?:and|but) i (?:dont|do not) (?:want|wanna|even want) to\b|"
        r"\b(?:dont think (?:ill|i will|i can)|wont|will not|not going to|doubt ill) (?:survive|"
        r"make it|last|live)\b.{0,30}\b(?:and|but) (?:i )?(?:dont|do not) (?:even )?(?:want|wanna)"
        r" to\s*$",
        r"\bwhat (?:do )?(?:u|you|yall) think happens (?:after|when) (?:u|you|we|i|people) die\b"
        r".{0,40}\b(?:finding out|find out|going to know|about to know|ill know|soon)\b|"
        r"\b(?:die|death|dead|afterlife|after life|heaven)\b.{0,40}\b(?:im|i am|ill be|i will be) "
        r"(?:finding out|about to find out|going to find out) (?:soon|tonight|tomorrow|shortly|in "
        r"a (?:few|couple))\b",
        # A day and a decision in either order ("fridays the day ive decided", "on my birthday
        # im going to do it"), a plan nearly ready, a plan for a day in Spanish.
        r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|today|tomorrow|"
        r"the \d+(?:st|nd|rd|th)?|my birthday|this weekend)s? (?:is )?the (?:day|night|date)\b"
        r"\W*(?:and |so )?(?:ive|i have|i|its|it is|mind is|my mind is) (?:decided|made up|made up "
        r"my mind|set|final|happening|no turning back|no going back)\b(?! (?:to|on|that|which|what|"
        r"where|between|if|whether|about)\b)",
        r"\b(?:ive|i have|i) (?:decided|made up my mind|picked|chosen|chose)\b(?! (?:to|on|that|"
        r"which|what|where|between|if|whether|about)\b).{0,15}\b(?:monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday|tonight|tomorrow|my birthday|the \d+(?:st|nd|rd|th)?)"
        r"s? (?:is )?the (?:day|night|date)\b",
        r"\b(?:on|for|by) my (?:\d+\w* )?birthday\b.{0,10}\b(?:im going to|ill|i will|i want to|"
        r"im gonna) (?:do it|end it|go through with it|be gone|finally do it)\b|\b(?:going to|"
        r"will|want to) (?:do it|end it|go through with it) on my birthday\b",
        r"\b(?:been )?planning (?:it|this|everything)\b (?:for|since) (?:weeks|months|days|a "
        r"while|a long time|forever)\b.{0,30}\b(?:almost|nearly|finally|im|i am) ready\b(?!.{0,30}"
        r"\b(?:party|surprise|trip|prom|proposal|birthday|promposal|quince\w*|wedding|show)\b)",
        # Heights and edges now, and a fall asked about by its height.
        r"^(?:im|i am|i m|currently|just)(?: \w+){0,2}? (?:on top of|up on|on the (?:roof|edge|"
        r"ledge|top) of|at the (?:edge|top) of|standing on|sitting on|on) (?:the |a |this )?"
        r"(?:\w+ ){0,2}?" + _HIGH_PLACE + r"\b(?: \w+){0,2}? (?:rn|right now|now|alone rn|"
        r"tonight)(?: alone| again)?\s*$",
        r"^(?:im |i am |i m )?(?:standing|sitting|stood|sat|here) (?:at|on|near) the (?:edge|"
        r"ledge|railing|rail)\b(?: (?:of|on) (?:the |a )?(?:\w+ ){0,2}?\w+)?(?: (?:rn|right now|"
        r"now|again|alone|tonight|and|looking down))*\s*$",
        r"\b" + _HIGH_PLACE + r"\b.{0,40}\b(?:tall|high|far down|big of a drop|far of a drop) "
        r"enough\b(?!.{0,25}\b(?:for (?:a|the|my|our) (?:view|photo|picture|pic|pics|drone|sign|"
        r"antenna|flag|banner|fireworks|project|class)|to see)\b)|\bhow (?:high|tall)\b.{0,60}"
        r"\b(?:the |a )?(?:fall|drop|jump)\b (?:would|will|is|would be|will be) (?:be )?(?:enough|"
        r"fatal|deadly|lethal)\b|\bif (?:the|a) (?:fall|drop|jump) (?:would|will) (?:be )?(?:enough"
        r"|"
        r"kill)\b|\b(?:would|will|is) (?:the|a|that) (?:fall|drop|jump)(?: (?:from|off) (?:the |a |"
        r"that )?\w+(?: \w+)?)? (?:be )?(?:enough|fatal|"
        r"deadly|lethal|high enough|far enough|kill (?:me|you))\b",
        r"\b(?:yeet|throw|toss|launch|fling|chuck|hurl)\w* myself (?:off|from|out of|over)\b"
        r"(?! (?:the |my |a )?(?:bed|couch|stage|diving board|high dive|swing|trampoline|chair|"
        r"stairs|slide|rope swing|dock|boat|pier)\b)(?!.{0,30}\b(?:lol|lmao|jk|into the pool)\b)",
        r"\b(?:tracks|train tracks|railroad|bridge|overpass|river|reservoir|lake|ledge|roof|"
        r"water tower|parking (?:deck|garage))\b.{0,90}\b(?:thinking about (?:it|doing it|jumping|"
        r"ending it)|think about (?:it|doing it|jumping)|to think about it)\b",
        r"\b(?:walk\w*|swim\w*|wad\w*|drive|driving|drove) (?:out )?(?:into|out into|in) (?:the|a) "
        r"(?:reservoir|lake|river|ocean|sea|water|gulf|pond|bay)\b.{0,30}\b(?:not|never|and not) "
        r"(?:swim\w*|com\w*|walk\w*) (?:back|out|up)\b",
        r"\b(?:thought|think\w*|want\w*|wanna|tempted|urges?|keep|considering|imagin\w*|almost)\b"
        r".{0,25}\b(?:swerv\w*|steer\w*|veer\w*|jerk\w* the wheel|driv\w*|crash\w*) (?:my car |the "
        r"car |the truck )?(?:into|in front of|off)\b (?:a |the |an |oncoming )?(?:semi|truck|"
        r"tree|wall|pole|bridge|ditch|lake|river|traffic|train|18 wheeler|eighteen wheeler|"
        r"overpass|guardrail|oncoming)\b",
        r"\b(?:catch\w*|meet\w*|get hit by) (?:the|a) (?:bus|train)\b.{0,20}\b(?:not (?:the school "
        r"one|to ride it|as a passenger|on it|inside it)|if (?:you|u) know what i mean|iykyk)\b",
        # A note, a will, things labelled and pets placed, goodbyes the other cannot read.
        r"^(?:the|my) (?:note|letter|letters|notes)\b (?:is|are|s|will be) (?:in|on|under|inside|"
        r"by)\b (?:my|the|his|her)\b(?: \w+){1,4}$",
        r"\b(?:wrote|written|writing|left|finished)\b.{0,40}\b(?:letters?|notes?)\b.{0,40}\bjust in"
        r" "
        r"case\b(?! (?:the|it|they|she|he|we|you|my|there|mail|of|i (?:forget|lose|miss))\b)|\bjust"
        r" in case\b.{0,20}\b(?:wrote|written|left) (?:\w+ )?(?:letters?|notes?)\b",
        r"\b(?:wrote|written|writing|made|make|making|typed) (?:out |up |down )?(?:a |my )?(?:will|"
        r"list "
        r"of who gets|who gets|who should get|who will get|who can have)\b(?: \w+){0,2}? (?:my|all "
        r"my)\b(?!.{0,40}\b(?:class|project|assignment|english|law|moving|move|college|dorm|"
        r"garage sale|yard sale|goodwill|donat\w*|charity|thrift)\b)|\b(?:wrote|written|writing|mad"
        r"e|"
        r"make|making) (?:out )?my "
        r"(?:own )?will\b(?!.{0,40}\b(?:class|project|assignment|english|law|lawyer|career)\b)",
        r"\b(?:packed|put|boxed|sorted)\b.{0,15}\b(?:my stuff|my things|everything|my clothes)\b"
        r".{0,20}\bboxes\b.{0,30}\b(?:label\w*|for my (?:friends|family|sister|brother|mom|cousins)"
        r"|with (?:their|peoples|names))\b(?!.{0,40}\b(?:mov\w*|college|dorm|donat\w*|goodwill|"
        r"yard sale|garage sale)\b)",
        r"^(?!.*\b(?:mov\w*|college|dorm|donat\w*|goodwill|yard sale|garage sale|christmas|gifts?|"
        r"birthday|clean\w*|storage|attic)\b)(?=.*\b(?:boxed|boxes|box|bagged|bags)\b)(?=.*\bmy "
        r"(?:stuff|things|clothes|games|belongings)\b).*\b(?:label\w*|names? on (?:the |them|it)|"
        r"(?:friends|sisters|brothers|cousins|peoples) names)\b",
        r"\b(?:gave|giving|give|left|leaving)\b (?:away )?my (?:dog|cat|puppy|kitten|pets?|fish|"
        r"bird|hamster|snake|rabbit|bunny)\b (?:to|with)\b.{0,40}\bso (?:someone|somebody|she|he|"
        r"they|someone else)(?:ll| will| can)? (?:takes?|take) care of (?:him|her|them|it)\b"
        r"(?!.{0,40}\b(?:mov\w*|allerg\w*|apartment|vacation|trip|while i|when i (?:go|leave) "
        r"(?:to|for))\b)",
        r"\b(?:said|say|told) (?:bye|goodbye)\b.{0,40}\b(?:doesnt|dont|wont|didnt|does not|do "
        r"not|will not) (?:know|understand|get|realize) (?:what it (?:means|meant)|why|its (?:the "
        r"last|forever)|it was (?:the last|forever))\b",
        r"\b(?:thank you|thanks|thank u|ty) (?:so much )?for everything\b.{0,20}\bbefore i (?:go|"
        r"leave)\s*$|\b(?:thank you|thanks|thank u) for everything\b.{0,20}\bbefore i (?:do it|die|"
        r"end it|am gone|disappear|go for good)\b",
        r"^(?:please |pls |plz |just |can you |could you )?tell my (?:mom|dad|mother|father|"
        r"parents|family|sister|brother|little \w+|big \w+|grandma|grandpa|friends?|bf|gf|"
        r"boyfriend|girlfriend|best friend|bestie|mama|nana) (?:that )?(?:im sorry|im so sorry|i "
        r"love (?:her|him|them)|i said (?:bye|goodbye)|goodbye|i tried|it wasnt (?:her|his|their) "
        r"fault)(?: for everything)?\s*$",
        r"\b(?:wrote|written|finished|left|sealed) (?:the|my|a) (?:goodbye )?(?:letter|note)\b"
        r".{0,15}\b(?:bye|goodbye|farewell|peace out|its done)\b",
        r"^(?:goodbye|bye|farewell)\W+(?:thanks|thank you|thank u|ty) for (?:the |all the |your )?"
        r"(?:\w+ ){0,3}?(?:help|tips|advice|everything|time|trying)(?: i guess)"
        r"\s*$",
        r"\bif (?:im|i am|i was|i m) (?:not (?:here|around|alive)|gone|dead)\b.{0,40}\b(?:it|that)"
        r" (?:wasnt|isnt|was not|is not|aint) (?:anybodys|anyones|nobodys|your|yall|you alls|"
        r"their|his|her) fault\b",
        # Lethal doses asked, pills mixed to sleep forever, a supply held while deciding.
        r"\bhow (?:many|much) (?:of )?(?:my |the |these |those |his |her )?(?:\w+ )?"
        + _PILLS
        + r"\b.{0,30}\b(?:(?:would|will|could) (?:be (?:lethal|deadly|fatal|enough to (?:die|kill|"
        r"od|overdose))|kill (?:me|you|someone)|do it)|does it take to (?:die|kill|od|overdose))\b"
        r"(?!.{0,30}\b(?:for (?:a|the|my) (?:dog|cat|pet|"
        r"horse|baby|kid)|class|exam|test)\b)",
        r"\b(?:googled|looked up|searched|search up|researched|asked (?:chatgpt|ai|google))\b.{0,10"
        r"}"
        r"\bhow (?:many|much) " + _PILLS + r"\b (?:is|are|would be) too (?:many|much)\b",
        r"\b" + _PILLS + r"\b.{0,30}\b(?:would|will|to) be (?:lethal|deadly|fatal)\b(?!.{0,30}"
        r"\b(?:for (?:a|the|my) (?:dog|cat|pet|horse|baby|kid)|class|exam|test)\b)",
        r"\b(?:which|what) (?:pills|meds|medicines|drugs|medications)\b.{0,40}\b(?:most dangerous|"
        r"deadliest|lethal|kill (?:you|me)|to die|to od|to overdose|stop your heart)\b.{0,40}"
        r"\basking (?:bc|because|cause|cuz|since) i (?:want|wanna|need|plan|am going)\b",
        r"\b(?:mix|mixing|take|taking|combine|combining|drink|drinking)\w* (?:my |some |all my )?"
        + _PILLS
        + r"\b.{0,20}\b(?:with|and) (?:alcohol|liquor|vodka|beer|wine|drinks?|other pills|"
        r"my \w+)\b.{0,40}\b(?:fall asleep forever|sleep forever|never wake up|not wake up|die|"
        r"kill me|be enough|end it|stop my heart)\b",
        r"\bholding (?:a |the |my |this )?(?:bottle|handful|fistful|bag|pile) of (?:my |his |her "
        r"|\w+s )*(?:pills|meds|"
        r"\w+ pills|" + _PILLS + r")\b.{0,40}\b(?:deciding|thinking|for (?:like |about |almost )?"
        r"(?:an|a|\d+|two) (?:hour|hours|while)|for hours|staring|"
        r"counting|trying to decide)\b",
        r"\b(?:chugged|drank|downed|swallowed|took|ate)\b (?:a bunch of|a whole bottle of|the "
        r"whole bottle of|a lot of|all (?:the|my)|a ton of|half a bottle of|the rest of (?:the|my))"
        r" (?:\w+ ){0,2}?(?:cough syrup|nyquil|dayquil|robitussin|benadryl|tylenol|advil|pills|meds"
        r"|"
        r"sleeping pills|melatonin|\w+)\b.{0,30}\bto (?:make (?:it|everything|the pain|it all|"
        r"the thoughts) stop|sleep forever|not wake up|end it|die|never wake up)\b",
        r"\b(?:drank|been drinking|got drunk)\b.{0,20}\b(?:and )?(?:took|taking|popped|swallowed)"
        r" (?:some |a bunch of |a lot of |a few |all my |my )?(?:pills|meds|xanax|\w+ pills|"
        r"sleeping pills)\b.{0,30}\b(?:dont feel|feel (?:sick|weird|bad|funny|dizzy|like)|cant|"
        r"throwing up|scared|hurts)\b",
        r"\b(?:drank|drink|swallowed|swallow|ate|took) (?:a little|a bit of|a sip of|a little bit "
        r"of|some of the|a shot of|a capful of) (?:bleach|drano|antifreeze|rat poison|poison|"
        r"cleaning stuff|detergent|lighter fluid|windex)\b",
        r"\b(?:does|would|will|did) it (?:hurt|take long|feel bad) to (?:die|drown|bleed out|hang|"
        r"hang myself|od|overdose|jump)\b(?!.{0,30}\b(?:in (?:the )?(?:game|minecraft|movie|show)|"
        r"for (?:a|the) (?:fish|lobster|bug|plant|character))\b)|\b(?:does|would|will) it hurt to "
        r"die (?:from|of|by) \w+",
        r"\b(?:gun|rifle|pistol|shotgun|knife|blade|razor|pills|glock|revolver|handgun)\b.{0,60}"
        r"\b(?:using|use|turn\w*|point\w*) (?:it|them|one|that) on (?:myself|me)\b",
        r"\b(?:go|going|walk\w*|driv\w*|head\w*) (?:out )?(?:to|into) (?:the )?(?:woods|field|"
        r"creek|bridge|lake|river|park|barn|shed)\b.{0,10}\bwith (?:my |a |the |his |her )?"
        r"(?:\w+s )?(?:pistol|gun|rifle|shotgun|glock|pills|rope|knife|razor|revolver)\b(?!.{0,30}"
        r"\b(?:hunt\w*|deer|squirrel|target|cans|range|practice|fish\w*|scout\w*)\b)",
        r"\b(?:taking|take|took|bringing|bring|carrying)\b (?:my |the |a |his |her )?(?:\w+s )?(?:g"
        r"un|"
        r"pistol|rifle|shotgun|glock|revolver|pills|rope)\b (?:out )?(?:to|into|down to) (?:the )?"
        r"(?:woods|field|creek|bridge|lake|river|barn|shed|tracks)\b(?!.{0,40}\b(?:hunt\w*|deer|"
        r"squirrel|duck|target|cans|range|practice|fish\w*|season|clean\w*)\b)",
        r"\b(?:got|have|holding|grabbed|took|hid)\b (?:my (?:\w+s )?|a |the |his |her )?(?:razor|"
        r"blade|pills|rope|gun|pistol|box cutter)\b.{0,25}\b(?:in my (?:room|hand|lap|bathroom|"
        r"bed)|with me)\b.{0,15}\b(?:right now|rn|now|tonight)\b(?!.{0,30}\b(?:shav\w*|craft\w*|"
        r"project|hunting|deer)\b)",
        r"\bhold\w* my breath\b.{0,30}\b(?:hoping|wishing|praying) (?:i |it |my heart )?(?:just )?"
        r"(?:stop|die|dont|never|pass out and)\b",
        r"\b(?:is it normal|normal) to (?:think|dream) about (?:dying|death|killing myself|being "
        r"dead|not being alive|not existing|ending it)\b|\b(?:think|thinking|thought) about (?:dyin"
        r"g|"
        r"death|killing myself|being dead|not being alive|ending it)\b.{0,20}\b(?:every (?:single )"
        r"?"
        r"(?:day|night)|all the time|constantly|24 7|nonstop)\b",
        r"\b(?:crawl into a hole|lay down|lie down|go to sleep) and die\b(?=.{0,25}\b(?:for real|"
        r"not (?:as )?a joke|not joking|fr|deadass|seriously|literally|i mean it)\b)",
        r"\bcommit (?:die|dying|death|not alive|not living|sewer\w*|toaster bath)\b",
        r"\b(?:where|how)(?: on my \w+| deep)? (?:do|should|would|can|to) (?:you |i |u )?cut\b"
        r".{0,30}\b(?:deep enough|bleeds? enough|to bleed|to die|to make it (?:deep|count|work|"
        r"bleed)|so it (?:bleeds|counts|works))\b|\bcut\b.{0,20}\bdeep enough\b"
        r"(?!.{0,25}\b(?:wood|paper|fabric|meat|board|dovetail|groove|stems?|hole|tree|branch|"
        r"lumber|cake|pumpkin|bread|steak)\b)",
        r"\b(?:rope|cord|belt)\b.{0,30}\b(?:what knot|which knot|knot to use|what kind of knot)\b"
        r"(?!.{0,40}\b(?:boat|camp\w*|climb\w*|scouts?|sail\w*|fishing|tent|hammock|tire swing)\b)|"
        r"\bhow much rope (?:would|do|will) i need\b(?!.{0,40}\b(?:boat|camp\w*|climb\w*|scouts?|"
        r"sail\w*|fishing|tent|hammock|swing|project|class)\b)",
        r"\b(?:me )?leaving (?:forever|for good|permanently)\b(?!.*\b(?:weekend|vacation|town|"
        r"mississippi|state|city|country|school|college|job|team|group|chat|server|lol|lmao|"
        r"house|apartment|church)\b)",
        r"\b(?:happier|better off|relieved|glad|sorry|cry|regret\w*|miss me|celebrate|party|smile)"
        r"\b.{0,15}\bat my funeral\b(?!.{0,20}\b(?:lol|lmao|song|play|playlist|jk)\b)",
        # Purging, starving or exercise as self-punishment; not deserving food.
        r"\b" + _PUNISH_ACTS + r"\b.{0,60}\bpunish (?:myself|me|my body)\b|\bpunish (?:myself|"
        r"my body)\b.{0,30}\b(?:for (?:eating|what i ate|being (?:fat|ugly|stupid|gross|me)|every "
        r"(?:bite|meal))|by (?:not eating|starving|throwing up|cutting|hurting))\b",
        r"\bmake myself (?:throw up|puke|vomit|sick|gag)\b" + _FOOD_AWAY,
        r"\blaxatives?\b.{0,40}\b(?:every (?:day|night|meal)|after (?:every|each|i eat)|to (?:lose|"
        r"punish|get rid|empty)|deserve|fat|so i (?:dont|wont) gain)\b",
        r"\b(?:dont|do not|never) deserve (?:food|to eat|meals|lunch|dinner|breakfast)\b|\b(?:dont|"
        r"do not|stopped|quit|wont) eat\w*\b.{0,40}\b(?:dont|do not) deserve (?:it|to|food)\b",
        r"\bstarv\w*\b.{0,30}\b(?:until|till|til) i (?:pass out|faint|collapse|disappear|cant "
        r"stand)\b|\b(?:thin|skinny|small|light) enough to (?:disappear|vanish|not exist|"
        r"fade away)\b",
        # Self-harm told by its acts and marks ("til my knuckles bleed", "scratched myself raw",
        # scabs picked "so they scar", fresh cuts, marks the nurse might see, my cuts).
        r"\b(?:punch\w*|hit\w*|bit|bite|bites|biting|scratch\w*|slap\w*|pinch\w*|bang\w*|smack\w*|"
        r"claw\w*|dig\w*)\b.{0,40}\b(?:til|till|until) (?:my \w+ |it |they |theyre |its |i |the "
        r"skin )?(?:bleed\w*|bled|bruis\w*|(?:turn |are |go |is )?(?:purple|black and blue|raw)|"
        r"swell\w*|break\w*|cant feel)\b(?!.{0,30}\b(?:bug bites?|mosquito|itch\w*|poison ivy|"
        r"eczema|chicken ?pox|practice|game|lol)\b)(?<!mosquito bites)",
        r"\b(?:scratch\w*|rub\w*|pick\w*|claw\w*) (?:myself|my (?:skin|arms?|legs?|wrists?|face))"
        r" (?:raw|bloody|open)\b(?!.{0,30}\b(?:itch\w*|eczema|bug bites?|rash|poison ivy|"
        r"chicken ?pox|hives)\b)",
        r"\b(?:pick|pop|peel|rip|tear|open)\w* (?:the |my |off my )?(?:scabs|wounds|cuts|scars|"
        r"stitches)\b.{0,20}\b(?:on purpose|so (?:they|it) (?:scar|bleed|stay)|so they dont heal|"
        r"to make them worse)\b",
        r"\bi (?:have|got|had|made) (?:some |a few |two |three |more |new )?(?:fresh|new|deep) "
        r"(?:cuts|marks|scars|wounds|burns)\b(?! (?:from|on my (?:face|hands) from|at work)\b)"
        r"(?!.{0,40}\b(?:cat|kitten|dog|thorns?|roses|glass|paper|kitchen|work|job|practice|game|"
        r"fell|fall|bike|skat\w*|surgery|shaving|piercing|tattoo)\b)",
        r"\b(?:see|sees|saw|seeing|notice\w*|find\w*|found|ask\w* about|hide|hiding|cover\w*|"
        r"explain\w*)\b.{0,20}\b(?:the|my) (?:marks|cuts|scars|scratches|burns|lines) on my "
        r"(?:wrists?|arms?|thighs?|legs?|stomach|hips?|ankles?)\b",
        r"(?<!hair )(?<!paper )\b(?:for|from|on|over|hide|hiding|covering|cover) my (?:fresh |new )"
        r"?"
        r"cuts\b(?! (?:from|at|on (?:the|a)|after|i got)\b)(?=.{0,40}\b(?:parents|mom|dad|"
        r"knowing|locker|band ?aids?|bandages|blood|sheets|sleeves|nobody|no one|school|"
        r"secret)\b|\s*$)(?!.{0,40}\b(?:practice|shav\w*|cat|dog|kitten|fell|thorns?|kitchen|"
        r"work|job|game|bike|skat\w*)\b)",
        r"\bmy (?:arms|legs|thighs|wrists|stomach|hips) (?:are|r|is) (?:covered|full)\b(?!.{0,20}"
        r"\b(?:in|with) (?:tattoos|paint|ink|bug bites|mosquito \w+|hives|rash|freckles|"
        r"bracelets|glitter|henna|mud|sunburn|sauce|sharpie|marker|stickers)\b).{0,40}\b(?:stop|"
        r"hide|cant|dont know|scars|cuts|marks)\b",
        r"\b(?:go|went|run|ran|lock myself|locked myself|hide) (?:to|in|into) (?:the|my) (?:bathroo"
        r"m|"
        r"room|closet|shower)\b.{0,10}\band (?:cut|cry and cut|hurt myself|burn myself|scratch "
        r"myself)\b(?! (?:my|the|his|her) (?:hair|bangs|nails|fruit|food)\b)",
        r"\bi used to (?:cut|selfharm|sh|hurt myself|burn myself)\b(?! (?:hair|grass|lawns|wood|"
        r"fabric|coupons|class|classes|school|my hair|people)\b).{0,50}\b(?:did it again|again|"
        r"relapsed|started again|back at it|went back)\b",
        r"^(?:knife|blade|razor|blood)(?: (?:knife|blade|razor|blood))*\W* (?:again|tonight|rn|"
        r"last night|third time|second time|\d+ times?|every night)\b",
    ],
    "danger": [
        # A shooting at a game or a school told as news, a posted threat, a weapon "he will
        # use at lunch".
        r"\b(?:got|been|was|just got|getting|is|were|are|has been) (?:stabbed|shot)\b (?:at|"
        r"outside|near|in|during|after) (?:the |a |our |my )?(?:\w+ )?(?:game|school|party|mall|"
        r"park|gym|store|dance|concert|parade|church|field|stadium|parking lot|homecoming|prom|"
        r"bus stop|gas station|club|festival|fair|practice)\b(?!.{0,20}\b(?:in (?:the )?(?:game|"
        r"movie|show)|paintball|airsoft|nerf|water gun|laser tag)\b)",
        r"\b(?:shooting|shots fired|gunfire|gunshots|a shooter|active shooter)\b (?:at|outside|"
        r"in|near|during) (?:the |our |my )?(?:\w+ )?(?:game|stadium|field|school|mall|party|dance|"
        r"gym|church|parade|concert)\b(?!.{0,25}\b(?:hoops|free throws|threes|baskets|drill|"
        r"practice|guard|percentage|form)\b)",
        r"\b(?:gun|rifle|pistol|shotgun|ar 15|ar|weapon|ammo|glock|knife)\b.{0,60}\b(?:dont|do "
        r"not|nobody) (?:come|go|show up) (?:to )?(?:school|class|the game|practice)\b|\b(?:dont|"
        r"do not) (?:come|go) to (?:school|class)\b.{0,50}\b(?:gun|rifle|pistol|shotgun|ar|"
        r"weapon|ammo|glock)\b",
        r"\b(?:knife|gun|pistol|rifle|blade|weapon|machete|bat|glock)\b.{0,60}\b(?:going to|"
        r"gonna|will|plans to|planning to|about to) use (?:it|them)\b(?! (?:for|to (?:cut|carve|"
        r"hunt|open))\b)(?!.{0,30}\b(?:hunt\w*|deer|camp\w*|cook\w*|fish\w*|class|recipe)\b)",
        r"^(?!.*\b(?:movie|video|show|game|book|episode|tiktok|camping|scouts?|fishing|hunting)\b)"
        r".*\b(?:knife|gun|pistol|blade|weapon) in (?:his|her|their|a|my) (?:backpack|bag|locker|"
        r"pocket|hoodie|waistband)\b(?!.{0,30}\b(?:pocket ?knife for (?:work|scouts|fishing)|"
        r"fishing|hunting|camping|scouts?|video|movie|game|show)\b)",
        # Watched or followed: a car that keeps circling, someone taking pictures, followed to
        # my car, a threat when i walk home, a crew coming with guns.
        r"\b(?:keeps|kept|has been|been|is|was) (?:driving (?:past|by|around) (?:my|our) (?:house|"
        r"home|school|window|apartment|street)(?: \w+){0,2}? (?:slow\w*|over and over|again)|"
        r"circling (?:me|us|my|our|the (?:block|house|school|street))\b(?!.{0,30}\b(?:looking "
        r"for (?:a )?(?:spot|parking)|for (?:a )?(?:spot|parking))\b)|parked outside (?:my|our) (?:"
        r"house|home|window|apartment|school)(?: \w+){0,2}?"
        r" "
        r"(?:all day|for hours|since|every night)|taking (?:pictures|pics|photos|videos) of (?:me|"
        r"us|my house|our house|my window))",
        r"\b(?:a |some |this |the |that )?(?:man|guy|dude|stranger|men|guys|lady|woman|person|"
        r"someone|somebody|truck|car|van)\b.{0,30}\bfollowed (?:me|us) (?:to|home|into|out|around|"
        r"from|all the way|through|in|across)\b(?!.{0,40}\b(?:was (?:my|just my|our)|it was (?:just"
        r" )?"
        r"(?:my|our)|lol|lmao|to give me|to return)\b)",
        r"\b(?:ex|a man|a guy|some guy|some man|some dude|someone|somebody|a stranger|stranger|"
        r"boyfriend|bf)\b.{0,20}\b(?:outside|at|in front of) (?:my|our|the) (?:house|door|window|"
        r"apartment|school|job|work|car|room)\b.{0,30}\b(?:wont leave|will not leave|keeps "
        r"(?:knocking|banging|calling|yelling)|wont go away|refuses to leave)\b",
        r"\b(?:pulling up|pull up|coming|roll(?:ing)? up|show(?:ing)? up|coming over)\b.{0,40}"
        r"\bwith (?:his |their |her |the )?(?:boys |homies |friends )?(?:with )?(?:guns?|pistols?|"
        r"straps?|weapons?|knives|bats|a gun|glocks?|sticks)\b",
        r"\b(?:said|says|saying|threaten\w*|told me|texted me) (?:that )?(?:theyll|theyre going to|"
        r"hell|shell|hes going to|shes going to|they will|he will|she will|they are going to|"
        r"theyre|they) (?:jump|beat|beat up|shoot|stab|hurt|get|fight|kill|rob) (?:me|us|my \w+)\b"
        r"(?=.{0,40}\b(?:when|after|if|tonight|tomorrow|walk|home|school|outside|see me|catch "
        r"me)\b)(?!.{0,30}\b(?:lol|lmao|jk|haha\w*|in (?:the )?(?:game|fortnite|2k|madden|smash)|"
        r"at (?:2k|madden|fortnite|smash|chess))\b)",
        r"\b(?:ex|boyfriend|bf|girlfriend|gf|he|she|they|someone|dad|stepdad|cousin|uncle)\b"
        r".{0,40}\b(?:going to|gonna|will|is going to) (?:hurt|beat|beat up|stab|shoot|choke) me "
        r"(?:when|if|the next time|once|as soon as)\b(?!.{0,30}\b(?:lol|lmao|jk|in (?:the )?"
        r"(?:game|2k|fortnite|smash|madden)|at (?:practice|the game))\b)",
        # Stranded: on the highway, at a station, in the woods, at night or with no way home.
        r"^(?!.*\b(?:at work|my shift|working|lol|lmao|in (?:the )?(?:game|minecraft|movie|fortnite"
        r"|"
        r"roblox|gta|video|show|book|story|dream))\b)(?=.*\b(?:stuck|stranded|lost|left me|left us|"
        r"left at|got left|was left|abandoned|broke down|broken down|dropped me|car died|truck died"
        r"|"
        r"ran out of gas|flat|kicked me out of the car)\b)(?!.*\b(?:traffic|(?:dad|mom|someone|help"
        r"|"
        r"tow truck|aaa|uncle|aunt|parents|my \w+) (?:is|are) (?:coming|on (?:the|his|her|their) "
        r"way|here))\b)(?=.*"
        r"\b(?:side of the (?:road|highway|interstate)|highway|interstate|back ?road|gas station|"
        r"middle of nowhere|woods|forest|bus station|greyhound|train station|truck stop|rest stop|"
        r"parking lot|country road|dirt road|nowhere)\b).*\b(?:dark|night|no (?:money|way home|"
        r"ride|phone|signal|service|gas|one)|(?:my )?phone (?:is )?(?:at|on|dying|dead|about to "
        r"die)|circling|scared|alone|by myself)\b",
        r"^(?!.*\b(?:at work|my shift|working|lol|lmao|in (?:the )?(?:game|minecraft|movie|fortnite"
        r"|"
        r"roblox|gta|video|show|book|story|dream))\b).*\b(?:"
        r"im|i am|we are|were) (?:lost|stuck|stranded) in (?:the )?(?:woods|forest|swamp|middle of "
        r"nowhere)\b(?!.{0,60}\b(?:found (?:the|our|my) (?:trail|way|path|car)|nvm|were (?:fine|ok|"
        r"okay)|back now|made it (?:out|back))\b)",
        # Spiked drinks and overdoses told by what happens; a person who went under the water;
        # a flood; a friend with a stranger who cannot say where she is.
        r"\b(?:throwing up|vomiting|passing out|passed out|cant stand|cant wake|shaking|seizing|"
        r"foaming)\b.{0,40}\bafter (?:taking|drinking|smoking|eating|vaping|hitting|she took|he "
        r"took) (?:something|a pill|some pills|what|a drink|the drink|an edible|a pen|"
        r"some stuff)\b",
        r"^(?!.*\b(?:caffeine|energy drinks?|coffee|monster|red bull|celsius|pre ?workout|"
        r"espresso)\b).*(?:"
        r"\b(?:feel|feeling|felt) (?:really |so |super |very )?(?:weird|dizzy|strange|off|drugged|"
        r"sick|woozy|out of it|fuzzy|numb)\b.{0,50}\b(?:drink|soda|cup|shot|punch)\b.{0,25}\b(?:"
        r"gave me|handed me|he gave|she gave|they gave|someone gave|from (?:him|a guy|a stranger|"
        r"that guy))\b|\b(?:drink|soda|cup|shot) (?:that |this |some |a )?(?:guy|man|dude|"
        r"stranger|someone)\b (?:gave|handed) me\b.{0,40}\b(?:weird|dizzy|strange|off|cant|"
        r"sick|woozy|numb)\b|\b(?:feel|feeling|felt)\b.{0,40}\b(?:dizzy|weird|drugged|woozy|out of "
        r"it|numb|fuzzy)\b.{0,40}\b(?:after|since)\b.{0,30}\b(?:gave|handed|bought|made|poured|got)"
        r" "
        r"me (?:a |this |that |some )?(?:drink|soda|cup|shot|punch)\b)",
        r"\b(?:fell|fallen|jumped|went|slipped|dove|pushed)\b (?:in|into|under) (?:the|a) (?:pool|"
        r"lake|river|pond|water|creek|ocean|bayou|reservoir)\b.{0,50}\b(?:cant|can not|dont|"
        r"cannot) (?:see|find) (?:him|her|them|my \w+)\b",
        r"\b(?:flood|floodwater|flood water|water)\b.{0,30}\b(?:coming (?:in|into)|rising|up to "
        r"(?:our|my) (?:chest|neck|waist))\b.{0,40}\b(?:roof|attic|trapped|stuck|cant get out|"
        r"chest|neck|no way out)\b|\bon the roof\b.{0,30}\b(?:flood|water (?:is )?rising)\b",
        r"\b(?:older (?:guy|man|dude)|some (?:guy|man|dude)|a stranger|an adult|grown man|a man she"
        r" "
        r"met|a guy she met|someone she met)\b.{0,60}\b(?:doesnt|does not|dont|didnt|cant|can not) "
        r"(?:know|tell) where (?:she|he|they|i) (?:is|are|am|was)\b",
        r"\b(?:got|get|went|getting|climbed) (?:in|into) (?:a|the|his|some) (?:car|van|truck|suv) "
        r"with (?:a |some |this )?(?:stranger|random (?:guy|man|dude)|older (?:guy|man)|guy "
        r"(?:she|he) met online|man (?:she|he) met online|grown man)\b",
    ],
    "abuse": [
        # Hit, pushed, choked: told in the past tense, by a partner, with an object.
        r"\b(?:bf|boyfriend|gf|girlfriend|ex|husband|step ?dad|stepdad|step ?mom|stepmom|dad|mom|"
        r"father|mother|uncle|aunt|grandpa|grandma|moms boyfriend|dads girlfriend|foster \w+|"
        r"guardian|coach)\b(?: \w+){0,10}? (?:slapped|punched|choked|strangled|shoved|kicked|"
        r"smacked|beat|whooped|whipped|pushed|threw|slammed|grabbed|stomped) me\b(?! (?:a|an|some|"
        r"lunch|food|coffee|off (?:the )?(?:team|bus|squad|list|court|field)|out (?:of|to)|to (?:do"
        r"|be|"
        r"apply|try|go)|in (?:a |the )?(?:game|"
        r"race|match|fortnite|2k|smash|madden|chess)|at\b|back\b|a party|a surprise|the (?:ball|"
        r"keys|football|frisbee|towel|pass|phone|remote)|on the (?:swing|swings|back)|by (?:the|my)"
        r" "
        r"hand|(?:into |in )?a hug|a ride))(?!.{0,30}"
        r"\b(?:playing|for fun|pillow|wrestl\w*|high five|into the pool|tag)\b)",
        r"\b(?:grabbed|choked|squeezed|held|pinned|lifted|dragged) me by (?:the|my) (?:throat|neck|"
        r"hair)\b",
        r"\b(?:pushes|pushed|shoves|shoved|throws|threw|slams|slammed) me (?:into|against|down|"
        r"on|onto|to) (?:the |a )?(?:walls?|floor|ground|door|lockers?|table|stairs|car|bed|"
        r"counter|fridge)\b(?!.{0,30}\b(?:lol|lmao|wrestl\w*|playing|jk|pool|game|practice|"
        r"football|hockey|rugby|drill)\b)",
        r"\b(?:holds|held|hold|holding|pushes|pushed|shoves|shoved|puts|put|keeps|dunk\w*|"
        r"forc\w*) my head "
        r"(?:under|in) (?:the )?(?:water|tub|toilet|sink|pool|bath|bathtub)\b(?!.{0,30}\b(?:lol|"
        r"playing|game|chicken|jk|dunk)\b)",
        r"\b(?:got|get|getting|been|was|gets|get) (?:hit|beat|beaten|whooped|smacked|slapped|"
        r"struck|whipped) (?:with|by) (?:a |an |the |his |her )?(?:frying pan|pan|belt|bat|"
        r"extension cord|cord|wire|hanger|shoe|stick|switch|broom|board|bottle|plate|chair|hose|"
        r"spoon|wooden spoon|remote|fist|phone charger|charger|skillet|pot)\b(?!.{0,30}\b(?:ball|"
        r"foul ball|baseball|softball|pitch|game|practice|lol|lmao|accident\w*|dodgeball)\b)",
        # Another in the house beaten: a parent or a sibling by an adult, a sister by her
        # boyfriend.
        r"\b(?:dad|father|step ?dad|stepdad|mom|mother|step ?mom|stepmom|uncle|moms boyfriend|"
        r"grandpa|aunt|guardian)\b(?: \w+){0,3}? (?:hits|hit|beats|beat|punches|punched|slaps|"
        r"slapped|kicks|kicked|chokes|choked|whoops|whooped|beats up|beat up|throws|threw) (?:on )?"
        r"(?:my (?:little |big |baby |older |younger )?(?:sister|brother|sisters|brothers|siblings|"
        r"mom|mother|stepmom|cousin|sis|bro|brothers and sisters)|us)\b(?! (?:out|off|car|cars|"
        r"phone|room|truck|stuff|ball|game|up to|a)\b)(?!.{0,30}\b(?:lol|"
        r"lmao|at (?:chess|2k|madden|cards|uno)|in (?:a |the )?(?:game|race|match))\b)",
        r"\b(?:sisters|moms|mothers|aunts|cousins|friends) (?:boyfriend|bf|husband)\b (?:hits|beats"
        r"|"
        r"chokes|punches|slaps|hurts|beat|hit|choked|punched) (?:her|my \w+)\b",
        # Grooming and sextortion told by an age, a secret, a price or pictures.
        r"^(?=.*\b(?:meet|secret|send|video|pics?|pictures|photos?|loves?|dating|date|"
        r"relationship|talking to|kiss\w*|sleep over|come over|apartment|his (?:place|house|car)|"
        r"skip school|snap|dm\w*|boyfriend|hang out|pick me up)\b)(?=.*\b(?:hes|he is|shes|she is|"
        r"theyre|hes like|hes about|hes actually|hes literally|says hes|hes already)\s+(?:19|[2-9]"
        r"\d|"
        r"twenty\w*|thirty\w*|forty\w*)\b)(?=.*\b(?:im|i am|i m|and im|but im|im only|im just)\s+"
        r"(?:1[0-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b)",
        r"\b(?:says|said|claims|claimed|told me) (?:hes|shes|he is|she is|to be|he was|she was) "
        r"(?:1[3-9]|\w+teen)\b.{0,60}\b(?:looks|is actually|is really|turned out|sent a pic)\b"
        r".{0,30}\b(?:[3-9]\d|older|old|like \d+|grown)\b",
        r"\b(?:our|the|this) (?:relationship|thing|texts?|friendship|messages?|chats?|snaps)\b "
        r"(?:is|has to be|needs to be|should be|stays?|are|have to be|has to stay|have to stay|"
        r"needs to stay|must stay|must be) (?:a |our )?secret\b.{0,40}"
        r"\b(?:people|others|nobody|no one|they|your parents|my parents|anyone) (?:wouldnt|would "
        r"not|wont|will not|dont|couldnt) understand\b|\b(?:people|others|nobody|no one|your "
        r"parents|my parents|anyone) (?:wouldnt|would not|wont|will not|couldnt) understand (?:us|"
        r"our (?:relationship|thing|love))\b",
        r"\b(?:gave|bought|got|gives|buys) me (?:a |an |his old |another )?(?:phone|burner|second "
        r"phone|secret phone|tablet|ipad|sim card|flip phone)\b.{0,40}\b(?:so (?:my )?(?:parents|"
        r"mom|dad|nobody|no one|they) (?:cant|cannot|wont|dont|will not|can not) (?:see|know|find|"
        r"read|check)|secret|without (?:my )?(?:parents|mom|dad) knowing|just for (?:us|him|her|"
        r"our texts))\b",
        r"\b(?:offer\w*|pay\w*|paid|give|gives|gave)\b (?:me )?(?:money|cash|\d+ dollars|\d+ "
        r"bucks|gift cards?|robux|vbucks)\b.{0,20}\bto (?:hang out|spend time|be|come over|stay|"
        r"meet|hang|sleep over)\b.{0,25}\b(?:alone|by myself|just us|with him alone|at his (?:house"
        r"|"
        r"place|apartment))\b",
        r"\b(?:pays|paid|gives|gave|buys|bought|promised) me\b.{0,30}\bto (?:keep quiet|stay quiet|"
        r"not tell|keep (?:it )?(?:a )?secret|keep my mouth shut|not say anything)\b|\bwhat (?:he|"
        r"she|they) (?:does|did|do|keeps doing) to me\b(?! (?:in|at|on) (?:the )?(?:game|class|"
        r"practice|fortnite)\b)",
        r"\b(?:asked|asks|asking|wants|wanted|begging|keeps asking|keep asking) (?:me )?(?:for )?"
        r"(?:pics|pictures|photos|videos?|selfies)\b (?:of (?:my|me) (?:feet|body|legs|chest|butt|"
        r"thighs|underwear|in bed))\b|\b(?:pics|pictures|photos) of my (?:feet|body|legs|thighs)\b"
        r".{0,30}\b(?:wants more|asking for more|now he wants|now she wants|keeps asking|pays|paid|"
        r"money)\b",
        r"\b(?:send|sending|take|taking|sent)\b (?:him |her |them )?(?:selfies|pics|pictures|"
        r"photos|videos?)\b (?:in|from) (?:my|the) (?:room|bed|bedroom|bathroom|shower)\b",
        r"\bif (?:i|you) (?:really |truly )?(?:loved|love|cared about|trusted|liked) (?:him|her|me)"
        r"\b.{0,20}\b(?:id|i would|youd|you would|youll|i have to|you have to|i should)? ?(?:send|"
        r"show|do it|take|prove|sleep with|come over|skip)\b",
        r"\bmakes? me (?:sell|send|post|take|make) (?:pics|pictures|photos|videos|nudes|content|"
        r"an onlyfans)\b",
        r"\b(?:gives|gave|gives us|gave us|gets me|got me) (?:me |us )?(?:weed|alcohol|drinks|beer|"
        r"liquor|pills|edibles|vapes?|shots)\b.{0,40}\b(?:pictures|pics|photos|videos) of (?:me|"
        r"us)\b",
        r"\b(?:work|pay|do stuff)\b.{0,10}\bfor (?:him|her|them)\b.{0,20}\bto pay (?:back|off)\b|"
        r"\bpay (?:back|off) (?:the )?(?:rent|money|debt|ride|phone|clothes|food|room|trip|bus "
        r"ticket)\b (?:he|she|they) (?:covered|paid|gave|bought|spent)\b",
        r"\b(?:keeps|took|takes|has|kept|holds|holding|hides|hid|wont give me) (?:back )?my (?:id|"
        r"passport|papers|birth certificate|documents|social security card|green card|visa)\b"
        r".{0,60}\b(?:work|pay|paid|restaurant|house|owe|debt|leave)\b|\b(?:doesnt|does not|wont|"
        r"never|dont) pays? (?:me|us)\b.{0,40}\b(?:keeps|took|has|holds|hid) my (?:id|passport|"
        r"papers|documents|birth certificate)\b",
        r"\bmakes? me work\b.{0,60}\b(?:doesnt|does not|dont|wont|never) (?:pay|let me (?:keep|"
        r"go|leave))\b",
        # Neglect and punishments: not fed, food locked, kept in a room, nobody home for days,
        # kept awake and hungry.
        r"\b(?:doesnt|does not|dont|do not|wont|never|stopped|barely) (?:feed|feeding|feeds) (?:us|"
        r"me|my (?:little |baby )?(?:brother|sister|brothers|sisters|siblings))\b(?! (?:junk|fast|"
        r"candy|sweets|sugar|soda|chips|meat|pork|beef|dairy|gluten|that|this|takeout|out|"
        r"vegetables|veggies|breakfast in bed|spicy)\b)|\bonly (?:eat|"
        r"eats|get to eat|gets to eat|meal is|meals are|food is) (?:at|is) school\b",
        r"\b(?:put|puts|putting) a lock on the (?:fridge|refrigerator|pantry|cabinets|food)\b|"
        r"\block on the (?:fridge|refrigerator|pantry)\b|\b(?:locks|locked|lock) (?:up )?(?:the )?"
        r"(?:fridge|refrigerator|pantry|food)\b(?=.{0,40}\b(?:cant eat|so we|so i|from (?:us|me)|"
        r"hungry|starv\w*)\b)",
        r"\bnot allowed to (?:leave|come out of|go out of|get out of) my room\b(?=.{0,40}\b(?:excep"
        r"t|"
        r"for days|at all|ever|doorknob|locked|lock)\b)|\b(?:take|took|takes|taken) (?:off )?(?:the"
        r"|"
        r"my) (?:doorknob|door knob)\b",
        r"\b(?:nobody|no one) (?:has |have )?(?:picked me up|come home|been home|fed (?:me|us)|"
        r"checked on (?:me|us))\b.{0,20}\b(?:in|for) (?:\d+|two|three|four|five|a few|several) days"
        r"\b|\b(?:no one|nobody) (?:is )?(?:home|at home|has been home) (?:in|for) (?:\d+|two|"
        r"three|four|several|a few) days\b",
        r"\b(?:wont|will not|doesnt|does not|dont|never) let (?:me|us) (?:sleep or eat|eat or "
        r"sleep|sleep (?:or|and) eat|eat (?:for|all) (?:days|day)|sleep for days)\b",
        r"\b(?:ask\w*|make\w*|made|want\w*|tell\w*|told|pull\w*|keeps? asking) me to sit on (?:his|"
        r"her) lap\b|\bsit(?:ting)? on (?:his|her) lap\b.{0,30}\b(?:feels? (?:wrong|weird|off|"
        r"gross)|uncomfortable|creepy|dont like it)\b",
        r"\b(?:came|comes|walked|walks|barged|barges|keeps coming|opened the door|open the door)\b "
        r"(?:in|into) (?:the bathroom|my room|the shower|my bedroom)\b.{0,20}\bwhile (?:i was|i am|"
        r"im|i m|i) (?:showering|in the shower|changing|getting dressed|naked|sleeping|asleep|in "
        r"the bath)\b",
        r"\b(?:excuse|explain|cover|hide|cover up|lie about|makeup for)\b.{0,20}\b(?:a |the |this |"
        r"these |my )?(?:bruises?|handprints?|hand prints?|black eye|busted lip|fat lip|welts?|belt"
        r" "
        r"marks?|choke marks?)\b.{0,40}\b(?:did it|did this|gave me|from (?:my|his|her)|before "
        r"school|so (?:nobody|no one|teachers?|the nurse))\b",
        r"\bhandprints? on my (?:face|arm|neck|cheek|back|leg|butt|arms)\b(?!.{0,30}\b(?:sleep\w*|"
        r"lol|paint|clay|art|craft|pillow|lmao)\b)",
    ],
}
_ROUND9_SPANISH_SIGNS: dict[str, list[str]] = {
    "self_harm": [
        r"\bya (?:tengo|lo tengo) todo (?:planeado|listo|preparado|decidido)\b(?!.{0,40}\b(?:fiesta"
        r"|"
        r"cumple\w*|viaje|boda|quince\w*|examen|proyecto|tarea|baile|sorpresa|graduacion)\b)",
        r"\b(?:sigo|volvi a|empece a|estoy) cortandome\b(?! el (?:pelo|cabello|fleco))|"
        r"\bme (?:vuelvo a cortar|sigo cortando|volvi a cortar|corto (?:cada|cuando|otra vez))\b"
        r"(?! el (?:pelo|cabello|fleco))",
        r"\bmensaje de despedida\b.{0,40}\bno (?:contesta|responde|me contesta|aparece)\b",
        r"\bpara que nadie (?:vea|note|se de cuenta de|mire) (?:mis |las )?(?:cortadas|cortes|"
        r"marcas|cicatrices|heridas|brazos)\b",
        r"\b(?:escond\w*|tapar\w*|tapo|cubr\w*|ocult\w*)\b.{0,15}\b(?:las |mis )?(?:marcas|"
        r"cortadas|cortes|cicatrices)\b",
        r"\b(?:me pegue|me pego|me golpee|me golpeo|me rasgue|me rasguno|me rasco)\b.{0,40}"
        r"\bhasta (?:sangrar|que (?:me )?sangr\w*|sacarme sangre|dejarme morad\w*)\b",
        r"\b(?:vomito|vomitar|me provoco el vomito|me hago vomitar|laxantes?|no como|dejo de "
        r"comer)\b.{0,40}\b(?:castig\w*|no (?:me )?lo merezco|no merezco|gorda|gordo)\b|\bpara "
        r"castigarme\b",
        r"\bno (?:como|quiero comer|he comido|desayuno|ceno)\b.{0,30}\bno (?:me )?lo merezco\b|\bno"
        r" "
        r"(?:me )?merezco (?:la comida|comida|el almuerzo)\b",
        r"\busarlas? conmigo\b|\b(?:pistola|arma|cuchillo|navaja|pastillas)\b.{0,40}\b(?:usarla|"
        r"usarlo|usarlas) (?:en|contra) mi\b",
    ],
    "danger": [
        r"\b(?:alguien|un hombre|un senor|un tipo|unos hombres|unos tipos)\b (?:esta |estan )?"
        r"(?:tratando|intentando|queriendo) (?:de )?(?:abrir|forzar|romper) (?:la|mi|nuestra) "
        r"(?:puerta|ventana|cerradura)\b",
        r"\b(?:varad[oa]s?|atorad[oa]s?|perdid[oa]s?|me dejaron|me dejo|nos dejaron|se descompuso "
        r"el carro)\b.{0,40}\b(?:carretera|autopista|gasolinera|monte|bosque|en medio de la nada|"
        r"estacion|camino)\b.{0,40}\b(?:de noche|noche|oscuro|sin (?:dinero|bateria|celular|pila|"
        r"senal|como regresar)|sol[oa])\b",
    ],
    "abuse": [
        r"\b(?:me tiene|me tienen|me pone|me ponen) (?:a )?trabaj\w*\b.{0,60}\b(?:le debo|les debo|"
        r"la deuda|del viaje|pagar)\b|\b(?:le|les) debo (?:dinero )?(?:del|por el) (?:viaje|"
        r"cruce|pasaje|camino)\b",
        r"\b(?:papa|mama|padrastro|madrastra|tio|tia|abuel[oa]|novio)\b.{0,15}\ble (?:pega|pegan|"
        r"golpea|golpean|da golpes|patea)\b a (?:mi|mis)\b|\bhasta dejarl[oa]s? (?:morad[oa]s?|"
        r"sangrando|inconsciente)\b",
        r"\b(?:coach|entrenador\w*|maestr[oa]|profe\w*|tio|padrastro|vecino|pastor|jefe|primo|"
        r"senor|hombre)\b.{0,60}\b(?:(?:es|sea) (?:nuestro|un) secreto|que no le (?:diga|cuente)\w*"
        r" "
        r"a nadie|mensajes raros)\b",
    ],
}
for _kind, _rules in _ROUND9_SIGNS.items():
    SIGNS[_kind].extend(_rules)
for _kind, _rules in _ROUND9_SPANISH_SIGNS.items():
    SPANISH_SIGNS[_kind].extend(_rules)

# Round 10 (heldout15's and heldout16's classes). Again mostly earlier classes in other words:
# a future denied beside a career question (by a time, "if im still here", "for mine"), an end
# told in the words of games and computers ("alt f4 irl", "no respawn", "close the window for
# good"), a method asked about (does it hurt, which is faster, poison with no use for it), means
# looked at (a gun safe's code, the knives "differently"), things left for after (passwords,
# an obituary, a room); abuse by a trusted adult told by its acts (underwear, a kiss, a hand on
# the chest, held in a truck), an online "job" out of town, kept out of school to work; danger
# told plainly (a car or boat flipped, guns outside now, a school to explode, poison in the
# water, a stranger in a locker room).
_TIME_AHEAD = (
    r"(?:\d+|\d+th|eighteen|seventeen|sixteen|next (?:year|month|week|summer|spring|fall)|"
    r"senior year|junior year|graduation|prom|summer|christmas|my birthday|the end of (?:the )?"
    r"(?:year|month|week|semester)|then|that|the time)"
)
_CAREER_AHEAD = (
    r"(?:to (?:find out|see (?:it|that|them|graduation)|enjoy it|graduate|get there|cash (?:it|"
    r"a check|my check)|use (?:it|them|that)|need (?:it|that|one)|start|finish)|for (?:that|it|"
    r"senior year|graduation|college|the summer|next year|any of (?:it|that)|my future)|long "
    r"enough|by then|that long)"
)
_GAME_END = (
    r"(?:alt f4|ctrl alt delete|control alt delete|log(?:ging)? off|uninstall\w*|rage quit\w*|"
    r"quit\w*|delet\w*|shut\w* down|unplug\w*|power\w* off|close\w*|exit\w*|game over)"
)
_ROUND10_SIGNS: dict[str, list[str]] = {
    "self_harm": [
        # A future denied by a time or an age ("why would i need a career if im dead by 17",
        # "like im gonna make it to 2030. im not"), "if im still here which i doubt", "not sure
        # ill be around to find out", "not gonna be here for senior year", "meant for a coffin".
        rf"\b(?:im|i am|ill be|i will be|gonna be|going to be|probably) dead (?:by|before) "
        rf"{_TIME_AHEAD}\b(?!.{{0,30}}\b(?:tired|on my feet|sleep\w*|if i (?:dont|do not) "
        r"(?:sleep|eat|get)|from (?:work|practice|school|this)|lol|lmao|haha\w*)\b)",
        r"\blike (?:im|i am) (?:gonna|going to|ever gonna|ever going to) (?:make it|live|be "
        r"(?:alive|around|here)) (?:to|till|until|that long|for)\b.{0,30}\b(?:im not|i wont|"
        r"i will not|not happening|never)\b",
        r"\bif (?:im|i am) still (?:here|alive|around)\b.{0,20}\b(?:which i doubt|doubt it|"
        r"probably not|prob not|i doubt|which i wont be|which idk|big if)\b",
        rf"\b(?:not sure|dont know if|do not know if|idk if|doubt|dont think|doubt that) (?:ill|i "
        rf"will|im gonna|im going to|i am going to) (?:still )?(?:be|stay|live|make it) "
        rf"(?:around |here |alive )?{_CAREER_AHEAD}\b",
        r"\b(?:im|i am|i aint) (?:not )?(?:gonna|going to) be (?:here|around|alive) (?:for|to see|"
        r"by) (?:senior year|junior year|graduation|prom|college|next (?:year|semester|fall|"
        r"spring)|the (?:fall|spring|summer))\b(?=.{0,60}\b(?:so|whats the point|why|point|"
        r"anyway|doesnt matter|no point|pointless)\b)",
        r"\b(?:meant|made|headed|destined|built) for (?:a|the|my) (?:coffin|casket|grave|"
        r"body bag|morgue)\b",
        r"\b(?:dont|do not|cant|can not) (?:think i can |see myself |)(?:do|survive|handle|last) "
        r"(?:another|one more) (?:semester|year|month|week|day|summer|winter) of (?:living|being "
        r"alive|life|existing|this life)\b",
        r"\b(?:which|what) (?:jobs?|careers?)\b.{0,40}\b(?:dont|do not|doesnt) (?:require|need) "
        r"(?:you|me|u) to be alive\b",
        r"\b(?:fafsa|scholarship|college fund|savings|money|insurance|my stuff|my account)\b.{0,30}"
        r"\bif (?:im|i am|i was|i were|i end up) dead\b.{0,40}\b(?:plan|asking because|asking for "
        r"a reason|soon|for real|seriously)\b",
        r"\b(?:life )?insurance\b.{0,60}\b(?:self ?inflicted|suicide|if i (?:kill|killed|end|"
        r"ended))\b(?!.{0,20}\b(?:wounds? (?:in|at) (?:the|an) (?:er|hospital)|class|essay)\b)",
        r"\b(?:my funeral|mine) (?:is|will be) (?:coming|soon|next|close)\b|\b(?:funeral|"
        r"funerals)\b.{0,40}\b(?:i mean|like) (?:for )?mine\b|\bbecause mine is coming\b",
        r"\b(?:i|we) (?:wont|will not) be at (?:the|practice|the game|school|class|work)\b.{0,30}"
        r"\bor ever\b|\b(?:friday|tomorrow|monday|saturday|sunday|tonight) or ever\b",
        r"\b(?:stopped|stop|dont|do not|no longer|dont even) car\w* (?:if|whether|about whether|"
        r"if or not) i (?:wake up|live|die|make it|survive|am alive|exist)\b",
        r"\b(?:idk if|dont know if|not sure if|not sure) i (?:even )?want to (?:live|be alive|be "
        r"around|stay alive) (?:to see|until|till|for|long enough)\b",
        r"\bi (?:dont|do not) have (?:a|any) future\b(?! (?:in|as|with|at|playing|if i (?:dont|"
        r"keep|stay))\b)(?=.{0,40}\b(?:so|anyway|skip|point|why|whats|lol)\b|\s*$)",
        # An end told in the words of games and computers ("alt f4 irl", "rage quitting life, no
        # respawn", "about to close the whole window for good", "the end credits of my life").
        rf"\b{_GAME_END} (?:irl|on life|life|my life|myself|from life|real life|for me)\b"
        r"(?!.{0,20}\b(?:in (?:the|this) game|ranked|match)\b)",
        rf"\b{_GAME_END}(?: (?:myself|me|my life|life|it all|everything|irl|this life))?(?: "
        r"(?:tonight|today|now|this weekend|soon))? (?:for good|forever|permanently|no respawn\w*|"
        r"no restart|no continues|for real this time)\b(?!.{0,20}\b(?:account|app|tiktok|"
        r"instagram|snap|social|server|discord|group chat|gc|the game)\b)",
        r"\bno respawn\w*\b|\b(?:end|closing) credits (?:of|on) my life\b|\bgame over for me\b"
        r"(?=.{0,30}\b(?:not (?:the|a) (?:video )?game|irl|for real|in real life|fr)\b|\s*$)",
        r"\b(?:my life|life)\b.{0,60}\bclose (?:the|it|my|this) (?:whole )?(?:window|tab|app|game|"
        r"program)\b.{0,20}\b(?:for good|forever|permanently|now)\b",
        r"\b(?:gonna|going to|about to|ready to|want to|ill|i will|need to|time to) make "
        r"(?:it|this|everything|the pain) "
        r"(?:all )?stop (?:for good|forever|permanently)\b",
        # Methods asked about: does it hurt, which is faster, poison with no use for it, the
        # painless way, a dose to stop a heart.
        r"\b(?:do|does|would|will) (?:people|you|u|someone|a person|anyone)(?: who| that)? "
        r"(?:jump\w*|hang\w*|drown\w*|overdos\w*|od|shoot themselves|slit\w*|get hit by a train|"
        r"jump off (?:a|the) \w+)\b(?: \w+){0,3} (?:feel (?:it|anything|pain)|hurt|suffer|die "
        r"right away|die instantly)\b|\b(?:does|would|will|do) (?:it|drowning|hanging|jumping|"
        r"overdosing|bleeding out|suffocating) (?:really )?hurt (?:when|if) (?:you|u|i|people|"
        r"someone|a person) (?:drown|hang|jump|overdose|od|bleed out|suffocate|get hit by a "
        r"train|slit)\w*\b|\b(?:does|would|will|do) (?:drowning|hanging|overdosing|bleeding out|"
        r"suffocating) (?:really )?hurt\b",
        r"\bwhich (?:is|would be|one is) (?:faster|quicker|less painful|more painless|surer|more "
        r"certain)\b.{0,40}\b(?:the river|the bridge|the tracks|pills|rope|the gun|the lake|the "
        r"roof|overdos\w*|hanging|drowning|jumping)\b",
        r"\b(?:whats|what is|is there|tell me|know) (?:the|a|an) (?:most )?painless(?:est)? way\b"
        r"(?! to (?!die|go|end|do it|kill|not wake)\w)",
        r"\bcan (?:a|an|i|u|you) (?:\d+ year old|minor|teen\w*|kid|student)? ?(?:buy|get|order)\b"
        r".{0,20}"
        r"\b(?:rat poison|antifreeze|cyanide|arsenic|strychnine|poison)\b(?!.{0,30}\b(?:for (?:the|"
        r"our|my) (?:rats|mice|barn|garage|shop|car|mouse)|we have (?:rats|mice)|class)\b)",
        r"\b(?:dose|amount|how many|how much)\b.{0,30}\b(?:would|will|to|could) stop (?:someones|"
        r"a persons|my|your|a|the) heart\b",
        # Means looked at and voices to jump ("i looked at the gun safe code again", "i keep
        # looking at the knives in the kitchen differently", "my brain keeps saying jump").
        r"\b(?:gun safe|gun cabinet|gun case|gun box|safe)\b (?:code|combo|combination|key)\b"
        r".{0,30}\b(?:again|today|tonight|finally|keep|figured|guessed|found)\b|\b(?:figured out|"
        r"guessed|cracked|found|stole|took)\b.{0,20}\b(?:gun safe|gun cabinet|gun case)\b (?:code|"
        r"combo|combination|key)\b|\b(?:figured out|guessed|cracked|found|stole|took|got) "
        r"(?:the )?(?:code|combo|combination|key|password) (?:to|for|of) (?:my \w+ |the |our |his "
        r")?(?:gun safe|gun cabinet|gun case|gun box|gun closet|gun locker)\b",
        r"\b(?:look\w*|stare\w*|think\w*) (?:at|about) (?:the|my|those|our) (?:knives|knife|"
        r"pills|rope|gun|bridge|tracks|razor|blades|belt|cords?)\b(?: \w+){0,4} (?:differently|"
        r"a different way|in a different way|too long|a lot lately)\b",
        r"\b(?:brain|head|mind|voice|voices|thoughts?|something) (?:keeps?|kept|is|are|was|"
        r"were|always|just)? ?(?:saying|telling me|whispering|screaming|yelling) (?:to |at me to "
        r")?(?:jump|do it|end it|kill myself|cut|let go|step off)\b(?! (?:in|into|on|for) (?:the|a|"
        r"my) (?:pool|lake|water|river|shower|car|bed|game|trampoline|call|chance|job)\b| rope\b| "
        r"at (?:the|this) (?:chance|offer)\b)",
        r"\b(?:top|edge) of (?:the|a) (?:bleachers|parking garage|parking deck|building|bridge|"
        r"roof|overpass|water tower|stadium)\b.{0,60}\b(?:thinking about|think about|looking at|"
        r"stare at|staring at) (?:the )?(?:drop|fall|jump|ground|edge|bottom)\b|\bthinking about "
        r"the (?:drop|fall)\b.{0,20}\b(?:a lot|lately|again|every)\b",
        r"\b(?:car|truck)\b.{0,40}\b(?:engine|motor|car) (?:running|on)\b.{0,30}\b(?:windows? "
        r"(?:up|closed|rolled up)|doors? (?:shut|closed|locked)|hose|tailpipe)\b|\b(?:windows? "
        r"(?:up|closed|rolled up))\b.{0,30}\b(?:engine|motor) (?:running|on)\b",
        r"(?:\bi (?:might|could|will|want to|wanna|should|am going to|keep thinking about|think "
        r"about)|\bim (?:gonna|going to|thinking (?:about|of)|about to|tempted to)|\bthinking "
        r"(?:about|of)) (?:driv\w*|crash\w*|swerv\w*)(?: my (?:car|truck))? (?:off|into|of) (?:the|"
        r"a) (?:levee|bridge|cliff|river|"
        r"lake|overpass|wall|tree|pole|embankment|reservoir)\b(?!.{0,30}\b(?:almost|nearly|"
        r"accident\w*|ice|icy|storm|rain|deer|fog)\b)",
        r"\b(?:doing|do|did) (?:the thing|what (?:hannah|she|he) did)\b.{0,30}\b13 reasons\b",
        r"\b(?:cover|hide|covering|hiding|conceal\w*) (?:up )?(?:my |the |these |fresh |new )?"
        r"(?:cuts|scars on my (?:wrists?|arms?|thighs?|legs?)|selfharm \w+|marks on my "
        r"(?:wrists?|arms?|thighs?))\b(?!.{0,30}\b(?:from (?:the|a|my) (?:cat|dog|surgery|roses?|"
        r"kitchen|shaving|accident)|tattoo|acne)\b)",
        # Things left for after (passwords, an obituary, a room, "delete my search history"),
        # and a last word ("sorry to whoever reads this", "its ok to go", "they would get over
        # it", "bye for good", "this is the last time ill be on this app").
        r"\bmy (?:own )?(?:obituary|eulogy|obit)\b",
        r"\b(?:passwords?|log ?ins?|pin)\b.{0,50}\b(?:for my (?:family|mom|dad|parents|sister|"
        r"brother)|for after|when im gone|if something happens|just in case)\b|\bfor my "
        r"(?:family|mom|dad|parents)\b.{0,20}\b(?:folder|file|note|envelope|box)\b.{0,40}"
        r"\b(?:passwords?|accounts?|everything)\b",
        r"\bif i (?:disappear|vanish|am gone|m gone|die|go missing|dont come back)\b.{0,40}\b(?:my"
        r" (?:phone )?(?:password|passcode|pin)|delete my (?:search )?history|delete my \w+|tell "
        r"\w+)\b",
        r"\b(?:sorry|thank you|thanks|goodbye|bye) (?:to )?whoever (?:reads|finds|sees) this\b",
        r"\b(?:its|it is|is it) (?:ok|okay|alright|fine) (?:for me )?to (?:go|let go|leave for "
        r"good|stop fighting|give up)(?: now| tonight| finally| yet)?\s*$|\btell me (?:its|it is) "
        r"(?:ok|okay) to (?:go|let go)\b",
        r"\b(?:would|will|gonna|going to|can)(?: all)? get over it\b.{0,60}\b(?:would|will|gonna|"
        r"going to|can)(?: all)? get over it\b|\b(?:everyone|they|my (?:friends|family|mom|"
        r"parents)) (?:would|will) (?:get over it|be fine without me|move on)\b(?=.{0,30}\b(?:its "
        r"fine|it is fine|anyway|eventually|if i (?:die|died|was gone|were gone|wasnt here|killed "
        r"myself|did it))\b|\s*$)",
        r"\b(?:bye|goodbye) (?:for good|forever|for real this time)\b(?!.{0,30}\b(?:lol|lmao|"
        r"group|chat|gc|tiktok|twitter|app|school|summer|middle school|see you)\b)",
        r"\b(?:sorry for everything|im sorry for everything)\b.{0,20}\b(?:this is it|its time|"
        r"its over|im done)\b|^(?:im )?sorry(?: \w+){0,3} this is it\s*$",
        r"\bthe last time (?:ill|i will|im gonna|i am going to|youll) (?:be on|see me on|hear "
        r"from me on|use|open) (?:this|the) (?:app|chat|site|thing)\b(?!.{0,30}\b(?:because|cuz|"
        r"bc|since|deleting|switching|graduat\w*|phone|lol)\b)",
        r"\b(?:can|gets to|will) have my (?:room|bed|stuff|things|clothes|car|phone|switch|xbox|"
        r"ps5|cat|dog) (?:soon|when im gone|after|after im gone|once im gone)\b(?!.{0,30}\b(?:move"
        r"|moving|college|leave for|dorm|army|navy|deploy\w*)\b)",
        r"\bgave (?:away )?my (?:cat|dog|pet|bird|hamster|fish|rabbit|snake)\b.{0,60}\b(?:who"
        r"(?:ll| will) (?:actually |still )?be (?:around|here|alive)|wont be (?:around|here)|"
        r"after im gone)\b",
        r"\b(?:pray|praying|prayed|ask|asking|beg\w*) (?:to )?god (?:every night |each night )?"
        r"(?:to take me|takes me|would take me|will take me|to let me die|to not wake me up|"
        r"that i dont wake up)\b",
        r"\b(?:the )?only (?:thing|one|reason) (?:keeping me|stopping me|thats keeping me|"
        r"holding me)(?: here| alive| from (?:it|doing it|ending it))? (?:is|are) (?:my|the)\b",
        r"\b(?:picked|picking|chose|choosing|planned|planning|decided)(?: out)? (?:what|the "
        r"songs?|the music|which songs?|what songs?|the outfit|what i wear|what i want)\b.{0,30}"
        r"\b(?:at|for) my (?:funeral|burial|memorial)\b",
        r"\bwant (?:the )?(?:silence|peace|quiet|rest|nothingness|darkness) of (?:being dead|death|"
        r"the grave|not existing|not being alive)\b",
    ],
    "danger": [
        r"\b(?:car|truck|suv|van|jeep|boat|canoe|kayak|raft|bus)\b (?:just |has |had )?(?:flipped|"
        r"flip over|rolled over|capsized|tipped over|turned over|is sinking|sank|started sinking)"
        r"\b(?!.{0,30}\b(?:in (?:the|a) (?:game|movie|video|show)|gta|yesterday|last (?:year|week|"
        r"month)|ago)\b)",
        r"\b(?:were|we are|im|i am|theyre|she is|shes|hes|he is) (?:stuck |trapped )?upside down\b"
        r"(?=.{0,30}\b(?:car|truck|help|cant get out|stuck|trapped|ditch|seatbelt)\b)|\b(?:car|"
        r"truck|bus)\b.{0,30}\bupside down\b",
        r"\b(?:help|fell in|fell into|in the (?:water|lake|river|pool|reservoir)|boat|flipped)\b"
        r".{0,40}\b(?:cant|can not|cannot|doesnt know how to) swim\b",
        r"\b(?:water|the water) (?:is )?(?:coming|pouring|getting|rushing) in(?:side)?\b(?!.{0,20}"
        r"\b(?:the basement window|a little|when it rains)\b)|\b(?:ditch|creek|river|lake|flood\w*)"
        r"\b.{0,40}\bwater (?:is )?(?:coming|rising|pouring)\b.{0,30}\b(?:car|truck|windows?|"
        r"doors?|seats?|cant get out|stuck|trapped)\b",
        r"\b(?:crashed|wrecked|crash|wreck|flipped|accident)\b.{0,40}\b(?:people|kids|someone|"
        r"everyone|my \w+|he|she|they|we)(?: is| are|re| were)? (?:hurt|bleeding|injured|not moving"
        r"|unconscious|trapped|stuck|pinned|knocked out)\b",
        r"\b(?:fighting|shooting|fight|beef|brawl)\b.{0,30}\b(?:with|have|got|pulled|pulling out)"
        r" (?:guns|a gun|knives|pistols|glocks)\b(?=.{0,40}\b(?:right now|rn|outside|now|here|at "
        r"(?:the|my|our))\b)|\b(?:guns|gun) (?:out|drawn) (?:outside|right now|rn)\b",
        r"\b(?:school|building|gym|bus|cafeteria|our school|the school)\b (?:will|is going to|"
        r"gonna|is gonna|finna|is about to) (?:explode|blow up|get blown up|be blown up)\b"
        r"(?!.{0,20}\b(?:with (?:excitement|noise|cheers)|lol|when)\b)|\b(?:bomb|explosives?) "
        r"(?:in|at|under) (?:the|our|my) (?:school|gym|cafeteria|locker|bus|building)\b",
        r"\b(?:hes|he is|shes|she is|theyre|they are|gonna|going to|will|is going to|plans to|"
        r"planning to) (?:poison\w*) (?:the|our|my|his|her|their|everyone|everybodys|people)\b"
        r"(?: \w+)?(?! (?:ivy|oak)\b)",
        r"\b(?:strange|random|unknown|weird|creepy|grown|older) (?:man|guy|dude|adult|person|men) "
        r"(?:(?:is|was|keeps|kept) )?(?:hiding |coming |came |standing |waiting )?(?:in|inside|"
        r"into) (?:the|our|my) (?:girls |"
        r"boys )?(?:locker room|bathroom|restroom|changing room|showers?|house|bedroom|room|dorm|"
        r"stall)\b",
        r"\b(?:list|hit list|kill list) (?:of names|with names)?\b.{0,60}\b(?:mine is on it|my name"
        r" is on it|im on it|i am on it)\b.{0,60}\b(?:guns?|rifle|shoot\w*|weapon\w*|knife)\b",
    ],
    "abuse": [
        # A trusted adult told by acts: in underwear, a kiss, a hand on the chest, held in a
        # truck "until i kissed him".
        rf"\b{_TRUSTED}\b.{{0,60}}\b(?:in (?:our|my|their) (?:underwear|(?:sports )?bras?|boxers|"
        r"briefs|swimsuits?|bathing suits?|towels?)|without (?:our|my) (?:clothes|shirts?)|naked|"
        r"undress\w*|take off (?:my|our) (?:clothes|shirts?|bra)|(?:change|undress|strip|get "
        r"changed|shower) in front of (?:him|her))\b",
        r"\b(?:husband|coach|teacher|boss|manager|uncle|step ?dad|neighbor|pastor|grown man|older "
        r"(?:man|guy)|the man|a man|dad|father|cousin|tutor|trainer|director)\b.{0,40}\b(?:keeps?|"
        r"kept|always|tried|tries|trying|tryna|wants) (?:trying )?to (?:kiss|touch|feel on|grab) "
        r"me\b",
        r"\b(?:put|puts|putting|had|has|kept|keeps) (?:his|her) hands? (?:on|under|down) my "
        r"(?:chest|breasts?|boobs|butt|thigh|thighs|shirt|pants|skirt|bra|private\w*|waist)\b",
        r"\b(?:wouldnt|would not|wont|will not|didnt|did not) let me (?:out|leave|go|get out|go "
        r"home)\b(?: of (?:the|his|her) \w+)? (?:until|till|til|unless) i (?:kiss\w*|touch\w*|did|"
        r"do|sent|send|let him|let her|gave|give|sat)\b",
        r"\b(?:work|pay) off (?:my|the|a|this|that) debt\b.{0,40}\b(?:by|meeting|with|friends|men|"
        r"guys|sleeping|doing (?:stuff|things|favors)|hanging out)\b",
        r"\b(?:on|from|off) (?:insta\w*|ig|tiktok|snap\w*|discord|facebook|online|the internet|an "
        r"app)\b.{0,60}\b(?:says|said|offered|told me|promised|gonna|can)\b.{0,40}\b(?:job|work|"
        r"gig)\b.{0,30}\b(?:dancing|dancer|modeling|model|hostess|hosting|massage|escort\w*|in "
        r"(?:atlanta|houston|dallas|memphis|new orleans|vegas|miami|another state|another city))"
        r"\b",
        r"\b(?:he|she|they|the (?:recruiter|manager|boss|guy|man|lady))\b (?:already )?(?:has|have"
        r"|took|kept|keeps|got) (?:my|our) (?:id|ids|passport|papers|birth certificate|social "
        r"security card|social)\b(?!.{0,20}\b(?:for (?:the|my) (?:i9|paperwork|application|"
        r"hiring)|to (?:copy|scan|check))\b)",
        r"\b(?:cant|can not|cannot|dont|wont|not allowed to|not letting me|wont let me|have to|has "
        r"to|made me|makes me|making me|need to) (?:go to|attend|be in|quit|drop out of|stop going "
        r"to|leave) school (?:anymore )?(?:so|because|cause|cuz|to) (?:i |she |he |they )?(?:can |"
        r"have to |has to |need to |got to |must )?work\b(?!.{0,30}\b(?:a double|tomorrow|today|"
        r"this (?:week|weekend))\b)|\b(?:\d+|all) hours? a (?:week|day)\b.{0,50}\b(?:with no pay|"
        r"without pay|for no pay|gives? me no pay|(?:doesnt|does not|never|dont|wont) pay(?:s)? "
        r"(?:me|us))\b",
        r"\b(?:my (?:little |baby |younger )?(?:sisters?|brothers?|siblings?)|we|the kids|my baby "
        r"\w+) (?:havent|have not|hasnt|has not|didnt|did not) (?:eaten|ate|had (?:food|anything "
        r"to eat|a meal))\b (?:since (?:yesterday|last night|\w+day|the day before)|in (?:\w+ )?"
        r"days|for (?:\w+ )?days|since lunch (?:at school )?yesterday)\b",
        r"\b(?:we|i) (?:dont|do not|dont even) have (?:lights|power|electricity|water|food)\b"
        r"(?: (?:or|and|no) (?:lights|power|electricity|water|food))+\b(?!.{0,30}\b(?:storm|"
        r"hurricane|tornado|outage|ice)\b)",
    ],
}
_ROUND10_SPANISH_SIGNS: dict[str, list[str]] = {
    "self_harm": [
        r"\bno (?:creo|pienso|se si) (?:que )?(?:yo )?(?:vaya a|voy a|llegue a) (?:estar|seguir|"
        r"vivir) (?:aqui|viv[oa]|aca)?\s*(?:para|hasta|mucho)\b",
        r"\bno voy a estar (?:aqui|viv[oa]|aca) (?:para|en) (?:el|la|los|mi|eso|entonces)\b"
        r"(?! (?:viaje|fiesta|cumple\w*|reunion|partido)\b)(?!.{0,30}\b(?:porque|me mudo|nos "
        r"mudamos|viaje|vacaciones|de viaje)\b)",
        r"\b(?:le |les )?(?:regale|regalo|di|reparti|deje) (?:todas )?mis cosas\b.{0,40}\b(?:ya "
        r"(?:casi )?es hora|ya no las necesito|antes de irme|para cuando no este)\b|\bya casi es "
        r"(?:la )?hora\s*$",
        r"\b(?:le )?pido a dios que me lleve\b|\bdios no me lleva\b|\bme voy yo solit[oa]\b",
        r"\bsi me pasa algo\b.{0,40}\b(?:no fue (?:su|tu) culpa|los quiero|l[oa]s? quiero|digan\w*"
        r")\b",
        r"\blo unico que me (?:detiene|mantiene aqui|mantiene viv[oa]|queda) es\b",
        r"\bno tengo (?:razon(?:es)?|motivos?|ganas) (?:para|de) (?:seguir )?(?:vivir|viviendo|"
        r"existir|estar aqui)\b",
        r"\b(?:casi )?me (?:aviento|avente|aventare|tiro|tire|lanzo|lance)\b.{0,20}\b(?:del|de la|"
        r"desde el|desde la) (?:techo|puente|azotea|edificio|orilla)\b|\b(?:orilla|borde) del "
        r"(?:techo|puente|edificio)\b.{0,40}\b(?:aviento|avente|tiro|tire|lanzo|saltar|brincar)\b",
    ],
    "danger": [
        r"\b(?:va a|van a|dijo que va a|dice que va a) traer (?:el|un|una|la|su) (?:rifle|pistola|"
        r"arma|cuete|cuchillo|escopeta|navaja)\b.{0,40}\ba la (?:escuela|prepa|clase)\b",
        r"\b(?:unos |dos |varios )?(?:hombres|tipos|senores|chavos|vatos) se (?:nos |me )?(?:estan "
        r"|esta )?acerc\w*\b.{0,40}\b(?:bateria|sola|solos|noche|carretera|carro)\b|\b(?:carretera|"
        r"descompuso)\b.{0,60}\b(?:hombres|tipos|senores) se (?:nos |me )?(?:estan |esta )?"
        r"acerc\w*\b",
    ],
    "abuse": [
        r"\bque no (?:le |les )?(?:diga|digas|dijera|cuente|contara|avise) (?:nada )?a (?:mis|tus|"
        r"sus) (?:papas|padres|papa|mama|jefes|tios|abuelos)\b",
        r"\b(?:me agarra|me toca|me manosea|me besa|me abraza)\b.{0,50}\bsi (?:digo|le digo|cuento|"
        r"le cuento) (?:algo|a alguien|algo a alguien)\b",
        r"\b(?:coach|entrenador|maestr[oa]|profe\w*|tio|jefe|pastor|vecino)\b.{0,90}\bque (?:los|"
        r"las) borre\b|\bborr\w* (?:los|sus) mensajes\b.{0,30}\b(?:coach|entrenador|maestr[oa]|"
        r"profe\w*|secreto)\b",
        r"\bme ofrecio (?:un )?trabajo\b.{0,60}\b(?:paga el viaje|pago el viaje|que no le diga|"
        r"en (?:texas|otro estado|otra ciudad)|sin (?:decirle|avisar))\b",
    ],
}
for _kind, _rules in _ROUND10_SIGNS.items():
    SIGNS[_kind].extend(_rules)
for _kind, _rules in _ROUND10_SPANISH_SIGNS.items():
    SPANISH_SIGNS[_kind].extend(_rules)

# Round 11 (heldout17's classes). The misses of both tiers and of the rules alone, by class: an
# end wished without the word (to cease to exist, to stop breathing, to let go, "all over
# with"); a death hoped for from outside (a car wreck, traffic, someone to kill me); a future
# denied by growing up, next week or a goal ("dead by 20"); the world better without me, nobody
# who would cry or look; a method researched or means dwelt on (the least painful way, staring
# at a shotgun, the pills in the nightstand, everything in the cabinet, enough pills); acts and
# marks (a word cut into the arm, a wrist sliced, burned with a lighter, cutting to feel,
# several pills at a time to feel numb, starving to punish); a goodbye that hides itself ("they
# think im transferring", "she doesnt know i meant it", notes for everybody in a drawer); someone
# else's self-harm told by a friend; abuse by acts, threats to keep it secret and exploitation
# (a job that makes her sleep with men, selling for them or they hurt my brother, a marriage at
# 15, an adult of 28 asking a 16-year-old for pictures, locked outside in the cold); danger told
# plainly (a threat to come and kill me, a drunk with a gun, a child with a gun and no adult, a
# stranger from a game, a list of people to kill, a gun sent with "tonight", dudes with guns
# driving by slowly, an address posted, a location texted).
_GUN = r"(?:gun|shotgun|rifle|pistol|handgun|revolver|glock|ar ?15|ak|firearm)"
_REAL_GUN = r"(?<!nerf )(?<!toy )(?<!water )(?<!bb )(?<!cap )(?<!glue )(?<!paintball )" + _GUN
_TELL = (
    r"(?:tell|told|say anything|said anything|report|snitch|talk)(?: to)? (?:the (?:counselor|"
    r"police|cops|teacher|school|principal|nurse|doctor)|anyone|anybody|someone|somebody|a "
    r"teacher|my teacher|my counselor|what (?:happens|happened|he does|she does|he did|she did)|"
    r"my (?:mom|dad|parents))"
)
_ROUND11_SIGNS: dict[str, list[str]] = {
    "self_harm": [
        # An end wished without the word.
        r"\b(?:want to|wish i could|wish i would|need to|going to|just want to|ready to) "
        r"(?:just )?(?:cease to exist|cease existing|stop breathing|stop my (?:own )?heart|stop "
        r"having a (?:heartbeat|pulse))\b",
        r"\b(?:tired|sick) of (?:breathing|having a heartbeat|having a pulse|being (?:alive|"
        r"breathing))\b",
        r"\bwant to (?:just )?let go\b(?=\s*$| (?:of (?:it all|everything|life|this life)|"
        r"forever|for good|now|tonight|already)\b)",
        r"\bwant (?:it all|everything|all of (?:it|this)|my life|this life|life) (?:to be )?over "
        r"with\b(?!.{0,30}\b(?:finals|exams?|tests?|week|semester|season|surgery|practice|school "
        r"year|game|move|trip|interview|appointment)\b)",
        r"\b(?:says?|said|told me|telling me|tell me|keep saying) (?:it|things|life) (?:gets|will "
        r"get|get|is going "
        r"to get) better\b.{0,25}\b(?:it doesnt|it does not|it wont|it never does|it didnt|they "
        r"lied|liars?|lies|im done waiting)\b",
        # A death hoped for from outside.
        r"\b(?:hope|wish|pray|praying)\b(?: that)? i (?:get|got|would get|could get|will get) "
        r"(?:in|into) (?:a )?(?:car |bad |fatal )?(?:wreck|crash|accident)\b|\b(?:hope|wish|pray)"
        r"\b(?: that)? (?:a|some) (?:car|truck|bus|train|semi|drunk driver) (?:hits|kills|runs me "
        r"over|would hit|will hit|hit) me\b|\b(?:hope|wish|pray)\b(?: that)? i (?:get|got) hit by "
        r"(?:a )?(?:car|truck|bus|train|semi)\b",
        r"\b(?:i|im|i am|me)\b(?: \w+){0,3} (?:go |going to |want to |about to |to )?play(?:ing)? "
        r"in (?:the )?(?:traffic|interstate|highway)\b|\b(?:want to|going to|about to|ready to|"
        r"should|might) (?:just )?(?:go )?play in (?:the )?(?:traffic|interstate|highway)\b",
        r"\b(?:wish|hope|pray|want)\b(?: that)? (?:someone|somebody|something|anyone|god) (?:would "
        r"|will |could )?(?:just )?(?:kill|shoot|end) me\b",
        # A future denied by growing up, a short horizon or a goal.
        r"\b(?:dont|do not|never) (?:think|expect|see myself|plan on|plan to) (?:that )?(?:ill |i "
        r"will |im going to |i am going to |to )?(?:ever |even )?(?:grow up|grow old|get old|be an "
        r"adult|"
        r"make it to (?:adult\w*|\d+|eighteen|twenty|thirty))\b",
        r"\b(?:not|dont|do not) (?:even|really|totally) (?:sure|know if) (?:ill|i will|im going to|"
        rf"i am going to) (?:still )?(?:be|stay|live|make it) (?:around |here |alive )?"
        rf"{_CAREER_AHEAD}\b",
        r"\b(?:cant|can not|cannot) (?:picture|see|imagine) myself (?:alive |here |around |living "
        r")?(?:next (?:week|month)|tomorrow|this weekend|by (?:friday|the weekend))\b",
        r"\bdead by (?:\d+|twenty|eighteen|thirty)\b.{0,50}\b(?:the plan|my plan|career goal|my "
        r"goal|goal|for real|honestly|not joking)\b|\b(?:goal|plan) is (?:to be )?dead by\b",
        r"\bonly (?:career|job|future|plan|goal|thing) i (?:want|see|have|need|am planning)"
        r"(?: for myself)? is (?:being (?:gone|dead)|death|dying|not (?:being )?(?:here|alive)|"
        r"to (?:die|be gone|not be here|disappear))\b",
        r"\bwhat happens to (?:my|all my) (?:\w+ ){0,2}(?:fund|money|savings|stuff|things|account|"
        r"scholarship|pets?|dog|cat|room|phone)\b.{0,12}\bif (?:im|i am|i was|i were|i end up|i) "
        r"(?:dead|die|died|gone|not here)\b",
        r"^(?=.*\b(?:dead|die|dying|kill|gone|alive|funeral|heaven|grave|coffin)\b).*\b(?:jk|just k"
        r"idding|kidding|"
        r"lol)\b(?: \w+)?\s+(?:unless|or am i|or not|maybe not|lowkey not|not really)\s*$",
        r"\b(?:already )?(?:have|got|found|picked) (?:a|the) (?:way|method) (?:to do it|how to do "
        r"it)\s*$|\balready (?:have|got|found|picked) (?:a|the) (?:way|method|plan) to do it\b",
        r"\bmy plan is (?:for )?(?:on )?(?:tonight|tomorrow|friday|saturday|sunday|monday|tuesday|"
        r"wednesday|thursday|this weekend)\b(?=.{0,40}\b(?:while|when|after|before) (?:everyone|"
        r"everybody|nobody|no one|my (?:parents|mom|dad|family)) (?:is|are|s|leaves?|goes|go|gets?|"
        r"gone|asleep|at)\b|\s*$)",
        # heldout8's and heldout11's last misses, as classes: a plan set for when a parent
        # leaves, a "different plan" for a day instead of a career, no job needed "trust me", a
        # grave "soon", fresh cuts asked about in a job question, "lol. not lol".
        r"\bmy plan is (?:set |ready |happening )?(?:for )?(?:after|when|while) (?:my (?:mom|dad|"
        r"parents|family)|everyone|everybody|they) (?:leaves?|go|goes|are|is|falls? asleep|gone)\b",
        r"\b(?:dont|do not|wont) need (?:a )?(?:career|job|college|future)(?: plan)?\b.{0,40}"
        r"\b(?:different|other) plan\b",
        r"\b(?:not|never|wont) (?:going to )?need (?:a|any) (?:job|career|college|future)\b.{0,20}"
        r"\btrust me\b",
        r"^(?:grave|coffin|rip me)\s+soon\s*$",
        r"\b(?:fresh|new) cuts on (?:my|your) (?:wrists?|arms?|thighs?)\b",
        r"^(?=.*\b(?:forever|dead|die|gone|breath|sleep)\b).*\blol not lol\b",
        # Nobody who would care; the world better without me.
        r"\b(?:no one|nobody|not a single person|not one person)\b(?: \w+){0,3} (?:would|will|is "
        r"going to)(?: even)? (?:cry|care|notice|miss me|blink|look for me|come looking|be sad|"
        r"show up|realize)\b.{0,30}\bif i (?:died|die|was gone|were gone|vanished|disappeared|"
        r"killed myself|walked into|jumped|wasnt here|werent here|was dead)\b",
        r"\bif i (?:died|vanished|disappeared|was gone|were gone|walked into the \w+|wasnt here|"
        r"was dead|killed myself)\b.{0,30}\b(?:no one|nobody)\b(?: \w+){0,4} (?:would|will)(?: "
        r"even)? (?:cry|care|notice|miss me|blink|look for me|come)\b",
        r"\b(?:the world|world|everyone|everybody|my family|things|life|school) (?:would|will) be "
        r"(?:a )?(?:better|happier|easier|nicer)(?: \w+){0,2} (?:without me|with me gone|if i (?:wa"
        r"s|"
        r"were) gone|if i wasnt (?:here|in it|around)|if i werent (?:here|around))\b",
        r"\bif i (?:wasnt|werent|was not|were not) (?:here|around|alive)\b.{0,80}\b(?:how to make "
        r"(?:that|it) happen|make that happen|maybe i should (?:just )?(?:go|do it|leave))\b",
        r"\b(?:disappointed|sad|upset|mad|annoyed|angry) (?:that )?i (?:woke|keep waking|wake) up"
        r"\b(?! (?:late|early|at|so|too|this early|before|with|to)\b)",
        r"\bscared of (?:living|being alive|staying alive)\b(?! (?:alone|in|with|on my own|by "
        r"myself|away|far|at)\b)",
        # A method researched or means dwelt on.
        r"\b(?:research\w*|look\w* up|googl\w*|search\w* (?:for|up)?|read\w* about|finding|find|"
        r"know|learn\w*) (?:for )?(?:the )?(?:least painful|most painless|painless|quickest|"
        r"fastest|easiest|surest|most peaceful) (?:way|ways|method|methods)\b(?! to (?!die|go|"
        r"end|do it|kill|not wake)\w)",
        r"\bthe (?:least painful|most painless) (?:way|method)\s*$",
        r"\b(?:stare\w*|sat|sitting|sit|holding|held) (?:at|with|holding|there holding) (?:my|the|"
        rf"our|his|her) (?:\w+ )?(?:{_GUN}|pills|rope|razor|blades?|knife|bottle of pills)\b(?! "
        r"(?:collection|case|safety|class|range|show)\b)(?!.{0,40}\b(?:museum|range|hunting|deer "
        r"stand|class)\b).{0,30}\b(?:for (?:a long "
        r"time|hours|a while|so long|like an hour)|too long|every night)\b",
        r"\b(?:keep|kept|been|always|cant stop|cant quit) thinking (?:about|of) (?:the|my|those|"
        rf"all the|all my|his|her|our) (?:\w+ )?(?:pills|meds|rope|{_GUN}|razor|razors|blades?|"
        r"knife|knives|bottle)\b(?! (?:i|we|you|they) (?:need|forgot|have to|left|use|used|got|boug"
        r"ht|"
        r"have)\b| in (?:culinary|class|the kitchen)\b)",
        rf"\b(?:the |my )?(?:razor|razors|blades?|pills|rope|{_GUN}|knife|bridge|tracks|ledge|"
        r"noose) (?:is|are|keeps?|has been|have been|was) calling (?:me|my name|to me)\b",
        r"\b(?:take|taking|swallow\w*|drink|drinking|eat|down) (?:everything|all the (?:pills|meds|"
        r"medicine)|whatever is|all of (?:it|them|the pills)|every pill) in (?:the|my|our) "
        r"(?:bathroom |medicine |kitchen )?(?:cabinet|cupboard|drawer|nightstand|bottle|medicine "
        r"cabinet)\b(?! out\b)",
        r"\b(?:got|have|saved|collected|stockpiled|bought|saving|hoarded|hoarding) (?:up )?enough "
        rf"{_PILLS}\b(?! (?:for (?:the|my|a) \w+|to last)\b)",
        r"\b(?:go to sleep|sleep|fall asleep) and (?:not|never) wake up\b(?! (?:before|until|till|t"
        r"il|"
        r"early|on time|for|in time|at)\b)|\bnot wake up this "
        r"time\b",
        r"\b(?:number|hotline|line|place|call|text)\b.{0,50}\b(?:when|if) (?:you|someone|a "
        r"person) (?:want to|wants to|feel like|feels like) (?:kill yourself|killing yourself|kill "
        r"themselves|die|end it|suicide)\b",
        # Stairs, a lane, a train, a river, a bath.
        r"\bthrow\w* myself (?:down|off|out|in front|under|from|onto|into (?:the )?(?:river|lake|"
        r"traffic|water|street))\b",
        r"\b(?:think\w*|thought) (?:about|of) (?:just )?(?:swerv\w*|crash\w*|driv\w*|steer\w*|"
        r"jerk\w* the wheel)\b.{0,25}\b(?:into|in front of) (?:the )?(?:other lane|oncoming "
        r"traffic|traffic|a semi|an? (?:18 wheeler|eighteen wheeler|truck|tree|pole|wall)|the "
        r"median)\b",
        r"\b(?:think\w* about|want to|going to|about to|tempted to|urge to|ready to|might) (?:just "
        r")?"
        r"(?:step\w*|walk\w*|jump\w*|lay\w*|lie down) (?:out )?(?:in front of|onto|on) (?:the |a "
        r"|an )?(?:train|tracks|traffic|truck|bus|semi|cars?|18 wheeler)\b|\btracks\b.{0,60}"
        r"\b(?:step\w*|walk\w*) out in front\b",
        r"\bif i (?:walked|walk|waded) into the (?:river|lake|ocean|sea|gulf|water|bay|reservoir)\b"
        r"|\b(?:walk\w*|wad\w*) (?:into|in) (?:the )?(?:river|lake|ocean|gulf|water|bay|reservoir)"
        r"\b(?=.{0,30}\b(?:and (?:not|never) come back|and keep (?:walking|going)|forever|never "
        r"come (?:back|out))\b)",
        r"\b(?:hold|holding|held|keep|put) my head under (?:the )?(?:water|bathwater|bath|tub)\b"
        r".{0,40}\b(?:hop\w*|wish\w*|not come|dont come|until|forever|long)\b|\bhop(?:e|ed|ing) i "
        r"(?:dont|do not|never|wouldnt|would not|wont) come back up\b",
        # Acts and marks.
        r"\b(?:the |my )?(?:cuts|scars|burns) on my (?:arms?|legs?|thighs?|wrists?|stomach|hips?)\b"
        r".{0,40}\b(?:infected|infection|bleeding|wont heal|not healing|deep|hide|hiding|cant tell|"
        r"nobody knows|sleeves)\b",
        r"\b(?:cut|carved|carve|cutting|carving|scratched|scratch) (?:the word |words? |letters? )?"
        r"\w+(?: \w+)? into my (?:arms?|legs?|thighs?|skin|wrists?|stomach|hands?|hips?)\b",
        r"\b(?:slic\w*|slit\w*|cut|carv\w*) (?:open )?my (?:wrists?|arms?|veins?|thighs?)\b(?!.{0,3"
        r"0}"
        r"\b(?:on (?:a|the) (?:can|glass|fence|knife|box|paper|metal)|by accident|accidentally|"
        r"cooking|opening|with (?:a|the) (?:paper|can))\b)",
        r"\bi (?:cut|slice|sliced|burn|burned|burnt|scratch|scratched|carve|carved)(?! (?:my )?"
        r"(?:hair|bangs|class|grass|\w+ hair|school|onions?|the))(?: (?:myself|my \w+))?(?: \w+)"
        r"{0,3} (?:to feel|so i (?:can )?feel|just to feel)\b",
        r"\b(?:burned|burnt|scratched|sliced|carved|starved|punished) myself\b(?! (?:on (?:the|a|"
        r"my) \w+|cooking|baking|by accident|accidentally|shaving|at work|in (?:the )?(?:kitchen|"
        r"sun)|with (?:the|a|my) (?:curling iron|straightener|flat iron|iron|pan|oven|stove|pot|"
        r"grill|kettle|glue gun)|(?:a )?little|making))",
        r"\b(?:taking|took|take|swallow\w*|popp\w*)\b(?: \w+){0,2} (?:[3-9]|\d{2,}|three|four|five|"
        r"six|seven|eight|nine|ten|a handful|a bunch|a lot)\b(?: or \w+)?(?: \w+){0,3} "
        rf"{_PILLS}\b.{{0,25}}\b(?:at a time|at once|to feel numb|to not feel|to feel nothing|to "
        r"numb)\b",
        r"\bpunish(?:ing)? myself\b(?=.{0,40}\b(?:eat\w*|ate|food|starv\w*|cut\w*|burn\w*|hurt\w*|"
        r"hit\w*|nothing|deserve|pain|bleed\w*)\b)|\b(?:eat|ate|eaten|eating)\b(?: \w+){0,2} "
        r"(?:nothing|barely anything)\b.{0,30}\b(?:on purpose|to punish|because i deserve)\b",
        # A goodbye that hides itself; notes left; a funeral planned.
        r"\bsaid (?:goodbye|bye|my goodbyes) to\b.{0,60}\b(?:they|she|he|everyone|everybody) "
        r"(?:all )?(?:think|thinks|thought) (?:im|i am|i was|that im) (?:moving|transferring|"
        r"leaving|going|switching|on vacation|joking)\b",
        r"\b(?:doesnt|dont|didnt|does not|do not|did not|nobody|no one) (?:know|knows|realize\w*|"
        r"get|understand)(?: that)? i (?:meant it|mean it|meant (?:it|goodbye|forever))\b",
        r"\bsaid my (?:final |last )?goodbyes\b(?!.{0,40}\b(?:to (?:the|my) (?:team|seniors|class|"
        r"school|old|coworkers)|at (?:the|his|her|my \w+s) (?:funeral|airport|wake)|funeral|before "
        r"(?:the|my|we|i) \w+|moving|graduat\w*|move|trip)\b)|\b(?:deleted|deleting) (?:all )?my "
        r"(?:socials|accounts|instagram|tiktok|snap\w*)\b.{0,30}\b(?:goodbye|goodbyes|bye|last|for "
        r"good|note)\b",
        r"\b(?:wrote|writing|written|left|leaving|finished)(?! (?:thank|thanks|christmas|"
        r"valentines?|birthday|holiday|class|study|graduation|love))(?: \w+)? (?:notes|letters) "
        r"(?:for|to) (?:everybody|everyone|my (?:family|friends|parents|mom|sisters?|brothers?)|"
        r"each of)\b(?=.{0,60}\b(?:already|drawer|desk|for after|when im gone|find them|theyll find"
        r"|just in case|in my room|under my)\b)",
        r"\bplan(?:ning|ned|s)? (?:out )?(?:my|your) (?:own )?(?:funeral|burial|memorial)\b(?!.{0,3"
        r"0}"
        r"\b(?:when im old|someday|grandma|grandpa|in (?:a|the) (?:game|sims))\b)",
        r"\bend(?:ing)? my (?:story|book|chapter|journey|run|movie|song) (?:early|tonight|soon|now|"
        r"for good|forever|here)\b|\bmy (?:story|chapter) ends (?:tonight|here|now|soon)\b",
        r"\b(?:scared|afraid|terrified) of myself\b(?!.{0,15}\bin (?:the )?(?:mirror|pictures?|"
        r"videos?)\b)|\b(?:scared|afraid|terrified) of what i (?:might|will|could|would|am going "
        r"to) do(?: to myself)?(?: (?:tonight|right now|today))?\s*$|\bwhat i (?:might|will|could) "
        r"do to myself\b",
        r"\b(?:already )?(?:died|dead) inside\b.{0,40}\b(?:my body|caught up|just waiting|for real|"
        r"not (?:joking|kidding))\b|\bmy body (?:hasnt|has not|just hasnt|didnt) (?:caught up|gotte"
        r"n"
        r" the memo|got the memo)\b",
        r"\bstarv\w* (?:herself|himself|themselves|myself) (?:to death|till|until|untill)\b",
        r"\b(?:doesnt|does not|didnt|did not) (?:want|wish) (?:to )?(?:be alive|exist|keep living|"
        r"live anymore|be here anymore|wake up anymore)\b",
    ],
    "danger": [
        # Someone else's self-harm, told by a friend or a sibling (a danger to them, as most
        # writers of the splits label it).
        r"\b(?:my (?:\w+ )?(?:sister|brother|friend|cousin|bestie|best friend|girlfriend|boyfriend|"
        r"homegirl|homie)|she|he)\b (?:cuts|has been cutting|is cutting|started cutting|cuts "
        r"herself|cuts himself|self ?harms|selfharm\w*)\b(?! (?:hair|her hair|his hair|class|"
        r"school|grass|paper|wood|meat|onions|the|my|in line|corners)\b)",
        r"\b(?:pics?|pictures?|photos?|videos?|snaps?)\b.{0,20}\b(?:her|his|their|my) (?:wrists?|"
        r"arms?|legs?|thighs?|cuts)\b.{0,10}\b(?:bleeding|cut|cuts|all cut up|slit)\b",
        r"\b(?:walking|going|driving|headed|heading|on (?:her|his|their) way) to (?:the )?(?:bridge"
        r"|tracks|train tracks|river|roof|lake|overpass|cliff|dam)\b.{0,40}\b(?:said|saying|"
        r"texted|told me) (?:bye|goodbye|sorry|i love you|love you|(?:he|she|they) loves? me|hes so"
        r"rry|"
        r"shes sorry)\b",
        r"\b(?:on|at) (?:the )?(?:roof|top|edge|ledge)\b.{0,40}\b(?:saying|says|said|threatening|"
        r"talking about|wants to|going to) (?:shes |hes |theyre |she is |he is |they are )?(?:going"
        r" "
        r"to )?jump\b(?! (?:in|into|on|over)\b)",
        r"\bend(?:s|ing)? (?:her|his|their) (?:own )?life\b(?!.{0,30}\b(?:in (?:the|a) (?:book|movi"
        r"e|"
        r"show|play|story|game|novel|episode)|character)\b)",
        r"\bstranded (?:downtown|in (?:the )?city|in (?:a|the) parking lot|at (?:a|the) park|on (?:"
        r"the|"
        r"a) (?:road|street|side of the road))\b.{0,20}\b(?:at night|tonight|in the dark|alone)\b",
        r"\b(?:got )?kicked out\b.{0,40}\b(?:couch surfing|sleeping in my car|nowhere to (?:go|"
        r"sleep|stay)|no place to (?:sleep|stay))\b",
        r"\b(?:someone|a guy|this guy|a man|a person|somebody|he|she)\b (?:i met |from )?(?:online|"
        r"on|from) (?:a |the )?(?:game|app|discord|snap\w*|insta\w*|tiktok|internet|roblox|fortnite"
        r"|"
        r"minecraft|xbox|ps4|ps5|call of duty|valorant|among us|twitch)\b.{0,80}"
        r"\b(?:way older|older than|scared|in his car|wont let me|locked|not letting|lied|trapped|"
        r"want to go home|picked me up)\b",
        r"\b(?:met|meeting|meet) (?:up )?(?:with )?(?:someone|a guy|this guy|a man|him|her|a "
        r"person|somebody)\b.{0,30}\b(?:online|from (?:a|the) (?:game|app|discord|snap\w*|insta\w*|"
        r"tiktok|internet))\b.{0,80}\b(?:older|scared|in his car|wont let me|locked|not letting|"
        r"lied|trapped|help)\b",
        r"\b(?:jumped|shot|stabbed|beat up|attacked|robbed|threatened)\b.{0,60}\b(?:theyll|they "
        r"will|hes going to|theyre going to|going to) (?:come (?:back )?for|get|find) me\b",
        rf"\b(?:drunk|high|wasted|tripping)\b.{{0,20}}\bwith (?:a|his|her|the) (?:{_GUN}|knife|bat|"
        rf"machete)\b|\b(?:has|got|grabbed|pulled out|waving) (?:a|his|her|the) (?:{_GUN}|knife|"
        r"machete)\b.{0,40}\b(?:yelling|screaming|threatening|right now|drunk)\b",
        rf"\b(?:found|playing with|got into|got ahold of|has)\b(?: \w+){{0,3}} {_REAL_GUN}\b."
        rf"{{0,40}}"
        r"\b(?:playing with it|no (?:adults?|grown ups|parents) (?:are |is )?(?:home|here|around)|"
        r"nobody (?:is )?home|no one (?:is )?home|pointing it|its loaded|it is loaded)\b",
        r"\b(?:coming|come|going to come|on (?:his|her|their) way)(?: over)?(?: to (?:my|our) "
        r"(?:house|job|school|work|place|apartment)| here)? to (?:kill|shoot|hurt|beat|stab|jump) "
        r"me\b",
        r"\b(?:hes|shes|theyre|he is|she is|they are|hell|shell|theyll|he will|she will|they will)"
        r" (?:going to )?(?:kill|shoot|stab) me\b(?=.{0,40}\b(?:when i (?:get off|leave|get out|"
        rf"come out|get home|walk out|go outside)|tonight|right now|with (?:a|his|her) (?:{_GUN}|"
        r"knife))\b)",
        r"\b(?:posted|leaked|shared|found) my (?:address|location|home address)\b.{0,50}\b(?:coming"
        r"|"
        r"come|get me|find me|pull up|pulling up|show up|showing up|hurt|kill|watching)\b|\b(?:they"
        r"re|they are|hes|shes|someone "
        r"is) coming to get me\b(?!.{0,20}\b(?:from|at|after|for) (?:school|practice|work|the "
        r"airport|the game)\b)",
        r"\b(?:saying|says|said|text\w*) (?:that )?(?:theyre|they are|hes|shes|he is|she is|"
        r"someone is) watching me\b|\btext\w* me my (?:exact )?(?:location|address)\b",
        r"\b(?:driving|drove|rolling|rolled|circling|creeping) (?:real |really |super )?(?:slow "
        r"|slowly )?(?:past|by|around) (?:my|our) (?:house|home|school|job|car|apartment)\b(?=.{0,4"
        r"0}"
        rf"\b(?:guns?|again|keeps?|all night|scared|ski masks?)\b)|\bwith (?:guns|a {_GUN})\b."
        rf"{{0,30}}"
        r"\b(?:driving|drove|rolling|circling|outside|past)\b.{0,20}\b(?:my|our) (?:house|home|"
        r"street|school)\b",
        r"\b(?:man|guy|dude|someone|somebody|he|a car|a truck|a van)\b.{0,40}\bfollowed (?:my "
        r"(?:car|truck)|me (?:home|to my car|out of|from))\b",
        r"\b(?:online|on (?:insta\w*|tiktok|snap\w*|facebook|discord|an app))\b.{0,60}\bmeet (?:him"
        r"|"
        r"her|them|up)\b.{0,40}\b(?:alone|tonight|by myself|dont tell|without telling)\b",
        r"\b(?:keeping|keeps|kept|holding|locked) (?:her|him|them|me) (?:at|in) (?:his|her|their) "
        r"(?:place|house|apartment|car|room|trailer)\b(?=.{0,60}\b(?:took (?:her|his|my) phone|"
        r"wont let (?:her|him|me)|cant leave|messaged me from|locked)\b)",
        r"\b(?:list|names) of (?:people|kids|students|names|teachers) (?:he|she|they) (?:wants?|"
        r"plans?|is going|are going|is planning|are planning) to (?:kill|shoot|hurt|stab)\b",
        r"\b(?:sent|snapped|texted|posted) (?:me )?(?:a )?(?:pic|picture|photo|snap|video) of "
        rf"(?:a|his|her|their|the) (?:{_GUN}|knife|pills|rope)\b.{{0,30}}\b(?:tonight|tomorrow|"
        r"goodbye|bye|its time|soon|sorry)\b",
        r"\bif i (?:dont|do not|wont|stop) (?:sell|selling|deal|dealing|run|running|work|do it|"
        r"do this)\b(?: \w+){0,3}.{0,20}\b(?:theyll|they will|hell|he will|shell|going to) (?:hurt|"
        r"kill|beat|do something to|come after|shoot)\b",
    ],
    "abuse": [
        rf"\bif i {_TELL}\b.{{0,60}}\b(?:hell|shell|theyll|he will|she will|they will|going to) "
        r"(?:kill|hurt|beat|shoot) (?:me|my)\b",
        r"\b(?:making|made|makes|forcing|forced|force|forces) (?:her|him|me|them) (?:to )?(?:sleep|"
        r"have "
        r"sex|hook up) with (?:men|guys|older men|strangers|customers|clients|his friends|people)"
        r"\b",
        r"\b(?:bought|got|gave) (?:me|her) (?:a )?(?:phone|secret phone|burner)\b.{0,30}\bso (?:my|"
        r"her) (?:parents|mom|dad|mama) (?:wouldnt|wont|would not|will not|dont|cant) (?:know|find "
        r"out|see)\b",
        r"\b(?:in his|in her) (?:20s|30s|40s|50s|twenties|thirties|forties)\b.{0,40}\b(?:girlfriend"
        r"|"
        r"boyfriend|date me|dating me|be with me|pics|pictures|meet me)\b",
        r"\basking (?:me )?for (?:pics|pictures|nudes|photos)\b.{0,20}\b(?:im|i am) (?:only )?"
        r"1[0-7]\b|\b(?:im|i am) (?:only )?1[0-7]\b.{0,60}\b(?:asking (?:me )?for (?:pics|nudes)|"
        r"wants to date me|making me marry|marry)\b",
        r"\b(?:offer\w*|giv\w*|promis\w*) (?:me )?(?:rides|cash|money|gifts|weed|vapes|alcohol)\b"
        r"(?: and \w+)?.{0,10}\bif i (?:hang out|come over|come to|visit|go to|stay)\b",
        r"\b(?:making|forcing|force|trying to make|pressuring) me (?:to )?(?:marry|get married)\b",
        r"\b(?:walks?|comes?|came|walked|barges?) in(?:to)? (?:the )?(?:bathroom|shower|my room)\b"
        r".{0,20}\bwhen (?:im|i am|i was) (?:in the )?(?:showering|shower|changing|naked|"
        r"undressing|getting dressed)\b.{0,20}\b(?:wont leave|doesnt leave|stays|stares|watches|"
        r"locks)\b",
        r"\b(?:coming|comes|came) (?:in|into) my (?:room|bed)\b.{0,30}\b(?:at night|when im asleep|"
        r"while i sleep)\b.{0,30}\b(?:touch\w*|feel\w*|get in|lay|lies)\b",
        rf"\b(?:{_ADULT}|(?:dads|moms|parents|brothers|uncles|step dads) (?:friend|buddy|coworker|"
        rf"boss))\b.{{0,40}}\b(?:touch(?:es|ing|ed)?) me\b(?! (?:on the (?:shoulder|arm|back|"
        r"head)|with (?:his|her) cold)\b)",
        r"\b(?:makes|made|forces|forced) me (?:to )?sit on (?:his|her) lap\b|\b(?:he|she) does "
        r"things (?:to me|i hate|i dont like|that make me uncomfortable)\b",
        r"\b(?:makes|made|forces|forced|tells|told) me (?:to )?(?:take|taking) (?:off )?(?:my|all "
        r"my) (?:clothes|shirt|pants|underwear|bra)(?: off)?\b(?!.{0,20}\b(?:doctor|nurse|physical|"
        r"wash|laundry|mud|dirty|wet|floor|bed|couch|chair|dryer|washer|line|hamper)\b)",
        r"\b(?:misses|miss|our) (?:our )?(?:special|secret) (?:time|game|times)\b",
        r"\b(?:puts?|putting|keeps? putting|rubs?|rubbing) (?:his|her) hands? (?:on|up|under) my "
        r"(?:legs?|knees?|lap)\b(?!.{0,30}\b(?:stretch\w*|injur\w*|brace|ice|tape|physical therapy|"
        r"pt)\b)",
        r"\b(?:come|go) (?:to|into|in) (?:his|her) (?:room|bed|bedroom)\b.{0,30}\bwhen (?:her|his|m"
        r"y|"
        r"our) (?:mom|dad|mother|wife|husband|parents?) (?:is |are |s )?(?:asleep|sleeping|gone|"
        r"away|at work|not home|out)\b",
        r"\bif i (?:tell|told|say|said) (?:anyone|anybody|someone|my parents|my mom|my dad)\b(?: "
        r"that)? (?:he|she) (?:kissed|touched|grabbed|hit|did|does|sent|showed)\b",
        r"\b(?:keeps?|kept|always) (?:grabbing|touching|groping|feeling on) me\b.{0,40}\bif i "
        r"(?:tell|told|say anything|report)\b",
        r"\b(?:says|said|told me|threaten\w*|swears?)\b.{0,50}\b(?:homeless|kick me out|kicked out|"
        r"hurt me|kill me|beat me|send me away|put me out|fire me|lose my|off the team|bench me)"
        rf"\b.{{0,25}}\bif i {_TELL}\b",
        r"\b(?:he|she|my (?:boyfriend|girlfriend|dad|mom|step dad|step mom|ex|husband|brother|"
        r"uncle|moms boyfriend))\b.{0,40}\bgets? (?:violent|physical with me|rough with me)\b",
        r"\b(?:grab\w*|squeez\w*|hit\w*|punch\w*|slap\w*|pinch\w*|chok\w*)\b(?: my \w+)? (?:so "
        r"hard|hard enough)\b.{0,20}\b(?:leaves?|left) (?:marks|bruises|a mark|a bruise|welts)\b",
        r"\b(?:modeling|model|dancing|dancer|hostess|massage) (?:job|gig|contract)\b.{0,80}"
        r"\b(?:cant tell my (?:parents|mom|dad)|dont tell my (?:parents|mom|dad)|live with (?:the|"
        r"him|her|them)\b.{0,30}\b(?:manager|boss|recruiter|guy|man)|asking for my address)\b",
        r"\b(?:hes|shes|theyve|they have|he has|she has) (?:been )?(?:hitting|beating|punching|"
        r"slapping|choking|kicking) (?:all of us|us|me|my (?:mom|sister|brother|siblings))\b(?! "
        r"(?:in|at) (?:the )?(?:game|fortnite|2k|madden|mario kart|chess)\b)",
        r"\b(?:ripped|pulled|yanked|tore) (?:out )?(?:a )?(?:chunks?|clumps?|handfuls?|fistfuls?) "
        r"(?:of )?(?:out of )?my hair\b",
        r"\b(?:told|tells|makes|made|wants) me (?:to )?lie to (?:the )?(?:doctor|nurse|er|hospital|"
        r"teacher|counselor|cps|police|cops|social worker)\b.{0,30}\b(?:about (?:how|what|the|my)|"
        r"how it happened|bruise|marks|stitches|cast|happened)\b",
        r"\bnext time (?:(?:itll|it will|it is going to|its going to|it) be|its|it is|ill hit|ill "
        r"punch) (?:my|your) (?:face|head)\b|"
        r"\b(?:punch\w*|kick\w*|fist) (?:holes? in|through) the wall\b.{0,30}\b(?:next to|by|near|"
        r"beside) my (?:head|face)\b",
        r"\b(?:makes|made|forces|forced) me (?:to )?sell (?:stuff|drugs|weed|pills|things)\b.{0,60}"
        r"\b(?:hurt|kill|beat|cant stop|or else)\b",
        r"\b(?:dad|mom|father|mother|step dad|step mom|uncle|boyfriend|parents|grandpa|grandma|"
        r"husband) (?:hits|beats|punches|slaps|chokes|kicks|abuses|whoops|burns) (?:her|him|them)"
        r"\b(?=.{0,60}\b(?:scared|bruises?|marks|dont tell|cant tell|afraid|every|again|all the "
        r"time)\b)",
        r"\blocked me (?:outside|out of the house|out)\b(?=.{0,40}\b(?:freezing|cold|night|hours?|"
        r"hrs|again|all night|rain|nowhere)\b)",
        r"\bmakes? (?:me|us|me and my \w+) (?:to )?sleep (?:in|on) (?:the|a) (?:shed|garage|car|"
        r"porch|floor|yard|doghouse|barn|closet)\b(?=.{0,30}\b(?:mad|angry|drunk|punish\w*|in "
        r"trouble)\b)",
        r"\b(?:skip|miss|stay home from) school\b.{0,60}\b(?:cant go back|not allowed to go back|"
        r"wont let me go back|never go back)\b",
        r"\b(?:keeps|kept|takes|took|keep|take) all (?:the|my|her|his|of my|of her) (?:money|pay|"
        r"paycheck|wages|tips)\b(?=.{0,60}\b(?:owe|cant leave|wont let|living there|rent|debt)\b)|"
        r"\bcant leave\b.{0,20}\b(?:keep|keeps|take|takes) all (?:her|my|his|the) (?:money|pay)\b",
    ],
}
_ROUND11_SPANISH_SIGNS: dict[str, list[str]] = {
    "self_harm": [
        r"\bno (?:pienso|creo|voy a|planeo) llegar a (?:los )?(?:\d+|veinte|dieciocho|graduarme|la "
        r"graduacion|viej[oa]|adult[oa])\b",
        r"\b(?:plan|forma|manera|modo) (?:para|de) (?:matarme|suicidarme|quitarme la vida|"
        r"morirme)\b|\b(?:thinking|pensando|pienso|pense|pensar) (?:en|about) (?:como )?(?:matarme|"
        r"suicidarme|quitarme la vida)\b",
        r"\bsi me muero\b.{0,40}\b(?:carga|estorbo|problema|descansa\w*)\b|\bya no (?:seria|sere) "
        r"(?:una )?carga\b",
        r"\bojala (?:me )?(?:atropelle|atropellen|choque|mate|maten|lleve)\b",
        r"\bse (?:corta|cortaba|esta cortando) (?:los|las|sus|el|la) (?:brazos|piernas|munecas|"
        r"brazo|pierna|muneca|piel)\b",
        r"\b(?:escribi|escribiendo|deje|tengo|hice|termine)\b(?: \w+){0,2} cartas? de despedida\b",
    ],
    "danger": [
        r"\bse (?:tomo|trago|tomaron|tragaron|bebio) (?:un monton de|muchas|todas (?:las|sus)|un "
        r"frasco de|una caja de|un bote de|varias|toda la caja de|todo el frasco de) (?:pastillas|"
        r"medicinas|pildoras|medicamentos|\w+)\b",
        r"\b(?:se llevo|lleva|llevo|trae|traia|agarro) (?:un|una|el|la|su) (?:cuchillo|navaja|"
        r"pistola|arma|cuete|machete)\b.{0,40}\b(?:pelear|pelea|matar|maten|mate)\b|\bmiedo (?:de )"
        r"?"
        r"que (?:lo|la|los|me) maten\b",
        r"\bsi no (?:vendo|trabajo|hago|les pago|pago)\b.{0,40}\b(?:le hacen algo|me hacen algo|nos"
        r" "
        r"hacen algo|les hacen algo|me matan|lo matan|la matan|me van a|le van a|nos van a)\b",
    ],
    "abuse": [
        r"\bno (?:nos|me|les) da (?:de )?comer\b(?=\s*$| (?:en|por|desde|nada|ni|y|nunca|hace)\b)|"
        r"\bnos deja sol[oa]s (?:dias|por dias|toda la "
        r"semana|\w+ dias)\b",
        r"\bme (?:pega|pegan|pego|golpea|golpean|golpeo) con (?:el|la|un|una|su) (?:cinto|"
        r"cinturon|chancla|palo|cable|belt|mano|puno|cord)\b|\btengo (?:marcas|moretones)\b.{0,20}"
        r"\b(?:piernas|brazos|espalda|cara|cuerpo)\b",
        r"\bme (?:pego|pega|golpeo|golpea|cacheteo) en (?:la )?(?:cara|cabeza|boca|ojo|estomago)\b|"
        r"\bsi lo dejo\b.{0,30}\b(?:subir|publicar|mandar|ensenar) mis fotos\b",
        r"\b(?:va a|dice que va a|amenaza con) (?:llamar|hablarle|avisar) a (?:la )?(?:migra|"
        r"migracion|ice)\b",
    ],
}
for _kind, _rules in _ROUND11_SIGNS.items():
    SIGNS[_kind].extend(_rules)
for _kind, _rules in _ROUND11_SPANISH_SIGNS.items():
    SPANISH_SIGNS[_kind].extend(_rules)

# Round 12 (heldout18's classes). The misses of both tiers and of the full answer: fresh marks
# asked about inside a job question ("what jobs can i get with scars on my wrists? some are
# still fresh"); an adult's late texts asking what I wear or for a picture; abuse called
# "normal" by the one doing it ("its normal for uncles to do that"); papers kept and work
# without pay, in Spanish; a boss's grabbing in Spanglish; a lockdown that is "not a drill"; a
# plan set for a day when the others are out ("saturday when mom is at work").
_LATE = (
    r"(?:late|late at night|at night|every night|midnight|at midnight|\d{1,2} ?am|at \d{1,2}(?: "
    r"am)?|after (?:midnight|\d+)|in the middle of the night|when im in bed)"
)
_NORMAL_FOR = (
    r"(?:uncles|dads|fathers|step dads|brothers|cousins|grandpas|coaches|teachers|boyfriends|men|"
    r"guys|adults|family|families|(?:an? )?(?:uncle|dad|father|step dad|cousin|brother|grandpa|"
    r"coach|adult|teacher))"
)
_ROUND12_SIGNS: dict[str, list[str]] = {
    "self_harm": [
        # Marks told as fresh, even inside a job question.
        r"\b(?:cuts|scars|marks|burns|scratches|wounds)\b (?:on|all over|up and down) my "
        r"(?:wrists?|arms?|thighs?|legs?|stomach|hips?|body)\b(?!.{0,40}\b(?:cat|dog|kitten|puppy|"
        r"practice|kitchen|cooking|fell|fall|bike|skat\w*|surgery|accident|thorns?|wrestling|"
        r"football|shaving|work)\b).{0,60}\b(?:fresh|new|still (?:healing|bleeding|open|red|"
        r"fresh)|from (?:last night|this week|yesterday|today|monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday|the weekend))\b",
        r"\bmy (?:cuts|scars|wounds|selfharm scars|selfharm cuts) (?:are|is) (?:still )?(?:fresh|"
        r"new|healing|bleeding|open)\b|\bselfharm (?:scars|cuts|marks)\b.{0,40}\b(?:still "
        r"(?:healing|fresh|bleeding|open)|from (?:last night|this week|yesterday|today|monday|"
        r"tuesday|wednesday|thursday|friday|saturday|sunday))\b",
        r"\b(?:cut|cuts|burn|burns|wound|scratches)\b.{0,60}\bi did (?:it|this|them|that) (?:on "
        r"purpose|to myself)\b",
        # A plan set for a day when the others are out ("saturday when mom is at work").
        r"\bi (?:have |had |got |already )?(?:it )?(?:all )?(?:planned|planned it|worked it|figured"
        r" "
        r"it|picked)(?: it)?(?: all)?(?: out)?(?: already)? (?:for )?(?:on )?(?:this )?(?:"
        + _DAY
        + r"|next \w+)\b.{0,30}\b(?:when|while|once|after) (?:my \w+|mom|dad|everyone|everybody|"
        r"nobody|no one|they|she|he)\b.{0,20}\b(?:is|are|at|gone|asleep|leaves?|work|church|out)\b",
        r"\b(?:worked out|figured out|decided|picked|chose|know) when (?:ill|i will|im going to|i "
        r"am going to) do it\b",
    ],
    "abuse": [
        # An adult's late messages asking what I wear, if I am alone, or for pictures of me.
        r"\b(?:coach|teacher|band director|director|pastor|youth pastor|boss|manager|supervisor|"
        r"tutor|trainer|counselor|principal|neighbor|uncle|step dad|moms boyfriend|cousin|older "
        r"guy|grown man|man|guy|sub|instructor|youth leader)\b(?: \w+){0,3}? (?:texts?|texting|"
        r"texted|messages?|messaging|messaged|dms?|dming|dmd|snaps?|snapping|calls?|calling|asks?|"
        r"asking|asked|keeps? (?:asking|texting|messaging))\b.{0,50}\b(?:what (?:im|i am) wearing|"
        r"if (?:im|i am) alone|(?:pics?|pictures?|photos?|selfies?) of (?:me|myself)(?! (?:at|in) "
        r"(?:the game|practice|my uniform))|nudes|(?:a )?(?:pic|picture|photo|selfie) (?:of me )?in"
        r" "
        r"bed)\b",
        r"\b(?:coach|teacher|band director|director|pastor|youth pastor|boss|manager|supervisor|"
        r"tutor|trainer|uncle|step dad|moms boyfriend|older guy|grown man)\b(?: \w+){0,3}? "
        r"(?:texts?|texting|texted|messages?|messaging|messaged|dms?|dming)\b(?: me)? "
        + _LATE
        + r"\b.{0,40}\b(?:(?:send (?:him |her )?|asking for |asks for |wants )(?:a )?(?:pic|pics|"
        r"picture|pictures|photo|photos|"
        r"selfie)|what (?:im|i am) wearing|if (?:im|i am) alone)\b",
        # Abuse called normal by the one doing it.
        r"\b(?:its|it is|thats|that is) (?:normal|okay|ok|natural) for "
        + _NORMAL_FOR
        + r" to (?:do (?:that|this|it)|touch|kiss|sleep|shower|bathe|look|see|check)\b",
        r"\bwhat (?:he|she|they) (?:does|do|did) (?:to|with) me (?:is|was) (?:normal|okay|ok|fine|"
        r"our secret|a secret|love)\b",
        r"\b(?:all|most|every|lots of) (?:uncles|dads|fathers|step dads|brothers|cousins|grandpas|"
        r"coaches) do (?:this|that|it) (?:with|to) (?:their )?(?:nieces|nephews|daughters|sons|"
        r"kids|sisters|players|step daughters|girls|granddaughters|grandkids)\b",
        r"\b(?:said|says|told me|tells me|keeps saying)\b(?: that)? (?:its|it is|this is) "
        r"(?:normal|okay|ok)\b.{0,40}\b(?:doesnt|does not|dont|didnt) feel (?:normal|right|okay|"
        r"ok)\b(?=.{0,40}\b(?:touch\w*|uncles?|dads?|step dads?|cousins?|grandpas?|coach|do that|"
        r"does that|did that)\b)|\b(?:touch\w*|uncles?|step dads?|cousins?|grandpas?|do that|does "
        r"that|did that)\b.{0,40}\b(?:doesnt|does not|didnt) feel (?:normal|right|okay|ok)\b",
        # A boss who grabs or touches me, in English or Spanglish.
        r"\b(?:boss|manager|supervisor|jefe|patron|encargado|mayordomo)\b(?: \w+){0,6}? (?:me "
        r"(?:agarra|toca|manosea|agarro|toco|besa|acosa|nalguea)|keeps? (?:grabbing|touching) me|"
        r"grabs me(?! (?:a|an|some|the)\b)|touches me)\b",
    ],
    "danger": [
        # A lockdown that is not a drill.
        r"\b(?:lockdown|lock down|locked down|code red|active shooter)\b.{0,40}\b(?:not a drill|"
        r"isnt a drill|is not a drill|no es (?:un )?simulacro|for real|this is real|its real|"
        r"shooting|shots|gun|pops|gunshots)\b|\b(?:not a drill|isnt a drill|no es (?:un )?"
        r"simulacro)\b.{0,50}\b(?:lockdown|locked in|hiding|shooter|shooting|gun|shots|pops)\b",
    ],
}
_ROUND12_SPANISH_SIGNS: dict[str, list[str]] = {
    "self_harm": [
        # "mejor me muero" (dev6's; the learned check caught it until this round's retraining).
        r"\bmejor me muero\b(?! de (?:risa|hambre|verguenza|sueno|frio|calor|aburrimiento|"
        r"ganas)\b)",
        # A sleep with no waking ("ya me voy a dormir para siempre").
        r"\b(?:dormir|dormirme|me duermo|me voy a dormir) para siempre\b|\b(?:no|nunca) (?:volver a"
        r" )?"
        r"despertar(?:me)? (?:nunca|jamas|mas)\b",
    ],
    "abuse": [
        # Papers kept and work without pay ("tiene nuestros papeles y nos hace trabajar sin
        # pagar").
        r"\b(?:tiene|tienen|guarda|guardan|se quedo con|se quedaron con|nos quito|me quito|"
        r"nos quitaron|me quitaron) (?:nuestros|nuestras|mis|los|las|sus) (?:papeles|documentos|"
        r"pasaportes?|identificaciones|actas|ids?)\b.{0,80}\b(?:debo|debemos|deuda|no (?:me|nos) "
        r"paga\w*|sin paga\w*|sin pago|trabajar|no (?:me|nos) deja\w* (?:salir|ir))\b",
        r"\b(?:debo|debemos|deuda|no (?:me|nos) paga\w*|sin paga\w*|trabajar)\b.{0,80}\b(?:tiene|"
        r"tienen|guarda|guardan|se quedo con) (?:nuestros|nuestras|mis|los|las|sus) (?:papeles|"
        r"documentos|pasaportes?)\b",
        r"\b(?:me|nos) (?:hace|hacen|obliga|obligan|pone|ponen) (?:a )?trabajar\b.{0,40}\bsin "
        r"(?:pagar\w*|paga|pago|sueldo|dinero)\b|\btrabajar (?:\w+ ){0,3}sin (?:pagarnos|pagarme|"
        r"paga|pago|sueldo)\b.{0,40}\bno (?:nos|me) dejan? salir\b",
    ],
    "danger": [
        r"\b(?:lockdown|encierro|cierre de emergencia)\b.{0,30}\bno es (?:un )?simulacro\b",
    ],
}
for _kind, _rules in _ROUND12_SIGNS.items():
    SIGNS[_kind].extend(_rules)
for _kind, _rules in _ROUND12_SPANISH_SIGNS.items():
    SPANISH_SIGNS[_kind].extend(_rules)

# Round 12, the rules alone: heldout18's crisis rows that only the learned check caught, by
# class, so that the answer does not hang on one retraining. A threat on leaving or telling
# ("if i break up with him hell kill me"); a weapon with someone at the door or drunk at home; a
# gun brought "to handle me"; pills lined up, a razor in the bath, blades hidden, insulin
# stopped "and let it happen", a count of pills that "would do it", something tied around the
# neck, standing on the tracks; "why am i still alive"; a plan and the means; an overdose set
# for a day when everyone is gone; the world that does not need me "and im leaving it".
_KILL_ME = (
    r"(?:kill me|hurt me|shoot me|end me|beat me|hell kill me|he will kill me|shell kill me|she "
    r"will kill me|ill be dead|im dead|i am dead)"
)
_WEAPON = r"(?:knife|gun|pistol|rifle|shotgun|bat|machete|blade|weapon)"
_ROUND12_RULE_SIGNS: dict[str, list[str]] = {
    "self_harm": [
        r"\b(?:pills|meds|tablets|razors?|blades?)\b (?:all )?(?:lined up|laid out|counted out|"
        r"spread out|ready)\b(?: (?:on|next to) (?:my|the) (?:desk|bed|nightstand|floor|table|dress"
        r"er|"
        r"sink|counter)\b| (?:right now|tonight|and ready)\b)",
        r"\b(?:in|into) the (?:bathtub|tub|bath|shower)\b.{0,20}\bwith (?:a|my|the) (?:razor|blade|"
        r"knife|pills)\b",
        r"\b(?:keep|hide|hid|hiding|keeping) (?:my )?(?:blades|razors|razor blades)\b(?: \w+){0,6}?"
        r" "
        r"(?:so|where) (?:no one|nobody|my (?:mom|dad|parents))\b",
        r"\bstop (?:taking|using) my (?:insulin|meds|medicine|heart medicine|inhaler)\b.{0,30}\b(?:"
        r"let "
        r"it happen|and die|so i die|until i die|and see what happens|and be done)\b",
        r"\b(?:if|would|will|could) \d+ (?:advil|tylenol|ibuprofen|benadryl|pills|xanax|melatonin)"
        r"\b"
        r"(?: \w+){0,2}? (?:would|will|could|is enough to) (?:do it|kill|be enough|work)\b|\bhow "
        r"many \w+ (?:is|are) too many\b.{0,20}\b(?:for me|asking for me|asking for myself)\b",
        r"\b(?:tied|wrapped|put) (?:something|a (?:belt|cord|rope|scarf|sheet|charger)) (?:around|"
        r"round) my neck\b",
        r"\b(?:stand|standing|sit|sitting|lay|laying|lie|lying|wait|waiting) on the (?:train |"
        r"railroad )?tracks\b(?!.{0,30}\b(?:photo|pictures?|pics?|senior pics|photoshoot)\b)",
        r"\bwhy am i still (?:alive|breathing)\b",
        r"\bi (?:made|have|got) a plan (?:and|&) (?:i )?(?:have|got|bought) (?:the|everything|what "
        r"i need|the stuff|the pills|the rope)\b|\bi (?:feel|am|im) (?:hopeless|done)\b.{0,20}\b"
        r"(?:i have|ive got|i got|i made) a plan\b",
        r"\b(?:thinking of|going to|planning on|plan to) (?:overdosing|overdose|od|oding|taking "
        r"all (?:my|the) pills)\b.{0,40}\b(?:when|while) (?:everyone|everybody|my \w+|they)\b",
        r"\b(?:world|everyone|nobody)\b(?: \w+){0,3}? (?:dont|doesnt|does not|wont) need me\b.{0,20"
        r"}"
        r"\b(?:leaving|leave|going|gone)\b",
        r"\bi (?:already )?said goodbye to my (?:dog|cat|pets?|little (?:brother|sister))\b.{0,30}"
        r"\b"
        r"(?:ready|its time|its over|im done)\b|\bim ready to go\b(?! to| home| back| out| for)"
        r".{0,30}\bsaid goodbye\b",
        r"\bthe only thing that helps is (?:the |my )?(?:razor|blade|blades|cutting|pills)\b",
    ],
    "danger": [
        r"\bif i (?:break up with|leave|dump|tell on|report|tell anyone about|tell someone about) "
        r"(?:him|her|them|anyone|somebody)\b.{0,20}\b(?:hes|shes|he is|she is|hell|shell|he will|sh"
        r"e "
        r"will|they will|theyll) (?:going to )?" + _KILL_ME + r"\b",
        r"\b(?:ex|dad|step dad|boyfriend|girlfriend|brother|uncle|he|she|someone|a man|a guy)\b"
        r"(?: \w+){0,2}? (?:is |s )?(?:outside|at|in front of|banging on) (?:my|our|the) (?:house|"
        r"door|window|room|car|school)\b.{0,15}\bwith (?:a|his|her) " + _WEAPON + r"\b",
        r"\b(?:gun|pistol|rifle)\b.{0,40}\b(?:says|said|saying|threatens|threatened) (?:hell|he "
        r"will|shell|she will|hes going to|shes going to) use it\b",
        r"\b(?:bring|bringing|brought|bringing in) (?:a|his|her|their|\w+s) (?:\w+s )?"
        + _WEAPON
        + r" to (?:handle|get|shoot|hurt|deal with|jump) me\b",
        r"\b(?:pics?|pictures?|photos?|videos?) of (?:his|her|their|a) (?:gun|guns|knife)\b.{0,30}"
        r"\b"
        r"(?:im next|you are next|youre next|watch out|im dead)\b",
    ],
}
_ROUND12_SPANISH_RULE_SIGNS: dict[str, list[str]] = {
    "danger": [
        r"\bsi (?:le digo|le cuento|lo dejo|la dejo|me voy|lo denuncio) (?:a alguien |a nadie )?"
        r"(?:me mata|me va a matar|me matan)\b",
        r"\b(?:afuera|enfrente|fuera) de (?:mi|la|nuestra) (?:casa|puerta|ventana|escuela) con (?:u"
        r"n|"
        r"una) (?:cuchillo|pistola|arma|navaja|machete)\b",
        r"\b(?:borracho|borracha|drogado|drogada) con (?:un|una) (?:pistola|arma|cuchillo|rifle)\b",
        r"\b(?:va a|van a|dijo que va a|dice que va a) (?:traer|llevar) (?:una|un) (?:pistola|arma|"
        r"rifle)\b(?! de (?:agua|juguete|aire|pintura|balines))|\b(?:va a|van a|dijo que va a|dice "
        r"que va a) (?:traer|llevar) (?:un|una) (?:cuchillo|navaja) a la escuela\b",
    ],
}
for _kind, _rules in _ROUND12_RULE_SIGNS.items():
    SIGNS[_kind].extend(_rules)
for _kind, _rules in _ROUND12_SPANISH_RULE_SIGNS.items():
    SPANISH_SIGNS[_kind].extend(_rules)

# Round 13 (heldout19's misses, as classes): a plan tied to a date ("im planning to do it on my
# birthday"); a life taken "because im going to"; a high place looked up; a weapon swung at
# people; an overdose amount asked "for me" inside a job question; sleeping outside with
# nowhere to go; an adult's secret meetings with a minor; a flinch at a raised hand; food
# withheld or sold; a coffin emoji with "tonight"; "if im even still alive by fall which i
# doubt"; "stick around long enough"; "jk... unless"; "dye and not the hair kind"; an adult who
# hits us with a thing.
_DATE = (
    r"(?:(?:my |the |this |next |on )?(?:birthday|bday|anniversary|last day of school|first day "
    r"of school|new years|new years eve|christmas|christmas eve|thanksgiving|graduation|"
    r"valentines day|halloween|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|"
    r"friday night|saturday night|end of the (?:week|month|year|semester)|the \d+(?:st|nd|rd|th)?"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?: \d+(?:st|nd|rd|th)?)?))"
)
_ADULT = (
    r"(?:coach|coaches|teacher|teachers|tutor|pastor|youth pastor|priest|counselor|trainer|boss|"
    r"manager|neighbor|uncle|aunt|coworker|band director|director|instructor|principal|sub|"
    r"substitute|babysitter|step dad|stepdad|step mom|stepmom|dad|mom|father|mother|parents|"
    r"grandpa|grandma|moms boyfriend|dads girlfriend|foster (?:mom|dad|parents)|older (?:guy|man|"
    r"woman|lady|friend)|grown man|adult)"
)
_HIGH_PLACE = (
    r"(?:bridge|bridges|building|buildings|parking garage|parking deck|rooftop|roof|cliff|"
    r"overpass|tower|water tower|dam|ledge)"
)
_MEDS = (
    r"(?:tylenol|advil|ibuprofen|benadryl|pills|melatonin|xanax|nyquil|aspirin|acetaminophen|"
    r"meds|medicine|medication|sleeping pills|insulin|\w+ pills|motrin|aleve|excedrin|"
    r"antidepressants|my \w+ meds)"
)
_ROUND13_SIGNS: dict[str, list[str]] = {
    "self_harm": [
        r"^(?!.*\b(?:sat|act|test|exam|tattoo|piercing|party|interview|application|apply|shift|"
        r"trip|project|drivers|permit|license|haircut|hair|nails|surprise|proposal|concert)\b).*?"
        r"\b(?:im |i am |i )?(?:planning|plan|planned|going|decided|ready|want) (?:to |on )?(?:do|"
        r"doing) it (?:on|before|after|by|this|next|at|the night of|the day of) " + _DATE + r"\b",
        r"\b(?:take|taking|took|end|ending|ended) (?:their|his|her|my|your|ones|one s) (?:own )?"
        r"(?:life|lives)\b.{0,40}\b(?:because|cause|since|cuz|bc)(?: i| im| i am| ill) "
        r"(?:going to|about to|planning to|planning on it|want to|will|might|gonna)"
        r"(?: (?:do it|do the same|too|"
        r"also|soon|tonight|as well|try|be next))?\s*$",
        r"^(?!.*\b(?:project|class|report|homework|engineering|engineer|architecture|architect|"
        r"career|job|trip|visit|photo|photos|pictures|pics|world|country|america|paper|essay|"
        r"history|bungee|tour|sightseeing|fair|field trip|construction)\b).*?\b(?:looked up|"
        r"looking up|googled|googling|searched|searching for|search for|looked for|looking for|"
        r"found|scouted|checked out|checking out|went to see|drove by|drove to)\b (?:the |a )?"
        r"(?:tallest|highest|high|tall|closest|nearest|biggest) (?:\w+ )?" + _HIGH_PLACE + r"\b",
        r"\bhow (?:much|many) (?:of )?(?:my |the |these |those )?" + _MEDS + r"\b(?: \w+){0,3}? "
        r"(?:is|are|would be|would|it takes|does it take|to take)(?: too (?:much|many)| enough| "
        r"fatal| deadly| lethal| to (?:die|overdose|od|not wake up))\b.{0,20}\b(?:asking for (?:me|"
        r"myself|a friend)|for me|for myself|for someone my size)\b(?! to (?:take|give)\b)",
        r"\bif (?:im|i am|i) (?:even )?(?:still )?(?:alive|breathing|living|around|live that long"
        r"|live (?:until|till|to see))\b(?: \w+){0,4}? (?:which i doubt|i doubt it|doubt it|"
        r"probably not|prob not|which i wont be|which i probably wont be|i wont be)\b",
        r"\b(?:deciding|decide|thinking about|not sure|dont know|idk|wondering|debating|figuring "
        r"out) (?:if|whether) i (?:should|want to|will|even want to|wanna) (?:even )?(?:stick "
        r"around|stay alive|keep living|keep breathing|be around|be alive|still be here)\b"
        r"(?! (?:at|in|for|with|after|until|til|till|to (?:help|watch|see the)|here (?:for|at))\b)",
        r"\b(?:wont|dont|will not|not going to|not gonna|never going to) live (?:long|that long|to "
        r"see|past)\b.{0,30}\b(?:jk|just kidding|kidding|joking)\b(?: \w+)? (?:unless|or am i|not "
        r"really|or not|but not really|lowkey not|or maybe not)\b|\b(?:die|dead|dying|kill "
        r"myself|alive|live long|be here|make it)\b.{0,40}\b(?:jk|just kidding|kidding|joking)\b"
        r"(?: \w+)? (?:unless|or am i|but not really|or maybe not)\b",
        r"\b(?:want to|wanna|going to|gonna|wish i could|ready to|need to|about to) (?:dye|dy|dye "
        r"fr)\b(?: \w+){0,3}? (?:and )?(?:not|but not|no) (?:the |my |like )?(?:hair|clothes|shirt)"
        r"\b",
        r"\bcoffin\b(?: (?:me|for me|emoji|is me|time))?(?: \w+){0,2}? (?:tonight|today|for real|"
        r"no joke|not joking|soon|this weekend)\b(?!.{0,20}\b(?:dance|meme|costume|party|"
        r"halloween|prop)\b)|\bcoffin (?:me|for me)\b",
    ],
    "abuse": [
        r"\b(?:tutor|coach|teacher|pastor|youth pastor|counselor|trainer|boss|manager|neighbor|"
        r"uncle|coworker|band director|instructor|principal|older (?:guy|man|boy|woman|lady)|"
        r"grown man|man|guy|adult|step dad|stepdad|cousin|friend of my (?:dads|moms))\b.{0,60}"
        r"\b(?:meet|meet up|hang out|see me|pick me up|come over|hangout|take me|drive me|be alone)"
        r"\b.{0,50}\b(?:without (?:my |our )?(?:parents|mom|dad|family|anyone|anybody|grandma|"
        r"guardian)s? (?:knowing|finding out|being there)|(?:dont|not to|never|cant) tell (?:my |"
        r"our )?(?:parents|mom|dad|anyone|anybody|family)|(?:our|a|its our) (?:little )?secret|in "
        r"secret|secretly|behind my (?:parents|moms|dads) back)\b",
        r"\bi (?:flinch|flinched|cringe|duck|ducked|jump|freeze|tense up)\b(?: \w+){0,3}? (?:when|"
        r"whenever|every time|everytime|if) (?:my )?(?:dad|mom|step dad|stepdad|step mom|stepmom|"
        r"father|mother|parents?|uncle|aunt|brother|boyfriend|coach|grandpa|grandma|he|she|they)\b"
        r"(?: \w+){0,2}? (?:raises|raise|lifts|lift|moves|puts up|raised|lifted|swings) (?:his|her|"
        r"their|a) (?:hand|hands|arm|arms|fist|belt|voice)\b",
        r"\b(?:sells|sold|selling|trades|traded|trading|pawns|pawned) (?:our|my|the) (?:food stamps"
        r"|ebt|snap|wic|food|groceries)\b",
        r"\b(?:we|i) (?:dont|do not|didnt|cant|never|barely|usually dont) (?:eat|get to eat|have "
        r"food|have anything to eat|get fed)\b (?:most days|for days|some days|all weekend|for \w+ "
        r"days|most nights|every other day|anymore|unless)\b",
        r"\b(?:mom|dad|parents|step dad|stepdad|step mom|stepmom|they|she|he|grandma|grandpa|aunt|"
        r"uncle|foster (?:mom|dad|parents))\b(?: \w+){0,3}? (?:wont let (?:me|us) eat|doesnt let "
        r"(?:me|us) eat|dont let (?:me|us) eat|locks? (?:up )?the (?:food|fridge|pantry|kitchen)|"
        r"locked (?:up )?the (?:fridge|pantry|food|kitchen)|takes? (?:away )?(?:my|our) food|took "
        r"(?:away )?(?:my|our) food|withholds? (?:my |our )?food|starves? (?:me|us)|starved (?:me|"
        r"us)|doesnt feed (?:me|us)|dont feed (?:me|us)|wont feed (?:me|us)|makes? (?:me|us) go "
        r"without (?:food|eating|dinner|meals))\b(?! (?:junk food|candy|sweets|before dinner|in my"
        r" room|in the car|fast food|sugar|chips|after \d|after midnight|on the couch))",
        r"\b" + _ADULT + r"\b(?: \w+){0,3}? (?:hits|hit|beats|beat|smacks|smacked|slaps|slapped|"
        r"whips|whipped|whoops|whooped|pops|popped|swats) (?:us|me|my (?:little )?(?:brother|"
        r"sister|siblings))\b(?: \w+){0,2}? with (?:a|an|his|her|the|their|my) (?:\w+ )?"
        r"(?:clipboard|belt|ruler|paddle|stick|switch|bat|cord|extension cord|hanger|shoe|sandal|"
        r"chancla|spoon|"
        r"wooden spoon|broom|hose|whistle|fist|book|phone|remote|bottle|pan|pipe|rod|wire|chain|"
        r"charger|phone charger|shoe|boot|keys|cane|board|spatula|wrench)s?\b",
    ],
    "danger": [
        r"\b(?:chasing|chased|coming at|came at|charging at|running at) (?:me|us|my \w+|everyone|"
        r"everybody|people|him|her|them) with (?:a|an|his|her|their|the|my dads|my moms|a big|a "
        r"huge) (?:knife|machete|bat|baseball bat|gun|pistol|axe|ax|hammer|crowbar|sword|blade|"
        r"weapon|golf club|pipe|shovel|broken bottle|tire iron|chainsaw)\b(?!.{0,40}\b(?:game|movie"
        r"|show|anime|level|zombies|minecraft|fortnite|nerf|foam|toy|plastic|water)\b)",
        r"\b(?:swinging|swung|swings|waving|brandishing|slashing) (?:a|an|his|her|their|the|my "
        r"dads|my moms|a big|a huge) "
        r"(?:knife|machete|bat|baseball bat|gun|pistol|axe|ax|hammer|crowbar|sword|blade|weapon|"
        r"golf club|pipe|shovel|broken bottle|tire iron|chainsaw)\b"
        r"(?!.{0,40}\b(?:game|movie|show|anime|level|boss fight|zombies|minecraft|fortnite|pinata|"
        r"ball|pitch|pitches|practice|cage|tree|weeds|brush|dummy|target)\b)(?: (?:at|around at|"
        r"toward|towards) (?:everybody|everyone|us|me|people|my \w+|them|the \w+|anybody|him|her))"
        r"(?!.{0,40}\b(?:game|movie|show|anime|level|boss fight|zombies|minecraft|fortnite|pinata|"
        r"ball|pitch|pitches|practice|cage|tree|weeds|brush|dummy|target)\b)",
        r"\b(?:sleeping|slept|sleep|been sleeping|living|staying|stayed|spent the night|spending "
        r"the nights?)\b (?:in|under|on|at|behind|outside) (?:the |a |my |our |an )?(?:bleachers|"
        r"car|park|street|streets|bridge|bus station|woods|porch|playground|dugout|parking lot|gas "
        r"station|laundromat|walmart|tent|bench|park bench|stairwell|abandoned \w+|field|dumpster|"
        r"alley|shed|bus stop|train station|school|gym|locker room|truck|van|friends couches)\b"
        r".{0,40}\b(?:nowhere (?:else )?to go|got nowhere|have nowhere|no where|no place|nowhere "
        r"else|no home|kicked out|cant go home|not allowed (?:home|back)|homeless|no place to stay|"
        r"nowhere to stay|nowhere to sleep|left home|ran away)\b|\b(?:nowhere (?:else )?to (?:go|"
        r"sleep|stay)|got nowhere else|have nowhere else|kicked out|homeless|ran away)\b.{0,40}\b"
        r"(?:sleeping|slept|been sleeping|staying) (?:in|under|on|at|behind|outside) (?:the |a |my"
        r" )?\w+",
    ],
}
for _kind, _rules in _ROUND13_SIGNS.items():
    SIGNS[_kind].extend(_rules)

# Round 14 (heldout20's misses, as classes): a goodbye to the last one ("said bye to my dog
# today for real for real. she was the last one"); a plan for how to do it; "tell my sister i
# love her" after "im done"; a last post scheduled; a boss who asks for sexual contact for
# hours; a threat to post photos if the student leaves (sextortion); a weapon and a list; a list
# of people who "deserve whats coming". Each with its calm look-alikes kept out: a goodbye at a
# party, a plan for a project, a birthday card, a post about a game, a boss who asks for more
# shifts, baby pictures, a shopping list, a list of people who deserve a thank-you.
_END_TAIL = (
    r"(?: (?:for real|fr|now|today|tonight|already|ngl|honestly|tbh|i think|finally|lol|i guess|"
    r"so yeah|thats it|and thats it|and im ready|im ready|its time))*\s*$"
)
_NOT_OUTING = (
    r"^(?!.*\b(?:party|game|practice|airport|trip|camp|class|bus|sleepover|shift|work|vacation|"
    r"flight|reunion|church|dance|prom|station|store|mall|school|graduation|car|concert|show|"
    r"lobby|call|zoom|facetime)\b)"
)
_TASK_WORDS = (
    r"^(?!.*\b(?:project|homework|essay|test|exam|class|science fair|prom|promposal|surprise|"
    r"party|job|shift|work|school|college|fafsa|application|move|moving|budget|pay|money|"
    r"presentation|speech|trip|tattoo|piercing|haircut|hair|makeup|costume|interview|driving|"
    r"license|permit|bike|car|workout|diet|schedule|chores|laundry|all|both|video|song|dance|"
    r"painting|prank|proposal|ask (?:her|him)|cheer|routine|trick|flip|cake|recipe)\b)"
)
_LOVE_MESSAGE = (
    r"(?:i love (?:her|him|them|you|yall|u|her so much|him so much)|i loved (?:her|him|them)|im "
    r"sorry|i am sorry|i said (?:bye|goodbye)|goodbye|bye|it wasnt (?:their|her|his|your) fault|"
    r"i tried|thank you|thanks for everything|not to be sad|not to cry|to take care of \w+)"
)
_LAST_POST = (
    r"(?:post|posts|tweet|video|tiktok|story|snap|upload|message|text|email|insta post|ig post|"
    r"caption|status|reel)"
)
_BOSS = (
    r"(?:boss|manager|supervisor|shift lead|shift leader|shift manager|owner|store owner|general "
    r"manager|gm|assistant manager|coworker|trainer|coach|teacher|director|landlord|foreman|crew "
    r"leader|employer|head chef|chef|team lead)"
)
_SEXUAL_ASK = (
    r"(?:sit (?:on|in) (?:his|her) lap|kiss (?:him|her)|make out with (?:him|her)|sleep with "
    r"(?:him|her)|have sex with (?:him|her)|hook up with (?:him|her)|touch (?:him|her|his \w+|her "
    r"\w+)|let (?:him|her) (?:touch|feel|grab|kiss) (?:me|my \w+)|send (?:him|her) (?:nudes|naked "
    r"\w+|sexy \w+|(?:a )?(?:pic|pics|picture|pictures|photo|photos) of me|(?:pics|pictures|"
    r"photos)(?! of (?:the|our|his|her|a|an|it|that|this|those|inventory|receipts)\b))|show (?:him"
    r"|her) my (?:body|chest|boobs|butt|private \w+|\w+ in my (?:bra|underwear))|take (?:off )?my "
    r"(?:shirt|clothes|top|bra|pants) (?:off )?for (?:him|her)|give (?:him|her) a (?:massage|kiss|"
    r"lap dance|blow ?job)|go on a date with (?:him|her)|be his girlfriend|be her boyfriend|come "
    r"(?:to|over to) (?:his|her) (?:house|place|apartment|car|office|room) alone|flash (?:him|"
    r"her)|do (?:stuff|things|sexual \w+|favors) (?:with|for) (?:him|her))"
)
_FOR_WORK = (
    r"(?:(?:to|so i can|so i could|if i want|if i wanna|in order to|before (?:he|she) (?:will|"
    r"gives?|lets)|for|in exchange for) (?:\w+ )?(?:get|keep|have|give me|getting|keeping)? ?"
    r"(?:more |extra |better |the good |my |a |the )?(?:hours|shifts|job|raise|promotion|promoted|"
    r"paid|check|paycheck|playing time|starting spot|spot|position|grade|good grade|pass|the part|"
    r"the lead|reference|schedule|time off|weekends off|tips|hired)|or (?:else )?(?:ill|i will|i "
    r"would|id|im going to|i am going to) (?:get fired|be fired|lose (?:my|the) (?:job|hours|"
    r"shifts|spot)|get my hours cut|get benched|get cut|fail)|or (?:he|she|hell|shell) (?:will |is "
    r"going to )?(?:fire me|cut my hours|take my hours|bench me|fail me|not hire me))"
)
_PHOTOS = (
    r"(?:my|those|the|our|them|these) (?:private |naked |nude |personal |old |sexy |)?(?:pics|"
    r"pictures|photos|nudes|videos|snaps|vids|screenshots|pic|picture|video)\b(?: of me)?"
)
_IF_I_LEAVE = (
    r"(?:if|unless|when|once) (?:i |we )?(?:leave|left|dump|break up|broke up|end it|end things|"
    r"stop (?:talking|texting|sending)|dont|do not|wont|tell|block|report|say no|go to|try to "
    r"leave)\b(?! (?:him|her) (?:on read|out)\b)"
)
_ARMS = (
    r"(?:gun|guns|glock|glocks|pistol|rifle|shotgun|handgun|ar ?15|ak ?47|ak|firearm|weapon|"
    r"weapons|knife|knives|machete|bomb|explosives|strap|draco)"
)
_A_LIST = (
    r"(?:a |an |the |his |her |their |my )?(?:hit |kill |death )?list\b(?! of (?!names|people|"
    r"targets|who|everyone|kids|students|teachers)\w)"
)
_NOT_GAME_OR_HUNT = (
    r"^(?!.*\b(?:hunting|hunt|range|deer|season|license|safety|store|christmas|gift|birthday|"
    r"wishlist|fortnite|call of duty|cod|minecraft|roblox|gta|airsoft|nerf|paintball|movie|show|"
    r"book|anime|episode|character|game|games|shopping|grocery|groceries|to do|chores)\b)"
)
_COMING = (
    r"(?:deserve|deserves|deserved) (?:(?:whats|what is|what s|what) (?:coming|is coming)(?: to "
    r"(?:them|him|her|em))?|it|to die|to suffer|to pay|to be hurt|to get hurt|to be shot|what "
    r"they get|what i have planned|what happens next|what im going to do|everything thats coming)"
    r"|(?:are|is|will be) (?:going to|gonna|about to) (?:pay|regret it|be sorry|get (?:whats|what"
    r" is) coming)|will (?:pay|regret it|be sorry|get (?:whats|what is) coming)|(?:have|has|had) "
    r"it coming|wont be laughing (?:much )?longer|are next|(?:get|got) what they deserve"
)
_ROUND14_SIGNS: dict[str, list[str]] = {
    "self_harm": [
        # A goodbye to the last one ("said bye to my dog today for real. she was the last one").
        _NOT_OUTING + r".*?\b(?:(?:said|say|saying|told|tell) (?:bye|goodbye|good bye|my goodbyes|"
        r"farewell) to|(?:told|tell|telling) (?:my \w+(?: \w+)?|\w+) (?:bye|goodbye))\b.{0,60}\b"
        r"(?:was|is|were|thats|that was|that is) the last (?:one|person|"
        r"thing|of them|goodbye|one left)" + _END_TAIL,
        _NOT_OUTING + r".*?\b(?:was|is) the last (?:one|person) (?:i (?:had|needed|wanted|have|"
        r"need) to|left to) (?:say )?(?:bye|goodbye) to\b" + _END_TAIL,
        # A plan for how to do it ("starting to plan how im gonna do it"), never a task's.
        _TASK_WORDS + r".*?\b(?:plan|planning|planned|plans|planed|decided|deciding|researching|"
        r"researched|looked up|looking up|googled|googling|picked|picking|chose|choosing|thinking "
        r"about|thought about|worked out|working out|mapping out|mapped out) (?:out )?(?:exactly )?"
        r"how (?:im going to|i am going to|i will|ill|i would|id|to|i want to|i should|i could|i "
        r"can|i might|im gonna|it will|it would) (?:do it|do this|go|end it|go out|finally do it|"
        r"do it finally)\b(?=(?: (?:tonight|soon|this week|this weekend|for real|fr|already|now|"
        r"ngl|honestly|tbh|i think|finally|and when|and where|and when to))*\s*$|.{0,40}\b(?:"
        r"without (?:anyone|anybody|my \w+) (?:knowing|noticing|finding)|so (?:it|no one|nobody)|"
        r"and where|and when)\b)",
        # A message to pass on after "im done" ("im done. tell my sister i love her").
        r"\b(?:(?:im|i am|i m) (?:so |just |really )?(?:done|finished|gone)|this is it|its over|"
        r"i (?:cant|cannot) (?:do this |do it |take it |)anymore|i give up|its time)\b(?: (?:for "
        r"real|fr|with everything|with it all|with life|with this life|with all of it|forever|for "
        r"good|honestly|ngl|now))* (?:please |pls |plz |just |and |so )?(?:tell|let) (?:my \w+(?: "
        r"\w+)?|everyone|everybody|them|all of them|\w+) (?:know )?(?:that )?"
        + _LOVE_MESSAGE
        + r"\b",
        r"\b(?:tell|let) (?:my \w+(?: \w+)?|everyone|everybody|them) (?:know )?(?:that )?"
        + _LOVE_MESSAGE
        + r"\b(?: \w+){0,2}? (?:(?:im|i am) (?:so |just |really )?(?:done|finished|gone)|this is "
        r"it|its over|i give up)\b(?! (?:with|eating|for the day|at|in|now lol|wrapping|writing|"
        r"signing|making|packing)\b)",
        # A last post scheduled ("i scheduled my last post for sunday"), never a game's or a
        # page's last post of the season.
        r"^(?!.*\b(?:game|match|season|club|team page|business|bakery|account i run|shop|series|"
        r"challenge|giveaway|sale|job|internship|class|project|assignment|yearbook|newspaper|"
        r"school paper|marketing|semester|year|summer|break|vacation|trip|camp|finals|holidays|"
        r"christmas|last day at|moving|graduation|senior|contest|fundraiser|event|blog|recipe)\b)"
        r".*?\b(?:scheduled|schedule|scheduling|set|setting|queued|queue|queueing|drafted|wrote|"
        r"writing|timed|set up|planned|planning|prepared|have) (?:up )?(?:my|a|the) (?:last|final|"
        r"goodbye|farewell) " + _LAST_POST + r"\b(?! (?:of|about|on|as)\b)",
    ],
    "abuse": [
        # A boss who asks for sexual contact for hours ("the manager at my job said i have to
        # sit on his lap to get more hours"), and the ask alone from a boss or a coach.
        r"\b" + _BOSS + r"\b.{0,60}\b(?:said|says|told me|tells me|wants me|keeps saying|asked me|"
        r"asks me|made me|makes me|keeps asking me|is making me|expects me|saying|telling me)\b"
        r".{0,20}?\b(?:i have to |i gotta |i need to |i should |i would have to |to |that i )?"
        + _SEXUAL_ASK
        + r"\b.{0,30}\b"
        + _FOR_WORK
        + r"\b",
        r"\b" + _BOSS + r"\b.{0,40}\b(?:wants me to|asked me to|asks me to|told me to|tells me to|"
        r"keeps asking me to|made me|makes me|tried to make me|is making me|keeps telling me to)"
        r" (?:sit (?:on|in) (?:his|her) lap|kiss (?:him|her)|sleep with (?:him|her)|send (?:him|"
        r"her) (?:nudes|naked \w+|pics of me|pictures of me|photos of me)|touch (?:him|his \w+)|"
        r"make out with (?:him|her)|hook up with (?:him|her))\b",
        # Photos to be posted if the student leaves ("hes going to put my pics online if i
        # leave him"): sextortion, never baby pictures posted by a sister for a laugh.
        r"\b(?:post|posting|posts|leak|leaking|leaks|share|sharing|shares|send|sending|sends|"
        r"expose|exposing|release|releasing|show|showing|upload|uploading|put|putting|puts|spread|"
        r"spreading|drop|dropping|airdrop\w*) (?:everyone |everybody |the whole school |all my "
        r"friends |my (?:mom|dad|parents|family) |online |on (?:snap|insta|instagram|tiktok|"
        r"twitter|the internet) )?" + _PHOTOS + r"(?: \w+){0,4}? " + _IF_I_LEAVE,
        # A figure of speech made a threat by the secret it keeps ("hell skin me alive if i
        # tell anyone").
        r"\b(?:hell|shell|he will|she will|theyll|they will|hes going to|shes going to|going to|"
        r"said)\b.{0,20}\b(?:skin me alive|have my head|bury me alive|make me pay|make me regret"
        r" it|ruin my life|hurt my (?:mom|dad|sister|brother|dog|family))\b.{0,20}\b(?:if|when|"
        r"once) (?:i|you) (?:ever )?(?:tell|told|say anything|snitch|report|talk|call)\b",
        # Food cut off by a parent ("my parents cut me off from food").
        r"\b(?:cut|cuts|cutting|cutted) (?:me|us|my (?:little )?(?:brother|sister|siblings)) off "
        r"(?:from|of) (?:food|eating|meals|dinner|lunch|breakfast|the fridge|the kitchen|water)\b",
        r"\b(?:threaten\w*|says|said|keeps saying|told me) (?:to |hell |shell |he will |she will |"
        r"hes going to |shes going to |they will |theyll )?(?:post|leak|share|send|expose|release|"
        r"upload|put|spread|airdrop)\w* (?:out |up )?(?:everyone |online )?"
        + _PHOTOS
        + r"(?: \w+){0,3}? (?:online|everywhere|to everyone|to the whole school|on snap|on "
        r"insta)\b",
    ],
    "danger": [
        # A weapon and a list ("someone in the group chat said they got a glock and a list").
        _NOT_GAME_OR_HUNT + r".*?\b(?:got|has|have|had|with|bringing|brought|made|making|showed|"
        r"showing|posted|posting|carrying|bought|buying|keeps|stole) (?:a |an |his |her |their |"
        r"the |my dads |my moms |some )?(?:\w+ )?"
        + _ARMS
        + r" (?:and|n|plus|with|and also) "
        + _A_LIST,
        _NOT_GAME_OR_HUNT + r".*?\b" + _A_LIST + r"(?: of names)? (?:and|n|plus|with|and also) "
        r"(?:a |an |his |her |their |the |my dads |some )?(?:\w+ )?" + _ARMS + r"\b",
        # A list of people who "deserve whats coming" ("im making a list of people at school who
        # deserve whats coming to them"), never a list of who deserves a thank-you.
        r"^(?!.*\b(?:in (?:the|a|that|this) (?:book|movie|show|game|story|novel|anime|episode|"
        r"series)|villain|character|fanfic)\b).*?\b(?:list|names|hit list)\b(?: \w+){0,8}? (?:who|"
        r"that|whos|they|and they|and they all|all)? ?(?:all )?(?:" + _COMING + r")\b",
        r"^(?!.*\b(?:in (?:the|a|that|this) (?:book|movie|show|game|story|novel|anime|episode|"
        r"series)|villain|character|fanfic|karma|team|refs?|referees?)\b).*?\b(?:everyone|"
        r"everybody|people|kids|those (?:kids|people|guys|girls)|they|them|all of them)\b(?: at "
        r"(?:school|my school|this school|lunch|practice|church|work))?(?: \w+){0,4}? (?:deserve|"
        r"deserves|are going to get|will get|is going to get|are gonna get|have|has|had) (?:whats|"
        r"what is|what s) coming(?: to (?:them|em)| for them)?\b",
    ],
}
_JEFE = (
    r"\b(?:jefe|jefa|gerente|supervisor|supervisora|patron|patrona|encargado|encargada|dueno|"
    r"duena|entrenador|maestro|profe|manager)"
)
_PIDE = (
    r"(?:sentarme en sus piernas|me siente en sus piernas|besarlo|besarla|lo bese|la bese|"
    r"acostarme con (?:el|ella)|me acueste con (?:el|ella)|tener sexo con (?:el|ella)|dejar que "
    r"me toque|deje que me toque|mandarle fotos|le mande fotos|enviarle fotos|le envie fotos|"
    r"salir con (?:el|ella)|tocarlo)"
)
_ROUND14_SPANISH_SIGNS: dict[str, list[str]] = {
    "self_harm": [
        r"\b(?:ya )?me despedi de (?:mi|mis|todos|todo el mundo|\w+)\b.{0,40}\b(?:era|fue) (?:el|"
        r"la) ultim[oa]\b\s*$",
        r"^(?!.*\b(?:proyecto|tarea|examen|clase|fiesta|sorpresa|trabajo|viaje|baile|escuela)\b)"
        r".*?\b(?:planeando|planeo|planee|pensando|decidi|decidiendo|buscando) (?:como|cuando y "
        r"como|la forma de|la manera de) (?:lo voy a hacer|hacerlo|lo hago|lo haria|terminar con "
        r"todo|acabar con todo)\b\s*$",
        r"\b(?:ya no puedo|ya no aguanto|ya me canse|ya estuvo|ya termine|hasta aqui llegue|es "
        r"todo)\b.{0,10}\b(?:diganle|dile|digan le|le dicen|digale) a (?:mi|mis|todos) \w*\b.{0,15}"
        r"\b(?:que (?:la|lo|los|las) quiero|que (?:la|lo|los|las) amo|que lo siento|adios)\b",
        r"^(?!.*\b(?:partido|juego|temporada|club|negocio|tienda|clase|proyecto|ano|semestre|"
        r"vacaciones|viaje)\b).*?\b(?:programe|programo|programando|deje lista|deje listo|"
        r"escribi|tengo lista) (?:mi|la|una) (?:ultima|final) (?:publicacion|foto|historia|post|"
        r"video|mensaje)\b(?! (?:de|sobre|del)\b)",
    ],
    "abuse": [
        _JEFE + r"\b.{0,40}\b(?:dijo|dice|me dijo|quiere|me pidio|me pide)\b.{0,20}?(?:que )?"
        r"(?:tengo que |si no |me tengo que )?" + _PIDE + r"\b.{0,40}\b(?:para (?:darme|tener|"
        r"conseguir|que me de|subirme|no perder|que me suba) (?:mas )?(?:horas|turnos|el trabajo|"
        r"trabajo|un aumento|el puesto|mi trabajo)|(?:o|si no) me (?:despide|corre|quita (?:las |"
        r"mis )?horas|baja (?:las |mis )?horas))\b",
        r"\b(?:subir|sube|publicar|publica|compartir|comparte|mandar|manda|ensenar|ensena|pasar|"
        r"pasa|poner|pone|filtrar|filtra|difundir|mostrar|enviar|envia|subira|publicara|mandara)"
        r" (?:a todos |a todo el mundo |en internet |a mis papas |a mi mama |a mi papa )?(?:mis|"
        r"las|unas|esas) (?:fotos|videos|nudes|packs|imagenes|fotografias)\b(?! de (?:bebe|cuando "
        r"era|chiquit\w*|nin[oa]|la (?:fiesta|boda|graduacion|playa))\b)(?: \w+){0,4}? (?:si|"
        r"cuando) (?:lo |la |le |los )?(?:dejo|deje|termino|corto|bloqueo|digo|cuento|denuncio|no "
        r"(?:le |les )?(?:mando|envio|doy|paso|hago caso|contesto)|me voy)\b",
        _JEFE + r"\b.{0,40}\bsi no (?:lo |la |le )?(?:beso|me siento en sus piernas|me acuesto "
        r"con (?:el|ella)|le mando fotos|lo toco|la toco|salgo con (?:el|ella)|dejo que me toque)"
        r"\b.{0,20}\bme (?:quita|baja|despide|corre|va a quitar|va a bajar|va a despedir|va a "
        r"correr)\b",
        r"\bamenaz\w* con (?:subir|publicar|compartir|mandar|ensenar|pasar|filtrar|difundir|"
        r"mostrar) (?:mis|las|unas) (?:fotos|videos|nudes|packs|imagenes)\b",
    ],
    "danger": [
        r"\b(?:una|un) (?:pistola|arma|rifle|cuchillo|glock)\b (?:y|con) (?:una )?lista\b|\buna "
        r"lista\b(?: de nombres)? (?:y|con) (?:una|un) (?:pistola|arma|rifle|cuchillo|glock)\b",
        r"^(?!.*\b(?:pelicula|libro|serie|juego|personaje)\b).*?\b(?:lista|nombres)\b(?: \w+){0,8}?"
        r" (?:que )?(?:se lo merecen|se lo tienen merecido|van a pagar|me las van a pagar|lo van a "
        r"pagar|les va a llegar|se van a arrepentir)\b",
    ],
}
for _kind, _rules in _ROUND14_SIGNS.items():
    SIGNS[_kind].extend(_rules)
for _kind, _rules in _ROUND14_SPANISH_SIGNS.items():
    SPANISH_SIGNS[_kind].extend(_rules)

# Round 15 (heldout21's misses, as classes): a gravestone or coffin emoji with "me" and a time
# ("🪦🪦 me soon fr"); a goodbye to family "without them knowing"; a crash just now with smoke,
# fire or someone hurt; a partner who checks the phone and takes the student's pay; a friend
# overdosing now; a minor worked long hours by a relative and kept from school; a mortician
# needed "soon" for oneself; a lyric about fading away made "my plan"; giving things away
# "knowing im almost done"; dreaming of dying and waking up disappointed. Each kept off its calm
# look-alikes: a Halloween costume, a surprise party, crashing on a couch, a parent's rent, a
# snack "od'd" on, a school dance, a relative in hospice, decluttering, a scary dream.
_RELATIVE = (
    r"(?:uncle|aunt|auntie|tio|tia|dad|mom|stepdad|stepmom|step dad|step mom|father|mother|"
    r"cousin|grandpa|grandma|brother|sister|parents|family|mamas boyfriend|moms boyfriend)"
)
_PARTNER = (
    r"(?:boyfriend|girlfriend|bf|gf|man|husband|wife|partner|ex|fiance|baby daddy|novio|novia|"
    r"pareja|esposo|esposa)"
)
_FAMILY = (
    r"(?:family|mom|dad|parents|sister|brother|friends|everyone|people|grandma|grandpa|siblings|"
    r"loved ones|folks)"
)
_ROUND15_SIGNS: dict[str, list[str]] = {
    "self_harm": [
        # A gravestone or coffin emoji with "me" and a time ("🪦🪦 me soon fr").
        r"^(?!.*\b(?:halloween|costume|party|dance|meme|prop|minecraft|fortnite|game|movie|show|"
        r"episode|decoration|decorations)\b).*?\b(?:grave|coffin)(?: (?:grave|coffin))* (?:me|for "
        r"me|is me|im|i am|thats me|that s me)\b(?: \w+){0,2}? (?:soon|tonight|today|tomorrow|this "
        r"weekend|this week|next week|fr|for real|real soon|any day now|by friday|no joke)\b",
        # A goodbye to family "without them knowing".
        r"^(?!.*\b(?:party|surprise|gift|present|card|trip|move|moving|college|deploy\w*|boot camp|"
        r"basic training|camp|vacation|semester|exchange|sleepover)\b).*?\b(?:tell|telling|say|"
        r"saying|said|told) (?:(?:\w+ )?(?:goodbye|bye|good bye|my goodbyes|farewell) (?:to )?(?:my"
        r" |your |ur |the )?(?:\w+ )?"
        + _FAMILY
        + r"|(?:my |your |ur |the )?(?:\w+ )?"
        + _FAMILY
        + r" (?:goodbye|bye|good bye))\b.{0,20}\bwithout (?:them|her|him|anyone|"
        r"anybody|it being|em)\b (?:knowing|noticing|finding out|realizing|catching on|getting "
        r"suspicious|suspecting)\b(?: (?:its|it is|that its) (?:goodbye|the last time|for good|"
        r"forever))?(?: (?:fr|for real|tho|though|lol|honestly|ngl))*\s*$",
        # A mortician or a funeral needed "soon" for oneself ("might as well get to know one
        # since ill need one soon"), never for a relative in hospice.
        r"^(?!.*\b(?:grandpa|grandma|granddad|granddaddy|granny|papaw|mawmaw|memaw|pawpaw|nana|"
        r"uncle|aunt|hospice|cancer|sick|dying relative|for (?:my|his|her|our) \w+)\b).*?\b"
        r"(?:mortician|morticians|funeral directors?|funeral homes?|undertakers?|embalmers?|"
        r"coroners?|caskets?|coffins?|grave diggers?|funerals?)\b.{0,80}\b(?:ill|i will|im going "
        r"to|im gonna|i am going to) (?:need|be needing|be using|be seeing|need to book|be meeting)"
        r" (?:one|it|them|their services|a funeral|a casket|one of those|that|him|her)(?: \w+)? "
        r"(?:soon|real soon|pretty soon|sooner than (?:you|they|people) think|before long|any day "
        r"now|this week|shortly)\b",
        r"^(?!.*\b(?:grandpa|grandma|granddad|granddaddy|granny|papaw|mawmaw|memaw|pawpaw|nana|"
        r"uncle|aunt|hospice|cancer|sick|for (?:my|his|her|our) \w+)\b).*?\b(?:ill|i will|im going "
        r"to|im gonna|i am going to) (?:need|be needing) (?:a|my own|one|my) (?:casket|coffin|"
        r"grave|funeral|mortician|headstone|tombstone|burial plot|plot|urn)\b(?: \w+)? (?:soon|"
        r"real soon|pretty soon|before long|any day now|this week|anyway)\b",
        # A lyric about fading away or disappearing made "my plan".
        r"\b(?:fade away|fade out|disappear|vanish|be gone|go away forever|die|dead|end it|not "
        r"wake up|sleep forever|leave this world|be free|float away|drift away|cease to exist)\b"
        r"(?! (?:from|for a|off) )(?: \w+){0,6}? (?:and )?(?:thats|that is|that s|its|it is|"
        r"which is|this is|thats gonna be|that will be) (?:my|the) (?:plan|mood and plan|goal)\b"
        r"(?! for (?:prom|the dance|the party|spring break|summer|the trip|vacation)\b)",
        # "i want to die" followed by a laugh, with the school task weighed against it, not its
        # cause ("i want to die but i have a math test tmrw lmao which comes first").
        r"^(?:(?:ugh|bro|lowkey|honestly|ngl|fr) )*(?:i|im|i am) (?:really |just |lowkey |kinda )?"
        r"(?:want to|wanna|going to|gonna|ready to|about to) (?:die|kill myself|end it)\b,? (?:but|"
        r"but first|after|before|or) (?:i (?:have|got|gotta|need to|still have)|my|the|this|theres|"
        r"first)\b.{0,60}\b(?:lol|lmao|lmfao|haha\w*|xd|jk)\b",
        r"\b(?:want to|wanna|going to|gonna) (?:die|kill myself|end it)\b.{0,60}\bwhich (?:one )?"
        r"(?:comes|should come|goes|do i do|should i do) first\b",
        # Giving things away "knowing im almost done".
        r"^(?!.*\b(?:goodwill|donat\w*|declutter\w*|clean\w* out|spring cleaning|yard sale|garage"
        r" sale|moving|move out|thrift|outgrew|too small|doesnt fit|dont fit|minimalis\w*)\b).*?"
        r"\b(?:gave|giving|give|given|handed|handing) (?:away |out )?(?:all |most |some |a lot )?"
        r"(?:of )?(?:my|the rest of my) (?:\w+ ){0,2}?(?:stuff|things|belongings|jewelry|clothes|"
        r"shoes|games|books|art|sketchbooks|plushies|stuffed animals|rings|necklaces|chains|"
        r"collection|records|cards|pokemon cards|makeup|perfume|hoodies|guitar|xbox|ps5|switch|"
        r"phone|money|savings|pets?|dog|cat)\b.{0,80}\b(?:(?:knowing|now that|since|because|cause|"
        r"cuz|that) (?:im|i am|ill be|it will be|its|everything is|it all is) (?:almost|nearly|"
        r"about to be|finally|so close to being|basically)? ?(?:done|over|gone|finished|the end|"
        r"ready)\b(?! (?:with|cleaning|packing|moving|decluttering|school|the semester)\b)|(?:wont|"
        r"will not|not gonna|not going to) need (?:it|them|any of it)(?: anymore)?(?: where im "
        r"going| soon| after this week)\b)",
        # Dreaming of dying and waking up disappointed to be alive.
        r"\b(?:dream|dreams|dreamed|dreamt|dreaming|keep dreaming) (?:about|of|that i|i) (?:\w+ )?"
        r"(?:dying|die|died|being dead|my death|my funeral|not waking up|killing myself|was dead|"
        r"am dead|passing away)\b.{0,60}\b(?:wake up|woke up|waking up|wake)\b.{0,30}\b(?:"
        r"disappointed|sad that|upset that|mad that|wishing|bummed|let down|annoyed|sad it wasnt"
        r" real|wish it was real|wish it were real|im still here|still alive|that i didnt)\b",
    ],
    "abuse": [
        # "hell end me if i tell anyone": a figure of speech made a threat by the secret.
        r"\b(?:hell|shell|he will|she will|theyll|they will|hes going to|shes going to|going to|"
        r"said|gonna)\b.{0,20}\b(?:end me|kill me|murder me|hurt me|beat me)\b.{0,20}\b(?:if|when|"
        r"once) (?:i|you) (?:ever )?(?:tell|told|say anything|snitch|report|talk|call)\b",
        # A partner who checks the phone and takes the student's pay ("my boyfriend goes
        # through my phone and takes my paycheck").
        r"\b(?:my|her|his) " + _PARTNER + r"\b.{0,40}\b(?:checks|check|checking|goes through|go "
        r"through|going through|looks through|reads|tracks|takes|took|keeps) (?:all )?my (?:phone|"
        r"texts|messages|cell|dms|location)\b.{0,60}\b(?:takes|took|taking|keeps|kept|makes me "
        r"give (?:him|her)|makes me hand over|spends|steals|controls) (?:all )?(?:of )?(?:my|the) "
        r"(?:whole )?(?:money|paycheck|pay|check|tips|wages|earnings|card|debit card|cash|money "
        r"from (?:my )?(?:job|work))\b",
        r"\b(?:my|her|his) " + _PARTNER + r"\b.{0,30}\b(?:takes|took|taking|keeps|makes me give "
        r"(?:him|her)|makes me hand over|controls) (?:all )?(?:of )?my (?:whole )?(?:paycheck|pay"
        r"|checks|money from (?:my )?(?:job|work)|tips|wages|debit card)\b(?! (?:to|for) (?:the "
        r"bank|save|saving|safe keeping)\b).{0,40}\b(?:every|each|all|and (?:wont|doesnt|dont|"
        r"never)|so i cant|without asking|no matter)\b",
        # A minor worked long hours by a relative and kept from school.
        r"\b(?:my|our) " + _RELATIVE + r"\b.{0,60}\b(?:work|works|working|worked)\b.{0,60}\b(?:wont"
        r"|will not|doesnt|does not|dont|do not|never|wouldnt) (?:let|allow) (?:me|us) (?:to )?"
        r"(?:go to|go back to|attend|be in|enroll in|come to|finish) (?:school|class|classes|high "
        r"school)\b(?! (?:dances?|games?|parties|events?|trips?|sick|when)\b)",
        r"\b(?:makes|made|forces|forced|has) (?:me|us) (?:to )?work (?:\d+|twelve|ten|eleven|"
        r"fourteen|sixteen|long|all day|all night|double)\b.{0,60}\b(?:instead of (?:going to )?"
        r"school|(?:cant|cannot|dont|never|wont let me|doesnt let me) (?:go to |get to go to |"
        r"attend )?school|pulled me out of school|keeps me (?:home )?(?:out of|from) school)\b",
        r"^(?!.*\b(?:sick|fever|snow|storm|hurricane|flood|holiday|break)\b).*?\b(?:my|our) "
        + _RELATIVE
        + r"\b.{0,40}\b(?:makes|made|forces|has) (?:me|us) (?:to )?work\b.{0,60}\b(?:wont|will "
        r"not|doesnt|does not|dont|never) (?:let|allow) (?:me|us) (?:to )?(?:go to|attend) "
        r"school\b",
    ],
    "danger": [
        # "my brother said hell end me and he has a knife": a threat and a weapon; a gun to be
        # brought to school after the range.
        r"\b(?:end me|kill me|murder me|hurt me|shoot me|stab me|jump me)\b.{0,40}\b(?:has|got|had|"
        r"with|grabbed|pulled out|holding|is holding|keeps) (?:a |his |her |the |my dads |my "
        r"moms )?(?:knife|gun|pistol|bat|machete|glock|rifle|shotgun|weapon|box cutter|blade)\b",
        r"\b(?:gun|guns|rifle|pistol|glock|ar ?15|shotgun)\b.{0,60}\b(?:bring|bringing|take|taking|"
        r"brought|carry|carrying) (?:it|one|them|that|mine|my \w+) to school\b",
        # A crash just now with smoke, fire or someone hurt.
        r"^(?!.*\b(?:mario kart|game|gta|forza|roblox|fortnite|simulator|video|movie|show|dream|"
        r"last (?:year|month|week|summer)|years ago|when i was)\b).*?\b(?:crashed|wrecked|got in a "
        r"(?:wreck|crash|accident)|got into a (?:wreck|crash|accident)|had a (?:wreck|crash)|got "
        r"hit|were hit|was hit|flipped|rolled|ran off the road|hit a (?:tree|pole|truck|car|deer|"
        r"ditch))\b.{0,60}\b(?:car|truck|engine|hood|van|suv|vehicle|motor|it|cars)\b (?:is|s|are|"
        r"started|keeps|just started|is starting to|caught) (?:smoking|on fire|burning|catching "
        r"fire|leaking gas|in flames|fire|smoke)\b",
        r"\b(?:just|rn|right now) (?:crashed|wrecked|got in a (?:wreck|crash)|had a (?:wreck|"
        r"crash)|flipped)\b.{0,60}\b(?:smoke|smoking|fire|flames|bleeding|unconscious|passed out|"
        r"trapped|stuck|hurt|cant get out|cant move|knocked out|glass everywhere)\b",
        # A friend overdosing now ("my friend is ODing at this party").
        r"\b(?:my |a |this |our |his |her |some )?(?:\w+ )?(?:friend|bestie|best friend|bf|gf|"
        r"boyfriend|girlfriend|brother|sister|cousin|mom|dad|someone|somebody|kid|guy|girl|homie|"
        r"bro|he|she|they|hes|shes|theyre)\b(?: \w+){0,2}? (?:is |s |are |keeps |might be |i think "
        r"(?:hes|shes|theyre) )?(?:oding|od ing|odding|overdosing|having an overdose|having an od|"
        r"od ing out|oding out)\b(?! on (?:\w+ )?(?:coffee|caffeine|sugar|candy|chocolate|snacks|"
        r"hot cheetos|takis|chips|tiktok|netflix|anime|drama|love|memes|energy drinks?|monsters?|"
        r"red bull|sweets|food)\b)",
    ],
}
_ROUND15_SPANISH_SIGNS: dict[str, list[str]] = {
    "abuse": [
        # "mi novio me revisa el cel y me quita el dinero de mi trabajo".
        r"\bmi (?:novio|novia|pareja|esposo|esposa|ex)\b.{0,40}\b(?:me )?(?:revisa|revisan|checa|"
        r"esculca|vigila|lee|agarra) (?:el|mi|mis) (?:cel|celular|telefono|fono|mensajes|chats)\b"
        r".{0,60}\b(?:me )?(?:quita|quito|saca|agarra|se queda con|se lleva|gasta|controla) (?:el|"
        r"mi|mis|todo el|todo mi) (?:dinero|cheque|pago|sueldo|propinas|tarjeta|lana|feria)\b",
        r"\bmi (?:novio|novia|pareja|esposo|esposa)\b.{0,20}\bme (?:quita|quito|saca|agarra) "
        r"(?:todo )?(?:el|mi) (?:dinero|cheque|pago|sueldo|propinas)\b(?: \w+){0,2}? (?:de|del) "
        r"(?:mi )?(?:trabajo|chamba|jale)\b",
        # A minor worked long hours by a relative and kept from school.
        r"^(?=.*\b(?:trabaj\w*|horas|turno|chamba|restaurante|tienda|campo|negocio)\b).*?\b(?:mi|"
        r"mis) (?:tio|tia|papa|mama|padrastro|madrastra|primo|prima|abuelo|abuela|familia|padres|"
        r"hermano|hermana|papas)\b.{0,60}\b(?:no me (?:deja|dejan|dejo|dejaron|quiere "
        r"dejar)|me prohibe|me prohiben) (?:ir a|volver a|estudiar|ir al|asistir a|entrar a) "
        r"(?:la |el )?(?:escuela|clases|colegio|prepa|secundaria|high school)\b",
        r"\b(?:trabaj\w*)\b.{0,60}\b(?:mi|mis) (?:tio|tia|papa|mama|padrastro|madrastra|primo|"
        r"abuelo|familia|padres|hermano)\b.{0,60}\b(?:no me (?:deja|dejan|dejo|dejaron)|me prohibe"
        r"|me prohiben) (?:ir a|volver a|estudiar|ir al|asistir a) (?:la |el )?(?:escuela|clases"
        r"|colegio|prepa|secundaria)\b",
    ],
}
for _kind, _rules in _ROUND15_SIGNS.items():
    SIGNS[_kind].extend(_rules)
for _kind, _rules in _ROUND15_SPANISH_SIGNS.items():
    SPANISH_SIGNS[_kind].extend(_rules)
