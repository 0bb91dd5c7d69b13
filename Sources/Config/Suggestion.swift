/// Did-you-mean suggestions by edit distance.
public enum Suggestion {
    /// The closest candidate to `word` when it is near enough (distance ≤ max(1, ⌈len/3⌉), or a case/underscore slip).
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let normalized = word.lowercased().replacingUnderscores()
        var best: (String, Int)?
        for candidate in candidates {
            if candidate.lowercased().replacingUnderscores() == normalized { return candidate }
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= max(1, (word.count + 2) / 3), distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// A hint text: `did you mean 'x'?`, else the list of allowed values.
    public static func hint(for word: String, in candidates: [String]) -> String {
        if let match = closest(to: word, in: candidates) { return "did you mean '\(match)'?" }
        return "expected one of: " + candidates.joined(separator: ", ")
    }

    /// Levenshtein distance with adjacent transpositions (optimal string alignment).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let s = Array(a), t = Array(b)
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: t.count + 1), count: s.count + 1)
        for i in 0...s.count { d[i][0] = i }
        for j in 0...t.count { d[0][j] = j }
        for i in 1...s.count {
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[s.count][t.count]
    }
}

private extension String {
    func replacingUnderscores() -> String { filter { $0 != "_" && $0 != "-" } }
}
