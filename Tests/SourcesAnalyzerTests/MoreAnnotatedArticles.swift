/// Annotated articles written after the first three, in styles those did not cover (see
/// `MarkedArticle` for the marks). Scores before and after the fixes are in `Docs/plugins/sources.md`.
enum MoreAnnotatedArticles {
    /// Reuters-style wire story: dense "said", "said in a statement", "according to a filing", a company spokesperson, "told Reuters", "adding that", a request ("asked for") that is not a cue, a data cue.
    static let wire = MarkedArticle("""
    Orion Pharma shares tumble after FDA rejects arthritis drug

    NEW YORK (Reuters) - Shares of Orion Pharmaceuticals Inc fell 18% on Monday after the U.S. Food and Drug Administration declined to approve its experimental arthritis drug, the company {said} in a statement.

    The FDA asked for an additional late-stage trial before it would consider the drug, known as OR-217, Orion {said}. The agency does not comment on pending applications.

    "⟨We are disappointed by the decision, but we remain confident in the data,⟩" Chief Executive Karen Mitchell {said} in the statement. "⟨We plan to meet with the agency as soon as possible.⟩"

    Orion had expected annual sales of the drug to reach $1.2 billion by 2028, {according to} a regulatory filing in March.

    A company spokesperson {told} Reuters the firm had about $900 million in cash, enough to fund operations into 2027. The spokesperson declined to comment on whether Orion would seek a partner.

    "⟨This is a major setback, but not a fatal one,⟩" {said} Leerink Partners analyst David Chu, who cut his price target to $42 from $61.

    Chu {said} the additional trial could take two years and cost up to $150 million.

    Jefferies analyst Maria Santos {told} Reuters she expected the company to look for a larger partner. "⟨They can't do this alone anymore,⟩" she {said}, {adding} that "⟨the balance sheet is thinner than it looks⟩."

    The rejection is the second for Orion in three years. In 2022, the FDA turned down its migraine treatment, citing safety concerns, {according to} company filings.

    Orion had been in talks to license the drug in Europe, the Wall Street Journal {reported} last week, citing people familiar with the matter.

    Orion's shares were down $7.40 at $33.55 in afternoon trading, their lowest since October 2020, LSEG data {showed}.
    """, speakers: ["Karen Mitchell", "Karen Mitchell", "David Chu", "Maria Santos", "Maria Santos"], distinctSources: 9)

    /// BBC-style story: British spelling, "Mr Lynch" without a period, single-quoted headline and scare quotes, an organization with a parenthesised abbreviation, "described … and said", a role before the name ("Labour's shadow transport secretary, Louise Haigh, said").
    static let bbc = MarkedArticle("""
    Rail strikes: Talks collapse with 'no end in sight'

    Train services across much of England will be disrupted next week after talks between the rail union and train operators collapsed.

    The RMT union {said} its members would walk out on Tuesday and Thursday in a long-running dispute over pay and working conditions.

    General secretary Mick Lynch {said} the operators had "⟨refused to put a serious offer on the table⟩".

    "⟨Our members have been patient for far too long,⟩" Mr Lynch {said}. "⟨They are not going to be bullied into accepting a real-terms pay cut.⟩"

    The Rail Delivery Group (RDG), which represents train companies, {said} it was "⟨disappointed⟩" by the decision.

    A spokesperson for the RDG {said}: "⟨We have made a fair offer that would give staff a 5% rise this year. We urge the RMT to put it to its members.⟩"

    Transport Secretary Mark Harper {described} the strike as "⟨deeply disappointing⟩" and {said} passengers deserved better.

    Speaking to BBC Breakfast, Mr Harper {said} the government had "⟨bent over backwards⟩" to help reach a deal.

    Commuters at Leeds station {told} the BBC they were running out of patience.

    "⟨It's the third time this year I've had to work from home,⟩" {said} Sarah Patel, a nurse from Harrogate. "⟨I understand why they're striking, but it's exhausting.⟩"

    Labour's shadow transport secretary, Louise Haigh, {said} ministers had "⟨gone missing⟩" during the dispute.

    Prof Tony Travers of the London School of Economics {said} the strikes were likely to "⟨drag on well into the summer⟩", with neither side willing to give ground on the 'modernisation' of ticket offices.
    """, speakers: ["Mick Lynch", "Mick Lynch", "Mick Lynch", "Rail Delivery Group", "a spokesperson for the RDG", "Mark Harper", "Mark Harper", "Sarah Patel", "Sarah Patel", "Louise Haigh", "Tony Travers"], distinctSources: 10)

    /// Political story with anonymous sources: "two people familiar with the matter", "according to one of the people", "a White House official, who requested anonymity" then "the official", "aides say", "one of the officials", a surname whose full name is in a non-attribution sentence, "did not address … but said".
    static let politics = MarkedArticle("""
    White House weighs sweeping tariff pause as markets slide

    WASHINGTON — The White House is considering a 90-day pause on new tariffs for most trading partners, two people familiar with the matter {said}, as officials scramble to contain a market sell-off.

    The discussions are at an early stage and no decision has been made, {according to} one of the people, who spoke on condition of anonymity to describe private deliberations.

    A White House official, who requested anonymity, {said} the president had not yet been briefed on the final options. "⟨Nothing is on his desk yet,⟩" the official {said}.

    Aides {say} the president has grown frustrated with the falling stock market, which he has long treated as a measure of his success.

    Treasury Secretary Scott Bessent has pushed for the pause, {according to} three administration officials, while trade adviser Peter Navarro has argued for holding firm.

    "⟨Peter thinks any retreat looks like weakness,⟩" {said} one of the officials. "⟨Scott thinks the markets are telling us something.⟩"

    In an interview with Fox News on Sunday, Navarro {said} there would be "⟨no pause, no delay⟩."

    White House press secretary Karoline Leavitt did not address the internal discussions but {said} the president "⟨remains focused on getting fair deals for American workers⟩."

    Senate Democrats seized on the reports. "⟨The chaos is the policy,⟩" Senate Minority Leader Chuck Schumer {wrote} on X.

    Republicans have been more muted. Some GOP lawmakers privately expressed alarm, {according to} two congressional aides, but few have criticized the president publicly.
    """, speakers: ["a White House official", "three administration officials", "three administration officials", "Peter Navarro", "Karoline Leavitt", "Chuck Schumer"], distinctSources: 8)

    /// Feature: present-tense "says", multi-paragraph quotations, nested single quotes, two people with the same surname (a daughter introduced by first name), a pronoun after a sentence naming its subject.
    static let feature = MarkedArticle("""
    The Ferryman of Loch Arn

    At 6 a.m., before the first gulls are up, Callum Reid is already aboard the Morag, checking the ropes he has checked every morning for 31 years.

    "⟨People think it's a romantic job,⟩" he {says}, coiling a line over his forearm. "⟨It's not. It's cold, it's wet, and the engine breaks down twice a winter.⟩"

    Reid, 64, is the last licensed ferryman on the loch. When he retires next spring, the council plans to replace the crossing with a bus route that adds 40 minutes to the journey.

    His daughter, Fiona, who runs the café at the pier, {says} the village has not yet understood what it is losing.

    "⟨My dad knows every family on both shores,⟩" she {says}. "⟨He knows who's ill, who's had a baby, who needs their shopping carried up the hill. That's not in any timetable.

    "When the boat goes, that goes too. You can't put a price on it, but the council has.⟩"

    A council spokeswoman {said} the decision had been "⟨extremely difficult⟩" but {noted} that passenger numbers had fallen by half since 2010. The ferry costs the council £180,000 a year to run, {according to} its most recent budget.

    Not everyone is sentimental. Alasdair MacLeod, who drives a delivery van between the two villages, {says} the bus will be more reliable.

    "⟨I've lost count of the times I've turned up and the boat's been off for the weather,⟩" he {says}. "⟨Nostalgia doesn't get parcels delivered.⟩"

    For Reid, the end is complicated. He remembers his father, who ran the ferry before him, telling him that the loch would outlast them all.

    "⟨He used to say, 'The water doesn't care who's steering,'⟩" Reid {says}, and laughs. "⟨I didn't understand it then. I think I do now.

    "I'll miss it. Of course I will. But I'm tired, and my hands aren't what they were. Somebody else can have the cold mornings.⟩"

    Back in the café, Fiona Reid wipes down a table and looks out at the water. "⟨Ask me in a year,⟩" she {says}. "⟨Maybe I'll have forgiven them.⟩"
    """, speakers: ["Callum Reid", "Callum Reid", "Fiona Reid", "Fiona Reid", "a council spokeswoman", "Alasdair MacLeod", "Alasdair MacLeod", "Callum Reid", "Callum Reid", "Fiona Reid", "Fiona Reid"], distinctSources: 5)

    /// `Docs/examples/council-budget.txt`: "a budget that officials said", "X, who …, called … “short-sighted” and said", "Dr. X, an economist at …, said", "the official said" after "a senior city official".
    static let councilBudget = MarkedArticle("""
    Council Approves Leaner Budget After Late-Night Session

    Members of the Riverton City Council voted 7–2 on Tuesday to approve a $412 million budget that trims library hours but adds money for road repairs.

    RIVERTON — After a session that ran past midnight, the Riverton City Council on Tuesday approved a budget that officials {said} would close a $9.5 million gap without raising property taxes.

    The plan, which takes effect on July 1, cuts weekend hours at three branch libraries and delays the purchase of two fire engines. It also sets aside $14 million for street repairs, roughly double last year's figure.

    "⟨This is not the budget any of us wanted, but it is the budget we can afford,⟩" Mayor Dana Whitfield {said} after the vote. "⟨We protected the services people use every day.⟩"

    Council member Luis Ortega, who voted against the plan, {called} the library cuts "⟨short-sighted⟩" and {said} the city could have drawn on its reserve fund instead. "⟨Closing libraries on Saturdays hits the families who can least afford it,⟩" he {said}.

    {According to} a report by the city's finance department, sales-tax revenue fell 4 percent last year, while pension costs rose by about $3 million. Some analysts expect revenue to recover next year, though the report {warned} that a slowing regional economy could make that unlikely.

    A senior city official, who spoke on condition of anonymity because the talks were private, {said} the council had considered a temporary hiring freeze. That idea was dropped after objections from the police union, the official {said}.

    Dr. Amelia Stone, an economist at Riverton State University, {said} the budget was "⟨a reasonable compromise.⟩" She {noted} that the city's credit rating remains stable and that the road program may lower repair costs over time.

    Residents will be able to comment on the library schedule at a public hearing on Aug. 12 at 6 p.m. at City Hall.
    """, speakers: ["Dana Whitfield", "Dana Whitfield", "Luis Ortega", "Luis Ortega", "Amelia Stone"], distinctSources: 6)

    /// Court story (written after the fixes, scored blind): "wrote", "an official there, who …, said", "a poll released … by … found", "called the ruling “…”".
    static let court = MarkedArticle("""
    Judge blocks state's new voter ID law ahead of November election

    A federal judge on Thursday temporarily blocked a state law requiring voters to show a government-issued photo ID, ruling that it would likely disenfranchise thousands of elderly and rural residents.

    In a 42-page opinion, U.S. District Judge Patricia Okafor {wrote} that the state had offered "⟨no credible evidence⟩" that in-person voter fraud was a problem. "⟨The burden this law places on eligible voters is real and immediate,⟩" Okafor {wrote}. "⟨The harm it purports to prevent is, on this record, speculative.⟩"

    State Attorney General Tom Brennan {said} he would appeal the ruling "⟨immediately⟩."

    "⟨This decision ignores the will of the legislature and the people who elected it,⟩" Brennan {said} at a news conference in the capital. He {argued} that 35 other states already require some form of identification at the polls.

    The lawsuit was brought by a coalition of civil rights groups. Ellen Marsh, a lawyer for the coalition, {called} the ruling "⟨a victory for every voter in this state.⟩"

    "⟨We've heard from people who are 90 years old and have voted in every election since the 1950s,⟩" Marsh {said}. "⟨Under this law, many of them would have been turned away.⟩"

    The state's election office {said} in an emailed statement that it would follow the court's order. An official there, who was not authorized to speak publicly, {said} poll workers had already been trained on the new rules.

    Supporters of the law {say} it has broad public backing. A poll released last month by Capitol University {found} that 61 percent of likely voters favored an ID requirement.

    "⟨We'll see them at the appeals court,⟩" Brennan {told} reporters as he left.
    """, speakers: ["Patricia Okafor", "Patricia Okafor", "Patricia Okafor", "Tom Brennan", "Tom Brennan", "Ellen Marsh", "Ellen Marsh", "Ellen Marsh", "Tom Brennan"], distinctSources: 6)

    static let all: [(String, MarkedArticle)] = [("wire", wire), ("bbc", bbc), ("politics", politics), ("feature", feature), ("councilBudget", councilBudget), ("court", court)]
}
