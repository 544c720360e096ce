/// Two news articles written by a second engineer, with the writer's cues marked ⟦…⟧ by hand before
/// the plugin was run on them (cues inside direct quotations are not marked: they are counted apart).
/// Traps: deontic "may", "May" the month, ability "can", "about" as a topic, an anonymous source after
/// a relative pronoun ("a package that officials said …"), a counterfactual "could have" in reported
/// criticism, boosters.
///
/// Scored before any fix: hospital P 0.938 R 1.000 (the counterfactual "could have hired … sooner");
/// factory P 0.867 R 1.000 ("could have stepped in", and "a support package that officials" for
/// "officials said"). Both 1.000 / 1.000 after.
let heldOutArticles: [(String, String)] = [
    ("hospital", """
Hospital faces inquiry over emergency waits

State health regulators opened an inquiry on Monday into Mercy Valley Hospital after patients waited ⟦up to⟧ 14 hours for treatment in its emergency department last winter.

The hospital, which serves ⟦roughly⟧ 250,000 people in three counties, said in a statement that it would cooperate fully. The inquiry is ⟦expected to⟧ take six months.

Two nurses, who ⟦asked not to be named⟧ because they feared losing their jobs, said the department was often short of staff on weekends. "We are stretched to breaking point," one of them said. "Some nights it feels like nobody is in charge, and someone might die."

The inquiry was prompted by the death of a 71-year-old man who ⟦allegedly⟧ waited 11 hours to be seen. Internal figures ⟦reportedly⟧ show that the hospital cut ⟦about⟧ 40 nursing posts in 2023.

Chief executive Karen Doyle said the delays were caused by an unusually severe flu season and that waits had ⟦largely⟧ returned to normal. She said the hospital could have hired agency nurses sooner but had been told the budget would not allow it.

The explanation ⟦may⟧ not tell the whole story, said Tom Reyes of the Patient Rights Coalition. ⟦Some experts believe⟧ the problem is regional rather than local: emergency departments across the state reported average waits of ⟦nearly⟧ nine hours in January, a state report found. Its authors wrote that an aging population ⟦could⟧ push demand higher for years.

In May, the hospital board approved a $12 million expansion of the emergency wing. ⟦It is unclear⟧ ⟦whether⟧ the expansion will ease the pressure. Visitors may now use the new parking garage, and patients can book appointments online.

Doyle said she would speak to the board about staffing at its next meeting. The hospital has never failed an inspection, she said.
"""),
    ("factory", """
Fittings maker to close Harlow plant

Bergmann Industries will close its Harlow plant next spring, a move that ⟦could⟧ cost ⟦as many as⟧ 600 jobs, the company said on Thursday.

The German-owned firm said demand for its steel fittings had fallen by ⟦about⟧ a third since 2022. ⟦Union officials said⟧ they had not been consulted.

"I gave this place 22 years," said Maria Costa, a machine operator. "Now they might just walk away from all of us."

The closure is ⟦likely to⟧ hit local suppliers hardest. ⟦Two people familiar with the talks⟧ said Bergmann had considered selling the plant to a rival in March; the sale fell through after the rival's board voted against it.

The town's mayor, Peter Lund, called the decision "a betrayal" and said the government could have stepped in years ago. Ministers are studying a support package that ⟦officials said⟧ would be announced next month. It ⟦remains to be seen⟧ ⟦whether⟧ it will be enough.

Local unemployment, now 4.1 percent, ⟦could⟧ rise above 6 percent, ⟦some analysts warned⟧.

The plant opened in 1974 and at its peak employed more than 2,000 people. Vogel said redundancy payments would be ⟦around⟧ 10 percent above the legal minimum and that the equipment would go to a newer site in Poland, which can make the same fittings at lower cost. Workers may apply for retraining grants from June.

The ⟦so-called⟧ rescue fund set up after the 2008 crisis has ⟦reportedly⟧ run dry. In fact, the plant was profitable as recently as 2021, company filings show, and the chief executive, Anke Vogel, spoke about its future only last year.
"""),
]
