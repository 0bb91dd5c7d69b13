import PythonSyntax
import XCTest

/// The one escaper per Python context, with every character that ends a line for Python or for the tools that
/// show Python, NUL (which Python rejects anywhere in a file), quotes, backslashes and triple quotes.
final class PythonSourceTests: XCTestCase {
    /// Text that tries to leave a comment or a string and run code.
    private let hostile = [
        "a\rimport os", "a\nimport os", "a\r\nimport os", "a\u{2028}import os", "a\u{2029}import os", "a\u{85}import os",
        "a\u{0B}import os", "a\u{0C}import os", "a\u{0}b", "a\"b'c", "a\\", "a\"\"\"b", "a\u{1C}\u{1D}\u{1E}b", "a\u{202E}b",
    ]

    /// Line breaks Python's tokenizer or `str.splitlines` sees.
    private static let breaks: [Unicode.Scalar] = ["\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1D}", "\u{1E}", "\u{85}", "\u{2028}", "\u{2029}"]

    func testEveryCommentLineStartsWithAHashAndHoldsNoLineBreakOrControl() {
        for text in hostile {
            for line in PythonSource.comment(text, indent: "    ").split(separator: "\n", omittingEmptySubsequences: false) {
                XCTAssertTrue(line.hasPrefix("    #"), "\(text.debugDescription): \(line.debugDescription)")
                XCTAssertFalse(line.unicodeScalars.contains { Self.breaks.contains($0) || $0.value < 0x20 && $0 != "\t" },
                               "\(text.debugDescription): \(line.debugDescription)")
            }
        }
    }

    func testLineBreaksStartNewCommentLinesAndControlsShowAsEscapes() {
        XCTAssertEqual(PythonSource.comment("Heading\rimport os;os.system('x')#"), "# Heading\n# import os;os.system('x')#")
        XCTAssertEqual(PythonSource.comment("a\r\nb\n\nc"), "# a\n# b\n#\n# c", "CRLF is one break; an empty line is a bare #")
        XCTAssertEqual(PythonSource.comment("a\u{2028}b\u{2029}c\u{85}d\u{0B}e\u{0C}f"), "# a\n# b\n# c\n# d\n# e\n# f")
        XCTAssertEqual(PythonSource.comment("a\u{0}b\u{7F}c\u{202E}d\u{1B}e\tf"), "# a\\x00b\\x7fc\\u202ed\\x1be\tf")
        XCTAssertEqual(PythonSource.comment("say \"\"\" and \\ and '"), "# say \"\"\" and \\ and '", "quotes are text in a comment")
        XCTAssertEqual(PythonSource.comment("概率 é 😀"), "# 概率 é 😀")
    }

    func testStringLiteralsEscapeEveryBreakControlQuoteAndBackslash() {
        XCTAssertEqual(PythonSource.string("plain-name s[gd]"), "\"plain-name s[gd]\"")
        XCTAssertEqual(PythonSource.string("a\"b'c\\d"), "\"a\\\"b'c\\\\d\"")
        XCTAssertEqual(PythonSource.string("\"\"\""), "\"\\\"\\\"\\\"\"")
        XCTAssertEqual(PythonSource.string("a\rb\nc\td\r\n"), "\"a\\rb\\nc\\td\\r\\n\"")
        XCTAssertEqual(PythonSource.string("\u{0}\u{0B}\u{0C}\u{1C}\u{7F}\u{85}"), "\"\\x00\\x0b\\x0c\\x1c\\x7f\\x85\"")
        XCTAssertEqual(PythonSource.string("\u{2028}\u{2029}\u{202E}\u{2066}\u{FEFF}"), "\"\\u2028\\u2029\\u202e\\u2066\\ufeff\"")
        XCTAssertEqual(PythonSource.string("数据 é 😀"), "\"数据 é 😀\"")
        for text in hostile {
            let literal = PythonSource.string(text)
            XCTAssertFalse(literal.unicodeScalars.contains { Self.breaks.contains($0) || $0.value < 0x20 }, literal)
            XCTAssertEqual(Self.unquote(literal), text, "the literal reads back as the text")
        }
    }

    func testIdentifiersAreASCIIWordsAvoidingKeywordsAndReservedNames() {
        XCTAssertEqual(PythonSource.identifier("run_s[gd]"), "run_s_gd_")
        XCTAssertEqual(PythonSource.identifier("w_1"), "w_1")
        XCTAssertEqual(PythonSource.identifier("1st"), "_1st")
        XCTAssertEqual(PythonSource.identifier(""), "_")
        XCTAssertEqual(PythonSource.identifier("lambda"), "lambda_")
        XCTAssertEqual(PythonSource.identifier("torch", reserved: ["torch"]), "torch_")
        XCTAssertEqual(PythonSource.identifier("match"), "match", "soft keywords are names")
        XCTAssertEqual(PythonSource.identifier("α"), "_")
        for text in hostile + ["x\"\"\"y", "a b(c)", "é"] {
            let name = PythonSource.identifier(text)
            XCTAssertTrue(name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }, name)
            XCTAssertFalse(name.first?.isNumber ?? true, name)
            XCTAssertFalse(PythonSource.keywords.contains(name), name)
        }
    }

    func testLineBreaksAreWhatPythonAndSplitlinesBreakAt() {
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(PythonSource.isLineBreak(scalar), Self.breaks.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }

    /// The value of a literal `PythonSource.string` writes (its escapes only), as Python reads it.
    private static func unquote(_ literal: String) -> String {
        var scalars = Array(literal.unicodeScalars.dropFirst().dropLast())[...]
        var result = ""
        while let scalar = scalars.popFirst() {
            guard scalar == "\\", let kind = scalars.popFirst() else { result.unicodeScalars.append(scalar); continue }
            switch kind {
            case "n": result += "\n"
            case "r": result += "\r"
            case "t": result += "\t"
            case "x", "u":
                let count = kind == "x" ? 2 : 4
                let hex = String(String.UnicodeScalarView(scalars.prefix(count)))
                scalars = scalars.dropFirst(count)
                result.unicodeScalars.append(Unicode.Scalar(UInt32(hex, radix: 16)!)!)
            default: result.unicodeScalars.append(kind)
            }
        }
        return result
    }
}
