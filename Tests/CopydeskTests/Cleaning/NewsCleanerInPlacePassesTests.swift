import Testing
@testable import Copydesk

/// The context rules that rewrite the class array in place (`resolve`, `dropIslands`) decide
/// what the earlier versions, which kept a copy of it for every rule, decided.
struct NewsCleanerInPlacePassesTests {
    typealias Class = NewsCleaner.Class

    static func randomText(_ generator: inout SplitMix) -> (classes: [Class], features: [BlockFeatures]) {
        let count = Int.random(in: 1...40, using: &generator)
        let kinds: [Class] = [.good, .nearGood, .short, .bad]
        let classes = (0..<count).map { _ in kinds.randomElement(using: &generator)! }
        let features = (0..<count).map { _ -> BlockFeatures in
            var f = BlockFeatures()
            f.words = Int.random(in: 0...60, using: &generator)
            f.letterWords = f.words
            f.stopWords = Int.random(in: 0...f.words, using: &generator)
            f.endsLikeSentence = Bool.random(using: &generator)
            f.strongHits = Int.random(in: 0...4, using: &generator) == 0 ? 1 : 0
            return f
        }
        return (classes, features)
    }

    @Test func resolveDecidesAsWithCopies() {
        var generator = SplitMix(seed: 1)
        for _ in 0..<2_000 {
            let (classes, features) = Self.randomText(&generator)
            var resolved = classes
            NewsCleaner.resolve(&resolved, features)
            #expect(resolved == Reference.resolve(classes, features), "\(classes)")
        }
    }

    @Test func dropIslandsDecidesAsWithAList() {
        var generator = SplitMix(seed: 2)
        for _ in 0..<2_000 {
            let (classes, features) = Self.randomText(&generator)
            let galleries: [ClosedRange<Int>] = Bool.random(using: &generator) && classes.count > 8 ? [3...5] : []
            var dropped = classes
            NewsCleaner.dropIslands(&dropped, features, galleries: galleries)
            #expect(dropped == Reference.dropIslands(classes, features, galleries: galleries), "\(classes)")
        }
    }

    /// With many galleries anywhere (near the start, overlapping, at the end), the gaps that hold
    /// one are found by counting covered blocks (linear time) as they were by testing each gallery.
    @Test func dropIslandsDecidesAsWithAListOfManyGalleries() {
        var generator = SplitMix(seed: 9)
        var kept = 0
        for _ in 0..<3_000 {
            let (classes, features) = Self.randomText(&generator)
            let galleries = (0..<Int.random(in: 0...5, using: &generator)).map { _ -> ClosedRange<Int> in
                let lower = Int.random(in: 0..<classes.count, using: &generator)
                return lower...min(classes.count - 1, lower + Int.random(in: 0...4, using: &generator))
            }.sorted { $0.lowerBound < $1.lowerBound }
            var dropped = classes
            NewsCleaner.dropIslands(&dropped, features, galleries: galleries)
            #expect(dropped == Reference.dropIslands(classes, features, galleries: galleries), "\(classes) \(galleries)")
            kept += dropped.filter { $0 == .good }.count
        }
        #expect(kept > 0)
    }

    @Test func galleryBlockCountsCountTheBlocksGalleriesReach() {
        #expect(NewsCleaner.galleryBlockCounts([], count: 5) == [])
        // 6...7 reaches 2...7; 9...12 reaches 5...9 at the end of ten blocks.
        #expect(NewsCleaner.galleryBlockCounts([6...7, 9...12], count: 10) == [0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8])
        #expect(NewsCleaner.galleryBlockCounts([1...2], count: 4) == [0, 1, 2, 3, 3])
    }

    /// The earlier versions, kept as the reference.
    enum Reference {
        static func resolve(_ classes: [Class], _ features: [BlockFeatures]) -> [Class] {
            var result = classes
            /// The class of the nearest block in direction `step` that is not short; nil at the text's edge.
            func neighbour(_ index: Int, step: Int, in list: [Class]) -> Class? {
                var i = index + step
                while i >= 0 && i < list.count {
                    if list[i] != .short { return list[i] }
                    i += step
                }
                return nil
            }
            // Short blocks take their class from the nearest non-short neighbours.
            let base = result
            for index in result.indices where base[index] == .short {
                let previous = neighbour(index, step: -1, in: base)
                let next = neighbour(index, step: 1, in: base)
                // The start or end of the text sides with the other neighbour.
                var goodPrevious = previous == .good || previous == .nearGood
                var goodNext = next == .good || next == .nearGood
                if previous == nil { goodPrevious = goodNext }
                if next == nil { goodNext = goodPrevious }
                if goodPrevious && goodNext {
                    result[index] = .good
                } else if !goodPrevious && !goodNext {
                    result[index] = .bad
                } else {
                    // Between article and boilerplate: keep it only when it reads like a sentence.
                    result[index] = features[index].endsLikeSentence && features[index].stopShare > 0 ? .nearGood : .bad
                }
            }
            // Near-good blocks are kept next to good ones; a label of an ad slot or a credit of up to
            // three words between them does not separate them.
            let second = result
            for index in result.indices where second[index] == .nearGood {
                var keep = false
                for step in stride(from: -1, through: 1, by: 2) {
                    var i = index + step
                    var skipped = 0
                    while i >= 0 && i < second.count {
                        if second[i] == .nearGood { i += step; continue }
                        if second[i] != .good && features[i].effectiveWords <= 3 && skipped < 2 { skipped += 1; i += step; continue }
                        break
                    }
                    if i >= 0 && i < second.count && second[i] == .good { keep = true }
                }
                result[index] = keep ? .good : .bad
            }
            // A run of blocks that all mention boilerplate (cookies, subscriptions), amid boilerplate,
            // is boilerplate: the long paragraphs of a consent banner after the article.
            var start = 0
            while start < result.count {
                guard result[start] == .good else { start += 1; continue }
                var end = start
                while end < result.count && result[end] == .good { end += 1 }
                let bounded = (start == 0 || result[start - 1] == .bad) && (end == result.count || result[end] == .bad)
                if bounded && (start..<end).allSatisfy({ features[$0].strongHits > 0 }) && start > 0 {
                    for index in start..<end { result[index] = .bad }
                }
                start = end
            }
            return result
        }

        static func dropIslands(_ classes: [Class], _ features: [BlockFeatures], galleries: [ClosedRange<Int>] = []) -> [Class] {
            var islands: [(range: Range<Int>, words: Int)] = []
            var start = -1, last = -1, words = 0
            for index in classes.indices where classes[index] == .good {
                // A photo gallery inside the article interrupts it; it does not cut the lead off. Its
                // heading and first caption may come a few blocks before the first slide counter.
                let gapHoldsGallery = index - last - 1 > 0
                    && galleries.contains { (max(0, $0.lowerBound - 4)...$0.upperBound).overlaps((last + 1)...(index - 1)) }
                if start >= 0 && index - last - 1 >= NewsCleaner.islandGap && !gapHoldsGallery {
                    islands.append((start..<(last + 1), words))
                    start = -1
                }
                if start < 0 { start = index; words = 0 }
                words += features[index].effectiveWords
                last = index
            }
            if start >= 0 { islands.append((start..<(last + 1), words)) }
            guard islands.count > 1, let largest = islands.lazy.map(\.words).max(),
                  let main = islands.firstIndex(where: { $0.words == largest }) else { return classes }
            var result = classes
            for (position, island) in islands.enumerated() where position != main {
                // After the article, an island that strong boilerplate surrounds or fills (the prose of
                // a consent dialog: "These cookies collect information…") goes whatever its size.
                let strongHits = island.range.reduce(0) { $0 + features[$1].strongHits }
                let before = (max(0, island.range.lowerBound - 3)..<island.range.lowerBound).reduce(0) { $0 + (features[$1].strongHits > 0 ? 1 : 0) }
                let after = (island.range.upperBound..<min(classes.count, island.range.upperBound + 3)).reduce(0) { $0 + (features[$1].strongHits > 0 ? 1 : 0) }
                let legalese = position > main && (strongHits * NewsCleaner.legaleseWordsPerHit >= island.words
                    || (before >= NewsCleaner.legaleseNeighbours && after >= NewsCleaner.legaleseNeighbours))
                if Double(island.words) < NewsCleaner.islandShare * Double(largest) || legalese {
                    for index in island.range { result[index] = .bad }
                }
            }
            return result
        }
    }
}
