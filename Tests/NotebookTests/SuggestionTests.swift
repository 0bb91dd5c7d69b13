import Notebook
import XCTest

/// The one did-you-mean, shared by Config (YAML keys and values) and Formula (TeX commands).
final class SuggestionTests: XCTestCase {
    func testNearMissesAreSuggested() {
        XCTAssertEqual(Suggestion.closest(to: "adma", in: ["adam", "adamw", "gd"]), "adam")
        XCTAssertEqual(Suggestion.closest(to: "frca", in: ["frac", "fbox"]), "frac")
        XCTAssertNil(Suggestion.closest(to: "banana", in: ["adam", "gd"]))
    }

    func testCaseUnderscoreAndHyphenSlipsWinOutright() {
        XCTAssertEqual(Suggestion.closest(to: "earlystopping", in: ["epochs", "early_stopping"]), "early_stopping")
        XCTAssertEqual(Suggestion.closest(to: "Log-Scale", in: ["lr", "log_scale"]), "log_scale")
        XCTAssertEqual(Suggestion.closest(to: "Alpha", in: ["beta", "alpha"]), "alpha")
    }

    func testThresholdGrowsWithTheWordLength() {
        XCTAssertEqual(Suggestion.closest(to: "ab", in: ["ax"]), "ax", "one edit for up to three characters")
        XCTAssertNil(Suggestion.closest(to: "abc", in: ["axy"]))
        XCTAssertEqual(Suggestion.closest(to: "abcdef", in: ["abcxyf"]), "abcxyf", "two edits for four to six")
        XCTAssertNil(Suggestion.closest(to: "abcdef", in: ["axyzef"]))
        XCTAssertEqual(Suggestion.closest(to: "abcdefg", in: ["axyzefg"]), "axyzefg", "three edits for seven to nine")
    }

    func testTiesGoToTheCaseSensitiveMatchThenToTheFirst() {
        XCTAssertEqual(Suggestion.closest(to: "Gama", in: ["gamma", "Gamma"]), "Gamma")
        XCTAssertEqual(Suggestion.closest(to: "Vmatrx", in: ["vmatrix", "Vmatrix"]), "Vmatrix")
        XCTAssertEqual(Suggestion.closest(to: "ab", in: ["ax", "ay"]), "ax")
    }

    func testEditDistanceCountsAdjacentSwapsAsOne() {
        XCTAssertEqual(Suggestion.editDistance("alpah", "alpha"), 1)
        XCTAssertEqual(Suggestion.editDistance("", "abc"), 3)
        XCTAssertEqual(Suggestion.editDistance("kitten", "sitting"), 3)
        XCTAssertEqual(Suggestion.editDistance("Gamma", "gamma"), 1)
    }

    func testHintFallsBackToTheAllowedValues() {
        XCTAssertEqual(Suggestion.hint(for: "adma", in: ["adam", "gd"]), "did you mean 'adam'?")
        XCTAssertEqual(Suggestion.hint(for: "zzz", in: ["adam", "gd"]), "expected one of: adam, gd")
    }
}
