/// Decimal numbers read straight from CSV bytes, giving exactly what `Double(String)` gives for the same text.
///
/// Fast path (Clinger): a plain decimal `[+-]digits[.digits][e[+-]digits]` whose significand has at most 19 digits
/// and is below 2⁵³, with a net power of ten within ±22: both `m` and `10^|e|` are exact doubles, so one
/// multiplication or division, correctly rounded by IEEE 754, is the correctly rounded value. Anything else (more
/// digits, larger exponents, `inf`, `nan`, hexadecimal, stray characters) goes to `Double(String)` itself.
enum CSVNumber {
    /// Exact powers of ten `10⁰ … 10²²`.
    private static let powers: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// The number `bytes` spell, or nil where `Double(String)` gives nil.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        fast(bytes) ?? Double(String(decoding: bytes, as: UTF8.self))
    }

    /// The fast-path value, or nil when the text is outside the fast path (not necessarily invalid).
    @inline(__always)
    private static func fast(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let count = bytes.count
        var i = 0
        guard count > 0 else { return nil }
        let negative = bytes[0] == UInt8(ascii: "-")
        if negative || bytes[0] == UInt8(ascii: "+") { i = 1 }
        var significand: UInt64 = 0, digits = 0, fractionDigits = 0, sawPoint = false
        while i < count {
            let byte = bytes[i]
            if byte &- 48 < 10 {
                if digits > 0 || byte != 48 { digits += 1 }
                guard digits <= 19 else { return nil }
                significand = significand &* 10 &+ UInt64(byte &- 48)
                if sawPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                break
            }
            i += 1
        }
        let mantissaEnd = i
        guard mantissaEnd > (negative || bytes[0] == UInt8(ascii: "+") ? 1 : 0) + (sawPoint ? 1 : 0) else { return nil }
        var exponent = 0
        if i < count {
            guard bytes[i] | 0x20 == UInt8(ascii: "e"), i + 1 < count else { return nil }
            i += 1
            let negativeExponent = bytes[i] == UInt8(ascii: "-")
            if negativeExponent || bytes[i] == UInt8(ascii: "+") { i += 1 }
            guard i < count, count - i <= 4 else { return nil }
            while i < count {
                let digit = bytes[i] &- 48
                guard digit < 10 else { return nil }
                exponent = exponent * 10 + Int(digit)
                i += 1
            }
            if negativeExponent { exponent = -exponent }
        }
        exponent -= fractionDigits
        guard significand < 1 << 53, exponent >= -22, exponent <= 22 else { return nil }
        var value = Double(significand)
        value = exponent < 0 ? value / powers[-exponent] : value * powers[exponent]
        return negative ? -value : value
    }
}
