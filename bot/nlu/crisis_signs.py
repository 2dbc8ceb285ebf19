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
    r"antidepressants|sleeping pills|painkillers|percs|oxy\w*|bottle)"
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
        r"\b(?:blade|razor|rope|pills|knife)\b.{0,40}\bfor (?:later|tonight|when (?:im|i get) "
        r"home)\b",
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
        r"\bthis is (?:the|my) last (?:one|question|message)\b.{0,30}\bthanks? (?:you )?for "
        r"everything\b",
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
        r"\b(?:tonight|today) is (?:my last|the (?:night|day) i do it)\b",
        r"\bmy last (?:night|day)\b(?! (?:of|at|in|before|with|off)\b)",
        r"\b(?:goodbye|bye|farewell) (?:world|everyone|everybody|yall|cruel world|forever)\b"
        r"(?!.*\b(?:see (?:you|yall|ya|everyone)|tomorrow|later|next (?:week|time|year)|monday|"
        r"ttyl|gn|good ?night|have a good)\b)",
        r"\bnice knowing (?:you|yall|everyone|everybody)\b|\bsee you on the other side\b",
        r"\b(?:wrote|written|write|writing|left|leave|leaving) (?:my|a|the) (?:goodbye |"
        r"suicide |last |final )?note\b(?! (?:for (?:a|the|my) (?:teacher|class|coach)|in "
        r"class))",
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
        r"\b(?:wont|will not) be (?:at|in) (?:school|class)\b.{0,25}\b(?:ever again|anymore|or "
        r"ever)\b",
        r"\b(?:dont|wont|will not) need\b.{0,30}\bwhere im going\b",
        r"\bif i dont (?:reply|answer|text back|respond)\b.{0,40}\b(?:gone|dead|did it|not here)\b"
        r"|\b(?:its|it is) (?:because|cause) im gone\b",
        r"\b(?:knife|blade|razor)\b.{0,10}\bblood\b|\bblood\b.{0,10}\b(?:knife|blade|razor)\b",
        r"\b(?:dont think (?:ill|i will|i can|im going to)|wont|will not|not going to|"
        r"might not|probably wont) (?:make it|live|be alive|be around|be here) (?:to|till|"
        r"until|past|through) (?:summer|graduation|my birthday|next \w+|the end of|\d+|"
        r"the night|tonight|this week|the week|christmas|the weekend)\b",
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
        r"for good|forever)\b|\bwant out (?:permanently|for good|forever|of (?:this|my) "
        r"life)\b",
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
        r"(?! (?:for (?:a|the) (?:day|week|weekend|bit|while)|from (?:social|this group|the "
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
        r"\b(?:want|ready|going|about|gonna|plan\w*|decided|think\w* about) (?:to )?commit"
        r"(?: it)?\s*$",
        # Plans and dates.
        r"\b(?:how|when|where) i (?:would|will|could|am going to|should|can) do it\b",
        r"\b(?:decided|ready|going to|planning to|plan to|gonna)\b.{0,15}\bdo(?:ing)? it "
        + _DAY
        + r"\b",
        r"\bthe (?:night|day) i do it\b|\bplan and a date\b|\bpicked (?:a|the) (?:date|day)"
        r"\b(?! for)",
        # Methods.
        r"\b(?:knot|noose|rope)\b.{0,30}\b(?:hang|neck|strong|garage|closet|tree|ceiling|"
        r"fan|beam)\b|\bhang (?:from|by my neck)\b|\blooking at the rope\b",
        r"\b(?:swallow\w*|took|take|taking|ate|downed|chugged|pop\w*) (?:a |the )?(?:whole|"
        r"entire|all (?:my|the|of my|of the)?|every|like [1-9]\d+|[1-9]\d+|a bunch of|a ton "
        r"of|a lot of|a handful of|too many|so many|way too many)\b.{0,25}\b" + _PILLS + r"\b",
        r"\b(?:sav\w*|stash\w*|hoard\w*|collect\w*|hid\w*|hiding) (?:up )?(?:my |a stash of |"
        r"some |all the )?(?:pills|meds|medicine|tablets|painkillers|a blade|razors?|blades)"
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
        r"programs?|at|of|books?)\b)",
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
        r"\bits time for me to go\b(?! to )|\b(?:courage|guts|nerve) to do it\b|\bget the "
        r"courage\b",
        r"\b(?:hates? me|no one (?:loves|likes|cares about) me|nobody (?:loves|likes|cares about) "
        r"me)\b.{0,25}\b(?:whats the point|no point|die|dead|gone)\b",
        r"\b(?:want|wanna|need|urge) to cut\b(?! (?:class|school|hair|my hair|carbs|back|the|"
        r"weight|ties|in line|it|down|out|costs)\b)",
        r"\bsurvived my attempt\b|\bmy (?:suicide )?attempt\b(?=.*\b(?:survived|again|try|"
        r"last)\b)",
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
        r"\b(?:wrote|writing|made|write|make) (?:a|my) will\b",
        r"\b(?:hope|hoping|pray|praying|wish) (?:that )?i (?:dont|do not|wont|never) make it\b",
        r"\b(?:already )?took (?:them|it) all\b|\balready took them\b|\btoo late for me\b",
        r"\b(?:tired of|sick of|done|cant keep) (?:fighting|trying) (?:to )?(?:stay alive|live|"
        r"keep going|be alive)\b",
        r"\b(?:deserve|deserved) to (?:be hurt|die|suffer|be in pain|feel pain|be punished|"
        r"hurt)\b",
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
    ],
    "danger": [
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
        r"like (?:beer|alcohol|liquor|weed)|is drunk)\b.{0,40}\b(?:driv\w*|drift\w*|swerv\w*|"
        r"lane|road)\b",
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
        r"safety|class|course|emoji|skin|in (?:fortnite|the game))\b)",
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
        r"\b(?:i|we) (?:live|sleep|been living|been sleeping|are living) in (?:my|our|a|the) "
        r"car\b",
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
        r"\bpassed out\b(?! (?:in|during|after) (?:class|practice|the heat))|"
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
        r" (?:house|home|room|apartment|car|window|door)\b|\bsomeone broke in\b",
        r"\b(?:trying to|tried to|about to) break in\b|\bbreak(?:ing)? in right now\b",
        r"\b(?:living|sleeping|staying) in (?:my|a|the|our) (?:car|truck|van|tent)\b|"
        r"\bliving on the streets?\b",
        r"\b(?:put|kicked|threw|thrown|got put) (?:me )?out (?:of )?(?:the|my|our) (?:house|home)"
        r"\b|\bput me out\b",
        r"\btrying to get (?:in|into) (?:my|our|the) (?:room|house|door|car|window|bathroom)\b",
        r"\b(?:someone|somebody|a man|a guy|a stranger|a person|people)\b(?: \w+){0,3} "
        r"(?:outside|in|at) (?:my|our|the) (?:window|house|door|room|home|closet|car)\b"
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
    ],
    "abuse": [
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
        r"\b(?:get|got|gets|getting|climb\w*|crawl\w*) (?:in|into) (?:bed|the bed|my bed) with "
        r"me\b",
        r"\bour (?:little )?secret\b|\b(?:says|said|tells me|told me) (?:i )?(?:cant|can not|"
        r"not to|shouldnt|better not) tell\b|\bnobody would believe me\b",
        r"\b(?:makes?|made|forces?|forced|forcing|pressur\w*) me (?:to )?(?:do (?:things|stuff|"
        r"sexual)|have sex)\b|\bchoke ?hold\b|\b(?:keep|keeping) (?:a )?secrets? (?:with|"
        r"for) (?:him|her|them)\b|"
        r"\bsexual (?:stuff|things) (?:to|with) me\b|\bdid (?:stuff|things|sexual stuff) to "
        r"me\b",
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
    ],
}

SPANISH_SIGNS: dict[str, list[str]] = {
    "self_harm": [
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
    ],
    "danger": [
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
        r"\bsiguiendome\b(?! en (?:insta\w*|tiktok|twitter|redes|ig)\b)|\bme (?:esta|estan|viene|"
        r"vienen) siguiendo\b(?! en (?:insta\w*|tiktok|twitter|redes|ig)\b)",
        r"\b(?:estan disparando|balacera|tiroteo|disparos|balazos)\b(?! en (?:el juego|fortnite|"
        r"call of duty|la pelicula|la tele)\b)",
        r"\bno (?:tengo|tenemos|hay) (?:nada de )?comida en (?:la |mi )?casa\b",
        r"\b(?:alguien|un hombre|un senor|un tipo) (?:me )?(?:esta|estan) (?:siguiendo|"
        r"afuera|esperando|vigilando)\b(?! en (?:insta\w*|tiktok|twitter|redes|ig|youtube)\b)|"
        r"\bme (?:esta|estan) siguiendo\b(?! en (?:insta\w*|tiktok|twitter|redes|ig|youtube)\b)",
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
        r"\birme con (?:el|ella)\b|\bme ofrecio trabajo\b.{0,30}\b(?:irme|ir con|otro estado)\b",
        r"\ble (?:esta|estan) (?:pegando|golpeando) a mi\b",
    ],
    "abuse": [
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
    ],
}
