/* SPDX-License-Identifier: MIT */
/* The rule table and severity policy; documented in include/rules.h */
#include "rules.h"

#include <string.h>

#include "message.h"

#define SHAPE N_("skema/1 file format (README, schemas/skema-projekt.schema.json)")
#define YAML N_("YAML 1.1 as read by libyaml")

static const struct rule_info rules[RULE__COUNT] = {
    [RULE_YAML_SYNTAX] = {
        "yaml-syntax", SEV_ERROR, true, N_("the file is not valid YAML"), YAML,
        N_("libyaml could not parse the file. Parsing stops at the first "
           "syntax error, so nothing after it is checked.")},
    [RULE_YAML_ENCODING] = {
        "yaml-encoding", SEV_ERROR, true,
        N_("the file is not valid UTF-8 text"), YAML,
        N_("A skema file is UTF-8 text (a byte-order mark and CRLF line ends "
           "are accepted). Invalid byte sequences and NUL bytes are refused.")},
    [RULE_YAML_DOCUMENTS] = {
        "yaml-documents", SEV_ERROR, true,
        N_("the file must hold exactly one YAML document"), YAML,
        N_("One file describes one project. An empty file, or a second "
           "document after '---', is refused rather than half-read.")},
    [RULE_YAML_LIMIT] = {
        "yaml-limit", SEV_ERROR, true, N_("the file exceeds a limit"), YAML,
        N_("Nesting depth, text length and key counts are bounded far above "
           "anything a skema file needs, so that no input can exhaust "
           "memory or the stack.")},
    [RULE_YAML_ANCHOR] = {
        "yaml-anchor", SEV_ERROR, false, N_("anchors and aliases are not used"),
        SHAPE,
        N_("An alias makes one figure stand in two places; in an account "
           "that hides what was stated. Write every figure out.")},
    [RULE_YAML_TAG] = {
        "yaml-tag", SEV_ERROR, false, N_("explicit tags are not used"), SHAPE,
        N_("Tags such as !!str change how YAML reads a value; skema reads "
           "every value by the type of its key instead.")},
    [RULE_FORMAT_VERSION] = {
        "format-version", SEV_ERROR, false,
        N_("the file must say format: skema/1"), SHAPE,
        N_("The first key names the format so that a later, changed format "
           "is never misread as this one.")},
    [RULE_KEY_UNKNOWN] = {
        "key-unknown", SEV_ERROR, false, N_("unknown key"), SHAPE,
        N_("Every key must be one of the format's keys. A misspelt key "
           "would otherwise be ignored and its figure silently lost.")},
    [RULE_KEY_DUPLICATE] = {
        "key-duplicate", SEV_ERROR, false, N_("key given twice"), SHAPE,
        N_("YAML would keep only one of two equal keys; which figure is "
           "meant cannot be known, so both are refused.")},
    [RULE_KEY_REQUIRED] = {
        "key-required", SEV_ERROR, false, N_("a required key is missing"),
        SHAPE,
        N_("format, projekt.navn, projekt.boligtype and at least one stage "
           "(skema.A, skema.B or skema.C) are required; a renovation gives "
           "renovering instead of skema.")},
    [RULE_KEY_ONLY_C] = {
        "key-only-c", SEV_ERROR, false, N_("a key that belongs in skema C only"),
        SHAPE,
        N_("Afsatte beløb (amounts set aside for expenses not yet paid) are "
           "part of the final accounts, skema C, only.")},
    [RULE_KEY_TYPE] = {
        "key-type", SEV_ERROR, false, N_("a key must be plain text"), SHAPE,
        N_("Keys are the format's names; a list or mapping used as a key "
           "is refused.")},
    [RULE_KEY_CONFLICT] = {
        "key-conflict", SEV_ERROR, false,
        N_("keys that exclude each other"), SHAPE,
        N_("A project is new building, with skema A, B and C (skema:), or a "
           "renovation of an existing afdeling (renovering:), never both: "
           "a renovation has no skema A, B or C.")},
    [RULE_VALUE_TYPE] = {
        "value-type", SEV_ERROR, false, N_("a value of the wrong kind"), SHAPE,
        N_("A key expects a mapping, or a single value of its type; a "
           "quoted number is text, not an amount.")},
    [RULE_VALUE_TEXT] = {
        "value-text", SEV_ERROR, false, N_("text is missing or ambiguous"), SHAPE,
        N_("Text values must not be empty or null. Unquoted yes/no/true/"
           "false/on/off read as booleans in YAML 1.1: quote them.")},
    [RULE_VALUE_ENUM] = {
        "value-enum", SEV_ERROR, false, N_("not one of the allowed values"),
        SHAPE, N_("The value must be one of the listed words.")},
    [RULE_VALUE_DATE] = {
        "value-date", SEV_ERROR, false, N_("not a valid date"), SHAPE,
        N_("Dates are ISO calendar dates, YYYY-MM-DD, and must exist "
           "(2021-02-30 does not).")},
    [RULE_VALUE_AMOUNT] = {
        "value-amount", SEV_ERROR, false, N_("not a valid amount"), SHAPE,
        N_("Amounts are kroner: a whole number or one with at most two "
           "decimals after '.', with '_' allowed between groups of three "
           "digits (8_959_000). Thousands dots or commas, units, exponents, "
           "signs and leading zeros are refused, because each has been "
           "misread somewhere; skema holds amounts exactly as øre.")},
    [RULE_VALUE_NUMBER] = {
        "value-number", SEV_ERROR, false, N_("not a valid number"), SHAPE,
        N_("Percentages and areas are decimals with '.' and at most six "
           "decimals; counts are whole numbers.")},
    [RULE_VALUE_RANGE] = {
        "value-range", SEV_ERROR, false, N_("a number outside its range"), SHAPE,
        N_("Percentages lie from 0 to 100; areas, counts and the rounding "
           "unit must be above zero.")},
    [RULE_RATES_SOURCE] = {
        "rates-source", SEV_ERROR, true, N_("every rate names its source"),
        N_("skema-rates/1 (data/rates.yaml, schemas/skema-rates.schema.json)"),
        N_("Every row of the rates data names, under kilde, an entry of "
           "kilder: the publication it was taken from. A rate nobody can "
           "trace is not used.")},
    [RULE_RATES_CONSISTENT] = {
        "rates-consistent", SEV_ERROR, true,
        N_("the rates data is consistent"),
        N_("skema-rates/1 (data/rates.yaml, schemas/skema-rates.schema.json)"),
        N_("No municipality is in two zones at once, no two cap rows cover "
           "the same case, every zone a cap names is defined, periods end "
           "after they start, and each financing split makes 100 %.")},
    [RULE_SUM_LINES] = {
        "sum-lines", SEV_ERROR, false,
        N_("the cost lines add up to the stated total"),
        N_("Skema A/B/C: anskaffelsessum = grundudgifter + håndværkerudgifter "
           "+ omkostninger (+ gebyrer) (BOSSINF-STB, Byggeriets økonomi)"),
        N_("Each stage's grundudgifter, håndværkerudgifter, omkostninger and "
           "gebyrer must add up to its i_alt. When the stage says its "
           "figures are rounded (afrundet_til R) and n lines are given, a "
           "difference of up to n*R/2 is rounding and only noted; more is an "
           "error.")},
    [RULE_SPLIT_TYPE] = {
        "split-type", SEV_ERROR, false,
        N_("the per-type split matches projekt.boligtype"),
        N_("almenboligloven § 115 (tilsagn per boligtype: familie-, ældre- og "
           "ungdomsboliger)"),
        N_("A project of one boligtype can only split its dwellings into "
           "that type; a mixed project (boligtype: blandet) gives the split "
           "under fordeling so that each type's rules can apply.")},
    [RULE_SPLIT_TOTAL] = {
        "split-total", SEV_ERROR, false,
        N_("the per-type split adds up to the stage's totals"), N_("arithmetic"),
        N_("Where a stage gives both totals (boliger, areas) and a split by "
           "type, the split must add up to the totals.")},
    [RULE_COMPARE_STAGES] = {
        "compare-stages", SEV_NOTE, false,
        N_("the stages are compared line by line"),
        N_("Skema B approves the anskaffelsessum after tender; skema C is the "
           "final account (støttebekendtgørelsen, kap. 9, byggeriets påbegyndelse, "
           "and kap. 10, byggeriets afslutning)"),
        N_("The changes A→B, B→C and A→C are computed for every line and "
           "the total, in kr and %. A comparison that lacks a figure is "
           "reported as not checked.")},
    [RULE_FINANCE_SHARES] = {
        "finance-shares", SEV_ERROR, false,
        N_("realkreditlån, grundkapital and beboerindskud make 100 %"),
        N_("almenboligloven § 118, stk. 1, and § 118 a"),
        N_("The anskaffelsessum is financed by a mortgage loan, the "
           "municipality's grundkapital and the tenants' beboerindskud; the "
           "stated shares must add up to exactly 100 %.")},
    [RULE_FINANCE_AMOUNT] = {
        "finance-amount", SEV_ERROR, false,
        N_("stated loan, grundkapital and beboerindskud amounts agree"),
        N_("almenboligloven § 118 and § 118 a (shares of the anskaffelsessum)"),
        N_("A stated realkreditlaan_kr, grundkapital_kr or beboerindskud_kr "
           "must equal its share of the stage's anskaffelsessum, up to the "
           "rounding the stage declares (afrundet_til), or half a krone for "
           "a figure in whole kroner. As in real minutes, a loan that is its "
           "share rounded to whole thousands, with the beboerindskud taking "
           "the rest so that the three add up to the anskaffelsessum "
           "exactly, is a note, not an error.")},
    [RULE_FINANCE_TOTAL] = {
        "finance-total", SEV_ERROR, false,
        N_("stated loan, grundkapital and beboerindskud add up to the "
           "anskaffelsessum"),
        N_("almenboligloven § 118, stk. 1: the anskaffelsessum is financed by "
           "realkreditlån, grundkapital and beboerindskud"),
        N_("Where a stage states realkreditlaan_kr, grundkapital_kr and "
           "beboerindskud_kr, the three must add up to its anskaffelsessum. "
           "Each may be rounded to the unit it was stated in (the stage's "
           "afrundet_til, else whole kroner, else øre), so a difference of "
           "up to half of each unit together is rounding and only noted; "
           "more is an error.")},
    [RULE_GUARANTEE_AMOUNT] = {
        "guarantee-amount", SEV_ERROR, false,
        N_("the stated guarantee agrees with garanti.pct of the loan"),
        N_("almenboligloven § 127 (the municipality guarantees the part of the "
           "loan beyond 60 % of the property value; since 2018 as a "
           "regaranti towards the state, § 128 a)"),
        N_("The guaranteed amount is garanti.pct of the stage's realkreditlån "
           "(realkredit_pct of the anskaffelsessum). A stated garanti_kr "
           "must agree with it up to the stage's rounding, and garanti.pct "
           "stands for what it is stated to: 61.2 for any share from 61,15 "
           "to 61,25 %. An amount within that span is a note.")},
    [RULE_GRUNDKAPITAL_PCT] = {
        "grundkapital-pct", SEV_ERROR, false,
        N_("the grundkapital is the percentage the law gives"),
        N_("almenboligloven § 118, stk. 1, and § 118 a, stk. 1-3"),
        N_("The municipality's grundkapital is a share of the anskaffelsessum "
           "fixed by the date the tilsagn (skema A) was given and the housing "
           "type; for familieboliger with tilsagn from 2019 also by the "
           "average bruttoetageareal per dwelling (under 90 m²: 8 %, 105 m² "
           "or more: 12 %, else 10 %). A stated grundkapital_pct that "
           "disagrees is an error. The rates data holds the timeline.")},
    [RULE_FINANCE_SPLIT] = {
        "finance-split", SEV_ERROR, false,
        N_("the loan and beboerindskud are the shares the law gives"),
        N_("almenboligloven § 118, stk. 1, and § 118 a"),
        N_("With the grundkapital, the law fixes the realkreditlån share and "
           "the beboerindskud (2 %). Stated shares that disagree are errors.")},
    [RULE_CAP_LIMIT] = {
        "cap-limit", SEV_ERROR, false,
        N_("the anskaffelsessum stays within the maksimumsbeløb"),
        N_("almenboligloven § 115, stk. 10 (stk. 9 in 2005): the final "
           "anskaffelsessum may not exceed the maksimumsbeløb in force when "
           "skema B is approved"),
        N_("The cap is the rate per m² boligareal (and, under the 2020 model, "
           "per dwelling) for the year of the skema B approval, the housing "
           "type and the zone of the municipality, plus the energitillæg for "
           "tilsagn from 1 July 2009 until the 2020 model. Skema B and C are "
           "checked against it; a mixed project sums its types. Where the "
           "energitillæg applied but its amount is not known, skema decides "
           "what it can: under the cap without it holds; over it is not "
           "decided. A stated maksimumsbeloeb.kr_m2 replaces the table. The "
           "area is the boligareal: the tables and støttebekendtgørelsen "
           "(§ 15, stk. 2, as amended 2009: \"Maksimumsbeløbet for "
           "anskaffelsessummen pr. kvadratmeter boligareal ... Arealet "
           "opgøres efter reglerne i § 18\") give the cap per m² boligareal. "
           "Whether that area equals the dwellings' bruttoetageareal (as some "
           "minutes, Næstved 2019, compare it) the sources read here do not "
           "settle, since § 18 itself could not be read; so where a stage "
           "gives only bruttoetageareal_m2, the cap is not checked, never "
           "guessed.")},
    [RULE_CAP_ENERGY] = {
        "cap-energy", SEV_WARNING, false,
        N_("an unknown energitillæg could plausibly hold the anskaffelsessum"),
        N_("almenboligloven § 115, stk. 10; the energitillæg of "
           "støttebekendtgørelsen § 15 a (2009: 1.020 kr per m² boligareal "
           "for etagebyggeri, 880 kr for lavt byggeri, indexed like the "
           "maksimumsbeløb)"),
        N_("Where the energitillæg applied but its amount for the year is "
           "not known, and the anskaffelsessum is above the cap without it, "
           "skema computes the energitillæg per m² boligareal that would be "
           "needed ((total − cap) / boligareal, rounded up to whole øre) and "
           "sets it against the highest amount the rates data knows. Beyond "
           "3 times that amount it is a warning: the energitillæg is indexed "
           "like the caps, which rose by about a third from 2006 to 2018, so "
           "no plausible energitillæg closes such a gap and a person must "
           "look. Up to 3 times it stays a note of cap-limit: not decided. "
           "A cap row that includes the energitillæg (inkl_energitillaeg, "
           "e.g. Næstved's 2018 and 2019 figures) decides the cap exactly.")},
    [RULE_CAP_EXCESS] = {
        "cap-excess", SEV_WARNING, false,
        N_("an excess of up to 20 % under the 2022 scheme needs approval"),
        N_("almenboligloven § 115, stk. 10, and støttebekendtgørelsen as "
           "amended 9.9.2022 (L 136 of 2022): the kommunalbestyrelse and "
           "Landsbyggefonden may approve skema B up to 20 % above the "
           "maksimumsbeløb for projects whose skema A was approved before "
           "1.1.2022, until 30.6.2024, up to 1.400 boliger"),
        N_("Where skema A was approved before 1 January 2022 and skema B "
           "from 1 July 2022 (the law's entry into force) until 30 June 2024, "
           "an anskaffelsessum up to 20 % above the maksimumsbeløb (exactly: "
           "the excess at most a fifth of the cap) is a warning: it needs "
           "the approval of both the kommunalbestyrelse and Landsbyggefonden, "
           "within a national pool of 1.400 boliger, which skema cannot see. "
           "Beyond 20 % it stays an error of cap-limit, and outside those "
           "dates nothing changes. Without the tilsagn date the scheme is not "
           "assumed. For a skema B approved 14.9.2022-31.12.2022 the "
           "maksimumsbeløb was raised by about 5,5 %, a table that is not "
           "known, so the cap is not checked unless it is stated; a year's "
           "cap is never derived by a percentage.")},
    [RULE_GUARANTEE_VALUATION] = {
        "guarantee-valuation", SEV_ERROR, false,
        N_("the guarantee share follows from the property value"),
        N_("almenboligloven § 127 (as quoted in BL informerer 2210): the "
           "municipality guarantees the part of the loan beyond 60 % of the "
           "property value"),
        N_("From the lender's valuation V and the loan L of the final "
           "anskaffelsessum, the guaranteed share is (L − 0,60 × V) / L, "
           "between 0 and 100 %. A stated garanti.pct must agree with it to "
           "the decimals it is stated with.")},
    [RULE_DATES_ORDER] = {
        "dates-order", SEV_ERROR, false, N_("the stages' dates are in order"),
        N_("the order of the process: tilsagn (skema A), skema B before "
           "building, skæringsdag, then skema C"),
        N_("tilsagn ≤ skema B ≤ skæringsdag ≤ skema C submitted.")},
    [RULE_C_DEADLINE] = {
        "skema-c-deadline", SEV_WARNING, false,
        N_("skema C is submitted within 6 months of the skæringsdag"),
        N_("støttebekendtgørelsen on the byggeregnskab (as in "
           "friplejeboligbekendtgørelsen § 31, stk. 3: \"senest 6 måneder "
           "efter skæringsdagen\"; the municipality can extend the deadline)"),
        N_("The byggeregnskab is reckoned per skæringsdag and submitted within "
           "six months of it. A later submission needs an extension granted "
           "by the municipality, so it is a warning.")},
    [RULE_AREAS_UNCHANGED] = {
        "areas-unchanged", SEV_ERROR, false,
        N_("dwellings and areas are unchanged from skema B to C"),
        N_("skema B approves the project and its anskaffelsessum (almenboligloven "
           "§ 115); e.g. Odense Kommune: \"Der er ingen mulighed for afvigelse i "
           "forhold til byggesum eller kvadratmeter (skema B)\""),
        N_("The number of dwellings, the bruttoetageareal and the boligareal "
           "in skema C must be those approved in skema B.")},
    [RULE_TOTAL_ABOVE_B] = {
        "total-above-b", SEV_WARNING, false,
        N_("skema C's total is not above skema B's"),
        N_("skema B approves the anskaffelsessum; a higher final sum needs the "
           "municipality's approval"),
        N_("A final anskaffelsessum above the one approved at skema B needs "
           "the municipality's decision, so it is a warning.")},
    [RULE_RENT_CHANGE] = {
        "rent-change", SEV_NOTE, false, N_("the rent per m² from B to C"),
        N_("information for the committee (the minutes report it)"),
        N_("The rent per m² at skema B and at skema C, and the change.")},
    [RULE_AFSATTE_SHARE] = {
        "afsatte-share", SEV_NOTE, false,
        N_("afsatte beløb as a share of skema C"),
        N_("the byggeregnskab may hold amounts set aside whose use is "
           "documented and audited later (as in friplejeboligbekendtgørelsen "
           "§ 31, stk. 4 and 6)"),
        N_("Afsatte beløb are not yet paid; their share of the final sum "
           "tells the committee how much is still to be documented.")},
    [RULE_SERVICE_AREA] = {
        "serviceareal", SEV_WARNING, false,
        N_("the serviceareal is its own account, compared between stages"),
        N_("almenboligloven §§ 140-141: servicearealer of ældreboliger have "
           "their own tilsagn and the state's servicearealtilskud"),
        N_("A stage may state the serviceareal's anskaffelsessum and the "
           "state tilskud (serviceareal:). It is a separate account: never "
           "part of the dwellings' anskaffelsessum, financing or cap. Its "
           "anskaffelsessum is compared from A to B and from B to C (a "
           "note); above skema B at skema C the increase needs the "
           "municipality's approval, a warning, as for the dwellings. The "
           "servicearealtilskud is computed only from a dated rate with a "
           "source in the rates data. None is there: § 141 as quoted "
           "(\"40.000 kr. pr. bolig, dog maksimalt 60 pct. af "
           "anskaffelsessummen for servicearealet\") shows no version or "
           "date, and the Vejen case of 2018 (tilskud up by 60 % of a rise "
           "of 177.000 kr for 8 boliger) does not fit 40.000 kr per bolig, "
           "so a stated tilskud is not checked.")},
    [RULE_AREA_PLAUSIBLE] = {
        "area-plausible", SEV_WARNING, false,
        N_("the average dwelling is within the law's size limit"),
        N_("almenboligloven § 109: familieboliger at most 115 m² "
           "bruttoetageareal (exceptions in stk. 5), ungdomsboliger at most "
           "50 m²"),
        N_("The average bruttoetageareal per dwelling of familieboliger above "
           "115 m², or of ungdomsboliger above 50 m², needs a look: single "
           "dwellings may be exempt, so it is a warning.")},
    [RULE_COSTS_SHARE] = {
        "costs-share", SEV_WARNING, false,
        N_("omkostninger are a plausible share of håndværkerudgifter"),
        N_("judgement from the reference case: Gartnergården's omkostninger "
           "were 21 %, 15 % and 10 % of håndværkerudgifter at A, B and C (the "
           "minutes: \"ca. 8%\"); no rule states a limit"),
        N_("Omkostninger (with gebyrer) below 5 % or above 25 % of "
           "håndværkerudgifter are unusual enough for a person to look at. "
           "The band is a judgement, not law, so this is only a warning.")},
    [RULE_RENOV_FINANCE] = {
        "renovation-finance", SEV_ERROR, false,
        N_("a renovation's financing sources add up to its anskaffelsessum"),
        N_("arithmetic: anskaffelsessum = realkreditlån + egen trækningsret "
           "+ egne henlæggelser + støtte fra Landsbyggefonden"),
        N_("The sources under renovering.finansiering must together pay "
           "the anskaffelsessum. Each amount stated in whole kroner stands "
           "for half a krone either way, so n amounts may together miss by "
           "n × 0,50 kr (a note); more is an error.")},
    [RULE_RENOV_EXAMPLE] = {
        "renovation-example", SEV_ERROR, false,
        N_("an example's rent after equals its rent before plus the increase"),
        N_("arithmetic: leje efter = leje før + kr. pr. m² pr. år × areal / 12"),
        N_("Each example dwelling's monthly rent after the works must be "
           "its rent before plus the increase per m² per year times its "
           "area, divided by 12. Both rents are rounded to whole kroner, so "
           "they may miss by up to 1 kr; more is an error.")},
    [RULE_RENOV_PCT] = {
        "renovation-pct", SEV_NOTE, false,
        N_("the stated rent increase in % against the examples' rents"),
        N_("information: the % is usually computed from the afdeling's "
           "average rent, not from an example dwelling"),
        N_("The increase per m² per year in % of the rent per m² an example "
           "implies (leje før × 12 / areal), each figure standing for half a "
           "unit of its last digit either way, is set against the stated %. "
           "Where the two intervals do not meet it is a note, never an "
           "error. The minutes' example of Parkbo (117,40 kr. pr. m², "
           "49,96 m², 3.261 kr.) implies 14,984-14,993 %, which meets the "
           "stated 14,98 % (14,975-14,985 %).")},
    [RULE_RENOV_APPROVAL] = {
        "renovation-approval", SEV_NOTE, false,
        N_("a rent increase over 5 % needs the municipality's approval"),
        N_("almenlejeloven § 10, stk. 3: a rent increase for "
           "forbedringsarbejder above 5 % of the rent within a regnskabsår "
           "needs the kommunalbestyrelse's approval"),
        N_("Where the stated rent increase is above 5 %, the case needs the "
           "kommunalbestyrelse's (or its committee's) approval; the note "
           "says so, so that the report goes to the committee.")},
};

/* The legal basis as a committee cites it after a finding ("jf.
 * almenboligloven § 115, stk. 10"); only rules that rest on a paragraph
 * of the law have one. */
static const char *const cites[RULE__COUNT] = {
    [RULE_SPLIT_TYPE] = N_("almenboligloven § 115"),
    [RULE_FINANCE_SHARES] = N_("almenboligloven § 118, stk. 1, and § 118 a"),
    [RULE_FINANCE_AMOUNT] = N_("almenboligloven § 118 and § 118 a"),
    [RULE_FINANCE_TOTAL] = N_("almenboligloven § 118, stk. 1"),
    [RULE_GUARANTEE_AMOUNT] = N_("almenboligloven § 127"),
    [RULE_GRUNDKAPITAL_PCT] = N_("almenboligloven § 118, stk. 1, and § 118 a, stk. 1-3"),
    [RULE_FINANCE_SPLIT] = N_("almenboligloven § 118, stk. 1, and § 118 a"),
    [RULE_CAP_LIMIT] = N_("almenboligloven § 115, stk. 10"),
    [RULE_CAP_ENERGY] = N_("almenboligloven § 115, stk. 10"),
    [RULE_CAP_EXCESS] = N_("almenboligloven § 115, stk. 10, and støttebekendtgørelsen as amended 9.9.2022"),
    [RULE_GUARANTEE_VALUATION] = N_("almenboligloven § 127"),
    [RULE_AREAS_UNCHANGED] = N_("almenboligloven § 115"),
    [RULE_AREA_PLAUSIBLE] = N_("almenboligloven § 109"),
    [RULE_SERVICE_AREA] = N_("almenboligloven §§ 140-141"),
    [RULE_RENOV_APPROVAL] = N_("almenlejeloven § 10, stk. 3"),
};

const char *rule_cite(enum rule rule)
{
    return (unsigned)rule < RULE__COUNT ? cites[rule] : NULL;
}

const struct rule_info *rule_info(enum rule rule)
{
    if ((unsigned)rule >= RULE__COUNT)
        return NULL;
    return &rules[rule];
}

bool rule_by_id(const char *id, enum rule *out)
{
    for (unsigned i = 0; i < RULE__COUNT; i++) {
        if (strcmp(rules[i].id, id) == 0) {
            *out = (enum rule)i;
            return true;
        }
    }
    return false;
}

const char *severity_name(enum severity sev)
{
    switch (sev) {
    case SEV_NOTE: return "note";
    case SEV_WARNING: return "warning";
    case SEV_ERROR: return "error";
    }
    return "?";
}
