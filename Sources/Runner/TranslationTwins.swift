import Config
import Foundation
import Notebook

/// Keeps a translated chapter in step with its twin, the chapter of the same file name in the parent course
/// (`notebooks/zh/gd.md` and `notebooks/gd.md`): both must define the same runs (config blocks by name, unnamed
/// ones in order), with the same settings and the same `expect:` checks (keys and values), state the same inline
/// values (`{run.path}`, whatever their format), and have the same front-matter `seed`, `params` and `defaults`, so that every number of the translation is the original's. A data file is the same when both
/// paths lead to it (`zh/gd.md` reads `../data/x.csv` where `gd.md` reads `data/x.csv`). Each difference is a warning located
/// in the translation that names the twin. Only the notebooks' text is read: nothing is run, so `--check` reports
/// it too. Prose, headings and YAML comments (such as `#| fig-cap:`) are free to differ.
public enum TranslationTwins {
    /// One config block: its name (`run-N` blocks by their rank among the unnamed ones), where it is, its settings
    /// other than `expect` (top-level key → flow text as written, and as compared: data paths resolved) and its
    /// expectation keys with their conditions, in order.
    struct Block {
        var name: String
        var named: Bool
        var location: SourceLocation
        var settings: [(key: String, text: String, compared: String, location: SourceLocation)]
        var expectKeys: [(key: String, text: String, location: SourceLocation)]
        var expectLocation: SourceLocation?
    }

    /// The front-matter keys that change numbers.
    static let frontMatterKeys = ["seed", "params", "defaults"]

    /// Warnings for every difference between `translation` and its twin `original`, located in the translation.
    public static func compare(translation: Notebook, original: Notebook) -> [Diagnostic] {
        let twin = original.path
        func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
            Diagnostic(.warning, message, at: location, file: translation.path)
        }
        var warnings = frontMatterDifferences(translation, original).map { warning($0.message, at: $0.location) }
        let mine = blocks(of: translation), theirs = blocks(of: original)
        let top = SourceLocation(line: 1, column: 1)
        for (index, block) in theirs.enumerated() where !mine.contains(where: { $0.name == block.name }) {
            let previous = theirs[..<index].last { other in mine.contains { $0.name == other.name } }
            let anchor = previous.flatMap { other in mine.first { $0.name == other.name } }
            let place = previous.map { "after '\($0.name)'" } ?? "before its first run"
            warnings.append(warning("\(describe(block)) of the twin \(twin):\(block.location.line) is missing from this translation "
                                    + "(expected \(place))", at: anchor?.location ?? top))
        }
        for block in mine {
            guard let other = theirs.first(where: { $0.name == block.name }) else {
                warnings.append(warning("\(describe(block)) is not in the twin \(twin): a translation defines the same runs", at: block.location))
                continue
            }
            warnings += differences(block, other, twin: twin).map { warning($0.message, at: $0.location) }
        }
        warnings += valueDifferences(translation, original, blocks: mine).map { warning($0.message, at: $0.location) }
        return Diagnostic.inDocumentOrder(warnings)
    }

    /// The inline values of `notebook`'s prose (`run.path`, format aside), in document order.
    static func values(of notebook: Notebook) -> [(text: String, location: SourceLocation)] {
        var found: [(text: String, location: SourceLocation)] = []
        for cell in notebook.cells {
            guard case let .prose(blocks, _) = cell.kind else { continue }
            for block in blocks {
                block.forEachInline { inline in
                    if case let .value(reference, _) = inline.kind { found.append((reference.run + "." + reference.pathText, inline.range.start)) }
                }
            }
        }
        return found
    }

    /// Inline values one side states and the other does not. A missing one is located at the translation's block of
    /// its run (else the top of the file).
    private static func valueDifferences(_ translation: Notebook, _ original: Notebook,
                                         blocks: [Block]) -> [(message: String, location: SourceLocation)] {
        let mine = values(of: translation), theirs = values(of: original)
        var found: [(message: String, location: SourceLocation)] = []
        var reported = Set<String>()
        for value in theirs where !mine.contains(where: { $0.text == value.text }) && reported.insert(value.text).inserted {
            let run = value.text.prefix { $0 != "." && $0 != "[" }
            let anchor = blocks.first { $0.name == run }?.location ?? SourceLocation(line: 1, column: 1)
            found.append(("the twin \(original.path):\(value.location.line) states the value {\(value.text)}, which this translation does not", anchor))
        }
        for value in mine where !theirs.contains(where: { $0.text == value.text }) {
            found.append(("the value {\(value.text)} is not stated in the twin \(original.path)", value.location))
        }
        return found
    }

    /// `run 'sgd'`, or `unnamed config block 2` (its rank among the unnamed blocks: their `run-N` names follow the
    /// cell numbers, which prose of another length shifts).
    private static func describe(_ block: Block) -> String {
        block.named ? "run '\(block.name)'" : block.name
    }

    /// The differences of settings and expectation keys between two blocks of the same name.
    private static func differences(_ mine: Block, _ theirs: Block, twin: String) -> [(message: String, location: SourceLocation)] {
        var found: [(message: String, location: SourceLocation)] = []
        let place = "\(twin):\(theirs.location.line)"
        for setting in theirs.settings {
            guard let own = mine.settings.first(where: { $0.key == setting.key }) else {
                found.append(("\(describe(mine)) lacks '\(setting.key): \(setting.text)' that its twin \(place) sets", mine.location))
                continue
            }
            if own.compared != setting.compared {
                found.append(("\(describe(mine)) sets '\(setting.key): \(own.text)' but its twin \(place) sets '\(setting.text)'", own.location))
            }
        }
        for setting in mine.settings where !theirs.settings.contains(where: { $0.key == setting.key }) {
            found.append(("\(describe(mine)) sets '\(setting.key)', which its twin \(place) does not", setting.location))
        }
        for key in theirs.expectKeys {
            guard let own = mine.expectKeys.first(where: { $0.key == key.key }) else {
                found.append(("\(describe(mine)) lacks the check 'expect: \(key.key)' of its twin \(twin):\(key.location.line)",
                              mine.expectLocation ?? mine.location))
                continue
            }
            if own.text != key.text {
                found.append(("\(describe(mine)) checks '\(key.key): \(own.text)' but its twin \(twin):\(key.location.line) checks '\(key.text)'",
                              own.location))
            }
        }
        for key in mine.expectKeys where !theirs.expectKeys.contains(where: { $0.key == key.key }) {
            found.append(("\(describe(mine)) checks 'expect: \(key.key)', which its twin \(place) does not", key.location))
        }
        return found
    }

    /// The config blocks of `notebook` in order; a block whose YAML does not load is left out (the run reports it).
    static func blocks(of notebook: Notebook) -> [Block] {
        var unnamed = 0
        let folder = URL(fileURLWithPath: notebook.path).deletingLastPathComponent()
        return notebook.cells.compactMap { cell -> Block? in
            guard case let .config(yaml) = cell.kind else { return nil }
            var name = cell.name ?? ""
            if cell.name == nil {
                unnamed += 1
                name = "unnamed config block \(unnamed)"
            }
            let loader = YAMLLoader(text: yaml, firstLine: cell.contentStart.line, indent: cell.contentIndent, path: notebook.path)
            guard let root = try? loader.load(yaml), let entries = root.entries else { return nil }
            let expect = entries.first { $0.key == "expect" }
            return Block(name: name, named: cell.name != nil, location: cell.location,
                         settings: entries.filter { $0.key != "expect" }.map { entry in
                             (entry.key, entry.value.flowText, compared(entry, folder: folder).flowText, entry.keyLocation)
                         },
                         expectKeys: expect?.value.entries?.map { ($0.key, $0.value.flowText, $0.keyLocation) } ?? [],
                         expectLocation: expect?.keyLocation)
        }
    }

    /// A setting as it is compared: a `data: {csv: PATH}` path resolved against the notebook's folder.
    private static func compared(_ entry: YAMLNode.Entry, folder: URL) -> YAMLNode {
        guard entry.key == "data", case let .mapping(entries) = entry.value.value else { return entry.value }
        let resolved = entries.map { item -> YAMLNode.Entry in
            guard item.key == "csv", let path = item.value.scalar else { return item }
            var copy = item
            copy.value = YAMLNode(.scalar(URL(fileURLWithPath: path, relativeTo: folder).standardizedFileURL.path, quoted: false),
                                  at: item.value.location)
            return copy
        }
        return YAMLNode(.mapping(resolved), at: entry.value.location)
    }

    /// Differences in the front-matter keys that change numbers.
    private static func frontMatterDifferences(_ translation: Notebook, _ original: Notebook) -> [(message: String, location: SourceLocation)] {
        let mine = frontMatterEntries(translation), theirs = frontMatterEntries(original)
        let top = SourceLocation(line: 1, column: 1)
        var found: [(message: String, location: SourceLocation)] = []
        for key in frontMatterKeys {
            let own = mine.first { $0.key == key }, other = theirs.first { $0.key == key }
            let ownText = own?.value.flowText ?? "(none)", otherText = other?.value.flowText ?? "(none)"
            if ownText != otherText {
                found.append(("front matter '\(key)' is \(ownText) here but \(otherText) in the twin \(original.path)", own?.keyLocation ?? top))
            }
        }
        return found
    }

    private static func frontMatterEntries(_ notebook: Notebook) -> [YAMLNode.Entry] {
        guard let yaml = notebook.frontMatter else { return [] }
        let loader = YAMLLoader(text: yaml, firstLine: notebook.frontMatterStartLine, path: notebook.path)
        return (try? loader.load(yaml))?.entries ?? []
    }

    /// The primary language subtag of a notebook's front-matter `lang` (`zh-CN` → `zh`), nil when it sets none.
    public static func language(of notebook: Notebook) -> String? {
        frontMatterEntries(notebook).first { $0.key == "lang" }?.value.scalar.map { String($0.lowercased().prefix { $0 != "-" }) }
    }
}
