import Foundation
import QRCode
@testable import ZhengfengKit
import Testing

@Suite struct QRCodeTests {
    @Test func encodesAURLIntoASquareSymbolWithFinderPatterns() throws {
        let code = try #require(QRCode("https://www.12388.gov.cn/", correction: .quartile))
        #expect(code.size >= 21 && (code.size - 21) % 4 == 0)
        // The three finder patterns: a dark 7×7 ring at the top-left, top-right and bottom-left corners.
        for (row, column) in [(0, 0), (0, code.size - 7), (code.size - 7, 0)] {
            #expect(code.isDark(row: row, column: column))
            #expect(code.isDark(row: row + 6, column: column + 6))
            #expect(!code.isDark(row: row + 1, column: column + 1))
            #expect(code.isDark(row: row + 3, column: column + 3))
        }
        #expect(!code.isDark(row: code.size - 7, column: code.size - 7) || code.size > 21)
    }

    @Test func svgIsCrispVectorWithAQuietZone() throws {
        let code = try #require(QRCode("https://lianzheng.example.gov.cn/"))
        let svg = code.svg(quietZone: 4)
        #expect(svg.contains("shape-rendering=\"crispEdges\""))
        #expect(svg.contains("viewBox=\"0 0 \(code.size + 8) \(code.size + 8)\""))
        // The first dark module (top-left finder pattern) starts after the 4-module quiet zone.
        #expect(svg.contains("d=\"M4 4h7v1h-7z"))
        #expect(!svg.contains("<image"))
    }

    @Test func higherCorrectionNeedsMoreModules() throws {
        let text = "https://shaanxi.12388.gov.cn/some/longer/path/for/the/district"
        let medium = try #require(QRCode(text, correction: .medium))
        let high = try #require(QRCode(text, correction: .high))
        #expect(high.size > medium.size)
    }

    @Test func refusesEmptyAndOversizedText() {
        #expect(QRCode("") == nil)
        #expect(QRCode(String(repeating: "纪", count: 3000)) == nil)
    }
}
