import Testing
@testable import Copydesk

struct LanguageDetectorTests {
    static let samples: [(String, Language)] = [
        ("The council said that the budget would be approved by the end of the week.", .english),
        ("Der Bürgermeister sagte, dass die Stadt den Haushalt in dieser Woche beschließen wird.", .german),
        ("Le maire a dit que la ville adopterait le budget avant la fin de la semaine.", .french),
        ("El alcalde dijo que la ciudad aprobará el presupuesto antes del fin de semana.", .spanish),
        ("Il sindaco ha detto che la città approverà il bilancio entro la fine della settimana.", .italian),
        ("O prefeito disse que a cidade vai aprovar o orçamento até o fim da semana.", .portuguese),
        ("De burgemeester zei dat de stad de begroting voor het einde van de week goedkeurt.", .dutch),
        ("Мэр заявил, что город утвердит бюджет до конца недели.", .russian),
        ("市長は週末までに予算を承認すると述べた。", .japanese),
        ("市长说，该市将在周末前批准预算。", .chinese),
        ("นายกเทศมนตรีกล่าวว่าเมืองจะอนุมัติงบประมาณ", .thai),
        ("អភិបាលក្រុងបាននិយាយថា", .khmer),
    ]

    @Test(arguments: samples)
    func detects(_ sample: (String, Language)) {
        #expect(LanguageDetector().detect(sample.0) == sample.1)
    }

    @Test func initialsDoNotVote() {
        // "U." would vote Dutch ("u"), "A." French and Spanish: initials are not words.
        #expect(LanguageDetector().detect("The U.S. said U.S. officials met U.S. leaders in the U.S. capital.") == .english)
        #expect(LanguageDetector().detect("A. J. Smith and the U.S. team in the E.U. said so.") == .english)
        // A one-letter word without a period still votes: Spanish "y", Italian "e".
        #expect(LanguageDetector().detect("El alcalde y la ciudad aprobaron el presupuesto y la ley.") == .spanish)
        #expect(LanguageDetector().detect("Il sindaco e la città hanno approvato il bilancio e la legge.") == .italian)
    }

    @Test func noLettersIsUndetermined() {
        #expect(LanguageDetector().detect("123 456 !!!") == .undetermined)
        #expect(LanguageDetector().detect("") == .undetermined)
    }
}
