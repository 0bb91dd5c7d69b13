@testable import Runner
import Engine
import XCTest

/// The CSV number parser gives exactly what `Double(String)` gives, on its fast path and off it.
final class CSVNumberTests: XCTestCase {
    private func parse(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { CSVNumber.parse($0) }
    }

    private func assertSame(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let expected = Double(text), actual = parse(text)
        XCTAssertEqual(actual?.bitPattern, expected?.bitPattern, "'\(text)'", file: file, line: line)
    }

    func testEdgeCasesMatchTheStandardLibrary() {
        let texts = ["0", "-0", "+0", "-0.0", "1", "+1", "-1.5", ".5", "5.", ".", "-", "+", "", "e5", "1e5", "1E+05", "1e-5",
                     "1e", "1e+", "1e-", "1.5.2", "1,5", " 1", "1 ", "0x1p3", "inf", "-inf", "nan", "NaN", "Infinity",
                     "1e22", "1e23", "1e-22", "1e-23", "9007199254740991", "9007199254740993", "12345678901234567890",
                     "0.1", "0.3", "123456.789e-3", "1e400", "-1e400", "1e-400", "4.9e-324", "2.2250738585072014e-308",
                     "00012.5000", "1e0000", "1e00001", "0.000000000000000000000000001", "1_0", "١"]
        for text in texts { assertSame(text) }
    }

    func testRandomDecimalsMatchTheStandardLibrary() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<20000 {
            let digits = Int(generator.next() % 20) + 1
            var text = generator.next() % 2 == 0 ? "-" : ""
            for index in 0..<digits {
                if index == Int(generator.next() % UInt64(digits)) { text += "." }
                text += String(generator.next() % 10)
            }
            if generator.next() % 3 == 0 { text += "e\(Int(generator.next() % 61) - 30)" }
            assertSame(text)
            assertSame("\(Double(bitPattern: generator.next() >> 1))")
        }
    }
}
