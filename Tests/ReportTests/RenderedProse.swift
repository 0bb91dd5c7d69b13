import Foundation

/// Reading rendered prose HTML back in tests: math shown as its TeX, and the text a reader sees.
enum RenderedProse {
    private static let math = try! NSRegularExpression(
        pattern: "<math[^>]*>.*?<annotation encoding=\"application/x-tex\">(.*?)</annotation></semantics></math>",
        options: [.dotMatchesLineSeparators])
    private static let mathError = try! NSRegularExpression(
        pattern: "<span class=\"math-error\"[^>]*>\\${1,2}(.*?)\\${1,2}</span>", options: [.dotMatchesLineSeparators])
    private static let tag = try! NSRegularExpression(pattern: "<[^>]*>")
    /// The box around display math that scrolls on narrow screens: part of the math's rendering.
    private static let displayBox = try! NSRegularExpression(
        pattern: "<span class=\"math-display\">(<math display=\"block\">.*?</math>)</span>", options: [.dotMatchesLineSeparators])

    /// `html` with each math element and each invalid-TeX span replaced by `[TeX]` (TeX as escaped in the page).
    static func mathAsTeX(_ html: String) -> String {
        replacing(replacing(replacing(html, displayBox, "$1"), math, "[$1]"), mathError, "[$1]")
    }

    /// `html` with each math element and invalid-TeX span replaced by `replacement(i)` for the i-th (from 0).
    static func mathReplaced(_ html: String, by replacement: (Int) -> String) -> String {
        let marked = replacing(replacing(replacing(html, displayBox, "$1"), math, "\u{1}"), mathError, "\u{1}")
        var result = "", index = 0
        for character in marked {
            if character == "\u{1}" {
                result += replacement(index)
                index += 1
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The characters a reader sees: tags removed (math as its TeX), the page's escapes resolved.
    static func visibleText(_ html: String) -> String {
        replacing(mathAsTeX(html), tag, "")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    private static func replacing(_ text: String, _ pattern: NSRegularExpression, _ template: String) -> String {
        pattern.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}
