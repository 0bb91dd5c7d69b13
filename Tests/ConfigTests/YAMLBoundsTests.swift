@testable import Config
import Foundation
import Notebook
import XCTest

/// Hostile YAML: anchors and aliases refused before Yams expands them, size, depth and node limits, and duplicate
/// keys located at the duplicate.
final class YAMLBoundsTests: XCTestCase {
    private func load(_ yaml: String, firstLine: Int = 10, indent: Int = 0) -> Diagnostic? {
        do {
            _ = try YAMLLoader(text: yaml, firstLine: firstLine, indent: indent, path: "nb.md").load(yaml)
            return nil
        } catch let diagnostic as Diagnostic {
            return diagnostic
        } catch {
            XCTFail("unexpected \(error)")
            return nil
        }
    }

    private func bomb(levels: Int, width: Int) -> String {
        var lines = ["a0: &a0 [" + Array(repeating: "x", count: width).joined(separator: ", ") + "]"]
        for level in 1..<levels {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: width).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n")
    }

    func testAliasBombIsRefusedQuicklyAtTheFirstAnchor() throws {
        let yaml = bomb(levels: 10, width: 9)
        XCTAssertLessThan(yaml.utf8.count, 600)
        // Refused by the guard at the first anchor (this message and place), before anything is expanded.
        let diagnostic = try XCTUnwrap(load(yaml))
        XCTAssertEqual(diagnostic.message, "YAML anchor '&a0' is not supported in notebooks")
        XCTAssertEqual(diagnostic.location, SourceLocation(line: 10, column: 5))
    }

    func testAliasWithoutAnchorIsLocatedAtTheAlias() throws {
        let diagnostic = try XCTUnwrap(load("epochs: 3\nlr: [1, *rate]", indent: 2))
        XCTAssertEqual(diagnostic.message, "YAML alias '*rate' is not supported in notebooks")
        XCTAssertEqual(diagnostic.location, SourceLocation(line: 11, column: 11))
    }

    func testScannerFindsEveryNodePosition() {
        for (yaml, column) in [("- *a", 3), ("k: {x: *a}", 8), ("[1,*a]", 4), ("? &k x\n: 1", 3), ("k:\n  - &é 1", 5)] {
            XCTAssertNotNil(YAMLGuard.firstAnchorOrAlias(in: yaml), yaml)
            XCTAssertEqual(YAMLGuard.firstAnchorOrAlias(in: yaml)?.column, column, yaml)
        }
    }

    func testScannerIgnoresTextThatIsNoAnchor() {
        let harmless = ["lr: 2*3", "title: \"a *b\"", "title: 'it *is* &so'", "k: v # &c *d", "name: a &b",
                        "note: |\n  - *not an alias\n  &neither\nafter: 1", "x: a*b&c"]
        for yaml in harmless {
            XCTAssertNil(YAMLGuard.firstAnchorOrAlias(in: yaml), yaml)
            XCTAssertNil(load(yaml), yaml)
        }
    }

    func testOversizedDocumentIsRefused() throws {
        let yaml = "title: \"" + String(repeating: "a", count: YAMLGuard.maxBytes) + "\""
        let diagnostic = try XCTUnwrap(load(yaml))
        XCTAssertTrue(diagnostic.message.hasPrefix("YAML block is 65545 bytes; at most 65536"), diagnostic.message)
        XCTAssertEqual(diagnostic.location, SourceLocation(line: 10, column: 1))
    }

    func testDeepNestingIsLocatedAtTheTooDeepNode() throws {
        let yaml = "k: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        let diagnostic = try XCTUnwrap(load(yaml))
        XCTAssertEqual(diagnostic.message, "YAML nesting is deeper than 32 levels")
        XCTAssertEqual(diagnostic.location, SourceLocation(line: 10, column: 36))
        XCTAssertNil(load("k: " + String(repeating: "[", count: 30) + String(repeating: "]", count: 30)))
    }

    func testTooManyNodesAreRefused() throws {
        let yaml = "k: [" + Array(repeating: "1", count: YAMLGuard.maxNodes).joined(separator: ",") + "]"
        let start = Date()
        let diagnostic = try XCTUnwrap(load(yaml))
        // Measured 0.23 s (debug build, loaded machine): 22× under the bound; O(line length) per node takes minutes.
        XCTAssertLessThan(Date().timeIntervalSince(start), 5, "locating a node must not cost O(line length)")
        XCTAssertEqual(diagnostic.message, "YAML document has more than 20000 values")
        XCTAssertEqual(diagnostic.location?.line, 10)
    }

    func testDuplicateKeyIsLocatedAtTheDuplicate() throws {
        let block = try XCTUnwrap(load("epochs: 5\ndata:\n  n: 1\n  epochs: 2\nepochs: 6"))
        XCTAssertEqual(block.message, "duplicate key 'epochs'")
        XCTAssertEqual(block.location, SourceLocation(line: 14, column: 1))
        let flow = try XCTUnwrap(load("data: {n: 20, nn: 3, n: 30}"))
        XCTAssertEqual(flow.location, SourceLocation(line: 10, column: 22))
        let nested = try XCTUnwrap(load("data:\n  n: 1\n  k: 2\n  n: 3", indent: 4))
        XCTAssertEqual(nested.location, SourceLocation(line: 13, column: 7))
    }
}
