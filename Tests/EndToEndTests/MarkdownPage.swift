import Foundation

/// The parts of a documentation page the documentation tests check: its heading anchors, its inline links and
/// its fenced code blocks. A small reader for the repository's own Markdown, not a CommonMark parser: fences
/// (``` or ~~~) and code spans are recognized so that their contents are never taken for links or headings.
struct MarkdownPage {
    /// A fenced code block: its info string and its content (every line, each ending in a newline).
    struct Fence {
        let info: String
        let content: String
        /// The line of the opening fence, from 1.
        let line: Int
    }

    /// An inline link or image destination, as written.
    struct Link {
        let destination: String
        /// The line the link's text starts on, from 1.
        let line: Int
    }

    private(set) var fences: [Fence] = []
    private(set) var links: [Link] = []
    /// The anchors GitHub gives the page's headings, in order (`## Step 1: prose` → `step-1-prose`).
    private(set) var anchors: [String] = []

    init(_ text: String) {
        var prose: [(line: Int, text: String)] = []
        var open: (marker: Character, length: Int, info: String, line: Int, content: String)?
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            let number = index + 1
            if var fence = open {
                if Self.closes(line, marker: fence.marker, length: fence.length) {
                    fences.append(Fence(info: fence.info, content: fence.content, line: fence.line))
                    open = nil
                } else {
                    fence.content += line + "\n"
                    open = fence
                }
            } else if let opening = Self.opening(line) {
                open = (opening.marker, opening.length, opening.info, number, "")
            } else {
                prose.append((number, line))
            }
        }
        anchors = Self.anchors(prose.compactMap { Self.headingText($0.text) })
        links = Self.links(in: prose)
    }

    /// `(marker, length, info)` when `line` opens a fence: up to three spaces, then three or more backticks or tildes.
    private static func opening(_ line: String) -> (marker: Character, length: Int, info: String)? {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3, let marker = trimmed.first, marker == "`" || marker == "~" else { return nil }
        let run = trimmed.prefix { $0 == marker }
        let info = trimmed.dropFirst(run.count).trimmingCharacters(in: .whitespaces)
        guard run.count >= 3, marker == "~" || !info.contains("`") else { return nil }
        return (marker, run.count, info)
    }

    private static func closes(_ line: String, marker: Character, length: Int) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count >= length && trimmed.allSatisfy { $0 == marker }
    }

    /// The text of an ATX heading line (`## Title` → `Title`), or `nil`.
    private static func headingText(_ line: String) -> String? {
        let hashes = line.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count), line.dropFirst(hashes.count).first == " " else { return nil }
        return line.dropFirst(hashes.count).trimmingCharacters(in: .whitespaces)
    }

    /// GitHub's anchors: the heading's text without code-span backticks, lowercased, every character that is not a
    /// letter, digit, space, `-` or `_` dropped, spaces turned into `-`; a repeated anchor gets `-1`, `-2`, ….
    private static func anchors(_ headings: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return headings.map { heading in
            let kept = heading.replacingOccurrences(of: "`", with: "").lowercased().unicodeScalars.filter {
                CharacterSet.alphanumerics.contains($0) || $0 == " " || $0 == "-" || $0 == "_"
            }
            let slug = String(String.UnicodeScalarView(kept)).replacingOccurrences(of: " ", with: "-")
            defer { seen[slug, default: 0] += 1 }
            guard let count = seen[slug] else { return slug }
            return "\(slug)-\(count)"
        }
    }

    /// Every `[text](destination)` and `![alt](destination)` outside code spans. Code spans may run over several
    /// lines, so the prose is scanned as one text with its line numbers.
    private static func links(in prose: [(line: Int, text: String)]) -> [Link] {
        let characters = Array(prose.map(\.text).joined(separator: "\n"))
        var lineOf: [Int] = []
        for (line, text) in prose { lineOf += Array(repeating: line, count: text.count + 1) }
        var found: [Link] = []
        var index = 0
        while index < characters.count {
            if characters[index] == "`" {
                index = endOfCodeSpan(characters, at: index)
                continue
            }
            if characters[index] == "]", index + 1 < characters.count, characters[index + 1] == "(",
               let close = characters[(index + 2)...].firstIndex(of: ")") {
                let inside = String(characters[(index + 2)..<close]).trimmingCharacters(in: .whitespaces)
                let destination = inside.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
                found.append(Link(destination: destination.trimmingCharacters(in: CharacterSet(charactersIn: "<>")),
                                  line: lineOf[min(index, lineOf.count - 1)]))
                index = close + 1
                continue
            }
            index += 1
        }
        return found
    }

    /// The index after the code span opened by the backtick run at `start` (after the run alone when it never closes).
    private static func endOfCodeSpan(_ characters: [Character], at start: Int) -> Int {
        var length = 0
        while start + length < characters.count, characters[start + length] == "`" { length += 1 }
        var index = start + length
        while index < characters.count {
            guard characters[index] == "`" else { index += 1; continue }
            var run = 0
            while index + run < characters.count, characters[index + run] == "`" { run += 1 }
            if run == length { return index + run }
            index += run
        }
        return start + length
    }
}
