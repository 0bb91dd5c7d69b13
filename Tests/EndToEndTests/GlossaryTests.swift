import Foundation
import XCTest

/// The Chinese chapters use the glossary's terms (issue 24, item 2): `notebooks/zh/术语.md` holds a table
/// English | 中文 | 不要用 | 说明, and no zh chapter's prose (code spans, fenced code and math aside) may use a
/// variant listed under 不要用. A finding names file:line, the variant and the term to use.
final class GlossaryTests: XCTestCase {
    /// One glossary row: the terms to use and the variants to avoid.
    struct Entry {
        var preferred: [String]
        var avoid: [String]
    }

    static let zhFolder = NBRunProcess.packageRoot.appendingPathComponent("notebooks/zh")
    static let glossaryName = "术语.md"

    /// The rows of the glossary's table; fails the test when the table is not where and how it should be.
    static func glossary(_ text: String) throws -> [Entry] {
        let rows = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("|") }
        let cells = rows.map { row in row.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) } }
        guard cells.count > 2, cells[0] == ["English", "中文", "不要用", "说明"] else {
            throw NSError(domain: "GlossaryTests", code: 1, userInfo: [NSLocalizedDescriptionKey:
                "\(glossaryName) has no table headed | English | 中文 | 不要用 | 说明 |"])
        }
        return cells.dropFirst(2).map { row in
            Entry(preferred: split(row[1]), avoid: split(row[2]))
        }
    }

    /// `a、b（c）` → [a, b, c].
    private static func split(_ cell: String) -> [String] {
        cell.components(separatedBy: CharacterSet(charactersIn: "、（）,")).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The prose of `text` line by line: fenced blocks blanked, code spans and `$…$` math removed.
    static func proseLines(_ text: String) -> [String] {
        var inFence = false
        return text.components(separatedBy: "\n").map { line in
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") { inFence.toggle(); return "" }
            if inFence { return "" }
            return line.replacingOccurrences(of: "`[^`]*`", with: " ", options: .regularExpression)
                .replacingOccurrences(of: "\\$\\$?[^$]*\\$\\$?", with: " ", options: .regularExpression)
        }
    }

    /// `file:line: 'variant' (use preferred)` for every avoided variant in the prose of `text`. A variant that is part
    /// of a preferred term where it occurs (超参 in 超参数) is not one.
    static func findings(in text: String, file: String, glossary: [Entry]) -> [String] {
        let preferred = glossary.flatMap(\.preferred)
        var found: [String] = []
        for (index, line) in proseLines(text).enumerated() {
            for entry in glossary {
                for variant in entry.avoid where occurs(variant, in: line, outside: preferred.filter { $0.contains(variant) }) {
                    found.append("\(file):\(index + 1): '\(variant)' (use \(entry.preferred.joined(separator: "、")))")
                }
            }
        }
        return found
    }

    /// Whether `variant` occurs in `line` somewhere not covered by an occurrence of one of `longer`.
    private static func occurs(_ variant: String, in line: String, outside longer: [String]) -> Bool {
        let text = line as NSString
        let covered = longer.flatMap { term in ranges(of: term, in: text) }
        return ranges(of: variant, in: text).contains { range in
            !covered.contains { NSIntersectionRange($0, range).length == range.length }
        }
    }

    private static func ranges(of term: String, in text: NSString) -> [NSRange] {
        var found: [NSRange] = [], start = 0
        while start < text.length {
            let range = text.range(of: term, range: NSRange(location: start, length: text.length - start))
            guard range.location != NSNotFound else { break }
            found.append(range)
            start = range.location + 1
        }
        return found
    }

    private func loadGlossary() throws -> [Entry] {
        let text = try String(contentsOf: Self.zhFolder.appendingPathComponent(Self.glossaryName), encoding: .utf8)
        let glossary = try Self.glossary(text)
        XCTAssertGreaterThan(glossary.count, 30, "the glossary table was read")
        XCTAssertGreaterThan(glossary.flatMap(\.avoid).count, 30, "its 不要用 column was read")
        XCTAssertTrue(glossary.contains { $0.preferred.contains("学习率调度") && $0.avoid.contains("学习率调节") })
        return glossary
    }

    func testNoChineseChapterUsesAVariantToAvoid() throws {
        let glossary = try loadGlossary()
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.zhFolder.path)
            .filter { $0.hasSuffix(".md") && $0 != Self.glossaryName }.sorted()
        XCTAssertTrue(files.contains("gd.md") && files.contains("losses.md"), "the chapters were found: \(files)")
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: Self.zhFolder.appendingPathComponent(file), encoding: .utf8)
            found += Self.findings(in: text, file: "notebooks/zh/" + file, glossary: glossary)
        }
        XCTAssertEqual(found, [], "use the glossary's terms (notebooks/zh/术语.md)")
    }

    /// The check finds a variant in prose, names its line, and leaves code, math and preferred terms alone.
    func testTheCheckFindsAVariantAndOnlyInProse() throws {
        let glossary = try loadGlossary()
        let text = "# 标题\n\n改用学习率调节，`学习率调节` 与 $\\text{学习率调节}$ 不算。\n\n```\n学习率调节\n```\n\n超参数不算，超参算。\n"
        XCTAssertEqual(Self.findings(in: text, file: "x.md", glossary: glossary),
                       ["x.md:3: '学习率调节' (use 学习率调度)", "x.md:9: '超参' (use 超参数)"])
    }
}
