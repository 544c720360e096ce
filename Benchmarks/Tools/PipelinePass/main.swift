import Copydesk
import CopydeskBuiltins
import Foundation

// One pass of the whole pipeline (language detection, NewsCleaner, core, every built-in plugin)
// over a JSON Lines corpus, on the main thread and nothing else. It exists for
// `valgrind --tool=callgrind`, whose instruction counts are the same from run to run whatever
// else the machine is doing (wall clock on a shared VM moves by 30 % or more), and which cannot
// follow `analyze`'s worker threads. See README.md, "How to rerun", step 4.
//
//   pipeline-pass CORPUS.jsonl [LIMIT]   prints documents, bytes and words to stderr
//
// Instructions of the pass alone (not of reading the corpus):
//   valgrind --tool=callgrind --toggle-collect='*analyzeCorpus*' .build/release/pipeline-pass CORPUS 2000

/// The `text` and `lang` of the first `limit` records of a JSON Lines file.
func loadTexts(path: String, limit: Int) -> [(text: String, language: Language?)]? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    var texts: [(text: String, language: Language?)] = []
    var start = data.startIndex
    while start < data.endIndex && texts.count < limit {
        let end = data[start...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
        if let object = try? JSONSerialization.jsonObject(with: data[start..<end]) as? [String: Any],
           let text = object["text"] as? String {
            texts.append((text, (object["lang"] as? String).map(Language.init(rawValue:))))
        }
        start = end + 1
    }
    return texts
}

/// Runs the pipeline over `texts`, in the language a record gives as `analyze` does, and prints
/// what it read.
func analyzeCorpus(_ texts: [(text: String, language: Language?)]) throws {
    let registry = try AnalyzerRegistry(BuiltinAnalyzers.all)
    let pipeline = try Pipeline(registry: registry, requested: registry.ids)
    let core = CoreAnalysis(cleaner: NewsCleaner())
    var bytes = 0, words = 0
    for (index, (text, language)) in texts.enumerated() {
        let result = pipeline.run(id: String(index), source: "corpus", text: text, language: language, core: core)
        bytes += text.utf8.count
        words += result.document?.readability.counts.words ?? 0
    }
    FileHandle.standardError.write(Data("documents \(texts.count), bytes \(bytes), words \(words)\n".utf8))
}

let arguments = CommandLine.arguments
guard arguments.count >= 2, let texts = loadTexts(path: arguments[1], limit: arguments.count >= 3 ? Int(arguments[2]) ?? .max : .max) else {
    FileHandle.standardError.write(Data("usage: pipeline-pass CORPUS.jsonl [LIMIT]\n".utf8))
    exit(64)
}
try analyzeCorpus(texts)
