/// Reads fuzz bytes as a recipe for deeply nested Markdown: each pair of bytes (construct, count) nests `count`
/// more levels of one construct (×64 when the construct byte's high bit is set, so 16000 levels are a few bytes
/// away); a construct byte past the known ones adds its byte as text. Block quotes and lists prefix the content
/// line, `<details>` sections surround it, emphases, strikethroughs (`~` and `~~` alternating), links and images
/// wrap it, and math, inline values and a
/// formula block nest on their own, TeX and formulas at most 4096 levels (a 32 KB formula takes seconds to render
/// under the address sanitizer, and the limits are 50 to 250).
struct DeepMarkdownRecipe {
    private var linePrefix = ""
    private var sections = 0
    private var openers: [String] = []
    private var closers: [String] = []
    private var content = "y"
    private var texDepth = 0
    private var fractions = 0
    private var formulaParentheses = 0
    private var formulaTerms = 0
    private var valueSpecs: [String] = []
    /// Bytes of nesting so far; a recipe stops growing past `budget` so one input stays quick to run.
    private var size = 0
    private let budget = 400_000

    /// The notebook the recipe `bytes` describes.
    static func notebook(from bytes: [UInt8]) -> String {
        var recipe = DeepMarkdownRecipe()
        var index = 0
        while index + 1 < bytes.count, recipe.size < recipe.budget {
            let construct = bytes[index] & 0x7F
            var count = Int(bytes[index + 1]) * (bytes[index] & 0x80 != 0 ? 64 : 1)
            if (8...13).contains(construct) { count = min(count, 4096) }  // TeX past 4096 levels only costs time
            recipe.add(construct: construct, count: count, byte: bytes[index + 1])
            index += 2
        }
        return recipe.text
    }

    private mutating func add(construct: UInt8, count: Int, byte: UInt8) {
        size += count * 4
        let alternating = (0..<count).map { $0 % 2 == 0 ? "*" : "_" }
        switch construct {
        case 0: linePrefix += String(repeating: ">", count: count)
        case 1: linePrefix += String(repeating: "- ", count: count)
        case 2: linePrefix += String(repeating: "1. ", count: count)
        case 3: wrap(alternating.map { $0 + "x " }, alternating.map { " x" + $0 })
        case 4: wrap(alternating.map { $0 + $0 }, alternating.map { $0 + $0 })
        case 5: wrap(Array(repeating: "[", count: count), Array(repeating: "](u)", count: count))
        case 6: wrap(Array(repeating: "![", count: count), Array(repeating: "](u)", count: count))
        case 7: sections += count
        case 8: texDepth += count
        case 9: fractions += count
        case 10: formulaParentheses += count
        case 11: formulaTerms += count
        case 12: valueSpecs.append(String(count) + (byte % 2 == 0 ? "" : ".\(byte)f"))
        case 13: content += "$x_" + String(repeating: "{", count: count) + "1" + String(repeating: "}", count: count) + "$"
        case 14:
            let tildes = (0..<count).map { $0 % 2 == 0 ? "~" : "~~" }
            wrap(tildes.map { $0 + "x " }, tildes.map { " x" + $0 })
        default:
            let scalar = Unicode.Scalar(byte)
            content.append(byte >= 0x20 && byte < 0x7F ? Character(scalar) : " ")
        }
    }

    private mutating func wrap(_ opening: [String], _ closing: [String]) {
        openers += opening
        closers = closing.reversed() + closers
    }

    /// The notebook: the nested content line, its math and values, then a formula block.
    private var text: String {
        let tex = String(repeating: "{", count: texDepth) + String(repeating: "\\frac{1}{", count: fractions) + "x"
            + String(repeating: "}", count: texDepth + fractions)
        let values = valueSpecs.map { " `{r.epochs:\($0)}`" }.joined()
        let line = linePrefix + " " + openers.joined() + content + " $" + tex + "$" + values + closers.joined() + "\n\n"
        let details = String(repeating: "<details>\n\n", count: sections) + line + String(repeating: "</details>\n\n", count: sections)
        let formula = "f(x) = " + String(repeating: "(", count: formulaParentheses) + "x" + String(repeating: ")", count: formulaParentheses)
            + String(repeating: " + x", count: formulaTerms)
        return "# Deep\n\n" + details + "```formula f\n" + formula + "\n```\n\n```config r\nobjective: f\nstart: {x: 1}\n```\n"
    }
}
