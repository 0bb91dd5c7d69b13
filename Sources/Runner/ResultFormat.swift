import Notebook

/// Short number formatting for status lines.
enum ResultFormat {
    static func number(_ value: Double) -> String { NumberFormat.significant(value, digits: 4) }
    static func small(_ value: Double) -> String { NumberFormat.significant(value, digits: 2) }
}
