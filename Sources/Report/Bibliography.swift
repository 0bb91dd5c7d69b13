import Foundation
import Notebook

/// The entries of a course's `references.bib`, for author–year citations: each entry's author label ("Kingma &
/// Ba", "Ruder et al."), its year with a letter when two entries would read the same ("2015a", "2015b"), and the
/// order of a bibliography (authors' family names, then year, then title).
public struct Bibliography: Sendable {
    /// The entries by key.
    public let entries: [String: BibEntry]
    /// The keys in file order (for did-you-mean).
    public let keys: [String]
    /// The file the entries came from, as named in diagnostics.
    public let path: String
    /// Where each work is cited first on the page (its citation gets the id `cite-KEY`, the target of the entry's
    /// back-link); empty for the whole file.
    let firstCitations: [String: SourceLocation]
    /// Letters that tell apart entries with the same authors and year, by key.
    private let suffixes: [String: String]

    /// The bibliography of `entries` read from `path`.
    public init(_ entries: [BibEntry], path: String) {
        self.init(entries, path: path, citing: Set(entries.map(\.key)), first: [:])
    }

    /// The same entries for one page whose citations first name each key at `first`: letters tell apart only the
    /// works the page cites (as APA does within one reference list), and each first citation is a back-link target.
    func citing(_ first: [String: SourceLocation]) -> Bibliography {
        Bibliography(first.isEmpty ? [] : keys.compactMap { entries[$0] }, path: path, citing: Set(first.keys), first: first)
    }

    private init(_ entries: [BibEntry], path: String, citing cited: Set<String>, first: [String: SourceLocation]) {
        self.firstCitations = first
        self.entries = Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        self.keys = entries.map(\.key)
        self.path = path
        var groups: [String: [BibEntry]] = [:]
        for entry in entries where cited.contains(entry.key) {
            groups[Self.authorLabel(entry, and: " & ", etAl: " et al.") + "\u{0}" + (entry.text("year") ?? ""), default: []].append(entry)
        }
        var suffixes: [String: String] = [:]
        for group in groups.values where group.count > 1 {
            for (index, entry) in group.sorted(by: { ($0.text("title") ?? "", $0.key) < ($1.text("title") ?? "", $1.key) }).enumerated() {
                suffixes[entry.key] = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(min(index, 25))))
            }
        }
        self.suffixes = suffixes
    }

    /// The author part of a citation: one family name, two joined by `and`, or the first and `etAl`; the title
    /// (else the key) for an entry without authors.
    static func authorLabel(_ entry: BibEntry, and: String, etAl: String) -> String {
        let (names, others) = entry.authors
        switch (names.count, others) {
        case (0, _): return entry.text("title") ?? entry.key
        case (1, false): return names[0].family
        case (2, false): return names[0].family + and + names[1].family
        default: return names[0].family + etAl
        }
    }

    /// The author part of a citation of `entry` in the running text (`narrative`) or in parentheses.
    func authorLabel(_ entry: BibEntry, words: ReferenceWords, narrative: Bool) -> String {
        Self.authorLabel(entry, and: narrative ? words.narrativeAnd : words.parentheticalAnd, etAl: words.etAl)
    }

    /// The year of `entry` with its letter, if it needs one ("2015a"); `noDate` without a year ("n.d.-a").
    func year(_ entry: BibEntry, words: ReferenceWords) -> String {
        guard let year = entry.text("year") else { return words.noDate + (suffixes[entry.key].map { "-" + $0 } ?? "") }
        return year + (suffixes[entry.key] ?? "")
    }

    /// The entries of `keys` in bibliography order: the authors' family names, then year, then title.
    public func sorted(_ keys: Set<String>) -> [BibEntry] {
        keys.compactMap { entries[$0] }.sorted { a, b in
            let left = sortKey(a), right = sortKey(b)
            return left != right ? left.lexicographicallyPrecedes(right) : a.key < b.key
        }
    }

    private func sortKey(_ entry: BibEntry) -> [String] {
        let names = entry.authors.names.map { ($0.family + " " + $0.given).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        let first = names.isEmpty ? [(entry.text("title") ?? entry.key).lowercased()] : names
        return first + ["\u{10FFFF}", entry.text("year") ?? "", suffixes[entry.key] ?? "", entry.text("title") ?? ""]
    }
}
