/// Three hand-annotated news-like articles (see `MarkedArticle` for the marks).
enum AnnotatedArticles {
    /// Local politics: title before the name, "said X" with appositive, an interrupted quotation,
    /// "according to" a document, an anonymous official, an organization in a statement, scare quotes.
    static let council = MarkedArticle("""
    City Council Delays Transit Plan

    The city council voted 7-2 on Tuesday to delay a $40 million transit plan. “⟨We are not ready to commit this much money without a clearer budget,⟩” Mayor Elena Ruiz {said} after the vote.

    Ruiz, who has led the city since 2019, {added} that the delay would last at least six months.

    Critics were quick to respond. “⟨This is a betrayal of every commuter in this city,⟩” {said} Marcus Lee, director of the Riders Union.

    Lee {insisted} the vote was “⟨rigged⟩” by developers who own land along the planned route.

    {According to} a report by the regional planning office, ridership has fallen 12 percent since 2020. The report also {found} that buses ran late on one trip in four.

    The plan was “⟨dead on arrival⟩” from the start, a senior city official {said}, speaking on condition of anonymity.

    {In a statement}, the Chamber of Commerce welcomed the delay. Some residents called the plan a “boondoggle.”

    “⟨It's over for now,⟩” Ruiz {said} later, “⟨but we will come back to it in the spring with a better budget.⟩”
    """, speakers: ["Elena Ruiz", "Marcus Lee", "Marcus Lee", "a senior city official", "Elena Ruiz", "Elena Ruiz"], distinctSources: 5)

    /// Business: "the company said it was", straight quotes, a continuing quotation, surname and
    /// pronoun, court documents, a distancing cue, a document cue, a book title, "aforesaid".
    static let recall = MarkedArticle("""
    Acme Recalls 50,000 Heaters

    Acme Corp. is recalling 50,000 space heaters after reports of overheating, the company {said} on Friday.

    The company {said} it was working with regulators and had received 14 reports of minor burns.

    "⟨Safety is our first priority,⟩" {said} Dana Whitfield, Acme's chief executive. "⟨We are contacting every customer who bought one of these heaters.⟩"

    Whitfield {told} reporters that the defect affected a single batch made last spring. She {noted} that no injuries had required a hospital stay.

    Whitfield, author of the memoir "Built to Last," joined Acme in 2015.

    {According to} court documents filed in Ohio, two customers sued the company last year. The aforesaid lawsuit is still pending.

    A consumer group {claimed} the recall came months too late. Market data {showed} that Acme shares fell 3 percent on the news.
    """, speakers: ["Dana Whitfield", "Dana Whitfield"], distinctSources: 5)

    /// Feature: dialogue with alternating pronouns, a multi-paragraph quotation, an accented name.
    static let bakery = MarkedArticle("""
    The Last Bakers of Nantes

    On a cold morning in Nantes, Amélie Durand unlocks the bakery her grandfather opened in 1952.

    “⟨Every morning I wonder if this is the last one,⟩” she {says}, dusting flour from her hands.

    Her son, Luc Durand, leans in the doorway. “⟨You say that every winter,⟩” he {says}.

    “⟨And every winter I mean it,⟩” she {replies}.

    The bakery is one of 40 in the region that the “bread crisis” has pushed to the edge. Wheat prices rose 30 percent last year, {according to} the National Bakers Federation.

    Durand {said} the rise had forced her to cut staff:

    “⟨We were six. Now we are three, and I work sixteen hours a day.

    “I don't know how long my body will hold out.⟩”

    A local official, who asked not to be named, {said} the city was studying aid for bakeries.
    """, speakers: ["Amélie Durand", "Luc Durand", "Amélie Durand", "Amélie Durand"], distinctSources: 4)
}
