/// Finds `$…$` and `$$…$$` math in Markdown prose and replaces each span with a placeholder token,
/// so that cmark neither mangles the TeX (backslash escapes, emphasis) nor sees it.
///
/// Rules (as pandoc's `tex_math_dollars`): an opening `$` must be followed by a non-space, a closing `$`
/// preceded by a non-space and not followed by a digit; inline math does not cross a blank line; `\$` is a
/// literal dollar; code spans (backtick runs) and the given code-block lines are copied untouched.
struct MathScanner {
    /// The text with math replaced by placeholders.
    private(set) var output: [UInt8] = []
    /// `lineMap[k]` is the document line (1-based) of output line k+1.
    private(set) var lineMap: [Int] = [1]
    /// The spans found.
    private(set) var spans: [MathSpan] = []

    private let input: [UInt8]
    private let skippedLines: Set<Int>
    private var index = 0
    private var line = 1
    private var lineStart = 0

    /// Scans `text`, leaving the 1-based lines in `codeLines` alone.
    init(_ text: String, codeLines: Set<Int>) {
        input = Array(text.utf8)
        skippedLines = codeLines
        scan()
    }

    private mutating func scan() {
        while index < input.count {
            if skippedLines.contains(line) {
                copy(1)
                continue
            }
            let byte = input[index]
            if byte == UInt8(ascii: "\\"), index + 1 < input.count, input[index + 1] != UInt8(ascii: "\n") {
                copy(2)
            } else if byte == UInt8(ascii: "`") {
                copyCodeSpan()
            } else if byte == UInt8(ascii: "$"), let span = mathSpan() {
                emit(span)
            } else {
                copy(1)
            }
        }
    }

    /// Copies `count` bytes, keeping line bookkeeping.
    private mutating func copy(_ count: Int) {
        for _ in 0..<count where index < input.count {
            let byte = input[index]
            output.append(byte)
            index += 1
            if byte == UInt8(ascii: "\n") { advanceLine(emitted: true) }
        }
    }

    private mutating func advanceLine(emitted: Bool) {
        line += 1
        lineStart = index
        if emitted { lineMap.append(line) }
    }

    private func runLength(at position: Int, of byte: UInt8) -> Int {
        var end = position
        while end < input.count, input[end] == byte { end += 1 }
        return end - position
    }

    /// Copies a backtick code span verbatim (or just the backticks when the run is never closed).
    private mutating func copyCodeSpan() {
        let tick = UInt8(ascii: "`")
        let length = runLength(at: index, of: tick)
        var probe = index + length
        while probe < input.count {
            if input[probe] == tick {
                let run = runLength(at: probe, of: tick)
                if run == length {
                    copy(probe + run - index)
                    return
                }
                probe += run
            } else {
                if input[probe] == UInt8(ascii: "\n"), isBlankLine(after: probe) { break }
                probe += 1
            }
        }
        copy(length)
    }

    private func isBlankLine(after newline: Int) -> Bool {
        var probe = newline + 1
        while probe < input.count, input[probe] == UInt8(ascii: " ") || input[probe] == UInt8(ascii: "\t") { probe += 1 }
        return probe >= input.count || input[probe] == UInt8(ascii: "\n")
    }

    private struct Found {
        var contentStart: Int
        var contentEnd: Int
        var end: Int
        var display: Bool
    }

    /// The math span opening at `index`, if the dollars there open one that closes.
    private func mathSpan() -> Found? {
        let dollar = UInt8(ascii: "$")
        let display = index + 1 < input.count && input[index + 1] == dollar
        let start = index + (display ? 2 : 1)
        guard start < input.count else { return nil }
        if !display, isSpace(input[start]) { return nil }
        var probe = start
        while probe < input.count {
            let byte = input[probe]
            if byte == UInt8(ascii: "\\") { probe += 2; continue }
            if byte == UInt8(ascii: "\n"), isBlankLine(after: probe) { return nil }
            if byte == dollar {
                if display {
                    if probe + 1 < input.count, input[probe + 1] == dollar, probe > start {
                        return Found(contentStart: start, contentEnd: probe, end: probe + 2, display: true)
                    }
                } else if !isSpace(input[probe - 1]), !(probe + 1 < input.count && isDigit(input[probe + 1])) {
                    return Found(contentStart: start, contentEnd: probe, end: probe + 1, display: false)
                }
            }
            probe += 1
        }
        return nil
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
    private func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    private mutating func emit(_ found: Found) {
        let column = found.contentStart - lineStart + 1
        let location = SourceLocation(line: line, column: column)
        let tex = String(decoding: input[found.contentStart..<found.contentEnd], as: UTF8.self)
        let placeholder = "nbrunmath\(spans.count)x"
        spans.append(MathSpan(tex: tex, display: found.display, location: location, placeholder: placeholder))
        output.append(contentsOf: Array(placeholder.utf8))
        while index < found.end {
            if input[index] == UInt8(ascii: "\n") {
                index += 1
                advanceLine(emitted: false)
            } else {
                index += 1
            }
        }
    }
}
