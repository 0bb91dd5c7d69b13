import Foundation

/// Python's format-spec mini-language for numbers, as inline values use it: `[[fill]align][sign][#][0][width]
/// [,|_][.precision][type]` with types `f`/`F`, `e`/`E`, `g`/`G`, `%`, `d` and none (`{x:.3f}`, `{x:.2e}`,
/// `{x:.1%}`, `{n:,d}`). Digits are locale-free and follow Python's rules (`format(0.00001234, '.3g')` is
/// `1.23e-05`).
public struct PythonFormat: Hashable, Sendable {
    /// Why a spec cannot format a value.
    public struct Failure: Error, Hashable, Sendable {
        /// Lower-case message.
        public var message: String
        /// Help, if any.
        public var hint: String?

        /// Creates a failure.
        public init(message: String, hint: String? = nil) {
            self.message = message
            self.hint = hint
        }
    }

    var fill: Character = " "
    var align: Character?
    var sign: Character = "-"
    var alternate = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    /// Parses `spec`.
    public init(_ spec: String) throws {
        var rest = Substring(spec)
        if rest.count >= 2, "<>^=".contains(rest[rest.index(after: rest.startIndex)]) {
            fill = rest.removeFirst()
            align = rest.removeFirst()
        } else if let first = rest.first, "<>^=".contains(first) {
            align = rest.removeFirst()
        }
        if let first = rest.first, "+- ".contains(first) { sign = rest.removeFirst() }
        if rest.first == "#" { alternate = true; rest.removeFirst() }
        if rest.first == "0", align == nil { fill = "0"; align = "="; rest.removeFirst() }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        width = Int(digits) ?? 0
        rest = rest.dropFirst(digits.count)
        if let first = rest.first, first == "," || first == "_" { grouping = rest.removeFirst() }
        if rest.first == "." {
            rest.removeFirst()
            let decimals = rest.prefix { $0.isASCII && $0.isNumber }
            guard let value = Int(decimals), value <= 50 else {
                throw Failure(message: "format '\(spec)' has no precision after '.'", hint: "write e.g. .3f, .4g or .2e")
            }
            precision = value
            rest = rest.dropFirst(decimals.count)
        }
        if let first = rest.first, "fFeEgG%d".contains(first), rest.count == 1 {
            type = first
            rest.removeFirst()
        }
        guard rest.isEmpty else {
            throw Failure(message: "unknown format '\(spec)'", hint: "use a Python format: .3f (fixed), .4g (significant), .2e (scientific), .1% (percent), d (whole number)")
        }
    }

    /// `value` formatted; `isInteger` says it came from a whole-number field (epochs), which `d` requires.
    public func format(_ value: Double, isInteger: Bool = false) throws -> String {
        if type == "d" {
            guard isInteger, let whole = Int(exactly: value) else {
                throw Failure(message: "format 'd' needs a whole number, and this value is \(NumberFormat.significant(value))",
                              hint: "use .0f to round it")
            }
            return padded(sign: whole < 0 ? "-" : signText(positive: true), digits: grouped(String(whole.magnitude)))
        }
        if let spelled = NumberFormat.nonFinite(value, in: .text) { return padded(sign: "", digits: spelled) }
        let negative = value.sign == .minus && value != 0 || (value == 0 && value.sign == .minus)
        let digits = body(abs(value), isInteger: isInteger)
        return padded(sign: negative ? "-" : signText(positive: true), digits: digits)
    }

    private func signText(positive: Bool) -> String {
        switch sign {
        case "+": return "+"
        case " ": return " "
        default: return ""
        }
    }

    /// The digits of a non-negative finite `magnitude`.
    private func body(_ magnitude: Double, isInteger: Bool) -> String {
        switch type {
        case "f", "F": return grouped(fixed(magnitude, precision ?? 6))
        case "%": return grouped(fixed(magnitude * 100, precision ?? 6)) + "%"
        case "e", "E":
            let text = String(format: "%.\(precision ?? 6)e", magnitude)
            return type == "E" ? text.uppercased() : text
        case "g", "G":
            let text = general(magnitude, precision ?? 6, keepPoint: false)
            return type == "G" ? text.uppercased() : text
        default:
            if isInteger, precision == nil, let whole = Int(exactly: magnitude) { return grouped(String(whole)) }
            if precision == nil { return grouped(Self.shortest(magnitude)) }
            return general(magnitude, precision ?? 12, keepPoint: true)
        }
    }

    private func fixed(_ magnitude: Double, _ decimals: Int) -> String {
        var text = String(format: "%.\(decimals)f", magnitude)
        if alternate, decimals == 0 { text += "." }
        return text
    }

    /// Python's `g` (and, with `keepPoint`, the general format of an empty type that keeps one decimal).
    private func general(_ magnitude: Double, _ requested: Int, keepPoint: Bool) -> String {
        let precision = max(requested, 1)
        let scientific = String(format: "%.\(precision - 1)e", magnitude)
        let exponent = Int(scientific.split(separator: "e").last ?? "0") ?? 0
        if magnitude != 0, exponent < -4 || exponent >= precision {
            return stripped(String(scientific.split(separator: "e")[0])) + "e" + String(scientific.split(separator: "e")[1])
        }
        let decimals = max(precision - 1 - (magnitude == 0 ? 0 : exponent), 0)
        let text = stripped(String(format: "%.\(decimals)f", magnitude))
        return keepPoint && !text.contains(".") ? text + ".0" : grouped(text)
    }

    /// Trailing zeros and a bare point removed (unless `#`).
    private func stripped(_ text: String) -> String {
        guard !alternate, text.contains(".") else { return text }
        var result = text
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return result
    }

    /// Python's `repr` of a float: the shortest digits that read back as the same value.
    static func shortest(_ magnitude: Double) -> String {
        let text = "\(magnitude)"
        return text
    }

    /// Thousands separators in the integer part.
    private func grouped(_ digits: String) -> String {
        guard let grouping else { return digits }
        let integer = digits.prefix { $0.isNumber }
        let rest = digits.dropFirst(integer.count)
        var result = ""
        for (offset, character) in integer.enumerated() {
            if offset > 0, (integer.count - offset) % 3 == 0 { result.append(grouping) }
            result.append(character)
        }
        return result + rest
    }

    /// Sign and digits padded to the width with the fill, as aligned.
    private func padded(sign: String, digits: String) -> String {
        let length = sign.count + digits.count
        guard width > length else { return sign + digits }
        let padding = String(repeating: fill, count: width - length)
        switch align ?? ">" {
        case "<": return sign + digits + padding
        case "^":
            let left = padding.prefix(padding.count / 2)
            return left + sign + digits + padding.dropFirst(left.count)
        case "=": return sign + padding + digits
        default: return padding + sign + digits
        }
    }
}
