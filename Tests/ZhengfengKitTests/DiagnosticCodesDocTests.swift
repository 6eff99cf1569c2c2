import Foundation
import Testing

/// Every diagnostic code in the sources is listed in docs/diagnostics.md, so the codes
/// table editors rely on cannot fall behind the program.
@Suite struct DiagnosticCodesDocTests {
    /// Upper-case string literals that are not diagnostic codes.
    static let notCodes: Set<String> = ["SOURCE_DATE_EPOCH", "ZHENGFENG_BINARY",
                                         "ZHENGFENG_FAULT", "ZHENGFENG_FAULT_READY", "ZHENGFENG_WEASYPRINT"]

    static func codesInSources() throws -> Set<String> {
        let sources = TestSupport.repository.appendingPathComponent("Sources")
        var codes: Set<String> = []
        let pattern = try NSRegularExpression(pattern: "\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"")
        for case let path as String in FileManager.default.enumerator(atPath: sources.path)! where path.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                codes.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        return codes.subtracting(notCodes)
    }

    @Test func everyCodeIsDocumented() throws {
        let doc = try String(contentsOf: TestSupport.repository.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        let codes = try Self.codesInSources()
        #expect(codes.count >= 40)
        let missing = codes.filter { !doc.contains("`\($0)`") }.sorted()
        #expect(missing.isEmpty, "add these codes to docs/diagnostics.md: \(missing)")
    }
}
