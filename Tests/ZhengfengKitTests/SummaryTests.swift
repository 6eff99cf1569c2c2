import Testing
@testable import ZhengfengKit

@Suite struct SummaryTests {
    @Test func countsCharactersNotSpaces() {
        #expect(Summary.make(from: "一二三 四五六", length: 6) == "一二三 四五六")
        #expect(Summary.make(from: "一二三 四五六七", length: 6) == "一二三 四五六…")
        #expect(Summary.make(from: "  短文  ", length: 6) == "短文")
    }
}
