import Foundation
import Markdown
import Testing
@testable import ZhengfengKit

/// Image sizes from PNG, GIF, JPEG and WebP headers.
@Suite struct ImageHeaderTests {
    static func png(width: UInt32, height: UInt32) -> Data {
        var data = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]) + Data("IHDR".utf8)
        for value in [width, height] { withUnsafeBytes(of: value.bigEndian) { data.append(contentsOf: $0) } }
        return data + Data([8, 2, 0, 0, 0, 0, 0, 0, 0])
    }

    @Test func pngGifJpegAndWebPSizesAreRead() {
        #expect(ImageHeader.size(of: Self.png(width: 1600, height: 900)) == ImageSize(width: 1600, height: 900))
        let gif = Data("GIF89a".utf8) + Data([0x40, 0x01, 0xF0, 0x00]) + Data(count: 8)
        #expect(ImageHeader.size(of: gif) == ImageSize(width: 320, height: 240))
        // SOI, an APP0 segment of 16 bytes, then SOF0 with height 480 and width 640.
        let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + Data(count: 14)
            + Data([0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03]) + Data(count: 12)
        #expect(ImageHeader.size(of: jpeg) == ImageSize(width: 640, height: 480))
        let vp8x = Data("RIFF".utf8) + Data(count: 4) + Data("WEBPVP8X".utf8) + Data(count: 8)
            + Data([0x7F, 0x07, 0x00, 0x37, 0x04, 0x00])  // 1920 × 1080, stored minus one
        #expect(ImageHeader.size(of: vp8x) == ImageSize(width: 1920, height: 1080))
    }

    @Test func otherFilesAndCutHeadersHaveNoSize() {
        #expect(ImageHeader.size(of: Data("%PDF-1.4".utf8)) == nil)
        #expect(ImageHeader.size(of: Data([0x89, 0x50, 0x4E, 0x47])) == nil)
        #expect(ImageHeader.size(of: Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00])) == nil)
    }
}
