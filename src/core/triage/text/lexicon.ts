/**
 * The words people use for each finding of the check, as data: every entry names the answers it
 * feeds (`finds`), so each phrase is traceable to one question of the rule table. Written from the
 * questions' own wording, lay words heard in clinic (waterworks, wet myself, pins and needles, foot
 * slapping) and the NHS cauda equina card's idea of "altered feeling when using toilet paper", in
 * our own words; no list was pasted from NegEx, medspaCy or any source.
 *
 * Kinds of entry:
 * - a symptom ("pins and needles in my foot"): stated, or denied when a negation covers it;
 * - `fixed`: a phrase read whole, which hides the shorter phrases of its key inside it. When its
 *   own words hold a negation ("can't feel the paper when I wipe" is saddle numbness, "not getting
 *   worse" a trend) no trigger around it changes it; otherwise a negation in front turns it round
 *   like any symptom ("I haven't wet myself", "erections are fine");
 * - `keepsPolarity`: a fixed phrase no negation around it turns round ("no pain when I walk" still
 *   says the person walks);
 * - `onlyWhenDenied`: a part of the body or a function named without a symptom ("my legs",
 *   "the toilet"): it finds nothing unless a negation covers it ("my legs are normal", "no
 *   problems with the toilet"), and then denies what `finds` lists;
 * - `ask`: the words give only a lower bound (a weak leg, but not whether it is getting worse),
 *   so the question is still asked.
 * The pattern language is in patterns.ts.
 */
import type { AnswerKey } from '../answers.js';
import type { AnswerValue } from './reading.js';

export interface Entry {
  finds: Partial<Record<AnswerKey, AnswerValue>>;
  patterns: readonly string[];
  fixed?: true;
  keepsPolarity?: true;
  onlyWhenDenied?: true;
  ask?: true;
  /** Hedged by its own words ("a short course of steroids"): read the cautious way. */
  uncertain?: true;
}

// Shared word classes, spelled once.
const LEG =
  'leg|legs|foot|feet|calf|calves|thigh|thighs|shin|shins|ankle|ankles|toes|knee|knees|heel|heels';
const BOTH_LEGS = 'legs|feet|calves|thighs|shins|ankles|knees';
const SADDLE =
  'bum|bottom|backside|buttocks|buttock|butt|butts|arse|ass|anus|back_passage|saddle|groin|genitals|genital|privates|private_parts|private_area|crotch|perineum|vagina|vulva|penis|testicles|scrotum|labia|undercarriage|nether_regions|my_bits|down_there|down_below|bum_cheeks|butt_cheeks|fanny|minge';
const NUMB = 'numb|numbness|numbed|tingl*|pins|dead';
const PEE = 'pee|peeing|wee|weeing|urine|urinate|urinating|water|piss|pissing';
const POO = 'poo|pooing|poop|pooping|stool|stools|bowel|bowels|motion|motions';
const TUMMY = 'tummy|tum|belly|stomach|abdomen|abdominal|abdo|gut|guts';
const STRAIN_TAIL =
  'down|over|up|round|awkwardly? to? pick|lift|get? up? a|an|the|some|my|his|her? heavy? box|boxes|sofa|couch|child|toddler|baby|son|daughter|bag|bags|shopping|suitcase|weights|garden|snow|furniture|washing|bike?';
const STEROIDS =
  'steroid|steroids|prednisolone|prednisone|pred|dexamethasone|hydrocortisone|methylprednisolone|medrol';

export const LEXICON: readonly Entry[] = [
  // ---- Saddle numbness (emergency): numbness where a saddle would touch, lay and indirect.
  {
    finds: { saddleNumbness: true },
    patterns: [
      "can't|couldn't|barely|hardly|don't|didn't|not|never|no_longer ~2 feel ~4 toilet? paper|tissue|wiping|wipe|loo_roll|toilet_roll|bog_roll|loo_paper",
      "can't|couldn't|barely|hardly|don't|didn't|not|never|no_longer ~2 feel ~3 my? bum|bottom|backside|privates|genitals|groin|crotch",
      `no|without|lost|less|reduced|strange|odd|funny|different ~2 feeling|sensation ~4 ${SADDLE}|wipe|wiping|paper`,
      'feels|feel|feeling ~2 different|strange|odd|funny|weird ~4 wipe|wiping|paper',
    ],
    fixed: true,
  },
  {
    finds: { saddleNumbness: true },
    patterns: [
      `${NUMB} ~5 ${SADDLE}`,
      `${SADDLE} ~4 numb|numbness|tingl*|dead`,
      'saddle ~1 numbness|anaesthesia|anesthesia',
      // "feels like I've been at the dentist": the numbness of a local anaesthetic.
      `${SADDLE} ~8 dentist|novocaine|anaesthetic|anesthetic`,
    ],
  },

  // ---- Bladder, bowel and sexual function (emergency): new retention, leaking, lost feeling.
  {
    finds: { newBladderOrBowelProblem: true },
    patterns: [
      'wet|wetting|soiled|soiling|pooed|pood|pooped|peed|weed|pissed|shat|messed ~1 myself|masel|mysel|meself|the_bed|my_pants|my_trousers|my_knickers|my_underwear|my_jeans|my_bed|my_self',
      // Retention: "I haven't peed since yesterday", "nothing comes out".
      "haven't|hasn't|hadn't|not|didn't|never ~2 peed|weed|urinated|pee|wee ~1 since|all_day|all_night|today|overnight",
      "haven't|hasn't|hadn't|not|didn't|never ~2 peed|weed|urinated|pee|wee ~1 for|in ~2 hours|hour|day|days|ages|while",
      'nothing|hardly_anything|barely_anything|not_much|little ~1 comes|coming|came|will_come ~1 out',
      `can't|couldn't|cannot ~2 hold|control ~2 my? bladder|bowels|${PEE}|${POO}`,
      // Not noticing an accident is part of it: "I didn't notice I'd had an accident".
      "didn't|don't|never|not ~1 notice|realise|realize|know|feel ~6 accident|wet|soiled|peed|pooed|weed",
      `leak|leaking|leaked|leaks|dribbling|dribble ~3 ${PEE}|${POO}|urine`,
      'incontinent|incontinence|retention',
      `can't|couldn't|unable|hardly|barely|struggling|struggle|trouble|difficulty|hard ~3 ${PEE}|pass_water|pass_urine|go`,
      "can't|couldn't|hardly|barely ~3 get ~2 anything|much|it ~1 out",
      `${PEE}|bladder ~3 won't|wouldn't ~2 come|start`,
      `no|lost|without|less|reduced|not|can't|don't|didn't ~2 feel|feeling|sensation ~4 ${PEE}|${POO}|bladder|full`,
      `don't|can't|didn't|not|never ~2 know|tell|notice|realise|realize|feel ~5 ${PEE}|${POO}|bladder`,
      'trousers|pants|underwear|knickers ~3 damp|wet|soaked',
      `not|never ~3 able ~2 to ~1 ${PEE}|go|pass`,
      'dribbling|dribble|dribbles|dribbled',
      "erection|erections|impotence|impotent|ejaculat*|can't_get_it_up",
      `accident|accidents ~3 ${POO}|${PEE}|myself|pants|trousers|underwear|knickers|bed`,
      `lost|losing|loss_of ~2 control ~3 ${PEE}|${POO}|bladder`,
    ],
    fixed: true,
  },
  {
    finds: { newBladderOrBowelProblem: true },
    patterns: [
      'waterworks|bladder|bowel|bowels|toilet|loo|urinary|peeing|weeing ~1 problem|problems|issue|issues|trouble|changes',
      'leaking|leak|leaks|leaked|leaky',
      'problem|problems|trouble|issue|issues|difficulty|changes|change ~3 toilet|loo|waterworks|bladder|bowels|peeing|weeing|pee|wee',
    ],
  },
  {
    // A leak the person has had for years is not new; shown to confirm, never taken silently.
    finds: { newBladderOrBowelProblem: false },
    patterns: [
      'leaky|leaking|leak|leaks|dribbl* ~8 since_having|since_i_had|after_having|since_childbirth|since_giving_birth|for_years|for_ages|nothing_new|not_new|always_have|always_had|always_been',
    ],
    fixed: true,
  },
  {
    finds: { newBladderOrBowelProblem: false },
    patterns: [
      'toilet|loo|waterworks|bladder|bowels|bowel|peeing|weeing|pooing|going_to_the_toilet|wee|pee|urine|sex_life',
    ],
    onlyWhenDenied: true,
  },

  {
    finds: { ivDrugUseOrImmunosuppressed: false },
    patterns: [
      'drugs|use_drugs|inject|injecting|immunity|immune_system|immunosuppressants|steroids',
    ],
    onlyWhenDenied: true,
  },

  // ---- Symptoms in both legs (emergency).
  {
    finds: { bilateralLegSymptoms: true },
    patterns: [
      `both|either|each ~2 ${LEG}`,
      // One leg and then the other: "sciatica in my left leg and now the right leg too".
      `left|right ~1 ${LEG} ~8 the? right|left|other ~1 ${LEG}|one`,
      'other|opposite ~1 leg|foot ~2 too|as_well|also|now|started',
      "can't|couldn't|cannot|hardly|barely ~2 feel ~3 my|the|both? feet|legs",
      `${BOTH_LEGS} ~4 pain|painful|hurt|hurts|hurting|ache|aches|aching|sore|tingl*|numb|numbness|weak|weakness|pins|heavy|burning|shooting|dead|jelly|wobbly`,
      `pain|pains|aching|ache|tingl*|numb|numbness|weak|weakness|shooting|burning|pins_and_needles ~5 ${BOTH_LEGS}`,
      'sciatica ~2 both_sides',
    ],
  },

  // ---- Leg weakness (emergency when getting worse, urgent otherwise). Whether it is getting
  // worse is read by extract.ts from the words around it; without them the question is asked.
  {
    finds: { legWeakness: 'stable' },
    patterns: [
      `weak|weakness|weaker|floppy ~4 ${LEG}`,
      `${LEG} ~4 weak|weakness|weaker|floppy|jelly|heavy`,
      `${LEG} ~6 unreliable|wonky|useless|giving_out`,
      'foot|feet ~3 slap|slaps|slapping|drop|drops|dropping|catch|catches|catching|drag|drags|dragging|flop|flops|flopping|floppy',
      'drop_foot|footdrop|foot_drop',
      "can't|couldn't|hardly|barely|unable|struggle|struggling ~2 lift|raise|move ~2 my? foot|feet|toes|leg|legs",
      "can't|couldn't|unable ~3 stand|walk ~2 on my? toes|tiptoes|tip_toes|heels",
      `${LEG} ~3 gave|give|gives|giving|keeps ~2 way|out`,
      `${LEG} ~2 buckl*|collaps*`,
      'trip|trips|tripping|tripped ~3 over my? foot|feet|toes',
      'dragging|drag ~2 my? leg|foot',
      'stumbl*',
    ],
    ask: true,
  },
  {
    finds: { legWeakness: 'stable' },
    patterns: [
      'wobbly|unsteady|off_balance ~3 walk|walking|legs|leg|feet',
      'walk|walking ~3 wobbly|unsteady',
    ],
    fixed: true,
    ask: true,
  },
  {
    // "dunno if it's actually weak": the person cannot tell, so the careful reading.
    finds: { legWeakness: 'unsure' },
    patterns: ["dunno|idk|not_sure|unsure|can't_tell|don't_know|no_idea ~4 weak|weakness|weaker"],
    fixed: true,
  },
  {
    finds: { legWeakness: 'none' },
    patterns: ['leg_strength|leg_power|strength_in_my_legs|strength|weakness|weak'],
    onlyWhenDenied: true,
  },

  // ---- Accidents (emergency when serious, urgent at 70 or over).
  {
    finds: { onsetAfterTrauma: 'major' },
    patterns: [
      'car|road|traffic|motorway|motorbike|motorcycle ~1 crash|accident|collision|smash',
      'crashed|rta|whiplash|rear_ended|rearended|t_boned|car_wreck|pile_up|head_on_collision|head_on_crash',
      'car|truck|bike|van ~1 wreck',
      'car|van|vehicle ~3 written_off|totalled|totaled',
      'knocked|hit|thrown ~1 off ~2 my|a|the? bike|bicycle|cycle|motorbike|scooter|horse|pony',
      'hit|knocked|struck|clipped|run_over|ran_over ~5 by ~1 a|the ~1 car|van|lorry|truck|bus',
      'horse|pony ~2 threw|bucked|kicked|fell|rolled|landed',
      'thrown|bucked|threw_me ~2 off|from ~2 a|my|the? horse|pony',
      'hit|knocked|run ~2 by|off|over ~2 a|my? car|van|lorry|truck|bus|vehicle|motorbike',
      'came|come|thrown|fell|falling|fall ~1 off|from ~2 my|a|the? motorbike|motorcycle|horse|pony|mare|stallion|gelding|moped|scooter|quad|scaffold|scaffolding|ladder|roof',
      'car|van|vehicle|truck|lorry ~2 rolled|flipped|overturned|spun|rolled_over',
      'rollover|roll_over_crash',
      'fell|fall|falling|fallen|jumped ~1 off|from|down|out_of|off_of|through ~2 a|the|my? ladder|roof|height|scaffold|scaffolding|wall|tree|balcony|window|loft|attic|stepladder|horse|trampoline|stairs|flight_of_stairs',
      'mph|miles_an_hour|kph|km_h',
    ],
  },
  {
    finds: { onsetAfterTrauma: 'minor' },
    patterns: [
      // "slipped on the ice", not "a slipped disc" (a lay name for the pain, not a slip).
      'slipped|slip|slipping ~1 on|over|down|up|in|off|going|and|while|when',
      'tripped|tripping|trip_over|trip_on',
      'fell_over|fall_over|fell_on|fell_onto|landed_on|banged|bumped|knocked_my_back',
    ],
  },
  {
    finds: { onsetAfterTrauma: 'minor' },
    patterns: [
      'fell|fall|falls|fallen|falling|accident|collision|crash|tumble|tumbled',
      'blow|hit|kicked|tackled|tackle ~2 to|on|in my? back',
    ],
    ask: true,
  },
  {
    // An everyday strain is the start most people describe; it is not an accident, but the
    // accident question is a red flag, so this is shown as "You said none of these" to confirm.
    finds: { onsetAfterTrauma: 'none' },
    patterns: [
      // Optional words after the verb are taken when present, so the person sees the whole
      // strain quoted back ("bent down to pick up a box"), not a lone verb.
      `lifting|lifted|lift|bending|bent|twisting|twisted|twist|reaching|reached|digging|dug|gardening|hoovering|vacuuming|shovelling|shoveling|deadlift*|squats|squatting|carrying|carried|pulled ${STRAIN_TAIL}`,
      `picking|picked|pick ~3 up ${STRAIN_TAIL}`,
      'moving|moved|shifting|shifted ~2 a|the|some|heavy? sofa|couch|furniture|boxes|box|house|wardrobe|fridge|bed|table',
    ],
    fixed: true,
  },
  {
    finds: { onsetAfterTrauma: 'none' },
    patterns: ['accident|injury|injured|fall|fell|hurt_myself|knock|blow'],
    onlyWhenDenied: true,
  },

  // ---- Chest and tummy (emergency with the aorta's signs; tummy pain alone is urgent).
  {
    finds: { chestPain: true },
    patterns: [
      'chest ~2 pain|pains|hurts|hurting|tight|tightness|pressure|ache|aching|heavy|crushing|sore',
      'pain|pains|tightness|pressure|ache|heaviness|feeling|crushing|squeezing|tight ~3 in|across|on ~1 my|the? chest',
      'tight|tightness|heavy|heaviness|crushing|painful|sore|aching ~1 chest',
      'goes|going|went|spreads|spreading|radiates|radiating|shoots|shooting|travels|moves|wraps|comes ~7 chest',
      'tight|tightening ~1 band ~3 chest|ribs|ribcage',
      'band ~2 round|around|across ~2 my? chest|ribs|ribcage',
      'through_to|round_to|into ~2 my|the? chest',
      'heart_attack',
    ],
  },
  {
    finds: { abdominalPain: true },
    patterns: [
      `${TUMMY} ~3 pain|pains|hurt|hurts|hurting|ache|aching|aches|cramps|cramping|sore|tender|killing|agony|kills`,
      `pain|pains|ache|aching|cramps ~6 ${TUMMY}`,
      `round|around|through|into ~3 ${TUMMY}`,
      `front_of ~2 my|the? ${TUMMY}`,
      'stomach_ache|tummy_ache|bellyache|abdominal_pain',
    ],
  },
  {
    finds: { pulsatingAbdomen: true },
    patterns: [
      `throb|throbbing|pulsing|pulsating|pulse|pounding|beating ~4 ${TUMMY}`,
      `${TUMMY} ~6 throb|throbbing|throbs|pulsing|pulsating|pulses|pounding|heartbeat|beating|thump|thumping|thumps`,
      `heartbeat|heart_beat|heart_beating|pulse ~3 ${TUMMY}`,
    ],
  },
  {
    finds: { feelingFaint: true },
    patterns: [
      'faint|fainted|fainting|faintness|light_headed|lightheaded|dizzy|dizziness|passed_out|pass_out|blacked_out|black_out|collapsed|woozy|giddy|keeled|keel_over|conked_out|hit_the_deck|swooned',
    ],
  },

  // ---- Infection: fever, injected drugs, a weakened immune system.
  {
    finds: { fever: true },
    patterns: [
      'fever|fevers|feverish|febrile|pyrexia|temperature|temp|temperatures',
      'sweats|sweating|sweaty ~3 shivers|shivering|shivery|chills|shakes',
      'shivers|shivering|shivery|chills|rigors|rigours',
      'feel|feeling|felt|going|gone|been|get|getting ~2 hot_and_cold|hot_then_cold|cold_then_hot',
      'burning_up|boiling_up|night_sweats',
      'boiling|roasting|burning_up ~4 freezing|shivering|shaking|cold',
      'hot ~2 shivery|clammy',
      'feel|feeling|felt|feels ~2 really|very|so? hot',
    ],
  },
  {
    finds: { ivDrugUseOrImmunosuppressed: true },
    patterns: [
      'inject|injecting|injected|injects ~3 heroin|drugs|drug|crack|cocaine|speed|meth|amphetamine|steroids|gear|smack',
      'heroin|smack|iv_drug|iv_drugs|intravenous_drug|intravenous_drugs|shooting_up|shoot_up|shootin_up|drug_user|injecting|using_again|back_on_the_gear|banging_gear|banging_up|bang_up|banging_smack',
      'chemo|chemotherapy|immunotherapy|methotrexate|biologic|biologics|azathioprine|ciclosporin|cyclosporine|tacrolimus|mycophenolate|adalimumab|humira|infliximab|etanercept|rituximab',
      'transplant|hiv|aids|immunosuppress*|immunocompromised',
      'weak|weakened|low|poor|suppressed|lowers|lower|lowering|reduces|suppresses|weakens ~2 immune|immunity',
      `${STEROIDS} ~1 tablet|tablets|pills|course`,
      'on|taking|take|takes|took ~3 prednisolone|prednisone|dexamethasone|steroid_tablets|steroids',
      'spleen_removed|no_spleen',
    ],
  },
  {
    finds: { ivDrugUseOrImmunosuppressed: false, osteoporosisOrLongTermSteroids: false },
    patterns: [
      'regular ~1 medicines|medicine|medication|medications|tablets|pills',
      'medical_conditions|health_conditions|health_problems|medicines|medication',
    ],
    onlyWhenDenied: true,
  },

  // ---- Cancer, now or in the past.
  {
    finds: { historyOfCancer: true },
    patterns: [
      'cancer|cancers|tumour|tumours|tumor|tumors|malignant|malignancy|carcinoma|lymphoma|leukaemia|leukemia|myeloma|melanoma|sarcoma|metastases|metastatic|secondaries|oncologist|oncology|mastectomy|lumpectomy',
      'chemo|chemotherapy|radiotherapy|radiation_therapy',
      'big_c',
    ],
  },

  // ---- Weight loss without trying (urgent).
  {
    finds: { unexplainedWeightLoss: true },
    patterns: [
      'lost|losing|lose|loss|dropped|dropping ~5 weight|kilos|kg|kgs|pounds|lbs|stone|stones',
      'weight ~1 loss|dropping|falling_off',
      'weight ~3 dropped|dropping|fallen|falling|melted|melting|coming|come ~1 off',
      'clothes|trousers|jeans ~3 loose|baggy|falling_off|hanging_off|hanging',
    ],
  },

  {
    // Weight lost on purpose is not this sign; it is shown to confirm.
    finds: { unexplainedWeightLoss: false },
    patterns: [
      'lost|losing|lose|dropped|shed ~6 on_purpose|dieting|diet|slimming_world|weight_watchers|weightwatchers|intentionally|deliberately|trying_to',
      'slimming_world|weight_watchers|weightwatchers|on_a_diet|dieting ~6 lost|losing|dropped|shed',
    ],
    fixed: true,
  },

  // ---- Pain at night that no position eases (urgent); waking on turning over is not it.
  {
    finds: { nightPainUnrelievedByRest: true },
    patterns: [
      "doesn't|won't|not|can't|nothing|never ~2 ease|eases|help|helps|settle|settles|improve|go_away|get_comfortable ~4 whichever|whatever|any|every|no ~1 way|position|how",
      "whichever|whatever|any|no ~1 way|position ~3 lie|lying|sleep|i'm_in|comfortable|helps|eases|ease",
      'no|nothing ~3 position|positions ~2 helps|help|eases|comfortable|relief',
      "doesn't_matter|no_matter|whatever ~2 how|way|position ~2 i? lie|sleep|lay|lying",
      'night|nights ~10 whatever_i_do|no_matter_what|nothing_helps|nothing_touches_it|nothing_works',
    ],
    fixed: true,
  },
  {
    finds: { nightPainUnrelievedByRest: true },
    patterns: [
      'night_pain|pain_at_night|worse_at_night|bad_at_night|agony_at_night',
      'worse|bad|agony|unbearable|awful|horrendous|terrible ~4 at_night|in_the_night|overnight|nights',
      'night|nights|bed ~3 nothing|no_position|no_way ~2 helps|help|eases|works',
      "can't|couldn't|impossible|unable ~3 get ~1 comfortable|comfy",
      'even|still ~3 lying|lie|resting|rest ~2 still|down|flat',
      'hurts|pain|painful|aches ~3 at_rest|resting',
      'wakes|woke|waking|wake ~3 night|early_hours|middle_of_the_night|small_hours',
      'day_and_night|constant_pain',
    ],
  },

  {
    // Waking on turning over and settling again is common with a spasm and is not this sign.
    finds: { nightPainUnrelievedByRest: false },
    patterns: [
      'wakes|woke|waking|wake ~4 turn|turning|roll|rolling|move|moving ~1 over',
      'settles|settle|eases|ease|fine|okay|ok ~3 comfy|comfortable|settled',
    ],
    fixed: true,
  },

  // ---- Worse on coughing, sneezing or straining (urgent); a spasm that started with a cough or
  // a sneeze is not this sign, so only "worse / hurts when ..." counts.
  {
    finds: { painWorseOnCoughOrStrain: true },
    patterns: [
      'worse|hurts|hurt|agony|pain|painful|kills|shoots|shooting|excruciating|stabs|stabbing|sharp|twinges|jolts|aches|sore ~4 when|if|on|whenever|as ~2 cough|coughing|sneeze|sneezing|strain|straining|laugh|laughing|poo|pooing|bowels',
      'cough|coughing|coughs|sneeze|sneezing|sneezes|straining|strain ~3 hurts|hurt|agony|kills|painful|sends|shoots|stabs|jolts|goes_through|shooting',
      'cough|coughing|sneeze|sneezing|straining ~2 makes ~2 worse',
      'cough|coughing|coughs|sneeze|sneezing|sneezes|straining|strain ~1 makes|sends|gives ~3 shoot|shooting|stab|stabbing|hurt|worse|agony|jolt|twinge|flare',
      'straining|strain|cough|coughing|sneeze|sneezing ~5 the_worst|worst|worse|agony|killer',
      'sneezing|sneeze|coughing|cough|pushing|straining ~2 death|murder|hell|torture',
      'hurts|painful|agony|pain ~2 to ~1 cough|sneeze|laugh|strain',
      'every_time|whenever|each_time|any_time|anytime ~3 cough|coughing|sneeze|sneezing|strain|laugh ~5 pain|jolt|twinge|shoots|stabs|agony|hurts|kills|zaps|shock|worse|knife|knives|stab|stabbing|electric',
    ],
  },

  // ---- Pain high in the back (urgent).
  {
    finds: { painBetweenShoulderBlades: true },
    patterns: [
      'between|under|below|beneath ~2 my|the? shoulder_blades|shoulder_blade|shoulderblades|shoulderblade',
      'upper_back|top_of_my_back|top_of_the_back|thoracic|high_up_in_my_back|high_in_my_back',
    ],
  },

  // ---- A lump or a change of shape (urgent).
  {
    finds: { backLumpOrShapeChange: true },
    patterns: [
      'lump|lumps|bump|swelling|swollen|mass|growth|bulge',
      'shape ~3 changed|different|change',
      'hunched|crooked|deformity|deformed',
      'spine ~4 bent|curved|curving|crooked|twisted|out_of_shape',
      'a_hump|hunchback|hump_on|hump_coming|hump_growing',
    ],
  },

  {
    // A lump found to be harmless is not this sign; shown to confirm.
    finds: { backLumpOrShapeChange: false },
    patterns: ['lump|lumps|swelling ~6 cyst|benign|harmless|lipoma|fatty|nothing_serious'],
    fixed: true,
  },

  // ---- Thin bones or long-term steroid tablets (urgent).
  {
    finds: { osteoporosisOrLongTermSteroids: true },
    patterns: [
      'osteoporosis|osteopenia|thin_bones|brittle_bones|thinning_bones|weak_bones|bone_density',
      `${STEROIDS} ~4 year|years|yr|yrs|months|mths|long_term|long_time|several|ages`,
      `long_term|years|months ~3 ${STEROIDS}`,
      `on|taking|take|takes ~2 ${STEROIDS} ~1 tablet|tablets|pills`,
      `${STEROIDS} tablets|pills`,
      'prednisolone|prednisone',
    ],
  },
  {
    finds: { osteoporosisOrLongTermSteroids: true },
    patterns: [`short ~1 course|burst ~3 ${STEROIDS}`],
    uncertain: true,
  },

  // ---- Walking.
  {
    finds: { canWalk: false },
    patterns: [
      "can't|couldn't|unable|not_able ~2 walk|stand|get_up|bear_weight|weight_bear",
      "can't|couldn't|cannot|unable ~3 put|bear|take ~2 any? weight|pressure ~1 on|through",
      "can't|couldn't|cannot|unable ~6 walk ~1 at_all",
      'bed_bound|bedbound|stuck_in_bed|stuck_on_the_floor',
    ],
    fixed: true,
  },
  {
    finds: { canWalk: false },
    patterns: [
      'barely|hardly|struggling|struggle ~2 walk|walking',
      'can|could ~1 barely|hardly|only_just ~1 walk|stand',
    ],
    fixed: true,
    uncertain: true,
  },
  {
    finds: { canWalk: true },
    patterns: [
      'can|could|able|managed|manage ~2 walk|walking|get_about|get_around|move_around|move_about',
      'walking|walk ~2 fine|okay|ok|normally|normal|alright|around|about|slowly|any_distance|far',
      'get|getting ~1 about|around ~2 slowly|with|fine|okay|ok',
      "can't_walk_far|can't_walk_very_far|walking_any_distance",
      'walked ~2 away|home|in',
      'gentle_walking|short_walks|walks',
      'when|while i ~1 walk|walking',
      // "It's not that I can't walk": the double negative says they can.
      "not_that|isn't_that ~2 can't|cannot|couldn't ~1 walk",
    ],
    fixed: true,
    keepsPolarity: true,
  },

  // ---- Below the knee and tingling in one leg (soon).
  {
    finds: { painBelowKnee: true },
    patterns: [
      'down|into|to|reaching ~2 my|the? calf|calves|shin|shins|ankle|ankles|foot|feet|toes|heel',
      `pain|pains|shooting|ache|aching|burning ~6 down ~3 ${LEG}`,
      'down ~2 my|the? back|outside|front|side ~2 of ~2 my|the? leg|legs',
      'below|past ~2 my|the? knee|knees',
      'going|goes|spreading|spreads|radiating|radiates|travelling|traveling|travels ~1 down ~2 my|the|both? leg|legs',
      'sciatica|sciatic',
      'calf|calves|shin|shins|foot|feet|toes|ankle|ankles ~3 pain|pains|hurt|hurts|ache|aches|aching|sore',
    ],
  },
  {
    finds: { painBelowKnee: false },
    patterns: [
      "doesn't|don't|didn't|never|not|isn't ~3 go|goes|spread|spreads|reach|reaches|travel|travels ~2 below|past|beyond|down|into ~3 knee|knees|leg|legs",
      'only ~3 to|into|in ~2 my|the? buttock|buttocks|bum|thigh|hip|hips',
      'stops_at|stays_above|above ~2 my|the? knee',
    ],
    fixed: true,
  },
  {
    finds: { painBelowKnee: false, legNumbnessOrTingling: false, bilateralLegSymptoms: false },
    patterns: ['leg ~1 symptoms|problems|pain', 'pain ~2 in|down ~1 my|the? legs|leg', 'sciatica'],
    onlyWhenDenied: true,
  },
  {
    finds: { legNumbnessOrTingling: true },
    patterns: [
      'pins_and_needles|pins_&_needles|pins_n_needles|pins_an_needles',
      `${NUMB} ~4 ${LEG}`,
      `${LEG} ~4 numb|numbness|tingl*|pins|dead`,
      'dead_leg|electric_shocks',
    ],
  },
  {
    // "No numbness" said on its own covers both numbness questions: a person who says it has
    // thought of neither the leg nor the saddle in particular, so both are asked to confirm.
    finds: { legNumbnessOrTingling: false, saddleNumbness: false },
    patterns: [
      'numb|numbness|tingling|tingles|tingle|pins_and_needles|altered_sensation|loss_of_feeling',
    ],
    onlyWhenDenied: true,
  },
  {
    finds: { legNumbnessOrTingling: false, legWeakness: 'none', bilateralLegSymptoms: false },
    patterns: ['legs|leg'],
    onlyWhenDenied: true,
  },
  {
    finds: { saddleNumbness: false },
    patterns: ['feeling|sensation ~3 bum|bottom|backside|privates|genitals|saddle|groin'],
    onlyWhenDenied: true,
  },

  // ---- Pregnancy (context).
  {
    finds: { pregnant: true },
    patterns: [
      'pregnant|pregnancy|preg|preggers|preggo|expecting_a_baby|antenatal|trimester|pelvic_girdle',
    ],
  },

  // ---- Trend: better, the same or worse. Fixed: "no better" is a trend, not a denial.
  {
    finds: { trend: 'worse' },
    patterns: [
      'getting|got|gotten|gone|steadily|increasingly|progressively|much|lot|even|bit ~1 worse',
      'worse_and_worse|worsening|worse_each|worse_every|worse_by_the|worse_today|worse_now|worse_than',
      'getting|got ~1 more ~1 painful|sore',
    ],
    fixed: true,
  },
  {
    finds: { trend: 'same' },
    patterns: [
      "no_better|not_any_better|not_better|not_getting_better|not_improving|not_improved|hasn't_improved|hasn't_got_better|isn't_getting_better|no_improvement|not_easing|isn't_easing",
      'about|much|roughly ~1 the_same',
      "hasn't|isn't|not|no|never|haven't|wasn't ~3 better|worse",
      "not|isn't|hasn't|won't ~2 shifting|shifted|shift|budging|budged|budge|easing|eased|ease|settling|settled|going_away|gone_away|letting_up|let_up",
      "same_as_usual|no_change|zero_change|exactly_the_same|not_a_bit_better|not_changed|hasn't_changed|unchanged|no_worse|not_any_worse|not_getting_worse|isn't_getting_worse|hasn't_got_worse|hasn't_got_any_worse|hasn't_gotten_worse",
    ],
    fixed: true,
  },
  {
    finds: { trend: 'better' },
    patterns: [
      'getting|got|slowly|bit|little|lot|much|slightly ~1 better',
      "is|it's|been|starting|started|slowly|already|gradually ~1 easing|eased",
      'easing|eased|eases ~1 off|up|a_bit|slightly|now|already|today|each_day|every_day',
      'better_today|better_each|better_every|improving|improved|improves|settling|settled|settles|calming|less_painful|less_sore|looser|loosening|easier|freer|less_stiff',
    ],
    fixed: true,
  },
];
