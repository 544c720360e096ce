/// Picks the run's exit code from what happened: 74 > 66 > 65 > 1 > 0.
struct ExitStatusTracker {
    private(set) var code: Int32 = ExitStatus.success

    mutating func noteFailedDocument() { raise(ExitStatus.someDocumentsFailed) }

    mutating func noteInputError(_ error: InputError) { raise(error.exitCode) }

    mutating func noteDataError() { raise(ExitStatus.dataError) }

    /// Takes the worse of this and `other`.
    mutating func merge(_ other: ExitStatusTracker) { raise(other.code) }

    private mutating func raise(_ candidate: Int32) {
        let rank: [Int32: Int] = [0: 0, 1: 1, 65: 2, 66: 3, 74: 4]
        if rank[candidate, default: 1] > rank[code, default: 0] { code = candidate }
    }
}
