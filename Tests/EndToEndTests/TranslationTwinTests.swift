import Foundation
import XCTest

/// Translations kept honest (issue 24, item 3): a chapter of a language sub-course defines the same runs, settings,
/// `expect:` checks and number-changing front matter as its twin, or nbrun warns, located in the translation and
/// naming the twin, under `--check` too; the project's own Chinese chapters have no such warning.
final class TranslationTwinTests: XCTestCase {
    private static let english = """
        ---
        seed: 3
        ---
        # Alpha

        ```config base
        data: {generate: linear, n: 20}
        epochs: 30
        expect:
          status: max_epochs
          epochs: 30
        ```

        ```config fast
        extends: base
        optimizer: {name: gd, lr: 0.2}
        ```

        ```config
        compare: [base, fast]
        ```

        Base ran `{base.epochs}` epochs; fast `{fast.status}`.

        """

    /// The twin drifted: `epochs` changed, a check dropped, one added and one changed, a value dropped and one added, `fast` gone, `extra` added, the seed changed.
    private static let drifted = """
        ---
        lang: zh-CN
        seed: 4
        ---
        # 甲

        ```config base
        data: {generate: linear, n: 20}
        epochs: 40
        expect:
          epochs: {">": 1}
          params.bias: {">": 0}
        ```

        ```config extra
        extends: base
        ```

        ```config
        compare: [base, extra]
        ```

        跑了 `{base.epochs}` 轮，`{extra.status}`。

        """

    private func course(zh: String, english: String = english) throws -> URL {
        let folder = try NBRunProcess.temporaryFolder()
        let files = ["index.md": "# Course\n\n- [Alpha](a.md)\n", "a.md": english, "data/d.csv": "x,y\n0,1\n1,3\n2,5\n",
                     "zh/index.md": "---\nlang: zh-CN\n---\n# 课程\n\n- [甲](a.md)\n", "zh/a.md": zh]
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    func testEveryDifferenceIsALocatedWarningOnTheTranslation() throws {
        let folder = try course(zh: Self.drifted)
        let (zh, en) = (folder.path + "/zh/a.md", folder.path + "/a.md")
        for extra in [["--check"], ["-o", try NBRunProcess.temporaryFolder().path]] {
            let outcome = try NBRunProcess.run([folder.path] + extra)
            XCTAssertEqual(outcome.status, 0, "a warning does not fail the course: \(outcome.stderr)")
            let warnings = outcome.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }.map(String.init)
            let expected = [
                "\(zh):1:1: warning: the twin \(en):23 states the value {fast.status}, which this translation does not",
                "\(zh):3:1: warning: front matter 'seed' is 4 here but 3 in the twin \(en)",
                "\(zh):7:1: warning: run 'fast' of the twin \(en):14 is missing from this translation (expected after 'base')",
                "\(zh):9:1: warning: run 'base' sets 'epochs: 40' but its twin \(en):6 sets '30'",
                "\(zh):10:1: warning: run 'base' lacks the check 'expect: status' of its twin \(en):10",
                "\(zh):11:3: warning: run 'base' checks 'epochs: {>: 1}' but its twin \(en):11 checks '30'",
                "\(zh):12:3: warning: run 'base' checks 'expect: params.bias', which its twin \(en):6 does not",
                "\(zh):15:1: warning: run 'extra' is not in the twin \(en): a translation defines the same runs",
                "\(zh):20:1: warning: unnamed config block 1 sets 'compare: [base, extra]' but its twin \(en):19 sets '[base, fast]'",
                "\(zh):23:31: warning: the value {extra.status} is not stated in the twin \(en)",
            ]
            XCTAssertEqual(warnings, expected, outcome.stderr)
        }
    }

    /// Prose, comments and a data path that leads to the same file may differ.
    func testATwinInStepGivesNoWarning() throws {
        let faithful = Self.english.replacingOccurrences(of: "---\nseed: 3", with: "---\nlang: zh-CN\nseed: 3")
            .replacingOccurrences(of: "# Alpha", with: "# 甲\n\n中文的说明文字可以更长，\n也可以换行。")
            .replacingOccurrences(of: "epochs: 30\nexpect", with: "epochs: 30  # 注释不算\nexpect")
        let table = "```config table\ndata: {csv: data/d.csv, target: y}\n```\n"
        let same = faithful + table.replacingOccurrences(of: "data/d.csv", with: "../data/d.csv")
        let outcome = try NBRunProcess.run([try course(zh: same, english: Self.english + table).path, "--check"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("warning"), outcome.stderr)
    }

    /// The course's own translations are exact twins (run names, settings, checks): a change on one side only fails here.
    func testTheCourseTranslationsAreInStep() throws {
        let notebooks = NBRunProcess.packageRoot.appendingPathComponent("notebooks").path
        let outcome = try NBRunProcess.run([notebooks, "--check"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let twins = outcome.stderr.split(separator: "\n").filter { $0.contains("twin") }
        XCTAssertEqual(twins, [], "the Chinese chapters drifted from their English twins")
        XCTAssertTrue(outcome.stderr.contains("notebooks/zh/gd.md: ok"), "the zh chapters are checked: \(outcome.stderr)")
    }
}
