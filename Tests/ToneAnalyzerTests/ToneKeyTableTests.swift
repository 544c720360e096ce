import Copydesk
import Testing
@testable import ToneAnalyzer

/// `ToneKeyTable` gives back what was stored for each key, exactly, as a dictionary would.
struct ToneKeyTableTests {
    typealias KeyInfo = ToneLexicon.KeyInfo

    @Test func slotsAreSixteenBytes() {
        #expect(MemoryLayout<ToneKeyTable.Slot>.stride == 16)
    }

    @Test func readsWhatADictionaryReads() {
        var table = ToneKeyTable()
        var reference: [UInt64: KeyInfo] = [:]
        var generator = SystemRandomNumberGenerator()
        let categories = ToneLexicon.Category.allCases
        // Many keys (the table grows several times), updated and replaced, with few valences.
        for round in 0..<5_000 {
            let key = round % 3 == 0 && !reference.isEmpty ? reference.keys.randomElement(using: &generator)! : UInt64.random(in: 0...UInt64.max, using: &generator)
            let info = KeyInfo(entry: Int32.random(in: -1...4_000, using: &generator), longest: Int32.random(in: 1...6, using: &generator),
                               valence: Double(Int.random(in: -16...16, using: &generator)) / 4,
                               category: categories.randomElement(using: &generator)!)
            table[key] = info
            reference[key] = info
        }
        #expect(table.count == reference.count)
        for (key, info) in reference { #expect(table[key] == info) }
        for _ in 0..<1_000 {
            let key = UInt64.random(in: 0...UInt64.max, using: &generator)
            #expect(table[key] == reference[key])
        }
        #expect(table.count * 4 <= table.capacity * 3)
    }

    @Test func keepsValencesAndLengthsBeyondTheSlotsExactly() {
        var table = ToneKeyTable(minimumCapacity: 70_000)
        // More distinct valences than a slot's index can name: the later ones in the side table.
        for index in 0..<70_000 {
            table[UInt64(index + 3) &* 0x9E37_79B9_7F4A_7C15] = KeyInfo(entry: Int32(index), longest: 1, valence: Double(index) / 17_500 - 2, category: .sentiment)
        }
        for index in 0..<70_000 {
            #expect(table[UInt64(index + 3) &* 0x9E37_79B9_7F4A_7C15]?.valence == Double(index) / 17_500 - 2)
        }
        // Entries of 255 words and more; a key that grows out of the side table and back.
        table[1] = KeyInfo(entry: -1, longest: 300, valence: 0, category: .neutral)
        table[2] = KeyInfo(entry: 5, longest: 255, valence: -0.0, category: .loaded)
        #expect(table[1]?.longest == 300 && table[2]?.longest == 255 && table[2]?.valence.sign == .minus)
        table[1] = KeyInfo(entry: -1, longest: 254, valence: 0, category: .neutral)
        #expect(table[1] == KeyInfo(entry: -1, longest: 254, valence: 0, category: .neutral))
        // Zero is a key like any other.
        #expect(table[0] == nil)
        table[0] = KeyInfo(entry: 7, longest: 1, valence: 1.5, category: .opinion)
        #expect(table[0] == KeyInfo(entry: 7, longest: 1, valence: 1.5, category: .opinion))
    }
}
