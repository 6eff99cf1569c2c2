import Foundation
import Testing
@testable import ZhengfengKit

/// The repository's own content/ is the default site: it must pass every check cleanly.
@Suite struct ShippedContentTests {
    @Test func shippedSiteHasNoErrorsAndNoWarnings() {
        let diagnostics = TestSupport.check(TestSupport.repository, now: BuildOptions.defaultNow())
        let problems = diagnostics.filter { $0.severity != .note }
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test func shippedChannelsArePrivacyAllowedButAMobileIsNot() throws {
        // The same content with one personal number added is refused: the lint is really on.
        let site = try TestSupport.temporaryDirectory("shipped")
        defer { TestSupport.remove(site) }
        try FileManager.default.copyItem(at: TestSupport.repository.appendingPathComponent("content"),
                                         to: site.appendingPathComponent("content"))
        let page = site.appendingPathComponent("content/channels/phone.md")
        var text = try String(contentsOf: page, encoding: .utf8)
        text += "\n值班人员手机：13912345678。\n"
        try Data(text.utf8).write(to: page)
        let codes = TestSupport.check(site, now: BuildOptions.defaultNow()).filter { $0.severity == .error }.map(\.code)
        #expect(codes == ["PRIVACY_MOBILE"])
    }
}
