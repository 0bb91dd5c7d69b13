import Notebook
import Output

/// Short number formatting for status lines.
enum ResultFormat {
    static func number(_ value: Double) -> String { NumberFormat.significant(value, digits: 4) }
    static func small(_ value: Double) -> String { NumberFormat.significant(value, digits: 2) }
    /// `1 step`, `2 steps`.
    static func count(_ value: Int, _ noun: String) -> String { value == 1 ? "1 \(noun)" : "\(value) \(noun)s" }
}
