import Config
import Notebook
import XCTest

/// `expect:` decoding: located conditions, member selectors, and the errors authors make.
final class ExpectationTests: XCTestCase {
    private func resolve(_ markdown: String, overrides: [(String, String)] = []) throws -> [Result<RunPlan, Diagnostic>] {
        try RecordingLookup.resolveAll(markdown, overrides: overrides)
    }

    private func failure(_ markdown: String, file: StaticString = #filePath, line: UInt = #line) throws -> Diagnostic? {
        guard case let .failure(diagnostic)? = try resolve(markdown).last else {
            XCTFail("expected an error", file: file, line: line)
            return nil
        }
        return diagnostic
    }

    private let data = "data: {generate: linear, seed: 1}\n"

    func testConditionsAreDecodedAndLocatedAtTheirKeys() throws {
        let results = try resolve("```config r\n\(data)expect:\n  status: converged\n  params.weights[1]: 0\n"
                                  + "  metrics.train_r2: {\">\": 0.5, \"<=\": 1}\n  params.bias: {approx: 1.0, rel: 0.05}\n```\n")
        guard case let .success(.single(spec))? = results.first else { return XCTFail("expected a run") }
        XCTAssertEqual(spec.expectations.map(\.conditions), [[.text("converged")], [.number(0)],
                                                             [.compare(">", 0.5), .compare("<=", 1)], [.approx(1.0, rel: 0.05, abs: 0)]])
        XCTAssertEqual(spec.expectations.map(\.path)[1], [.key("params"), .key("weights"), .index(1)])
        XCTAssertEqual(spec.expectations.map(\.location.line), [4, 5, 6, 7])
        XCTAssertEqual(spec.expectations.map(\.location.column), [3, 3, 3, 3])
        XCTAssertNil(spec.resolved["expect"], "expectations are not part of the resolved config (or the cache key)")
    }

    func testExpectationsAreNotInheritedAndSweepMembersAreSelected() throws {
        let results = try resolve("```config a\n\(data)expect: {status: converged}\n```\n\n```config b\nextends: a\n```\n\n"
                                  + "```config s\nextends: a\nsweep: {optimizer.lr: [0.1, 5]}\nexpect:\n  \"[5].status\": diverged\n  epochs: {\">\": 0}\n```\n")
        guard case let .success(.single(b))? = results.dropFirst().first else { return XCTFail("expected a run") }
        XCTAssertTrue(b.expectations.isEmpty)
        guard case let .success(.sweep(_, _, members, _, _))? = results.last else { return XCTFail("expected a sweep") }
        XCTAssertEqual(members.map(\.expectations.count), [1, 2])
    }

    func testAuthorErrorsAreLocatedWithHints() throws {
        let unknownKey = try failure("```config r\n\(data)expect:\n  metrix.r2: 1\n```\n")
        XCTAssertEqual(unknownKey?.location, SourceLocation(line: 4, column: 3))
        XCTAssertEqual(unknownKey?.hint, "did you mean 'metrics'?")
        let unknownOperator = try failure("```config r\n\(data)expect:\n  epochs: {\"=<\": 3}\n```\n")
        XCTAssertEqual(unknownOperator?.message, "unknown comparison '=<'")
        XCTAssertEqual(unknownOperator?.location, SourceLocation(line: 4, column: 12))
        let noTolerance = try failure("```config r\n\(data)expect:\n  params.bias: {approx: 1}\n```\n")
        XCTAssertEqual(noTolerance?.message, "'approx' needs a tolerance: rel: (relative) or abs: (absolute)")
        let member = try failure("```config s\n\(data)sweep: {optimizer.lr: [0.1, 5]}\nexpect:\n  \"[0.3].status\": diverged\n```\n")
        XCTAssertEqual(member?.message, "no sweep member [0.3]")
        XCTAssertEqual(member?.location, SourceLocation(line: 5, column: 3))
        let notSweep = try failure("```config r\n\(data)expect:\n  \"[1].status\": converged\n```\n")
        XCTAssertEqual(notSweep?.message, "'[1]' names a sweep member, but this block is not a sweep")
        let compare = try failure("```config a\n\(data)```\n\n```config c\ncompare: [a]\nexpect: {status: converged}\n```\n")
        XCTAssertEqual(compare?.message, "a comparison trains nothing, so it has nothing to expect")
    }

    func testTheStatusSentenceCannotBeExpectedBecauseItsLanguageIsThePages() throws {
        let sentence = try failure("```config r\n\(data)expect:\n  status_line: Converged\n```\n")
        XCTAssertEqual(sentence?.message, "expect key 'status_line' names the status sentence, which is written in the page's language")
        XCTAssertEqual(sentence?.location, SourceLocation(line: 4, column: 3))
        XCTAssertEqual(sentence?.hint, "expect the facts instead: status (converged, early_stopped, …), epochs or best_epoch")
    }
}
