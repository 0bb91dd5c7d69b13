/// The one did-you-mean: the closest known name to a misspelt one, for YAML keys and values, run and column
/// names, and TeX commands and environments alike.
///
/// A candidate that equals `word` when case, `_` and `-` are ignored wins outright. Otherwise the candidate at
/// the smallest edit distance (compared case-insensitively, ties broken by the case-sensitive distance, then by
/// order) wins when that distance is at most `max(1, ⌈len/3⌉)` for a word of `len` characters: 1 up to three
/// characters, 2 up to six, 3 up to nine, and so on.
public enum Suggestion {
    /// The closest candidate to `word` when it is near enough, else nil.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let normalized = normalize(word)
        if let match = candidates.first(where: { normalize($0) == normalized }) { return match }
        let lowered = word.lowercased()
        let limit = max(1, (word.count + 2) / 3)
        var best: (candidate: String, rank: (Int, Int))?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            guard distance <= limit else { continue }
            let rank = (distance, editDistance(word, candidate))
            if best.map({ rank < $0.rank }) ?? true { best = (candidate, rank) }
        }
        return best?.candidate
    }

    /// A hint text: `did you mean 'x'?`, else the list of allowed values.
    public static func hint(for word: String, in candidates: [String]) -> String {
        if let match = closest(to: word, in: candidates) { return "did you mean '\(match)'?" }
        return "expected one of: " + candidates.joined(separator: ", ")
    }

    /// The number of single-character insertions, deletions, substitutions and adjacent swaps turning `a` into
    /// `b` (optimal string alignment distance), over `Character`s.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[y.count]
    }

    /// `word` lowercased without `_` and `-`, so `earlyStopping`, `early_stopping` and `early-stopping` agree.
    private static func normalize(_ word: String) -> String {
        word.lowercased().filter { $0 != "_" && $0 != "-" }
    }
}
