import Notebook
import Output

/// Short number formatting for the runner's messages (4 significant digits).
enum ResultFormat {
    static func number(_ value: Double) -> String { NumberFormat.significant(value, digits: 4) }
}
