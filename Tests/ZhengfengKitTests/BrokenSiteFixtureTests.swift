import Foundation
import Testing
@testable import ZhengfengKit

/// The corpus of broken sites under Fixtures/broken: each folder is a small site and its
/// expected.txt lists every diagnostic (`path:line:col severity CODE`) that checking it must give.
@Suite struct BrokenSiteFixtureTests {
    static let root = TestSites.fixtures.appendingPathComponent("broken", isDirectory: true)

    static let cases: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test func corpusHasAtLeastThirtyCases() {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases)
    func reportsExactlyTheExpectedDiagnostics(_ name: String) throws {
        let folder = Self.root.appendingPathComponent(name, isDirectory: true)
        let expectedText = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
        let expected = expectedText.split(separator: "\n").map(String.init)
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }.sorted()
        let diagnostics = TestSupport.check(folder)
        let actual = diagnostics.map(TestSupport.summary).sorted()
        #expect(actual == expected, "\(name):\n\(diagnostics.map(\.description).joined(separator: "\n"))")
        for diagnostic in diagnostics {
            #expect(diagnostic.message.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF },
                    "message should be Chinese: \(diagnostic)")
        }
    }
}
