import Notebook
import Results

/// The notebook's front matter: title, language, default seed, params and per-run defaults.
public struct FrontMatter: Sendable {
    /// Page title, if given.
    public var title: String?
    /// `<html lang>`.
    public var lang: String = "en"
    /// Default seed of every random choice.
    public var seed: UInt64 = 0
    /// Parameters in order, after `-p` overrides (value nodes).
    public var params: [(name: String, value: YAMLNode)] = []
    /// Keys merged into every config block.
    public var defaults: YAMLNode?
    /// The chapter's place in a course without a syllabus (`order:`), before the file name.
    public var order: Int?
    /// One sentence about the course or chapter, for a landing page (`description:`).
    public var description: String?
    /// The course's repository and address, from a syllabus (`index.md`) only (`FrontMatter+Site.swift`).
    public var site = SiteSettings()

    /// Empty front matter (all defaults).
    public init() {}

    /// Parses front-matter YAML located at `firstLine`, applying `overrides` (from `-p name=value`).
    ///
    /// - Returns: the front matter and warnings (e.g. an override for a param the notebook does not declare).
    public static func parse(_ yaml: String?, firstLine: Int, path: String, overrides: [(String, String)]) throws -> (FrontMatter, [Diagnostic]) {
        var result = FrontMatter()
        var warnings: [Diagnostic] = []
        let reader = NodeReader(path: path)
        if let yaml {
            let root = try YAMLLoader(text: yaml, firstLine: firstLine, path: path).load(yaml)
            if case .null = root.value { return (result, warnings) }
            let keys = ["title", "lang", "seed", "params", "defaults", "order", "description"] + siteKeys
            for entry in try reader.entries(root, of: "front matter", allowed: keys) {
                switch entry.key {
                case "title": result.title = try reader.string(entry.value, key: "title")
                case "lang": result.lang = try language(entry.value, reader: reader)
                case "order": result.order = try reader.int(entry.value, key: "order", range: -1_000_000...1_000_000)
                case "description": result.description = try reader.string(entry.value, key: "description")
                case "seed": result.seed = UInt64(try reader.int(entry.value, key: "seed", range: 0...Int(Int32.max)))
                case "params":
                    result.params = try reader.entries(entry.value, of: "params", allowed: entry.value.entries?.map(\.key) ?? [])
                        .map { (name: $0.key, value: $0.value) }
                case "defaults":
                    _ = try reader.entries(entry.value, of: "defaults", allowed: Vocabulary.runKeys.filter { !["extends", "sweep", "compare", "expect", "columns"].contains($0) })
                    result.defaults = entry.value
                case let key where siteKeys.contains(key):
                    try readSite(entry, into: &result.site, reader: reader)
                default: break
                }
            }
        }
        for (name, value) in overrides {
            guard let index = result.params.firstIndex(where: { $0.name == name }) else {
                let declared = result.params.map(\.name)
                let hint = name == "seed" ? "the seed is not a parameter: use --seed \(value)"
                    : (declared.isEmpty ? "declare it under 'params:' in the front matter" : Suggestion.hint(for: name, in: declared))
                warnings.append(Diagnostic(.warning, "-p \(name)=\(value) sets a parameter this notebook does not declare", at: nil, file: path,
                                           hint: hint))
                continue
            }
            let location = result.params[index].value.location
            result.params[index].value = YAMLNode(.scalar(value, quoted: false), at: location)
        }
        return (result, warnings)
    }

    private static func language(_ node: YAMLNode, reader: NodeReader) throws -> String {
        let text = try reader.string(node, key: "lang")
        let valid = !text.isEmpty && text.count <= 35 && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        guard valid else { throw reader.error("'lang' must be a language tag such as en, de or zh-Hans", at: node) }
        return text
    }
}
